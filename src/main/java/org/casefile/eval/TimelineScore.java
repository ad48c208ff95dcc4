package org.casefile.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Timeline recall per target entity: of the gold rows with a known date, how many were found
 * among the predicted events involving the entity with a compatible date.
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
     */
    public record Target(String name, int dated, int found, int unresolved) {
        /** found / dated, 0 when nothing is dated. */
        @JsonProperty
        public double recall() {
            return dated == 0 ? 0.0 : (double) found / dated;
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

    /** Micro-averaged recall: found / dated over all targets, 0 when nothing is dated. */
    @JsonProperty
    public double recall() {
        int d = dated();
        return d == 0 ? 0.0 : (double) found() / d;
    }
}
