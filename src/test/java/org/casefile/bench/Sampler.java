package org.casefile.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * A background thread that samples heap use (always) and, while a profile is open, the stacks of
 * the threads doing the work, to say where the time goes. Also follows GC notifications for the
 * heap left after each collection.
 *
 * <p>Stack samples are taken with {@link Thread#getAllStackTraces()} (one safepoint per sample;
 * at the default 20 ms the cost is well under 1% of a pass). A sample is attributed to the
 * innermost frame that belongs to a known stage ({@link #classify}).
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
    private volatile Map<String, Long> profile;
    private final Thread mainThread = Thread.currentThread();

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
            Map<String, Long> p = profile;
            if (p != null && intervalMillis > 0) {
                sampleStacks(p);
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleStacks(Map<String, Long> into) {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            String name = t.getName();
            boolean worker = name.startsWith("casefile-worker") || name.startsWith("bench-worker");
            boolean helper = t == mainThread || name.startsWith("ForkJoinPool.commonPool");
            if (!worker && !helper) {
                continue;
            }
            StackTraceElement[] stack = e.getValue();
            if (stack.length == 0 || isIdle(stack) || (helper && t.getState() != Thread.State.RUNNABLE)) {
                continue;
            }
            into.merge(classify(stack), 1L, Long::sum);
        }
    }

    private static boolean isIdle(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (f.getClassName().equals("java.util.concurrent.ThreadPoolExecutor") && f.getMethodName().equals("getTask")) {
                return true;
            }
            if (f.getClassName().equals("java.util.concurrent.ForkJoinPool") && f.getMethodName().equals("awaitWork")) {
                return true;
            }
        }
        return false;
    }

    /** Stage markers, tried on each frame from the innermost outwards: the first match names the sample. */
    private static final String[][] MARKERS = {
        {"org.casefile.nlp.TimeExpressions", "SUTime"},
        {"edu.stanford.nlp.time.", "SUTime"},
        {"edu.stanford.nlp.parser.nndep.", "depparse (nndep)"},
        {"edu.stanford.nlp.pipeline.TokensRegexNERAnnotator", "regexner"},
        {"edu.stanford.nlp.ie.regexp.NumberSequenceClassifier", "ner: numeric classifiers"},
        {"edu.stanford.nlp.ie.NumberNormalizer", "ner: numeric classifiers"},
        {"edu.stanford.nlp.ie.QuantifiableEntityNormalizer", "ner: numeric classifiers"},
        {"edu.stanford.nlp.ie.crf.", "ner: CRF"},
        {"edu.stanford.nlp.pipeline.EntityMentionsAnnotator", "ner: entity mentions"},
        {"edu.stanford.nlp.pipeline.NERCombinerAnnotator", "ner: other"},
        {"edu.stanford.nlp.ie.NERClassifierCombiner", "ner: other"},
        {"edu.stanford.nlp.tagger.", "pos"},
        {"edu.stanford.nlp.pipeline.POSTaggerAnnotator", "pos"},
        {"edu.stanford.nlp.pipeline.MorphaAnnotator", "lemma"},
        {"edu.stanford.nlp.process.Morphology", "lemma"},
        {"edu.stanford.nlp.pipeline.WordsToSentencesAnnotator", "ssplit"},
        {"edu.stanford.nlp.pipeline.TokenizerAnnotator", "tokenize"},
        {"edu.stanford.nlp.process.PTBLexer", "tokenize"},
        {"org.casefile.nlp.", "casefile nlp glue (token/mention conversion)"},
        {"org.casefile.extract.", "extraction (rules)"},
        {"org.casefile.timeline.", "case building (merge, timeline)"},
        {"org.casefile.output.", "JSON serialisation"},
        {"com.fasterxml.jackson.", "JSON serialisation"},
        {"org.casefile.ingest.", "ingest (Tika, OCR, HTML)"},
        {"org.apache.tika.", "ingest (Tika, OCR, HTML)"},
        {"org.apache.pdfbox.", "ingest (Tika, OCR, HTML)"},
        {"org.casefile.pipeline.", "pipeline (hashing, file listing)"},
    };

    static String classify(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            String cls = stack[i].getClassName();
            for (String[] m : MARKERS) {
                if (cls.startsWith(m[0])) {
                    if (m[1].equals("regexner") && below(stack, i, "edu.stanford.nlp.pipeline.NERCombinerAnnotator")) {
                        return "ner: fine-grained (TokensRegexNER)";
                    }
                    if (m[1].equals("SUTime") && below(stack, i, "edu.stanford.nlp.pipeline.NERCombinerAnnotator")) {
                        return "ner: SUTime";
                    }
                    return m[1];
                }
            }
        }
        return "other";
    }

    /** Whether a frame of class {@code cls} is further out than frame {@code i}. */
    private static boolean below(StackTraceElement[] stack, int i, String cls) {
        for (int j = i + 1; j < stack.length; j++) {
            if (stack[j].getClassName().equals(cls)) {
                return true;
            }
        }
        return false;
    }

    /** Starts collecting stack samples. */
    void openProfile() {
        profile = new ConcurrentHashMap<>();
    }

    /** Stops collecting; returns the sample counts by stage, largest first. */
    Map<String, Long> closeProfile() {
        Map<String, Long> p = profile;
        profile = null;
        Map<String, Long> sorted = new LinkedHashMap<>();
        if (p != null) {
            p.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        }
        return sorted;
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
