package org.casefile.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings of the ingestion stage.
 *
 * @param docDate the {@code --doc-date} fallback publication date, or null
 * @param timeout longest time one document may take to parse
 * @param maxBytes files larger than this are skipped
 * @param maxChars text beyond this many chars is cut (and the document says so)
 * @param ocrLanguage tesseract language code(s)
 */
public record IngestOptions(LocalDate docDate, Duration timeout, long maxBytes, int maxChars, String ocrLanguage) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 5_000_000;

    public IngestOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(ocrLanguage, "ocrLanguage");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxBytes <= 0 || maxChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, "eng");
    }

    /**
     * These options as a finished result depends on them, to key kept results by: the timeout set
     * to its default, since a result that ran out of time is never kept and one that finished is the
     * same under any timeout.
     */
    public IngestOptions forResults() {
        return new IngestOptions(docDate, DEFAULT_TIMEOUT, maxBytes, maxChars, ocrLanguage);
    }
}
