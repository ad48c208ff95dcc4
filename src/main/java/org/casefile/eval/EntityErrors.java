package org.casefile.eval;

import java.util.List;
import java.util.Objects;

/**
 * The entity mismatches of one document as tab-separated lines, for error study. Gold and
 * predicted mentions of the scored types (PER, ORG, LOC) are paired as in {@link Scorer#match}
 * with types ignored; a pair is {@code wrong type} when the types differ, else {@code wrong span}
 * when the boundaries differ (relaxed scoring counts it as found); a gold mention left unpaired is
 * {@code missed}, a prediction left unpaired {@code spurious}. Each line carries the gold text,
 * type and mention kind (NAM for a proper name, else the corpus's kind or empty), the predicted
 * text and type, and the sentence.
 */
public final class EntityErrors {
    /** The column names, one line. */
    public static final String HEADER =
            "system\tdoc\tkind\tgold text\tgold type\tgold kind\tpred text\tpred type\tsentence\n";

    private EntityErrors() {
    }

    /** The mismatch lines of one document, each ending in a newline. */
    public static String lines(String system, GoldDocument doc, Prediction prediction) {
        List<GoldEntity> gold = doc.scoredEntities();
        List<Span> pred = Evaluator.scoredPredictions(prediction.entities());
        List<Match> pairs = Scorer.match(gold.stream().map(GoldEntity::span).toList(), pred, false);
        StringBuilder sb = new StringBuilder();
        Mismatches.each(gold, pred, pairs, (g, p) -> {
            if (!Objects.equals(g.type(), p.type())) {
                line(sb, system, doc, "wrong type", g, p);
            } else if (!g.span().sameBounds(p)) {
                line(sb, system, doc, "wrong span", g, p);
            }
        }, g -> line(sb, system, doc, "missed", g, null), p -> line(sb, system, doc, "spurious", null, p));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String system, GoldDocument doc, String kind, GoldEntity g, Span p) {
        String text = doc.text();
        sb.append(system).append('\t').append(doc.id()).append('\t').append(kind).append('\t')
                .append(g == null ? "" : clean(g.span().textIn(text))).append('\t')
                .append(g == null ? "" : g.type()).append('\t')
                .append(g == null ? "" : g.named() ? "NAM" : Objects.toString(g.mentionType(), "")).append('\t')
                .append(p == null ? "" : clean(p.textIn(text))).append('\t')
                .append(p == null ? "" : p.type()).append('\t')
                .append(clean(TimexErrors.sentence(text, g != null ? g.span() : p))).append('\n');
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
