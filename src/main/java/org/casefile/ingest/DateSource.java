package org.casefile.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a document's publication date came from, in order of precedence. */
public enum DateSource {
    /** The researcher's manifest. */
    MANIFEST,
    /** Document metadata (HTML meta tags, JSON-LD, Dublin Core). */
    METADATA,
    /** A date stated at the head of the text (dateline, "Filed", "Dated:"). */
    TEXT,
    /** A date in the file name. */
    FILENAME,
    /** The {@code --doc-date} option. */
    OPTION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
