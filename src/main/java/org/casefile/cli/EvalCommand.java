package org.casefile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.casefile.eval.AttributionDocument;
import org.casefile.eval.AttributionEvaluator;
import org.casefile.eval.CoreNlpQuotePredictor;
import org.casefile.eval.DefaultNerPredictor;
import org.casefile.eval.EntityErrors;
import org.casefile.eval.EventErrors;
import org.casefile.eval.Evaluator;
import org.casefile.eval.GoldDocument;
import org.casefile.eval.GumReader;
import org.casefile.eval.MeantimeReader;
import org.casefile.eval.NormalizedText;
import org.casefile.eval.PipelinePredictor;
import org.casefile.eval.PolnearReader;
import org.casefile.eval.Prediction;
import org.casefile.eval.Report;
import org.casefile.eval.TimexErrors;
import org.casefile.eval.TimeMlReader;
import org.casefile.eval.TimelineErrors;
import org.casefile.eval.TimelineGoldReader;
import org.casefile.eval.TimelineTarget;
import org.casefile.extract.RuleExtractor;
import org.casefile.extract.Rules;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.pipeline.SentenceSelection;
import org.casefile.pipeline.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code casefile eval}: scores casefile (and, with {@code --baseline}, CoreNLP's default ner
 * pipeline) on annotated news: MEANTIME (CAT XML) with its SemEval-2015 timelines, GUM, and who
 * said what on PolNeAR ({@code --polnear SPLIT} scores PolNeAR alone); with {@code --te3}, time
 * expressions alone on the TempEval-3 TimeML of TimeBank and AQUAINT.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score casefile on annotated news (MEANTIME, SemEval-2015 TimeLine, GUM, PolNeAR; "
                + "or TempEval-3 TimeML with --te3) and print the tables.")
public final class EvalCommand implements Callable<Integer> {
    static final String MEANTIME = "meantime-airbus/intra_cross-doc_annotation/corpus_airbus";
    static final String TIMEML = "semeval2015-timeline-corpus1/corpus_1/corpus_trackA_TimeML";
    static final String TIMELINES = "semeval2015-timeline-corpus1/corpus_1/TimeLines_Gold_Standard";
    static final String TARGETS = "semeval2015-timeline-corpus1/corpus_1/list_target_entities_corpus_1.txt";
    static final String GUM = "gum-subset/xml";
    static final String POLNEAR = "polnear";
    static final String TE3 = "te3-tbaq";

