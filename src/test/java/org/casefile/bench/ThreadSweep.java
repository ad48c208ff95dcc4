package org.casefile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times one workload at several thread counts, in alternating rounds: each round runs one pass
 * per thread count, and every other round reverses their order. Drift of the machine and the
 * JIT compiler's late work (it compiles for minutes on a pipeline this size) then fall on every
 * thread count alike, where running all 1-thread passes before all 2-thread passes gave the late
 * compilation to the 2-thread passes only.
 * <p>
 * Warm-up lasts until the JIT has settled: at least a given number of rounds, then until the
 * compiler threads' CPU time in a round is at most {@link #SETTLED} of the process's, up to a cap.
 * On our pipeline the compiler keeps working for 20 to 30 passes of the benchmark texts (big methods
 * reach the optimising compiler late); a batch of thousands of documents runs in that settled
 * state, so that is the state the figures describe. Where the compiler's CPU is unknown (not
 * Linux), the minimum number of rounds is run.
 * <p>
 * Per pass it records the wall time, the CPU time of the process (tesseract included) and the
 * CPU time of the JIT compiler threads, read from {@code /proc/self/task} (Linux; -1 elsewhere).
 */
final class ThreadSweep {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadSweep.class);
    /** Compiler CPU as a share of the process CPU below which a warm-up round counts as settled. */
    static final double SETTLED = 0.02;

    /** One pass of the workload on {@code threads} worker threads. */
    interface Pass {
        void run(int threads) throws Exception;
    }

    /** The passes of one thread count. */
    record Timings(int threads, List<Double> seconds, List<Double> cpuSeconds, List<Double> jitCpuSeconds, int warmupRounds) {
    }

    private ThreadSweep() {
    }

    /**
     * Runs untimed rounds until the JIT has settled (at least {@code minWarmup}, at most
     * {@code maxWarmup}), then {@code rounds} timed ones.
     *
     * @return one entry per thread count, in the order of {@code threadCounts}
     */
    static List<Timings> run(String label, int[] threadCounts, int minWarmup, int maxWarmup, int rounds, Pass pass)
            throws Exception {
        int warmup = 0;
        while (warmup < maxWarmup) {
            double[] r = round(label, threadCounts, warmup, "warm-up round " + (warmup + 1), pass, null);
            warmup++;
            boolean settled = r[1] >= 0 && r[1] <= SETTLED * r[0];
            if (warmup >= minWarmup && (settled || r[1] < 0)) {
                break;
            }
        }
        LOG.info("{}: {} warm-up round(s)", label, warmup);
        List<List<double[]>> samples = new ArrayList<>();
        for (int ignored : threadCounts) {
            samples.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            round(label, threadCounts, warmup + round, "round " + (round + 1), pass, samples);
        }
        List<Timings> out = new ArrayList<>();
        for (int i = 0; i < threadCounts.length; i++) {
            List<double[]> s = samples.get(i);
            out.add(new Timings(threadCounts[i], s.stream().map(x -> x[0]).toList(), s.stream().map(x -> x[1]).toList(),
                    s.stream().map(x -> x[2]).toList(), warmup));
        }
        return out;
    }

    /**
     * One pass per thread count, in reverse order every other round; adds each pass's
     * {wall, CPU, JIT CPU} seconds to {@code samples} when given.
     *
     * @return the round's {process CPU, JIT compiler CPU} seconds (JIT -1 where unknown)
     */
    private static double[] round(String label, int[] threadCounts, int index, String what, Pass pass,
            List<List<double[]>> samples) throws Exception {
        double cpuTotal = 0;
        double jitTotal = 0;
        for (int k = 0; k < threadCounts.length; k++) {
            int i = index % 2 == 0 ? k : threadCounts.length - 1 - k;
            long cpu = CpuShare.processAndChildrenCpuNanos();
            long jit = jitCpuNanos();
            long start = System.nanoTime();
            pass.run(threadCounts[i]);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (CpuShare.processAndChildrenCpuNanos() - cpu) / 1e9;
            double jitSeconds = jit < 0 ? -1 : (jitCpuNanos() - jit) / 1e9;
            cpuTotal += cpuSeconds;
            jitTotal = jitSeconds < 0 || jitTotal < 0 ? -1 : jitTotal + jitSeconds;
            LOG.info("{}, {} thread(s), {}: {} s (JIT compiler {} CPU s)", label, threadCounts[i], what,
                    String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.2f", jitSeconds));
            if (samples != null) {
                samples.get(i).add(new double[] {seconds, cpuSeconds, jitSeconds});
            }
        }
        return new double[] {cpuTotal, jitTotal};
    }

    /** CPU time of this JVM's live JIT compiler threads (C1, C2) in nanoseconds, -1 where unknown. */
    static long jitCpuNanos() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        try (Stream<Path> s = Files.list(tasks)) {
            for (Path t : s.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).contains("CompilerThre")) {
                        String[] f = CpuShare.statFields(stat);
                        // fields 14 and 15 of stat(5) (utime, stime)
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read: its CPU no longer counts either way
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * 1_000_000_000L / CpuShare.clockTicksPerSecond();
    }
}
