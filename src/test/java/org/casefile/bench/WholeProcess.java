package org.casefile.bench;

import java.io.IOException;
import java.io.PrintStream;
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
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.casefile.bench.Fmt.fmt;
import static org.casefile.bench.Fmt.round;

/**
 * The whole-process mode: the user's two commands, each a separate process timed from outside
 * with {@code /usr/bin/time -v} (wall, user + system CPU, peak RSS), on a folder built from the
 * development data ({@link WholeCorpus}):
 * <ul>
 *   <li>CoreNLP's own command line, {@code tokenize,ssplit,pos,lemma,ner}, 2 threads, JSON output;</li>
 *   <li>{@code ./casefile extract --manifest ... --threads 2 -o case.json DIR}, and with 1 thread.</li>
 * </ul>
 * Runs alternate their order from pass to pass; the median of each is reported. With
 * {@code --jfr}, one more casefile run (2 threads) under JDK Flight Recorder gives the share of
 * each stage of the whole run.
 */
final class WholeProcess {
    private static final Logger LOG = LoggerFactory.getLogger(WholeProcess.class);

    private final BenchOptions options;
    private final Path shared;
    private final Path root = Path.of("target", "whole-process").toAbsolutePath();
    private final Map<String, Object> json;

    WholeProcess(BenchOptions options, Path shared, Map<String, Object> json) {
        this.options = options;
        this.shared = shared;
        this.json = json;
    }

    /** One process's figures from {@code /usr/bin/time -v}. */
    record Run(String name, double wall, double user, double sys, long peakRssKb, int exit) {
        double cpu() {
            return user + sys;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wall_seconds", round(wall, 2));
            m.put("cpu_seconds", round(cpu(), 2));
            m.put("user_seconds", round(user, 2));
            m.put("system_seconds", round(sys, 2));
            m.put("peak_rss_mb", Math.round(peakRssKb / 1024.0));
            m.put("exit", exit);
            return m;
        }
    }

