package org.casefile.bench;

import static org.casefile.bench.Benchmark.THREADS;
import static org.casefile.bench.Fmt.MB;
import static org.casefile.bench.Fmt.cpuText;
import static org.casefile.bench.Fmt.fmt;
import static org.casefile.bench.Fmt.loadText;
import static org.casefile.bench.Fmt.pct;
import static org.casefile.bench.Fmt.rate;
import static org.casefile.bench.Fmt.round;
import static org.casefile.bench.Fmt.x;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casefile.bench.TikaBench.Category;
import org.casefile.bench.Benchmark.NlpStage;
import org.casefile.bench.TikaBench.TikaStage;

/** The benchmark's Markdown tables (stdout) and the ratios and notes it adds to the JSON. */
final class BenchReport {
    /** The targets the project set itself (README "Speed"). */
    private static final double TARGET_SPEEDUP = 10.0;
    private static final double TARGET_LOAD_SECONDS = 5.0;
    private static final double TARGET_SCALING = 1.8;

    private final BenchOptions options;
    private final Map<String, Object> json;
    private final List<String> notes;

    BenchReport(BenchOptions options, Map<String, Object> json, List<String> notes) {
        this.options = options;
        this.json = json;
        this.notes = notes;
    }

    void print(PrintStream out, List<Path> inputs, TikaStage tika, NlpStage cf, NlpStage std, Map<String, Object> process,
            double[] loadBefore, double[] loadAfter, double elapsed) {
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) json.get("environment");
        StringBuilder sb = new StringBuilder();
        sb.append("## casefile benchmark\n\n");
        sb.append(String.format(Locale.ROOT, "%s, commit %s, %s, %d cores, max heap %d MB, GC %s, tesseract: %s%n",
                env.get("date"), env.get("commit"), env.get("java"), (Integer) env.get("cores"), (Long) env.get("max_heap_mb"),
                env.get("gc"), env.get("tesseract")));
        sb.append(String.format(Locale.ROOT, "load average before: %s, after: %s%s%n", loadText(loadBefore), loadText(loadAfter),
                loadBefore != null && loadBefore[0] > 1.0 ? "  -> UNDER LOAD: other work shared the CPUs, figures are pessimistic" : ""));
        sb.append(String.format(Locale.ROOT, "corpus: %s%n", String.join(", ", inputs.stream().map(Path::toString).toList())));
        sb.append(String.format(Locale.ROOT, "  %d files, %.2f MB, %d ok documents; CoreNLP tokens of the ok documents: %,d "
                        + "(casefile's tokenizer settings)%s%n", tika.files(), tika.bytes() / MB, tika.okDocs().size(), cf.tokens(),
                std == null ? "" : String.format(Locale.ROOT, ", %,d (default pipeline)", std.tokens())));
        sb.append(String.format(Locale.ROOT, "medians of %d timed pass(es) after %d warm-up pass(es) per stage; "
                + "documents/s count ok documents; CPU s = CPU time of this JVM (all threads, GC included) and of "
                + "tesseract per pass, the figure least affected by other load; JIT CPU s = CPU time of the JIT compiler "
                + "threads per pass (at 1 thread they use the idle core, at 2 they take it from the workers); "
                + "1- and 2-thread passes alternate; run took %.0f s%n", options.passes, options.warmup, elapsed));
        sb.append("CPU in use during the timed passes (cores on average; tesseract counts as other): Tika stage: ")
                .append(cpuText(tika.cpu())).append("; casefile: ").append(cpuText(cf.cpu()));
        if (std != null) {
            sb.append("; CoreNLP default: ").append(cpuText(std.cpu()));
        }
        sb.append("\n\n");

        TextTable nlp = new TextTable("pipeline", ">threads", ">load s", ">load CPU s", ">median s", ">docs/s", ">tokens/s", ">2t/1t",
                ">CPU s", ">tokens/CPU-s", ">JIT CPU s");
        addRows(nlp, "casefile whole (ingest+NLP+extract+JSON)", cf, cf.whole());
        addRows(nlp, "casefile NLP+extraction, same texts", cf, cf.nlpOnly());
        if (std != null) {
            addRows(nlp, "CoreNLP default ner pipeline, same texts", std, std.whole());
        }
        sb.append(nlp.render()).append('\n');

