package org.casefile.ingest;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether the tesseract OCR engine is installed; asked once per process. */
public final class Tesseract {
    private static final class Holder {
        static final boolean INSTALLED = probe();
    }

    private Tesseract() {
    }

    public static boolean isInstalled() {
        return Holder.INSTALLED;
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
