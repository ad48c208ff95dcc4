package org.casefile.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules of one run: {@code models/} (general English and news knowledge) with the lines of
 * case overlays added. An overlay is a folder laid out as {@code models/} that holds only what
 * one case needs (its small towns, local organisations, spellings of its names): each of its
 * files adds its lines to the file of the same path (a regexner list it names that {@code
 * models/} lacks becomes one more list). The defaults are never edited; the merged copy lives in
 * a temporary folder, removed when the JVM exits. Without overlays the models folder is used as
 * it is.
 */
public final class RuleOverlay {
    private RuleOverlay() {
    }

    /**
     * The folder of rules for a run: {@code models} itself, or a merged copy with the overlays'
     * lines appended in the order given.
     *
     * @throws IOException when a folder cannot be read or the copy written
     */
    public static Path merge(Path models, List<Path> overlays) throws IOException {
        if (overlays.isEmpty()) {
            return models;
        }
        Path merged = Files.createTempDirectory("casefile-rules-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(merged), "casefile-rules-cleanup"));
        copyTree(models, merged, false);
        for (Path overlay : overlays) {
            copyTree(overlay, merged, true);
        }
        return merged;
    }

    /** Copies each regular file under {@code from} to the same path under {@code to}, appending when asked and present. */
    private static void copyTree(Path from, Path to, boolean append) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(from)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            if (append && Files.exists(target)) {
                String existing = Files.readString(target, StandardCharsets.UTF_8);
                String sep = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
                Files.writeString(target, sep + "# added by the overlay " + from.getFileName() + "\n"
                        + Files.readString(f, StandardCharsets.UTF_8), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } else {
                Files.copy(f, target);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system cleans it up later
        }
    }
}
