package org.casefile.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Rules;
import org.casefile.ingest.DocumentIds;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.SourceFile;
import org.casefile.nlp.LanguageAnnotator;
import org.casefile.nlp.ModelLoadException;
import org.casefile.timeline.CaseBuilder;
import org.casefile.timeline.CaseParts;
import org.casefile.timeline.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages over a batch: each document through {@link DocumentAnalyzer} in parallel, then
 * the case timeline. Models load once, at the first document; one instance serves any number of runs.
 * Every input file ends as a document with a status: a failure in any stage is that document's
 * status, never the end of the batch.
 */
public final class CasePipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CasePipeline.class);

    private final DocumentAnalyzer analyzer;
    private final Settings settings;
    private final Rules rules;
    private volatile boolean textsOnDisk;
    /** The dates and claims of the runs so far (read while their cases are written; closed with the pipeline). */
    private final List<PartsFile> partsFiles = new ArrayList<>();
    private volatile long lastDocumentDone = System.nanoTime();
    private volatile long lastDocumentCpu = processCpuNanos();

    /**
     * With the language models, which load on a thread of their own from here on while the first
     * files are listed, hashed and ingested ({@link DocumentAnalyzer}); a load that fails ends
     * {@link #run} with a {@link ModelLoadException}.
     */
    public CasePipeline(Settings settings) {
        this(settings, DocumentAnalyzer.loadingNow(settings));
    }

    /** How many times models were loaded (tests check that bad usage loads none). */
    public static int modelLoads() {
        return DocumentAnalyzer.modelLoads();
    }

    /** With a given annotator (shared between pipelines, e.g. in tests and benchmarks). */
    public CasePipeline(Settings settings, LanguageAnnotator annotator) {
        this(settings, new DocumentAnalyzer(settings, annotator));
    }

    private CasePipeline(Settings settings, DocumentAnalyzer analyzer) {
        this.settings = settings;
        this.analyzer = analyzer;
        this.rules = analyzer.rules();
    }

    public CaseFile run(List<Path> inputs, Progress progress) throws IOException {
        return run(inputs, Manifest.readAll(FileCollector.manifestFiles(settings.manifest(), inputs)), progress);
    }

    /** A run with a manifest read (and checked) beforehand. */
    public CaseFile run(List<Path> inputs, Manifest manifest, Progress progress) throws IOException {
        // the state folder first: one under an input folder is then known as one from the first run on
        ResultCache cache = settings.stateDir() == null ? null : new ResultCache(settings.stateDir(), fingerprint());
        FileCollector.Collected collected = FileCollector.collect(inputs, manifest);
        List<SourceFile> files = collected.files();
        List<Hashed> hashes = hashAll(files);
        PartsFile parts = textsOnDisk ? newPartsFile() : null;
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "casefile-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        List<Callable<List<DocumentExtraction>>> tasks = new ArrayList<>();
        // of files with the same content, the one processed is the first with a manifest row (its
        // publication date, title and address are the user's word), else the first in path order
        Map<String, Integer> kept = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String sha = hashes.get(i).sha();
            if (sha != null) {
                Integer k = kept.get(sha);
                if (k == null || files.get(k).manifestEntry() == null && files.get(i).manifestEntry() != null) {
                    kept.put(sha, i);
                }
            }
        }
        try {
            for (int i = 0; i < files.size(); i++) {
                SourceFile f = files.get(i);
                String sha = hashes.get(i).sha();
                if (sha == null) {
                    IngestedDocument unreadable = IngestedDocument.notParsed(pathId(f), f.displayPath(), null, null, DocumentStatus.FAILED,
                            "cannot read the file: " + hashes.get(i).problem(), null);
                    tasks.add(() -> finish(progress, done, files.size(), f, List.of(DocumentExtraction.empty(unreadable)), parts));
                    continue;
                }
                boolean processed = kept.get(sha) == i;
                if (!processed && DocumentIds.isEmptyContent(sha)) {
                    // every empty file is "empty", none the copy of another: an id of its own, by its path
                    String own = idOf(sha, f.displayPath());
                    tasks.add(() -> finish(progress, done, files.size(), f, processCached(cache, f, own, sha), parts));
                    continue;
                }
                if (!processed) {
                    String first = idOf(sha, null);
                    IngestedDocument dup = IngestedDocument.notParsed(idOf(sha, f.displayPath()), f.displayPath(), sha,
                            null, DocumentStatus.SKIPPED, "same content as " + first, first);
                    tasks.add(() -> finish(progress, done, files.size(), f, List.of(DocumentExtraction.empty(dup)), parts));
                    continue;
                }
                String id = idOf(sha, null);
                tasks.add(() -> finish(progress, done, files.size(), f, processCached(cache, f, id, sha), parts));
            }
            List<Future<List<DocumentExtraction>>> futures = submitLargestFirst(pool, tasks, files);
            List<DocumentExtraction> results = new ArrayList<>();
            for (FileCollector.Rejected r : collected.rejected()) {
                LOG.info("{}: {}: {}", r.source().displayPath(), r.status().json(), r.reason());
                results.add(DocumentExtraction.empty(IngestedDocument.notParsed(pathId(r.source()),
                        r.source().displayPath(), null, null, r.status(), r.reason(), null)));
            }
            for (Future<List<DocumentExtraction>> fu : futures) {
                results.addAll(fu.get());
            }
            if (cache != null) {
                progress.resumed(cache.reused(), cache.computed());
            }
            return new CaseBuilder(rules.names()).build(dropRepeatedAttachments(results),
                    parts == null ? CaseParts.NONE : parts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelLoadException m) {
                throw m;
            }
            throw new IllegalStateException("a worker failed outside its document's guard", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Submits the tasks largest file first, so that a big document does not start last and leave
     * the other workers idle at the end; the futures stay in path order, and so does the output.
     */
    private static List<Future<List<DocumentExtraction>>> submitLargestFirst(ExecutorService pool,
            List<Callable<List<DocumentExtraction>>> tasks, List<SourceFile> files) {
        long[] sizes = new long[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            try {
                sizes[i] = Files.size(files.get(i).file());
            } catch (IOException e) {
                sizes[i] = 0; // unreadable: its task reports it
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingLong((Integer i) -> -sizes[i]).thenComparing(i -> i));
        List<Future<List<DocumentExtraction>>> futures = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
        for (int i : order) {
            futures.set(i, pool.submit(tasks.get(i)));
        }
        return futures;
    }

    private List<DocumentExtraction> processCached(ResultCache cache, SourceFile f, String id, String sha) {
        String keyExtra = f.displayPath() + "\n" + f.manifestEntry();
        if (cache != null) {
            var cached = cache.load(sha, keyExtra);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        List<DocumentExtraction> results = analyzer.analyze(f, id, sha);
        if (cache != null) {
            cache.store(sha, keyExtra, results);
        }
        return results;
    }

    /**
     * An attachment with the same content as a file given directly (or as an earlier attachment)
     * has the same id: the later one, in path order, becomes a skipped duplicate.
     */
    public static List<DocumentExtraction> dropRepeatedAttachments(List<DocumentExtraction> results) {
        List<DocumentExtraction> sorted = new ArrayList<>(results);
        sorted.sort(java.util.Comparator.comparing((DocumentExtraction x) -> x.document().parent() != null)
                .thenComparing(x -> x.document().path()));
        Map<String, String> seen = new HashMap<>();
        List<DocumentExtraction> out = new ArrayList<>();
        for (DocumentExtraction x : sorted) {
            IngestedDocument d = x.document();
            if (seen.containsKey(d.id()) && d.sha256() != null) {
                out.add(DocumentExtraction.empty(new IngestedDocument(idOf(d.sha256(), d.path()), d.path(), d.sha256(),
                        d.mediaType(), d.title(), d.url(), d.published(), d.pageMap(), "", d.ocr(), DocumentStatus.SKIPPED,
                        "same content as " + d.id(), d.id(), d.parent())));
            } else {
                seen.put(d.id(), d.path());
                out.add(x);
            }
        }
        return out;
    }

    /** Changes when stored results change meaning (64-bit document ids): older entries are computed again. */
    private static final String RESULTS_FORMAT = "ids-" + DocumentIds.HEX_DIGITS;

    /** What a cached result depends on besides the file: versions, rules and options. */
    private String fingerprint() throws IOException {
        StringBuilder sb = new StringBuilder(org.casefile.output.Versions.casefile()).append('\n');
        sb.append(RESULTS_FORMAT).append('\n');
        // every setting a finished result depends on; not the timeout, since a result that ran out of
        // time is never kept and one that finished is the same under any timeout
        sb.append(settings.ingest().forResults()).append('\n');
        try (var files = Files.walk(settings.modelsDir())) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(p.getFileName()).append(sha256(Files.readAllBytes(p))).append('\n');
            }
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<DocumentExtraction> finish(Progress progress, AtomicInteger done, int total, SourceFile f,
            List<DocumentExtraction> x, PartsFile parts) {
        List<DocumentExtraction> kept = parts != null ? spill(x, parts) : x;
        progress.documentDone(done.incrementAndGet(), total, f.displayPath());
        lastDocumentDone = System.nanoTime();
        lastDocumentCpu = processCpuNanos();
        return kept;
    }

    /** CPU time of this process so far in nanoseconds, or -1 when the platform does not say. */
    public static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** {@link #processCpuNanos()} when the last document of the latest run was done. */
    public long lastDocumentCpu() {
        return lastDocumentCpu;
    }

    /** {@link System#nanoTime()} when the last document of the latest run was done (for timing what follows). */
    public long lastDocumentDone() {
        return lastDocumentDone;
    }

    /**
     * Keeps the texts of a document and its attachments on disk (one file per document id in the
     * run's temporary folder), and their dates, claims, mentions and event bodies ({@link
     * PartsFile}), and returns the results without them: the case build needs only ids and merge
     * keys (names, skeleton events with where their citations are), so memory does not grow with
     * the texts of the folder, and grows with its count only by those.
     */
    private List<DocumentExtraction> spill(List<DocumentExtraction> results, PartsFile parts) {
        List<DocumentExtraction> out = new ArrayList<>(results.size());
        for (DocumentExtraction kept : results) {
            DocumentExtraction x = kept;
            try {
                x = parts.keep(kept);
            } catch (IOException e) {
                LOG.warn("{}: cannot keep dates and claims on disk ({}); keeping them in memory", kept.document().path(),
                        e.getMessage());
            }
            IngestedDocument d = x.document();
            if (d.text().isEmpty()) {
                out.add(x);
                continue;
            }
            try {
                Path file = textFile(d.id());
                Files.createDirectories(file.getParent());
                Files.writeString(file, d.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.warn("{}: cannot keep the text on disk ({}); keeping it in memory", d.path(), e.getMessage());
                out.add(x);
                continue;
            }
            out.add(new DocumentExtraction(d.withoutText(), x.entities(), x.dates(), x.events(), x.claims(),
                    x.relativeDates()));
        }
        return out;
    }

    /** A new file for the dates and claims of one run, in this pipeline's temporary folder. */
    private PartsFile newPartsFile() throws IOException {
        Path dir = Files.createDirectories(analyzer.tempDir().resolve("parts"));
        PartsFile parts = new PartsFile(Files.createTempFile(dir, "run", ".json"));
        synchronized (partsFiles) {
            partsFiles.add(parts);
        }
        return parts;
    }

    private Path textFile(String documentId) {
        String safe = documentId.replaceAll("[^A-Za-z0-9_-]", "_");
        return analyzer.tempDir().resolve("texts").resolve(safe.substring(0, Math.min(3, safe.length()))).resolve(safe + ".txt");
    }

    /**
     * Keeps each document's text, dates, claims, entity mentions and event summaries, quotes and
     * triggers on disk as soon as it is done, and in memory only what the case build merges: ids,
     * names, event keys and where each citation is ({@link IngestedDocument#withoutText()},
     * {@link PartsFile}). {@link #text} reads a text back; the case {@link #run} returns then reads
     * its entities, dates, events and claims back as they are iterated, so it must be written
     * before this pipeline closes (after that, iterating one of its lists throws an
     * IllegalStateException naming the closed file, before the list gives anything). For large folders
     * (the command line uses it).
     */
    public CasePipeline withTextsOnDisk() {
        this.textsOnDisk = true;
        return this;
    }

    /** A document's text: its own, or read back from disk when it was kept there ("" when there is none). */
    public String text(IngestedDocument d) {
        if (!d.textDropped()) {
            return d.text();
        }
        try {
            return Files.readString(textFile(d.id()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the text of " + d.path() + " is no longer on disk", e);
        }
    }

    /** A folder inside this pipeline's temporary folder (removed when it closes), for files of the output. */
    public Path scratchDir() throws IOException {
        return Files.createDirectories(analyzer.tempDir().resolve("scratch"));
    }

    /** The id of a file whose content was not read (unreadable, or ignored): from its path. */
    private static String pathId(SourceFile f) {
        return DocumentIds.ofPath(f.displayPath());
    }

    /** Stable document id: from the content hash (and, for a duplicate, its path). */
    static String idOf(String sha, String duplicatePath) {
        return duplicatePath == null ? DocumentIds.of(sha) : DocumentIds.ofDuplicate(sha, duplicatePath);
    }

    /** A file's content hash, or why it could not be read (then {@code sha} is null). */
    private record Hashed(String sha, String problem) {
    }

    private static List<Hashed> hashAll(List<SourceFile> files) {
        return files.parallelStream().map(f -> {
            try (InputStream in = Files.newInputStream(f.file())) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
                return new Hashed(HexFormat.of().formatHex(md.digest()), null);
            } catch (IOException e) {
                LOG.warn("{}: cannot read: {}", f.displayPath(), e.getMessage());
                return new Hashed(null, FileCollector.why(e));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String sha256(byte[] bytes) {
        return DocumentIds.sha256(bytes);
    }

    /** Stops the parse threads and removes this pipeline's temporary folder. */
    @Override
    public void close() {
        synchronized (partsFiles) {
            for (PartsFile p : partsFiles) {
                try {
                    p.close();
                } catch (IOException e) {
                    LOG.debug("cannot close a parts file: {}", e.toString());
                }
            }
            partsFiles.clear();
        }
        analyzer.close();
    }
}
