package org.casefile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.SourceFile;
import org.casefile.ingest.TikaIngester;
import org.casefile.pipeline.CasePipeline;
import org.casefile.pipeline.FileCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.casefile.bench.Fmt.MB;
import static org.casefile.bench.Fmt.fmt;
import static org.casefile.bench.Fmt.round;

import org.casefile.bench.Benchmark.Stats;

/**
 * Stage 1 of the benchmark: Tika ingestion alone, one thread, timed per file and summed per kind
 * of document (PDF text layer, PDF with OCR, HTML, plain text, DOCX), plus an extra set of
 * scanned PDFs for the OCR pages/s row.
 */
final class TikaBench {
    private static final Logger LOG = LoggerFactory.getLogger(TikaBench.class);

    private final BenchOptions options;
    private final Sampler sampler;
    private final Map<String, Object> json;
    private final List<String> notes;

    TikaBench(BenchOptions options, Sampler sampler, Map<String, Object> json, List<String> notes) {
        this.options = options;
        this.sampler = sampler;
        this.json = json;
        this.notes = notes;
    }

    /** One row of the Tika table. */
    static final class Category {
        int files;
        long bytes;
        int pages;
        int ocrPages;
        final List<Double> seconds = new ArrayList<>();
        double current;

        double median() {
            return Stats.median(seconds);
        }
    }

    record TikaStage(double loadSeconds, Map<String, Category> categories, Category main, Category mainNoOcr,
            List<IngestedDocument> okDocs, int files, long bytes, Map<String, Object> memory, double[] cpu) {
    }

