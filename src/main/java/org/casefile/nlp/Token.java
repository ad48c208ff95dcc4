package org.casefile.nlp;

/**
 * One token. {@code begin}/{@code end} are UTF-16 char offsets into the document text.
 *
 * <p>How much a token carries depends on its sentence's {@link Sentence.Level}: a rule that reads
 * tags asks the sentence ({@link Sentence#isTagged}) or the token ({@link #isTagged}) first.
 *
 * @param index 0-based index within its sentence
 * @param lemma the lemma; in an untagged sentence ({@link Sentence.Level#TOKENS}), the lemma of the
 *     word read as a past tense ("said" is "say"), else the word itself
 * @param pos the part-of-speech tag, or null in an untagged sentence (one no later stage needed
 *     tags for, {@link SentenceSelector}): an untagged token has no tag, not an empty one
 * @param ner the entity tag ("O" when none)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    /**
     * Whether an entity tag marks a word inside a name ("United States", "Court of Appeals"): such a
     * word is no event trigger or cue word. A criminal charge ("murder") is not a name.
     */
    public static boolean isNameTag(String ner) {
        return ner != null && !"O".equals(ner) && !"CRIMINAL_CHARGE".equals(ner);
    }

    /** Whether the token carries a part-of-speech tag (its sentence is {@link Sentence.Level#TAGGED} or more). */
    public boolean isTagged() {
        return pos != null;
    }

    /** Whether the token is tagged as a verb or a modal; false when untagged. */
    public boolean isVerb() {
        return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }

    /** Whether the token is tagged as a noun; false when untagged. */
    public boolean isNoun() {
        return pos != null && pos.startsWith("NN");
    }
}
