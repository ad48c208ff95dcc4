package org.casefile.ingest;

import java.util.Objects;

/**
 * A passage of a document's extracted text that supports a fact. {@code start} and {@code end}
 * count Unicode code points (the W3C TextPositionSelector convention); {@code text} is exactly the
 * code-point slice {@code [start, end)}; {@code page} is 1-based for paged documents, else null.
 */
public record Citation(String document, int start, int end, Integer page, String text) {
    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad citation range [" + start + ", " + end + ")");
        }
    }
}
