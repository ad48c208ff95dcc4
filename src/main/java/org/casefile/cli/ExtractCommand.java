package org.casefile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.extract.Rules;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.Manifest;
import org.casefile.nlp.CoreNlpConfig;
import org.casefile.nlp.ModelLoadException;
import org.casefile.output.CaseJsonWriter;
import org.casefile.output.OutputFiles;
import org.casefile.output.OutputLock;
import org.casefile.output.export.Exports;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import org.casefile.pipeline.CasePipeline;
import org.casefile.pipeline.FileCollector;
import org.casefile.pipeline.RuleOverlay;
import org.casefile.pipeline.Settings;
import org.casefile.timeline.CaseFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code casefile extract}: a folder of documents to a cited case JSON (or, with {@code --format}, another format). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract a cited case timeline (JSON, or another format with --format) from files and folders.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed (failed files are reported in the output)", "1:the run could not complete",
            "2:bad usage"})
public final class ExtractCommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG_TIMING = org.slf4j.LoggerFactory.getLogger(ExtractCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (folders are recursed; hidden files skipped).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write the output here (a folder for --format csv; default: stdout).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = FormatConverter.class,
            description = "Output format (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}. See casefile export.")
    String formatName = "json";

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV with columns path (required), published, title, url, source. Default: manifest.csv at the top of a folder given.")
    Path manifest;

    @Option(names = "--doc-date", paramLabel = "YYYY-MM-DD", converter = Usage.IsoDate.class,
            description = "Publication date for documents that have none from any other source.")
    LocalDate docDate;

    @Option(names = "--include-text", description = "Embed each document's extracted text in the output.")
    boolean includeText;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest time for one file, across parse, language layer and extraction (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = IngestOptions.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--models", paramLabel = "DIR", description = "Folder of regexner lists and rules (default: models).")
    Path models = Settings.defaultModelsDir();

    @Option(names = "--overlay", paramLabel = "DIR",
            description = "Case rules laid out as the models folder (a case's own places, organisations, aliases); each file's lines are added to the models file of the same path. Repeatable.")
    List<Path> overlays = new ArrayList<>();

    /** Set when the process is being stopped by a signal: what fails after it is the stop's doing, not reported. */
    static final java.util.concurrent.atomic.AtomicBoolean STOPPING = new java.util.concurrent.atomic.AtomicBoolean();
    /** Set once the case is written: a signal after it stops nothing. */
    private volatile boolean finished;

    @Option(names = "--state", paramLabel = "DIR",
            description = "Keep per-document results here; a rerun with the same folder resumes an interrupted run.")
    Path state;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "local (default: this machine's threads) or spark (an Apache Spark job; writes -o FOLDER of JSON Lines).")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (local[N], spark://HOST:PORT, yarn, ...; default: spark-submit's, else local[--threads]).")
    String master;

    @Option(names = "--case-json", description = "With --engine spark: also write FOLDER/case.json however many documents (automatic up to 10,000 documents).")
    boolean caseJson;

    /** What is wrong with the {@code --models} and {@code --overlay} folders, in one line, or null. */
    String badRuleFolders() {
        if (!Files.isDirectory(models)) {
            return "models folder not found: " + models + " (use --models DIR)";
        }
        for (Path o : overlays) {
            if (!Files.isDirectory(o)) {
                return "overlay folder not found: " + o;
            }
        }
        return null;
    }

    /**
     * The first problem of the rule files that would stop a run after the models load (a malformed
     * line, an unknown event type, a regexner pattern that is no regular expression, a missing
     * file), told of the file and line the user wrote; null when the rules read.
     */
    private String ruleProblem(Path merged) {
        String problem = CoreNlpConfig.checkRegexnerLists(merged);
        if (problem == null) {
            try {
                Rules.load(merged);
            } catch (RuntimeException e) {
                problem = String.valueOf(e.getMessage());
            }
        }
        return problem == null ? null
                : RuleOverlay.explain(problem, merged, models, overlays).lines().findFirst().orElse(problem);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!engine.equals("local") && !engine.equals("spark")) {
            return Usage.error(err, "extract", "--engine must be local or spark (got " + engine + ")");
        }
        if (engine.equals("spark")) {
            return SparkExtract.call(this, err);
        }
        if (master != null || caseJson) {
            return Usage.error(err, "extract", (master != null ? "--master" : "--case-json") + " needs --engine spark");
        }
        if (threads < 1) {
            return Usage.error(err, "extract", "--threads must be at least 1 (got " + threads + ")");
        }
        if (timeoutSeconds < 1) {
            return Usage.error(err, "extract", "--timeout must be at least 1 second (got " + timeoutSeconds + ")");
        }
        if (maxBytes < 1) {
            return Usage.error(err, "extract", "--max-size must be at least 1 byte (got " + maxBytes + ")");
        }
        Format format = FormatConverter.parse(formatName, "extract", err);
        if (format == null) {
            return 2;
        }
        if (format.writesFolder() && output == null) {
            return Usage.error(err, "extract", "--format " + format.id() + " writes a folder of files: give -o FOLDER");
        }
        for (Path p : inputs) {
            if (!Files.exists(p) && !Files.isSymbolicLink(p)) {
                return Usage.error(err, "extract", "no such file or folder: " + p);
            }
            if (!Files.exists(p)) {
                return Usage.error(err, "extract", "broken symbolic link: " + p);
            }
        }
        // (a format that writes a folder refuses any existing file as -o, below)
        String clobbers = format.writesFolder() ? null : Usage.overwritesInput(output, inputs);
        if (clobbers != null) {
            return Usage.error(err, "extract", clobbers);
        }
        String badRules = badRuleFolders();
        if (badRules != null) {
            return Usage.error(err, "extract", badRules);
        }
        if (manifest != null && Files.isDirectory(manifest)) {
            return Usage.error(err, "extract", "--manifest " + manifest + " is a folder: give the manifest file");
        }
        if (manifest != null && !Files.isRegularFile(manifest)) {
            return Usage.error(err, "extract", "no such manifest: " + manifest);
        }
        if (state != null && Files.exists(state) && !Files.isDirectory(state)) {
            return Usage.error(err, "extract", "--state " + state + " is a file: give a folder");
        }
        String stateClash = Usage.stateHoldsInput(state, inputs);
        if (stateClash != null) {
            return Usage.error(err, "extract", stateClash);
        }
        IngestOptions ingest = new IngestOptions(docDate, Duration.ofSeconds(timeoutSeconds), maxBytes,
                IngestOptions.DEFAULT_MAX_CHARS, "eng");
        Settings settings = new Settings(inputs, manifest, RuleOverlay.merge(models, overlays), threads, ingest, state);
        String ruleProblem = ruleProblem(settings.modelsDir());
        if (ruleProblem != null) {
            return Usage.error(err, "extract", ruleProblem);
        }
        Manifest sources = readManifest(err, settings, inputs);
        if (sources == null) {
            return Usage.EXIT;
        }
        // last of the checks, as it creates the output's missing folders: a refused run leaves none
        String badOutput = Usage.checkOutput(output, format.writesFolder());
        if (badOutput != null) {
            return Usage.error(err, "extract", badOutput);
        }
        List<OutputLock> locks = new ArrayList<>();
        String locking = null; // what was being locked when it failed, for the message
        try {
            if (output != null) {
                locking = "cannot write " + output;
                locks.add(OutputLock.acquire(OutputLock.besideOutput(output), output.toString()));
            }
            if (state != null) {
                locking = "--state " + state + ": cannot create the folder";
                locks.add(OutputLock.acquire(OutputLock.insideFolder(state), "the state folder " + state));
            }
        } catch (OutputLock.HeldException e) {
            closeAll(locks);
            err.println("casefile extract: " + e.getMessage());
            err.flush();
            return 1;
        } catch (IOException e) {
            closeAll(locks);
            return Usage.error(err, "extract", locking + ": " + Usage.why(e));
        }
        // stopped by a signal (Ctrl-C, TERM): one line says what is left, as the progress line is all the user sees
        // (straight to the process's standard error: the command's writer may be held by the stopped thread)
        Thread onStop = new Thread(() -> {
            if (finished) {
                return; // the summary is printed: the run is done
            }
            STOPPING.set(true);
            String left = output == null ? "what standard output holds is cut short"
                    : format.writesFolder() ? output + " may be partly written"
                    : output + " not written (any earlier file there is kept)";
            System.err.println(System.lineSeparator() + "casefile extract: stopped before the end; " + left
                    + (state == null ? "" : "; the same command with --state " + state + " resumes"));
            System.err.flush();
        }, "casefile-stopped");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            if (output != null && !format.writesFolder()) {
                OutputFiles.removeStaleTemps(output);
            }
            return run(err, settings, sources, format);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException e) {
                // stopping already: the line is printed
            }
            closeAll(locks);
        }
    }

    private int run(PrintWriter err, Settings settings, Manifest sources, Format format) throws IOException {
        long t0 = System.nanoTime();
        String counts;
        boolean none;
        // texts stay on disk while the case is built and written: memory holds ids and citations
        try (CasePipeline pipeline = new CasePipeline(settings).withTextsOnDisk()) {
            ProgressLine progress = new ProgressLine(err, System.nanoTime()); // the rate counts from the first file, not the model load
            CaseFile result = pipeline.run(inputs, sources, progress);
            progress.end();
            none = result.documents().isEmpty();
            counts = counts(result);
            if (format == Format.JSON) {
                CaseJsonWriter writer = new CaseJsonWriter(includeText);
                if (output == null) {
                    writer.write(result, System.out, pipeline::text);
                } else {
                    CaseFile whole = result;
                    OutputFiles.write(output, out -> writer.write(whole, out, pipeline::text));
                }
            } else {
                // the exporters read the contract; texts go along for quote context, copied whole only with
                // --include-text. The case is streamed to a file and read back as the exporters' model: one
                // copy of the case in memory at a time, not the case, a JSON tree and the model
                Path json = pipeline.scratchDir().resolve("case.json");
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(json))) {
                    new CaseJsonWriter(true).write(result, out, pipeline::text);
                }
                result = null; // the model replaces the case
                CaseModel model = CaseModel.read(json);
                Exports.write(format, model, output, System.out, includeText);
            }
            LOG_TIMING.info("after the last document (case build and writing): {} s, {} s of CPU; whole run {} s of CPU",
                    String.format("%.2f", (System.nanoTime() - pipeline.lastDocumentDone()) / 1e9),
                    String.format("%.2f", (CasePipeline.processCpuNanos() - pipeline.lastDocumentCpu()) / 1e9),
                    String.format("%.2f", CasePipeline.processCpuNanos() / 1e9));
        } catch (ModelLoadException e) {
            err.println("casefile extract: cannot load the language models: " + e.getMessage());
            err.flush();
            return 1;
        }
        finished = true;
        String summary = counts + String.format(" in %.1f s", (System.nanoTime() - t0) / 1e9);
        if (none) {
            err.println("casefile extract: warning: no files found in " + inputs.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        err.println(summary + (output == null ? "" : " -> " + output));
        err.flush();
        return 0;
    }

    /**
     * The manifest (empty without one), its warnings printed; or null when it cannot be used,
     * after one line per problem (the command then exits 2, before any model loads).
     */
    static Manifest readManifest(PrintWriter err, Settings settings, List<Path> inputs) {
        Manifest sources;
        List<Path> manifestFiles = List.of();
        try {
            manifestFiles = FileCollector.manifestFiles(settings.manifest(), inputs);
            sources = Manifest.readAll(manifestFiles);
        } catch (Manifest.Invalid e) {
            e.problems().forEach(problem -> err.println("casefile extract: " + problem));
            err.flush();
            return null;
        } catch (IOException e) {
            Usage.error(err, "extract", "cannot read the manifest " + String.join(", ",
                    manifestFiles.stream().map(Path::toString).toList()) + ": " + e.getMessage());
            return null;
        }
        // after the manifests are read and found valid: an error is then the only line (no "using" before it)
        manifestFiles.forEach(m -> LOG_TIMING.info("using manifest {}", m));
        sources.warnings().forEach(w -> err.println("casefile extract: warning: " + w));
        return sources;
    }

    private static void closeAll(List<OutputLock> locks) {
        for (OutputLock l : locks) {
            try {
                l.close();
            } catch (IOException e) {
                // released when the process ends
            }
        }
    }

    static String summary(CaseFile c, double seconds) {
        return counts(c) + String.format(" in %.1f s", seconds);
    }

    private static String counts(CaseFile c) {
        long ok = c.documents().stream().filter(d -> d.status() == DocumentStatus.OK).count();
        long empty = c.documents().stream().filter(d -> d.status() == DocumentStatus.EMPTY).count();
        long failed = c.documents().stream().filter(d -> d.status() == DocumentStatus.FAILED).count();
        long skipped = c.documents().stream().filter(d -> d.status() == DocumentStatus.SKIPPED).count();
        return String.format("casefile: %d documents (%d ok, %d empty, %d failed, %d skipped), %d entities, %d dates, "
                        + "%d events, %d claims", c.documents().size(), ok, empty, failed, skipped,
                c.entities().size(), c.dates().size(), c.events().size(), c.claims().size());
    }
}
