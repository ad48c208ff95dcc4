package org.casefile.timeline;

import java.util.List;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.ingest.IngestedDocument;

/**
 * The whole case: every input document with its status, and the entities, dates, events (in
 * timeline order) and claims across them, with case-wide ids. Entities, dates, events and claims
 * may be a {@link StreamedList} (read back from disk on each iteration), which is kept as it is;
 * iterated once what they are read from is closed ({@link CaseParts#checkReadable}), such a list
 * throws an {@link IllegalStateException} saying so before it gives anything.
 */
public record CaseFile(List<IngestedDocument> documents, List<Entity> entities, List<DateFact> dates,
        List<Event> events, List<Claim> claims) {
    public CaseFile {
        documents = List.copyOf(documents);
        entities = entities instanceof StreamedList ? entities : List.copyOf(entities);
        dates = dates instanceof StreamedList ? dates : List.copyOf(dates);
        events = events instanceof StreamedList ? events : List.copyOf(events);
        claims = claims instanceof StreamedList ? claims : List.copyOf(claims);
    }
}
