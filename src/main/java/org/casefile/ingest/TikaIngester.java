package org.casefile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files with Apache Tika: one {@link AutoDetectParser} per instance (build one per
 * process), detection by content and file name, OCR of text-less PDF pages and images with
 * tesseract, a time limit per document. HTML pages go through {@link HtmlArticleExtractor}; PDF
 * pages lose pleading-paper line numbers and get their lines rejoined ({@link PleadingLineNumbers},
 * {@link LineReflow}); e-mails are split into body and attachments by {@link #ingestAll}.
 *
 * <p>Thread-safe: Tika's parsers are, and each call gets its own handler and context.
 */
public final class TikaIngester implements Ingester, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TikaIngester.class);

    static {
        // log4j-api (used by POI inside Tika) prints "could not find a logging provider" to
        // stdout, where the JSON may go; the real fix is a log4j-to-slf4j bridge on the class path
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    private static final Set<String> NOT_DOCUMENTS = Set.of(
            "application/octet-stream", "application/x-executable", "application/x-sharedlib",
            "application/x-msdownload", "application/x-dosexec", "application/x-elf",
            "application/x-mach-o-executable", "application/java-vm", "application/x-object");
    private static final String MAIL = "message/rfc822";
    private static final String PDF = "application/pdf";
    /** In PDFs with images, pages with fewer chars are OCRed (scans carrying an ECF stamp). */
    static final int OCR_BELOW_CHARS_PER_PAGE = 200;
    /** How deep e-mails attached to e-mails, and archives inside archives, are split. */
    static final int MAX_DEPTH = 5;
    /** Archives (and compressed files) whose entries become documents of their own. */
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-tar", "application/x-gtar",
            "application/x-7z-compressed", "application/x-cpio", "application/gzip", "application/x-gzip",
            "application/x-bzip2", "application/x-xz", "application/x-lzma");
    /** Most bytes unpacked from one input file, across its archives and attachments (or the size limit, if larger). */
    private static final long MAX_UNPACKED_BYTES = 1L << 30;
    /** Most entries unpacked from one input file. */
    static final int MAX_ENTRIES = 10_000;
    private static final PleadingLineNumbers PLEADING = new PleadingLineNumbers();
    private static final LineReflow REFLOW = new LineReflow();
    private static final PagedText.PageCleaner PDF_PAGES = raw -> REFLOW.clean(PLEADING.clean(raw));

    private final AutoDetectParser detector = new AutoDetectParser();
    private final Parser parser;
    private final boolean tesseract;
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final IngestOptions options;
    private final Path tempDir;
    private final PublicationDateFinder dates;
    /** The child JVMs that run Tika's parsers, or null to parse in this process. */
    private final ParserProcesses processes;
    /** The system property that turns parse isolation off ({@code -Dcasefile.isolate=false}). */
    public static final String ISOLATE = "casefile.isolate";
    private final ExecutorService parseThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "casefile-parse");
        t.setDaemon(true);
        return t;
    });

    public TikaIngester(IngestOptions options) {
        this(options, Tesseract.isInstalled(), null);
    }

    /**
     * @param tempDir where e-mail attachments are unpacked (the pipeline's run folder, which it
     *     removes when it closes; a timed-out parse may still write there), or null for the
     *     system's temporary folder
     */
    public TikaIngester(IngestOptions options, Path tempDir) {
        this(options, Tesseract.isInstalled(), null, tempDir, !"false".equals(System.getProperty(ISOLATE)));
    }

    /**
     * @param tesseract whether to OCR (false pretends tesseract is absent)
     * @param parser parses instead of Tika's auto-detecting parser (tests), or null
     */
    TikaIngester(IngestOptions options, boolean tesseract, Parser parser) {
        this(options, tesseract, parser, null, false);
    }

    /**
     * @param isolate whether Tika parses in child JVMs ({@link ParserProcesses}); HTML and plain
     *     text are always read in this process
     */
    TikaIngester(IngestOptions options, boolean tesseract, Parser parser, Path tempDir, boolean isolate) {
        this.processes = isolate ? new ParserProcesses(options, tesseract) : null;
        this.tempDir = tempDir;
        this.options = options;
        this.dates = new PublicationDateFinder(options.docDate());
        this.tesseract = tesseract;
        this.parser = parser != null ? parser : detector;
        if (tesseract) {
            Tesseract.useSingleThread(detector);
        }
    }

    /** The file as one document; an e-mail's attachments are part of its text. */
    @Override
    public IngestedDocument ingest(SourceFile source, String id, String sha256) {
        return ingest(source, id, sha256, false, 0, walk(System.nanoTime() + options.timeout().toNanos())).get(0);
    }

    /**
     * The file as a document, followed (for an e-mail or an archive) by each attachment or entry
     * as a document of its own, whose {@code parent} is the container's id and whose id is
     * {@link DocumentIds#of} its SHA-256; its path is the container's path + "!/" + its name
     * (an archive entry's path inside the archive).
     */
    @Override
    public List<IngestedDocument> ingestAll(SourceFile source, String id, String sha256) {
        return ingestAll(source, id, sha256, System.nanoTime() + options.timeout().toNanos());
    }

    @Override
    public List<IngestedDocument> ingestAll(SourceFile source, String id, String sha256, long deadlineNanos) {
        return ingest(source, id, sha256, true, 0, walk(deadlineNanos));
    }

    private Walk walk(long deadlineNanos) {
        return new Walk(deadlineNanos, new MailAttachments.Budget(Math.max(options.maxBytes(), MAX_UNPACKED_BYTES),
                MAX_ENTRIES));
    }

    /** What one input file's parse shares with the attachments and archive entries inside it. */
    private static final class Walk {
        private long deadline;
        private final MailAttachments.Budget budget;

        /**
         * @param deadline {@link System#nanoTime()} past which nothing more is parsed
         * @param budget what may still be unpacked
         */
        Walk(long deadline, MailAttachments.Budget budget) {
            this.deadline = deadline;
            this.budget = budget;
        }

        synchronized long deadline() {
            return deadline;
        }

        MailAttachments.Budget budget() {
            return budget;
        }

        /** Moves the deadline by time that was not the document's (a parser process starting). */
        synchronized void extend(long nanos) {
            deadline += nanos;
        }
    }

    private List<IngestedDocument> ingest(SourceFile source, String id, String sha256, boolean split, int depth,
            Walk walk) {
        String path = source.displayPath();
        Path tmp = null;
        ParserProcesses.Call call = null;
        try {
            long size = Files.size(source.file());
            if (size == 0) {
                return List.of(IngestedDocument.notParsed(id, path, sha256, null, DocumentStatus.EMPTY,
                        IngestedDocument.EMPTY_FILE, null));
            }
            if (size > options.maxBytes()) {
                return List.of(IngestedDocument.notParsed(id, path, sha256, null, DocumentStatus.SKIPPED,
                        "larger than the size limit of " + options.maxBytes() + " bytes", null));
            }
            String mediaType = detect(source);
            if (NOT_DOCUMENTS.contains(mediaType)) {
                return List.of(IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.SKIPPED,
                        "not a document format (" + mediaType + ")", null));
            }
            if (mayBeOwnOutput(mediaType)) {
                // an earlier run's case, report or export written into the input folder: its quoted
                // passages would come back as a document of their own, every fact cited twice
                Optional<OwnOutputs> own = OwnOutputs.of(source.file());
                if (own.isPresent()) {
                    return List.of(IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.SKIPPED,
                            own.get().reason(), null));
                }
            }
            boolean archive = ARCHIVES.contains(mediaType);
            if (archive && !split) {
                return List.of(IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.SKIPPED,
                        "an archive (its entries are documents of their own)", null));
            }
            if (archive && depth >= MAX_DEPTH) {
                return List.of(IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.SKIPPED,
                        "an archive nested more than " + MAX_DEPTH + " levels deep: not opened", null));
            }
            call = processes != null && needsIsolation(mediaType, archive) ? processes.call() : null;
            if (call != null) {
                // a parser process that is still starting costs its own time, not the document's
                walk.extend(call.prepare());
            }
            long left = walk.deadline() - System.nanoTime();
            if (left <= 0) {
                if (call != null) {
                    call.kill();
                }
                return List.of(failed(id, path, sha256, mediaType, timedOutInParse()));
            }
            if (split && depth < MAX_DEPTH && (archive || mediaType.equals(MAIL))) {
                tmp = tempDir == null ? Files.createTempDirectory("casefile-mail")
                        : Files.createTempDirectory(tempDir, archive ? "archive" : "mail");
            }
            Path attachmentDir = tmp;
            ParserProcesses.Call isolated = call;
            Future<Parsed> future = parseThreads.submit(() -> isolated == null
                    ? parse(source, mediaType, attachmentDir, archive, walk)
                    : inChild(isolated, source, mediaType, attachmentDir, archive, walk));
            Parsed parsed;
            try {
                parsed = future.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                if (call != null) {
                    call.kill(); // really stopped: nothing writes into tmp any more
                } else if (tempDir != null) {
                    tmp = null; // the abandoned parse may still write there: the run's folder goes at close()
                }
                return List.of(failed(id, path, sha256, mediaType, timedOutInParse()));
            } catch (InterruptedException e) {
                future.cancel(true);
                if (call != null) {
                    call.kill();
                }
                Thread.currentThread().interrupt();
                return List.of(failed(id, path, sha256, mediaType, "interrupted"));
            } catch (CancellationException e) {
                return List.of(failed(id, path, sha256, mediaType, "cancelled"));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof NotText notText) {
                    LOG.warn("{}: skipped: {}", path, notText.getMessage());
                    return List.of(IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.SKIPPED,
                            notText.getMessage(), null));
                }
                String why = reason(e.getCause());
                boolean died = e.getCause() instanceof ChildFailure f && f.died;
                if (PDF.equals(mediaType) && why.startsWith("could not parse: ") && !died) {
                    // PDFBox's messages ("Page tree root must be a dictionary") name the symptom, not the cause
                    why = "could not parse: the PDF is truncated or corrupt (" + why.substring("could not parse: ".length()) + ")";
                }
                return List.of(failed(id, path, sha256, mediaType, why));
            }
            List<IngestedDocument> docs = new ArrayList<>();
            if (archive) {
                int n = parsed.attachments().size();
                docs.add(IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.SKIPPED,
                        "an archive of " + n + (n == 1 ? " entry" : " entries") + " (each is a document of its own)",
                        null));
            } else {
                docs.add(toDocument(source, id, sha256, mediaType, parsed));
            }
            for (MailAttachments.Attachment a : parsed.attachments()) {
                docs.addAll(attachment(a, docs, path, id, depth, walk));
            }
            return docs;
        } catch (IOException e) {
            return List.of(failed(id, path, sha256, null, "cannot read the file: "
                    + (e instanceof java.nio.file.NoSuchFileException gone && source.file().toString().equals(gone.getFile())
                            ? IngestedDocument.GONE : oneSentence(e))));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return List.of(failed(id, path, sha256, null, reason(e)));
        } finally {
            if (call != null) {
                call.release();
            }
            deleteQuietly(tmp);
        }
    }

    private String timedOutInParse() {
        return IngestedDocument.TIMED_OUT + seconds(options.timeout()) + " s in the parse";
    }

    /** An attachment or archive entry as documents (more than one when it holds others). */
    private List<IngestedDocument> attachment(MailAttachments.Attachment a, List<IngestedDocument> siblings,
            String containerPath, String containerId, int depth, Walk walk) {
        String path = containerPath + "!/" + a.name();
        if (a.file() == null) {
            DocumentStatus status = MailAttachments.ENCRYPTED_ENTRY.equals(a.skipped()) ? DocumentStatus.FAILED
                    : DocumentStatus.SKIPPED;
            return List.of(IngestedDocument.notParsed(DocumentIds.ofPath(path), path, null, null, status,
                    a.skipped(), null).withParent(containerId));
        }
        String id = DocumentIds.isEmptyContent(a.sha256()) ? DocumentIds.ofDuplicate(a.sha256(), path) : DocumentIds.of(a.sha256());
        for (IngestedDocument s : siblings) {
            if (s.id().equals(id) && s.parent() != null) {
                String dupId = DocumentIds.ofDuplicate(a.sha256(), path);
                return List.of(IngestedDocument.notParsed(dupId, path, a.sha256(), null, DocumentStatus.SKIPPED,
                        "same content as " + id, id).withParent(containerId));
            }
        }
        var docs = new ArrayList<>(ingest(new SourceFile(a.file(), path, null), id, a.sha256(), true, depth + 1, walk));
        docs.set(0, docs.get(0).withParent(containerId));
        return docs;
    }

    private IngestedDocument toDocument(SourceFile source, String id, String sha256, String mediaType, Parsed parsed) {
        String path = source.displayPath();
        Manifest.Entry entry = source.manifestEntry();
        String title = entry != null && entry.title() != null ? entry.title() : parsed.title();
        String url = entry != null ? entry.url() : null;
        if (parsed.text().text().isBlank()) {
            boolean needsOcr = parsed.text().pageMap().isPaged() || mediaType.startsWith("image/");
            if (needsOcr && !tesseract) {
                return failed(id, path, sha256, mediaType, "needs OCR: install tesseract-ocr");
            }
            return new IngestedDocument(id, path, sha256, mediaType, title, url, null, parsed.text().pageMap(), "",
                    parsed.ocr(), DocumentStatus.EMPTY, "no text after extraction", null, null);
        }
        var published = dates.find(entry == null ? null : entry.published(), parsed.metadataDate(),
                parsed.text().text(), source.file().getFileName().toString());
        if (parsed.truncated()) {
            LOG.warn("{}: cut at the limit of {} characters", path, options.maxChars());
        }
        return new IngestedDocument(id, path, sha256, mediaType, title, url, published.orElse(null),
                parsed.text().pageMap(), parsed.text().text(), parsed.ocr(), DocumentStatus.OK, null, null, null,
                parsed.truncated());
    }

    /** The child JVMs that parse, or null (tests). */
    ParserProcesses processes() {
        return processes;
    }

    /**
     * Whether a parse runs in a child JVM: every format read by Tika's parsers (PDF, Office, RTF,
     * images, ...) but HTML and plain text (read here, in bounded time), archives and e-mails
     * (streamed; their entries are copied by {@link MailAttachments}, which stops at an
     * interrupt, and parsed, each in its own turn, as documents of their own).
     */
    private static boolean needsIsolation(String mediaType, boolean archive) {
        return !isHtml(mediaType) && !isPlainText(mediaType) && !archive && !mediaType.equals(MAIL);
    }

    private static boolean isHtml(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private static boolean isPlainText(String mediaType) {
        return mediaType.equals("text/plain") || mediaType.startsWith("text/x-web-markdown")
                || mediaType.equals("text/markdown");
    }

    /** The parse, run by a child JVM. */
    private Parsed inChild(ParserProcesses.Call call, SourceFile source, String mediaType, Path attachmentDir,
            boolean archive, Walk walk) throws Exception {
        ParserProcesses.Outcome o = call.run(new ParserProcesses.Request(source.file().toAbsolutePath(), source.displayPath(), mediaType,
                attachmentDir == null ? null : attachmentDir.toAbsolutePath(), archive, walk.budget().bytesLeft(),
                walk.budget().entriesLeft()));
        if (o.notText() != null) {
            throw new NotText(o.notText());
        }
        if (o.failure() != null) {
            throw new ChildFailure(o.failure(), o.died());
        }
        for (MailAttachments.Attachment a : o.parsed().attachments()) {
            walk.budget().spend(a.size());
        }
        return o.parsed();
    }

    /** The parse, for a child JVM: what {@link ParserProcesses} sends back. */
    ParserProcesses.Outcome parseHere(ParserProcesses.Request r) {
        SourceFile source = new SourceFile(r.file(), r.file().getFileName().toString(), null);
        Walk walk = new Walk(Long.MAX_VALUE, new MailAttachments.Budget(r.budgetBytes(), r.budgetEntries()));
        try {
            return new ParserProcesses.Outcome(parse(source, r.mediaType(), r.attachmentDir(), r.archive(), walk),
                    null, null);
        } catch (NotText e) {
            return new ParserProcesses.Outcome(null, e.getMessage(), null);
        } catch (Exception | StackOverflowError e) {
            return new ParserProcesses.Outcome(null, null, reason(e));
        }
    }

    /** A parse that failed in a child JVM, with its reason as it was worded there. */
    private static final class ChildFailure extends Exception {
        private static final long serialVersionUID = 1L;

        /** Whether the child died (its reason says how), rather than the parser failing. */
        final boolean died;

        ChildFailure(String reason, boolean died) {
            super(reason, null, false, false);
            this.died = died;
        }
    }

    /** What a parse produced. */
    record Parsed(PagedText text, String title, LocalDate metadataDate, boolean ocr,
            List<MailAttachments.Attachment> attachments, boolean truncated) {
    }

    /** Whether a file of this type may be one of casefile's own outputs (all are text). */
    private static boolean mayBeOwnOutput(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.contains("json") || mediaType.contains("csv");
    }

    /** The file claims to be text and is not: skipped with the reason. */
    static final class NotText extends Exception {
        private static final long serialVersionUID = 1L;

        NotText(String reason) {
            super(reason, null, false, false);
        }
    }

    private String detect(SourceFile source) throws IOException {
        Metadata metadata = new Metadata();
        String name = source.file().getFileName().toString();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String type;
        try (TikaInputStream in = TikaInputStream.get(source.file(), metadata)) {
            MediaType detected = detector.getDetector().detect(in, metadata);
            type = detected.getBaseType().toString();
        }
        if ((type.equals("application/octet-stream") || type.equals("text/plain")) && isUtf16WithoutBom(source.file())) {
            return "text/plain";
        }
        if (!type.equals(PDF) && name.toLowerCase(Locale.ROOT).endsWith(".pdf") && PdfChecks.headerNearStart(source.file())) {
            return PDF; // junk (an HTTP response head, say) before %PDF- hides the magic number
        }
        return type;
    }

    private static boolean isUtf16WithoutBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(TextSniffer.HEAD);
            return TextSniffer.utf16WithoutBom(head, head.length) != null;
        }
    }

    /**
     * Plain text in the encoding Tika's detectors find (UTF-16 without a byte order mark by its
     * zero bytes); bytes as random as compressed data, and decoded text with more than
     * {@value #MAX_JUNK_SHARE} of undecodable or control characters, are not text; UTF-8 with a few
     * broken bytes is read as UTF-8 ({@link TextSniffer#mostlyUtf8}); text they take for ISO-8859-1
     * is read as Windows-1252, its superset, so that curly quotes and dashes survive.
     */
    static String plainText(Path file) throws IOException, org.apache.tika.exception.TikaException, NotText {
        byte[] bytes = Files.readAllBytes(file);
        java.nio.charset.Charset charset = TextSniffer.utf16WithoutBom(bytes, bytes.length);
        if (charset == null) {
            if (TextSniffer.looksRandom(bytes, bytes.length)) {
                throw new NotText("not text: the bytes look random or compressed");
            }
            try (var reader = new org.apache.tika.detect.AutoDetectReader(new java.io.ByteArrayInputStream(bytes))) {
                charset = reader.getCharset();
            }
            if (!charset.equals(java.nio.charset.StandardCharsets.UTF_8) && TextSniffer.mostlyUtf8(bytes, bytes.length)) {
                // UTF-8 with a few broken bytes: each of those becomes U+FFFD, not every letter mojibake
                charset = java.nio.charset.StandardCharsets.UTF_8;
            }
        }
        if (charset.name().equalsIgnoreCase("ISO-8859-1")) {
            charset = java.nio.charset.Charset.forName("windows-1252");
        }
        String text = new String(bytes, charset);
        double junk = TextSniffer.junkShare(text);
        if (junk > MAX_JUNK_SHARE) {
            throw new NotText(String.format(Locale.ROOT, "not text: %.0f%% of the characters are not valid text in %s",
                    junk * 100, charset.name()));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Ends of a first line that make it a sentence or a lead-in, not a headline. */
    private static final java.util.regex.Pattern NOT_HEADLINE_END = java.util.regex.Pattern.compile("[.,;:\\-–—(]$");

    /**
     * The first line of a plain text when it reads as a headline: followed by a blank line and
     * more text, at most 150 characters and 25 words (two at least), starting with a capital
     * letter, digit or quotation mark, not ending like a sentence or a lead-in (".", ",", ":", a
     * dash), not a date alone. Else null.
     */
    static String headline(String text) {
        int end = text.indexOf('\n');
        if (end < 0 || !text.startsWith("\n", end + 1) || text.substring(end).isBlank()) {
            return null;
        }
        String line = text.substring(0, end).strip();
        if (line.length() < 3 || line.length() > 150 || line.split("\\s+").length > 25
                || NOT_HEADLINE_END.matcher(line).find()) {
            return null;
        }
        int first = line.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '"' && first != '\u201C') {
            return null;
        }
        long words = java.util.Arrays.stream(line.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).count();
        boolean dateOnly = words <= 3 && line.matches(".*\\d{4}");
        return words >= 2 && !dateOnly ? line : null; // "May 11, 2021" and "Monday, May 11, 2021" are datelines
    }

    /** Plain text with a larger share of undecodable or control characters is not text ({@link TextSniffer#junkShare}). */
    static final double MAX_JUNK_SHARE = 0.10;

    private Parsed parse(SourceFile source, String mediaType, Path attachmentDir, boolean archive, Walk walk)
            throws Exception {
        if (isHtml(mediaType)) {
            var page = Jsoup.parse(source.file().toFile(), null);
            var article = html.extract(page.outerHtml(), page.location());
            PagedText text = PagedText.join(List.of(article.text()), false, raw -> raw);
            return new Parsed(text, article.title(), article.published(), false, List.of(), false);
        }
        if (isPlainText(mediaType)) {
            String text = plainText(source.file());
            String title = null;
            LocalDate date = null;
            if (!mediaType.equals("text/plain")) {
                MarkdownText.Result md = MarkdownText.read(text);
                text = md.text();
                title = md.title();
                date = md.date();
            }
            boolean cut = text.length() > options.maxChars();
            if (cut) {
                int end = options.maxChars();
                text = text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
            }
            PagedText paged = PagedText.join(List.of(text), false, raw -> raw);
            if (title == null && mediaType.equals("text/plain")) {
                title = headline(paged.text());
            }
            return new Parsed(paged, title, date, false, List.of(), cut);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.file().getFileName().toString());
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        if (mediaType.equals(PDF)) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, PDF); // as sniffed by detect()
        }
        PagedTextHandler handler = new PagedTextHandler(options.maxChars());
        ParseContext context = context(tesseract && mediaType.equals(PDF) && PdfChecks.drawsImages(source.file()));
        MailAttachments mail = null;
        if (attachmentDir != null) {
            mail = new MailAttachments(parser, context, attachmentDir, options.maxBytes(), archive, walk.budget(),
                    archive ? ArchiveListing.of(source.file(), mediaType) : ArchiveListing.NONE);
            context.set(EmbeddedDocumentExtractor.class, mail);
        }
        try (InputStream in = TikaInputStream.get(source.file(), metadata)) {
            parser.parse(in, handler, metadata, context);
        }
        boolean ocr = tesseract && (mediaType.startsWith("image/") || ocrPages(metadata) > 0);
        PagedText text = PagedText.join(handler.pages(), handler.isPaged(),
                mediaType.equals(PDF) ? PDF_PAGES : raw -> raw);
        String title = metadata.get(TikaCoreProperties.TITLE);
        LocalDate date = mediaType.equals(MAIL) ? metadataDate(metadata) : null;
        return new Parsed(text, title == null || title.isBlank() ? null : title.strip(), date, ocr,
                mail == null ? List.of() : mail.attachments(), handler.isTruncated());
    }

    /**
     * @param scanned whether a PDF's pages with little text may be scans (it draws images): OCR
     *     them below {@value #OCR_BELOW_CHARS_PER_PAGE} chars instead of Tika's 10, which misses
     *     scans that carry an electronic filing stamp as text
     */
    private ParseContext context(boolean scanned) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(tesseract ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        if (scanned) {
            pdf.setOcrStrategyAuto("10, " + OCR_BELOW_CHARS_PER_PAGE);
        }
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(options.ocrLanguage());
        ocr.setSkipOcr(!tesseract);
        ocr.setTimeoutSeconds((int) Math.max(1, options.timeout().toSeconds()));
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private static int ocrPages(Metadata metadata) {
        for (String name : metadata.names()) {
            if (name.toLowerCase(Locale.ROOT).contains("ocrpagecount")) {
                try {
                    return Integer.parseInt(metadata.get(name).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static LocalDate metadataDate(Metadata metadata) {
        String created = metadata.get(TikaCoreProperties.CREATED);
        if (created == null) {
            return null;
        }
        try {
            return IsoDates.parseDateOrDateTime(created);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static IngestedDocument failed(String id, String path, String sha256, String mediaType, String reason) {
        LOG.warn("{}: failed: {}", path, reason);
        return IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.FAILED, reason, null);
    }

    /** "120" for whole seconds, "0.05" for less. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /** One sentence saying why a parse failed. */
    static String reason(Throwable t) {
        if (t instanceof ChildFailure) {
            return t.getMessage();
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EncryptedDocumentException
                    || c.getClass().getSimpleName().contains("InvalidPassword")) {
                return "encrypted: the document needs a password";
            }
        }
        if (t instanceof OutOfMemoryError) {
            return "ran out of memory while parsing";
        }
        return "could not parse: " + oneSentence(t);
    }

    static String oneSentence(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        message = message.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
        return message.length() > 200 ? message.substring(0, 197) + "..." : message;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot delete {}: {}", dir, e.toString());
        }
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
        if (processes != null) {
            processes.close();
        }
    }
}
