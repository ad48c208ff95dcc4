package org.casefile.pipeline;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder's {@code .casefileignore}: one glob per line (relative to the folder, {@code #}
 * comments), for files that are not sources, such as a README. Ignored files still appear in
 * the output, as {@code skipped}.
 */
final class IgnoreRules {
    static final String FILE_NAME = ".casefileignore";
    private final List<PathMatcher> matchers;

    private IgnoreRules(List<PathMatcher> matchers) {
        this.matchers = List.copyOf(matchers);
    }

    static IgnoreRules of(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        List<PathMatcher> matchers = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                String glob = line.strip();
                if (!glob.isEmpty() && !glob.startsWith("#")) {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                }
            }
        }
        return new IgnoreRules(matchers);
    }

    boolean ignores(Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
