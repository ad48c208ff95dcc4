package org.casefile.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemmatiser with one memory of word, tag and lemma shared by every instance.
 *
 * <p>{@link Morphology#lemma(String, String)} runs a finite-state lexer over the word and its tag
 * each time it is asked; a batch asks about the same few thousand forms again and again (every
 * untagged token is read as a past tense, every tagged one gets its lemma), and the lexer was about
 * 3% of a run's CPU (JFR, issue 17). The answer depends on the word and the tag alone (each
 * instance is made with CoreNLP's default options), so it is kept; the memory stops growing at
 * {@value #CAPACITY} forms and later ones are computed each time. Like its parent, an instance is
 * for one thread at a time; the memory is safe to share. The three-argument {@code lemma} changes
 * an instance's option for good and is not for this class (casefile never calls it).
 */
public final class CachingMorphology extends Morphology {
    private static final int CAPACITY = 500_000;
    private static final ConcurrentHashMap<String, String> LEMMAS = new ConcurrentHashMap<>(1 << 14);

    @Override
    public String lemma(String word, String tag) {
        if (tag == null || word.indexOf('\n') >= 0) {
            return super.lemma(word, tag); // (no token's word holds a line break: the key's separator)
        }
        String key = word + '\n' + tag;
        String lemma = LEMMAS.get(key);
        if (lemma == null) {
            lemma = super.lemma(word, tag);
            if (LEMMAS.size() < CAPACITY) {
                LEMMAS.putIfAbsent(key, lemma);
            }
        }
        return lemma;
    }
}