    /** The TempEval-3 training folders ({@code --te3}). */
    enum Te3 { TimeBank, AQUAINT, all }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the annotated data (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/corpus/news-annotated");

    @Option(names = "--baseline", description = "Also score CoreNLP's default ner pipeline on the same documents "
            + "and, on PolNeAR, its quote annotator with coreference.")
    boolean baseline;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
    Path json;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated at once (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--models", paramLabel = "DIR", description = "Folder of regexner lists and rules (default: models).")
    Path models = Settings.defaultModelsDir();

    @Option(names = "--polnear", arity = "0..1", fallbackValue = "dev", paramLabel = "SPLIT",
            description = "Score who said what on PolNeAR's SPLIT only (dev or train; default dev). "
                    + "Without this option PolNeAR dev is scored after MEANTIME and GUM.")
    String polnear;

    @Option(names = "--te3", paramLabel = "SET", description = "Score dates and event triggers on TempEval-3 TimeML instead "
            + "(te3-tbaq: TimeBank, AQUAINT or all; all also prints each part).")
    Te3 te3;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N PolNeAR articles (in file-name "
            + "order), or with --te3 the first N documents of each folder.")
    int limit;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write casefile's errors to FILE: per PolNeAR "
            + "article (missed with their sentence, false, wrong speaker), or with --te3 every timex mismatch (tab-separated) "
            + "and casefile's event triggers beside the gold EVENTs to FILE.events.tsv (with --baseline the default's timex mismatches "
            + "to FILE.baseline.tsv, the gold TIMEX3 it gets right and casefile does not to FILE.baseline-wins.tsv; without --te3 "
            + "the same for MEANTIME and GUM: FILE.timex.baseline.tsv, FILE.timex.baseline-wins.tsv); "
            + "the SemEval-2015 timeline mismatches go to FILE.timeline.tsv, the MEANTIME and GUM timex mismatches to FILE.timex.tsv, "
            + "their entity mismatches (missed, spurious, wrong type, wrong span) to FILE.entities.tsv.")
    Path errors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("casefile eval: --threads must be at least 1");
            return 2;
        }
        if (!Files.isDirectory(data)) {
            err.println("casefile eval: no annotated data at " + data + " (use --data DIR)");
            return 2;
        }
        if (polnear != null && !polnear.equals("dev") && !polnear.equals("train") || limit < 0) {
            err.println("casefile eval: --polnear takes dev or train, --limit a count >= 0");
            return 2;
        }
        if (te3 != null && polnear != null) {
            err.println("casefile eval: --te3 and --polnear are separate runs; give one");
            return 2;
        }
        if (te3 != null) {
            return tempEval(out, err);
        }
        boolean only = polnear != null;
        String split = only ? polnear : "dev";
        Path polnearDir = data.resolve(POLNEAR);
        if (only && !Files.isRegularFile(polnearDir.resolve("metadata.tsv"))) {
            err.println("casefile eval: found no " + POLNEAR + "/metadata.tsv under " + data);
            return 2;
        }
        List<GoldDocument> meantime = !only && Files.isDirectory(data.resolve(MEANTIME))
                ? new MeantimeReader(data.resolve(TIMEML)).readFolder(data.resolve(MEANTIME)) : List.of();
        List<TimelineTarget> timelines = Files.isDirectory(data.resolve(TIMELINES)) && !meantime.isEmpty()
                ? TimelineGoldReader.resolve(new TimelineGoldReader().readFolder(data.resolve(TIMELINES),
                        data.resolve(TARGETS)), meantime) : List.of();
        List<GoldDocument> gum = !only && Files.isDirectory(data.resolve(GUM))
                ? new GumReader().readFolder(data.resolve(GUM)) : List.of();
        List<AttributionDocument> attributions = Files.isRegularFile(polnearDir.resolve("metadata.tsv"))
                ? new PolnearReader().readSplit(polnearDir, split, limit) : List.of();
        if (meantime.isEmpty() && gum.isEmpty() && attributions.isEmpty()) {
            err.println("casefile eval: found neither " + MEANTIME + " nor " + GUM + " nor " + POLNEAR + " under " + data);
            return 2;
        }
        Rules rules = Rules.load(models);
        // the production configuration, parse selection included: the scores are what users get
        PipelinePredictor casefile = new PipelinePredictor(new CoreNlpAnnotator(models, SentenceSelection.forRules(rules)),
                new RuleExtractor(rules));
        List<Report> reports = new ArrayList<>();
        String summary = null;
        if (!only) {
            List<Prediction> onMeantime = predictAll(meantime, casefile::predict);
            reports.add(Evaluator.evaluate("casefile: MEANTIME Airbus (" + meantime.size() + " docs)", meantime,
                    onMeantime, timelines, GoldDocument.MEANTIME_TIMEX_SENTENCES));
            if (errors != null && !timelines.isEmpty()) {
                Files.writeString(timelineErrors(errors),
                        TimelineErrors.HEADER + TimelineErrors.lines(timelines, meantime, onMeantime));
            }
            List<Prediction> onGum = predictAll(gum, casefile::predict);
            reports.add(Evaluator.evaluate("casefile: GUM subset (" + gum.size() + " docs)", gum, onGum, List.of()));
            if (errors != null) {
                StringBuilder timexes = new StringBuilder(TimexErrors.HEADER);
                for (int i = 0; i < meantime.size(); i++) {
                    // only where MEANTIME annotates timexes: a timex further on is not an error
                    timexes.append(TimexErrors.lines("MEANTIME", meantime.get(i), inTimexScope(meantime.get(i), onMeantime.get(i))));
                }
                for (int i = 0; i < gum.size(); i++) {
                    timexes.append(TimexErrors.lines("GUM", gum.get(i), onGum.get(i)));
                }
                Files.writeString(timexErrors(errors), timexes);
                Files.writeString(entityErrors(errors), entityMismatches(meantime, onMeantime, gum, onGum));
                StringBuilder events = new StringBuilder(EventErrors.HEADER);
                for (int i = 0; i < meantime.size(); i++) {
                    events.append(EventErrors.lines(meantime.get(i), onMeantime.get(i), true));
                }
                Files.writeString(eventErrors(errors), events);
            }
            if (baseline) {
                DefaultNerPredictor naive = new DefaultNerPredictor();
                List<Prediction> naiveMeantime = predictAll(meantime, naive::predict);
                List<Prediction> naiveGum = predictAll(gum, naive::predict);
                reports.add(Evaluator.evaluate("CoreNLP default ner: MEANTIME Airbus", meantime, naiveMeantime, List.of(),
                        GoldDocument.MEANTIME_TIMEX_SENTENCES));
                reports.add(Evaluator.evaluate("CoreNLP default ner: GUM subset", gum, naiveGum, List.of()));
                if (errors != null) {
                    // the default's entity mismatches beside casefile's, to tell where it gains
                    Files.writeString(baselineEntityErrors(errors), entityMismatches(meantime, naiveMeantime, gum, naiveGum));
                    // its timex mismatches, and the gold timexes it gets right where casefile does not
                    StringBuilder naiveTimexes = new StringBuilder(TimexErrors.HEADER);
                    StringBuilder wins = new StringBuilder(TimexErrors.WINS_HEADER);
                    for (int i = 0; i < meantime.size(); i++) {
                        naiveTimexes.append(TimexErrors.lines("MEANTIME", meantime.get(i), inTimexScope(meantime.get(i), naiveMeantime.get(i))));
                        wins.append(TimexErrors.baselineWins("MEANTIME", meantime.get(i), inTimexScope(meantime.get(i), onMeantime.get(i)),
                                inTimexScope(meantime.get(i), naiveMeantime.get(i))));
                    }
                    for (int i = 0; i < gum.size(); i++) {
                        naiveTimexes.append(TimexErrors.lines("GUM", gum.get(i), naiveGum.get(i)));
                        wins.append(TimexErrors.baselineWins("GUM", gum.get(i), onGum.get(i), naiveGum.get(i)));
                    }
                    Files.writeString(baselineErrors(errors, "timex."), naiveTimexes);
                    Files.writeString(baselineWins(errors, "timex."), wins);
                }
            }
        }
        if (!attributions.isEmpty()) {
            String corpus = "PolNeAR " + split + " (" + attributions.size() + " articles)";
            long wall = System.nanoTime();
            long cpu = cpuNanos();
            AttributionEvaluator.Outcome ours = AttributionEvaluator.evaluate("casefile: who said what, " + corpus,
                    attributions, predictAll(attributions, d -> NormalizedText.claims(d, casefile::predict)));
            reports.add(ours.report());
            err.printf(Locale.ROOT, "casefile eval: casefile on %s: %.0f s (%.0f s of CPU)%n",
                    corpus, (System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9);
            err.flush();
            if (errors != null) {
                Files.writeString(errors, AttributionEvaluator.errors(attributions, ours.documents()));
            }
            if (baseline) {
                wall = System.nanoTime();
                cpu = cpuNanos();
                CoreNlpQuotePredictor anchor = new CoreNlpQuotePredictor();
                reports.add(AttributionEvaluator.evaluate("CoreNLP quote + coref: who said what, " + corpus,
                        attributions, predictAll(attributions, d -> anchor.predict(d.toGoldDocument()))).report());
                err.printf(Locale.ROOT, "casefile eval: CoreNLP quote + coref on %s: %.0f s (%.0f s of CPU), models included%n",
                        corpus, (System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9);
                err.flush();
                summary = AttributionEvaluator.sideBySide("Who said what on " + corpus + ":",
                        List.of("casefile", "CoreNLP quote + coref"), reports.subList(reports.size() - 2, reports.size()));
            }
        }
        for (Report r : reports) {
            out.println(r.toTable());
        }
        if (summary != null) {
            out.println(summary);
        }
        out.flush();
        writeJson(reports);
        return 0;
    }

    /** TempEval-3 timex scores on te3-tbaq: each folder asked for, and their sum with {@code all}. */
    private int tempEval(PrintWriter out, PrintWriter err) throws Exception {
        List<String> folders = te3 == Te3.all ? List.of("TimeBank", "AQUAINT") : List.of(te3.name());
        Map<String, List<GoldDocument>> sets = new LinkedHashMap<>();
        for (String f : folders) {
            Path dir = data.resolve(TE3).resolve(f);
            if (!Files.isDirectory(dir)) {
                err.println("casefile eval: no TimeML folder " + dir);
                return 2;
            }
            List<GoldDocument> docs = new TimeMlReader().readFolder(dir);
            sets.put(f, docs.subList(0, limit > 0 ? Math.min(limit, docs.size()) : docs.size()));
        }
        List<GoldDocument> every = sets.values().stream().flatMap(List::stream).toList();
        Rules rules = Rules.load(models);
        PipelinePredictor casefile = new PipelinePredictor(new CoreNlpAnnotator(models, SentenceSelection.forRules(rules)),
                new RuleExtractor(rules));
        Map<String, Function<GoldDocument, Prediction>> systems = new LinkedHashMap<>();
        systems.put("casefile", casefile::predict);
        if (baseline) {
            DefaultNerPredictor naive = new DefaultNerPredictor();
            systems.put("CoreNLP default ner", naive::predict);
        }
        List<Report> reports = new ArrayList<>();
        StringBuilder dump = new StringBuilder(TimexErrors.HEADER);
        StringBuilder baselineDump = new StringBuilder(TimexErrors.HEADER);
        StringBuilder winsDump = new StringBuilder(TimexErrors.WINS_HEADER);
        Map<String, List<Prediction>> bySystem = new LinkedHashMap<>();
        StringBuilder eventDump = new StringBuilder(EventErrors.HEADER);
        for (Map.Entry<String, Function<GoldDocument, Prediction>> system : systems.entrySet()) {
            List<Prediction> predictions = predictAll(every, system.getValue());
            bySystem.put(system.getKey(), predictions);
            Map<String, List<GoldDocument>> parts = new LinkedHashMap<>(sets);
            if (sets.size() > 1) {
                parts.put("all", every);
            }
            for (Map.Entry<String, List<GoldDocument>> part : parts.entrySet()) {
                Report r = Evaluator.evaluate(system.getKey() + ": TempEval-3 " + part.getKey() + " ("
                        + part.getValue().size() + " docs)", part.getValue(), predictions, List.of());
                List<Report.Row> rows = new ArrayList<>(List.of(r.row("timex")));
                // one row per news source when the part has several (TimeBank: WSJ and 1998 wire)
                Map<String, List<GoldDocument>> bySource = new TreeMap<>();
                for (GoldDocument d : part.getValue()) {
                    bySource.computeIfAbsent(TimeMlReader.source(d.id()), k -> new ArrayList<>()).add(d);
                }
                if (bySource.size() > 1) {
                    for (Map.Entry<String, List<GoldDocument>> s : bySource.entrySet()) {
                        Report.Row row = Evaluator.evaluate("", s.getValue(), predictions, List.of()).row("timex");
                        rows.add(new Report.Row("timex " + s.getKey() + " (" + s.getValue().size() + ")",
                                row.gold(), row.predicted(), row.tp(), row.precision(), row.recall(), row.f1(),
                                row.extra()));
                    }
                }
                rows.addAll(Evaluator.triggerRows(part.getValue(), predictions));
                reports.add(new Report(r.title(), rows));
            }
            for (int i = 0; i < every.size(); i++) {
                (system.getKey().equals("casefile") ? dump : baselineDump)
                        .append(TimexErrors.lines(system.getKey(), every.get(i), predictions.get(i)));
                if (system.getKey().equals("casefile")) {
                    eventDump.append(EventErrors.lines(every.get(i), predictions.get(i), true));
                }
            }
        }
        for (Report r : reports) {
            out.println(r.toTable());
        }
        out.flush();
        if (errors != null) {
            Files.writeString(errors, dump);
            Files.writeString(eventErrors(errors), eventDump);
            if (baseline) {
                List<Prediction> ours = bySystem.get("casefile");
                List<Prediction> theirs = bySystem.get("CoreNLP default ner");
                for (int i = 0; i < every.size(); i++) {
                    winsDump.append(TimexErrors.baselineWins("TE3", every.get(i), ours.get(i), theirs.get(i)));
                }
                Files.writeString(baselineErrors(errors, ""), baselineDump);
                Files.writeString(baselineWins(errors, ""), winsDump);
            }
        }
        writeJson(reports);
        return 0;
    }

    /** Where the timeline mismatches go: beside the errors file, {@code FILE.timeline.tsv}. */
    static Path timelineErrors(Path errors) {
        return errors.resolveSibling(errors.getFileName() + ".timeline.tsv");
    }

    /**
     * Where the default's timex mismatches go, beside the errors file: {@code FILE.baseline.tsv} for
     * TempEval-3, {@code FILE.timex.baseline.tsv} for MEANTIME and GUM ({@code part} "timex.").
     */
    static Path baselineErrors(Path errors, String part) {
        return errors.resolveSibling(errors.getFileName() + "." + part + "baseline.tsv");
    }

    /**
     * Where the gold timexes the default gets right and casefile does not go ({@link
     * TimexErrors#baselineWins}): {@code FILE.baseline-wins.tsv}, or {@code FILE.timex.baseline-wins.tsv}.
     */
    static Path baselineWins(Path errors, String part) {
        return errors.resolveSibling(errors.getFileName() + "." + part + "baseline-wins.tsv");
    }

    /** A MEANTIME prediction with the timexes after the part whose timexes are annotated left out. */
    private static Prediction inTimexScope(GoldDocument doc, Prediction p) {
        return p.timexesBefore(doc.timexScopeEnd(GoldDocument.MEANTIME_TIMEX_SENTENCES));
    }

    /** Where the MEANTIME and GUM timex mismatches go: beside the errors file, {@code FILE.timex.tsv}. */
    static Path timexErrors(Path errors) {
        return errors.resolveSibling(errors.getFileName() + ".timex.tsv");
    }

    /** The entity mismatches of one predictor's MEANTIME and GUM predictions, with the header. */
    private static String entityMismatches(List<GoldDocument> meantime, List<Prediction> onMeantime,
            List<GoldDocument> gum, List<Prediction> onGum) {
        StringBuilder entities = new StringBuilder(EntityErrors.HEADER);
        for (int i = 0; i < meantime.size(); i++) {
            entities.append(EntityErrors.lines("MEANTIME", meantime.get(i), onMeantime.get(i)));
        }
        for (int i = 0; i < gum.size(); i++) {
            entities.append(EntityErrors.lines("GUM", gum.get(i), onGum.get(i)));
        }
        return entities.toString();
    }

    /** Where the MEANTIME and GUM entity mismatches go: beside the errors file, {@code FILE.entities.tsv}. */
    static Path entityErrors(Path errors) {
        return errors.resolveSibling(errors.getFileName() + ".entities.tsv");
    }

    /** Where the default pipeline's entity mismatches go with {@code --baseline}: {@code FILE.baseline-entities.tsv}. */
    static Path baselineEntityErrors(Path errors) {
        return errors.resolveSibling(errors.getFileName() + ".baseline-entities.tsv");
    }

    /** Where the MEANTIME event mention mismatches go: beside the errors file, {@code FILE.events.tsv}. */
    static Path eventErrors(Path errors) {
        return errors.resolveSibling(errors.getFileName() + ".events.tsv");
    }

    private void writeJson(List<Report> reports) throws IOException {
        if (json != null) {
            StringBuilder sb = new StringBuilder("[\n");
            for (int i = 0; i < reports.size(); i++) {
                sb.append(reports.get(i).toJson()).append(i + 1 < reports.size() ? ",\n" : "\n");
            }
            Files.writeString(json, sb.append("]\n"));
        }
    }

    /** CPU time of the whole process, or 0 when the JVM does not say. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private <T> List<Prediction> predictAll(List<T> docs, Function<T, Prediction> predictor)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Prediction>> futures = new ArrayList<>();
            for (T d : docs) {
                futures.add(pool.submit(() -> predictor.apply(d)));
            }
            List<Prediction> predictions = new ArrayList<>();
            for (Future<Prediction> f : futures) {
                predictions.add(f.get());
            }
            return predictions;
        } finally {
            pool.shutdownNow();
        }
    }
}
