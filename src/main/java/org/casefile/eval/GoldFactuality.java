package org.casefile.eval;

/**
 * What an annotator says about whether a gold event happened, reduced to what the timeline needs:
 * only a {@link #FACT} may be told as a fact. TimeML gives it on {@code MAKEINSTANCE} ({@code
 * polarity}, {@code modality}, {@code tense}); MEANTIME on the mention ({@code polarity}, {@code
 * certainty}, {@code time}). When several apply, the first in this order wins.
 */
public enum GoldFactuality {
    /** Negated: TimeML or MEANTIME {@code polarity="NEG"} ("did not resign"). */
    NEGATED,
    /** Under a modal or uncertain: TimeML {@code modality} ("could", "would"), MEANTIME {@code certainty} POSSIBLE or PROBABLE. */
    MODAL,
    /** Still to come: TimeML {@code tense="FUTURE"}, MEANTIME {@code time="FUTURE"}. */
    FUTURE,
    /** Positive, certain and not future. */
    FACT,
    /** The corpus says nothing (no instance, or a corpus without these attributes). */
    UNKNOWN;

    /** From TimeML's {@code MAKEINSTANCE} attributes (any may be null). */
    static GoldFactuality ofTimeMl(String polarity, String modality, String tense) {
        if ("NEG".equals(polarity)) {
            return NEGATED;
        }
        if (modality != null && !modality.isBlank() && !"none".equalsIgnoreCase(modality)) {
            return MODAL;
        }
        if ("FUTURE".equals(tense)) {
            return FUTURE;
        }
        return polarity == null ? UNKNOWN : FACT;
    }

    /** From MEANTIME's {@code EVENT_MENTION} attributes (any may be null or empty). */
    static GoldFactuality ofMeantime(String polarity, String certainty, String time) {
        if ("NEG".equals(polarity)) {
            return NEGATED;
        }
        if ("POSSIBLE".equals(certainty) || "PROBABLE".equals(certainty)) {
            return MODAL;
        }
        if ("FUTURE".equals(time)) {
            return FUTURE;
        }
        return "POS".equals(polarity) ? FACT : UNKNOWN;
    }
}
