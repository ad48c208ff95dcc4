package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.BlockedClassifier;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser's feature parts computed by column are CoreNLP's own, bit for bit, and so are its parses. */
class FeatureSlicesTest {
    private static DependencyParser parser;

    @BeforeAll
    static void load() throws ReflectiveOperationException {
        // a parser of its own (CoreNLP's loadFromModelFile may hand out a shared one)
        parser = new DependencyParser(CoreNlpConfig.depparse());
        Method load = DependencyParser.class.getDeclaredMethod("loadModelFile", String.class, boolean.class);
        load.setAccessible(true);
        load.invoke(parser, CoreNlpConfig.DEPPARSE_MODEL, false);
    }

    private static Object member(Object owner, Class<?> type, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    private static List<TaggedWord> tagged(String words, String tags) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        List<TaggedWord> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            out.add(new TaggedWord(w[i], t[i]));
        }
        return out;
    }

    private static final List<List<TaggedWord>> SENTENCES = List.of(
            tagged("The harbour board of Velmora fined the Tarsk ferry company on Monday .",
                    "DT NN NN IN NNP VBD DT NNP NN NN IN NNP ."),
            tagged("Prosecutors said Oskarine Drubb , who ran the depot , had not filed the permits .",
                    "NNS VBD NNP NNP , WP VBD DT NN , VBD RB VBN DT NNS ."),
            tagged("A spokeswoman for the clinic declined to comment .", "DT NN IN DT NN VBD TO VB ."));

    private static List<String> parses() {
        return SENTENCES.stream().map(s -> parser.predict(s).typedDependencies().toString()).toList();
    }

    @Test
    void theInstalledScoringParsesAsCoreNlpsOwnAndLetsTheTrainingArraysGo() throws ReflectiveOperationException {
        List<String> before = parses();
        Classifier coreNlps = (Classifier) member(parser, DependencyParser.class, "classifier");
        double[] coreNlpScores = scores(coreNlps);

        assertThat(FeatureSlices.install(parser)).isTrue();

        Classifier installed = (Classifier) member(parser, DependencyParser.class, "classifier");
        assertThat(installed).isInstanceOf(BlockedClassifier.class);
        for (String gradients : List.of("eg2E", "eg2W1", "eg2b1", "eg2W2")) {
            assertThat(member(installed, Classifier.class, gradients)).as(gradients).isNull();
        }
        assertThat(scores(installed)).isEqualTo(coreNlpScores);
        List<String> after = parses();
        assertThat(after).isEqualTo(before);
        assertThat(after.get(0)).contains("nsubj(fined-6, board-3)", "obj(fined-6, company-10)");
        // once in, never twice
        assertThat(FeatureSlices.install(parser)).isFalse();
    }

    /** The scores of one feature vector: words, tags and labels from all over the vocabularies. */
    private static double[] scores(Classifier classifier) throws ReflectiveOperationException {
        int[] feature = new int[Config.numTokens];
        int words = classifier.getE().length;
        for (int j = 0; j < feature.length; j++) {
            feature[j] = (int) ((long) (j * 7919 + 13) * 104729 % words);
        }
        Method m = Classifier.class.getDeclaredMethod("computeScores", int[].class);
        m.setAccessible(true);
        return (double[]) m.invoke(classifier, (Object) feature);
    }

    @Test
    void everyPartIsCoreNlpsProductBitForBit() throws ReflectiveOperationException {
        Classifier classifier = (Classifier) member(parser, DependencyParser.class, "classifier");
        float[][] e = classifier.getE();
        float[][] w1 = classifier.getW1();
        int embeddingSize = e[0].length;
        FeatureSlices slices = new FeatureSlices(e, w1, embeddingSize, 10);
        Method coreNlp = Classifier.class.getDeclaredMethod("matrixMultiplySlice", float[][].class, float[].class, int.class);
        coreNlp.setAccessible(true);
        // tokens from the start, middle and end of the vocabulary, at word, tag and label positions
        int[] tokens = {0, 1, 17, e.length / 2, e.length - 1};
        int[] positions = {0, 5, 17, 18, 35, 36, 47};
        for (int token : tokens) {
            for (int position : positions) {
                int key = token * Config.numTokens + position;
                float[] expected = (float[]) coreNlp.invoke(null, w1, e[token], position * embeddingSize);
                assertThat(slices.compute(key)).as("token %d position %d", token, position).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFullCacheKeepsNoMorePartsButStillAnswersEachRight() {
        // two hidden units, embeddings of two, 48 positions: W1 is 2 x 96
        float[][] w1 = new float[2][Config.numTokens * 2];
        for (int c = 0; c < w1[0].length; c++) {
            w1[0][c] = c;
            w1[1][c] = -0.5f * c;
        }
        float[][] e = {{1f, 2f}, {0.25f, -4f}};
        FeatureSlices slices = new FeatureSlices(e, w1, 2, 2);

        float[] first = slices.part(1 * Config.numTokens + 3); // token 1 at position 3: columns 6 and 7
        float[] second = slices.part(0); // token 0 at position 0: columns 0 and 1
        float[] third = slices.part(1); // token 0 at position 1: columns 2 and 3

        assertThat(first).containsExactly(6f * 0.25f + 7f * -4f, -3f * 0.25f + -3.5f * -4f);
        assertThat(second).containsExactly(2f, -1f);
        assertThat(third).containsExactly(2f + 6f, -1f - 3f);
        assertThat(slices.size()).isEqualTo(2);
        assertThat(slices.part(1)).containsExactly(8f, -4f).isNotSameAs(third);
        assertThat(slices.part(0)).isSameAs(second);
    }
}
