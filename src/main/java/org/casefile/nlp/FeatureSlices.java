package org.casefile.nlp;

import edu.stanford.nlp.parser.nndep.BlockedClassifier;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dependency parser's feature parts of its hidden layer, computed by a faster product and kept.
 *
 * <p>For each feature (a word, tag or label at one of the parser's 48 positions) the parser adds to
 * its hidden layer the product of a 50-wide slice of its first weight matrix and the feature's
 * embedding: 50,000 multiplications with the English model's 1,000 hidden units. CoreNLP keeps
 * those parts in a locked least-recently-used cache and computes a missing one by walking the
 * 1,000 rows of the matrix, each in a different place of a 10 MB array; on a run of 270 news texts
 * about 30,000 distinct parts are computed once each, and that walk was a ninth of the whole
 * run's CPU (JFR, issue 17).
 *
 * <p>Here a missing part is computed from a copy of the matrix laid out by column, so the product
 * reads 50 contiguous rows; every term is the same float product, summed in the same order into a
 * double and rounded to a float as CoreNLP does, so the parts, and the parses, are bit for bit
 * the same. Up to the parser's {@code numCached} parts are kept (the first ones a run meets,
 * which are the frequent ones) and the rest computed each time; reading takes no lock.
 * {@link #install} puts them, with {@link BlockedClassifier}'s scoring, into a loaded parser.
 */
final class FeatureSlices {
    private static final Logger LOG = LoggerFactory.getLogger(FeatureSlices.class);

    private final float[][] embeddings;
    /** The first weight matrix by column: {@code byColumn[c][h] == W1[h][c]}. */
    private final float[][] byColumn;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int capacity;
    private final ConcurrentHashMap<Integer, float[]> parts;

    FeatureSlices(float[][] embeddings, float[][] w1, int embeddingSize, int capacity) {
        this.embeddings = embeddings;
        this.embeddingSize = embeddingSize;
        this.hiddenSize = w1.length;
        this.capacity = capacity;
        int columns = w1[0].length;
        this.byColumn = new float[columns][hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            float[] row = w1[h];
            for (int c = 0; c < columns; c++) {
                byColumn[c][h] = row[c];
            }
        }
        this.parts = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }

    /**
     * Replaces the parser's classifier by a {@link BlockedClassifier} that reads its parts here, and
     * lets go of the gradient arrays CoreNLP's classifier keeps for training (about 50 MB of doubles
     * for the English model). A parser that precomputes features, or whose members are not the
     * pinned CoreNLP's, is left as it was.
     *
     * @return whether the parser now scores here
     */
    static boolean install(DependencyParser parser) {
        try {
            Field classifierField = Members.field(DependencyParser.class, "classifier");
            Classifier classifier = (Classifier) classifierField.get(parser);
            Config config = (Config) Members.field(DependencyParser.class, "config").get(parser);
            if (config.numPreComputed != 0 || config.numCached <= 0 || classifier instanceof BlockedClassifier) {
                return false;
            }
            FeatureSlices slices = new FeatureSlices(classifier.getE(), classifier.getW1(), config.embeddingSize, config.numCached);
            Classifier blocked = new BlockedClassifier(config, classifier.getE(), classifier.getW1(), classifier.getb1(),
                    classifier.getW2(), slices::part);
            for (String gradients : new String[] {"eg2E", "eg2W1", "eg2b1", "eg2W2"}) {
                Members.field(Classifier.class, gradients).set(blocked, null);
            }
            classifierField.set(parser, blocked);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("the parser keeps CoreNLP's classifier: {}", e.toString());
            return false;
        }
    }

    /** The part of feature {@code key} ({@code token * 48 + position}), computed when missing. */
    float[] part(int key) {
        float[] part = parts.get(key);
        if (part == null) {
            part = compute(key);
            if (parts.size() < capacity) {
                parts.putIfAbsent(key, part);
            }
        }
        return part;
    }

    /** How many parts are kept. */
    int size() {
        return parts.size();
    }

    /** Feature {@code key}'s part of the hidden layer, as CoreNLP's {@code matrixMultiplySlice} computes it. */
    float[] compute(int key) {
        int token = key / Config.numTokens;
        int offset = key % Config.numTokens * embeddingSize;
        float[] embedding = embeddings[token];
        double[] sums = new double[hiddenSize];
        int k = 0;
        // four columns a pass: a quarter of the loads and stores of the sums, the terms added in
        // the same order (the launcher's C1 compiler neither unrolls nor vectorises the loop)
        for (; k + 4 <= embeddingSize; k += 4) {
            float x0 = embedding[k];
            float x1 = embedding[k + 1];
            float x2 = embedding[k + 2];
            float x3 = embedding[k + 3];
            float[] c0 = byColumn[offset + k];
            float[] c1 = byColumn[offset + k + 1];
            float[] c2 = byColumn[offset + k + 2];
            float[] c3 = byColumn[offset + k + 3];
            for (int h = 0; h < hiddenSize; h++) {
                double s = sums[h];
                s += c0[h] * x0;
                s += c1[h] * x1;
                s += c2[h] * x2;
                s += c3[h] * x3;
                sums[h] = s;
            }
        }
        for (; k < embeddingSize; k++) {
            float x = embedding[k];
            float[] column = byColumn[offset + k];
            for (int h = 0; h < hiddenSize; h++) {
                sums[h] += column[h] * x;
            }
        }
        float[] part = new float[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            part[h] = (float) sums[h];
        }
        return part;
    }
}
