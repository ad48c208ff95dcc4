package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casefile.output.CaseJsonWriter;
import org.casefile.support.TestPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line through picocli's execute(), with captured writers. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpExitsZeroAndListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("extract", "eval");
        assertThat(run("extract", "--help")).isZero();
        assertThat(out.toString()).contains("--manifest", "--doc-date", "--include-text", "--threads");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(run("extract", "--doc-date", "yesterday", "corpus")).isEqualTo(2);
        assertThat(run("extract", "no/such/folder")).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder: no/such/folder");
    }

    @Test
    void evalUsageErrorsExitTwoBeforeAnyModelLoads(@TempDir Path dir) {
        assertThat(run("eval", "--data", dir.toString(), "--polnear", "test")).isEqualTo(2);
        assertThat(err.toString()).contains("--polnear takes dev or train");
        assertThat(run("eval", "--data", dir.toString(), "--limit", "-1")).isEqualTo(2);
        assertThat(run("eval", "--data", dir.toString(), "--polnear")).isEqualTo(2);
        assertThat(err.toString()).contains("found no polnear/metadata.tsv under");
    }

    @Test
    void extractWritesAValidCaseFile(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("2021-05-11-report.txt");
        Files.writeString(doc, "Karim Tavrouni was arrested by FBI agents in Velmora on Sept. 9, 2017.\n");
        Path json = dir.resolve("case.json");
        assertThat(run("extract", "--threads", "1", "-o", json.toString(), doc.toString())).isZero();
        JsonNode tree = CaseJsonWriter.mapper().readTree(json.toFile());
        assertThat(TestPipelines.schemaErrors(tree)).isEmpty();
        assertThat(tree.at("/documents/0/published").asText()).isEqualTo("2021-05-11");
        assertThat(tree.at("/documents/0/publishedFrom").asText()).isEqualTo("filename");
        assertThat(tree.at("/events/0/type").asText()).isEqualTo("arrest");
        assertThat(tree.at("/events/0/date/value").asText()).isEqualTo("2017-09-09");
        assertThat(err.toString()).contains("casefile: 1 documents (1 ok, 0 empty, 0 failed, 0 skipped)");
        assertThat(out.toString()).isEmpty();
    }
}
