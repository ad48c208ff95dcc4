package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.function.IntFunction;

/**
 * casefile's scoring of the dependency parser's transitions (issue 17): the same numbers as
 * {@link Classifier#computeScores}, computed a few rows at a time.
 *
 * <p>It lives in CoreNLP's package because the method it replaces is package-private; casefile's
 * {@code org.casefile.nlp.FeatureSlices} puts it into a loaded parser by reflection, for the
 * pinned CoreNLP version. Each transition's scores are the sum of 48 feature parts of the hidden
 * layer (given by {@code parts}, which computes and keeps them), the bias and the cube, then the
 * product with the output matrix (about 90 rows of 1,000). CoreNLP walks the parts and the rows
 * one at a time, reading the hidden layer once per row; this adds four parts and scores four
 * rows per pass, each sum still taken in CoreNLP's order, so every score is bit for bit the
 * same. It serves only a parser with nothing precomputed ({@code numPreComputed=0}) and a cache
 * ({@code numCached > 0}: without one CoreNLP adds each part unrounded), and is never trained.
 */
public final class BlockedClassifier extends Classifier {
    private final IntFunction<float[]> parts;
    private final float[] bias;
    private final float[][] output;
    private final int hiddenSize;

    /**
     * @param parts a feature's part of the hidden layer by key ({@code token * 48 + position})
     * @throws IllegalArgumentException when the configuration precomputes features
     */
    public BlockedClassifier(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2, IntFunction<float[]> parts) {
        super(config, e, w1, b1, w2, List.of());
        if (config.numPreComputed != 0 || config.numCached <= 0) {
            // CoreNLP sums an uncached part into the hidden layer unrounded: other numbers
            throw new IllegalArgumentException("a parser with precomputed or uncached features scores with CoreNLP's classifier");
        }
        this.parts = parts;
        this.bias = b1;
        this.output = w2;
        this.hiddenSize = b1.length;
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        int j = 0;
        for (; j + 4 <= feature.length; j += 4) {
            float[] p0 = parts.apply(feature[j] * Config.numTokens + j);
            float[] p1 = parts.apply(feature[j + 1] * Config.numTokens + j + 1);
            float[] p2 = parts.apply(feature[j + 2] * Config.numTokens + j + 2);
            float[] p3 = parts.apply(feature[j + 3] * Config.numTokens + j + 3);
            for (int h = 0; h < hiddenSize; h++) {
                double s = hidden[h];
                s += p0[h];
                s += p1[h];
                s += p2[h];
                s += p3[h];
                hidden[h] = s;
            }
        }
        for (; j < feature.length; j++) {
            float[] p = parts.apply(feature[j] * Config.numTokens + j);
            for (int h = 0; h < hiddenSize; h++) {
                hidden[h] += p[h];
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h] + bias[h];
            hidden[h] = v * v * v;
        }
        double[] scores = new double[output.length];
        int r = 0;
        for (; r + 4 <= output.length; r += 4) {
            float[] w0 = output[r];
            float[] w1 = output[r + 1];
            float[] w2 = output[r + 2];
            float[] w3 = output[r + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int h = 0; h < hiddenSize; h++) {
                double x = hidden[h];
                s0 += x * w0[h];
                s1 += x * w1[h];
                s2 += x * w2[h];
                s3 += x * w3[h];
            }
            scores[r] = s0;
            scores[r + 1] = s1;
            scores[r + 2] = s2;
            scores[r + 3] = s3;
        }
        for (; r < output.length; r++) {
            float[] w = output[r];
            double s = 0;
            for (int h = 0; h < hiddenSize; h++) {
                s += hidden[h] * w[h];
            }
            scores[r] = s;
        }
        return scores;
    }
}
