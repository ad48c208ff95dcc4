package org.casefile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casefile.bench.TikaBench.TikaStage;
import org.casefile.extract.Extractor;
import org.casefile.extract.RuleExtractor;
import org.casefile.extract.Rules;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Tesseract;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.nlp.SentenceSelector;
import org.casefile.nlp.Sentence;
import org.casefile.output.CaseJsonWriter;
import org.casefile.pipeline.CasePipeline;
import org.casefile.pipeline.Progress;
import org.casefile.pipeline.Settings;
import org.casefile.timeline.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.casefile.bench.Fmt.MB;
import static org.casefile.bench.Fmt.fmt;
import static org.casefile.bench.Fmt.round;

/**
 * The benchmark harness (a plain {@code main}, not a test). One run measures, side by side:
 * casefile's whole pipeline, casefile's language layer plus extraction alone, CoreNLP's default
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline on the same extracted texts, and Tika ingestion
 * alone, each on 1 and 2 threads where it applies; plus load times, memory and where the time
 * goes. Logs go to stderr, the tables to stdout.
 *
 * <pre>
 * mvn -B -q -Pbench test-compile exec:exec                          # full run
 * mvn -B -q -Pbench test-compile exec:exec -Dbench.args="--quick"   # CI-sized run
 * mvn -B -q -Pbench test-compile exec:exec -Dbench.args="--passes 5 --json target/bench.json"
 * </pre>
 */
public final class Benchmark {
    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    static final int[] THREADS = {1, 2};

    private final BenchOptions options;
    private final PrintStream out;
    private final Path models;
    private final Path shared;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Sampler sampler;

