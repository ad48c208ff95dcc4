package org.casefile.eval;

import java.util.List;

/**
 * A predicted event mention.
 *
 * @param span         the event trigger's char span (its type, if any, is the event class)
 * @param date         the TIMEX3-style date the pipeline anchors the event to, or {@code null}
 * @param participants char spans of the participants found for the event
 * @param entityNames  canonical names of the entities involved (for timelines)
 * @param onTimeline   whether the event is a timeline entry for the scorer: a fact, or a plan
 *                     dated by a time expression of its own (PipelinePredictor#onTimeline)
 * @param fact         whether the event is told as a fact: positive and asserted
 */
public record PredEvent(Span span, String date, List<Span> participants,
                        List<String> entityNames, boolean onTimeline, boolean fact) {

    public PredEvent {
        participants = participants == null ? List.of() : List.copyOf(participants);
        entityNames = entityNames == null ? List.of() : List.copyOf(entityNames);
    }

    /** An event that is a fact, or none, and on the timeline exactly when it is one. */
    public PredEvent(Span span, String date, List<Span> participants, List<String> entityNames, boolean fact) {
        this(span, date, participants, entityNames, fact, fact);
    }

    /** An event told as a fact. */
    public PredEvent(Span span, String date, List<Span> participants, List<String> entityNames) {
        this(span, date, participants, entityNames, true);
    }
}
