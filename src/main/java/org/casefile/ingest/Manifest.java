package org.casefile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
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
 */
public final class Manifest {
    /** One row of the manifest. */
    public record Entry(String path, LocalDate published, String title, String url, String source) {
    }

    public static final Manifest EMPTY = new Manifest(null, Map.of());

    private final Path file;
    private final Map<Path, Entry> byFile;

    private Manifest(Path file, Map<Path, Entry> byFile) {
        this.file = file;
        this.byFile = Map.copyOf(byFile);
    }

    /** Reads a manifest; a malformed one is a usage error reported before the run starts. */
    public static Manifest read(Path csv) throws IOException {
        Path folder = csv.toAbsolutePath().normalize().getParent();
        Map<Path, Entry> entries = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.toLowerCase(Locale.ROOT).replace("\uFEFF", ""), v));
            if (!header.containsKey("path")) {
                throw new IOException(csv + ": the manifest needs a 'path' column");
            }
            for (CSVRecord row : parser) {
                String path = get(row, header, "path");
                if (path == null) {
                    continue;
                }
                String published = get(row, header, "published");
                LocalDate date;
                try {
                    date = published == null ? null : IsoDates.parseDateOrDateTime(published);
                } catch (IllegalArgumentException e) {
                    throw new IOException(csv + " line " + row.getRecordNumber()
                            + ": 'published' is not an ISO date: " + published, e);
                }
                Entry entry = new Entry(path, date, get(row, header, "title"), get(row, header, "url"),
                        get(row, header, "source"));
                entries.put(folder.resolve(path).normalize(), entry);
            }
        }
        return new Manifest(csv.toAbsolutePath().normalize(), entries);
    }

    private static String get(CSVRecord row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The entry for a file, if the manifest lists it. */
    public Optional<Entry> entryFor(Path file) {
        return Optional.ofNullable(byFile.get(file.toAbsolutePath().normalize()));
    }

    /** True when {@code file} is this manifest itself (it is not a document). */
    public boolean isManifestFile(Path file) {
        return this.file != null && this.file.equals(file.toAbsolutePath().normalize());
    }
}
