package org.casefile.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files atomically: to a temporary file in the same folder ({@code .NAME.*.tmp}),
 * forced to disk, then renamed over the target in one step. A run killed while writing leaves
 * the previous file as it was (and a temporary file that {@link #removeStaleTemps} deletes).
 */
public final class OutputFiles {
    /** Writes the content of one file; it may close the stream it is given, or not. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** Writes {@code target} atomically (its folder is created when missing). */
    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, tempPrefix(abs), ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                body.write(new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is closed below, after forcing it to disk
                    }
                });
                buffered.flush();
                ch.force(true);
            }
            permissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Deletes the temporary files a killed run left beside {@code target}; call it only while
     * holding the target's {@link OutputLock}, so that no live run's file is deleted.
     *
     * @return how many were deleted
     */
    public static int removeStaleTemps(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs.getParent())) {
            return 0;
        }
        int n = 0;
        String prefix = tempPrefix(abs);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(abs.getParent(), prefix + "*.tmp")) {
            for (Path p : s) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String tempPrefix(Path abs) {
        return "." + abs.getFileName() + ".";
    }

    /** The new file gets the old one's permissions, or rw-r--r-- (temporary files are created rw-------). */
    private static void permissions(Path tmp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (Files.exists(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        } else {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
