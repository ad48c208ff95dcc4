package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.casefile.extract.DateFact;
import org.casefile.ingest.IngestOptions;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Never invent: with no publication date from anywhere, relative dates stay unresolved. */
class UnanchoredDatesTest {
    private static final String TEXT = "The judge ruled on April 21 that the evidence did not hold. "
            + "Lawyers said on Tuesday that they would appeal.\n";

    @TempDir
    Path dir;

    private CaseFile run(LocalDate docDate) throws IOException {
        Path file = dir.resolve("ruling-report.txt");
        Files.writeString(file, TEXT);
        IngestOptions options = new IngestOptions(docDate, Duration.ofSeconds(60), IngestOptions.DEFAULT_MAX_BYTES,
                IngestOptions.DEFAULT_MAX_CHARS, "eng");
        return TestPipelines.run(List.of(file), options, 1);
    }

    @Test
    void withoutAnyPublicationDateApril21StaysXXXX() throws IOException {
        CaseFile c = run(null);
        assertThat(c.documents().get(0).published()).isNull();
        assertThat(c.dates()).extracting(DateFact::text, DateFact::value, DateFact::anchored).containsExactly(
                org.assertj.core.groups.Tuple.tuple("April 21", "XXXX-04-21", false),
                org.assertj.core.groups.Tuple.tuple("Tuesday", "XXXX-WXX-2", false));
        assertThat(c.events()).allSatisfy(e -> assertThat(e.date().begin()).isNull());
    }

    @Test
    void theDocDateOptionAnchorsThem() throws IOException {
        CaseFile c = run(LocalDate.of(2021, 5, 13));
        assertThat(c.documents().get(0).published().source()).hasToString("OPTION");
        assertThat(c.dates()).extracting(DateFact::value, DateFact::anchored).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2021-04-21", true),
                org.assertj.core.groups.Tuple.tuple("2021-05-11", true));
    }
}
