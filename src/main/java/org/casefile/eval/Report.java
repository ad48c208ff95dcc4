package org.casefile.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An evaluation report: named rows of counts, precision, recall, F1 and extra measures, printable
 * as a fixed-width table and serialisable to JSON.
 *
 * @param title a heading for the table
 * @param rows  the rows in display order
 */
public record Report(String title, List<Row> rows) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Report {
        rows = List.copyOf(rows);
    }

    /**
     * One row. A {@code null} measure is not applicable and prints as {@code -}.
     *
     * @param category  what is scored ({@code entities}, {@code timex}...)
     * @param gold      number of gold items, or {@code null}
     * @param predicted number of predicted items, or {@code null}
     * @param tp        matched items, or {@code null}
     * @param precision precision, or {@code null}
     * @param recall    recall, or {@code null}
     * @param f1        F1, or {@code null}
     * @param extra     further measures by name, in display order (value accuracy...)
     */
    public record Row(String category, Integer gold, Integer predicted, Integer tp,
                      Double precision, Double recall, Double f1, Map<String, Double> extra) {

        public Row {
            extra = extra == null ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        }

        /** A row with the counts and measures of a {@link PRF}. */
        public static Row of(String category, PRF prf) {
            return new Row(category, prf.gold(), prf.predicted(), prf.tp(), prf.precision(),
                    prf.recall(), prf.f1(), Map.of());
        }

        /** A recall-only row: gold items and how many were found. */
        public static Row recall(String category, int gold, int found) {
            return new Row(category, gold, null, found, null,
                    gold == 0 ? 0.0 : (double) found / gold, null, Map.of());
        }

        /** The same row with one more extra measure (replacing one of the same name). */
        public Row with(String name, double value) {
            Map<String, Double> m = new LinkedHashMap<>(extra);
            m.put(name, value);
            return new Row(category, gold, predicted, tp, precision, recall, f1, m);
        }
    }

    /** The row of a category, or {@code null}. */
    public Row row(String category) {
        return rows.stream().filter(r -> r.category().equals(category)).findFirst().orElse(null);
    }

    /**
     * A fixed-width table: a title line, a header line, one line per row; measures with four
     * decimals, counts as integers, {@code -} for a missing value. Extra measures get one column
     * each, in order of first appearance.
     */
    public String toTable() {
        int catWidth = "category".length();
        for (Row r : rows) {
            catWidth = Math.max(catWidth, r.category().length());
        }
        Set<String> extras = new LinkedHashSet<>();
        rows.forEach(r -> extras.addAll(r.extra().keySet()));
        List<Integer> widths = new ArrayList<>();
        for (String e : extras) {
            widths.add(Math.max(8, e.length()));
        }
        StringBuilder sb = new StringBuilder();
        if (title != null && !title.isEmpty()) {
            sb.append(title).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%-" + catWidth + "s %7s %7s %7s %7s %7s %7s",
                "category", "gold", "pred", "tp", "P", "R", "F1"));
        int i = 0;
        for (String e : extras) {
            sb.append(String.format(Locale.ROOT, " %" + widths.get(i++) + "s", e));
        }
        sb.append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-" + catWidth + "s %7s %7s %7s %7s %7s %7s",
                    r.category(), count(r.gold()), count(r.predicted()), count(r.tp()),
                    measure(r.precision()), measure(r.recall()), measure(r.f1())));
            i = 0;
            for (String e : extras) {
                sb.append(String.format(Locale.ROOT, " %" + widths.get(i++) + "s",
                        measure(r.extra().get(e))));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The report as indented JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report read back from {@link #toJson()}. */
    public static Report fromJson(String json) {
        try {
            return JSON.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String count(Integer n) {
        return n == null ? "-" : n.toString();
    }

    private static String measure(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.4f", d);
    }
}
