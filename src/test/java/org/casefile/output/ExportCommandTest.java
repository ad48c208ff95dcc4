package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casefile.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casefile export} and {@code casefile compare} from the command line: outputs and exit codes. */
class ExportCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void everyFormatIsWritten() throws Exception {
        String hostile = ExportSupport.hostile().toString();
        for (String f : new String[] {"json", "jsonl", "timelinejs", "annotations", "ftm", "claimreview", "html"}) {
            Path out = tmp.resolve("case." + f);
            assertThat(run("export", "--format", f, hostile, "-o", out.toString())).as(f + ": " + err).isZero();
            assertThat(Files.size(out)).as(f).isPositive();
        }
        assertThat(run("export", "-f", "CSV", hostile, "-o", tmp.resolve("csv").toString())).isZero();
        assertThat(Files.readAllLines(tmp.resolve("csv/claims.csv"))).hasSize(4);
        assertThat(Files.readString(tmp.resolve("case.html"))).startsWith("<!DOCTYPE html>");
        assertThat(err.toString()).contains("casefile export: html -> ");
    }

    @Test
    void badUsageExitsWithTwo() throws Exception {
        String hostile = ExportSupport.hostile().toString();
        assertThat(run("export", "--format", "csv", hostile)).isEqualTo(2);
        assertThat(err.toString()).contains("csv writes a folder of files: give -o FOLDER");
        assertThat(run("export", "--format", "pdf", hostile)).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'pdf' (expected one of json, jsonl, csv, timelinejs, "
                + "annotations, ftm, claimreview, html)");
        assertThat(run("export", "--format", "json", tmp.resolve("missing.json").toString())).isEqualTo(2);
        Path v2 = tmp.resolve("v2.json");
        Files.writeString(v2, "{\"schemaVersion\": \"2.0\"}");
        assertThat(run("export", "--format", "json", v2.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a casefile contract-v1 case JSON (schemaVersion \"2.0\")");
        assertThat(run("compare", tmp.resolve("missing.json").toString())).isEqualTo(2);
    }

    @Test
    void compareWritesTheTableOrJsonToStdout() throws Exception {
        String hostile = ExportSupport.hostile().toString();
        PrintStream stdout = System.out;
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(table, true, StandardCharsets.UTF_8));
            assertThat(run("compare", hostile)).isZero();
            System.setOut(new PrintStream(json, true, StandardCharsets.UTF_8));
            assertThat(run("compare", "--json", hostile, hostile)).isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(table.toString(StandardCharsets.UTF_8)).startsWith("case A: " + hostile);
        var tree = OutputFixtures.MAPPER.readTree(json.toString(StandardCharsets.UTF_8));
        assertThat(tree.get("cases")).hasSize(2);
        assertThat(tree.get("disagreements").asInt()).isEqualTo(1);
        assertThat(tree.get("events").get(0).get("ids").toString()).isEqualTo("[\"A:v3\",\"B:v3\"]");
        assertThat(tree.get("subjects").get(0).get("subject").asText()).isEqualTo("Mallory");
    }
}
