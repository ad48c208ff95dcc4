package org.casefile.eval;

/**
 * One event mention of a SemEval-2015 gold timeline row, written {@code docid-sentence-word}
 * (a multi-word event joins its words with {@code _}: {@code 78496-3-push_back}).
 *
 * @param raw           the field as written in the gold file
 * @param docId         the document id as written
 * @param sentence      the sentence number (0 is the title)
 * @param word          the event word(s), {@code _} between words
 * @param resolvedDocId the gold document the mention was found in, or {@code null}; differs
 *                      from {@code docId} when a mistyped id was repaired
 * @param span          the event's char span in that document, or {@code null} when unresolved
 * @param text          the text of the span, or {@code null}
 */
public record TimelineMention(String raw, String docId, int sentence, String word,
                              String resolvedDocId, Span span, String text) {

    /** An unresolved mention. */
    public static TimelineMention unresolved(String raw, String docId, int sentence, String word) {
        return new TimelineMention(raw, docId, sentence, word, null, null, null);
    }

    /** True when the mention was located in a gold document. */
    public boolean resolved() {
        return span != null;
    }
}
