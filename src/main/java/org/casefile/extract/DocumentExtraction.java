package org.casefile.extract;

import java.util.List;
import org.casefile.ingest.IngestedDocument;

/** What was extracted from one document; ids are local to the document until the timeline merges them. */
public record DocumentExtraction(IngestedDocument document, List<Entity> entities, List<DateFact> dates,
        List<Event> events, List<Claim> claims, List<RelativeDate> relativeDates) {
    public DocumentExtraction {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        relativeDates = relativeDates == null ? List.of() : List.copyOf(relativeDates);
    }

    /** A document with nothing extracted (not ok, or no text). */
    public static DocumentExtraction empty(IngestedDocument document) {
        return new DocumentExtraction(document, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
