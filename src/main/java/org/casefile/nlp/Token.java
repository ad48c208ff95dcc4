package org.casefile.nlp;

/**
 * One token. {@code begin}/{@code end} are UTF-16 char offsets into the document text.
 *
 * @param index 0-based index within its sentence
 * @param lemma the lemma; in an untagged sentence, the lemma of the word read as a past tense
 *     ("said" is "say"), else the word itself
 * @param pos the part-of-speech tag, or {@link #UNTAGGED} in a sentence no later stage needed
 *     tags for ({@link SentenceSelector})
 * @param ner the entity tag ("O" when none)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    /** The tag of a token in an untagged sentence. */
    public static final String UNTAGGED = "";

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
