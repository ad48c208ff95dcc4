package org.casefile.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Timeline scores per target entity: recall (of the gold rows with a known date, how many were
 * found among the predicted facts involving the entity with a compatible date) and precision (of
 * the dated facts predicted for the entity, how many are such a match).
 *
 * @param targets one result per target, in input order
 */
public record TimelineScore(List<Target> targets) {

    public TimelineScore {
        targets = List.copyOf(targets);
    }

    /**
     * One target's result.
     *
     * @param name       target entity name
     * @param dated      gold rows with a known date
     * @param found      of those, rows found
     * @param unresolved of the dated rows, those with no mention located in a gold document
     *                   (they cannot be found)
     * @param predicted  dated facts predicted for the target (its timeline entries)
     * @param correct    of those, entries that match a dated gold row
     */
    public record Target(String name, int dated, int found, int unresolved, int predicted, int correct) {
        /** found / dated, 0 when nothing is dated. */
        @JsonProperty
        public double recall() {
            return dated == 0 ? 0.0 : (double) found / dated;
        }

        /** correct / predicted, 0 when nothing is predicted. */
        @JsonProperty
        public double precision() {
            return predicted == 0 ? 0.0 : (double) correct / predicted;
        }

        /** The harmonic mean of precision and recall, 0 when both are 0. */
        @JsonProperty
        public double f1() {
            return TimelineScore.f1(precision(), recall());
        }
    }

    /** Dated gold rows over all targets. */
    @JsonProperty
    public int dated() {
        return targets.stream().mapToInt(Target::dated).sum();
    }

    /** Rows found over all targets. */
    @JsonProperty
    public int found() {
        return targets.stream().mapToInt(Target::found).sum();
    }

    /** Timeline entries predicted over all targets. */
    @JsonProperty
    public int predicted() {
        return targets.stream().mapToInt(Target::predicted).sum();
    }

    /** Correct entries over all targets. */
    @JsonProperty
    public int correct() {
        return targets.stream().mapToInt(Target::correct).sum();
    }

    /** Micro-averaged precision: correct / predicted over all targets, 0 when nothing is predicted. */
    @JsonProperty
    public double precision() {
        int p = predicted();
        return p == 0 ? 0.0 : (double) correct() / p;
    }

    /** Micro-averaged F1 of {@link #precision()} and {@link #recall()}. */
    @JsonProperty
    public double f1() {
        return f1(precision(), recall());
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Micro-averaged recall: found / dated over all targets, 0 when nothing is dated. */
    @JsonProperty
    public double recall() {
        int d = dated();
        return d == 0 ? 0.0 : (double) found() / d;
    }
}
