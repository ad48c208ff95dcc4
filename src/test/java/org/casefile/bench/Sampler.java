package org.casefile.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import jdk.jfr.Recording;

/**
 * A background thread that samples heap use (always) and, while a profile is open, a JDK Flight
 * Recorder recording of execution samples of the threads doing the work, to say where the time
 * goes. Also follows GC notifications for the heap left after each collection.
 *
 * <p>JFR samples threads running Java code wherever they are, not only at safepoints (the
 * {@link Thread#getAllStackTraces()} sampler this replaced was biased towards loop back-edges and
 * calls). A sample is attributed to the innermost frame that belongs to a known stage
 * ({@link Stages#classify}).
 */
final class Sampler implements AutoCloseable {
    private final long intervalMillis;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Recording recording;

    Sampler(long intervalMillis) {
        this.intervalMillis = intervalMillis;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long after = 0;
                        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (heapPoolNames.contains(e.getKey())) {
                                after += e.getValue().getUsed();
                            }
                        }
                        peakAfterGc.accumulateAndGet(after, Math::max);
                    }
                }, null, null);
            }
        }
        thread = new Thread(this::loop, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        long interval = Math.max(1, intervalMillis);
        while (running) {
            peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The threads whose samples count: the workers, and the main thread and common pool when they help. */
    private static boolean counted(String name) {
        return name.startsWith("casefile-worker") || name.startsWith("bench-worker") || name.equals("main")
                || name.startsWith("ForkJoinPool.commonPool");
    }

    /** Starts collecting execution samples (a JDK Flight Recorder recording of this process). */
    void openProfile() {
        if (intervalMillis <= 0) {
            return;
        }
        Recording r = new Recording();
        r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(intervalMillis));
        r.setToDisk(true);
        r.start();
        recording = r;
    }

    /** Stops collecting; returns the sample counts by stage, largest first. */
    Map<String, Long> closeProfile() {
        Recording r = recording;
        recording = null;
        if (r == null) {
            return new LinkedHashMap<>();
        }
        Path file = null;
        try {
            r.stop();
            file = Files.createTempFile("casefile-bench-", ".jfr");
            r.dump(file);
            return JfrProfile.read(file, Sampler::counted).samples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the flight recording", e);
        } finally {
            r.close();
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    /** Starts a new memory window: peaks from here on. */
    void resetPeaks() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakUsed.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        peakAfterGc.set(0);
    }

    /** Heap used, sampled every interval, highest since {@link #resetPeaks()}. */
    long peakHeapUsed() {
        return Math.max(peakUsed.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Sum of each heap pool's own peak since {@link #resetPeaks()}: an upper bound (pools peak at different times). */
    long poolPeakSum() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Highest heap use left after a collection since {@link #resetPeaks()}. */
    long peakHeapAfterGc() {
        return peakAfterGc.get();
    }

    /** Heap still in use after two full collections: what is live (models). */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /** A stage's memory figures for the JSON: live heap before and after its load, and the peaks since {@link #resetPeaks()}. */
    Map<String, Object> memoryJson(long baseline, long heapAfterLoad) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("live_heap_before_load_mb", Fmt.mb(baseline));
        m.put("live_heap_after_load_mb", Fmt.mb(heapAfterLoad));
        m.put("peak_heap_used_mb", Fmt.mb(peakHeapUsed()));
        m.put("sum_of_heap_pool_peaks_mb", Fmt.mb(poolPeakSum()));
        m.put("peak_heap_after_gc_mb", Fmt.mb(peakHeapAfterGc()));
        m.put("heap_committed_mb", Fmt.mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted()));
        return m;
    }
}
