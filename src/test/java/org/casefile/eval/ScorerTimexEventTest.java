package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTimexEventTest {
    private static final List<GoldTimex> GOLD_TIMEX = List.of(
            new GoldTimex(new Span(0, 16, "DATE"), "2005-01-18", null, true),
            new GoldTimex(new Span(30, 36, "DATE"), "2005-01-17", null, false),
            new GoldTimex(new Span(50, 57, "DURATION"), "P2Y", null, false),
            new GoldTimex(new Span(70, 74, "DATE"), "2004", null, false));

    @Test
    void perfectTimexPredictionScoresOne() {
        List<PredTimex> pred = GOLD_TIMEX.stream()
                .map(g -> new PredTimex(g.span(), g.value())).toList();
        TimexScore s = Scorer.timexes(GOLD_TIMEX, pred);
        assertThat(s.relaxed()).isEqualTo(new PRF(4, 0, 0));
        assertThat(s.relaxed().f1()).isEqualTo(1.0);
        assertThat(s.valueAccuracy()).isEqualTo(1.0);
        assertThat(s.valueF1()).isEqualTo(1.0);
        assertThat(s.typeAccuracy()).isEqualTo(1.0);
    }

    @Test
    void emptyTimexPredictionScoresZero() {
        TimexScore s = Scorer.timexes(GOLD_TIMEX, List.of());
        assertThat(s.relaxed()).isEqualTo(new PRF(0, 0, 4));
        assertThat(s.valueAccuracy()).isEqualTo(0.0);
        assertThat(s.valueF1()).isEqualTo(0.0);
    }

    @Test
    void halfFoundHalfValuesRightGivesTempEval3ValueF1() {
        List<PredTimex> pred = List.of(
                new PredTimex(new Span(0, 7, "DATE"), "2005-01-18"),     // overlaps, right value
                new PredTimex(new Span(30, 36, "DATE"), "2005-01-10"));  // exact, wrong value
        TimexScore s = Scorer.timexes(GOLD_TIMEX, pred);
        assertThat(s.relaxed()).isEqualTo(new PRF(2, 0, 2));
        assertThat(s.relaxed().precision()).isEqualTo(1.0);
        assertThat(s.relaxed().recall()).isEqualTo(0.5);
        assertThat(s.relaxed().f1()).isCloseTo(0.6667, within(0.00005));
        assertThat(s.strict()).isEqualTo(new PRF(1, 1, 3));
        assertThat(s.valuePairs()).isEqualTo(2);
        assertThat(s.valueCorrect()).isEqualTo(1);
        assertThat(s.valueAccuracy()).isEqualTo(0.5);
        assertThat(s.valueF1()).isEqualTo(s.relaxed().f1() * 0.5);
        assertThat(s.valueF1()).isCloseTo(0.3333, within(0.00005));
        assertThat(s.typeAccuracy()).isEqualTo(1.0);
    }

    @Test
    void valuesCompareCaseInsensitivelyAndRangesAreLeftOut() {
        List<GoldTimex> gold = List.of(
                new GoldTimex(new Span(0, 5, "DATE"), "2007-W43", null, false),
                new GoldTimex(new Span(10, 20, "DATE"), null, "2019-12-30/2020-01-03", false));
        List<PredTimex> pred = List.of(
                new PredTimex(new Span(0, 5, "DATE"), "2007-w43"),
                new PredTimex(new Span(10, 20, "DURATION"), "P1W"));
        TimexScore s = Scorer.timexes(gold, pred);
        assertThat(s.relaxed()).isEqualTo(new PRF(2, 0, 0));
        assertThat(s.valuePairs()).isEqualTo(1);
        assertThat(s.valueCorrect()).isEqualTo(1);
        assertThat(s.valueAccuracy()).isEqualTo(1.0);
        assertThat(s.typeCorrect()).isEqualTo(1);
        assertThat(s.typeAccuracy()).isEqualTo(0.5);
    }

    private static final Span E1 = new Span(10, 15, "OTHER");
    private static final Span E2 = new Span(30, 36, "OTHER");
    private static final Span E3 = new Span(50, 55, "SPEECH_COGNITIVE");
    private static final Span A = Span.of(0, 9);
    private static final Span B = Span.of(16, 25);
    private static final Span C = Span.of(37, 45);
    private static final Span D = Span.of(56, 60);
    private static final List<GoldEvent> GOLD_EVENTS = List.of(
            new GoldEvent(E1, "hire"), new GoldEvent(E2, "open"), new GoldEvent(E3, "say"));
    private static final List<GoldParticipant> GOLD_PARTS = List.of(
            new GoldParticipant(E1, A, "Arg0"), new GoldParticipant(E1, B, "Arg1"),
            new GoldParticipant(E2, C, "Arg1"), new GoldParticipant(E3, D, "Arg0"));

    @Test
    void perfectEventPredictionScoresOne() {
        List<PredEvent> pred = List.of(
                new PredEvent(E1, null, List.of(A, B), List.of()),
                new PredEvent(E2, null, List.of(C), List.of()),
                new PredEvent(E3, null, List.of(D), List.of()));
        EventScore s = Scorer.events(GOLD_EVENTS, GOLD_PARTS, pred);
        assertThat(s.spans()).isEqualTo(new PRF(3, 0, 0));
        assertThat(s.spans().f1()).isEqualTo(1.0);
        assertThat(s.participantPairs()).isEqualTo(4);
        assertThat(s.participantAccuracy()).isEqualTo(1.0);
    }

    @Test
    void emptyEventPredictionScoresZero() {
        EventScore s = Scorer.events(GOLD_EVENTS, GOLD_PARTS, List.of());
        assertThat(s.spans()).isEqualTo(new PRF(0, 0, 3));
        assertThat(s.participantPairs()).isZero();
        assertThat(s.participantAccuracy()).isEqualTo(0.0);
    }

    @Test
    void participantAccuracyCountsOnlyPairsOfMatchedEvents() {
        List<PredEvent> pred = List.of(
                // matches E1 by overlap; finds A (partly) but not B
                new PredEvent(Span.of(12, 20), null, List.of(Span.of(5, 12)), List.of()),
                // matches E2; finds C
                new PredEvent(E2, null, List.of(Span.of(40, 41)), List.of()),
                // matches nothing
                new PredEvent(Span.of(80, 85), null, List.of(D), List.of()));
        EventScore s = Scorer.events(GOLD_EVENTS, GOLD_PARTS, pred);
        assertThat(s.spans()).isEqualTo(new PRF(2, 1, 1));
        assertThat(s.spans().precision()).isEqualTo(2.0 / 3.0);
        assertThat(s.spans().recall()).isEqualTo(2.0 / 3.0);
        assertThat(s.participantPairs()).isEqualTo(3);
        assertThat(s.participantHits()).isEqualTo(2);
        assertThat(s.participantAccuracy()).isEqualTo(2.0 / 3.0);
    }
}
