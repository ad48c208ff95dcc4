package org.casefile.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sequence classifiers (CRF models) behind a pipeline's NER annotators, reached by reflection
 * for the pinned CoreNLP version, so that {@link CrfWords} can speed them up (issue 17). Empty when
 * CoreNLP's members are not as expected: the classifiers then run as they are.
 */
final class NerClassifiers {
    private static final Logger LOG = LoggerFactory.getLogger(NerClassifiers.class);

    private NerClassifiers() {
    }

    static List<AbstractSequenceClassifier<?>> of(AnnotationPipeline pipeline) {
        List<AbstractSequenceClassifier<?>> out = new ArrayList<>();
        try {
            @SuppressWarnings("unchecked")
            List<Annotator> annotators = (List<Annotator>) Members.field(AnnotationPipeline.class, "annotators").get(pipeline);
            for (Annotator annotator : annotators) {
                if (annotator instanceof NERCombinerAnnotator) {
                    Object combiner = Members.field(NERCombinerAnnotator.class, "ner").get(annotator);
                    @SuppressWarnings("unchecked")
                    List<AbstractSequenceClassifier<?>> base =
                            (List<AbstractSequenceClassifier<?>>) Members.field(ClassifierCombiner.class, "baseClassifiers").get(combiner);
                    out.addAll(base);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("the NER classifiers are left as they are: {}", e.toString());
            return List.of();
        }
        return out;
    }
}