    private Benchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.models = Settings.defaultModelsDir();
        this.shared = Path.of(System.getProperty("casefile.shared", "../shared"));
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        // anything a library prints must not mix with the table
        System.setOut(System.err);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Benchmark: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            out.print(BenchOptions.USAGE);
            return;
        }
        int rc;
        try {
            rc = new Benchmark(options, out).run();
        } catch (Exception | Error e) {
            LOG.error("benchmark failed", e);
            rc = 1;
        }
        out.flush();
        System.exit(rc);
    }

    // ------------------------------------------------------------------ the run

    private int run() throws Exception {
        long start = System.nanoTime();
        if (!Files.isDirectory(models)) {
            LOG.error("models folder not found: {} (set -Dcasefile.models)", models.toAbsolutePath());
            return 2;
        }
        double[] loadBefore = loadAverage();
        environment(loadBefore);
        if (options.wholeProcess) {
            int rc = new WholeProcess(options, shared, json).run(out);
            writeJson();
            return rc;
        }
        List<Path> tempDirs = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> tempDirs.forEach(MeantimeText::deleteTree)));
        List<Path> inputs = inputs(tempDirs);
        if (inputs.isEmpty()) {
            LOG.error("no input folders");
            return 2;
        }
        List<Path> ocrExtra = ocrExtra();
        sampler = new Sampler(options.profileMillis);
        try {
            TikaStage tika = new TikaBench(options, sampler, json, notes).run(inputs, ocrExtra);
            if (tika.okDocs().isEmpty()) {
                LOG.error("no document was ingested ok: nothing to benchmark");
                return 1;
            }
            NlpStage casefile = casefileStage(inputs, tika);
            NlpStage standard = options.skipDefault ? null : defaultStage(tika);
            Map<String, Object> process = processMemory();
            json.put("process", process);
            double[] loadAfter = loadAverage();
            double elapsed = (System.nanoTime() - start) / 1e9;
            json.put("load_average_after", loadAfter);
            json.put("elapsed_seconds", round(elapsed, 1));
            new BenchReport(options, json, notes).print(out, inputs, tika, casefile, standard, process, loadBefore, loadAfter, elapsed);
        } finally {
            sampler.close();
        }
        writeJson();
        return 0;
    }

    private void writeJson() throws IOException {
        if (options.json != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Path parent = options.json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            mapper.writeValue(options.json.toFile(), json);
            LOG.info("wrote {}", options.json);
        }
    }

    private void environment(double[] load) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        env.put("commit", gitCommit());
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / MB));
        env.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        env.put("tesseract", Tesseract.isInstalled() ? tesseractVersion() : "not installed");
        env.put("load_average_before", load);
        env.put("under_load", load != null && load[0] > 1.0);
        env.put("passes", options.passes);
        env.put("warmup_passes", options.warmup);
        env.put("quick", options.quick);
        json.put("environment", env);
        LOG.info("benchmark: {} timed pass(es) after {} warm-up pass(es); load average {}", options.passes,
                options.warmup, load == null ? "?" : String.format(Locale.ROOT, "%.2f %.2f %.2f", load[0], load[1], load[2]));
    }

    /** The input folders: --input, else corpus/ (+ the shared court PDFs and MEANTIME texts unless --quick). */
    private List<Path> inputs(List<Path> tempDirs) throws IOException {
        List<Path> inputs = new ArrayList<>();
        Map<String, Object> corpus = new LinkedHashMap<>();
        if (!options.inputs.isEmpty()) {
            for (Path p : options.inputs) {
                if (!Files.exists(p)) {
                    throw new IOException("no such input: " + p);
                }
                inputs.add(p);
            }
        } else {
            Path own = Path.of("corpus");
            if (!Files.isDirectory(own)) {
                throw new IOException("corpus/ not found in " + Path.of("").toAbsolutePath() + " (run from the project folder)");
            }
            inputs.add(own);
            if (!options.quick) {
                Path court = shared.resolve("corpus/court-pdfs/text_layer");
                if (Files.isDirectory(court)) {
                    inputs.add(court);
                } else {
                    notes.add("court PDFs not found (" + court + "): left out");
                }
                Path cat = shared.resolve("corpus/news-annotated/meantime-airbus/intra_cross-doc_annotation/corpus_airbus");
                if (Files.isDirectory(cat)) {
                    Path dir = Files.createTempDirectory("casefile-bench-meantime-");
                    tempDirs.add(dir);
                    List<Path> texts = MeantimeText.convertAll(cat, dir);
                    LOG.info("converted {} MEANTIME CAT XML files to text in {}", texts.size(), dir);
                    inputs.add(dir);
                    corpus.put("meantime_texts", texts.size());
                } else {
                    notes.add("MEANTIME not found (" + cat + "): left out");
                }
            }
        }
        corpus.put("inputs", inputs.stream().map(Path::toString).toList());
        json.put("corpus", corpus);
        return inputs;
    }

    /** Scanned PDFs measured by the Tika stage only (OCR pages/s). */
    private List<Path> ocrExtra() throws IOException {
        List<Path> dirs = new ArrayList<>(options.ocrInputs);
        if (dirs.isEmpty() && !options.quick && !options.noOcrExtra && Tesseract.isInstalled()) {
            Path scanned = shared.resolve("corpus/court-pdfs/scanned");
            if (Files.isDirectory(scanned)) {
                dirs.add(scanned);
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                            .filter(p -> {
                                try {
                                    return Files.size(p) > 0;
                                } catch (IOException e) {
                                    return false;
                                }
                            }).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(d)) {
                files.add(d);
            } else {
                throw new IOException("no such OCR input: " + d);
            }
        }
        return files;
    }

    // ------------------------------------------------------------------ stage 2: casefile

    record NlpStage(double loadSeconds, double loadCpuSeconds, double readySeconds, long tokens, int docs, List<Measure> whole,
            List<Measure> nlpOnly, Map<String, Long> profile, Map<String, Object> memory, double[] cpu) {
    }

    private NlpStage casefileStage(List<Path> inputs, TikaStage tika) throws Exception {
        LOG.info("== casefile");
        long baseline = Sampler.liveHeap();
        sampler.resetPeaks();
        Rules rules = Rules.load(models);
        SentenceSelector selector = productionSentenceSelector(rules);
        long c0 = CpuShare.processAndChildrenCpuNanos();
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(models, selector);
        double load = (System.nanoTime() - t0) / 1e9;
        double loadCpu = (CpuShare.processAndChildrenCpuNanos() - c0) / 1e9;
        long t1 = System.nanoTime();
        CasePipeline[] pipelines = new CasePipeline[THREADS.length];
        pipelines[0] = new CasePipeline(settings(inputs, THREADS[0]), annotator);
        double ready = load + (System.nanoTime() - t1) / 1e9;
        for (int i = 1; i < THREADS.length; i++) {
            pipelines[i] = new CasePipeline(settings(inputs, THREADS[i]), annotator);
        }
        long heapAfterLoad = Sampler.liveHeap();
        LOG.info("casefile models loaded in {} s ({} s to a ready pipeline); live heap {} MB",
                fmt(load, 2), fmt(ready, 2), Math.round(heapAfterLoad / MB));
        try {
            Extractor extractor = new RuleExtractor(rules);
            CaseJsonWriter writer = new CaseJsonWriter(false);
            List<IngestedDocument> docs = tika.okDocs();
            // one pass through the annotator: the token count (and the first warm-up of the NLP code)
            long tokens = 0;
            for (IngestedDocument d : docs) {
                AnnotatedDocument a = annotator.annotate(d);
                for (Sentence s : a.sentences()) {
                    tokens += s.tokens().size();
                }
            }
            LOG.info("casefile: {} ok documents, {} CoreNLP tokens", docs.size(), tokens);
            int okInPipeline = 0;
            for (int w = 0; w < options.warmup; w++) {
                CaseFile c = whole(pipelines[pipelines.length - 1], inputs, writer);
                okInPipeline = (int) c.documents().stream().filter(d -> d.status() == DocumentStatus.OK).count();
                LOG.info("casefile warm-up pass {} done: {} documents, {} ok, {} events", w + 1, c.documents().size(),
                        okInPipeline, c.events().size());
            }
            if (okInPipeline != docs.size()) {
                notes.add("the pipeline had " + okInPipeline + " ok documents, Tika alone " + docs.size()
                        + ": documents/s use the pipeline's count, tokens/s the Tika-stage token count");
            }
            CpuShare cpuStart = CpuShare.now();
            // largest document first, as CasePipeline submits them
            List<IngestedDocument> largestFirst = docs.stream()
                    .sorted(java.util.Comparator.comparingInt((IngestedDocument d) -> -d.text().length())).toList();
            ExecutorService[] pools = pools();
            List<Measure> nlpOnly;
            try {
                // first, and warmed up until the JIT settles (ThreadSweep): the NLP code is then
                // compiled for the whole-pipeline passes too, whose other part (Tika) the Tika stage warmed
                nlpOnly = Measure.of(ThreadSweep.run("casefile NLP + extraction", THREADS, 1, options.maxWarmupRounds, options.passes,
                        threads -> timeParallel(pools[threadIndex(threads)], largestFirst,
                                d -> extractor.extract(annotator.annotate(d)))), docs.size(), tokens);
            } finally {
                for (ExecutorService p : pools) {
                    p.shutdownNow();
                }
            }
            Map<String, Long> profile = new LinkedHashMap<>();
            List<Measure> whole = Measure.of(ThreadSweep.run("casefile whole pipeline", THREADS, 0, 0, options.passes,
                    sampledAtOneThread(profile, threads -> whole(pipelines[threadIndex(threads)], inputs, writer))),
                    okInPipeline, tokens);
            double[] cpu = CpuShare.now().since(cpuStart);
            Map<String, Object> memory = sampler.memoryJson(baseline, heapAfterLoad);
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("load_seconds", round(load, 3));
            j.put("load_cpu_seconds", round(loadCpu, 3));
            j.put("load_seconds_reported_by_annotator", round(annotator.loadSeconds(), 3));
            j.put("ready_seconds", round(ready, 3));
            j.put("ok_documents", okInPipeline);
            j.put("tokens", tokens);
            j.put("tokens_counted_as", "CoreNLP tokens from casefile's own annotator, ok documents");
            j.put("whole_pipeline", whole.stream().map(Measure::json).toList());
            j.put("nlp_and_extraction_only", nlpOnly.stream().map(Measure::json).toList());
            j.put("profile_1_thread_whole_pipeline_samples", profile);
            j.put("memory", memory);
            j.put("cpu_cores_during_timed_passes", Fmt.cpuJson(cpu));
            json.put("casefile", j);
            return new NlpStage(load, loadCpu, ready, tokens, okInPipeline, whole, nlpOnly, profile, memory, cpu);
        } finally {
            for (CasePipeline p : pipelines) {
                p.close();
            }
        }
    }

    private static CaseFile whole(CasePipeline pipeline, List<Path> inputs, CaseJsonWriter writer) throws IOException {
        CaseFile c = pipeline.run(inputs, Progress.NONE);
        writer.write(c, OutputStream.nullOutputStream());
        return c;
    }

    private Settings settings(List<Path> inputs, int threads) {
        return new Settings(inputs, null, models, threads, IngestOptions.defaults());
    }

    /** The sentence selector production uses, so the benchmark measures exactly what the CLI runs. */
    private static SentenceSelector productionSentenceSelector(Rules rules) {
        return org.casefile.pipeline.SentenceSelection.forRules(rules);
    }

    // ------------------------------------------------------------------ stage 3: CoreNLP defaults

    private NlpStage defaultStage(TikaStage tika) throws Exception {
        LOG.info("== CoreNLP default pipeline (tokenize,ssplit,pos,lemma,ner; all defaults)");
        // casefile's annotators sit in CoreNLP's global pool: a fair load time starts without them
        StanfordCoreNLP.clearAnnotatorPool();
        long baseline = Sampler.liveHeap();
        sampler.resetPeaks();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        long c0 = CpuShare.processAndChildrenCpuNanos();
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        double loadCpu = (CpuShare.processAndChildrenCpuNanos() - c0) / 1e9;
        long heapAfterLoad = Sampler.liveHeap();
        LOG.info("default pipeline loaded in {} s; live heap {} MB", fmt(load, 2), Math.round(heapAfterLoad / MB));
        List<String> texts = tika.okDocs().stream().map(IngestedDocument::text).toList();
        AtomicLong tokenCounter = new AtomicLong();
        ExecutorService warmPool = workers(THREADS[THREADS.length - 1]);
        try {
            for (int w = 0; w < options.warmup; w++) {
                tokenCounter.set(0);
                double s = timeParallel(warmPool, texts, t -> {
                    Annotation a = new Annotation(t);
                    nlp.annotate(a);
                    tokenCounter.addAndGet(a.get(CoreAnnotations.TokensAnnotation.class).size());
                });
                LOG.info("default warm-up pass {} done in {} s ({} tokens)", w + 1, fmt(s, 1), tokenCounter.get());
            }
        } finally {
            warmPool.shutdownNow();
        }
        long tokens = tokenCounter.get();
        CpuShare cpuStart = CpuShare.now();
        Map<String, Long> profile = new LinkedHashMap<>();
        ExecutorService[] pools = pools();
        List<Measure> runs;
        try {
            // no settling rounds: a pass of this pipeline takes 10 times casefile's, so its JIT settles
            // within the warm-up passes above (the JIT CPU column of the report shows it)
            runs = Measure.of(ThreadSweep.run("default pipeline", THREADS, 0, 0, options.passes, sampledAtOneThread(profile,
                    threads -> timeParallel(pools[threadIndex(threads)], texts, t -> nlp.annotate(new Annotation(t))))),
                    texts.size(), tokens);
        } finally {
            for (ExecutorService p : pools) {
                p.shutdownNow();
            }
        }
        double[] cpu = CpuShare.now().since(cpuStart);
        LOG.info("CoreNLP's own timing (all passes, warm-up included):\n{}", nlp.timingInformation());
        Map<String, Object> memory = sampler.memoryJson(baseline, heapAfterLoad);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("annotators", props.getProperty("annotators"));
        j.put("load_seconds", round(load, 3));
        j.put("load_cpu_seconds", round(loadCpu, 3));
        j.put("documents", texts.size());
        j.put("tokens", tokens);
        j.put("tokens_counted_as", "CoreNLP tokens from this pipeline's own tokenizer");
        j.put("runs", runs.stream().map(Measure::json).toList());
        j.put("corenlp_timing_information", nlp.timingInformation());
        j.put("profile_1_thread_samples", profile);
        j.put("memory", memory);
        j.put("cpu_cores_during_timed_passes", Fmt.cpuJson(cpu));
        json.put("default_corenlp", j);
        return new NlpStage(load, loadCpu, load, tokens, texts.size(), runs, List.of(), profile, memory, cpu);
    }

    // ------------------------------------------------------------------ helpers

    /** {@code pass}, with its 1-thread passes stack-sampled and their samples added to {@code profile}. */
    private ThreadSweep.Pass sampledAtOneThread(Map<String, Long> profile, ThreadSweep.Pass pass) {
        return threads -> {
            if (threads != 1) {
                pass.run(threads);
                return;
            }
            sampler.openProfile();
            try {
                pass.run(threads);
            } finally {
                sampler.closeProfile().forEach((k, v) -> profile.merge(k, v, Long::sum));
            }
        };
    }

    /** One worker pool per entry of {@link #THREADS}. */
    private static ExecutorService[] pools() {
        ExecutorService[] pools = new ExecutorService[THREADS.length];
        for (int i = 0; i < THREADS.length; i++) {
            pools[i] = workers(THREADS[i]);
        }
        return pools;
    }

    private static int threadIndex(int threads) {
        for (int i = 0; i < THREADS.length; i++) {
            if (THREADS[i] == threads) {
                return i;
            }
        }
        throw new IllegalArgumentException("no pool for " + threads + " threads");
    }

    private static ExecutorService workers(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} on every item, {@code pool}'s threads taking items in order; returns the wall time. */
    private static <T> double timeParallel(ExecutorService pool, List<T> items, Consumer<T> work) throws Exception {
        long s = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> work.accept(item)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark task failed", e.getCause());
        }
        return (System.nanoTime() - s) / 1e9;
    }

    private static Map<String, Object> processMemory() {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
                    String[] parts = line.split("\\s+");
                    m.put(parts[0].substring(0, parts[0].length() - 1) + "_mb", Math.round(Long.parseLong(parts[1]) / 1024.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            m.put("error", "cannot read /proc/self/status: " + e.getMessage());
        }
        return m;
    }

    private static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String gitCommit() {
        return firstLine(new ProcessBuilder("git", "rev-parse", "--short", "HEAD"));
    }

    private static String tesseractVersion() {
        return firstLine(new ProcessBuilder("tesseract", "--version"));
    }

    private static String firstLine(ProcessBuilder pb) {
        try {
            Process p = pb.redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return text.lines().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Small statistics. */
    static final class Stats {
        private Stats() {
        }

        static double median(List<Double> xs) {
            if (xs.isEmpty()) {
                return Double.NaN;
            }
            List<Double> s = new ArrayList<>(xs);
            s.sort(Double::compare);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }
    }
}
