package org.casefile.pipeline;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .casefileignore} files met on the way down to a folder, for files that are not
 * sources, such as a README. Each holds one glob per line ({@code #} comments) that applies under
 * its own folder, as in {@code .gitignore}: a glob without a slash matches a file or folder name at
 * any depth ({@code *.md}), a glob with one matches the path from that folder ({@code drafts/*.txt};
 * a leading slash only anchors), a trailing slash matches folders only, and every file under a
 * matched folder is ignored. Ignored files still appear in the output, as {@code skipped}.
 */
final class IgnoreRules {
    static final String FILE_NAME = ".casefileignore";
    static final IgnoreRules NONE = new IgnoreRules(List.of());

    /** One glob of one file, with the folder it applies under. */
    private record Rule(Path folder, PathMatcher matcher, boolean byName, boolean foldersOnly) {
        boolean matches(Path path, boolean isFolder) {
            if (foldersOnly && !isFolder || !path.startsWith(folder) || path.equals(folder)) {
                return false;
            }
            return matcher.matches(byName ? path.getFileName() : folder.relativize(path));
        }
    }

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * These rules and those of {@code folder}'s own {@code .casefileignore} (a regular file, not a
     * link), if it has one.
     *
     * @throws IOException when it exists and cannot be read, or a line is no glob
     */
    IgnoreRules andThoseOf(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return this;
        }
        List<Rule> more = new ArrayList<>(rules);
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String glob = lines.get(i).strip();
            if (glob.isEmpty() || glob.startsWith("#")) {
                continue;
            }
            boolean foldersOnly = glob.endsWith("/");
            glob = glob.replaceAll("/+$", "");
            boolean byName = !glob.contains("/");
            glob = glob.replaceAll("^/+", "");
            if (glob.isEmpty()) {
                continue;
            }
            try {
                more.add(new Rule(folder, FileSystems.getDefault().getPathMatcher("glob:" + glob), byName, foldersOnly));
            } catch (IllegalArgumentException e) {
                throw new IOException("line " + (i + 1) + " is no glob: " + lines.get(i).strip() + " ("
                        + (e instanceof java.util.regex.PatternSyntaxException p ? p.getDescription() : e.getMessage()) + ")");
            }
        }
        return new IgnoreRules(more);
    }

    /** Whether a file or folder under the folders these rules came from is ignored (not what is under a folder: the walk carries that). */
    boolean ignores(Path path, boolean isFolder) {
        return rules.stream().anyMatch(r -> r.matches(path, isFolder));
    }
}
