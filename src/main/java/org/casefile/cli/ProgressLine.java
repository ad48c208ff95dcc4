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

    @Override
    public synchronized void resumed(int reused, int computed) {
        end();
        err.println("casefile extract: state: " + reused + " reused, " + computed + " computed");
        err.flush();
    }

    synchronized void end() {
        if (terminal) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }

    private static String shorten(String path) {
        String shown = printable(path);
        return shown.length() <= 60 ? shown : "…" + shown.substring(shown.length() - 59);
    }

    /** A file name as a terminal shows it harmlessly: control and bidi characters become '?'. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F ? '?' : c));
        return b.toString();
    }
}
