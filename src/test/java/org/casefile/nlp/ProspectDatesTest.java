package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What one warns of, fears, expects or hopes for lies ahead of the warning: "warned on Monday of
 * losing the House in November" in an April story is the coming November. A month naming a thing
 * ("the November election") follows its clause: a future or present one looks ahead.
 */
class ProspectDatesTest {
    private static final LocalDate APRIL = LocalDate.of(2031, 4, 14);
    private static final LocalDate DECEMBER = LocalDate.of(2031, 12, 10);

    @Test
    void theObjectOfAWarningOrAFearIsAhead() {
        assertThat(Texts.dates("The Vendrick party warned on Monday of losing the Orlasy seat in November.", APRIL))
                .containsExactly("Monday=2031-04-14", "November=2031-11");
        assertThat(Texts.dates("Tamsworth officials fear a water shortage in August.", APRIL))
                .containsExactly("August=2031-08");
        assertThat(Texts.dates("Tamsworth farmers voiced fears of a strike in October.", APRIL))
                .containsExactly("October=2031-10");
        assertThat(Texts.dates("Analysts at Quillan expect a ruling in September.", APRIL))
                .containsExactly("September=2031-09");
    }

    @Test
    void theTimeOfTheWarningItselfOrAMonthJustGoneIsNot() {
        // the month is when the warning was given, no object between
        assertThat(Texts.dates("The Vendrick party warned in November that the seat was lost.", APRIL))
                .containsExactly("November=2030-11");
        // the addressee is no prospect
        assertThat(Texts.dates("The Hollin mayor warned the council in February.", APRIL))
                .containsExactly("February=2031-02");
        // a past fear of a month just gone: that month
        assertThat(Texts.dates("Tamsworth officials feared a shortage in March.", APRIL))
                .containsExactly("March=2031-03");
        // no verb of prospect
        assertThat(Texts.dates("Tamsworth officials reported a shortage in August.", APRIL))
                .containsExactly("August=2030-08");
    }

    @Test
    void aMonthNamingAThingFollowsAFutureOrPresentClause() {
        assertThat(Texts.dates("The November election will decide the Marnet governorship.", APRIL))
                .containsExactly("November=2031-11");
        assertThat(Texts.dates("The October vote is a test for the Dellby council.", APRIL))
                .containsExactly("October=2031-10");
        // a past clause: the one gone by
        assertThat(Texts.dates("The March primary drew few Marnet voters.", APRIL))
                .containsExactly("March=2031-03");
        assertThat(Texts.dates("The November election drew few Marnet voters.", APRIL))
                .containsExactly("November=2030-11");
        // a present clause right after the month: the one just gone
        assertThat(Texts.dates("The November election is contested by the Dellby slate.", DECEMBER))
                .containsExactly("November=2031-11");
    }
}
