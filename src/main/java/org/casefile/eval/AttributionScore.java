package org.casefile.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of the who-said-what scoring (one document, or sums over a corpus).
 *
 * @param claims          gold attributions, predicted claims and matched pairs
 * @param quotes          gold attributions whose content is a direct quote
 * @param quotesFound     of those, matched to a predicted claim
 * @param quotesAsQuote   of those, matched to a predicted claim of kind {@code quote}
 * @param named           matched pairs whose gold source is headed by a name
 * @param namedRight      of those, with the right predicted speaker
 * @param speakerPresent  matched pairs whose predicted claim has any speaker
 * @param predictedByKind predicted claims by kind
 * @param matchedByKind   matched predicted claims by kind
 * @param stances         predicted claims by stance ({@code none} when the system gives none)
 */
public record AttributionScore(PRF claims, int quotes, int quotesFound, int quotesAsQuote, int named,
                               int namedRight, int speakerPresent, Map<String, Integer> predictedByKind,
                               Map<String, Integer> matchedByKind, Map<String, Integer> stances) {
    /** Nothing counted. */
    public static final AttributionScore ZERO = new AttributionScore(PRF.ZERO, 0, 0, 0, 0, 0, 0,
            Map.of(), Map.of(), Map.of());

    public AttributionScore {
        predictedByKind = Map.copyOf(predictedByKind);
        matchedByKind = Map.copyOf(matchedByKind);
        stances = Map.copyOf(stances);
    }

    /** Counts added. */
    public AttributionScore plus(AttributionScore o) {
        return new AttributionScore(claims.plus(o.claims), quotes + o.quotes, quotesFound + o.quotesFound,
                quotesAsQuote + o.quotesAsQuote, named + o.named, namedRight + o.namedRight,
                speakerPresent + o.speakerPresent, sum(predictedByKind, o.predictedByKind),
                sum(matchedByKind, o.matchedByKind), sum(stances, o.stances));
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> m = new TreeMap<>(a);
        b.forEach((k, v) -> m.merge(k, v, Integer::sum));
        return m;
    }
}
