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
 * in name order), without hidden files and folders and without the manifest itself.
 */
public final class FileCollector {
    private FileCollector() {
    }

    public static List<SourceFile> collect(List<Path> inputs, Manifest manifest) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        Path rel = input.relativize(f);
                        if (isHidden(rel) || manifest.isManifestFile(f)) {
                            continue;
                        }
                        String display = input.resolve(rel).toString().replace('\\', '/');
                        out.add(new SourceFile(f, display, manifest.entryFor(f).orElse(null)));
                    }
                }
            } else if (Files.isRegularFile(input)) {
                out.add(new SourceFile(input, input.toString(), manifest.entryFor(input).orElse(null)));
            } else {
                throw new IOException("no such file or folder: " + input);
            }
        }
        return out;
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
