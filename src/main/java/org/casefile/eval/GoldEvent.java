package org.casefile.eval;

/**
 * A gold event mention.
 *
 * @param span span typed with the event class (MEANTIME OTHER, SPEECH_COGNITIVE, GRAMMATICAL)
 *             or {@code null} when the mention refers to no event instance
 * @param pred the predicate lemma as annotated (MEANTIME {@code pred}), or {@code null}
 * @param factuality whether the annotator says it happened (negated, modal, future or a fact)
 */
public record GoldEvent(Span span, String pred, GoldFactuality factuality) {

    public GoldEvent {
        java.util.Objects.requireNonNull(factuality, "factuality");
    }

    /** A mention whose corpus says nothing of its factuality. */
    public GoldEvent(Span span, String pred) {
        this(span, pred, GoldFactuality.UNKNOWN);
    }

    /** Event class carried by the span. */
    public String eventClass() {
        return span.type();
    }
}
