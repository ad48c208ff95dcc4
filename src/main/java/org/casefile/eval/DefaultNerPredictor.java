package org.casefile.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The baseline: CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline as a naive tool
 * runs it (fine-grained NER and SUTime on, document date = the gold creation time). Its entity
 * mentions and time expressions, for comparison with casefile's.
 */
public final class DefaultNerPredictor {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private final StanfordCoreNLP pipeline;

    public DefaultNerPredictor() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.pipeline = new StanfordCoreNLP(p);
    }

    public Prediction predict(GoldDocument gold) {
        Annotation a = new Annotation(gold.text());
        if (gold.creationDate() != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, gold.creationDate().toString());
        }
        pipeline.annotate(a);
        List<Span> entities = new ArrayList<>();
        List<PredTimex> timexes = new ArrayList<>();
        List<CoreMap> mentions = a.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (TIME_TYPES.contains(tag)) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex != null ? timex.value() : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                timexes.add(new PredTimex(new Span(b, e, tag), value));
            } else {
                entities.add(new Span(b, e, tag));
            }
        }
        return new Prediction(gold.id(), entities, timexes, List.of());
    }
}
