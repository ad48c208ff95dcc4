package org.casefile.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.SourceFile;

/**
 * Lists the files to process: each given file, and every file under each given folder (recursed,
 * in name order), without hidden files and folders and without the manifest itself; files that
 * a folder's {@code .casefileignore} names are listed apart.
 */
public final class FileCollector {
    private FileCollector() {
    }

    /** The files to process, and those a {@code .casefileignore} leaves out. */
    public record Collected(List<SourceFile> files, List<SourceFile> ignored) {
    }

    public static Collected collect(List<Path> inputs, Manifest manifest) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        List<SourceFile> ignored = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                IgnoreRules ignore = IgnoreRules.of(input);
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        Path rel = input.relativize(f);
                        if (isHidden(rel) || manifest.isManifestFile(f)) {
                            continue;
                        }
                        String display = input.resolve(rel).toString().replace('\\', '/');
                        SourceFile source = new SourceFile(f, display, manifest.entryFor(f).orElse(null));
                        (ignore.ignores(rel) ? ignored : out).add(source);
                    }
                }
            } else if (Files.isRegularFile(input)) {
                out.add(new SourceFile(input, input.toString(), manifest.entryFor(input).orElse(null)));
            } else {
                throw new IOException("no such file or folder: " + input);
            }
        }
        return new Collected(out, ignored);
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
