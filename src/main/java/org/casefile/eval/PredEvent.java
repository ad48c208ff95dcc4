package org.casefile.eval;

import java.util.List;

/**
 * A predicted event mention.
 *
 * @param span         the event trigger's char span (its type, if any, is the event class)
 * @param date         the TIMEX3-style date the pipeline anchors the event to, or {@code null}
 * @param participants char spans of the participants found for the event
 * @param entityNames  canonical names of the entities involved (for timelines)
 * @param fact         whether the event is told as a fact (positive and asserted): only facts go on
 *                     a timeline
 */
public record PredEvent(Span span, String date, List<Span> participants,
                        List<String> entityNames, boolean fact) {

    public PredEvent {
        participants = participants == null ? List.of() : List.copyOf(participants);
        entityNames = entityNames == null ? List.of() : List.copyOf(entityNames);
    }

    /** An event told as a fact. */
    public PredEvent(Span span, String date, List<Span> participants, List<String> entityNames) {
        this(span, date, participants, entityNames, true);
    }
}
