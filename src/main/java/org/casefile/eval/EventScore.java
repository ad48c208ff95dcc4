package org.casefile.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Event mention scores.
 *
 * @param spans            relaxed span matching of event mentions
 * @param participantPairs gold HAS_PARTICIPANT pairs whose event was matched
 * @param participantHits  of those, pairs whose matched predicted event has a participant span
 *                         overlapping the gold entity span
 */
public record EventScore(PRF spans, int participantPairs, int participantHits) {
    /** Nothing scored. */
    public static final EventScore ZERO = new EventScore(PRF.ZERO, 0, 0);

    /** participantHits / participantPairs, 0 when there is no pair. */
    @JsonProperty
    public double participantAccuracy() {
        return participantPairs == 0 ? 0.0 : (double) participantHits / participantPairs;
    }

    /** Counts added. */
    public EventScore plus(EventScore o) {
        return new EventScore(spans.plus(o.spans), participantPairs + o.participantPairs,
                participantHits + o.participantHits);
    }
}
