package org.casefile.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Counts of a matching and the precision, recall and F1 they give.
 *
 * <p>Conventions: precision is 0 when there are no predictions, recall is 0 when there is no
 * gold, F1 is 0 when precision + recall is 0. (TempEval-3's scorer gives 1 when gold and
 * predictions are both empty; here that case scores 0.) Sums of counts over documents give
 * micro-averaged scores.
 *
 * @param tp matched pairs
 * @param fp predictions left unmatched
 * @param fn gold items left unmatched
 */
public record PRF(int tp, int fp, int fn) {
    /** No gold, no predictions. */
    public static final PRF ZERO = new PRF(0, 0, 0);

    public PRF {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The counts of a matching of {@code matched} pairs between gold and predicted items. */
    public static PRF of(int gold, int predicted, int matched) {
        return new PRF(matched, predicted - matched, gold - matched);
    }

    /** Number of gold items. */
    public int gold() {
        return tp + fn;
    }

    /** Number of predicted items. */
    public int predicted() {
        return tp + fp;
    }

    @JsonProperty
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    @JsonProperty
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Counts added. */
    public PRF plus(PRF other) {
        return new PRF(tp + other.tp, fp + other.fp, fn + other.fn);
    }
}
