package org.casefile.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NER model's word function, remembered.
 *
 * <p>CoreNLP's English CRF reads each word through the function its model names (American
 * spellings: a handful of regular expressions a word), and does so for every feature that reads a
 * word: several times a token, again for every document. The function depends on the word alone,
 * so its answers are kept ({@value #CAPACITY} words at most; later ones are computed each time):
 * about 2% of a run's CPU (JFR, issue 17). The model's classifiers are reached by reflection, for
 * the pinned CoreNLP version; anything unexpected leaves them as they were.
 */
final class CrfWords implements Function<String, String> {
    private static final Logger LOG = LoggerFactory.getLogger(CrfWords.class);
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
     * Puts a remembering word function into every NER classifier of the pipeline that has one.
     *
     * @return how many classifiers now remember their words
     */
    static int install(AnnotationPipeline pipeline) {
        int installed = 0;
        try {
            @SuppressWarnings("unchecked")
            List<Annotator> annotators = (List<Annotator>) member(AnnotationPipeline.class, "annotators").get(pipeline);
            for (Annotator annotator : annotators) {
                if (!(annotator instanceof NERCombinerAnnotator)) {
                    continue;
                }
                Object combiner = member(NERCombinerAnnotator.class, "ner").get(annotator);
                @SuppressWarnings("unchecked")
                List<AbstractSequenceClassifier<?>> classifiers =
                        (List<AbstractSequenceClassifier<?>>) member(ClassifierCombiner.class, "baseClassifiers").get(combiner);
                for (AbstractSequenceClassifier<?> classifier : classifiers) {
                    Function<String, String> f = classifier.flags.wordFunction;
                    if (f != null && !(f instanceof CrfWords)) {
                        classifier.flags.wordFunction = new CrfWords(f);
                        installed++;
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("the NER classifiers keep their word functions: {}", e.toString());
        }
        return installed;
    }

    private static Field member(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
