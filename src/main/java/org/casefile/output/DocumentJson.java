package org.casefile.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.casefile.ingest.DateSource;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;

/** How a document appears in the case JSON (contract version 1). */
public record DocumentJson(String id, String path, String sha256, String mediaType, String title, String url,
        LocalDate published, DateSource publishedFrom, Integer pages, int chars, boolean ocr, DocumentStatus status,
        String error, String duplicateOf, String parent,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    static DocumentJson of(IngestedDocument d, boolean includeText) {
        return new DocumentJson(d.id(), d.path(), d.sha256(), d.mediaType(), d.title(), d.url(),
                d.publishedDate(), d.published() == null ? null : d.published().source(), d.pages(), d.chars(),
                d.ocr(), d.status(), d.error(), d.duplicateOf(), d.parent(), includeText ? d.text() : null);
    }
}
