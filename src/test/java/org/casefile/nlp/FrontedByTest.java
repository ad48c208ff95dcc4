package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "By Wednesday afternoon, the council cited …": a fronted "by" with a past clause is a time
 * already reached, the past such day; a "by" inside the clause stays a deadline.
 */
class FrontedByTest {
    private static final LocalDate TUESDAY = LocalDate.of(2031, 4, 22);

    @Test
    void aFrontedByInAPastClauseIsPast() {
        assertThat(Texts.dates("By Wednesday afternoon, the Orvan council cited an initial analysis.", TUESDAY))
                .containsExactly("Wednesday afternoon=2031-04-16TAF");
        assertThat(Texts.dates("Talks stalled, and by Wednesday the Orvan council had cited an analysis.", TUESDAY))
                .containsExactly("Wednesday=2031-04-16");
    }

    @Test
    void aFutureClauseOrADeadlineInsideTheClauseIsNot() {
        assertThat(Texts.dates("By Wednesday, the Orvan council will cite an initial analysis.", TUESDAY))
                .containsExactly("Wednesday=2031-04-23");
        assertThat(Texts.dates("The Orvan council had to file the analysis by Wednesday.", TUESDAY))
                .containsExactly("Wednesday=2031-04-23");
    }
}
