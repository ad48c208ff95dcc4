package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerSpansTest {
    private static final List<Span> GOLD = List.of(
            new Span(0, 9, "ORG"), new Span(15, 23, "PER"),
            new Span(30, 35, "LOC"), new Span(40, 48, "PER"));

    @Test
    void perfectPredictionScoresOne() {
        PRF prf = Scorer.spans(GOLD, GOLD, true);
        assertThat(prf).isEqualTo(new PRF(4, 0, 0));
        assertThat(prf.precision()).isEqualTo(1.0);
        assertThat(prf.recall()).isEqualTo(1.0);
        assertThat(prf.f1()).isEqualTo(1.0);
    }

    @Test
    void emptyPredictionScoresZeroWithPrecisionZeroByConvention() {
        PRF prf = Scorer.spans(GOLD, List.of(), true);
        assertThat(prf).isEqualTo(new PRF(0, 0, 4));
        assertThat(prf.precision()).isEqualTo(0.0);
        assertThat(prf.recall()).isEqualTo(0.0);
        assertThat(prf.f1()).isEqualTo(0.0);
    }

    @Test
    void noGoldAndNoPredictionScoresZero() {
        PRF prf = Scorer.spans(List.of(), List.of(), false);
        assertThat(prf).isEqualTo(PRF.ZERO);
        assertThat(prf.precision()).isEqualTo(0.0);
        assertThat(prf.recall()).isEqualTo(0.0);
        assertThat(prf.f1()).isEqualTo(0.0);
    }

    @Test
    void twoOfFourFoundWithOverlappingSpansIsHalfRecallFullPrecision() {
        // partial overlaps count under relaxed matching
        List<Span> predicted = List.of(new Span(3, 9, "ORG"), new Span(14, 20, "PER"));
        PRF prf = Scorer.spans(GOLD, predicted, true);
        assertThat(prf).isEqualTo(new PRF(2, 0, 2));
        assertThat(prf.precision()).isEqualTo(1.0);
        assertThat(prf.recall()).isEqualTo(0.5);
        assertThat(prf.f1()).isEqualTo(2.0 / 3.0);
        assertThat(prf.f1()).isCloseTo(0.6667, within(0.00005));
    }

    @Test
    void typeMustMatchOnlyWhenRequired() {
        List<Span> predicted = List.of(new Span(0, 9, "PER"), new Span(15, 23, "PER"));
        assertThat(Scorer.spans(GOLD, predicted, true)).isEqualTo(new PRF(1, 1, 3));
        assertThat(Scorer.spans(GOLD, predicted, false)).isEqualTo(new PRF(2, 0, 2));
    }

    @Test
    void touchingSpansDoNotOverlap() {
        // [9,15) ends where gold [15,23) begins and begins where gold [0,9) ends
        assertThat(Scorer.spans(GOLD, List.of(Span.of(9, 15)), false))
                .isEqualTo(new PRF(0, 1, 4));
    }

    @Test
    void matchingIsOneToOne() {
        List<Span> gold = List.of(Span.of(0, 10));
        List<Span> predicted = List.of(Span.of(0, 4), Span.of(5, 10));
        assertThat(Scorer.spans(gold, predicted, false)).isEqualTo(new PRF(1, 1, 0));
        List<Span> twoGold = List.of(Span.of(0, 4), Span.of(5, 10));
        assertThat(Scorer.spans(twoGold, List.of(Span.of(0, 10)), false))
                .isEqualTo(new PRF(1, 0, 1));
    }

    @Test
    void exactPairsAreMatchedBeforeMereOverlaps() {
        List<Span> gold = List.of(Span.of(0, 10), Span.of(12, 20));
        List<Span> predicted = List.of(Span.of(5, 15), Span.of(0, 10));
        assertThat(Scorer.match(gold, predicted, false))
                .containsExactly(new Match(0, 1), new Match(1, 0));
        assertThat(Scorer.spans(gold, predicted, false)).isEqualTo(new PRF(2, 0, 0));
    }

    @Test
    void largerOverlapWinsWhenNoPairIsExact() {
        List<Span> gold = List.of(Span.of(0, 10));
        List<Span> predicted = List.of(Span.of(8, 12), Span.of(2, 12));
        assertThat(Scorer.match(gold, predicted, false)).containsExactly(new Match(0, 1));
    }

    @Test
    void strictMatchingNeedsExactBoundaries() {
        List<Span> predicted = List.of(new Span(0, 9, "ORG"), new Span(14, 20, "PER"));
        PRF strict = Scorer.spansExact(GOLD, predicted, true);
        assertThat(strict).isEqualTo(new PRF(1, 1, 3));
        assertThat(strict.precision()).isEqualTo(0.5);
        assertThat(strict.recall()).isEqualTo(0.25);
        assertThat(strict.f1()).isEqualTo(1.0 / 3.0);
    }

    @Test
    void countsAddUpForMicroAverages() {
        PRF sum = new PRF(2, 0, 2).plus(new PRF(1, 3, 0));
        assertThat(sum).isEqualTo(new PRF(3, 3, 2));
        assertThat(sum.gold()).isEqualTo(5);
        assertThat(sum.predicted()).isEqualTo(6);
        assertThat(sum.precision()).isEqualTo(0.5);
        assertThat(sum.recall()).isEqualTo(0.6);
        assertThat(sum.f1()).isCloseTo(6.0 / 11.0, within(1e-12));
    }
}
