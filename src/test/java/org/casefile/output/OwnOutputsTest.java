package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.OwnOutputs;
import org.casefile.ingest.SourceFile;
import org.casefile.ingest.TikaIngester;
import org.casefile.output.export.CsvExporter;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format casefile writes, put back into an input folder, is told apart as its own output and
 * skipped (read again, each quoted passage would be cited twice); other tools' files of the same
 * formats are read.
 */
class OwnOutputsTest {
    @TempDir
    Path dir;

    private static final Map<Format, OwnOutputs> KIND = Map.of(Format.JSON, OwnOutputs.CASE, Format.JSONL, OwnOutputs.JSONL,
            Format.TIMELINEJS, OwnOutputs.TIMELINEJS, Format.ANNOTATIONS, OwnOutputs.ANNOTATIONS, Format.FTM, OwnOutputs.FTM,
            Format.CLAIMREVIEW, OwnOutputs.CLAIMREVIEW, Format.HTML, OwnOutputs.REPORT);

    @Test
    void everyExportOfBothFixturesIsKnownAsCasefilesOwn() throws IOException {
        for (Path file : List.of(OutputFixtures.corpusFile(), ExportSupport.hostile())) {
            CaseModel c = OutputFixtures.read(file);
            for (Format f : Format.values()) {
                if (f == Format.CSV) {
                    Path folder = dir.resolve(file.getFileName() + "-csv");
                    new CsvExporter().write(c, folder);
                    try (Stream<Path> tables = Files.list(folder)) {
                        List<Path> all = tables.toList();
                        assertThat(all).hasSize(7);
                        for (Path t : all) {
                            assertThat(OwnOutputs.of(t)).as(t.toString()).contains(OwnOutputs.CSV);
                        }
                    }
                    continue;
                }
                Path out = Files.writeString(dir.resolve(file.getFileName() + "." + f.id()), ExportSupport.export(f, c));
                assertThat(OwnOutputs.of(out)).as(f.id()).contains(KIND.get(f));
            }
        }
    }

    @Test
    void aCsvTableSavedAgainWithAByteOrderMarkIsStillCasefiles() throws IOException {
        new CsvExporter().write(OutputFixtures.read(ExportSupport.hostile()), dir.resolve("t"));
        String claims = Files.readString(dir.resolve("t/claims.csv"));
        Path saved = Files.writeString(dir.resolve("claims-saved.csv"), "\uFEFF" + claims);
        assertThat(OwnOutputs.of(saved)).contains(OwnOutputs.CSV);
    }

    @Test
    void otherToolsFilesOfTheSameFormatsAreNotCasefiles() throws IOException {
        List<String> others = List.of(
                "id,name,amount\r\n1,Tilde Brannagh,300\r\n",
                // casefile's table name with other columns, and a header that only starts like one
                "id,type,value\r\nq1,DATE,2031\r\n",
                "id,type,subtype,name,aliases,mentions,documentsCount\r\n",
                "{\"title\": {\"text\": {\"headline\": \"Case timeline\", \"text\": \"<p>Our newsroom's own timeline</p>\"}}}",
                "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"https://example.org/anno/1\"}",
                "[{\"@context\": \"https://schema.org\", \"@type\": \"Claim\", \"@id\": \"https://example.org/c/1\"}]",
                "{\"id\":\"5f0c2a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Tilde Brannagh\"]}}\n",
                "{\"kind\":\"document\",\"id\":\"7\",\"title\":\"Bridge contract\"}\n");
        int n = 0;
        for (String text : others) {
            Path f = Files.writeString(dir.resolve("other-" + ++n + ".txt"), text);
            assertThat(OwnOutputs.of(f)).as(text).isEqualTo(Optional.empty());
        }
    }

    @Test
    void theIngesterSkipsAnExportWithItsKind() throws IOException {
        CaseModel c = OutputFixtures.read(ExportSupport.hostile());
        Path timeline = Files.writeString(dir.resolve("timeline.json"), ExportSupport.export(Format.TIMELINEJS, c));
        Path folder = dir.resolve("tables");
        new CsvExporter().write(c, folder);
        Path story = Files.writeString(dir.resolve("story.csv"), "when,what\r\n2031-04-02,Tilde Brannagh signed the bridge contract\r\n");
        try (TikaIngester ingester = new TikaIngester(IngestOptions.defaults())) {
            IngestedDocument t = ingester.ingest(new SourceFile(timeline, "timeline.json", null), "d1", "0".repeat(64));
            assertThat(t.status()).isEqualTo(DocumentStatus.SKIPPED);
            assertThat(t.error()).isEqualTo("a TimelineJS export written by casefile (its output, not a source document)");
            IngestedDocument csv = ingester.ingest(new SourceFile(folder.resolve("claims.csv"), "tables/claims.csv", null),
                    "d2", "0".repeat(64));
            assertThat(csv.error()).isEqualTo("a CSV export written by casefile (its output, not a source document)");
            assertThat(ingester.ingest(new SourceFile(story, "story.csv", null), "d3", "0".repeat(64)).status())
                    .isEqualTo(DocumentStatus.OK);
        }
    }
}
