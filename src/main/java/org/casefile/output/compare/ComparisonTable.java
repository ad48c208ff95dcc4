package org.casefile.output.compare;

import org.casefile.domain.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casefile.output.compare.Comparison.ClaimReport;
import org.casefile.output.compare.Comparison.DateReport;
import org.casefile.output.compare.Comparison.EventReport;
import org.casefile.output.compare.Comparison.SourceReport;
import org.casefile.output.compare.Comparison.SpeakerReport;
import org.casefile.output.compare.Comparison.SubjectReport;

/** Renders a {@link Comparison} as plain-text tables for a terminal (about 110 columns). */
public final class ComparisonTable {
    private static final int DATE = 20;
    private static final int SOURCE = 40;
    private static final int PASSAGE = 44;
    private static final int SIDE = 52;

    private ComparisonTable() {
    }

    public static String render(Comparison c) {
        StringBuilder b = new StringBuilder();
        for (Comparison.CaseLabel l : c.cases()) {
            b.append("case ").append(l.label()).append(": ").append(l.file()).append(" (").append(l.documents())
                    .append(" documents, ").append(l.events()).append(" events, ").append(l.claims()).append(" claims)\n");
        }
        b.append("\nEVENTS: ").append(c.events().size()).append(", ").append(c.disagreements())
                .append(" with sources giving dates that cannot all be true (marked !, listed first)\n");
        for (EventReport e : c.events()) {
            b.append('\n').append(e.disagreement() ? "! " : "  ").append(String.join(" + ", e.ids())).append("  ")
                    .append(e.type()).append(e.told() == null ? "" : " (" + e.told() + ")").append(", ").append(e.date()).append(", ").append(e.sources())
                    .append(e.sources() == 1 ? " source" : " sources").append('\n');
            b.append("    ").append(clip(e.summary(), DATE + SOURCE + PASSAGE + 6)).append('\n');
            List<String[]> rows = new ArrayList<>();
            for (DateReport d : e.dates()) {
                boolean first = true;
                for (SourceReport s : d.sources()) {
                    rows.add(new String[] {first ? d.label() : "", source(s), quote(s.quote())});
                    first = false;
                }
            }
            table(b, "    ", new int[] {DATE, SOURCE, PASSAGE}, new String[] {"DATE GIVEN", "SOURCE", "PASSAGE"}, rows);
        }
        b.append("\nCLAIMS BY SPEAKER: ").append(c.speakers().size()).append(" speakers\n");
        for (SpeakerReport s : c.speakers()) {
            b.append('\n').append(s.name()).append(" (").append(s.claims().size())
                    .append(s.claims().size() == 1 ? " claim" : " claims").append(")\n");
            for (ClaimReport cl : s.claims()) {
                b.append("  ").append(cl.id()).append("  ").append(cl.stance().json().toUpperCase(java.util.Locale.ROOT))
                        .append(", ").append(cl.kind()).append(cl.negated() ? ", NEGATED (the source did not say this)" : "").append('\n');
                wrap(quote(cl.text()), 100).forEach(line -> b.append("      ").append(line).append('\n'));
                cl.sources().stream().map(ComparisonTable::source).distinct()
                        .forEach(src -> b.append("      — ").append(src).append('\n'));
                if (!cl.subjects().isEmpty()) {
                    b.append("      about: ").append(String.join("; ", cl.subjects())).append('\n');
                }
                if (!cl.related().isEmpty()) {
                    b.append("      ").append(cl.stance() == Stance.ALLEGATION ? "findings" : "allegations")
                            .append(" on the same subject: ").append(String.join(", ", cl.related())).append('\n');
                }
            }
        }
        b.append("\nALLEGATIONS AND FINDINGS BY SUBJECT: ").append(c.subjects().size()).append(" subjects\n");
        if (c.subjects().isEmpty()) {
            b.append("  (no allegation or finding mentions a person, organisation, place or event)\n");
        }
        for (SubjectReport s : c.subjects()) {
            b.append('\n').append(s.subject()).append('\n');
            List<String[]> rows = new ArrayList<>();
            int n = Math.max(s.allegations().size(), s.findings().size());
            for (int i = 0; i < n; i++) {
                rows.add(new String[] {i < s.allegations().size() ? side(s.allegations().get(i)) : "",
                    i < s.findings().size() ? side(s.findings().get(i)) : ""});
            }
            table(b, "  ", new int[] {SIDE, SIDE}, new String[] {"ALLEGATIONS", "FINDINGS"}, rows);
        }
        return b.toString();
    }

    private static String side(ClaimReport c) {
        String src = c.sources().stream().map(ComparisonTable::source).distinct().collect(Collectors.joining("; "));
        return c.id() + " " + c.speaker() + ": " + quote(c.text()) + " — " + src;
    }

    private static String source(SourceReport s) {
        StringBuilder b = new StringBuilder();
        if (s.caseLabel() != null) {
            b.append('[').append(s.caseLabel()).append("] ");
        }
        b.append(s.title());
        if (s.published() != null) {
            b.append(", ").append(s.published());
        }
        if (s.page() != null) {
            b.append(", p. ").append(s.page());
        }
        return b.toString();
    }

    private static String quote(String s) {
        return "“" + s.replaceAll("\\s+", " ").strip() + "”";
    }

    private static void table(StringBuilder b, String indent, int[] widths, String[] header, List<String[]> rows) {
        row(b, indent, widths, header);
        StringBuilder rule = new StringBuilder(indent);
        for (int i = 0; i < widths.length; i++) {
            rule.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "-+-" : "");
        }
        b.append(rule.toString().stripTrailing()).append('\n');
        rows.forEach(r -> row(b, indent, widths, r));
    }

    private static void row(StringBuilder b, String indent, int[] widths, String[] cells) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> lines = wrap(cells[i] == null ? "" : cells[i], widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder out = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                String cell = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
                out.append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length())));
                out.append(i + 1 < widths.length ? " | " : "");
            }
            b.append(out.toString().stripTrailing()).append('\n');
        }
    }

    /** Word-wraps to {@code width} columns, breaking words longer than a line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replaceAll("\\s+", " ").strip().split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String clip(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
