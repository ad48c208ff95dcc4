package org.casefile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.Manifest;
import org.casefile.output.OutputLock;
import org.casefile.pipeline.RuleOverlay;
import org.casefile.pipeline.Settings;
import org.casefile.pipeline.spark.SparkEngine;

/**
 * {@code casefile extract --engine spark}: checks everything typed (one line, exit 2, before
 * Spark starts or a model loads), then runs {@link SparkEngine}. Spark is not in the quick-start
 * jar: {@code ./casefile} adds it for a {@code local[N]} master, {@code spark-submit} for a cluster.
 */
final class SparkExtract {
    private static final String MASTER = "local(\\[([1-9][0-9]*|\\*)(,[1-9][0-9]*)?\\])?|(spark|k8s|mesos)://.+|yarn";

    private SparkExtract() {
    }

    static int call(ExtractCommand cmd, PrintWriter err) throws IOException {
        if (cmd.threads < 1) {
            return Usage.error(err, "extract", "--threads must be at least 1 (got " + cmd.threads + ")");
        }
        if (cmd.timeoutSeconds < 1) {
            return Usage.error(err, "extract", "--timeout must be at least 1 second (got " + cmd.timeoutSeconds + ")");
        }
        if (cmd.maxBytes < 1) {
            return Usage.error(err, "extract", "--max-size must be at least 1 byte (got " + cmd.maxBytes + ")");
        }
        if (!cmd.formatName.equals("json")) {
            return Usage.error(err, "extract", "--engine spark writes JSON Lines and case JSON only: convert the folder with "
                    + "casefile export -f " + cmd.formatName);
        }
        if (cmd.output == null) {
            return Usage.error(err, "extract", "--engine spark writes a folder: give -o FOLDER");
        }
        if (cmd.master != null && !cmd.master.matches(MASTER)) {
            return Usage.error(err, "extract", "--master " + cmd.master
                    + " is not a Spark master URL (local[N], local[*], spark://HOST:PORT, k8s://..., yarn)");
        }
        List<String> inputs = rawInputs(cmd);
        String output = raw(cmd, "--output", cmd.output);
        String state = raw(cmd, "--state", cmd.state);
        List<Path> localInputs = new ArrayList<>();
        for (String in : inputs) {
            if (isLocal(in)) {
                Path p = in.startsWith("file:") ? Path.of(java.net.URI.create(in)) : Path.of(in);
                if (!Files.exists(p)) {
                    return Usage.error(err, "extract", (Files.isSymbolicLink(p) ? "broken symbolic link: " : "no such file or folder: ") + in);
                }
                localInputs.add(p);
            }
        }
        boolean localOutput = isLocal(output);
        if (localOutput) {
            String bad = Usage.checkOutput(cmd.output, true);
            if (bad != null) {
                return Usage.error(err, "extract", bad);
            }
        }
        String badRules = cmd.badRuleFolders();
        if (badRules != null) {
            return Usage.error(err, "extract", badRules);
        }
        if (!cmd.overlays.isEmpty() && (cmd.master == null || !cmd.master.startsWith("local"))) {
            return Usage.error(err, "extract", "--overlay needs --master local[N] here: on a cluster every executor "
                    + "reads --models, so add the overlay's lines to a copy of models/ on every node and pass that");
        }
        if (cmd.manifest != null && !Files.isRegularFile(cmd.manifest)) {
            return Usage.error(err, "extract", "no such manifest: " + cmd.manifest);
        }
        if (state != null && isLocal(state) && Files.exists(cmd.state) && !Files.isDirectory(cmd.state)) {
            return Usage.error(err, "extract", "--state " + cmd.state + " is a file: give a folder");
        }
        if (!sparkOnClasspath()) {
            return Usage.error(err, "extract", "Spark is not on the classpath: run ./casefile (it adds target/spark.classpath) "
                    + "or spark-submit target/casefile.jar (see README, Running on a cluster)");
        }
        IngestOptions ingest = new IngestOptions(cmd.docDate, Duration.ofSeconds(cmd.timeoutSeconds), cmd.maxBytes,
                IngestOptions.DEFAULT_MAX_CHARS, "eng");
        Settings settings = new Settings(localInputs, cmd.manifest,
                RuleOverlay.merge(cmd.models, cmd.overlays).toAbsolutePath(), cmd.threads, ingest, null);
        Manifest sources = ExtractCommand.readManifest(err, settings, localInputs);
        if (sources == null) {
            return Usage.EXIT;
        }
        OutputLock lock = null;
        try {
            if (localOutput) {
                lock = OutputLock.acquire(OutputLock.besideOutput(cmd.output), output);
            }
        } catch (OutputLock.HeldException e) {
            err.println("casefile extract: " + e.getMessage());
            err.flush();
            return 1;
        }
        try {
            long t0 = System.nanoTime();
            SparkEngine.Outcome outcome = SparkEngine.run(new SparkEngine.Job(inputs, settings, sources, cmd.master, output,
                    cmd.includeText, cmd.caseJson, state));
            err.println(ExtractCommand.summary(outcome.caseFile(), (System.nanoTime() - t0) / 1e9) + " -> " + output
                    + (outcome.wroteCaseJson() ? " (JSON Lines and case.json)" : " (JSON Lines)"));
            err.flush();
            return 0;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** The inputs as typed: a Path would fold "hdfs://host/dir" into "hdfs:/host/dir". */
    private static List<String> rawInputs(ExtractCommand cmd) {
        var parse = cmd.spec.commandLine().getParseResult();
        var positional = parse == null ? null : parse.matchedPositional(0);
        return positional == null ? cmd.inputs.stream().map(Path::toString).toList() : List.copyOf(positional.stringValues());
    }

    /** An option's value as typed (see {@link #rawInputs}), or null when not given. */
    private static String raw(ExtractCommand cmd, String name, Path parsed) {
        if (parsed == null) {
            return null;
        }
        var parse = cmd.spec.commandLine().getParseResult();
        var option = parse == null ? null : parse.matchedOption(name);
        return option == null || option.stringValues().isEmpty() ? parsed.toString()
                : option.stringValues().get(option.stringValues().size() - 1);
    }

    /** A local path or a {@code file:} URI (not hdfs:, s3a:, ...). */
    static boolean isLocal(String location) {
        return !location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") || location.startsWith("file:");
    }

    private static boolean sparkOnClasspath() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkExtract.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