        if (std != null) {
            TextTable ratio = new TextTable("speed ratio (docs/s)", ">1 thread", ">2 threads");
            ratio.row("casefile whole / default", x(cf.whole().get(0).docsPerSecond() / std.whole().get(0).docsPerSecond()),
                    x(cf.whole().get(1).docsPerSecond() / std.whole().get(1).docsPerSecond()));
            ratio.row("casefile NLP+extraction / default", x(cf.nlpOnly().get(0).docsPerSecond() / std.whole().get(0).docsPerSecond()),
                    x(cf.nlpOnly().get(1).docsPerSecond() / std.whole().get(1).docsPerSecond()));
            ratio.row("casefile NLP+extraction / default, per CPU-second",
                    x(std.whole().get(0).cpuMedian() / cf.nlpOnly().get(0).cpuMedian() * cf.nlpOnly().get(0).docs() / std.whole().get(0).docs()),
                    x(std.whole().get(1).cpuMedian() / cf.nlpOnly().get(1).cpuMedian() * cf.nlpOnly().get(1).docs() / std.whole().get(1).docs()));
            ratio.row("load time default / casefile", x(std.loadSeconds() / cf.loadSeconds()), "");
            sb.append(ratio.render()).append('\n');
            Map<String, Object> r = new LinkedHashMap<>();
            for (int i = 0; i < THREADS.length; i++) {
                r.put("whole_over_default_" + THREADS[i] + "t", round(cf.whole().get(i).docsPerSecond() / std.whole().get(i).docsPerSecond(), 2));
                r.put("nlp_over_default_" + THREADS[i] + "t", round(cf.nlpOnly().get(i).docsPerSecond() / std.whole().get(i).docsPerSecond(), 2));
            }
            json.put("ratios", r);
        }

        TextTable t = new TextTable("Tika ingestion alone (TikaIngester.ingest, 1 thread)", ">files", ">MB", ">pages",
                ">OCR pages", ">median s", ">docs/s", ">MB/s", ">pages/s", ">OCR pages/s");
        tika.categories().forEach((k, c) -> tikaRow(t, k, c));
        tikaRow(t, "all (corpus)", tika.main());
        if (tika.mainNoOcr().files != tika.main().files) {
            tikaRow(t, "all (corpus) without OCR'd files", tika.mainNoOcr());
        }
        sb.append(String.format(Locale.ROOT, "Tika: AutoDetectParser + ingester built in %.2f s%n", tika.loadSeconds()));
        sb.append(t.render()).append('\n');

        TextTable m = new TextTable("memory (MB)", ">live heap before load", ">live heap after load", ">peak heap used",
                ">sum of pool peaks", ">peak heap after GC");
        memRow(m, "Tika stage", tika.memory());
        memRow(m, "casefile stage", cf.memory());
        if (std != null) {
            memRow(m, "CoreNLP default stage", std.memory());
        }
        sb.append(m.render());
        sb.append(String.format(Locale.ROOT, "process peak RSS (VmHWM) at the end: %s MB (VmRSS now %s MB); peaks are per stage "
                + "(reset at each stage's start); heap used is sampled every %d ms%n%n", process.get("VmHWM_mb"), process.get("VmRSS_mb"),
                Math.max(1, options.profileMillis)));

        if (!cf.profile().isEmpty() || (std != null && !std.profile().isEmpty())) {
            TextTable p = new TextTable("where the time goes (1 thread, JFR execution samples)", ">casefile whole", ">CoreNLP default");
            Map<String, Boolean> keys = new LinkedHashMap<>();
            cf.profile().keySet().forEach(k -> keys.put(k, true));
            if (std != null) {
                std.profile().keySet().forEach(k -> keys.put(k, true));
            }
            long cfTotal = cf.profile().values().stream().mapToLong(Long::longValue).sum();
            long stdTotal = std == null ? 0 : std.profile().values().stream().mapToLong(Long::longValue).sum();
            for (String k : keys.keySet()) {
                p.row(k, pct(cf.profile().get(k), cfTotal), std == null ? "" : pct(std.profile().get(k), stdTotal));
            }
            p.row("(samples)", cfTotal, std == null ? "" : stdTotal);
            sb.append(p.render()).append('\n');
        }

