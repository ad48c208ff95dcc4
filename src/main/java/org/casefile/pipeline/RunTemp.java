package org.casefile.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One temporary folder per pipeline, {@code casefile-run-PID-*} (e-mail attachments are unpacked
 * in it), removed by {@link #close()}. A folder left by a run that was killed (its process is no
 * longer alive) is removed when the next pipeline starts.
 */
final class RunTemp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunTemp.class);
    static final String PREFIX = "casefile-run-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "([0-9]+)-.*");

    private final Path dir;
    /** Deletes the folder when the process is stopped (Ctrl-C, a TERM signal): it holds the documents' texts. */
    private final Thread onStop;

    private RunTemp(Path dir) {
        this.dir = dir;
        this.onStop = new Thread(() -> deleteTree(dir), "casefile-temp-cleanup");
        Runtime.getRuntime().addShutdownHook(onStop);
    }

    /** Removes stale run folders in {@code base}, then creates this run's. */
    static RunTemp create(Path base) throws IOException {
        int stale = removeStale(base);
        if (stale > 0) {
            LOG.info("removed {} temporary folder(s) left by killed runs", stale);
        }
        return new RunTemp(Files.createTempDirectory(base, PREFIX + ProcessHandle.current().pid() + "-"));
    }

    Path dir() {
        return dir;
    }

    /** Deletes the run folders in {@code base} whose process is not alive; returns how many. */
    static int removeStale(Path base) {
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path p : s) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && deleteTree(p)) {
                    n++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot look for stale temporary folders in {}: {}", base, e.toString());
        }
        return n;
    }

    /** Deletes a folder and what is in it, without following links; true when it is gone. */
    static boolean deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
            return !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot delete {}: {}", root, e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException e) {
            // the process is stopping: the hook deletes it too
        }
        deleteTree(dir);
    }
}
