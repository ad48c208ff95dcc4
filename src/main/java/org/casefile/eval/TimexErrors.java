package org.casefile.eval;

import java.util.List;
import java.util.Objects;

/**
 * The timex mismatches of one document as tab-separated lines, for error study: {@code missed}
 * (a gold timex no prediction overlaps), {@code spurious} (a prediction no gold timex overlaps)
 * {@code value} (a relaxed match whose values differ, see {@link TimexValues#normalize}) and
 * {@code type} (a relaxed match of equal values whose TIMEX3 types differ),
 * each with the gold and predicted text, type and value and the sentence around it. Pairs are
 * those of {@link Scorer#timexes}.
 */
public final class TimexErrors {
    /** The column names, one line. */
    public static final String HEADER =
            "system\tdoc\tdct\tkind\tgold text\tgold type\tgold value\tpred text\tpred type\tpred value\tsentence\n";

    private TimexErrors() {
    }

    /** The mismatch lines of one document, each ending in a newline. */
    public static String lines(String system, GoldDocument doc, Prediction prediction) {
        List<GoldTimex> gold = doc.timexes();
        List<PredTimex> pred = prediction.timexes();
        List<Match> pairs = Scorer.match(gold.stream().map(GoldTimex::span).toList(),
                pred.stream().map(PredTimex::span).toList(), false);
        StringBuilder sb = new StringBuilder();
        Mismatches.each(gold, pred, pairs, (g, p) -> {
            if (g.value() != null && !Objects.equals(TimexValues.normalize(g.value()), TimexValues.normalize(p.value()))) {
                line(sb, system, doc, "value", g, p);
            } else if (g.type() != null && !g.type().equals(p.span().type())) {
                line(sb, system, doc, "type", g, p);
            }
        }, g -> line(sb, system, doc, "missed", g, null), p -> line(sb, system, doc, "spurious", null, p));
        return sb.toString();
    }

    /** The column names of {@link #baselineWins}, one line. */
    public static final String WINS_HEADER = "system\tdoc\tdct\tkind\tgold text\tgold type\tgold value"
            + "\tpred text\tpred type\tpred value\tdefault text\tdefault type\tdefault value\tsentence\n";

    /**
     * Where the baseline (CoreNLP's default) is right and casefile is not, one line each, for error
     * study: {@code missed} (the default matches a gold timex with its value, or matches a gold
     * timex without a value, and casefile has none paired with it), {@code value} (both match the
     * gold timex and only the default's value is right) and {@code spurious} (a casefile timex paired
     * with no gold timex, where the default has no unpaired timex there either; a part of a gold timex
     * casefile split off counts too). Pairs are those of {@link Scorer#timexes}. {@code system} names
     * the data set (TE3, MEANTIME, GUM); TimeBank and AQUAINT differ by document id.
     */
    public static String baselineWins(String system, GoldDocument doc, Prediction ours, Prediction baseline) {
        List<GoldTimex> gold = doc.timexes();
        List<PredTimex> mine = ours.timexes();
        List<PredTimex> theirs = baseline.timexes();
        List<Span> goldSpans = gold.stream().map(GoldTimex::span).toList();
        PredTimex[] myPair = paired(gold.size(), mine, Scorer.match(goldSpans, mine.stream().map(PredTimex::span).toList(), false));
        PredTimex[] theirPair = paired(gold.size(), theirs, Scorer.match(goldSpans, theirs.stream().map(PredTimex::span).toList(), false));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < gold.size(); i++) {
            GoldTimex g = gold.get(i);
            if (theirPair[i] == null || !rightValue(g, theirPair[i])) {
                continue;
            }
            if (myPair[i] == null) {
                line(sb, system, doc, "missed", g, null, theirPair[i]);
            } else if (!rightValue(g, myPair[i])) {
                line(sb, system, doc, "value", g, myPair[i], theirPair[i]);
            }
        }
        java.util.Set<PredTimex> pairedMine = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PredTimex p : myPair) {
            if (p != null) {
                pairedMine.add(p);
            }
        }
        for (PredTimex p : mine) {
            if (!pairedMine.contains(p) && theirs.stream().noneMatch(t -> t.span().overlaps(p.span()))) {
                line(sb, system, doc, "spurious", null, p, null);
            }
        }
        return sb.toString();
    }

    private static PredTimex[] paired(int goldCount, List<PredTimex> pred, List<Match> pairs) {
        PredTimex[] out = new PredTimex[goldCount];
        for (Match m : pairs) {
            out[m.gold()] = pred.get(m.predicted());
        }
        return out;
    }

    /** True when the gold timex has no value to compare or the prediction's value equals it. */
    private static boolean rightValue(GoldTimex g, PredTimex p) {
        return g.value() == null || Objects.equals(TimexValues.normalize(g.value()), TimexValues.normalize(p.value()));
    }

    private static void line(StringBuilder sb, String system, GoldDocument doc, String kind, GoldTimex g, PredTimex p,
            PredTimex d) {
        StringBuilder row = new StringBuilder();
        line(row, system, doc, kind, g, p);
        String text = doc.text();
        int cut = row.lastIndexOf("\t");
        sb.append(row, 0, cut).append('\t')
                .append(d == null ? "" : clean(d.span().textIn(text))).append('\t')
                .append(d == null ? "" : Objects.toString(d.span().type(), "")).append('\t')
                .append(d == null ? "" : Objects.toString(d.value(), ""))
                .append(row, cut, row.length());
    }

    private static void line(StringBuilder sb, String system, GoldDocument doc, String kind, GoldTimex g, PredTimex p) {
        String text = doc.text();
        Span at = g != null ? g.span() : p.span();
        sb.append(system).append('\t').append(doc.id()).append('\t').append(doc.creationDate()).append('\t')
                .append(kind).append('\t')
                .append(g == null ? "" : clean(g.span().textIn(text))).append('\t')
                .append(g == null ? "" : Objects.toString(g.type(), "")).append('\t')
                .append(g == null ? "" : Objects.toString(g.value(), "")).append('\t')
                .append(p == null ? "" : clean(p.span().textIn(text))).append('\t')
                .append(p == null ? "" : Objects.toString(p.span().type(), "")).append('\t')
                .append(p == null ? "" : Objects.toString(p.value(), "")).append('\t')
                .append(clean(sentence(text, at))).append('\n');
    }

    /** The text from the sentence end or line break before the span to the one after it. */
    static String sentence(String text, Span span) {
        int b = span.begin();
        while (b > 0 && text.charAt(b - 1) != '\n' && !(b > 1 && ".!?".indexOf(text.charAt(b - 2)) >= 0
                && Character.isWhitespace(text.charAt(b - 1)))) {
            b--;
        }
        int e = span.end();
        while (e < text.length() && text.charAt(e) != '\n'
                && !(".!?".indexOf(text.charAt(e)) >= 0 && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1))))) {
            e++;
        }
        return text.substring(b, Math.min(text.length(), e + 1));
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
