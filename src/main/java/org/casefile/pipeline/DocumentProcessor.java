package org.casefile.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Extractor;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Ingester;
import org.casefile.ingest.SourceFile;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.LanguageAnnotator;
import org.casefile.nlp.ModelLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file through every stage: ingest (an e-mail gives its attachments as documents too),
 * annotate, extract. Whatever goes wrong becomes the document's status. Thread-safe.
 *
 * <p>One deadline per input file, {@code timeout} after its work starts, covers every stage:
 * the parse has its own limit inside the ingester; the language layer is interrupted at the
 * deadline (CoreNLP checks the thread's interrupt between annotators and between sentences), and
 * a document whose deadline passed before or during its language layer is {@code failed} with
 * "timed out after N s in the language layer"; extraction runs to its end, and a document whose
 * deadline passed by then is {@code failed} too ("timed out after N s in extraction"). A long text
 * gets one more {@code timeout} for the language layer and extraction for every million characters
 * it starts beyond the first ({@link #allowance}): the timeout stops a file that hangs, not a long
 * filing that is merely long.
 */
final class DocumentProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentProcessor.class);
    /** Interrupts workers whose document is past its deadline; one daemon thread for all. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "casefile-deadline");
        t.setDaemon(true);
        return t;
    });

    private final Ingester ingester;
    private final LanguageAnnotator annotator;
    private final Extractor extractor;
    private final Duration timeout;

    DocumentProcessor(Ingester ingester, LanguageAnnotator annotator, Extractor extractor, Duration timeout) {
        this.ingester = ingester;
        this.annotator = annotator;
        this.extractor = extractor;
        this.timeout = timeout;
    }

    /** Characters of text that one timeout covers in the language layer and extraction. */
    static final int CHARS_PER_TIMEOUT = 1_000_000;

    /** The time a document of {@code chars} characters is given: one timeout per million characters started. */
    static Duration allowance(Duration timeout, int chars) {
        return timeout.multipliedBy(Math.max(1, (chars + (long) CHARS_PER_TIMEOUT - 1) / CHARS_PER_TIMEOUT));
    }

    List<DocumentExtraction> process(SourceFile file, String id, String sha) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<DocumentExtraction> out = new ArrayList<>();
        for (IngestedDocument doc : ingester.ingestAll(file, id, sha, deadline)) {
            // a long text's extra time is the file's: the attachments after it keep theirs
            Duration allowed = doc.isOk() ? allowance(timeout, doc.text().length()) : timeout;
            deadline += allowed.minus(timeout).toNanos();
            out.add(analyse(doc, deadline, allowed));
        }
        return out;
    }

    private DocumentExtraction analyse(IngestedDocument doc, long deadline, Duration allowed) {
        if (!doc.isOk()) {
            return DocumentExtraction.empty(doc);
        }
        String stage = "nlp";
        try {
            // models still loading in the background: the wait is not this document's time
            long waitStart = System.nanoTime();
            annotator.awaitReady();
            deadline += System.nanoTime() - waitStart;
            AnnotatedDocument annotated = annotateBy(doc, deadline);
            if (annotated == null) {
                return timedOut(doc, "the language layer", allowed);
            }
            stage = "extract";
            DocumentExtraction extraction = extractor.extract(annotated);
            if (System.nanoTime() - deadline > 0) {
                // extraction is not interrupted, but a result past the deadline is not one
                return timedOut(doc, "extraction", allowed);
            }
            return extraction;
        } catch (ModelLoadException e) {
            throw e; // the whole run's failure, not this document's
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String reason = "failed in the " + stage + " stage: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
            LOG.warn("{}: {}", doc.path(), reason);
            LOG.debug("stack trace", e);
            return DocumentExtraction.empty(doc.withStatus(DocumentStatus.FAILED, reason));
        }
    }

    /** The annotated document, or null when the deadline passed first. */
    private AnnotatedDocument annotateBy(IngestedDocument doc, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return null;
        }
        Interrupter interrupter = new Interrupter(Thread.currentThread());
        // past the deadline the interrupt is repeated every second: code that swallows one
        // (a library catching InterruptedException) must not let the document run on unbounded
        ScheduledFuture<?> alarm = WATCHDOG.scheduleAtFixedRate(interrupter, left, TimeUnit.SECONDS.toNanos(1),
                TimeUnit.NANOSECONDS);
        try {
            return annotator.annotate(doc);
        } catch (RuntimeException e) {
            if (interrupter.fired() || isInterruption(e)) {
                return null;
            }
            throw e;
        } finally {
            alarm.cancel(false);
            if (interrupter.disarm()) {
                Thread.interrupted(); // the alarm's interrupt is this document's, not the next one's
            }
        }
    }

    private static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("RuntimeInterruptedException") || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static DocumentExtraction timedOut(IngestedDocument doc, String stage, Duration allowed) {
        String reason = IngestedDocument.TIMED_OUT + seconds(allowed) + " s in " + stage;
        LOG.warn("{}: {}", doc.path(), reason);
        return DocumentExtraction.empty(doc.withStatus(DocumentStatus.FAILED, reason));
    }

    /** "120" for whole seconds, "0.05" for less. */
    static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /** Interrupts one thread each time it runs, until disarmed. */
    private static final class Interrupter implements Runnable {
        private final Thread thread;
        private boolean armed = true;
        private boolean fired;

        Interrupter(Thread thread) {
            this.thread = thread;
        }

        @Override
        public synchronized void run() {
            if (armed) {
                fired = true;
                thread.interrupt();
            }
        }

        synchronized boolean fired() {
            return fired;
        }

        /** Disarms; true when it had fired (the thread's interrupt flag may still be set). */
        synchronized boolean disarm() {
            armed = false;
            return fired;
        }
    }
}
