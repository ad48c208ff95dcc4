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

    /** A rule file's problem as "FILE:LINE: problem" (the form the rule readers use). */
    private static final java.util.regex.Pattern AT_LINE = java.util.regex.Pattern.compile("^(.+?):(\\d+): (.*)$",
            java.util.regex.Pattern.DOTALL);

    /**
     * A rule reader's message about a file of the merged folder, told of the file the user wrote:
     * "{@code merged}/event-triggers.txt:208: …" becomes "OVERLAY/event-triggers.txt:1: …" (the
     * overlay's own line) or "MODELS/event-triggers.txt:208: …"; any other message as it is, with
     * the merged folder's name replaced by the models folder's.
     */
    public static String explain(String message, Path merged, Path models, List<Path> overlays) {
        String m = String.valueOf(message);
        String prefix = merged.toString() + java.io.File.separator;
        java.util.regex.Matcher at = AT_LINE.matcher(m);
        if (merged.equals(models) || !m.startsWith(prefix)) {
            return m;
        }
        if (!at.matches() || !at.group(1).startsWith(prefix)) {
            return m.replace(merged.toString(), models.toString());
        }
        String relative = at.group(1).substring(prefix.length());
        int line = Integer.parseInt(at.group(2));
        try {
            int before = lineCount(models.resolve(relative));
            if (line <= before) {
                return models.resolve(relative) + ":" + line + ": " + at.group(3);
            }
            int start = before;
            for (Path overlay : overlays) {
                Path f = overlay.resolve(relative);
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                int own = lineCount(f);
                start += start == 0 && !Files.exists(models.resolve(relative)) ? 0 : 1; // the "# added by the overlay" line
                if (line <= start + own) {
                    return f + ":" + (line - start) + ": " + at.group(3);
                }
                start += own;
            }
        } catch (IOException | RuntimeException e) {
            // fall through: the merged file's name is still better than nothing
        }
        return m.replace(merged.toString(), models.toString());
    }

    private static int lineCount(Path f) throws IOException {
        return Files.exists(f) ? (int) Files.readString(f, StandardCharsets.UTF_8).lines().count() : 0;
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
