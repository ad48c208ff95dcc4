package org.casefile.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.ClaimKind;

/**
 * Scores who said what over a corpus of {@link AttributionDocument}s (micro-average of
 * {@link AttributionScorer}) and lays it out as a {@link Report}; also writes the errors per
 * article for reading.
 *
 * <p>Rows: {@code claims} (P/R/F1), {@code claims quote} and {@code claims reported}
 * (predicted, matched, precision by kind), {@code direct quotes} (recall; extra {@code asQuote}:
 * found by a claim of kind quote), {@code named speaker} (gold = matched pairs whose source is
 * headed by a name, tp = right speaker, R = the accuracy), {@code speaker present} (gold =
 * matched pairs, tp = with a speaker) and {@code stance NAME} (predicted claims per stance).
 */
public final class AttributionEvaluator {
    private AttributionEvaluator() {
    }

    /** The report, the summed counts and each document's result by document id. */
    public record Outcome(Report report, AttributionScore total, Map<String, AttributionScorer.Result> documents) {
    }

    public static Outcome evaluate(String title, List<AttributionDocument> docs, List<Prediction> predictions) {
        Map<String, List<PredClaim>> claims = new HashMap<>();
        for (Prediction p : predictions) {
            claims.computeIfAbsent(p.docId(), k -> new ArrayList<>()).addAll(p.claims());
        }
        AttributionScore total = AttributionScore.ZERO;
        Map<String, AttributionScorer.Result> results = new LinkedHashMap<>();
        for (AttributionDocument d : docs) {
            AttributionScorer.Result r = AttributionScorer.score(d, claims.getOrDefault(d.id(), List.of()));
            results.put(d.id(), r);
            total = total.plus(r.score());
        }
        return new Outcome(report(title, total), total, results);
    }

    static Report report(String title, AttributionScore s) {
        List<Report.Row> rows = new ArrayList<>();
        rows.add(Report.Row.of("claims", s.claims()));
        for (ClaimKind k : ClaimKind.values()) {
            String kind = k.json();
            int predicted = s.predictedByKind().getOrDefault(kind, 0);
            int matched = s.matchedByKind().getOrDefault(kind, 0);
            rows.add(new Report.Row("claims " + kind, null, predicted, matched,
                    predicted == 0 ? 0.0 : (double) matched / predicted, null, null, Map.of()));
        }
        rows.add(Report.Row.recall("direct quotes", s.quotes(), s.quotesFound())
                .with("asQuote", s.quotes() == 0 ? 0.0 : (double) s.quotesAsQuote() / s.quotes()));
        rows.add(Report.Row.recall("named speaker", s.named(), s.namedRight()));
        rows.add(Report.Row.recall("speaker present", s.claims().tp(), s.speakerPresent()));
        new java.util.TreeMap<>(s.stances()).forEach((stance, n) -> rows.add(
                new Report.Row("stance " + stance, null, n, null, null, null, null, Map.of())));
        return new Report(title, rows);
    }

