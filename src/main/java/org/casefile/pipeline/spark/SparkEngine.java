package org.casefile.pipeline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Rules;
import org.casefile.ingest.DocumentIds;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.SourceFile;
import org.casefile.output.CaseJsonLines;
import org.casefile.output.CaseJsonWriter;
import org.casefile.output.Versions;
import org.casefile.pipeline.CasePipeline;
import org.casefile.pipeline.FileCollector;
import org.casefile.pipeline.Settings;
import org.casefile.timeline.CaseBuilder;
import org.casefile.timeline.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * {@code casefile extract --engine spark}: the local engine's extraction as a Spark job.
 *
 * <p>The driver lists the inputs (local folders exactly as the local engine does, with the same
 * ignore rules, links and statuses; other Hadoop file systems by a recursive listing in name
 * order without hidden files). Executors hash each file, the files are grouped by content (the
 * first copy in input order is analysed, the later ones are its skipped duplicates, as locally),
 * and each executor analyses its documents with one {@link org.casefile.pipeline.DocumentAnalyzer}
 * per JVM. Results come back as JSON strings keyed by the file's input position, so a task
 * that Spark runs twice (a retry, a lost executor, speculation) can never add a document twice.
 * The driver then builds the case as the local engine does and writes a folder of JSON Lines
 * ({@link CaseJsonLines}), with the single case JSON beside it when it is small or asked for.
 */
