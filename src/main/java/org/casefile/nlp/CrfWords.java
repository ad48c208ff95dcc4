package org.casefile.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The NER model's word function, remembered.
 *
 * <p>CoreNLP's English CRF reads each word through the function its model names (American
 * spellings: a handful of regular expressions a word), and does so for every feature that reads a
 * word: several times a token, again for every document. The function depends on the word alone,
 * so its answers are kept ({@value #CAPACITY} words at most; later ones are computed each time):
 * about 2% of a run's CPU (JFR, issue 17). {@link #install} puts it into
 * the classifiers of a pipeline's NER ({@link NerClassifiers}).
 */
final class CrfWords implements Function<String, String> {
    private static final int CAPACITY = 300_000;

    private final Function<String, String> function;
    private final ConcurrentHashMap<String, String> words = new ConcurrentHashMap<>(1 << 14);

    CrfWords(Function<String, String> function) {
        this.function = function;
    }

    @Override
    public String apply(String word) {
        if (word == null) {
            return function.apply(null);
        }
        String read = words.get(word);
        if (read == null) {
            read = function.apply(word);
            if (read != null && words.size() < CAPACITY) {
                words.putIfAbsent(word, read);
            }
        }
        return read;
    }

    /**
     * Puts a remembering word function into each classifier of the list that has a word function.
     *
     * @return how many classifiers now remember their words
     */
    static int install(List<AbstractSequenceClassifier<?>> classifiers) {
        int installed = 0;
        for (AbstractSequenceClassifier<?> classifier : classifiers) {
            Function<String, String> f = classifier.flags.wordFunction;
            if (f != null && !(f instanceof CrfWords)) {
                classifier.flags.wordFunction = new CrfWords(f);
                installed++;
            }
        }
        return installed;
    }
}
