package org.casefile.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Extractor;
import org.casefile.extract.RuleExtractor;
import org.casefile.extract.Rules;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Ingester;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.SourceFile;
import org.casefile.ingest.TikaIngester;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.nlp.LanguageAnnotator;
import org.casefile.timeline.CaseBuilder;
import org.casefile.timeline.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages over a batch: ingest, annotate, extract in parallel per document, then the
 * case timeline. Models load once, in the constructor; one instance serves any number of runs.
 * Every input file ends as a document with a status: a failure in any stage is that document's
 * status, never the end of the batch.
 */
public final class CasePipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CasePipeline.class);

    private final TikaIngester ingester;
    private final LanguageAnnotator annotator;
    private final Extractor extractor;
    private final Settings settings;

    public CasePipeline(Settings settings) {
        this(settings, new CoreNlpAnnotator(settings.modelsDir(), SentenceSelection.forRules(Rules.load(settings.modelsDir()))));
    }

    /** With a given annotator (shared between pipelines, e.g. in tests and benchmarks). */
    public CasePipeline(Settings settings, LanguageAnnotator annotator) {
        this.settings = settings;
        this.ingester = new TikaIngester(settings.ingest());
        this.annotator = annotator;
        this.extractor = new RuleExtractor(Rules.load(settings.modelsDir()));
    }

    public CaseFile run(List<Path> inputs, Progress progress) throws IOException {
        Manifest manifest = manifest(inputs);
        FileCollector.Collected collected = FileCollector.collect(inputs, manifest);
        List<SourceFile> files = collected.files();
        List<String> hashes = hashAll(files);
        Map<String, String> firstIdByHash = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "casefile-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        List<Future<DocumentExtraction>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                SourceFile f = files.get(i);
                String sha = hashes.get(i);
                if (sha == null) {
                    futures.add(pool.submit(() -> finish(progress, done, files.size(),
                            DocumentExtraction.empty(IngestedDocument.notParsed(idOf(f.displayPath(), ""), f.displayPath(),
                                    null, null, DocumentStatus.FAILED, "cannot read the file", null)))));
                    continue;
                }
                String first = firstIdByHash.get(sha);
                if (first != null) {
                    IngestedDocument dup = IngestedDocument.notParsed(idOf(sha, f.displayPath()), f.displayPath(), sha,
                            null, DocumentStatus.SKIPPED, "same content as " + first, first);
                    futures.add(pool.submit(() -> finish(progress, done, files.size(), DocumentExtraction.empty(dup))));
                    continue;
                }
                String id = idOf(sha, null);
                firstIdByHash.put(sha, id);
                futures.add(pool.submit(() -> finish(progress, done, files.size(), process(f, id, sha))));
            }
            List<DocumentExtraction> results = new ArrayList<>();
            for (SourceFile f : collected.ignored()) {
                results.add(DocumentExtraction.empty(IngestedDocument.notParsed(idOf(sha256(f.displayPath().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), null), f.displayPath(), null, null,
                        DocumentStatus.SKIPPED, "ignored by " + IgnoreRules.FILE_NAME, null)));
            }
            for (Future<DocumentExtraction> fu : futures) {
                results.add(fu.get());
            }
            return new CaseBuilder().build(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside its document's guard", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static DocumentExtraction finish(Progress progress, AtomicInteger done, int total, DocumentExtraction x) {
        progress.documentDone(done.incrementAndGet(), total, x.document().path());
        return x;
    }

    /** One document through every stage; whatever goes wrong becomes its status. */
    DocumentExtraction process(SourceFile file, String id, String sha) {
        IngestedDocument doc = ingester.ingest(file, id, sha);
        if (!doc.isOk()) {
            return DocumentExtraction.empty(doc);
        }
        String stage = "nlp";
        try {
            var annotated = annotator.annotate(doc);
            stage = "extract";
            return extractor.extract(annotated);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String reason = "failed in the " + stage + " stage: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
            LOG.warn("{}: {}", file.displayPath(), reason);
            LOG.debug("stack trace", e);
            return DocumentExtraction.empty(doc.withStatus(DocumentStatus.FAILED, reason));
        }
    }

    private Manifest manifest(List<Path> inputs) throws IOException {
        if (settings.manifest() != null) {
            return Manifest.read(settings.manifest());
        }
        for (Path input : inputs) {
            Path candidate = input.resolve("manifest.csv");
            if (Files.isDirectory(input) && Files.isRegularFile(candidate)) {
                LOG.info("using manifest {}", candidate);
                return Manifest.read(candidate);
            }
        }
        return Manifest.EMPTY;
    }

    /** Stable document id: from the content hash (and, for a duplicate, its path). */
    static String idOf(String sha, String duplicatePath) {
        if (duplicatePath == null) {
            return "d" + sha.substring(0, 12);
        }
        return "d" + sha256((sha + "\n" + duplicatePath).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
    }

    private static List<String> hashAll(List<SourceFile> files) {
        return files.parallelStream().map(f -> {
            try (InputStream in = Files.newInputStream(f.file())) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
                return HexFormat.of().formatHex(md.digest());
            } catch (IOException e) {
                LOG.warn("{}: cannot read: {}", f.displayPath(), e.getMessage());
                return (String) null;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ingester.close();
    }
}
