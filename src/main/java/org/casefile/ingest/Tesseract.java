package org.casefile.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether the tesseract OCR engine is installed (asked once per process), and how to run it. */
public final class Tesseract {
    private static final Logger LOG = LoggerFactory.getLogger(Tesseract.class);

    private static final class Holder {
        static final boolean INSTALLED = probe();
    }

    private static final class Launcher {
        static final Path DIR = singleThreadedLauncher();
    }

    private Tesseract() {
    }

    public static boolean isInstalled() {
        return Holder.INSTALLED;
    }

    /**
     * Makes Tika's tesseract parsers inside {@code parser} run tesseract with one OpenMP thread.
     * Tesseract's own multithreading made each page about four times slower on a 2-core machine
     * (14 s instead of 3.5 s for a 300 dpi letter page), and documents are parsed in parallel
     * anyway. Does nothing when {@code OMP_THREAD_LIMIT} is set already or on Windows.
     */
    static void useSingleThread(Parser parser) {
        Path dir = Launcher.DIR;
        if (dir != null) {
            setPath(parser, dir.toString() + File.separator);
        }
    }

    private static void setPath(Parser parser, String path) {
        if (parser instanceof TesseractOCRParser ocr) {
            ocr.setTesseractPath(path);
        } else if (parser instanceof CompositeParser composite) {
            for (Parser p : composite.getAllComponentParsers()) {
                setPath(p, path);
            }
        } else if (parser instanceof ParserDecorator decorator) {
            setPath(decorator.getWrappedParser(), path);
        }
    }

    /** A folder with a {@code tesseract} script that runs the real one with one thread, or null. */
    private static Path singleThreadedLauncher() {
        if (System.getenv("OMP_THREAD_LIMIT") != null
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return null;
        }
        Path real = onPath("tesseract");
        if (real == null) {
            return null;
        }
        try {
            Path dir = Files.createTempDirectory("casefile-tesseract");
            Path script = dir.resolve("tesseract");
            // Tika points TESSDATA_PREFIX at <launcher folder>/tessdata: restore the caller's value
            String tessdata = System.getenv("TESSDATA_PREFIX");
            String env = tessdata == null ? "unset TESSDATA_PREFIX\n" : "export TESSDATA_PREFIX=" + quote(tessdata) + "\n";
            Files.writeString(script, "#!/bin/sh\n" + env + "OMP_THREAD_LIMIT=1 exec " + quote(real.toString()) + " \"$@\"\n",
                    StandardCharsets.UTF_8);
            if (!script.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + script + " executable");
            }
            dir.toFile().deleteOnExit();
            script.toFile().deleteOnExit();
            return dir;
        } catch (IOException | RuntimeException e) {
            LOG.debug("running tesseract with its default threads: {}", e.toString());
            return null;
        }
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return null;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
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
