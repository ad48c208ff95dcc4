package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.casefile.support.TestPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Models that cannot load (they load in the background, while files are ingested): one line, exit 1, no output. */
class ModelLoadFailureTest {
    @TempDir
    Path tmp;

    @Test
    void aModelLoadFailureIsOneLineAndExitOne() throws Exception {
        Path models = Files.createDirectories(tmp.resolve("models"));
        try (Stream<Path> s = Files.list(TestPipelines.MODELS)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.copy(f, models.resolve(f.getFileName()));
            }
        }
        Files.createDirectories(models.resolve("regexner")); // no lists: the CoreNLP pipeline refuses to load
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "Pell Aravanne read the notice.\n");
        Path output = tmp.resolve("case.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int code = cl.execute("extract", "--models", models.toString(), "-o", output.toString(), in.toString());

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "casefile extract: cannot load the language models: no regexner lists (*.txt) in " + models.resolve("regexner"));
        assertThat(out.toString()).isEmpty();
        assertThat(output).doesNotExist();
    }
}
