package org.casefile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files with Apache Tika: one {@link AutoDetectParser} per instance (build one per
 * process), detection by content and file name, OCR of text-less PDF pages and images with
 * tesseract, a time limit per document. HTML pages go through {@link HtmlArticleExtractor}.
 *
 * <p>Thread-safe: Tika's parsers are, and each call gets its own handler and context.
 */
public final class TikaIngester implements Ingester, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TikaIngester.class);
    private static final Set<String> NOT_DOCUMENTS = Set.of(
            "application/octet-stream", "application/x-executable", "application/x-sharedlib",
            "application/x-msdownload", "application/x-dosexec", "application/x-elf",
            "application/x-mach-o-executable", "application/java-vm", "application/x-object");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final IngestOptions options;
    private final PublicationDateFinder dates;
    private final ExecutorService parseThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "casefile-parse");
        t.setDaemon(true);
        return t;
    });

    public TikaIngester(IngestOptions options) {
        this.options = options;
        this.dates = new PublicationDateFinder(options.docDate());
    }

    @Override
    public IngestedDocument ingest(SourceFile source, String id, String sha256) {
        String path = source.displayPath();
        long size;
        try {
            size = Files.size(source.file());
        } catch (IOException e) {
            return failed(id, path, sha256, null, "cannot read the file: " + oneSentence(e));
        }
        if (size == 0) {
            return IngestedDocument.notParsed(id, path, sha256, null, DocumentStatus.EMPTY, "the file is empty (0 bytes)", null);
        }
        if (size > options.maxBytes()) {
            return IngestedDocument.notParsed(id, path, sha256, null, DocumentStatus.SKIPPED,
                    "larger than the size limit of " + options.maxBytes() + " bytes", null);
        }
        String mediaType;
        try {
            mediaType = detect(source);
        } catch (IOException e) {
            return failed(id, path, sha256, null, "cannot read the file: " + oneSentence(e));
        }
        if (NOT_DOCUMENTS.contains(mediaType)) {
            return IngestedDocument.notParsed(id, path, sha256, mediaType, DocumentStatus.SKIPPED,
                    "not a document format (" + mediaType + ")", null);
        }
        Future<Parsed> future = parseThreads.submit(() -> parse(source, mediaType));
        Parsed parsed;
        try {
            parsed = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(id, path, sha256, mediaType, "timed out after " + options.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(id, path, sha256, mediaType, "interrupted");
        } catch (CancellationException e) {
            return failed(id, path, sha256, mediaType, "cancelled");
        } catch (ExecutionException e) {
            return failed(id, path, sha256, mediaType, reason(e.getCause()));
        }
        return toDocument(source, id, sha256, mediaType, parsed);
    }

    private IngestedDocument toDocument(SourceFile source, String id, String sha256, String mediaType, Parsed parsed) {
        String path = source.displayPath();
        Manifest.Entry entry = source.manifestEntry();
        String title = entry != null && entry.title() != null ? entry.title() : parsed.title();
        String url = entry != null ? entry.url() : null;
        if (parsed.text().text().isBlank()) {
            boolean needsOcr = parsed.text().pageMap().isPaged() || mediaType.startsWith("image/");
            if (needsOcr && !Tesseract.isInstalled()) {
                return failed(id, path, sha256, mediaType, "needs OCR: install tesseract-ocr");
            }
            return new IngestedDocument(id, path, sha256, mediaType, title, url, null, parsed.text().pageMap(), "",
                    parsed.ocr(), DocumentStatus.EMPTY, "no text after extraction", null, null);
        }
        var published = dates.find(entry == null ? null : entry.published(), parsed.metadataDate(),
                parsed.text().text(), source.file().getFileName().toString());
        return new IngestedDocument(id, path, sha256, mediaType, title, url, published.orElse(null),
                parsed.text().pageMap(), parsed.text().text(), parsed.ocr(), DocumentStatus.OK, null, null, null);
    }

    /** What a parse produced. */
    private record Parsed(PagedText text, String title, LocalDate metadataDate, boolean ocr) {
    }

    private String detect(SourceFile source) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.file().getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(source.file(), metadata)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            return type.getBaseType().toString();
        }
    }

    private Parsed parse(SourceFile source, String mediaType) throws Exception {
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            var page = Jsoup.parse(source.file().toFile(), null);
            var article = html.extract(page.outerHtml(), page.location());
            PagedText text = PagedText.join(List.of(article.text()), false, raw -> raw);
            return new Parsed(text, article.title(), article.published(), false);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.file().getFileName().toString());
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        PagedTextHandler handler = new PagedTextHandler(options.maxChars());
        try (InputStream in = TikaInputStream.get(source.file(), metadata)) {
            parser.parse(in, handler, metadata, context());
        }
        boolean ocr = Tesseract.isInstalled() && (mediaType.startsWith("image/") || ocrPages(metadata) > 0);
        PagedText text = PagedText.join(handler.pages(), handler.isPaged(), raw -> raw);
        String title = metadata.get(TikaCoreProperties.TITLE);
        LocalDate date = mediaType.equals("message/rfc822") ? metadataDate(metadata) : null;
        return new Parsed(text, title == null || title.isBlank() ? null : title.strip(), date, ocr);
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(Tesseract.isInstalled() ? PDFParserConfig.OCR_STRATEGY.AUTO
                : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(options.ocrLanguage());
        ocr.setSkipOcr(!Tesseract.isInstalled());
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

    /** One sentence saying why a parse failed. */
    static String reason(Throwable t) {
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

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }
}
