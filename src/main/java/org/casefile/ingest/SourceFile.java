package org.casefile.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to ingest.
 *
 * @param file where it is on disk
 * @param displayPath how it is named in the output (relative to the folder that was given)
 * @param manifestEntry the manifest's row for it, or null
 */
public record SourceFile(Path file, String displayPath, Manifest.Entry manifestEntry) {
    public SourceFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayPath, "displayPath");
    }
}
