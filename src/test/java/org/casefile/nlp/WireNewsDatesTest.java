package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times in wire news of the kinds AQUAINT is made of (issue 14, dt21): a diplomatic report, a
 * disaster story, a feature, a sports report and business copy, on invented sentences, each with
 * what must not change.
 */
class WireNewsDatesTest {
    /** A Thursday in July. */
    private static final LocalDate JULY = LocalDate.of(2031, 7, 17);
    /** A Monday in June. */
    private static final LocalDate JUNE = LocalDate.of(2031, 6, 16);

    @Test
    void whatAHearerIsWarnedOfLiesAhead() {
        assertThat(Texts.dates("Harnwick warned investors of a loss in September.", JULY))
                .containsExactly("September=2031-09");
        assertThat(Texts.dates("The Brindlecombe council cautioned residents of water cuts in August.", JULY))
                .containsExactly("August=2031-08");
        assertThat(Texts.dates("Osterfell Mills notified its workers of layoffs in October.", JULY))
                .containsExactly("October=2031-10");
        // negative: the time of the warning itself, and a hearer with no "of"
        assertThat(Texts.dates("Harnwick warned investors in September.", JULY))
                .containsExactly("September=2030-09");
        assertThat(Texts.dates("Harnwick warned investors about the plant in September.", JULY))
                .containsExactly("September=2030-09");
        // negative: telling of a thing is no warning; a past perfect places nothing ahead
        assertThat(Texts.dates("Harnwick told investors of a loss in September.", JULY))
                .containsExactly("September=2030-09");
        assertThat(Texts.dates("Harnwick had warned investors of a loss in September.", JULY))
                .containsExactly("September=2030-09");
    }

    @Test
    void aGerundAfterBeforeTakesAFutureClausesTime() {
        assertThat(Texts.dates("Orlenko will visit Quenlow before leaving for home on Friday.", JUNE))
                .containsExactly("Friday=2031-06-20");
        assertThat(Texts.dates("The Tessary envoy is to tour Marrowgate before flying to Lunvik on Thursday.", JUNE))
                .containsExactly("Thursday=2031-06-19");
        // negative: a past clause's day is the one gone by, whichever the order
        assertThat(Texts.dates("Orlenko visited Quenlow before leaving for home on Friday.", JUNE))
                .containsExactly("Friday=2031-06-13");
        assertThat(Texts.dates("Orlenko visited Quenlow after arriving on Friday.", JUNE))
                .containsExactly("Friday=2031-06-13");
    }
}
