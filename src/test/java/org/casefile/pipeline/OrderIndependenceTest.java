package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.casefile.ingest.IngestOptions;
import org.casefile.output.CaseJsonWriter;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.casefile.tools.StoryGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same files in reverse order, and on 1, 2 and 4 threads, give byte-identical case JSON
 * (but for {@code createdAt}). Invented stories whose people, companies and towns repeat across
 * files, through the real language layer.
 */
class OrderIndependenceTest {
    @TempDir
    static Path folder;
    private static List<Path> files;

    @BeforeAll
    static void write() throws IOException {
        StoryGenerator.write(folder, 6, 3);
        try (var s = Files.list(folder)) {
            files = s.sorted().toList();
        }
    }

    private static String json(List<Path> inputs, int threads) {
        CaseFile c = TestPipelines.run(inputs, IngestOptions.defaults(), threads);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CaseJsonWriter(false).write(c, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).replaceFirst("\"createdAt\" : \"[^\"]*\"", "\"createdAt\" : \"\"");
    }

    @Test
    void reverseOrderAndThreadCountsGiveTheSameBytes() {
        String forward = json(files, 1);
        assertThat(forward).contains("\"status\" : \"ok\"").contains("\"type\" : \"arrest\"");
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        for (int threads : new int[] {2, 4}) {
            assertThat(json(reversed, threads)).as("reversed, %d threads", threads).isEqualTo(forward);
        }
        assertThat(jsonWithResultsOnDisk(reversed)).as("reversed, texts, dates and claims on disk").isEqualTo(forward);
    }

    /** As the command line runs: texts, dates and claims kept on disk and read back while the JSON is written. */
    private static String jsonWithResultsOnDisk(List<Path> inputs) {
        Settings settings = new Settings(inputs, null, TestPipelines.RULES, 2, IngestOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CasePipeline pipeline = new CasePipeline(settings, TestPipelines.annotator()).withTextsOnDisk()) {
            CaseFile c = pipeline.run(inputs, Progress.NONE);
            assertThat(c.dates()).isNotEmpty().isInstanceOf(org.casefile.timeline.StreamedList.class);
            assertThat(c.claims()).isNotEmpty().isInstanceOf(org.casefile.timeline.StreamedList.class);
            // mentions, quotes and summaries are read back too: the case holds entities and events as streams
            assertThat(c.entities()).isNotEmpty().isInstanceOf(org.casefile.timeline.StreamedList.class);
            assertThat(c.events()).isNotEmpty().isInstanceOf(org.casefile.timeline.StreamedList.class);
            new CaseJsonWriter(false).write(c, out, pipeline::text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).replaceFirst("\"createdAt\" : \"[^\"]*\"", "\"createdAt\" : \"\"");
    }
}
