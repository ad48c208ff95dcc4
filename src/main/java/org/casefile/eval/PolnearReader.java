package org.casefile.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PolNeAR (the Political News Attribution Relations corpus): {@code metadata.tsv} and, per
 * split ({@code train}, {@code dev}), {@code text/NAME.txt} and brat standoff attributions
 * {@code attributions/NAME_ANNOTATOR.ann}.
 *
 * <p>One annotation per article: the first annotator that {@code metadata.tsv}'s
 * {@code annotators} column lists ({@code |}-separated). The publication date is the
 * {@code publication_date} column. Articles come in file-name order.
 *
 * <p>Brat offsets count code points (brat is written in Python, whose strings index code
 * points); they are converted to the UTF-16 char offsets of {@link Span}. {@code T} lines of type
 * {@code Source}, {@code Cue}, {@code Content} are read (pieces joined by {@code ;}); each
 * {@code E} line of type {@code Attribution} or {@code Attribution-no-source} ties one
 * attribution; a second content ({@code Content2}, a quote continued after the cue) adds its
 * pieces to the content. An attribution without content is skipped. The text after the second tab of a
 * {@code T} line is not used (the document text is), so multi-line span texts do not matter.
 */
public final class PolnearReader {
    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)(?:\\t.*)?$");
    private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(\\S+)(.*)$");

    /** The article ids of a split and their annotators, publication dates, in file-name order. */
    record Meta(String id, String annotator, LocalDate published) {
    }

    /** The articles of one split ({@code train} or {@code dev}); {@code limit} &lt;= 0 for all. */
    public List<AttributionDocument> readSplit(Path polnear, String split, int limit) throws IOException {
        List<AttributionDocument> docs = new ArrayList<>();
        for (Meta m : metadata(polnear.resolve("metadata.tsv"), split)) {
            if (limit > 0 && docs.size() >= limit) {
                break;
            }
            Path dir = polnear.resolve(split);
            String text = Files.readString(dir.resolve("text").resolve(m.id() + ".txt"), StandardCharsets.UTF_8);
            Path ann = dir.resolve("attributions").resolve(m.id() + "_" + m.annotator() + ".ann");
            docs.add(new AttributionDocument(m.id(), text, m.published(), m.annotator(), readAnnotation(ann, text)));
        }
        return docs;
    }

    /** The rows of {@code metadata.tsv} for one split, sorted by file name. */
    static List<Meta> metadata(Path tsv, String split) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int compartment = column(header, "compartment", tsv);
        int filename = column(header, "filename", tsv);
        int annotators = column(header, "annotators", tsv);
        int date = column(header, "publication_date", tsv);
        List<Meta> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length <= Math.max(Math.max(compartment, filename), Math.max(annotators, date))
                    || !f[compartment].equals(split)) {
                continue;
            }
            out.add(new Meta(f[filename], f[annotators].split("\\|")[0].trim(), date(f[date])));
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    private static int column(List<String> header, String name, Path tsv) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(tsv + ": no column " + name);
        }
        return i;
    }

    private static LocalDate date(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The attributions of one brat {@code .ann} file over {@code text}. */
    public static List<GoldAttribution> readAnnotation(Path ann, String text) {
        try {
            return parseAnnotation(Files.readAllLines(ann, StandardCharsets.UTF_8), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GoldAttribution> parseAnnotation(List<String> lines, String text) {
        Map<String, GoldAttribution.Part> parts = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (String line : lines) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.matches()) {
                List<Span> pieces = new ArrayList<>();
                for (String piece : t.group(3).trim().split(";")) {
                    String[] be = piece.trim().split(" ");
                    int b = Integer.parseInt(be[0]);
                    int e = Integer.parseInt(be[1]);
                    if (b < 0 || e < b || e > codePoints) {
                        throw new IllegalArgumentException(t.group(1) + ": offsets " + b + " " + e
                                + " outside the text (" + codePoints + " code points)");
                    }
                    int cb = text.offsetByCodePoints(0, b);
                    pieces.add(Span.of(cb, text.offsetByCodePoints(cb, e - b)));
                }
                parts.put(t.group(1), GoldAttribution.Part.of(pieces, text));
                continue;
            }
            Matcher e = EVENT.matcher(line);
            if (e.matches()) {
                events.add(new String[] {e.group(1), e.group(2), e.group(3)});
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] ev : events) {
            String type = ev[1].split(":")[0];
            if (!type.equals("Attribution") && !type.equals("Attribution-no-source")) {
                continue;
            }
            Map<String, GoldAttribution.Part> roles = new HashMap<>();
            List<Span> content = new ArrayList<>();
            for (String arg : ev[2].trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                GoldAttribution.Part part = colon > 0 ? parts.get(arg.substring(colon + 1)) : null;
                if (part == null) {
                    continue;
                }
                String role = arg.substring(0, colon);
                if (role.startsWith("Content")) {
                    content.addAll(part.pieces());
                } else {
                    roles.putIfAbsent(role, part);
                }
            }
            if (!content.isEmpty()) {
                content.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
                out.add(new GoldAttribution(ev[0], roles.get("Source"), roles.get("Cue"),
                        GoldAttribution.Part.of(content, text)));
            }
        }
        return out;
    }
}
