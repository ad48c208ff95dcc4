package org.casefile.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one input file. */
public enum DocumentStatus {
    /** Parsed, with text. */
    OK,
    /** Zero bytes, or no text after extraction. */
    EMPTY,
    /** Could not be parsed; the document carries a one-sentence reason. */
    FAILED,
    /** Deliberately not processed (duplicate, too large, not a document). */
    SKIPPED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
