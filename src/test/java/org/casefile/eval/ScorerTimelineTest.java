package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScorerTimelineTest {
    private static final Span HIRED = Span.of(24, 29);
    private static final Span OPENED = Span.of(16, 22);
    private static List<TimelineTarget> targets;

    @BeforeAll
    static void read() throws IOException {
        List<GoldDocument> docs = new MeantimeReader(TestData.resource("meantime/tml"))
                .readFolder(TestData.resource("meantime/cat"));
        targets = TimelineGoldReader.resolve(new TimelineGoldReader().readFolder(
                TestData.resource("timeline/gold"),
                TestData.resource("timeline/list_target_entities.txt")), docs);
    }

    private static Prediction event(String doc, Span span, String date, String... names) {
        return new Prediction(doc, List.of(), List.of(),
                List.of(new PredEvent(span, date, List.of(), List.of(names))));
    }

    @Test
    void datedRowsFoundWithCompatibleDatesAndTheRightEntity() {
        List<Prediction> preds = List.of(
                event("900001", HIRED, "2010-03-01", "ACME corp.", "Jane Doe"),
                event("900002", OPENED, "2010", "Acme Corp"));
        TimelineScore s = Scorer.timeline(targets, preds);
        // Acme: rows 1 (2010-03-01) and 2 (2010-XX-XX) found; row 3 (2010-03-03) has an
        // incompatible date; row 4 cannot be located
        assertThat(s.targets()).containsExactly(
                new TimelineScore.Target("Acme Corp", 4, 2, 1, 2, 2),
                new TimelineScore.Target("Jane Doe", 1, 1, 0, 1, 1));
        assertThat(s.targets().get(0).recall()).isEqualTo(0.5);
        assertThat(s.targets().get(0).precision()).isEqualTo(1.0);
        assertThat(s.dated()).isEqualTo(5);
        assertThat(s.found()).isEqualTo(3);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.predicted()).isEqualTo(3);
        assertThat(s.correct()).isEqualTo(3);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void coarserPredictedDateIsCompatibleWithEveryDayOfIt() {
        List<Prediction> preds = List.of(event("900001", HIRED, "2010-03", "Acme Corp"));
        TimelineScore s = Scorer.timeline(targets, preds);
        // rows 1 and 3 both point at "hired"; 2010-03 is compatible with both days
        assertThat(s.targets().get(0)).isEqualTo(new TimelineScore.Target("Acme Corp", 4, 2, 1, 1, 1));
    }

    @Test
    void eventsOfOtherEntitiesOrWithoutDateDoNotCount() {
        List<Prediction> preds = List.of(
                event("900001", HIRED, "2010-03-01", "Jane Doe"),
                event("900002", OPENED, null, "Acme Corp"),
                event("900002", Span.of(0, 4), "2010", "Acme Corp"));
        TimelineScore s = Scorer.timeline(targets, preds);
        // the undated event is no timeline entry; the one dated 2010 at "Acme" is one, and wrong
        assertThat(s.targets()).containsExactly(
                new TimelineScore.Target("Acme Corp", 4, 0, 1, 1, 0),
                new TimelineScore.Target("Jane Doe", 1, 1, 0, 1, 1));
        assertThat(s.targets().get(0).precision()).isEqualTo(0.0);
        assertThat(s.targets().get(0).f1()).isEqualTo(0.0);
        assertThat(s.precision()).isEqualTo(0.5);
    }

    @Test
    void onlyFactsAreTimelineEntries() {
        // "was not hired", "could be hired": negated or hypothetical events are neither found nor counted
        List<Prediction> preds = List.of(new Prediction("900001", List.of(), List.of(),
                List.of(new PredEvent(HIRED, "2010-03-01", List.of(), List.of("Acme Corp"), false))));
        TimelineScore s = Scorer.timeline(targets, preds);
        assertThat(s.targets().get(0)).isEqualTo(new TimelineScore.Target("Acme Corp", 4, 0, 1, 0, 0));
        assertThat(s.precision()).isEqualTo(0.0);
    }

    @Test
    void noPredictionFindsNothing() {
        TimelineScore s = Scorer.timeline(targets, List.of());
        assertThat(s.found()).isZero();
        assertThat(s.recall()).isEqualTo(0.0);
    }

    @Test
    void customEntityMatcher() {
        List<Prediction> preds = List.of(event("900001", HIRED, "2010-03-01", "Acme"));
        assertThat(Scorer.timeline(targets, preds).found()).isZero();
        assertThat(Scorer.timeline(targets, preds, (t, n) -> t.startsWith(n)).found())
                .isEqualTo(1);
    }

    @Test
    void defaultEntityNameTest() {
        assertThat(Scorer.sameEntityName("Boeing 787 Dreamliner", "boeing 787-dreamliner"))
                .isTrue();
        assertThat(Scorer.sameEntityName("Airbus", "Airbus A380")).isFalse();
        assertThat(Scorer.sameEntityName("", "")).isFalse();
        assertThat(Scorer.sameEntityName(null, "Airbus")).isFalse();
    }
}
