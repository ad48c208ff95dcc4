package org.casefile.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on an output (a file or a folder) or a state folder, so that two runs cannot
 * write it at once: {@link FileChannel#tryLock()} on a lock file, {@code .NAME.lock} beside an
 * output or {@code .lock} inside a state folder. The lock file stays (deleting it would let two
 * runs lock two different files); the operating system releases the lock when the process ends,
 * also when it is killed.
 */
public final class OutputLock implements AutoCloseable {
    /** Another run holds the lock. */
    public static final class HeldException extends IOException {
        private static final long serialVersionUID = 1L;

        HeldException(String message) {
            super(message);
        }
    }

    /**
     * Lock files this process holds: checked before opening one, because closing any channel to
     * a file drops all of the process's POSIX locks on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output file or folder: {@code .NAME.lock} beside it. */
    public static Path besideOutput(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /** The lock file of a state folder: {@code .lock} inside it. */
    public static Path insideFolder(Path folder) {
        return folder.toAbsolutePath().normalize().resolve(".lock");
    }

    /**
     * Takes the lock without waiting.
     *
     * @param what names the locked thing in the message, e.g. "the output case.json"
     * @throws HeldException when another run (or this one) holds it
     * @throws IOException when the lock file cannot be created (the folder is not writable)
     */
    public static OutputLock acquire(Path lockFile, String what) throws IOException {
        Path file = lockFile.toAbsolutePath().normalize();
        String held = "another run is writing " + what + " (lock file " + file + ")";
        if (!HELD.add(file)) {
            throw new HeldException(held);
        }
        try {
            Files.createDirectories(file.getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (lock == null) {
                ch.close();
                throw new HeldException(held);
            }
            return new OutputLock(file, ch, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(file);
            }
        }
    }
}
