package org.casefile.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tika parses in child JVMs, so that a parse past its deadline is really stopped (the child is
 * killed: PDFBox and POI ignore interrupts) and a parse that runs out of memory or crashes fails
 * its document, not the run (the child starts with {@code -XX:+ExitOnOutOfMemoryError}; the
 * heap of the main process is never touched by the parse).
 *
 * <p>The children live long: one is started when a parse needs one and none is idle (a run of
 * HTML and text only starts none), and goes back to the pool after each parse, so a run starts
 * at most as many children as it has worker threads (plus one per killed child); each costs one
 * JVM start and Tika's class loading, once (about 2 s of CPU), and the time a document waits for
 * a child to start is not counted against its deadline.
 * A child reads requests on its standard input and answers on its standard output (its own
 * {@code System.out} goes to standard error, where its logs go); it ends when its input closes,
 * so children never outlive a killed run. Thread-safe.
 */
final class ParserProcesses implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParserProcesses.class);
    /** The child's heap; the system property {@code casefile.parseHeap} changes it. */
    static final String DEFAULT_HEAP = "1g";
    private static final byte OK = 0;
    private static final byte NOT_TEXT = 1;
    private static final byte FAILED = 2;
    /** The first byte a child writes, once its parsers are loaded. */
    private static final byte READY = 42;
    /** The exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OOM_EXIT = 3;
    /** Longest string read from a child (the text of a document cut at 5,000,000 chars is far shorter). */
    private static final int MAX_STRING_BYTES = 1 << 28;

    private final List<String> command;
    private final ConcurrentLinkedDeque<Child> idle = new ConcurrentLinkedDeque<>();
    private final Set<Child> all = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    ParserProcesses(IngestOptions options, boolean tesseract) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command = List.of(java, "-Xmx" + System.getProperty("casefile.parseHeap", DEFAULT_HEAP),
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Xss4m",
                "-Dlog4j2.statusLoggerLevel=OFF", "-cp", childClassPath(),
                ParserProcesses.class.getName(), Long.toString(options.timeout().toMillis()),
                Long.toString(options.maxBytes()), Integer.toString(options.maxChars()), options.ocrLanguage(),
                Boolean.toString(tesseract));
    }

    /**
     * The child's class path: this JVM's, and the jar or folder this class came from when the
     * class path does not name it. A Spark executor loads casefile's jar in a class loader of its
     * own (spark-submit ships the application jar), so its {@code java.class.path} holds only the
     * libraries.
     */
    static String childClassPath() {
        String path = System.getProperty("java.class.path", "");
        try {
            CodeSource source = ParserProcesses.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return path;
            }
            return withEntry(path, Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return path;
        }
    }

    /** The class path with {@code entry} in front, unless it names it already. */
    static String withEntry(String classPath, Path entry) {
        Path own = entry.toAbsolutePath().normalize();
        boolean listed = Arrays.stream(classPath.split(File.pathSeparator))
                .anyMatch(e -> !e.isEmpty() && Path.of(e).toAbsolutePath().normalize().equals(own));
        return listed ? classPath : classPath.isEmpty() ? own.toString() : own + File.pathSeparator + classPath;
    }

    /**
     * What a parse asks for.
     *
     * @param shownAs the document's path as the run shows it: the child's parsing thread takes it
     *     as its name, so that a parser's warning on standard error says which file it is about
     */
    record Request(Path file, String shownAs, String mediaType, Path attachmentDir, boolean archive, long budgetBytes,
            int budgetEntries) {
    }

    /**
     * A parse's outcome: exactly one of parsed, notText and failure is set.
     *
     * @param died whether the failure is the child's death (it crashed or ran out of memory)
     */
    record Outcome(TikaIngester.Parsed parsed, String notText, String failure, boolean died) {
        Outcome(TikaIngester.Parsed parsed, String notText, String failure) {
            this(parsed, notText, failure, false);
        }
    }

    /** One parse, which {@link #kill()} stops from another thread. */
    final class Call {
        private Child child;
        private boolean killed;
        private boolean started;
        /** Why the child taken by {@link #prepare()} died before it was ready, or null. */
        private String startFailure;

        /**
         * Takes a child from the pool and waits until it has loaded its parsers (the first
         * parse of a new child would otherwise spend its deadline on the JVM's start).
         *
         * @return how long it waited, in nanoseconds
         */
        long prepare() throws IOException {
            long t0 = System.nanoTime();
            Child c = borrow();
            synchronized (this) {
                child = c;
            }
            try {
                c.awaitReady();
            } catch (IOException e) {
                String why = c.deathReason();
                c.destroy();
                synchronized (this) {
                    child = null;
                    startFailure = why;
                }
            }
            return System.nanoTime() - t0;
        }

        /** The outcome; a killed call ends with an IOException. */
        Outcome run(Request request) throws IOException {
            Child c;
            synchronized (this) {
                if (killed) {
                    throw new IOException("stopped");
                }
                if (startFailure != null) {
                    return new Outcome(null, null, startFailure, true);
                }
                if (child == null) {
                    child = borrow();
                }
                started = true;
                c = child;
            }
            try {
                Outcome outcome = c.parse(request);
                synchronized (this) {
                    child = null;
                }
                giveBack(c);
                return outcome;
            } catch (IOException | RuntimeException e) {
                c.destroy();
                if (killedNow()) {
                    throw new IOException("stopped");
                }
                return new Outcome(null, null, c.deathReason(), true);
            }
        }

        private synchronized boolean killedNow() {
            return killed;
        }

        /** Gives back a prepared child that never got a request. */
        void release() {
            Child c;
            synchronized (this) {
                if (started || killed || child == null) {
                    return;
                }
                c = child;
                child = null;
            }
            giveBack(c);
        }

        /** Kills the child parsing now (if any); the call ends at once. */
        void kill() {
            Child c;
            synchronized (this) {
                killed = true;
                c = child;
            }
            if (c != null) {
                c.destroy();
            }
        }
    }

    Call call() {
        return new Call();
    }

    /** Starts one child (unless one is idle) and waits until it is ready to parse. */
    void warm() throws IOException {
        Child c = borrow();
        try {
            c.awaitReady();
            giveBack(c);
        } catch (IOException e) {
            c.destroy();
            throw e;
        }
    }

    /** An idle child, or a new one. */
    private Child borrow() throws IOException {
        Child found = null;
        for (Child c; found == null && (c = idle.pollFirst()) != null; ) {
            if (c.process.isAlive()) {
                found = c;
            } else {
                all.remove(c);
            }
        }
        return found != null ? found : start();
    }

    private Child start() throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        Child c = new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        all.add(c);
        LOG.debug("started parser process {}", c.process.pid());
        return c;
    }

    private void giveBack(Child c) {
        if (closed) {
            c.destroy();
        } else {
            idle.addFirst(c);
        }
    }

    /** The process ids of the children started and not yet ended or killed (tests). */
    List<Long> pids() {
        return all.stream().filter(c -> c.process.isAlive()).map(c -> c.process.pid()).toList();
    }

    @Override
    public void close() {
        closed = true;
        // an idle child ends when its input closes, and cleans up after itself (a killed one cannot:
        // each left a folder in the system's temporary folder); one still parsing is killed
        List<Child> ending = new ArrayList<>(idle);
        for (Child c : ending) {
            c.closeInput();
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (Child c : ending) {
            c.awaitExit(until);
        }
        for (Child c : List.copyOf(all)) {
            c.destroy();
        }
        all.clear();
        idle.clear();
    }

    /** One child JVM. */
    private final class Child {
        private final Process process;
        private final DataOutputStream out;
        private final DataInputStream in;
        private boolean ready;

        Child(Process process) {
            this.process = process;
            this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        }

        /** Waits for the child's first byte (its parsers are loaded). */
        void awaitReady() throws IOException {
            if (!ready) {
                if (in.readByte() != READY) {
                    throw new IOException("the parser process answered out of turn");
                }
                ready = true;
            }
        }

        Outcome parse(Request r) throws IOException {
            awaitReady();
            out.writeUTF(r.file().toString());
            out.writeUTF(r.shownAs());
            out.writeUTF(r.mediaType());
            out.writeUTF(r.attachmentDir() == null ? "" : r.attachmentDir().toString());
            out.writeBoolean(r.archive());
            out.writeLong(r.budgetBytes());
            out.writeInt(r.budgetEntries());
            out.flush();
            return readOutcome(in);
        }

        void destroy() {
            process.destroyForcibly();
            all.remove(this);
        }

        void closeInput() {
            try {
                out.close();
            } catch (IOException e) {
                // it has ended already
            }
        }

        /** Waits until {@code until} ({@link System#nanoTime()}) at most for the child to end. */
        void awaitExit(long until) {
            try {
                process.waitFor(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Why the child ended while it parsed. */
        String deathReason() {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (process.isAlive()) {
                process.destroyForcibly();
                return "could not parse: the parser stopped answering";
            }
            return process.exitValue() == OOM_EXIT ? "ran out of memory while parsing"
                    : "could not parse: the parser crashed (exit code " + process.exitValue() + ")";
        }
    }

    // ---- the wire format, both sides ----

    private static void writeOutcome(DataOutputStream out, Outcome o) throws IOException {
        if (o.notText() != null || o.failure() != null) {
            out.writeByte(o.notText() != null ? NOT_TEXT : FAILED);
            out.writeUTF(o.notText() != null ? o.notText() : o.failure());
            return;
        }
        TikaIngester.Parsed p = o.parsed();
        out.writeByte(OK);
        writeLong(out, p.text().text());
        List<Integer> starts = p.text().pageMap().pageStarts();
        out.writeInt(starts.size());
        for (int s : starts) {
            out.writeInt(s);
        }
        writeNullable(out, p.title());
        writeNullable(out, p.metadataDate() == null ? null : p.metadataDate().toString());
        out.writeBoolean(p.ocr());
        out.writeBoolean(p.truncated());
        out.writeInt(p.attachments().size());
        for (MailAttachments.Attachment a : p.attachments()) {
            writeNullable(out, a.file() == null ? null : a.file().toString());
            out.writeUTF(a.name());
            writeNullable(out, a.sha256());
            out.writeLong(a.size());
            writeNullable(out, a.skipped());
        }
    }

    private static Outcome readOutcome(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind == NOT_TEXT) {
            return new Outcome(null, in.readUTF(), null);
        }
        if (kind == FAILED) {
            return new Outcome(null, null, in.readUTF());
        }
        if (kind != OK) {
            // the JVM itself writes "Terminating due to java.lang.OutOfMemoryError" to standard output
            throw new IOException("the parser process wrote something else than an answer");
        }
        String text = readLong(in);
        int pages = in.readInt();
        List<Integer> starts = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            starts.add(in.readInt());
        }
        String title = readNullable(in);
        String date = readNullable(in);
        boolean ocr = in.readBoolean();
        boolean truncated = in.readBoolean();
        int n = in.readInt();
        List<MailAttachments.Attachment> attachments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String file = readNullable(in);
            attachments.add(new MailAttachments.Attachment(file == null ? null : Path.of(file), in.readUTF(),
                    readNullable(in), in.readLong(), readNullable(in)));
        }
        return new Outcome(new TikaIngester.Parsed(new PagedText(text, new PageMap(starts)), title,
                date == null ? null : LocalDate.parse(date), ocr, attachments, truncated), null, null);
    }

    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING_BYTES) {
            throw new IOException("the parser process sent a string of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeLong(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readLong(in) : null;
    }

    /**
     * The child: parses each request with an in-process {@link TikaIngester} and answers.
     * Arguments: timeout in ms, size limit in bytes, char limit, OCR language, whether tesseract
     * is used.
     */
    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        IngestOptions options = new IngestOptions(null, Duration.ofMillis(Long.parseLong(args[0])),
                Long.parseLong(args[1]), Integer.parseInt(args[2]), args[3]);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        try (TikaIngester ingester = new TikaIngester(options, Boolean.parseBoolean(args[4]), null)) {
            out.writeByte(READY);
            out.flush();
            while (true) {
                Request r;
                try {
                    String file = in.readUTF();
                    String shownAs = in.readUTF();
                    String mediaType = in.readUTF();
                    String dir = in.readUTF();
                    r = new Request(Path.of(file), shownAs, mediaType, dir.isEmpty() ? null : Path.of(dir), in.readBoolean(),
                            in.readLong(), in.readInt());
                } catch (EOFException e) {
                    return; // the parent closed our input: it ended
                }
                // a file name with a line break must not split or forge a log line
                Thread.currentThread().setName(r.shownAs().replaceAll("[\\x00-\\x1F\\x7F]", "?"));
                ParserProcesses.Outcome outcome;
                try {
                    outcome = ingester.parseHere(r);
                } finally {
                    Thread.currentThread().setName("idle");
                }
                writeOutcome(out, outcome);
                out.flush();
            }
        }
    }
}
