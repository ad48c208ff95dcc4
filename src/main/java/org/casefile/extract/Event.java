package org.casefile.extract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.ingest.Citation;

/**
 * Something that happened (or, with a negative polarity or a modality other than asserted, that
 * a source says did not happen, may happen or is planned), with when, who and where, and the
 * passages that report it.
 *
 * @param lemma for an event of type {@code other} (contract 1.1, left out otherwise), the lemma of the word
 *     that reports it ("acquire", "merge"): an eventive word outside the trigger list
 * @param polarity whether the passage says it happened ("was charged") or did not ("was not charged")
 * @param modality how the passage presents it: as a fact, a possibility, a plan, or what a source said
 * @param sources number of distinct documents that report it
 * @param conflicts dates given by sources that disagree with {@code date} (empty when none)
 * @param charges criminal charges its passages name ("murder", "bribery"), as written in lower case;
 *     since contract 1.1, left out of the JSON when none (a charge is an attribute, not an entity)
 * @param trigger the word that reports the event, in its first passage (not part of the JSON contract)
 */
public record Event(String id, EventType type, @JsonInclude(JsonInclude.Include.NON_NULL) String lemma,
        Polarity polarity, Modality modality, String summary, EventDate date,
        List<Participant> participants, String location, int sources, List<Citation> citations,
        List<DateConflict> conflicts, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> charges,
        @JsonIgnore Citation trigger) {
    public Event {
        participants = List.copyOf(participants);
        citations = List.copyOf(citations);
        conflicts = List.copyOf(conflicts);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    /** An event of a listed type (no lemma). */
    public Event(String id, EventType type, Polarity polarity, Modality modality, String summary, EventDate date,
            List<Participant> participants, String location, int sources, List<Citation> citations,
            List<DateConflict> conflicts, List<String> charges, Citation trigger) {
        this(id, type, null, polarity, modality, summary, date, participants, location, sources, citations, conflicts,
                charges, trigger);
    }

    /** An event whose passages name no charge. */
    public Event(String id, EventType type, Polarity polarity, Modality modality, String summary, EventDate date,
            List<Participant> participants, String location, int sources, List<Citation> citations,
            List<DateConflict> conflicts, Citation trigger) {
        this(id, type, polarity, modality, summary, date, participants, location, sources, citations, conflicts,
                List.of(), trigger);
    }

    /** Whether the event is told as having happened: positive and asserted. */
    @JsonIgnore
    public boolean isFact() {
        return polarity == Polarity.POSITIVE && modality == Modality.ASSERTED;
    }

    /** A date that one or more sources give for the event, different from the chosen one. */
    public record DateConflict(EventDate date, List<Citation> citations) {
        public DateConflict {
            citations = List.copyOf(citations);
        }
    }
}