        TextTable goals = new TextTable("target", ">goal", ">measured", "met");
        if (std != null) {
            double speed1 = cf.nlpOnly().get(0).docsPerSecond() / std.whole().get(0).docsPerSecond();
            double speedWhole = cf.whole().get(0).docsPerSecond() / std.whole().get(0).docsPerSecond();
            goals.row("speed vs default ner (NLP+extraction, 1 thread)", x(TARGET_SPEEDUP), x(speed1), speed1 >= TARGET_SPEEDUP ? "yes" : "NO");
            double speedCpu = std.whole().get(0).cpuMedian() / cf.nlpOnly().get(0).cpuMedian()
                    * cf.nlpOnly().get(0).docs() / std.whole().get(0).docs();
            goals.row("speed vs default ner (NLP+extraction, 1 thread, per CPU-s)", x(TARGET_SPEEDUP), x(speedCpu),
                    speedCpu >= TARGET_SPEEDUP ? "yes" : "NO");
            goals.row("speed vs default ner (whole pipeline, 1 thread)", x(TARGET_SPEEDUP), x(speedWhole),
                    speedWhole >= TARGET_SPEEDUP ? "yes" : "NO");
        }
        goals.row("casefile model load (wall)", fmt(TARGET_LOAD_SECONDS, 1) + " s", fmt(cf.loadSeconds(), 2) + " s",
                cf.loadSeconds() <= TARGET_LOAD_SECONDS ? "yes" : "NO");
        goals.row("casefile model load (CPU time, all JVM threads)", fmt(TARGET_LOAD_SECONDS, 1) + " s",
                fmt(cf.loadCpuSeconds(), 2) + " s", cf.loadCpuSeconds() <= TARGET_LOAD_SECONDS ? "yes" : "NO");
        double scaleWhole = cf.whole().get(1).docsPerSecond() / cf.whole().get(0).docsPerSecond();
        double scaleNlp = cf.nlpOnly().get(1).docsPerSecond() / cf.nlpOnly().get(0).docsPerSecond();
        goals.row("2-thread scaling, whole pipeline", x(TARGET_SCALING), x(scaleWhole), scaleWhole >= TARGET_SCALING ? "yes" : "NO");
        goals.row("2-thread scaling, NLP+extraction", x(TARGET_SCALING), x(scaleNlp), scaleNlp >= TARGET_SCALING ? "yes" : "NO");
        sb.append(goals.render());
        if (!notes.isEmpty()) {
            sb.append("\nnotes:\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        json.put("notes", notes);
        out.print(sb);
        out.flush();
    }

    private static void addRows(TextTable t, String name, NlpStage stage, List<Measure> runs) {
        for (int i = 0; i < runs.size(); i++) {
            Measure r = runs.get(i);
            t.row(i == 0 ? name : "", r.threads(), i == 0 ? fmt(stage.loadSeconds(), 2) : "",
                    i == 0 ? fmt(stage.loadCpuSeconds(), 2) : "", fmt(r.median(), 2), rate(r.docsPerSecond()),
                    String.format(Locale.ROOT, "%,.0f", r.tokensPerSecond()),
                    i == 0 ? "" : x(r.docsPerSecond() / runs.get(0).docsPerSecond()), fmt(r.cpuMedian(), 1),
                    String.format(Locale.ROOT, "%,.0f", r.tokensPerCpuSecond()), r.jitMedian() < 0 ? "?" : fmt(r.jitMedian(), 2));
        }
    }

    private static void tikaRow(TextTable t, String name, Category c) {
        double s = c.median();
        t.row(name, c.files, fmt(c.bytes / MB, 2), c.pages == 0 ? "" : c.pages, c.ocrPages == 0 ? "" : c.ocrPages, fmt(s, 3),
                rate(c.files / s), fmt(c.bytes / MB / s, 2), c.pages == 0 ? "" : rate(c.pages / s),
                c.ocrPages == 0 ? "" : fmt(c.ocrPages / s, 3));
    }

    private static void memRow(TextTable t, String name, Map<String, Object> m) {
        t.row(name, m.get("live_heap_before_load_mb"), m.get("live_heap_after_load_mb"), m.get("peak_heap_used_mb"),
                m.get("sum_of_heap_pool_peaks_mb"), m.get("peak_heap_after_gc_mb"));
    }
}
