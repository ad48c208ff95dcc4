package org.casefile.pipeline.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.casefile.extract.DocumentExtraction;
import org.casefile.ingest.DocumentIds;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.pipeline.DocumentAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor's half of a job: reads a file from its Hadoop file system, and analyses it with
 * the one {@link DocumentAnalyzer} of this JVM (built at the first document, so the models load
 * once per executor and its tasks share them). Results travel as JSON strings.
 */
final class ExecutorSide {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorSide.class);
    private static final Map<String, DocumentAnalyzer> ANALYZERS = new ConcurrentHashMap<>();
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<DocumentExtraction>> RESULTS = new TypeReference<>() {
    };

    private ExecutorSide() {
    }

    static DocumentAnalyzer analyzer(ExecutorConfig config) {
        return ANALYZERS.computeIfAbsent(config.analyzerKey(), k -> {
            LOG.info("casefile: analyzer for models {} in this JVM", config.models());
            DocumentAnalyzer a = new DocumentAnalyzer(config.settings());
            Runtime.getRuntime().addShutdownHook(new Thread(a::close, "casefile-analyzer-close"));
            return a;
        });
    }

    /**
     * Makes {@code analyzer} this JVM's analyzer for {@code settings} (tests running Spark in
     * their own JVM share the models they already loaded). The caller closes it.
     */
    static void use(org.casefile.pipeline.Settings settings, DocumentAnalyzer analyzer) {
        ANALYZERS.put(ExecutorConfig.of(settings, new org.apache.hadoop.conf.Configuration(false), null, "", false).analyzerKey(), analyzer);
    }

    static byte[] read(String uri, ExecutorConfig config) throws IOException {
        Path p = new Path(URI.create(uri));
        FileSystem fs = p.getFileSystem(config.hadoopConfiguration());
        try (InputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }

    /** The content hash of a file, or null when it cannot be read. */
    static String hash(WorkItem item, ExecutorConfig config) {
        try {
            return DocumentIds.sha256(read(item.uri(), config));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: cannot read: {}", item.name(), e.toString());
            return null;
        }
    }

    /**
     * The results of the files with one content: the first (in input order) analysed, the later
     * ones skipped as its copies, exactly as the local engine marks them; a file that could not
     * be read is failed. Never throws for a bad document: whatever goes wrong is its status.
     */
    static List<String> analyseGroup(String sha, List<WorkItem> items, ExecutorConfig config) throws IOException {
        List<WorkItem> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingInt(WorkItem::index));
        List<String> out = new ArrayList<>();
        if (sha == null) {
            for (WorkItem it : sorted) {
                out.add(line(it, List.of(DocumentExtraction.empty(IngestedDocument.notParsed(DocumentIds.ofPath(it.name()),
                        it.name(), null, null, DocumentStatus.FAILED, "cannot read the file", null)))));
            }
            return out;
        }
        WorkItem first = sorted.get(0);
        String firstId = DocumentIds.of(sha);
        List<DocumentExtraction> results = analyseOne(first, sha, config);
        if (!config.keepText()) {
            results = results.stream().map(x -> new DocumentExtraction(x.document().withoutText(), x.entities(), x.dates(),
                    x.events(), x.claims(), x.relativeDates())).toList();
        }
        out.add(line(first, results));
        for (WorkItem dup : sorted.subList(1, sorted.size())) {
            if (DocumentIds.isEmptyContent(sha)) { // every empty file is empty, none the copy of another
                out.add(line(dup, List.of(DocumentExtraction.empty(IngestedDocument.notParsed(DocumentIds.ofDuplicate(sha,
                        dup.name()), dup.name(), sha, null, DocumentStatus.EMPTY, IngestedDocument.EMPTY_FILE, null)))));
                continue;
            }
            out.add(line(dup, List.of(DocumentExtraction.empty(IngestedDocument.notParsed(DocumentIds.ofDuplicate(sha, dup.name()),
                    dup.name(), sha, null, DocumentStatus.SKIPPED, "same content as " + firstId, firstId)))));
        }
        return out;
    }

    private static List<DocumentExtraction> analyseOne(WorkItem item, String sha, ExecutorConfig config) {
        StateStore state = config.state() == null ? null : new StateStore(config);
        if (state != null) {
            List<DocumentExtraction> kept = state.load(item, sha);
            if (kept != null) {
                return kept;
            }
        }
        List<DocumentExtraction> results;
        try {
            byte[] content = read(item.uri(), config);
            results = analyzer(config).analyze(item.name(), content, item.row() == null ? null : item.row().entry());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bad document fails alone: its task goes on with the next one
            String reason = "failed on the executor: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
            LOG.warn("{}: {}", item.name(), reason);
            return List.of(DocumentExtraction.empty(IngestedDocument.notParsed(DocumentIds.of(sha), item.name(), sha, null,
                    DocumentStatus.FAILED, reason, null)));
        }
        if (state != null) {
            state.store(item, sha, results);
        }
        return results;
    }

    /** "index TAB json": the driver orders and de-duplicates by the index. */
    private static String line(WorkItem item, List<DocumentExtraction> results) throws IOException {
        return item.index() + "\t" + JSON.writeValueAsString(results);
    }

    static List<DocumentExtraction> parse(String json) throws IOException {
        return JSON.readValue(json, RESULTS);
    }

    /**
     * Per-document results kept in a folder of any Hadoop file system ({@code --state}), so that
     * a job run again after a failure or a cancel does not analyse a document twice. Keyed by the
     * content, its name, its manifest row and everything else the result depends on.
     */
    private static final class StateStore {
        private final ExecutorConfig config;

        StateStore(ExecutorConfig config) {
            this.config = config;
        }

        private Path entry(WorkItem item, String sha) {
            String key = DocumentIds.sha256((config.fingerprint() + "\n" + sha + "\n" + item.name() + "\n" + item.row())
                    .getBytes(StandardCharsets.UTF_8));
            return new Path(new Path(config.state(), key.substring(0, 2)), key + ".json");
        }

        List<DocumentExtraction> load(WorkItem item, String sha) {
            Path p = entry(item, sha);
            try {
                FileSystem fs = p.getFileSystem(config.hadoopConfiguration());
                if (!fs.exists(p)) {
                    return null;
                }
                try (InputStream in = fs.open(p)) {
                    List<DocumentExtraction> r = JSON.readValue(in, RESULTS);
                    return r.isEmpty() || !sha.equals(r.get(0).document().sha256()) ? null : r;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("state entry {} unreadable ({}); processing again", p, e.toString());
                return null;
            }
        }

        /** Keeps a result; one that ran out of time is not kept, so a resumed job tries its file again (as the local engine does). */
        void store(WorkItem item, String sha, List<DocumentExtraction> results) {
            if (results.stream().anyMatch(x -> x.document().timedOut())) {
                return;
            }
            Path p = entry(item, sha);
            Path tmp = new Path(p.getParent(), "." + p.getName() + "." + java.util.UUID.randomUUID() + ".tmp");
            try {
                FileSystem fs = p.getFileSystem(config.hadoopConfiguration());
                fs.mkdirs(p.getParent());
                try (OutputStream out = fs.create(tmp, true)) {
                    JSON.writeValue(out, results);
                }
                if (!fs.rename(tmp, p)) {
                    fs.delete(tmp, false); // another attempt of the same task stored it first
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot write state entry {}: {}", p, e.toString());
            }
        }
    }
}
