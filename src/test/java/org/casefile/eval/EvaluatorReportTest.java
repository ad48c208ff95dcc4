package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluatorReportTest {
    private static List<GoldDocument> docs;

    @BeforeAll
    static void read() throws IOException {
        docs = new MeantimeReader(TestData.resource("meantime/tml"))
                .readFolder(TestData.resource("meantime/cat"));
    }

    /** The gold itself as a prediction, with CoreNLP-style entity labels. */
    private static Prediction perfect(GoldDocument d) {
        List<Span> entities = new ArrayList<>();
        for (GoldEntity e : d.scoredEntities()) {
            String label = switch (e.type()) {
                case "PER" -> "PERSON";
                case "ORG" -> "ORGANIZATION";
                default -> "CITY";
            };
            entities.add(e.span().withType(label));
        }
        List<PredTimex> timexes = d.timexes().stream()
                .map(t -> new PredTimex(t.span(), t.value())).toList();
        List<PredEvent> events = d.events().stream().map(e -> new PredEvent(e.span(), null,
                d.participants().stream().filter(p -> p.event().equals(e.span()))
                        .map(GoldParticipant::entity).toList(), List.of())).toList();
        return new Prediction(d.id(), entities, timexes, events);
    }

    @Test
    void perfectPredictionScoresOneEverywhere() {
        Report r = Evaluator.evaluate("tiny", docs, docs.stream().map(d -> perfect(d)).toList(),
                null);
        assertThat(r.rows()).extracting(Report.Row::category).containsExactly(
                "entities", "entities untyped", "entities named", "timex", "events",
                "facts told", "kept out NEGATED", "kept out MODAL", "kept out FUTURE", "facts kept");
        // every gold event a fact (MEANTIME polarity POS, certain) and every one told as a fact
        assertThat(r.row("facts told").precision()).isEqualTo(1.0);
        assertThat(r.row("facts kept").recall()).isEqualTo(1.0);
        Report.Row entities = r.row("entities");
        assertThat(entities.gold()).isEqualTo(5);
        assertThat(entities.tp()).isEqualTo(5);
        assertThat(entities.f1()).isEqualTo(1.0);
        assertThat(entities.extra()).containsEntry("strictF1", 1.0);
        // gold: Acme Corp, Jane Doe, Paris, the discontinuous PER; 900002: Acme
        assertThat(r.row("entities named").gold()).isEqualTo(4);
        assertThat(r.row("entities named").recall()).isEqualTo(1.0);
        assertThat(r.row("entities named").precision()).isEqualTo(0.8);
        Report.Row timex = r.row("timex");
        assertThat(timex.gold()).isEqualTo(3);
        assertThat(timex.f1()).isEqualTo(1.0);
        assertThat(timex.extra()).containsExactly(entry("valueAcc", 1.0), entry("valueF1", 1.0),
                entry("typeAcc", 1.0), entry("strictF1", 1.0));
        Report.Row events = r.row("events");
        assertThat(events.gold()).isEqualTo(3);
        assertThat(events.f1()).isEqualTo(1.0);
        assertThat(events.extra()).containsEntry("partAcc", 1.0);
    }

    @Test
    void emptyPredictionScoresZeroEverywhere() {
        Report r = Evaluator.evaluate("tiny", docs, List.of(), null);
        for (Report.Row row : r.rows()) {
            assertThat(row.predicted()).isZero();
            assertThat(row.precision()).isEqualTo(0.0);
            assertThat(row.recall()).isEqualTo(0.0);
            assertThat(row.f1()).isEqualTo(0.0);
        }
        assertThat(r.row("timex").extra()).containsEntry("valueF1", 0.0);
    }

    @Test
    void predictedTypesOutsidePerOrgLocAreIgnored() {
        Prediction p = new Prediction("900001",
                List.of(new Span(14, 23, "ORGANIZATION"), new Span(57, 63, "DATE"),
                        new Span(0, 5, "MISC")), List.of(), List.of());
        Report r = Evaluator.evaluate("tiny", docs.subList(0, 1), List.of(p), null);
        Report.Row e = r.row("entities");
        assertThat(e.gold()).isEqualTo(4);
        assertThat(e.predicted()).isEqualTo(1);
        assertThat(e.tp()).isEqualTo(1);
        assertThat(e.precision()).isEqualTo(1.0);
        assertThat(e.recall()).isEqualTo(0.25);
        assertThat(e.f1()).isEqualTo(0.4);
    }

    @Test
    void timelineRowsWhenTimelinesAreGiven() throws IOException {
        List<TimelineTarget> targets = TimelineGoldReader.resolve(new TimelineGoldReader()
                .readFolder(TestData.resource("timeline/gold"),
                        TestData.resource("timeline/list_target_entities.txt")), docs);
        Prediction p = new Prediction("900001", List.of(), List.of(), List.of(
                new PredEvent(Span.of(24, 29), "2010-03-01", List.of(), List.of("Acme Corp"))));
        Report r = Evaluator.evaluate("tiny", docs, List.of(p), targets);
        Report.Row timeline = r.row("timeline");
        assertThat(List.of(timeline.gold(), timeline.predicted(), timeline.tp())).containsExactly(5, 1, 1);
        assertThat(timeline.precision()).isEqualTo(1.0);
        assertThat(timeline.recall()).isEqualTo(0.2);
        assertThat(timeline.f1()).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(r.row("timeline: Acme Corp").recall()).isEqualTo(0.25);
        assertThat(r.row("timeline: Jane Doe").recall()).isEqualTo(0.0);
    }

    private static Report sample() {
        return new Report("sample", List.of(
                Report.Row.of("entities", new PRF(2, 0, 2)).with("strictF1", 0.5),
                Report.Row.of("timex", new PRF(1, 1, 0)).with("valueAcc", 1.0),
                Report.Row.recall("timeline", 4, 1)));
    }

    @Test
    void tableIsFixedWidth() {
        assertThat(sample().toTable()).isEqualTo(String.join("\n",
                "sample",
                "category    gold    pred      tp       P       R      F1 strictF1 valueAcc",
                "entities       4       2       2  1.0000  0.5000  0.6667   0.5000        -",
                "timex          1       2       1  0.5000  1.0000  0.6667        -   1.0000",
                "timeline       4       -       1       -  0.2500       -        -        -",
                ""));
    }

    @Test
    void jsonRoundTrips() throws IOException {
        Report report = sample();
        String json = report.toJson();
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.get("title").asText()).isEqualTo("sample");
        JsonNode first = tree.get("rows").get(0);
        assertThat(first.get("category").asText()).isEqualTo("entities");
        assertThat(first.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(first.get("f1").asDouble()).isCloseTo(0.6667, within(0.00005));
        assertThat(first.get("extra").get("strictF1").asDouble()).isEqualTo(0.5);
        assertThat(tree.get("rows").get(2).get("precision").isNull()).isTrue();
        assertThat(Report.fromJson(json)).isEqualTo(report);
    }

    @Test
    void scoreRecordsSerialiseTheirMeasures() throws IOException {
        JsonNode prf = new ObjectMapper().readTree(
                new ObjectMapper().writeValueAsString(new PRF(2, 0, 2)));
        assertThat(prf.get("tp").asInt()).isEqualTo(2);
        assertThat(prf.get("recall").asDouble()).isEqualTo(0.5);
        JsonNode timex = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
                new TimexScore(new PRF(2, 0, 2), new PRF(1, 1, 3), 2, 1, 2)));
        assertThat(timex.get("valueAccuracy").asDouble()).isEqualTo(0.5);
        assertThat(timex.get("valueF1").asDouble()).isCloseTo(1.0 / 3.0, within(1e-12));
    }
}
