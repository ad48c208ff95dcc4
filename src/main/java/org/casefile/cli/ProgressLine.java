package org.casefile.cli;

import java.io.PrintWriter;
import org.casefile.pipeline.Progress;

/** Progress on stderr: files done/total, rate and the current file, on one rewritten line. */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final long startNanos;
    private long lastPrint;

    ProgressLine(PrintWriter err, long startNanos) {
        this.err = err;
        this.startNanos = startNanos;
    }

    @Override
    public synchronized void documentDone(int done, int total, String path) {
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 250_000_000L) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        err.printf("\r[%d/%d] %.1f docs/s  %s\u001B[K", done, total, done / seconds, shorten(path));
        err.flush();
    }

    synchronized void end() {
        err.print("\r\u001B[K");
        err.flush();
    }

    private static String shorten(String path) {
        return path.length() <= 60 ? path : "…" + path.substring(path.length() - 59);
    }
}
