package org.casefile.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JDK Flight Recorder recording's time went: its execution samples (Java threads running
 * Java code, not at safepoints) counted by {@link Stages stage}, plus the JIT compiler's and the
 * garbage collector's time from their own events (their threads are not sampled).
 */
final class JfrProfile {
    /** Samples by stage, largest first. */
    final Map<String, Long> samples;
    /** Samples by thread-name prefix (digits dropped), largest first. */
    final Map<String, Long> threads;
    final long totalSamples;
    /** CPU of the JIT compiler threads ({@code jdk.ThreadCPULoad} of the compiler threads, times the cores and intervals). */
    final double jitSeconds;
    /** Number of compilations. */
    final long compilations;
    /** CPU of the garbage collector ({@code jdk.GCCPUTime}: user + system). */
    final double gcPauseSeconds;
    /** CPU of the flight recorder's own threads (its overhead). */
    final double jfrSeconds;
    /** Time of the first and the last sample of each stage, seconds after the first event of the recording. */
    final Map<String, double[]> window;
    /** From the JVM's start to the recording's first event, seconds (JVM start-up not covered by samples). */
    final double jvmStartToRecording;
    /**
     * CPU seconds by group of Java threads ({@link #threadGroup}), from {@code jdk.ThreadCPULoad}: what
     * ran beside the workers (the JIT compiler, the model load, the main thread). GC threads are no
     * Java threads: {@link #gcPauseSeconds} has theirs.
     */
    final Map<String, Double> cpuByThreadGroup;

    private JfrProfile(Map<String, Long> samples, Map<String, Long> threads, long totalSamples, double jitSeconds,
            long compilations, double gcPauseSeconds, double jfrSeconds, Map<String, double[]> window, double jvmStartToRecording,
            Map<String, Double> cpuByThreadGroup) {
        this.samples = samples;
        this.threads = threads;
        this.totalSamples = totalSamples;
        this.jitSeconds = jitSeconds;
        this.compilations = compilations;
        this.gcPauseSeconds = gcPauseSeconds;
        this.jfrSeconds = jfrSeconds;
        this.window = window;
        this.jvmStartToRecording = jvmStartToRecording;
        this.cpuByThreadGroup = cpuByThreadGroup;
    }

    /** The group a Java thread's CPU is counted under in {@link #cpuByThreadGroup}. */
    static String threadGroup(String name) {
        if (name.startsWith("casefile-worker")) {
            return "workers (language layer, extraction, ingest)";
        } else if (name.contains("CompilerThread")) {
            return "JIT compiler threads";
        } else if (name.equals("casefile-model-load") || name.matches("Thread-\\d+")) {
            return "model load threads (and other unnamed ones)";
        } else if (name.equals("main")) {
            return "main (listing, hashing, case build, writing)";
        } else if (name.startsWith("JFR ")) {
            return "flight recorder";
        } else if (name.startsWith("casefile-parse")) {
            return "parse watchdogs";
        }
        return "other Java threads";
    }