    TikaStage run(List<Path> inputs, List<Path> ocrExtra) throws Exception {
        LOG.info("== Tika ingestion alone");
        sampler.resetPeaks();
        Manifest manifest = manifestFor(inputs);
        List<SourceFile> files = FileCollector.collect(inputs, manifest).files();
        List<SourceFile> extra = ocrExtra.stream().map(p -> new SourceFile(p, p.toString(), null)).toList();
        List<SourceFile> all = new ArrayList<>(files);
        all.addAll(extra);
        List<String> shas = new ArrayList<>();
        for (SourceFile f : all) {
            shas.add(sha256(f.file()));
        }
        long baseline = Sampler.liveHeap();
        long t0 = System.nanoTime();
        TikaIngester ingester = new TikaIngester(IngestOptions.defaults());
        double load = (System.nanoTime() - t0) / 1e9;
        long heapAfterLoad = Sampler.liveHeap();
        List<IngestedDocument> docs = new ArrayList<>();
        try {
            for (int w = 0; w < options.warmup; w++) {
                docs.clear();
                for (int i = 0; i < all.size(); i++) {
                    docs.add(ingester.ingest(all.get(i), "d" + shas.get(i).substring(0, 12), shas.get(i)));
                }
                LOG.info("Tika warm-up pass {} done", w + 1);
            }
            Map<String, Category> categories = new LinkedHashMap<>();
            Category main = new Category();
            Category mainNoOcr = new Category();
            String[] labels = new String[all.size()];
            for (int i = 0; i < all.size(); i++) {
                IngestedDocument d = docs.get(i);
                labels[i] = category(d, i >= files.size());
                long bytes = Files.size(all.get(i).file());
                int pages = d.pages() == null ? 0 : d.pages();
                for (Category c : targets(categories, labels[i], main, mainNoOcr, i < files.size(), d.ocr())) {
                    c.files++;
                    c.bytes += bytes;
                    c.pages += pages;
                }
            }
            CpuShare cpuStart = CpuShare.now();
            double[][] perFile = new double[all.size()][options.passes];
            for (int pass = 0; pass < options.passes; pass++) {
                for (Category c : categories.values()) {
                    c.current = 0;
                }
                main.current = 0;
                mainNoOcr.current = 0;
                for (int i = 0; i < all.size(); i++) {
                    long s = System.nanoTime();
                    ingester.ingest(all.get(i), "d" + shas.get(i).substring(0, 12), shas.get(i));
                    double dt = (System.nanoTime() - s) / 1e9;
                    perFile[i][pass] = dt;
                    for (Category c : targets(categories, labels[i], main, mainNoOcr, i < files.size(), docs.get(i).ocr())) {
                        c.current += dt;
                    }
                }
                for (Category c : categories.values()) {
                    c.seconds.add(c.current);
                }
                main.seconds.add(main.current);
                mainNoOcr.seconds.add(mainNoOcr.current);
                LOG.info("Tika pass {}: {} s", pass + 1, String.format(Locale.ROOT, "%.2f", main.current));
            }
            double[] cpu = CpuShare.now().since(cpuStart);
            // how many pages tesseract read: one more (untimed) parse of each file that had OCR, for Tika's page count
            int[] ocrPages = new int[all.size()];
            List<Map<String, Object>> fileJson = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                IngestedDocument d = docs.get(i);
                if (d.ocr() && "application/pdf".equals(d.mediaType()) && !options.quick) {
                    ocrPages[i] = ocrPageCount(all.get(i).file());
                    for (Category c : targets(categories, labels[i], main, mainNoOcr, i < files.size(), true)) {
                        c.ocrPages += ocrPages[i];
                    }
                } else if (d.ocr()) {
                    ocrPages[i] = 1;
                }
                Map<String, Object> fj = new LinkedHashMap<>();
                fj.put("path", all.get(i).displayPath());
                fj.put("media_type", d.mediaType());
                fj.put("category", labels[i]);
                fj.put("status", d.status().json());
                fj.put("bytes", Files.size(all.get(i).file()));
                fj.put("pages", d.pages());
                fj.put("ocr_pages", ocrPages[i]);
                fj.put("chars", d.chars());
                List<Double> times = new ArrayList<>();
                for (double t : perFile[i]) {
                    times.add(round(t, 4));
                }
                fj.put("pass_seconds", times);
                fj.put("median_seconds", round(Stats.median(times), 4));
                fileJson.add(fj);
                if (ocrPages[i] > 0) {
                    LOG.info("{}: {} of {} pages OCR'd, {} s", all.get(i).displayPath(), ocrPages[i], d.pages(),
                            fmt(Stats.median(times), 2));
                }
            }
            List<IngestedDocument> ok = docs.subList(0, files.size()).stream().filter(IngestedDocument::isOk).toList();
            for (int i = 0; i < files.size(); i++) {
                if (!docs.get(i).isOk()) {
                    notes.add(files.get(i).displayPath() + ": " + docs.get(i).status().json()
                            + (docs.get(i).error() == null ? "" : " (" + docs.get(i).error() + ")"));
                }
            }
            long bytes = main.bytes;
            Map<String, Object> memory = sampler.memoryJson(baseline, heapAfterLoad);
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("load_seconds", round(load, 3));
            Map<String, Object> cj = new LinkedHashMap<>();
            categories.forEach((k, c) -> cj.put(k, categoryJson(c)));
            cj.put("all (corpus)", categoryJson(main));
            cj.put("all (corpus) without OCR", categoryJson(mainNoOcr));
            j.put("categories", cj);
            j.put("files", fileJson);
            j.put("memory", memory);
            j.put("cpu_cores_during_timed_passes", Fmt.cpuJson(cpu));
            json.put("tika", j);
            return new TikaStage(load, categories, main, mainNoOcr, List.copyOf(ok), files.size(), bytes, memory, cpu);
        } finally {
            ingester.close();
        }
    }

    /** Pages Tika had tesseract read, with the ingester's PDF settings (AUTO strategy); 0 if unknown. */
    private static int ocrPageCount(Path pdf) {
        ParseContext context = new ParseContext();
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        config.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, config);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(IngestOptions.defaults().ocrLanguage());
        context.set(TesseractOCRConfig.class, ocr);
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(pdf, metadata)) {
            new AutoDetectParser().parse(in, new BodyContentHandler(-1), metadata, context);
            String n = metadata.get("pdf:ocrPageCount");
            return n == null ? 0 : Integer.parseInt(n.strip());
        } catch (Exception e) {
            LOG.warn("{}: cannot count OCR pages: {}", pdf, e.toString());
            return 0;
        }
    }

    private static List<Category> targets(Map<String, Category> categories, String label, Category main,
            Category mainNoOcr, boolean inMain, boolean ocr) {
        List<Category> out = new ArrayList<>();
        out.add(categories.computeIfAbsent(label, k -> new Category()));
        if (inMain) {
            out.add(main);
            if (!ocr) {
                out.add(mainNoOcr);
            }
        }
        return out;
    }

    private static String category(IngestedDocument d, boolean ocrSet) {
        String mt = d.mediaType() == null ? "unknown" : d.mediaType();
        if (mt.equals("application/pdf")) {
            if (d.ocr()) {
                return ocrSet ? "PDF with OCR'd pages, extra OCR set" : "PDF with OCR'd pages";
            }
            return ocrSet ? "PDF, extra OCR set, no OCR ran" : "PDF, text layer";
        }
        if (mt.equals("text/html") || mt.equals("application/xhtml+xml")) {
            return "HTML (detect + Jsoup article)";
        }
        if (mt.equals("text/plain")) {
            return "plain text";
        }
        if (mt.contains("wordprocessingml")) {
            return "DOCX";
        }
        return mt;
    }

    private static Map<String, Object> categoryJson(Category c) {
        Map<String, Object> m = new LinkedHashMap<>();
        double s = c.median();
        m.put("files", c.files);
        m.put("bytes", c.bytes);
        m.put("pages", c.pages);
        m.put("pass_seconds", c.seconds.stream().map(x -> round(x, 4)).toList());
        m.put("median_seconds", round(s, 4));
        m.put("docs_per_second", round(c.files / s, 2));
        m.put("mb_per_second", round(c.bytes / MB / s, 3));
        m.put("pages_per_second", c.pages == 0 ? null : round(c.pages / s, 2));
        m.put("ocr_pages", c.ocrPages);
        m.put("ocr_pages_per_second", c.ocrPages == 0 ? null : round(c.ocrPages / s, 3));
        return m;
    }

    static Manifest manifestFor(List<Path> inputs) throws IOException {
        // as CasePipeline does: the first manifest.csv at the top of an input folder
        for (Path input : inputs) {
            Path candidate = input.resolve("manifest.csv");
            if (Files.isDirectory(input) && Files.isRegularFile(candidate)) {
                return Manifest.read(candidate);
            }
        }
        return Manifest.EMPTY;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
