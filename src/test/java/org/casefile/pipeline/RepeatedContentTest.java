package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.IngestedDocument;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file with the content of another is a skipped copy; an empty file is empty, never a copy of another empty one. */
class RepeatedContentTest {
    @TempDir
    Path dir;

    private CaseFile run() throws IOException {
        Settings settings = new Settings(List.of(dir), null, TestPipelines.RULES, 1, IngestOptions.defaults());
        try (CasePipeline p = new CasePipeline(settings, TestPipelines.annotator())) {
            return p.run(List.of(dir), Progress.NONE);
        }
    }

    @Test
    void aCopyIsSkippedButEveryEmptyFileIsEmptyWithAnIdOfItsOwn() throws IOException {
        String note = "Wilmar Trescoe closed the Abbotsfen ferry office on 4 March 2015.\n";
        Files.writeString(dir.resolve("a.txt"), note);
        Files.writeString(dir.resolve("b.txt"), note);
        Files.writeString(dir.resolve("blank1.txt"), "");
        Files.writeString(dir.resolve("blank2.txt"), "");
        CaseFile c = run();
        String first = c.documents().stream().filter(d -> d.path().endsWith("a.txt")).findFirst().orElseThrow().id();
        assertThat(c.documents()).extracting(d -> dir.relativize(Path.of(d.path())).toString(), IngestedDocument::status,
                IngestedDocument::error).containsExactlyInAnyOrder(
                        tuple("a.txt", DocumentStatus.OK, null),
                        tuple("b.txt", DocumentStatus.SKIPPED, "same content as " + first),
                        tuple("blank1.txt", DocumentStatus.EMPTY, "the file is empty (0 bytes)"),
                        tuple("blank2.txt", DocumentStatus.EMPTY, "the file is empty (0 bytes)"));
        assertThat(c.documents()).extracting(IngestedDocument::id).doesNotHaveDuplicates();
    }
    @Test
    void ofTwoCopiesTheOneTheManifestDatesIsReadSoItsDateIsKept() throws IOException {
        String note = "Wilmar Trescoe closed the Abbotsfen ferry office on Tuesday.\n";
        Files.writeString(dir.resolve("a.txt"), note);
        Files.writeString(dir.resolve("b.txt"), note);
        Files.writeString(dir.resolve("manifest.csv"), "path,published\nb.txt,2015-03-06\n");
        CaseFile c = run();
        IngestedDocument read = c.documents().stream().filter(d -> d.status() == DocumentStatus.OK).findFirst().orElseThrow();
        assertThat(dir.relativize(Path.of(read.path())).toString()).isEqualTo("b.txt");
        assertThat(read.published().date()).isEqualTo(java.time.LocalDate.of(2015, 3, 6));
        assertThat(c.documents()).extracting(d -> dir.relativize(Path.of(d.path())).toString(), IngestedDocument::status,
                IngestedDocument::error).contains(tuple("a.txt", DocumentStatus.SKIPPED, "same content as " + read.id()));
    }
}