    /** Reads a recording; only samples of threads accepted by {@code threadFilter} count. */
    static JfrProfile read(Path recording, Predicate<String> threadFilter) throws IOException {
        Map<String, Long> samples = new TreeMap<>();
        Map<String, Long> threads = new TreeMap<>();
        Map<String, double[]> window = new TreeMap<>();
        long total = 0;
        double jit = 0;
        long compilations = 0;
        double gc = 0;
        double jfr = 0;
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Instant> lastLoad = new java.util.HashMap<>();
        Map<String, Double> byGroup = new TreeMap<>();
        Map<Long, Instant> started = new java.util.HashMap<>();
        List<RecordedEvent> loads = new ArrayList<>();
        Instant first = null;
        Instant jvmStart = null;
        List<RecordedEvent> sampleEvents = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (first == null || e.getStartTime().isBefore(first)) {
                    first = e.getStartTime();
                }
                switch (type) {
                    case "jdk.ExecutionSample" -> sampleEvents.add(e);
                    case "jdk.Compilation" -> compilations++;
                    case "jdk.GCCPUTime" -> gc += seconds(e.getDuration("userTime")) + seconds(e.getDuration("systemTime"));
                    case "jdk.ThreadCPULoad" -> loads.add(e);
                    case "jdk.ThreadStart" -> {
                        RecordedThread t = e.getThread("thread");
                        if (t != null) {
                            started.put(t.getOSThreadId(), e.getStartTime());
                        }
                    }
                    case "jdk.JVMInformation" -> {
                        if (e.hasField("jvmStartTime")) {
                            jvmStart = e.getInstant("jvmStartTime");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        // a thread's CPU load is its share of the machine since its previous event
        loads.sort(java.util.Comparator.comparing(RecordedEvent::getStartTime));
        for (RecordedEvent e : loads) {
            RecordedThread t = e.getThread();
            String name = t == null ? "?" : t.getJavaName() == null ? String.valueOf(t.getOSName()) : t.getJavaName();
            Instant previous = lastLoad.put(name + "#" + (t == null ? 0 : t.getOSThreadId()), e.getStartTime());
            if (previous == null) {
                // a thread's first figure covers the time since it started (a shutdown hook's, a few ms)
                Instant start = t == null ? null : started.get(t.getOSThreadId());
                previous = start != null && start.isAfter(first) && start.isBefore(e.getStartTime()) ? start : first;
            }
            double interval = seconds(Duration.between(previous, e.getStartTime()));
            double cpu = (e.getFloat("user") + e.getFloat("system")) * cores * interval;
            byGroup.merge(threadGroup(name), cpu, Double::sum);
            if (name.contains("CompilerThread")) {
                jit += cpu;
            } else if (name.startsWith("JFR ")) {
                jfr += cpu;
            }
        }
        for (RecordedEvent e : sampleEvents) {
            RecordedThread t = e.getThread("sampledThread");
            String name = t == null ? "?" : t.getJavaName() == null ? t.getOSName() : t.getJavaName();
            if (name == null || !threadFilter.test(name)) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null) {
                continue;
            }
            List<String> classes = new ArrayList<>();
            List<String> methods = new ArrayList<>();
            for (RecordedFrame f : st.getFrames()) {
                if (f.getMethod() == null || f.getMethod().getType() == null) {
                    continue;
                }
                classes.add(f.getMethod().getType().getName());
                methods.add(f.getMethod().getName());
            }
            String stage = Stages.classify(classes, methods);
            samples.merge(stage, 1L, Long::sum);
            threads.merge(name.replaceAll("[-#]?\\d+", ""), 1L, Long::sum);
            double at = first == null ? 0 : seconds(Duration.between(first, e.getStartTime()));
            window.merge(stage, new double[] {at, at}, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            total++;
        }
        double startGap = jvmStart == null || first == null ? Double.NaN : seconds(Duration.between(jvmStart, first));
        return new JfrProfile(sorted(samples), sorted(threads), total, jit, compilations, gc, jfr, window, startGap,
                sortedDouble(byGroup));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static Map<String, Long> sorted(Map<String, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Double> sortedDouble(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), Fmt.round(e.getValue(), 2)));
        return out;
    }

    Map<String, Object> json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("execution_samples", totalSamples);
        j.put("samples_by_stage", samples);
        j.put("samples_by_thread", threads);
        Map<String, Object> w = new LinkedHashMap<>();
        window.forEach((k, v) -> w.put(k, new double[] {Fmt.round(v[0], 2), Fmt.round(v[1], 2)}));
        j.put("stage_first_last_sample_seconds", w);
        j.put("jit_compiler_cpu_seconds", Fmt.round(jitSeconds, 2));
        j.put("compilations", compilations);
        j.put("gc_cpu_seconds", Fmt.round(gcPauseSeconds, 2));
        j.put("jfr_cpu_seconds", Fmt.round(jfrSeconds, 2));
        j.put("jvm_start_to_first_event_seconds", Fmt.round(jvmStartToRecording, 2));
        j.put("cpu_seconds_by_thread_group", cpuByThreadGroup);
        return j;
    }

    /**
     * Prints the stage shares of recordings: {@code java -cp target/test-classes
     * org.casefile.bench.JfrProfile FILE.jfr [TIME-V-OUTPUT [VERSION-TIME-V-OUTPUT]]}; with the
     * {@code /usr/bin/time -v} output of the run (and of {@code casefile --version}), as shares of its CPU time.
     */
    public static void main(String[] args) throws IOException {
        JfrProfile p = read(Path.of(args[0]), name -> true);
        WholeProcess.Run run = args.length > 1
                ? WholeProcess.parse("run", java.nio.file.Files.readString(Path.of(args[1])), 0) : null;
        WholeProcess.Run version = args.length > 2
                ? WholeProcess.parse("version", java.nio.file.Files.readString(Path.of(args[2])), 0)
                : new WholeProcess.Run("version", 0, 0, 0, 0, 0);
        TextTable t = new TextTable("stage", ">samples", ">% of samples", ">% of CPU", ">first-last sample s");
        Map<String, Double> cpu = run == null ? Map.of() : WholeProcess.cpuShares(p, run, version);
        for (Map.Entry<String, Double> e : cpu.entrySet()) {
            if (!p.samples.containsKey(e.getKey())) {
                t.row(e.getKey(), "", "", Fmt.fmt(e.getValue(), 1), "");
            }
        }
        for (Map.Entry<String, Long> e : p.samples.entrySet()) {
            double[] w = p.window.get(e.getKey());
            t.row(e.getKey(), e.getValue(), Fmt.fmt(100.0 * e.getValue() / Math.max(1, p.totalSamples), 1),
                    cpu.containsKey(e.getKey()) ? Fmt.fmt(cpu.get(e.getKey()), 1) : "",
                    Fmt.fmt(w[0], 1) + "-" + Fmt.fmt(w[1], 1));
        }
        System.out.print(t.render());
        System.out.println("threads: " + p.threads);
        System.out.println("CPU s by thread group: " + p.cpuByThreadGroup + "; GC threads " + Fmt.fmt(p.gcPauseSeconds, 2));
        System.out.printf(java.util.Locale.ROOT, "%d samples; %d compilations, JIT CPU %.1f s; GC CPU %.2f s; JFR CPU %.2f s; JVM start to first event %.2f s%s%n",
                p.totalSamples, p.compilations, p.jitSeconds, p.gcPauseSeconds, p.jfrSeconds, p.jvmStartToRecording,
                run == null ? "" : String.format(java.util.Locale.ROOT, "; run %.1f s wall, %.1f s CPU", run.wall(), run.cpu()));
    }
}