public final class SparkEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);
    /** Up to this many documents, case.json is written beside the JSON Lines without being asked. */
    public static final int CASE_JSON_AUTO_LIMIT = 10_000;

    private SparkEngine() {
    }

    /**
     * A cluster run.
     *
     * @param inputs files and folders, local paths or Hadoop URIs ({@code hdfs://nn/dir}, {@code s3a://bucket/dir})
     * @param settings models folder (a path present on every node), ingest options, threads (the
     *     default master is {@code local[threads]})
     * @param manifest the manifest read on the driver (rows of local inputs), or {@link Manifest#EMPTY}
     * @param master the Spark master URL, or null for spark-submit's (else {@code local[threads]})
     * @param output the output folder (a local path or a Hadoop URI)
     * @param includeText embed each document's text
     * @param caseJson write {@code case.json} whatever the size
     * @param state a folder (local or Hadoop) keeping per-document results to resume, or null
     */
    public record Job(List<String> inputs, Settings settings, Manifest manifest, String master, String output,
            boolean includeText, boolean caseJson, String state) {
        public Job {
            inputs = List.copyOf(inputs);
        }
    }

    /** What a run wrote. */
    public record Outcome(CaseFile caseFile, boolean wroteCaseJson) {
    }

    /** True when Spark's classes are on the classpath (they are not in the quick-start jar). */
    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    public static Outcome run(Job job) throws IOException {
        SparkConf conf = new SparkConf().setAppName("casefile extract");
        if (job.master() != null) {
            conf.setMaster(job.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + job.settings().threads() + "]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        // every document's extractions come back to the driver for the case build: not capped at Spark's 1 GB
        conf.setIfMissing("spark.driver.maxResultSize", "0");
        try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
            return run(jsc, job);
        }
    }

    /** A run in a given Spark context (tests share one). */
    public static Outcome run(JavaSparkContext jsc, Job job) throws IOException {
        Configuration hadoop = jsc.hadoopConfiguration();
        List<WorkItem> items = new ArrayList<>();
        List<DocumentExtraction> results = new ArrayList<>();
        list(job, hadoop, items, results);
        ExecutorConfig config = ExecutorConfig.of(job.settings(), hadoop, job.state(), job.state() == null ? "" : fingerprint(job),
                job.includeText());
        LOG.info("casefile: {} files to analyse on {}", items.size(), jsc.master());

        int slices = Math.max(1, Math.min(items.size(), Math.max(jsc.defaultParallelism() * 4, items.size() / 20)));
        Map<Integer, String> byIndex = new TreeMap<>();
        if (!items.isEmpty()) {
            JavaRDD<WorkItem> rdd = jsc.parallelize(items, slices);
            JavaPairRDD<String, WorkItem> bySha = rdd.mapToPair(it -> {
                String sha = ExecutorSide.hash(it, config);
                return new Tuple2<>(sha == null ? "unreadable:" + it.index() : sha, it);
            });
            List<String> lines = bySha.groupByKey(slices).flatMap(g -> {
                List<WorkItem> group = new ArrayList<>();
                g._2().forEach(group::add);
                String sha = g._1().startsWith("unreadable:") ? null : g._1();
                return ExecutorSide.analyseGroup(sha, group, config).iterator();
            }).collect();
            for (String line : lines) {
                int tab = line.indexOf('\t');
                // one result per input file, whatever task attempts produced it
                byIndex.putIfAbsent(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        if (byIndex.size() != items.size()) {
            throw new IOException("the job returned " + byIndex.size() + " results for " + items.size() + " files");
        }
        for (String json : byIndex.values()) {
            results.addAll(ExecutorSide.parse(json));
        }
        Rules rules = Rules.load(job.settings().modelsDir());
        CaseFile c = new CaseBuilder(rules.names()).build(CasePipeline.dropRepeatedAttachments(results));
        boolean wholeJson = job.caseJson() || c.documents().size() <= CASE_JSON_AUTO_LIMIT;
        write(c, job, hadoop, wholeJson);
        return new Outcome(c, wholeJson);
    }

    /**
     * The files of a job in the local engine's order; entries that are not processed (ignored,
     * links, not regular files) go straight to {@code rejected} with their status.
     */
    private static void list(Job job, Configuration hadoop, List<WorkItem> items, List<DocumentExtraction> rejected)
            throws IOException {
        List<java.nio.file.Path> local = new ArrayList<>();
        for (String input : job.inputs()) {
            if (isLocal(input)) {
                local.add(localPath(input));
            }
        }
        if (!local.isEmpty()) {
            FileCollector.Collected collected = FileCollector.collect(local, job.manifest());
            for (FileCollector.Rejected r : collected.rejected()) {
                String name = r.source().displayPath();
                rejected.add(DocumentExtraction.empty(IngestedDocument.notParsed(DocumentIds.ofPath(name), name, null, null,
                        r.status(), r.reason(), null)));
            }
            for (SourceFile f : collected.files()) {
                items.add(new WorkItem(items.size(), f.file().toAbsolutePath().toUri().toString(), f.displayPath(),
                        WorkItem.Row.of(f.manifestEntry())));
            }
        }
        for (String input : job.inputs()) {
            if (!isLocal(input)) {
                Path root = new Path(URI.create(input));
                FileSystem fs = root.getFileSystem(hadoop);
                String display = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
                walk(fs, fs.getFileStatus(root), root, display, items);
            }
        }
    }

    /** A Hadoop folder in name order, without hidden entries (dot or underscore first). */
    private static void walk(FileSystem fs, FileStatus status, Path root, String display, List<WorkItem> items)
            throws IOException {
        if (status.isFile()) {
            String name = status.getPath().equals(root) ? display
                    : display + "/" + root.toUri().relativize(status.getPath().toUri()).getPath();
            items.add(new WorkItem(items.size(), status.getPath().toUri().toString(), name, null));
            return;
        }
        FileStatus[] children = fs.listStatus(status.getPath());
        java.util.Arrays.sort(children, Comparator.comparing((FileStatus s) -> s.getPath().getName()));
        for (FileStatus child : children) {
            String n = child.getPath().getName();
            if (!n.startsWith(".") && !n.startsWith("_")) {
                walk(fs, child, root, display, items);
            }
        }
    }

    /** A local path, or a {@code file:} URI. */
    public static boolean isLocal(String input) {
        return !input.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") || input.startsWith("file:");
    }

    private static java.nio.file.Path localPath(String input) {
        return input.startsWith("file:") ? java.nio.file.Path.of(URI.create(input)) : java.nio.file.Path.of(input);
    }

    /** Everything besides a file that its result depends on (as the local engine's state folder keys it). */
    private static String fingerprint(Job job) throws IOException {
        StringBuilder sb = new StringBuilder(Versions.casefile()).append('\n').append(job.settings().ingest().forResults()).append('\n');
        try (var files = Files.walk(job.settings().modelsDir())) {
            for (java.nio.file.Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(p.getFileName()).append(DocumentIds.sha256(Files.readAllBytes(p))).append('\n');
            }
        }
        return DocumentIds.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The output folder, through its Hadoop file system: written beside it under a temporary
     * name, then moved in place, so a job that dies while writing leaves the previous output.
     */
    private static void write(CaseFile c, Job job, Configuration hadoop, boolean wholeJson) throws IOException {
        ObjectMapper mapper = CaseJsonWriter.mapper();
        ObjectNode tree = mapper.valueToTree(new CaseJsonWriter(job.includeText()).toJson(c));
        Path out = isLocal(job.output()) ? new Path("file", null, localPath(job.output()).toAbsolutePath().normalize().toString())
                : new Path(URI.create(job.output()));
        FileSystem fs = out.getFileSystem(hadoop);
        fs.setWriteChecksum(false); // no .crc file beside each part on a local disk
        Path tmp = new Path(out.getParent(), "." + out.getName() + ".tmp-" + java.util.UUID.randomUUID());
        fs.mkdirs(tmp);
        CaseJsonLines.write(tree, (relative) -> fs.create(new Path(tmp, relative), true));
        if (wholeJson) {
            try (OutputStream o = fs.create(new Path(tmp, CaseJsonLines.CASE_JSON), true)) {
                o.write(mapper.writeValueAsBytes(tree));
                o.write('\n'); // as the local engine ends its file
            }
        }
        try (Writer w = new java.io.OutputStreamWriter(fs.create(new Path(tmp, "_SUCCESS"), true), StandardCharsets.UTF_8)) {
            w.write("");
        }
        if (fs.exists(out)) {
            fs.delete(out, true);
        }
        if (!fs.rename(tmp, out)) {
            throw new IOException("cannot move " + tmp + " to " + out);
        }
    }
}
