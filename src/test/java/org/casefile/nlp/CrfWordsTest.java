package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.AmericanizeFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CrfWordsTest {
    @Test
    void eachWordIsReadOnceAndAnsweredAsTheFunctionAnswers() {
        List<String> asked = new ArrayList<>();
        Function<String, String> american = new AmericanizeFunction();
        CrfWords words = new CrfWords(w -> {
            asked.add(w);
            return american.apply(w);
        });

        assertThat(words.apply("colour")).isEqualTo("color");
        assertThat(words.apply("colour")).isEqualTo("color");
        assertThat(words.apply("Quarnby")).isEqualTo("Quarnby");
        assertThat(words.apply("honours")).isEqualTo(american.apply("honours"));
        assertThat(words.apply("Quarnby")).isEqualTo("Quarnby");

        assertThat(asked).containsExactly("colour", "Quarnby", "honours");
    }

    @Test
    void theNerModelsWordFunctionIsRememberedOnceAndTaggingIsUnchanged() throws ReflectiveOperationException {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("ner.model", CoreNlpConfig.NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        String text = "The honour guard of Velmora met Oskarine Drubb at the Tarsk harbour.";
        String before = tags(pipeline, text);

        assertThat(CrfWords.install(pipeline)).isEqualTo(1);
        assertThat(CrfWords.install(pipeline)).isZero();

        assertThat(tags(pipeline, text)).isEqualTo(before);
        java.lang.reflect.Field ner = edu.stanford.nlp.pipeline.NERCombinerAnnotator.class.getDeclaredField("ner");
        ner.setAccessible(true);
        java.lang.reflect.Field base = edu.stanford.nlp.ie.ClassifierCombiner.class.getDeclaredField("baseClassifiers");
        base.setAccessible(true);
        java.lang.reflect.Field annotators = AnnotationPipeline.class.getDeclaredField("annotators");
        annotators.setAccessible(true);
        Object nerAnnotator = ((List<?>) annotators.get(pipeline)).stream()
                .filter(a -> a instanceof edu.stanford.nlp.pipeline.NERCombinerAnnotator).findFirst().orElseThrow();
        AbstractSequenceClassifier<?> crf = (AbstractSequenceClassifier<?>) ((List<?>) base.get(ner.get(nerAnnotator))).get(0);
        assertThat(crf.flags.wordFunction).isInstanceOf(CrfWords.class);
    }

    private static String tags(StanfordCoreNLP pipeline, String text) {
        edu.stanford.nlp.pipeline.CoreDocument doc = new edu.stanford.nlp.pipeline.CoreDocument(text);
        pipeline.annotate(doc);
        return doc.tokens().stream().map(t -> t.word() + "/" + t.ner()).toList().toString();
    }
}