    /**
     * A readable dump of the errors, one block per article: {@code MISSED source | cue | content |
     * passage [| claim]} for gold attributions no claim matched (the passage: the text from the sentence where
     * the first of source, cue and content starts to the end of the sentence where the last ends; the
     * claim: the predicted claim that overlaps the content most, said to be matched or false), {@code FALSE speaker | text} for claims that match
     * none, {@code SPEAKER gold source [head] | predicted speaker | content} for matched pairs
     * whose named source the predicted speaker does not carry. Tab-separated, one item a line.
     */
    public static String errors(List<AttributionDocument> docs, Map<String, AttributionScorer.Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("# kind\tgold source or predicted speaker\tcue or predicted names\ttext\n");
        for (AttributionDocument d : docs) {
            AttributionScorer.Result r = results.get(d.id());
            if (r == null) {
                continue;
            }
            PRF c = r.score().claims();
            sb.append("\n== ").append(d.id()).append(" (annotator ").append(d.annotator()).append(", published ")
                    .append(d.published()).append("): gold ").append(c.gold()).append(", predicted ")
                    .append(c.predicted()).append(", matched ").append(c.tp()).append('\n');
            for (GoldAttribution a : r.missed()) {
                sb.append("MISSED\t").append(text(a.source())).append('\t').append(text(a.cue())).append('\t')
                        .append(text(a.content())).append('\t').append(oneLine(passage(d.text(), a)));
                PredClaim over = r.overlapping(a);
                if (over != null) {
                    sb.append('\t').append(r.falsePositives().contains(over) ? "under false: " : "under matched: ")
                            .append(oneLine(over.span().textIn(d.text())));
                }
                sb.append('\n');
            }
            for (PredClaim p : r.falsePositives()) {
                sb.append("FALSE\t").append(oneLine(p.speakerName())).append('\t').append(p.kind()).append('\t')
                        .append(oneLine(p.span().textIn(d.text()))).append('\n');
            }
            for (AttributionScorer.WrongSpeaker w : r.wrongSpeakers()) {
                sb.append("SPEAKER\t").append(text(w.gold().source())).append(" [").append(w.head()).append("]\t")
                        .append(oneLine(w.predicted().speakerName())).append(" ")
                        .append(w.predicted().speakerNames()).append('\t').append(text(w.gold().content()))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The headline figures of several who-said-what reports side by side, one column per report:
     * claims P / R / F1, direct-quote recall, named-speaker accuracy (with counts) and
     * speaker-present rate.
     */
    public static String sideBySide(String title, List<String> names, List<Report> reports) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"claims P / R / F1"});
        lines.add(new String[] {"direct-quote recall"});
        lines.add(new String[] {"named-speaker accuracy"});
        lines.add(new String[] {"speaker present (matched)"});
        List<List<String>> cells = new ArrayList<>();
        for (Report r : reports) {
            Report.Row c = r.row("claims");
            Report.Row q = r.row("direct quotes");
            Report.Row n = r.row("named speaker");
            Report.Row sp = r.row("speaker present");
            cells.add(List.of(
                    String.format(java.util.Locale.ROOT, "%.3f / %.3f / %.3f", c.precision(), c.recall(), c.f1()),
                    String.format(java.util.Locale.ROOT, "%d/%d = %.3f", q.tp(), q.gold(), q.recall()),
                    String.format(java.util.Locale.ROOT, "%d/%d = %.3f", n.tp(), n.gold(), n.recall()),
                    String.format(java.util.Locale.ROOT, "%.3f", sp.recall())));
        }
        int first = "measure".length();
        for (String[] l : lines) {
            first = Math.max(first, l[0].length());
        }
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            int w = names.get(i).length();
            for (String cell : cells.get(i)) {
                w = Math.max(w, cell.length());
            }
            widths.add(w);
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        sb.append(String.format("%-" + first + "s", "measure"));
        for (int i = 0; i < reports.size(); i++) {
            sb.append("  ").append(String.format("%-" + widths.get(i) + "s", names.get(i)));
        }
        sb.append('\n');
        for (int l = 0; l < lines.size(); l++) {
            sb.append(String.format("%-" + first + "s", lines.get(l)[0]));
            for (int i = 0; i < reports.size(); i++) {
                sb.append("  ").append(String.format("%-" + widths.get(i) + "s", cells.get(i).get(l)));
            }
            sb.append('\n');
        }
        return sb.toString().replaceAll(" +\n", "\n");
    }

    /**
     * The sentences a gold attribution spans: from after the last sentence end (". ", "? ", "! " or a
     * line break) before its first part to the next one after its last part.
     */
    static String passage(String text, GoldAttribution a) {
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (GoldAttribution.Part p : java.util.Arrays.asList(a.source(), a.cue(), a.content())) {
            if (p != null) {
                begin = Math.min(begin, p.range().begin());
                end = Math.max(end, p.range().end());
            }
        }
        int b = begin;
        while (b > 0 && !sentenceEndsBefore(text, b)) {
            b--;
        }
        int e = end;
        while (e < text.length() && !sentenceEndsBefore(text, e)) {
            e++;
        }
        return text.substring(b, e);
    }

    private static boolean sentenceEndsBefore(String text, int at) {
        char c = text.charAt(at - 1);
        return c == '\n' || c == ' ' && at >= 2 && ".?!".indexOf(text.charAt(at - 2)) >= 0;
    }

    private static String text(GoldAttribution.Part p) {
        return p == null ? "-" : oneLine(p.text());
    }

    private static String oneLine(String s) {
        return s == null ? "-" : s.replaceAll("\\s+", " ").trim();
    }
}
