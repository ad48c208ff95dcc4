package org.casefile.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.Manifest;
import org.casefile.output.CaseJsonLines;
import org.casefile.output.CaseJsonWriter;
import org.casefile.output.model.CaseModel;
import org.casefile.pipeline.DocumentAnalyzer;
import org.casefile.pipeline.Settings;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine spark} with a {@code local[2]} master gives the local engine's case JSON, byte
 * for byte but for {@code createdAt}, on the sample corpus and on the shared court PDFs (the ones
 * with a text layer and the robustness set: the scans would only add OCR time); its JSON Lines
 * folder reads back as the same case, every document once.
 */
class SparkLocalEngineTest {
    private static JavaSparkContext jsc;
    private static DocumentAnalyzer analyzer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        // the executors of local[2] run in this JVM: they share the test models instead of loading a second copy
        analyzer = new DocumentAnalyzer(settings(), TestPipelines.annotator());
        ExecutorSide.use(settings(), analyzer);
        jsc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("casefile-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (jsc != null) {
            jsc.close();
        }
        if (analyzer != null) {
            analyzer.close();
        }
    }

    static Settings settings() {
        return new Settings(List.of(), null, TestPipelines.RULES.toAbsolutePath(), 2, IngestOptions.defaults());
    }

    /** The case JSON without createdAt, as text. */
    static String withoutCreatedAt(JsonNode json) throws IOException {
        ObjectNode copy = json.deepCopy();
        copy.remove("createdAt");
        return CaseJsonWriter.mapper().writeValueAsString(copy);
    }

    private JsonNode spark(List<String> inputs, Manifest manifest, Path out) throws IOException {
        SparkEngine.Outcome outcome = SparkEngine.run(jsc, new SparkEngine.Job(inputs, settings(), manifest, null, out.toString(),
                false, false, null));
        assertThat(outcome.wroteCaseJson()).isTrue();
        JsonNode whole = CaseJsonWriter.mapper().readTree(out.resolve(CaseJsonLines.CASE_JSON).toFile());
        assertThat(TestPipelines.schemaErrors(whole)).isEmpty();
        // the JSON Lines folder is the same case, and every document is in it exactly once
        assertThat(withoutCreatedAt(CaseJsonLines.read(out))).isEqualTo(withoutCreatedAt(whole));
        List<String> ids = new ArrayList<>();
        whole.path("documents").forEach(d -> ids.add(d.path("id").asText()));
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(CaseModel.read(out).documents()).hasSize(ids.size());
        return whole;
    }

    @Test
    void theSampleCorpusGivesTheLocalEnginesCase() throws IOException {
        JsonNode local = TestPipelines.json(TestPipelines.corpusCase(), false);
        JsonNode cluster = spark(List.of(TestPipelines.CORPUS.toString()), Manifest.read(TestPipelines.CORPUS.resolve("manifest.csv")),
                tmp.resolve("out"));
        assertThat(cluster.path("documents")).hasSize(7);
        assertThat(withoutCreatedAt(cluster)).isEqualTo(withoutCreatedAt(local));
    }

    @Test
    void theSharedCourtPdfsGiveTheLocalEnginesCase() throws IOException {
        Path shared = TestPipelines.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("corpus/court-pdfs/text_layer")), "no shared court PDFs");
        List<Path> inputs = List.of(shared.resolve("corpus/court-pdfs/text_layer"), shared.resolve("corpus/court-pdfs/robustness"));
        CaseFile localCase = TestPipelines.run(inputs, IngestOptions.defaults(), 2);
        JsonNode cluster = spark(inputs.stream().map(Path::toString).toList(), Manifest.EMPTY, tmp.resolve("court"));
        assertThat(cluster.path("documents")).hasSize(localCase.documents().size());
        assertThat(withoutCreatedAt(cluster)).isEqualTo(withoutCreatedAt(TestPipelines.json(localCase, false)));
    }

    @Test
    void aCopyOfAFileIsAnalysedOnceAndListedAsItsDuplicate() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = "Quentin Marlowe-Asante opened the Vexmoor ferry terminal on Tuesday.";
        Files.writeString(in.resolve("a.txt"), text);
        Files.writeString(in.resolve("b.txt"), text);
        Files.writeString(in.resolve("c.txt"), "");
        JsonNode cluster = spark(List.of(in.toString()), Manifest.EMPTY, tmp.resolve("dup"));
        JsonNode local = TestPipelines.json(TestPipelines.run(List.of(in), IngestOptions.defaults(), 2), false);
        assertThat(withoutCreatedAt(cluster)).isEqualTo(withoutCreatedAt(local));
        List<String> statuses = new ArrayList<>();
        cluster.path("documents").forEach(d -> statuses.add(d.path("path").asText() + " " + d.path("status").asText()));
        assertThat(statuses).containsExactly(in + "/a.txt ok", in + "/b.txt skipped", in + "/c.txt empty");
        assertThat(cluster.path("documents").get(1).path("duplicateOf").asText())
                .isEqualTo(cluster.path("documents").get(0).path("id").asText());
        Set<String> people = new HashSet<>();
        cluster.path("entities").forEach(e -> people.add(e.path("name").asText()));
        assertThat(people).contains("Quentin Marlowe-Asante").doesNotContain("Tuesday");
    }
}
