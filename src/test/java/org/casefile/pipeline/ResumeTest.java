package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.ingest.IngestOptions;
import org.casefile.pipeline.Progress;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with a state folder resumes: finished documents are read back, not processed again. */
class ResumeTest {
    @TempDir
    Path dir;

    private CaseFile run(Path input, Path state) throws IOException {
        Settings settings = new Settings(List.of(input), null, TestPipelines.RULES, 1, IngestOptions.defaults(), state);
        try (CasePipeline p = new CasePipeline(settings, TestPipelines.annotator())) {
            return p.run(List.of(input), Progress.NONE);
        }
    }

    private static long entries(Path state) throws IOException {
        try (Stream<Path> s = Files.walk(state)) {
            return s.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    @Test
    void aSecondRunReadsTheStateAndGivesTheSameCase() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path state = dir.resolve("state");
        Files.writeString(input.resolve("a.txt"), "FBI agents arrested Karim Tavrouni in Velmora on Sept. 9, 2017.\n");
        Files.writeString(input.resolve("b.txt"), "A judge ruled on April 19, 2021 that Karim Tavrouni was in Korvania.\n");
        CaseFile first = run(input, state);
        assertThat(entries(state)).isEqualTo(2);
        // the state is what the second run uses: mark an entry and look for the mark
        try (Stream<Path> s = Files.walk(state)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".json")).toList()) {
                Files.writeString(f, Files.readString(f).replace("\"FBI agents", "\"FBI  agents"));
            }
        }
        Files.writeString(input.resolve("c.txt"), "Karim Tavrouni was released.\n");
        CaseFile second = run(input, state);
        assertThat(entries(state)).isEqualTo(3);
        ObjectNode a = (ObjectNode) TestPipelines.json(first, true);
        ObjectNode b = (ObjectNode) TestPipelines.json(second, true);
        assertThat(b.get("documents")).hasSize(3);
        assertThat(b.get("documents").get(1)).isEqualTo(a.get("documents").get(1));
        assertThat(b.toString()).contains("FBI  agents").doesNotContain("\"FBI agents arrested");
        assertThat(a.toString()).contains("\"FBI agents arrested");
        assertThat(TestPipelines.schemaErrors(b)).isEmpty();
    }
}
