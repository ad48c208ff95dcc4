package org.casefile.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.casefile.ingest.IngestOptions;

/**
 * Every setting of a run, built once by the command line and passed down.
 *
 * @param inputs files and folders to process
 * @param manifest the manifest CSV, or null (a {@code manifest.csv} at the top of an input folder is used when null)
 * @param modelsDir folder of our editable lists and rules
 * @param threads worker threads
 * @param ingest ingestion options (publication date fallback, limits)
 * @param stateDir where per-document results are kept so that an interrupted run resumes, or null
 */
public record Settings(List<Path> inputs, Path manifest, Path modelsDir, int threads, IngestOptions ingest, Path stateDir) {
    public Settings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(modelsDir, "modelsDir");
        Objects.requireNonNull(ingest, "ingest");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Settings without a state folder. */
    public Settings(List<Path> inputs, Path manifest, Path modelsDir, int threads, IngestOptions ingest) {
        this(inputs, manifest, modelsDir, threads, ingest, null);
    }

    /** Where our models folder is: {@code -Dcasefile.models}, else {@code models} in the working directory. */
    public static Path defaultModelsDir() {
        String prop = System.getProperty("casefile.models");
        return Path.of(prop != null ? prop : "models");
    }
}
