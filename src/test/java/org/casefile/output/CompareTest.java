package org.casefile.output;

import org.casefile.domain.ClaimKind;
import org.casefile.domain.Stance;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.Precision;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.casefile.output.compare.Comparer;
import org.casefile.output.compare.Comparison;
import org.casefile.output.compare.ComparisonTable;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.api.Test;

/** {@code casefile compare}: dates per source, disagreements first, claims by speaker and by subject. */
class CompareTest {

    private static Comparison compare(CaseModel... cases) {
        List<Comparer.Input> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            inputs.add(new Comparer.Input(i == 0 ? "A" : "B", "case" + i + ".json", cases[i]));
        }
        return new Comparer(inputs).compare();
    }

    @Test
    void eventsWithDisagreeingSourcesComeFirstWithEachDateAndItsSources() {
        Comparison c = compare(OutputFixtures.read(ExportSupport.hostile()));
        assertThat(c.disagreements()).isEqualTo(1);
        assertThat(c.events()).extracting(e -> e.ids().get(0)).containsExactly("v3", "v1", "v2",
                "v4\"></a><script>document.body.setAttribute('data-pwned','1')</script>");
        Comparison.EventReport arrest = c.events().get(0);
        assertThat(arrest.disagreement()).isTrue();
        assertThat(arrest.sources()).isEqualTo(2);
        assertThat(arrest.date()).isEqualTo("3 March 2020");
        assertThat(arrest.dates()).extracting(Comparison.DateReport::value, Comparison.DateReport::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020-03-03", "3 March 2020"),
                        org.assertj.core.groups.Tuple.tuple("2020-03-04", "4 March 2020"));
        assertThat(arrest.dates().get(1).sources()).containsExactly(new Comparison.SourceReport(null, "dp2",
                "Order in the matter of Mallory", "2021-01-10", 1, "Mallory was arrested on 4 March 2020"));
        assertThat(c.events().get(1).disagreement()).isFalse();
        assertThat(c.events().get(3).dates()).extracting(Comparison.DateReport::value, Comparison.DateReport::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "undated"));
    }

    @Test
    void allegationsAndFindingsAboutTheSameSubjectAreSideBySide() {
        Comparison c = compare(OutputFixtures.read(ExportSupport.hostile()));
        assertThat(c.speakers()).extracting(Comparison.SpeakerReport::name)
                .containsExactly("Acme Corp", "The court", "Mallory");
        Comparison.ClaimReport allegation = c.speakers().get(0).claims().get(0);
        assertThat(allegation).isEqualTo(new Comparison.ClaimReport("c1", "Acme Corp", Stance.ALLEGATION, ClaimKind.REPORTED,
                "Mallory stole the funds", List.of("Mallory"), List.of("c2"), List.of(new Comparison.SourceReport(null,
                "dh1", "<script>document.body.setAttribute('data-pwned','1')</script> Evil headline & more",
                "2020-03-05", null, "Mallory stole the funds")), null));
        Comparison.ClaimReport finding = c.speakers().get(1).claims().get(0);
        assertThat(finding.subjects()).containsExactly("Mallory", "Acme Corp");
        assertThat(finding.related()).containsExactly("c1");
        assertThat(c.speakers().get(2).claims().get(0).related()).isEmpty();
        assertThat(c.subjects()).extracting(s -> s.subject() + ": " + s.allegations().stream()
                        .map(Comparison.ClaimReport::id).toList() + " | " + s.findings().stream()
                        .map(Comparison.ClaimReport::id).toList())
                .containsExactly("Mallory: [c1] | [c2]", "Acme Corp: [] | [c2]");
    }

    @Test
    void twoCasesArePairedByTypeAndSharedPassages() throws Exception {
        Path file = ExportSupport.hostile();
        JsonNode tree = OutputFixtures.tree(file);
        ObjectNode arrest = (ObjectNode) tree.get("events").get(2);
        arrest.put("id", "v9");
        ObjectNode date = (ObjectNode) arrest.get("date");
        date.put("value", "2020-03-05").put("text", "5 March 2020").put("begin", "2020-03-05").put("end", "2020-03-05");
        arrest.set("conflicts", OutputFixtures.MAPPER.createArrayNode());
        ArrayNode events = (ArrayNode) tree.get("events");
        ObjectNode extra = events.get(0).deepCopy();
        extra.put("id", "v10").put("type", "resignation");
        events.add(extra);
        Comparison c = compare(OutputFixtures.read(file), CaseModel.of(tree));

        assertThat(c.cases()).extracting(Comparison.CaseLabel::label).containsExactly("A", "B");
        assertThat(c.events()).extracting(Comparison.EventReport::ids).containsExactly(List.of("A:v3", "B:v9"),
                List.of("A:v1", "B:v1"), List.of("A:v2", "B:v2"),
                List.of("A:v4\"></a><script>document.body.setAttribute('data-pwned','1')</script>",
                        "B:v4\"></a><script>document.body.setAttribute('data-pwned','1')</script>"),
                List.of("B:v10"));
        Comparison.EventReport merged = c.events().get(0);
        assertThat(merged.sources()).isEqualTo(2);
        assertThat(merged.dates()).extracting(d -> d.label() + " " + d.sources().stream()
                        .map(s -> s.caseLabel() + ":" + s.document()).toList())
                .containsExactly("3 March 2020 [A:dh1]", "4 March 2020 [A:dp2]", "5 March 2020 [B:dh1]");
        // the second case's claims are the first's: not repeated
        assertThat(c.speakers().stream().mapToInt(s -> s.claims().size()).sum()).isEqualTo(3);
        assertThat(c.speakers().get(0).claims().get(0).id()).isEqualTo("A:c1");
    }

    @Test
    void aYearAndADayInItAgree() {
        Comparison c = compare(OutputFixtures.read(ExportSupport.hostile()));
        assertThat(c.events().get(1).dates()).hasSize(1);
        CaseModel.EventDate year = new CaseModel.EventDate("2019", "2019", "2019-01-01", "2019-12-31", Precision.YEAR, true, DateDerivation.EXPLICIT);
        CaseModel.EventDate day = new CaseModel.EventDate("2019-05-02", "2 May 2019", "2019-05-02", "2019-05-02", Precision.DAY, true,
                DateDerivation.EXPLICIT);
        CaseModel.EventDate other = new CaseModel.EventDate("2020", "2020", "2020-01-01", "2020-12-31", Precision.YEAR, true, DateDerivation.EXPLICIT);
        assertThat(Comparer.disagree(List.of(year, day))).isFalse();
        assertThat(Comparer.disagree(List.of(year, day, other))).isTrue();
    }

    @Test
    void tableShowsDisagreementsAndBothColumns() {
        String table = ComparisonTable.render(compare(OutputFixtures.read(ExportSupport.hostile())));
        assertThat(table).startsWith("case A: case0.json (3 documents, 4 events, 3 claims)\n\n"
                + "EVENTS: 4, 1 with sources giving dates that cannot all be true (marked !, listed first)\n\n"
                + "! v3  arrest, 3 March 2020, 2 sources\n");
        assertThat(table).contains("    DATE GIVEN           | SOURCE                                   | PASSAGE\n"
                + "    ---------------------+------------------------------------------+---------------------------------------------\n"
                + "    3 March 2020         | <script>document.body.setAttribute('data | “Mallory was arrested in Springfield on 3\n");
        assertThat(table).contains("Mallory\n  ALLEGATIONS                                          | FINDINGS\n");
        assertThat(table).contains("  c1 Acme Corp: “Mallory stole the funds” —            | "
                + "c2 The court: “Mallory did not steal from Acme Corp”\n"
                + "  <script>document.body.setAttribute('data-pwned','1') | — Order in the matter of Mallory, 2021-01-10, p. 2\n");
    }

    @Test
    void corpusComparisonCoversEveryEventAndClaim() {
        CaseModel corpus = OutputFixtures.read(OutputFixtures.corpusFile());
        Comparison c = compare(corpus);
        assertThat(c.events()).hasSize(corpus.events().size());
        assertThat(c.events().stream().mapToInt(Comparison.EventReport::sources).boxed().toList())
                .containsExactlyInAnyOrderElementsOf(corpus.events().stream().map(CaseModel.Event::sources).toList());
        assertThat(c.speakers().stream().mapToInt(s -> s.claims().size()).sum()).isEqualTo(corpus.claims().size());
        assertThat(c.disagreements()).isEqualTo((int) c.events().stream().filter(Comparison.EventReport::disagreement).count());
        int firstAgreeing = c.events().indexOf(c.events().stream().filter(e -> !e.disagreement()).findFirst().orElseThrow());
        assertThat(firstAgreeing).isEqualTo(c.disagreements());
        for (Comparison.SubjectReport s : c.subjects()) {
            s.allegations().forEach(a -> assertThat(a.stance()).isEqualTo(Stance.ALLEGATION));
            s.findings().forEach(f -> assertThat(f.stance()).isEqualTo(Stance.FINDING));
        }
    }
}
