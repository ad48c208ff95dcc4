package org.casefile.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.RuleExtractor;
import org.casefile.extract.Rules;
import org.casefile.ingest.DocumentIds;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.SourceFile;
import org.casefile.ingest.TikaIngester;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.nlp.LanguageAnnotator;
import org.casefile.nlp.ModelLoadException;

/**
 * One document through every stage, from its bytes: parse, language layer, extraction. The
 * entry point of the local engine ({@link CasePipeline}) and of a cluster job alike: it needs no
 * input folder, only a name, the content and the manifest row (or null).
 *
 * <p>Built from {@link Settings} (only the models folder, the ingest options and the timeout are
 * used). The language models load once, lazily, at the first document that has text, and are
 * shared by every thread that calls {@link #analyze}: hold one instance per JVM (a Spark
 * executor keeps one in a static field). Thread-safe. {@link #close()} stops the parse threads
 * and removes the temporary folder.
 *
 * <p>Results are the document first, then (for an e-mail) its attachments, each with
 * {@code parent} set; ids are {@link DocumentIds#of} the content hash. Entity and event ids in a
 * result are local to the document; {@link org.casefile.timeline.CaseBuilder} merges them into
 * the case. A result is plain data that Jackson writes and reads back ({@code ResultCache}).
 * Whatever goes wrong with a document becomes its status; this never throws for bad input.
 */
public final class DocumentAnalyzer implements AutoCloseable {
    /** How many times this process loaded the language models for an analyzer. */
    private static final AtomicInteger MODEL_LOADS = new AtomicInteger();

    private final RunTemp temp;
    private final TikaIngester ingester;
    private final DocumentProcessor processor;
    private final Rules rules;
    private final AtomicInteger spooled = new AtomicInteger();

    /** Loads the language models of {@code settings.modelsDir()} at the first document with text. */
    public DocumentAnalyzer(Settings settings) {
        this(settings, Rules.load(settings.modelsDir()), true);
    }

    private DocumentAnalyzer(Settings settings, Rules rules, boolean lazy) {
        this(settings, rules, lazy ? new Lazy(models(settings, rules)) : new BackgroundAnnotator(models(settings, rules)));
    }

    /**
     * An analyzer whose language models start loading now, on a thread of their own, so that the
     * caller lists, hashes and reads its first files meanwhile (the local engine); a failed load
     * throws {@link ModelLoadException} from the first {@link #analyze} that needs it.
     */
    public static DocumentAnalyzer loadingNow(Settings settings) {
        return new DocumentAnalyzer(settings, Rules.load(settings.modelsDir()), false);
    }

    private static Supplier<LanguageAnnotator> models(Settings settings, Rules rules) {
        return () -> {
            MODEL_LOADS.incrementAndGet();
            return new CoreNlpAnnotator(settings.modelsDir(), SentenceSelection.forRules(rules));
        };
    }

    /** With a given annotator (shared between analyzers, e.g. in tests and benchmarks). */
    public DocumentAnalyzer(Settings settings, LanguageAnnotator annotator) {
        this(settings, Rules.load(settings.modelsDir()), annotator);
    }

    private DocumentAnalyzer(Settings settings, Rules rules, LanguageAnnotator annotator) {
        Objects.requireNonNull(annotator, "annotator");
        try {
            this.temp = RunTemp.create(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
        this.ingester = new TikaIngester(settings.ingest(), temp.dir());
        this.rules = rules;
        this.processor = new DocumentProcessor(ingester, annotator, new RuleExtractor(rules),
                settings.ingest().timeout());
    }

    /** How many times models were loaded in this process (tests check that bad usage loads none). */
    public static int modelLoads() {
        return MODEL_LOADS.get();
    }

    /**
     * One document from its bytes.
     *
     * @param name how the document is named in the output (a path relative to the input folder,
     *     or a URI); its last segment is the file name used to detect the format and to find a
     *     date in it
     * @param content the file's bytes
     * @param manifestRow its manifest row (title, url, publication date), or null
     * @return the document, followed by its attachments (an e-mail's)
     */
    public List<DocumentExtraction> analyze(String name, byte[] content, Manifest.Entry manifestRow) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        String sha = DocumentIds.sha256(content);
        Path dir = null;
        try {
            dir = Files.createDirectory(temp.dir().resolve("in-" + spooled.incrementAndGet()));
            Path file = dir.resolve(fileName(name));
            Files.write(file, content);
            return analyze(new SourceFile(file, name, manifestRow), DocumentIds.of(sha), sha);
        } catch (IOException | RuntimeException e) {
            String reason = "cannot read the file: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse(""));
            return List.of(DocumentExtraction.empty(IngestedDocument.notParsed(DocumentIds.of(sha), name, sha, null,
                    DocumentStatus.FAILED, reason, null)));
        } finally {
            if (dir != null) {
                RunTemp.deleteTree(dir);
            }
        }
    }

    /** One document from a stream (read whole; the caller closes it). See {@link #analyze(String, byte[], Manifest.Entry)}. */
    public List<DocumentExtraction> analyze(String name, InputStream content, Manifest.Entry manifestRow)
            throws IOException {
        return analyze(name, content.readAllBytes(), manifestRow);
    }

    /** A file already on disk and hashed (the local engine). */
    List<DocumentExtraction> analyze(SourceFile file, String id, String sha) {
        return processor.process(file, id, sha);
    }

    /** The rules of the models folder (the case build needs its name rules). */
    public Rules rules() {
        return rules;
    }

    /** This analyzer's temporary folder (removed by {@link #close()}). */
    Path tempDir() {
        return temp.dir();
    }

    /** The last segment of a path or URI, safe as a file name. */
    static String fileName(String name) {
        String last = name.replace('\\', '/');
        int bang = last.lastIndexOf("!/");
        if (bang >= 0) {
            last = last.substring(bang + 2);
        }
        last = last.substring(last.lastIndexOf('/') + 1);
        int query = last.indexOf('?');
        if (query > 0) {
            last = last.substring(0, query);
        }
        last = last.replaceAll("[\\x00-\\x1f]", "_");
        return last.isEmpty() || last.equals(".") || last.equals("..") ? "document" : last;
    }

    @Override
    public void close() {
        try {
            ingester.close();
        } finally {
            temp.close();
        }
    }

    /** An annotator built at its first use, once, whichever thread gets there first. */
    private static final class Lazy implements LanguageAnnotator {
        private final Supplier<LanguageAnnotator> factory;
        private volatile LanguageAnnotator annotator;

        Lazy(Supplier<LanguageAnnotator> factory) {
            this.factory = factory;
        }

        /** Loads the models if no thread did yet: the wait is not a document's time. */
        @Override
        public void awaitReady() {
            ready();
        }

        @Override
        public AnnotatedDocument annotate(IngestedDocument document) {
            return ready().annotate(document);
        }

        private LanguageAnnotator ready() {
            LanguageAnnotator a = annotator;
            if (a == null) {
                synchronized (this) {
                    a = annotator;
                    if (a == null) {
                        try {
                            a = factory.get();
                        } catch (RuntimeException e) {
                            throw ModelLoadException.of(e);
                        }
                        annotator = a;
                    }
                }
            }
            return a;
        }
    }
}
