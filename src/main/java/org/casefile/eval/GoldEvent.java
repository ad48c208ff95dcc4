package org.casefile.eval;

/**
 * A gold event mention.
 *
 * @param span span typed with the event class (MEANTIME OTHER, SPEECH_COGNITIVE, GRAMMATICAL)
 *             or {@code null} when the mention refers to no event instance
 * @param pred the predicate lemma as annotated (MEANTIME {@code pred}), or {@code null}
 */
public record GoldEvent(Span span, String pred) {

    /** Event class carried by the span. */
    public String eventClass() {
        return span.type();
    }
}
