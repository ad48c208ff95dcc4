package org.casefile.cli;

import java.io.PrintWriter;
import org.casefile.pipeline.Progress;

/** Progress on stderr: files done/total, rate and the current file, on one rewritten line. */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final long startNanos;
    /** On a terminal the line is rewritten in place; in a log file one line every few seconds. */
    private final boolean terminal = System.console() != null;
    private long lastPrint;

    ProgressLine(PrintWriter err, long startNanos) {
        this.err = err;
        this.startNanos = startNanos;
    }

    @Override
    public synchronized void documentDone(int done, int total, String path) {
        long now = System.nanoTime();
        if (done < total && now - lastPrint < (terminal ? 250_000_000L : 5_000_000_000L)) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String line = String.format("[%d/%d] %.1f docs/s  %s", done, total, done / seconds, shorten(path));
        if (terminal) {
            err.print("\r" + line + "\u001B[K");
        } else {
            err.println(line);
        }
        err.flush();
    }

    synchronized void end() {
        if (terminal) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }

    private static String shorten(String path) {
        return path.length() <= 60 ? path : "…" + path.substring(path.length() - 59);
    }
}
