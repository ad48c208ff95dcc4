package org.casefile.extract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.casefile.ingest.Citation;

/**
 * Something that happened, with when, who and where, and the passages that report it.
 *
 * @param sources number of distinct documents that report it
 * @param conflicts dates given by sources that disagree with {@code date} (empty when none)
 * @param charges criminal charges its passages name ("murder", "bribery"), as written in lower case;
 *     since contract 1.1, left out of the JSON when none (a charge is an attribute, not an entity)
 * @param trigger the word that reports the event, in its first passage (not part of the JSON contract)
 */
public record Event(String id, String type, String summary, EventDate date, List<Participant> participants,
        String location, int sources, List<Citation> citations, List<DateConflict> conflicts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> charges, @JsonIgnore Citation trigger) {
    public Event {
        participants = List.copyOf(participants);
        citations = List.copyOf(citations);
        conflicts = List.copyOf(conflicts);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    /** An event whose passages name no charge. */
    public Event(String id, String type, String summary, EventDate date, List<Participant> participants,
            String location, int sources, List<Citation> citations, List<DateConflict> conflicts, Citation trigger) {
        this(id, type, summary, date, participants, location, sources, citations, conflicts, List.of(), trigger);
    }

    /** A date that one or more sources give for the event, different from the chosen one. */
    public record DateConflict(EventDate date, List<Citation> citations) {
        public DateConflict {
            citations = List.copyOf(citations);
        }
    }
}
