package org.casefile.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A researcher's list of sources: a CSV file with a header row. Column {@code path} (relative to
 * the manifest's folder) is required; {@code published} (ISO date or date-time), {@code title},
 * {@code url} and {@code source} are optional.
 *
 * <p>Reading checks it whole and reports every problem with its line: a missing {@code path}
 * column, an unclosed quote, a date that is not ISO, an empty path, a row for a file that does
 * not exist or lies outside the manifest's folder, and a second row for the same file are
 * errors ({@link Invalid}); so is a row with more values than the header has columns, unless the
 * extra ones are empty (a comma in an unquoted title would shift every value after it). An unknown column is a warning
 * ({@link #warnings()}).
 *
 * <p>A run may have several manifests, one per folder ({@link #readAll}): each lists files under
 * its own folder, and a file listed by two of them is an error.
 */
public final class Manifest {
    /** The columns a manifest may have. */
    public static final List<String> COLUMNS = List.of("path", "published", "title", "url", "source");

    /** One row of the manifest. */
    public record Entry(String path, LocalDate published, String title, String url, String source) {
    }

    /** A manifest with errors: one line per problem, each naming the file and the line. */
    public static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The name of a folder's own manifest, read without {@code --manifest}. */
    public static final String DEFAULT_NAME = "manifest.csv";

    public static final Manifest EMPTY = new Manifest(List.of(), Map.of(), List.of());

    /** The manifest files read, in order (a set: the collector asks about every file it lists). */
    private final java.util.Set<Path> files;
    private final Map<Path, Entry> byFile;
    private final List<String> warnings;

    private Manifest(List<Path> files, Map<Path, Entry> byFile, List<String> warnings) {
        this.files = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(files));
        this.byFile = Map.copyOf(byFile);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads and checks several manifests as one: every problem of every file, then a file that two
     * of them list ({@code Invalid}); their warnings in order.
     *
     * @throws Invalid with every problem found, one line each
     * @throws IOException when a file cannot be read
     */
    public static Manifest readAll(List<Path> csvs) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Manifest> read = new ArrayList<>();
        for (Path csv : csvs) {
            try {
                read.add(read(csv));
            } catch (Invalid e) {
                problems.addAll(e.problems());
            }
        }
        Map<Path, Entry> entries = new LinkedHashMap<>();
        Map<Path, Path> listedBy = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Manifest m : read) {
            files.addAll(m.files);
            warnings.addAll(m.warnings);
            for (Map.Entry<Path, Entry> e : m.byFile.entrySet()) {
                Path first = listedBy.putIfAbsent(e.getKey(), m.files.iterator().next());
                if (first != null) {
                    problems.add(m.files.iterator().next() + ": " + e.getKey() + " is listed by " + first + " too");
                } else {
                    entries.put(e.getKey(), e.getValue());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new Manifest(files, entries, warnings);
    }

    /**
     * Reads and checks a manifest.
     *
     * @throws Invalid with every problem found, one line each
     * @throws IOException when the file cannot be read
     */
    public static Manifest read(Path csv) throws IOException {
        Path folder = csv.toAbsolutePath().normalize().getParent();
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(csv))).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(List.of(csv + ": not UTF-8 text"));
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Lines lines = new Lines(content);
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Path, Entry> entries = new LinkedHashMap<>();
        Map<Path, Integer> firstLine = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.toLowerCase(Locale.ROOT).strip(), v));
            if (!header.containsKey("path")) {
                throw new Invalid(List.of(csv + " line 1: no 'path' column (the header row has: "
                        + String.join(", ", parser.getHeaderNames()) + ")"));
            }
            for (String name : parser.getHeaderNames()) {
                String column = name.toLowerCase(Locale.ROOT).strip();
                if (!column.isEmpty() && !COLUMNS.contains(column)) {
                    warnings.add(csv + " line 1: unknown column '" + name + "' is ignored (known: "
                            + String.join(", ", COLUMNS) + ")");
                }
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                long nextStart = parser.getCurrentLineNumber() + 1;
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(csv + " line " + lines.firstNonBlankFrom(nextStart) + ": "
                            + (String.valueOf(e.getMessage()).contains("encapsulated token")
                                ? "a quoted value is not closed" : "not valid CSV: " + e.getMessage()));
                    break;
                }
                // a record's position is where the reader stood: before the blank lines it skipped
                long line = lines.firstNonBlankFrom(lines.lineAt(row.getCharacterPosition()));
                String where = csv + " line " + line + ": ";
                if (row.size() > parser.getHeaderNames().size() && !extrasBlank(row, parser.getHeaderNames().size())) {
                    problems.add(where + row.size() + " values where the header row has "
                            + parser.getHeaderNames().size() + " columns (a comma in a value that is not quoted?)");
                    continue;
                }
                String path = get(row, header, "path");
                if (path == null) {
                    problems.add(where + "the 'path' value is empty");
                    continue;
                }
                String published = get(row, header, "published");
                LocalDate date = null;
                try {
                    date = published == null ? null : IsoDates.parseDateOrDateTime(published);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    problems.add(where + "'published' is not an ISO date (YYYY-MM-DD): " + published);
                }
                String url = get(row, header, "url");
                if (url != null && url.chars().anyMatch(Character::isWhitespace)) {
                    // no address holds a space: the values have shifted ("Title, with comma" unquoted)
                    problems.add(where + "'url' is no address: '" + url + "' (a comma in a value that is not quoted?)");
                    continue;
                }
                Path resolved = folder.resolve(path).normalize();
                if (!resolved.startsWith(folder)) {
                    problems.add(where + "'" + path + "' is outside the manifest's folder " + folder);
                    continue;
                }
                if (!Files.exists(resolved)) {
                    problems.add(where + "no such file: " + path);
                    continue;
                }
                Integer first = firstLine.putIfAbsent(resolved, (int) line);
                if (first != null) {
                    problems.add(where + "a second row for " + path + " (the first is on line " + first + ")");
                    continue;
                }
                entries.put(resolved, new Entry(path, date, get(row, header, "title"), url,
                        get(row, header, "source")));
            }
        } catch (Invalid e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the header row itself is not valid CSV (an unclosed quote, a repeated column name)
            String m = String.valueOf(e.getMessage());
            throw new Invalid(List.of(csv + " line 1: the header row is not valid: "
                    + (m.contains("encapsulated token") ? "a quoted value is not closed" : m.lines().findFirst().orElse(""))));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new Manifest(List.of(csv.toAbsolutePath().normalize()), entries, warnings);
    }

    /** Line numbers (1-based) of character positions in a text. */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' || text.charAt(i) == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineAt(long position) {
            int i = Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
            return (i >= 0 ? i : -i - 2) + 1L;
        }

        /** The first line from {@code line} on that holds something (the start of the next record). */
        long firstNonBlankFrom(long line) {
            for (long l = Math.max(1, line); l <= starts.length; l++) {
                int begin = starts[(int) l - 1];
                int end = l < starts.length ? starts[(int) l] : text.length();
                if (!text.substring(begin, end).isBlank()) {
                    return l;
                }
            }
            return line;
        }
    }

    /** Whether the values past the header's columns are all empty (a spreadsheet's trailing comma). */
    private static boolean extrasBlank(CSVRecord row, int columns) {
        for (int i = columns; i < row.size(); i++) {
            if (row.get(i) != null && !row.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String get(CSVRecord row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Problems that do not stop a run (unknown columns), one line each. */
    public List<String> warnings() {
        return warnings;
    }

    /** The entry for a file, if the manifest lists it. */
    public Optional<Entry> entryFor(Path file) {
        return Optional.ofNullable(byFile.get(file.toAbsolutePath().normalize()));
    }

    /** True when {@code file} is one of the manifests read (it is not a document). */
    public boolean isManifestFile(Path file) {
        return files.contains(file.toAbsolutePath().normalize());
    }

    /** True when {@code file} is named as a folder's own manifest ({@value #DEFAULT_NAME}). */
    public static boolean hasDefaultName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().equals(DEFAULT_NAME);
    }
}
