package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimexErrors#baselineWins}: the gold timexes the default gets right where casefile does not. */
class TimexBaselineWinsTest {
    //                                  0         1         2         3         4         5         6
    //                                  0123456789012345678901234567890123456789012345678901234567890123456789
    private static final String TEXT = "Orvane Tull left on Monday. He came back two weeks later in May.\n"
            + "The Quenby mill shut last year.";

    private static GoldDocument doc(List<GoldTimex> timexes) {
        return new GoldDocument("d1", TEXT, LocalDate.of(2030, 6, 12), GoldDocument.DateOrigin.NONE, null, List.of(),
                List.of(), timexes, List.of(), List.of());
    }

    private static GoldTimex gold(int b, int e, String type, String value) {
        return new GoldTimex(new Span(b, e, type), value, null, false);
    }

    private static PredTimex pred(int b, int e, String type, String value) {
        return new PredTimex(new Span(b, e, type), value);
    }

    private static Prediction of(PredTimex... timexes) {
        return new Prediction("d1", List.of(), List.of(timexes), List.of());
    }

    @Test
    void eachKindWhereOnlyTheDefaultIsRightIsOneLine() {
        GoldDocument d = doc(List.of(gold(20, 26, "DATE", "2030-06-10"), gold(41, 50, "DURATION", "P2W"),
                gold(60, 63, "DATE", "2030-05"), gold(86, 95, "DATE", "2029")));
        Prediction ours = of(pred(20, 26, "DATE", "2030-06-17"),   // wrong direction
                pred(60, 63, "DATE", "2030-05"),                     // both right: no line
                pred(86, 95, "DATE", "2029"),                        // right, the default wrong: no line
                pred(69, 75, "DATE", "XXXX"));                       // "Quenby": spurious, the default silent
        Prediction theirs = of(pred(20, 26, "DATE", "2030-06-10"), pred(41, 50, "DURATION", "P2W"),
                pred(60, 63, "DATE", "2030-05"), pred(86, 95, "DATE", "2030"));
        String s1 = "Orvane Tull left on Monday.";
        String s2 = "He came back two weeks later in May.";
        assertThat(TimexErrors.baselineWins("TE3", d, ours, theirs)).isEqualTo(
                "TE3\td1\t2030-06-12\tvalue\tMonday\tDATE\t2030-06-10\tMonday\tDATE\t2030-06-17\tMonday\tDATE\t2030-06-10\t" + s1 + "\n"
                + "TE3\td1\t2030-06-12\tmissed\ttwo weeks\tDURATION\tP2W\t\t\t\ttwo weeks\tDURATION\tP2W\t" + s2 + "\n"
                + "TE3\td1\t2030-06-12\tspurious\t\t\t\tQuenby\tDATE\tXXXX\t\t\t\tThe Quenby mill shut last year.\n");
        assertThat(TimexErrors.WINS_HEADER.split("\t")).hasSize(14);
    }

    @Test
    void errorsTheDefaultSharesAreNotLines() {
        GoldDocument d = doc(List.of(gold(20, 26, "DATE", "2030-06-10"), gold(41, 50, "DURATION", "P2W")));
        Prediction ours = of(pred(20, 26, "DATE", "2030-06-17"), pred(69, 75, "DATE", "XXXX"));
        // the default is wrong on Monday too, misses the weeks and has its own reading over "Quenby"
        Prediction theirs = of(pred(20, 26, "DATE", "2030-06-03"), pred(65, 75, "DATE", "XXXX"));
        assertThat(TimexErrors.baselineWins("TE3", d, ours, theirs)).isEmpty();
        assertThat(TimexErrors.baselineWins("TE3", d, theirs, theirs)).isEmpty();
    }
}
