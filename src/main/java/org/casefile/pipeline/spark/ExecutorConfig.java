package org.casefile.pipeline.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.casefile.ingest.IngestOptions;
import org.casefile.pipeline.Settings;

/**
 * What an executor needs to analyse documents as the driver would: the models folder (a path
 * present on every node), the ingest options, the Hadoop settings of the driver (credentials and
 * endpoints for {@code s3a:} and the like), the state folder for resuming, if any, and whether
 * the driver wants the documents' texts (else only their lengths travel back: the case build
 * needs ids and citations).
 */
record ExecutorConfig(String models, String docDate, long timeoutMillis, long maxBytes, int maxChars, String ocrLanguage,
        Map<String, String> hadoop, String state, String fingerprint, boolean keepText) implements Serializable {
    private static final long serialVersionUID = 1L;

    static ExecutorConfig of(Settings s, Configuration hadoop, String state, String fingerprint, boolean keepText) {
        IngestOptions o = s.ingest();
        Map<String, String> conf = new java.util.HashMap<>();
        hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
        return new ExecutorConfig(s.modelsDir().toAbsolutePath().toString(), o.docDate() == null ? null : o.docDate().toString(),
                o.timeout().toMillis(), o.maxBytes(), o.maxChars(), o.ocrLanguage(), Map.copyOf(conf), state, fingerprint, keepText);
    }

    Settings settings() {
        IngestOptions o = new IngestOptions(docDate == null ? null : LocalDate.parse(docDate), Duration.ofMillis(timeoutMillis),
                maxBytes, maxChars, ocrLanguage);
        return new Settings(List.of(), null, Path.of(models), 1, o);
    }

    Configuration hadoopConfiguration() {
        Configuration c = new Configuration(false);
        hadoop.forEach(c::set);
        return c;
    }

    /** What identifies an analyzer: two jobs with the same models and options share one per JVM. */
    String analyzerKey() {
        return models + "|" + docDate + "|" + timeoutMillis + "|" + maxBytes + "|" + maxChars + "|" + ocrLanguage;
    }
}
