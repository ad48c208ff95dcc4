package org.casefile.eval;

/**
 * A gold entity mention.
 *
 * @param span        char span; its type is PER, ORG or LOC for the scored types, else the
 *                    corpus type upper-cased (MEANTIME PRO/FIN, GUM TIME/EVENT/ABSTRACT...) or
 *                    {@code null} when the corpus gives none
 * @param mentionType corpus mention kind: MEANTIME {@code syntactic_type} (NAM, PRE.NAM, empty,
 *                    or {@code null} when the attribute is absent); GUM: NAM when a token of
 *                    the mention's minimal span is a proper noun, else empty
 * @param named       true for a proper-name mention (see the readers for how it is decided)
 * @param name        the entity the mention refers to (MEANTIME instance descriptor, GUM
 *                    identity with underscores as spaces), or {@code null}
 */
public record GoldEntity(Span span, String mentionType, boolean named, String name) {

    /** The entity type carried by the span. */
    public String type() {
        return span.type();
    }

    /** True for the types that are scored: PER, ORG, LOC. */
    public boolean scored() {
        return EntityTypes.isScored(span.type());
    }
}
