package org.casefile.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's event mentions as tab-separated lines, for error study: {@code spurious} (a
 * predicted event mention that matches no gold mention), {@code matched} (one that does) and
 * {@code participant} (a matched mention whose gold participant the prediction misses), each with
 * the event word, whether it was told as a fact, its type (and for a match the gold's {@link
 * GoldFactuality} where the corpus gives one), and the sentence; on request also {@code missed}
 * (a gold mention no prediction matches). Matching is that of {@link
 * Scorer#events}.
 */
public final class EventErrors {
    /** The column names, one line. */
    public static final String HEADER = "kind\tdoc\tword\tfact\tdetail\tsentence\n";

    private EventErrors() {
    }

    /** The mismatch lines of one document, each ending in a newline. */
    public static String lines(GoldDocument doc, Prediction prediction) {
        return lines(doc, prediction, false);
    }

    /**
     * The mismatch lines of one document; with {@code missed} also a {@code missed} line for each
     * gold mention no prediction matches (its word, {@code -} for the fact column, its gold class).
     */
    public static String lines(GoldDocument doc, Prediction prediction, boolean missed) {
        List<Span> gold = doc.events().stream().map(GoldEvent::span).toList();
        List<PredEvent> predicted = prediction.events();
        List<Match> pairs = Scorer.match(gold, predicted.stream().map(PredEvent::span).toList(), false);
        Map<Integer, GoldFactuality> goldOf = new HashMap<>();
        pairs.forEach(m -> goldOf.put(m.predicted(), doc.events().get(m.gold()).factuality()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < predicted.size(); i++) {
            PredEvent pe = predicted.get(i);
            String type = pe.span().type() == null ? "" : pe.span().type();
            GoldFactuality f = goldOf.get(i);
            line(sb, f == null ? "spurious" : "matched", doc, pe,
                    f == null || f == GoldFactuality.UNKNOWN ? type : type + "; gold " + f);
        }
        if (missed) {
            Set<Integer> found = new HashSet<>();
            pairs.forEach(m -> found.add(m.gold()));
            for (int i = 0; i < gold.size(); i++) {
                if (!found.contains(i)) {
                    Span g = gold.get(i);
                    sb.append("missed\t").append(doc.id()).append('\t').append(clean(g.textIn(doc.text()))).append("\t-\t")
                            .append(g.type() == null ? "" : g.type()).append('\t')
                            .append(clean(TimexErrors.sentence(doc.text(), g))).append('\n');
                }
            }
        }
        for (Match m : pairs) {
            PredEvent pe = predicted.get(m.predicted());
            Span g = gold.get(m.gold());
            for (GoldParticipant gp : doc.participants()) {
                if (gp.event().sameBounds(g) && pe.participants().stream().noneMatch(s -> s.overlaps(gp.entity()))) {
                    line(sb, "participant", doc, pe, "gold " + clean(gp.entity().textIn(doc.text())) + ", found "
                            + pe.participants().stream().map(s -> clean(s.textIn(doc.text())) + "/" + s.type()).toList());
                }
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String kind, GoldDocument doc, PredEvent pe, String detail) {
        sb.append(kind).append('\t').append(doc.id()).append('\t').append(clean(pe.span().textIn(doc.text()))).append('\t')
                .append(pe.fact() ? "fact" : pe.onTimeline() ? "dated plan" : "not a fact").append('\t').append(detail).append('\t')
                .append(clean(TimexErrors.sentence(doc.text(), pe.span()))).append('\n');
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
