package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.casefile.output.export.CsvExporter;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import org.casefile.support.TestPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** json (round trip), JSON Lines and CSV exports, checked against the case JSON they come from. */
class JsonlCsvExportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void jsonExportIsTheSameCaseAndValidAgainstTheSchema(String name, Path file) throws IOException {
        JsonNode original = OutputFixtures.tree(file);
        JsonNode exported = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.JSON, OutputFixtures.read(file)));
        assertThat(exported).isEqualTo(original);
        assertThat(TestPipelines.schemaErrors(exported)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void jsonlHasOneRecordPerLineKindFirst(String name, Path file) throws IOException {
        CaseModel c = OutputFixtures.read(file);
        JsonNode original = OutputFixtures.tree(file);
        String out = ExportSupport.export(Format.JSONL, c);
        assertThat(out).endsWith("\n");
        String[] lines = out.split("\n");
        int records = c.documents().size() + c.entities().size() + c.dates().size() + c.events().size()
                + c.claims().size();
        assertThat(lines).hasSize(records);
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i]).startsWith("{\"kind\":\"");
            JsonNode record = OutputFixtures.MAPPER.readTree(lines[i]);
            String kind = record.get("kind").asText();
            kinds.add(kind);
            var fields = (com.fasterxml.jackson.databind.node.ObjectNode) record;
            fields.remove("kind");
            if (kind.equals("claim")) {
                assertThat(fields.get("claimKind").asText()).isIn("quote", "reported");
                fields.set("kind", fields.remove("claimKind"));
            }
            String array = Map.of("document", "documents", "entity", "entities", "date", "dates", "event", "events",
                    "claim", "claims").get(kind);
            int offset = switch (kind) {
                case "document" -> 0;
                case "entity" -> c.documents().size();
                case "date" -> c.documents().size() + c.entities().size();
                case "event" -> c.documents().size() + c.entities().size() + c.dates().size();
                default -> records - c.claims().size();
            };
            assertThat(record).as(lines[i]).isEqualTo(original.get(array).get(i - offset));
        }
        assertThat(kinds.stream().distinct()).containsExactly("document", "entity", "date", "event", "claim");
        assertThat(kinds.stream().filter("claim"::equals)).hasSize(c.claims().size());
    }

    @Test
    void jsonlLeavesTextsOutUnlessAsked() throws IOException {
        CaseModel c = OutputFixtures.read(ExportSupport.hostile());
        String first = ExportSupport.export(Format.JSONL, c, false).split("\n")[0];
        assertThat(OutputFixtures.MAPPER.readTree(first).has("text")).isFalse();
        String withText = ExportSupport.export(Format.JSONL, c, true).split("\n")[0];
        assertThat(OutputFixtures.MAPPER.readTree(withText).get("text").asText()).startsWith("Mallory \uD835\uDC9C case");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void csvRowCountsEqualTheJson(String name, Path file) throws IOException {
        CaseModel c = OutputFixtures.read(file);
        Path dir = tmp.resolve(name);
        new CsvExporter().write(c, dir);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("citations.csv",
                    "claims.csv", "dates.csv", "documents.csv", "entities.csv", "events.csv", "mentions.csv");
        }
        assertThat(rows(dir, "documents.csv", CsvExporter.DOCUMENTS)).hasSize(c.documents().size());
        assertThat(rows(dir, "entities.csv", CsvExporter.ENTITIES)).hasSize(c.entities().size());
        assertThat(rows(dir, "mentions.csv", CsvExporter.MENTIONS))
                .hasSize(c.entities().stream().mapToInt(e -> e.mentions().size()).sum());
        assertThat(rows(dir, "dates.csv", CsvExporter.DATES)).hasSize(c.dates().size());
        assertThat(rows(dir, "events.csv", CsvExporter.EVENTS)).hasSize(c.events().size());
        assertThat(rows(dir, "claims.csv", CsvExporter.CLAIMS)).hasSize(c.claims().size());
        int citations = OutputFixtures.citations(c).size()
                - c.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        List<CSVRecord> cites = rows(dir, "citations.csv", CsvExporter.CITATIONS);
        assertThat(cites).hasSize(citations);
        // every cell round-trips: quotes, commas, newlines and characters outside the BMP included
        List<CaseModel.Citation> eventCitations = c.events().stream().flatMap(e -> e.citations().stream()).toList();
        List<String> eventTexts = cites.stream().filter(r -> r.get("kind").equals("event") && r.get("conflictDate").isEmpty())
                .map(r -> r.get("text")).toList();
        assertThat(eventTexts).containsExactlyElementsOf(eventCitations.stream().map(CaseModel.Citation::text).toList());
        List<CSVRecord> docs = rows(dir, "documents.csv", CsvExporter.DOCUMENTS);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(docs.get(i).get("id")).isEqualTo(c.documents().get(i).id());
            assertThat(docs.get(i).get("title")).isEqualTo(c.documents().get(i).title() == null ? ""
                    : c.documents().get(i).title());
        }
    }

    @Test
    void csvOfTheHostileCaseHasItsExactValues() throws IOException {
        Path dir = tmp.resolve("exact");
        new CsvExporter().write(OutputFixtures.read(ExportSupport.hostile()), dir);
        List<CSVRecord> events = rows(dir, "events.csv", CsvExporter.EVENTS);
        assertThat(events.get(2).toList()).containsExactly("v3", "arrest",
                "Mallory was arrested in Springfield <script>document.body.setAttribute('data-pwned','1')</script>",
                "2020-03-03", "3 March 2020", "2020-03-03", "2020-03-03", "day", "true", "explicit",
                "Mallory (patient)", "e1", "Springfield", "e3", "2", "1", "1", "positive", "asserted");
        List<CSVRecord> cites = rows(dir, "citations.csv", CsvExporter.CITATIONS);
        assertThat(cites.stream().filter(r -> !r.get("conflictDate").isEmpty()).map(CSVRecord::toList))
                .containsExactly(List.of("event", "v3", "2020-03-04", "dp2", "12", "48", "1",
                        "Mallory was arrested on 4 March 2020"));
        String raw = Files.readString(dir.resolve("entities.csv"), StandardCharsets.UTF_8);
        assertThat(raw).startsWith("id,type,subtype,name,aliases,mentions,documents\r\n");
        assertThat(raw).contains("e2,ORGANIZATION,,Acme Corp,\"<img src=x onerror=\"\"document.body.setAttribute('data-pwned','1')\"\">\",3,dh1; dp2\r\n");
    }

    private static List<CSVRecord> rows(Path dir, String name, List<String> header) throws IOException {
        try (Reader r = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(header);
            List<CSVRecord> records = p.getRecords();
            records.forEach(rec -> assertThat(rec.size()).isEqualTo(header.size()));
            return records;
        }
    }
}
