package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
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
    void theNerModelsWordFunctionGoesInOnceAndTaggingIsUnchanged() {
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

        List<AbstractSequenceClassifier<?>> crfs = NerClassifiers.of(pipeline);
        assertThat(crfs).hasSize(1);

        assertThat(CrfWords.install(crfs)).isEqualTo(1);
        assertThat(CrfWords.install(crfs)).isZero();

        assertThat(tags(pipeline, text)).isEqualTo(before).contains("Oskarine/PERSON", "Drubb/PERSON");
        assertThat(crfs.get(0).flags.wordFunction).isInstanceOf(CrfWords.class);
    }

    private static String tags(StanfordCoreNLP pipeline, String text) {
        edu.stanford.nlp.pipeline.CoreDocument doc = new edu.stanford.nlp.pipeline.CoreDocument(text);
        pipeline.annotate(doc);
        return doc.tokens().stream().map(t -> t.word() + "/" + t.ner()).toList().toString();
    }
}
