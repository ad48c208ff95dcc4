package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.output.CaseJsonWriter;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.casefile.tools.StoryGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline that keeps texts on disk holds documents without their text, and writes the same
 * JSON (with {@code --include-text} too) as one that keeps them in memory. No language models.
 */
class TextsOnDiskTest {
    @TempDir
    Path folder;

    private static String json(CaseFile c, boolean includeText, java.util.function.Function<IngestedDocument, String> texts)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseJsonWriter(includeText).write(c, out, texts);
        return out.toString(StandardCharsets.UTF_8).replaceFirst("\"createdAt\" : \"[^\"]*\"", "\"createdAt\" : \"\"");
    }

    private CaseFile run(boolean onDisk, CasePipeline[] keep) throws IOException {
        Settings settings = new Settings(List.of(folder), null, TestPipelines.RULES, 2, IngestOptions.defaults());
        CasePipeline p = new CasePipeline(settings, doc -> new AnnotatedDocument(doc, List.of(), List.of(), List.of()));
        if (onDisk) {
            p.withTextsOnDisk();
        }
        keep[0] = p;
        return p.run(List.of(folder), Progress.NONE);
    }

    @Test
    void theSameJsonWithTextsOnDiskAndNoTextHeldInMemory() throws IOException {
        StoryGenerator.write(folder, 5, 11);
        Files.writeString(folder.resolve("empty.txt"), "");
        CasePipeline[] memory = new CasePipeline[1];
        CasePipeline[] disk = new CasePipeline[1];
        try {
            CaseFile inMemory = run(false, memory);
            CaseFile onDisk = run(true, disk);
            assertThat(onDisk.documents()).allSatisfy(d -> assertThat(d.text()).isEmpty());
            assertThat(onDisk.documents()).extracting(IngestedDocument::chars)
                    .isEqualTo(inMemory.documents().stream().map(IngestedDocument::chars).toList())
                    .contains(0).allSatisfy(n -> assertThat(n).isLessThan(4000));
            assertThat(onDisk.documents().get(1).chars()).isGreaterThan(1500);
            for (boolean includeText : new boolean[] {false, true}) {
                assertThat(json(onDisk, includeText, disk[0]::text)).isEqualTo(json(inMemory, includeText, IngestedDocument::text));
            }
            assertThat(disk[0].text(onDisk.documents().get(1))).isEqualTo(inMemory.documents().get(1).text());
        } finally {
            memory[0].close();
            disk[0].close();
        }
    }

    @Test
    void theStreamedJsonIsTheMappersJson() throws IOException {
        StoryGenerator.write(folder, 2, 12);
        CasePipeline[] p = new CasePipeline[1];
        try {
            CaseFile c = run(false, p);
            CaseJsonWriter writer = new CaseJsonWriter(true);
            String mapped = CaseJsonWriter.mapper().writeValueAsString(writer.toJson(c)) + "\n";
            assertThat(json(c, true, IngestedDocument::text))
                    .isEqualTo(mapped.replaceFirst("\"createdAt\" : \"[^\"]*\"", "\"createdAt\" : \"\""));
        } finally {
            p[0].close();
        }
    }
}
