package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactualityTest {

    private static List<GoldDocument> docs() throws IOException {
        return new TimeMlReader().readFolder(TestData.resource("timeml-factuality"));
    }

    private static PredEvent event(GoldDocument doc, String word, boolean onTimeline, boolean fact) {
        int at = doc.text().indexOf(word);
        return new PredEvent(new Span(at, at + word.length(), "other"), null, List.of(), List.of(), onTimeline, fact);
    }

    @Test
    void timeMlInstancesGiveNegationThenModalityThenFutureAndTheFirstInstanceSpeaks() throws IOException {
        GoldDocument doc = docs().get(0);
        assertThat(doc.events()).extracting(e -> doc.textOf(e.span()), GoldEvent::factuality).containsExactly(
                tuple("resigned", GoldFactuality.FACT),
                tuple("return", GoldFactuality.NEGATED),
                tuple("sue", GoldFactuality.MODAL),
                tuple("meet", GoldFactuality.FUTURE),
                tuple("said", GoldFactuality.FACT));
    }

    @Test
    void aFileThatNegatesMostInstancesGivesNoPolarityButKeepsItsTense() throws IOException {
        GoldDocument doc = docs().get(1);
        assertThat(doc.events()).extracting(e -> doc.textOf(e.span()), GoldEvent::factuality).containsExactly(
                tuple("said", GoldFactuality.UNKNOWN),
                tuple("sail", GoldFactuality.FUTURE),
                tuple("docked", GoldFactuality.UNKNOWN));
    }

    @Test
    void meantimeAttributesMapToTheSameKinds() {
        assertThat(GoldFactuality.ofMeantime("NEG", "CERTAIN", "FUTURE")).isEqualTo(GoldFactuality.NEGATED);
        assertThat(GoldFactuality.ofMeantime("POS", "PROBABLE", "NON_FUTURE")).isEqualTo(GoldFactuality.MODAL);
        assertThat(GoldFactuality.ofMeantime("POS", "POSSIBLE", "FUTURE")).isEqualTo(GoldFactuality.MODAL);
        assertThat(GoldFactuality.ofMeantime("POS", "CERTAIN", "FUTURE")).isEqualTo(GoldFactuality.FUTURE);
        assertThat(GoldFactuality.ofMeantime("POS", "CERTAIN", "NON_FUTURE")).isEqualTo(GoldFactuality.FACT);
        assertThat(GoldFactuality.ofMeantime("POS", "UNDERSPECIFIED", null)).isEqualTo(GoldFactuality.FACT);
        assertThat(GoldFactuality.ofMeantime(null, null, null)).isEqualTo(GoldFactuality.UNKNOWN);
        assertThat(GoldFactuality.ofTimeMl(null, "none", "PAST")).isEqualTo(GoldFactuality.UNKNOWN);
    }

    @Test
    void rowsCountFactsToldAndNonFactsKeptOutOnMatchedEventsOfKnownFactuality() throws IOException {
        List<GoldDocument> docs = docs();
        GoldDocument a = docs.get(0);
        GoldDocument b = docs.get(1);
        // "return" (negated) told as a fact; "meet" a dated plan: on the timeline, yet no fact
        Prediction pa = new Prediction(a.id(), List.of(), List.of(), List.of(
                event(a, "resigned", true, true), event(a, "return", true, true), event(a, "sue", false, false),
                event(a, "meet", true, false), event(a, "said", true, true)));
        Prediction pb = new Prediction(b.id(), List.of(), List.of(), List.of(
                event(b, "said", true, true), event(b, "sail", true, true), event(b, "docked", true, true)));
        List<Report.Row> rows = Evaluator.factualityRows(docs, List.of(pa, pb));
        assertThat(rows).extracting(Report.Row::category, Report.Row::gold, Report.Row::predicted, Report.Row::tp)
                .containsExactly(
                        tuple("facts told", null, 4, 2),
                        tuple("kept out NEGATED", 1, null, 0),
                        tuple("kept out MODAL", 1, null, 1),
                        tuple("kept out FUTURE", 2, null, 1),
                        tuple("facts kept", 2, null, 2));
        assertThat(rows.get(0).precision()).isEqualTo(0.5);
        assertThat(rows.get(0).extra()).containsEntry("allFacts", 2.0 / 6);
        assertThat(EventErrors.lines(a, pa).split("\n")).startsWith(
                "matched\tTEST20310610.0001\tresigned\tfact\tother; gold FACT\t"
                        + "Orsa Bellweather resigned and did not return.",
                "matched\tTEST20310610.0001\treturn\tfact\tother; gold NEGATED\t"
                        + "Orsa Bellweather resigned and did not return.");
        assertThat(EventErrors.lines(a, pa)).contains("\tmeet\tdated plan\tother; gold FUTURE\t");
    }

    @Test
    void noRowsWhereNoGoldEventSaysWhetherItHappened() throws IOException {
        List<GoldDocument> plain = new TimeMlReader().readFolder(TestData.resource("timeml"));
        Prediction p = new Prediction(plain.get(0).id(), List.of(), List.of(), List.of(event(plain.get(0), "voted", true, true)));
        assertThat(Evaluator.factualityRows(plain, List.of(p))).isEmpty();
    }
}
