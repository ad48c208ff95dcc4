package org.casefile.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.casefile.ingest.DateSource;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;

/**
 * How a document appears in the case JSON (contract version 1). {@code truncated} and
 * {@code charsKept} (version 1.1, additive) appear only on a document whose text was cut at the
 * size limit.
 */
public record DocumentJson(String id, String path, String sha256, String mediaType, String title, String url,
        LocalDate published, DateSource publishedFrom, Integer pages, int chars, boolean ocr, DocumentStatus status,
        String error, String duplicateOf, String parent,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean truncated,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer charsKept,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    static DocumentJson of(IngestedDocument d, boolean includeText) {
        return of(d, includeText ? d.text() : null);
    }

    /** @param text the text to include, or null to leave it out */
    static DocumentJson of(IngestedDocument d, String text) {
        return new DocumentJson(d.id(), d.path(), d.sha256(), d.mediaType(), d.title(), d.url(),
                d.publishedDate(), d.published() == null ? null : d.published().source(), d.pages(), d.chars(),
                d.ocr(), d.status(), d.error(), d.duplicateOf(), d.parent(),
                d.truncated() ? Boolean.TRUE : null, d.truncated() ? d.chars() : null, text);
    }
}
