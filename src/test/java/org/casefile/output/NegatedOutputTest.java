package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.casefile.domain.Polarity;
import org.casefile.output.compare.Comparer;
import org.casefile.output.compare.Comparison;
import org.casefile.output.compare.ComparisonTable;
import org.casefile.output.export.AnnotationExporter;
import org.casefile.output.export.ClaimReviewExporter;
import org.casefile.output.export.CsvExporter;
import org.casefile.output.html.HtmlReport;
import org.casefile.output.model.CaseModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A negated saying ("Acme did not say that Mallory stole the funds") and a negated event are told
 * as such in every view of the case: never shown, exported or compared as what a source said or as
 * what happened.
 */
class NegatedOutputTest {
    @TempDir
    Path tmp;

    /** The hostile fixture with its first claim (Acme Corp's allegation, c1) and first event negated. */
    private static CaseModel negated() {
        JsonNode tree = OutputFixtures.tree(ExportSupport.hostile());
        ((ObjectNode) tree.get("claims").get(0)).put("polarity", "negative");
        ((ObjectNode) tree.get("events").get(0)).put("polarity", "negative").put("modality", "reported");
        try {
            return CaseModel.of(tree);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNegatedAllegationStandsUnderItsSpeakerButAccusesNobody() {
        Comparison c = new Comparer(List.of(new Comparer.Input("A", "case.json", negated()))).compare();
        Comparison.ClaimReport c1 = c.speakers().stream().flatMap(s -> s.claims().stream())
                .filter(r -> r.id().equals("c1")).findFirst().orElseThrow();
        assertThat(c1.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(c1.related()).isEmpty();
        // the court's finding has no allegation beside it any more
        assertThat(c.subjects()).extracting(s -> s.subject() + ": " + s.allegations().stream()
                        .map(Comparison.ClaimReport::id).toList() + " | " + s.findings().stream()
                        .map(Comparison.ClaimReport::id).toList())
                .containsExactly("Acme Corp: [] | [c2]", "Mallory: [] | [c2]");
        assertThat(c.speakers().stream().flatMap(s -> s.claims().stream()).filter(r -> !r.id().equals("c1")))
                .allSatisfy(r -> assertThat(r.polarity()).isNull());
        assertThat(ComparisonTable.render(c)).contains("c1  ALLEGATION, reported, NEGATED (the source did not say this)\n");
    }

    @Test
    void aNegatedEventIsNeverPairedWithTheEventAnotherCaseAsserts() throws IOException {
        CaseModel plain = OutputFixtures.read(ExportSupport.hostile());
        CaseModel negated = negated();
        String id = negated.events().get(0).id();
        Comparison c = new Comparer(List.of(new Comparer.Input("A", "a.json", plain),
                new Comparer.Input("B", "b.json", negated))).compare();
        Comparison.EventReport alone = c.events().stream().filter(e -> e.ids().contains("B:" + id)).findFirst().orElseThrow();
        assertThat(alone.ids()).containsExactly("B:" + id);
        assertThat(alone.told()).isEqualTo("negated, reported");
        assertThat(c.events().stream().filter(e -> e.ids().contains("A:" + id)).findFirst().orElseThrow().ids())
                .containsExactly("A:" + id);
        assertThat(c.events().stream().filter(e -> e.told() == null && !e.ids().contains("A:" + id))).allSatisfy(e -> assertThat(e.ids()).hasSize(2));
        assertThat(ComparisonTable.render(c)).contains("B:" + id + "  " + negated.events().get(0).type() + " (negated, reported), ");
    }

    @Test
    void theReportMarksANegatedClaim() {
        Document page = Jsoup.parse(new HtmlReport().render(negated()));
        assertThat(page.select("#claims li.claim .negated")).hasSize(1);
        assertThat(page.select("#claims li.claim:has(.negated) .said").text()).isEqualTo("Mallory stole the funds");
        assertThat(page.select("#claims li.claim:has(.negated) .negated").text())
                .isEqualTo("negated: the source did not say this");
        // the original fixture has none
        assertThat(Jsoup.parse(new HtmlReport().render(OutputFixtures.read(ExportSupport.hostile())))
                .select("#claims .negated")).isEmpty();
    }

    @Test
    void csvRowsCarryPolarityAndModality() throws IOException {
        CaseModel c = negated();
        new CsvExporter().write(c, tmp);
        Map<String, String> claims = rows("claims.csv").stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r.get("polarity")));
        assertThat(claims).containsEntry("c1", "negative").containsEntry("c2", "positive").hasSize(c.claims().size());
        List<CSVRecord> events = rows("events.csv");
        assertThat(events.get(0).get("polarity") + " " + events.get(0).get("modality")).isEqualTo("negative reported");
        assertThat(events.subList(1, events.size())).allSatisfy(r ->
                assertThat(r.get("polarity") + " " + r.get("modality")).isEqualTo("positive asserted"));
    }

    @Test
    void claimReviewLeavesOutWordsNobodySaidAndAnnotationsSayNegated() {
        CaseModel c = negated();
        assertThat(new ClaimReviewExporter().claims(c)).extracting(n -> n.get("identifier").asText())
                .doesNotContain("c1").hasSize(c.claims().size() - 1);
        List<String> described = new java.util.ArrayList<>();
        new AnnotationExporter().collection(c).get("first").get("items").forEach(a -> {
            if (a.get("id").asText().contains("claim-c1-")) {
                described.add(a.get("body").get(0).get("value").asText());
            }
        });
        assertThat(described).isNotEmpty().allSatisfy(d -> assertThat(d).contains("negated: not said"));
        String first = c.events().get(0).id();
        List<String> event = new java.util.ArrayList<>();
        new AnnotationExporter().collection(c).get("first").get("items").forEach(a -> {
            if (a.get("id").asText().contains("event-" + first + "-")) {
                event.add(a.get("body").get(0).get("value").asText());
            }
        });
        assertThat(event).isNotEmpty().allSatisfy(d ->
                assertThat(d).startsWith(c.events().get(0).type() + " (negated, reported), "));
    }

    private List<CSVRecord> rows(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(tmp.resolve(name), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }
}
