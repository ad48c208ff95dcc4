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

    /**
     * Whether an entity tag marks a word inside a name ("United States", "Court of Appeals"): such a
     * word is no event trigger or cue word. A criminal charge ("murder") is not a name.
     */
    public static boolean isNameTag(String ner) {
        return ner != null && !"O".equals(ner) && !"CRIMINAL_CHARGE".equals(ner);
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
