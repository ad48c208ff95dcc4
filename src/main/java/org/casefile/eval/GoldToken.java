package org.casefile.eval;

/**
 * One gold token as placed in the reconstructed document text.
 *
 * @param id       the corpus token id (MEANTIME {@code t_id}; GUM: 1-based running index)
 * @param sentence sentence number as in the corpus (MEANTIME: 0 is the title; GUM: 0-based)
 * @param begin    char offset of the token in the text
 * @param end      char offset one past the token
 * @param text     the token as written in the text (MEANTIME {@code ``}/{@code ''} become {@code "})
 */
public record GoldToken(String id, int sentence, int begin, int end, String text) {

    /** The token's char span, untyped. */
    public Span span() {
        return Span.of(begin, end);
    }
}