    int run(PrintStream out) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            LOG.error("/usr/bin/time is needed (apt-get install time)");
            return 2;
        }
        Files.createDirectories(root);
        WholeCorpus.Built corpus = WholeCorpus.build(shared, root, options.wholeDocs);
        LOG.info("whole-process folder: {} documents ({} MEANTIME, {} PolNeAR dev, {} TimeBank), {} words in {}",
                corpus.documents(), corpus.meantime(), corpus.polnear(), corpus.timebank(), corpus.words(), corpus.dir());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("documents", corpus.documents());
        c.put("words", corpus.words());
        c.put("meantime", corpus.meantime());
        c.put("polnear_dev", corpus.polnear());
        c.put("timebank", corpus.timebank());
        c.put("folder", corpus.dir().toString());
        json.put("whole_process_corpus", c);
        // the launcher builds the jar when it is stale: do that first, then time the JVM's start
        time("casefile --version (build)", List.of("./casefile", "--version"), Map.of());
        // the first extract after a build writes the class-data archive as it exits (the launcher's AppCDS):
        // a user pays that once per build, so it is done here, untimed, on one text
        Path warm = Files.createDirectories(root.resolve("cds-warm"));
        try (var texts = Files.list(corpus.dir())) {
            Path first = texts.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            Files.copy(first, warm.resolve(first.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        time("casefile extract (class-data archive)", List.of("./casefile", "extract", "--doc-date", "2020-01-01", "-o",
                root.resolve("cds-warm.json").toString(), warm.toString()), Map.of());
        Run version = time("casefile --version", List.of("./casefile", "--version"), Map.of());
        LOG.info("casefile --version (JVM start + launcher): {} s", fmt(version.wall(), 2));
        double[] load0 = loadAverage();
        List<Run> corenlp = new ArrayList<>();
        List<Run> two = new ArrayList<>();
        List<Run> one = new ArrayList<>();
        for (int pass = 0; pass < options.passes; pass++) {
            List<Runnable> order = new ArrayList<>();
            List<Exception> failures = new ArrayList<>();
            order.add(() -> add(failures, two, () -> casefile(corpus, 2, null)));
            if (!options.skipDefault) {
                order.add(() -> add(failures, corenlp, () -> corenlp(corpus, 2)));
            }
            order.add(() -> add(failures, one, () -> casefile(corpus, 1, null)));
            if (pass % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            order.forEach(Runnable::run);
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        }
        double[] load1 = loadAverage();
        JfrProfile profile = null;
        Run profiled = null;
        if (options.jfr) {
            Path recording = root.resolve("casefile-2t.jfr");
            Files.deleteIfExists(recording);
            profiled = casefile(corpus, 2, recording);
            Predicate<String> all = name -> true;
            profile = JfrProfile.read(recording, all);
            json.put("whole_process_profile", profileJson(profile, profiled, version));
        }
        Run cn = median(corenlp);
        Run c2 = median(two);
        Run c1 = median(one);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        j.put("passes", options.passes);
        j.put("load_average_before", load0);
        j.put("load_average_after", load1);
        j.put("casefile_version_run", version.json());
        j.put("corenlp_2_threads", cn == null ? null : cn.json());
        j.put("casefile_2_threads", c2.json());
        j.put("casefile_1_thread", c1.json());
        j.put("all_runs", allRuns(corenlp, two, one));
        if (cn != null) {
            j.put("ratio_wall_2_threads", round(cn.wall() / c2.wall(), 2));
            j.put("ratio_cpu_2_threads", round(cn.cpu() / c2.cpu(), 2));
        }
        j.put("casefile_scaling_1_to_2_threads_wall", round(c1.wall() / c2.wall(), 2));
        json.put("whole_process", j);
        print(out, corpus, version, cn, c2, c1, load0, load1, profile, profiled);
        return 0;
    }

    private interface RunSupplier {
        Run get() throws Exception;
    }

    private static void add(List<Exception> failures, List<Run> into, RunSupplier s) {
        if (!failures.isEmpty()) {
            return;
        }
        try {
            into.add(s.get());
        } catch (Exception e) {
            failures.add(e);
        }
    }

    private Run casefile(WholeCorpus.Built corpus, int threads, Path jfr) throws IOException, InterruptedException {
        Path output = root.resolve("case-" + threads + "t.json");
        Map<String, String> env = new LinkedHashMap<>();
        if (jfr != null) {
            env.put("CASEFILE_EXTRA_JAVA_OPTS", "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        Run r = time("casefile " + threads + "t" + (jfr == null ? "" : " (JFR)"), List.of("./casefile", "extract", "--manifest",
                corpus.manifest().toString(), "--threads", Integer.toString(threads), "-o", output.toString(),
                corpus.dir().toString()), env);
        if (r.exit() != 0) {
            throw new IOException("casefile exited with " + r.exit() + " (see " + root.resolve("logs") + ")");
        }
        return r;
    }

    private Run corenlp(WholeCorpus.Built corpus, int threads) throws IOException, InterruptedException {
        Path outDir = root.resolve("corenlp-out");
        MeantimeText.deleteTree(outDir);
        Files.createDirectories(outDir);
        String cp = System.getProperty("java.class.path");
        Run r = time("CoreNLP " + threads + "t", List.of("java", "-Xmx" + options.corenlpHeap, "-cp", cp,
                "edu.stanford.nlp.pipeline.StanfordCoreNLP", "-annotators", "tokenize,ssplit,pos,lemma,ner",
                "-threads", Integer.toString(threads), "-outputFormat", "json", "-filelist", corpus.fileList().toString(),
                "-outputDirectory", outDir.toString()), Map.of());
        if (r.exit() != 0) {
            throw new IOException("CoreNLP exited with " + r.exit() + " (see " + root.resolve("logs") + ")");
        }
        long written;
        try (var s = Files.list(outDir)) {
            written = s.count();
        }
        if (written != corpus.documents()) {
            throw new IOException("CoreNLP wrote " + written + " files for " + corpus.documents() + " documents");
        }
        return r;
    }

    /** Runs a command under {@code /usr/bin/time -v}, its output to {@code target/whole-process/logs}. */
    private Run time(String name, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path logs = root.resolve("logs");
        Files.createDirectories(logs);
        String file = name.replaceAll("[^A-Za-z0-9]+", "-");
        Path timeFile = logs.resolve(file + ".time");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(logs.resolve(file + ".out").toFile())
                .redirectError(logs.resolve(file + ".err").toFile());
        pb.environment().putAll(env);
        LOG.info("running {}", name);
        int exit = pb.start().waitFor();
        Run r = parse(name, Files.readString(timeFile, StandardCharsets.UTF_8), exit);
        LOG.info("{}: {} s wall, {} s CPU, peak RSS {} MB, exit {}", name, fmt(r.wall(), 2), fmt(r.cpu(), 2),
                Math.round(r.peakRssKb() / 1024.0), exit);
        return r;
    }

    static Run parse(String name, String timeOutput, int exit) {
        double wall = Double.NaN;
        double user = Double.NaN;
        double sys = Double.NaN;
        long rss = -1;
        for (String line : timeOutput.lines().map(String::strip).toList()) {
            if (line.startsWith("User time (seconds):")) {
                user = Double.parseDouble(after(line));
            } else if (line.startsWith("System time (seconds):")) {
                sys = Double.parseDouble(after(line));
            } else if (line.startsWith("Maximum resident set size (kbytes):")) {
                rss = Long.parseLong(after(line));
            } else if (line.startsWith("Elapsed (wall clock) time")) {
                wall = clock(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return new Run(name, wall, user, sys, rss, exit);
    }

    private static String after(String line) {
        return line.substring(line.lastIndexOf(':') + 1).strip();
    }

    /** {@code h:mm:ss} or {@code m:ss.ss} to seconds. */
    static double clock(String s) {
        double total = 0;
        for (String part : s.split(":")) {
            total = total * 60 + Double.parseDouble(part);
        }
        return total;
    }

    private static Run median(List<Run> runs) {
        if (runs.isEmpty()) {
            return null;
        }
        List<Run> s = new ArrayList<>(runs);
        s.sort(java.util.Comparator.comparingDouble(Run::wall));
        return s.get((s.size() - 1) / 2);
    }

    private static Map<String, Object> allRuns(List<Run> corenlp, List<Run> two, List<Run> one) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corenlp_2_threads", corenlp.stream().map(Run::json).toList());
        m.put("casefile_2_threads", two.stream().map(Run::json).toList());
        m.put("casefile_1_thread", one.stream().map(Run::json).toList());
        return m;
    }

    private Map<String, Object> profileJson(JfrProfile p, Run run, Run version) {
        Map<String, Object> m = new LinkedHashMap<>(p.json());
        m.put("run", run.json());
        m.put("cpu_shares_percent", cpuShares(p, run, version));
        return m;
    }

    /**
     * The whole run's CPU time split by stage: JVM start-up (the CPU of {@code casefile --version}),
     * the JIT compiler's threads, the GC's CPU, the flight recorder's own threads, and the rest of the
     * CPU time in proportion to the execution samples of each stage.
     */
    static Map<String, Double> cpuShares(JfrProfile p, Run run, Run version) {
        Map<String, Double> shares = new LinkedHashMap<>();
        double total = run.cpu();
        double start = Math.min(version.cpu(), total);
        double jit = Math.min(p.jitSeconds, total - start);
        double gc = Math.min(p.gcPauseSeconds, total - start - jit);
        double jfr = Math.min(p.jfrSeconds, total - start - jit - gc);
        double rest = total - start - jit - gc - jfr;
        shares.put("JVM start, launcher (casefile --version)", round(100 * start / total, 1));
        shares.put("JIT compiler threads (warm-up)", round(100 * jit / total, 1));
        shares.put("GC", round(100 * gc / total, 1));
        shares.put("flight recorder (measurement overhead)", round(100 * jfr / total, 1));
        for (Map.Entry<String, Long> e : p.samples.entrySet()) {
            shares.put(e.getKey(), round(100 * rest * e.getValue() / Math.max(1, p.totalSamples) / total, 1));
        }
        return shares;
    }

    private void print(PrintStream out, WholeCorpus.Built corpus, Run version, Run cn, Run c2, Run c1, double[] load0,
            double[] load1, JfrProfile profile, Run profiled) {
        out.printf(Locale.ROOT, "## Whole process (%d news texts, %,d words; median of %d run(s); load average %s -> %s)%n%n",
                corpus.documents(), corpus.words(), options.passes, Fmt.loadText(load0), Fmt.loadText(load1));
        TextTable t = new TextTable("command", ">threads", ">wall s", ">CPU s", ">peak RSS MB", ">words/s");
        if (cn != null) {
            t.row("CoreNLP command line, tokenize,ssplit,pos,lemma,ner (JSON)", 2, fmt(cn.wall(), 1), fmt(cn.cpu(), 1),
                    cn.peakRssKb() / 1024, Math.round(corpus.words() / cn.wall()));
        }
        t.row("./casefile extract (case JSON)", 2, fmt(c2.wall(), 1), fmt(c2.cpu(), 1), c2.peakRssKb() / 1024,
                Math.round(corpus.words() / c2.wall()));
        t.row("./casefile extract (case JSON)", 1, fmt(c1.wall(), 1), fmt(c1.cpu(), 1), c1.peakRssKb() / 1024,
                Math.round(corpus.words() / c1.wall()));
        t.row("./casefile --version (JVM start + launcher)", "", fmt(version.wall(), 2), fmt(version.cpu(), 2),
                version.peakRssKb() / 1024, "");
        out.println(t.render());
        if (cn != null) {
            out.printf(Locale.ROOT, "Ratio at 2 threads, CoreNLP / casefile: %s wall, %s CPU%n", Fmt.x(cn.wall() / c2.wall()),
                    Fmt.x(cn.cpu() / c2.cpu()));
        }
        out.printf(Locale.ROOT, "casefile 1 -> 2 threads: %s (wall)%n%n", Fmt.x(c1.wall() / c2.wall()));
        if (profile != null) {
            out.printf(Locale.ROOT, "### Where the whole run's CPU goes (casefile, 2 threads, under JFR: %s s wall, %s s CPU)%n%n",
                    fmt(profiled.wall(), 1), fmt(profiled.cpu(), 1));
            TextTable p = new TextTable("stage", ">% of CPU", ">first-last sample s");
            for (Map.Entry<String, Double> e : cpuShares(profile, profiled, version).entrySet()) {
                double[] w = profile.window.get(e.getKey());
                p.row(e.getKey(), fmt(e.getValue(), 1), w == null ? "" : fmt(w[0], 1) + "-" + fmt(w[1], 1));
            }
            out.println(p.render());
            out.printf(Locale.ROOT, "%d execution samples; %d JIT compilations (compiler threads' CPU %s s); GC CPU %s s;"
                    + " JVM start to first JFR event %s s%n%n", profile.totalSamples, profile.compilations,
                    fmt(profile.jitSeconds, 1), fmt(profile.gcPauseSeconds, 2), fmt(profile.jvmStartToRecording, 2));
            // what runs beside the workers: at 1 thread it has the other core, at 2 it takes the workers' time
            TextTable g = new TextTable("threads", ">CPU s", ">% of CPU");
            profile.cpuByThreadGroup.forEach((k, v) -> g.row(k, fmt(v, 1), fmt(100 * v / profiled.cpu(), 1)));
            g.row("GC threads (jdk.GCCPUTime)", fmt(profile.gcPauseSeconds, 1), fmt(100 * profile.gcPauseSeconds / profiled.cpu(), 1));
            out.println(g.render());
        }
    }

    private static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
