package org.casefile.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads SemEval-2015 Task 4 (TimeLine) gold timelines and locates their events in gold documents.
 *
 * <p>A gold file holds the target entity's name on its first line, then one row per event:
 * {@code order<TAB>date<TAB>docid-sentence-word[<TAB>docid-sentence-word...]}, where the extra
 * mentions on a row are the same event in other sentences or documents. Blank lines are skipped.
 *
 * <p>Repairs, both needed by corpus 1: a row glued to the previous one ({@code ...-travelling8
 * <TAB>2007-03-19<TAB>...}, a missing line break) is split where a mention field is followed by a
 * date field, the trailing digits becoming the next row's order; and at resolution a document id
 * that matches no document but starts with a known id ({@code 7142614} for {@code 71426}) is read
 * as the longest such id.
 */
public final class TimelineGoldReader {
    private static final Pattern MENTION = Pattern.compile("^(\\d+)-(\\d+)-(.+)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4}|XXXX)-(\\d\\d|XX)-(\\d\\d|XX)$");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*\\D)(\\d+)$");

    /**
     * Reads every {@code *.txt} of a folder, in file-name order.
     *
     * @param targetList the {@code list_target_entities_*.txt} file, used to correct misspelt
     *                   headers; may be {@code null}
     */
    public List<TimelineTarget> readFolder(Path goldDir, Path targetList) throws IOException {
        List<String> names = targetList == null || !Files.isRegularFile(targetList)
                ? List.of()
                : Files.readAllLines(targetList, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<TimelineTarget> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f, names));
        }
        return out;
    }

    /**
     * Reads one gold timeline file.
     *
     * @param knownNames target names; the one whose lower-case, underscore-joined form equals the
     *                   file's base name becomes {@link TimelineTarget#name()}
     */
    public TimelineTarget read(Path file, List<String> knownNames) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String header = lines.isEmpty() ? "" : lines.get(0).strip();
        String base = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String name = knownNames.stream().filter(n -> fileKey(n).equals(base)).findFirst()
                .orElse(header);
        List<TimelineEntry> entries = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.isBlank()) {
                parseRow(line.strip(), entries);
            }
        }
        return new TimelineTarget(name, header, file.getFileName().toString(), entries);
    }

    private static void parseRow(String line, List<TimelineEntry> out) {
        String[] f = line.split("\t");
        if (f.length < 2) {
            return;
        }
        String order = f[0].strip();
        String date = f[1].strip();
        List<String> mentions = new ArrayList<>();
        for (int i = 2; i < f.length; i++) {
            String field = f[i].strip();
            Matcher glued = mentions.isEmpty() ? null
                    : TRAILING_DIGITS.matcher(mentions.get(mentions.size() - 1));
            if (DATE.matcher(field).matches() && glued != null && glued.matches()) {
                mentions.set(mentions.size() - 1, glued.group(1));
                out.add(entry(order, date, mentions));
                order = glued.group(2);
                date = field;
                mentions = new ArrayList<>();
            } else if (!field.isEmpty()) {
                mentions.add(field);
            }
        }
        out.add(entry(order, date, mentions));
    }

    private static TimelineEntry entry(String order, String date, List<String> raws) {
        List<TimelineMention> mentions = new ArrayList<>();
        for (String raw : raws) {
            Matcher m = MENTION.matcher(raw);
            mentions.add(m.matches()
                    ? TimelineMention.unresolved(raw, m.group(1), Integer.parseInt(m.group(2)),
                            m.group(3))
                    : TimelineMention.unresolved(raw, null, -1, raw));
        }
        int o;
        try {
            o = Integer.parseInt(order);
        } catch (NumberFormatException e) {
            o = -1;
        }
        return new TimelineEntry(o, date, mentions);
    }

    /** The same targets with every mention located, where possible, in the given documents. */
    public static List<TimelineTarget> resolve(List<TimelineTarget> targets,
                                               List<GoldDocument> docs) {
        Map<String, GoldDocument> byId = new HashMap<>();
        for (GoldDocument d : docs) {
            byId.put(d.id(), d);
        }
        List<TimelineTarget> out = new ArrayList<>();
        for (TimelineTarget t : targets) {
            List<TimelineEntry> entries = new ArrayList<>();
            for (TimelineEntry e : t.entries()) {
                entries.add(new TimelineEntry(e.order(), e.date(),
                        e.mentions().stream().map(m -> resolve(m, byId)).toList()));
            }
            out.add(new TimelineTarget(t.name(), t.headerName(), t.fileName(), entries));
        }
        return out;
    }

    /**
     * Locates a mention: the tokens of its sentence that spell its word(s) contiguously; failing
     * that, the first word when the others follow it in the sentence (the span is then that first
     * token). Among several places, one overlapping a gold event mention is preferred, then the
     * first.
     */
    static TimelineMention resolve(TimelineMention m, Map<String, GoldDocument> docs) {
        if (m.docId() == null) {
            return m;
        }
        GoldDocument doc = docs.get(m.docId());
        if (doc == null) {
            doc = docs.values().stream()
                    .filter(d -> m.docId().startsWith(d.id()) && !d.id().isEmpty())
                    .max(Comparator.comparingInt(d -> d.id().length())).orElse(null);
        }
        if (doc == null) {
            return m;
        }
        List<GoldToken> sentence = doc.sentence(m.sentence());
        String[] words = m.word().split("_");
        List<Span> places = new ArrayList<>();
        for (int i = 0; i + words.length <= sentence.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = sentence.get(i + k).text().equals(words[k]);
            }
            if (all) {
                places.add(Span.of(sentence.get(i).begin(),
                        sentence.get(i + words.length - 1).end()));
            }
        }
        if (places.isEmpty() && words.length > 1) {
            for (int i = 0; i < sentence.size(); i++) {
                if (sentence.get(i).text().equals(words[0])
                        && followedBy(sentence, i + 1, words)) {
                    places.add(sentence.get(i).span());
                }
            }
        }
        if (places.isEmpty()) {
            return m;
        }
        GoldDocument d = doc;
        Span span = places.stream()
                .filter(p -> d.events().stream().anyMatch(e -> e.span().overlaps(p)))
                .findFirst().orElse(places.get(0));
        return new TimelineMention(m.raw(), m.docId(), m.sentence(), m.word(), doc.id(), span,
                doc.textOf(span));
    }

    private static boolean followedBy(List<GoldToken> sentence, int from, String[] words) {
        int k = 1;
        for (int i = from; i < sentence.size() && k < words.length; i++) {
            if (sentence.get(i).text().equals(words[k])) {
                k++;
            }
        }
        return k == words.length;
    }

    private static String fileKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
