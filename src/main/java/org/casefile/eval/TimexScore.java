package org.casefile.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * TIMEX3 scores in the TempEval-3 manner.
 *
 * <p>Value accuracy = matched pairs with equal normalised values / matched pairs, and value F1 =
 * relaxed F1 x value accuracy, which is how TempEval-3 defines its attribute F1 (the F1 of
 * attribute precision = accuracy x P and attribute recall = accuracy x R). Matched pairs whose
 * gold timex has no point value (GUM ranges) are left out of the accuracy; for MEANTIME every
 * pair counts. Accuracies are 0 when there is no pair.
 *
 * @param relaxed      relaxed (overlap) span matching
 * @param strict       exact-boundary span matching
 * @param valuePairs   relaxed pairs whose gold timex has a value
 * @param valueCorrect of those, pairs with equal normalised values
 * @param typeCorrect  relaxed pairs with equal types
 */
public record TimexScore(PRF relaxed, PRF strict, int valuePairs, int valueCorrect,
                         int typeCorrect) {
    /** Nothing scored. */
    public static final TimexScore ZERO = new TimexScore(PRF.ZERO, PRF.ZERO, 0, 0, 0);

    @JsonProperty
    public double valueAccuracy() {
        return valuePairs == 0 ? 0.0 : (double) valueCorrect / valuePairs;
    }

    @JsonProperty
    public double valueF1() {
        return relaxed.f1() * valueAccuracy();
    }

    @JsonProperty
    public double typeAccuracy() {
        return relaxed.tp() == 0 ? 0.0 : (double) typeCorrect / relaxed.tp();
    }

    /** Counts added. */
    public TimexScore plus(TimexScore o) {
        return new TimexScore(relaxed.plus(o.relaxed), strict.plus(o.strict),
                valuePairs + o.valuePairs, valueCorrect + o.valueCorrect,
                typeCorrect + o.typeCorrect);
    }
}
