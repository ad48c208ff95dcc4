package org.casefile.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much CPU other processes took while we measured: the machine's busy time from
 * {@code /proc/stat} minus this JVM's own CPU time, as cores on average over the wall time.
 * Tesseract runs as a child process, so its CPU counts as "other" here.
 */
final class CpuShare {
    private final long busy;
    private final long total;
    private final long ownNanos;
    private final long wallNanos;

    private CpuShare(long busy, long total, long ownNanos, long wallNanos) {
        this.busy = busy;
        this.total = total;
        this.ownNanos = ownNanos;
        this.wallNanos = wallNanos;
    }

    static CpuShare now() {
        long busy = -1;
        long total = -1;
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            long sum = 0;
            // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
            for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                sum += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            total = sum;
            busy = sum - idle;
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        long own = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            own = os.getProcessCpuTime();
        }
        return new CpuShare(busy, total, own, System.nanoTime());
    }

    private static final long CLOCK_TICKS = clockTicks();

    /**
     * CPU time of this process and of its reaped children (tesseract), in nanoseconds: less
     * sensitive to other processes on the machine than wall time. -1 if unknown.
     */
    static long processAndChildrenCpuNanos() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return -1;
        }
        long own = os.getProcessCpuTime();
        try {
            String[] f = statFields(Files.readString(Path.of("/proc/self/stat")));
            // fields 16 and 17 of stat(5) (cutime, cstime); f[0] is field 3
            long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return own + ticks * 1_000_000_000L / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return own;
        }
    }

    /**
     * The fields of a {@code stat} line of {@code /proc} after the command name, which may hold
     * spaces and parentheses itself: {@code f[0]} is field 3 of stat(5).
     */
    static String[] statFields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    }

    /** Kernel clock ticks per second, the unit of the CPU times in {@code /proc}. */
    static long clockTicksPerSecond() {
        return CLOCK_TICKS;
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** Cores' worth of CPU used by us and by everything else since {@code start}: {ours, others}; null if unknown. */
    double[] since(CpuShare start) {
        if (busy < 0 || start.busy < 0 || ownNanos < 0 || total <= start.total) {
            return null;
        }
        double wall = (wallNanos - start.wallNanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double allCores = (double) (busy - start.busy) / (total - start.total) * cores;
        double ours = (ownNanos - start.ownNanos) / 1e9 / wall;
        return new double[] {ours, Math.max(0, allCores - ours)};
    }
}
