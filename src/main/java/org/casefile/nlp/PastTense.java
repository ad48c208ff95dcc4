package org.casefile.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * An untagged word read as a past tense: the one rule behind leaving claim sentences untagged.
 * A sentence whose only verbs of speech are past forms ("said", "told") needs no tags
 * ({@link #isPastForm}), because each of its untagged tokens carries the lemma of its past-tense
 * reading ({@link #lemma}), which is all the claim rules read.
 */
public final class PastTense {
    private PastTense() {
    }

    /**
     * The lemma of a word read as a past tense ("said" is "say", "told" is "tell"); the word itself
     * when that reading changes nothing.
     *
     * @param morphology not thread-safe: one per thread
     */
    public static String lemma(String word, Morphology morphology) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        String lemma = morphology.lemma(word, "VBD");
        return lemma.equalsIgnoreCase(word) ? word : lemma;
    }

    /** "said", "told", "written": a form that only a past tense or participle can be (not "says", "saying"). */
    public static boolean isPastForm(String word, Morphology morphology) {
        String w = word.toLowerCase(Locale.ROOT);
        return !w.endsWith("s") && !w.endsWith("ing") && !lemma(w, morphology).equals(w);
    }
}
