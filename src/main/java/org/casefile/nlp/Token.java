package org.casefile.nlp;

/**
 * One token. {@code begin}/{@code end} are UTF-16 char offsets into the document text.
 *
 * @param index 0-based index within its sentence
 * @param ner the entity tag ("O" when none)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
