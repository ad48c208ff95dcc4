package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Wire-news times a blind check of invented 1996-2000 stories got wrong (issue 14, dt24): a named
 * season counted from the publication, a month of a commodity contract, a day reached by a past
 * perfect, a possessed day after "would", a weekday naming a kind, the day's midnight and decades;
 * each with what must not change.
 */
class PastDayReadingsTest {
    /** A Tuesday in July. */
    private static final LocalDate JULY = LocalDate.of(1997, 7, 29);
    /** A Tuesday in February. */
    private static final LocalDate FEBRUARY = LocalDate.of(1999, 2, 23);
    /** A Thursday in March. */
    private static final LocalDate MARCH = LocalDate.of(1996, 3, 14);

    @Test
    void lastSeasonIsTheLatestOneEndedByThePublication() {
        assertThat(Texts.dates("Ravel Quinnard, who turned 61 last spring, is retiring.", JULY))
                .containsExactly("last spring=1997-SP");
        // negative: a season not yet over (or not begun) is the one a year before
        assertThat(Texts.dates("Ravel Quinnard retired last summer.", JULY))
                .containsExactly("last summer=1996-SU");
        assertThat(Texts.dates("Ravel Quinnard retired last fall.", JULY))
                .containsExactly("last fall=1996-FA");
        assertThat(Texts.dates("Ravel Quinnard will retire next spring.", JULY))
                .containsExactly("next spring=1998-SP");
        assertThat(Texts.dates("Ravel Quinnard will retire next fall.", JULY))
                .containsExactly("next fall=1997-FA");
    }

    @Test
    void aMonthOfDeliveryLiesAhead() {
        assertThat(Texts.dates("Crude for January delivery rose 48 cents to $26.10 a barrel.", LocalDate.of(1999, 11, 30)))
                .containsExactly("January=2000-01");
        assertThat(Texts.dates("Copper for August delivery fell 2 cents.", LocalDate.of(1998, 6, 11)))
                .containsExactly("August=1998-08");
        // negative: a month of trading, not of a contract, is past
        assertThat(Texts.dates("Copper prices fell in August.", LocalDate.of(1998, 6, 11)))
                .containsExactly("August=1997-08");
        // nor is a delivery a determiner makes an event that happened
        assertThat(Texts.dates("Since the March delivery of its first two jets, Varrow Air has hired 40 pilots.",
                LocalDate.of(1999, 6, 11))).containsExactly("March=1999-03");
        assertThat(Texts.dates("March futures fell 3 cents.", LocalDate.of(1999, 1, 11)))
                .containsExactly("March=1999-03");
    }

    @Test
    void aDayReachedByAPastPerfectIsPast() {
        assertThat(Texts.dates("The squall had passed by Saturday morning.", MARCH))
                .containsExactly("Saturday morning=1996-03-09TMO");
        // negative: an obligation, or a clause that looks ahead, keeps the coming day
        assertThat(Texts.dates("Brisel Tanning will finish the sale by Saturday.", MARCH))
                .containsExactly("Saturday=1996-03-16");
    }

    @Test
    void aPossessedDayAfterWouldIsTheNearest() {
        assertThat(Texts.dates("Her lawyer said she would appeal Monday's verdict.", FEBRUARY))
                .containsExactly("Monday=1999-02-22");
        assertThat(Texts.dates("The mayor said he would attend Friday's parade.", FEBRUARY))
                .containsExactly("Friday=1999-02-26");
        // negative: a "will" keeps the day ahead
        assertThat(Texts.dates("The mayor will attend Monday's parade.", FEBRUARY))
                .containsExactly("Monday=1999-03-01");
    }

    @Test
    void aWeekdayNamingAKindIsNoDay() {
        assertThat(Texts.dates("Corvin Ashdale taught Sunday school at a church in Pelmouth.", FEBRUARY)).isEmpty();
        // negative: a weekday before another noun is a day
        assertThat(Texts.dates("Corvin Ashdale left the church on Sunday.", FEBRUARY))
                .containsExactly("Sunday=1999-02-21");
    }

    @Test
    void midnightOfANamedDayIsItsEnd() {
        assertThat(Texts.dates("Ilda Marrowby won the race on Tuesday. Her rival conceded shortly before midnight.",
                LocalDate.of(1996, 11, 6)))
                .containsExactly("Tuesday=1996-11-05", "midnight=1996-11-05T24:00");
        // after midnight is the next day's start, not the named day's
        assertThat(Texts.dates("The polls in Tessmark closed on Tuesday. Results came in shortly after midnight.",
                LocalDate.of(1996, 11, 6)))
                .containsExactly("Tuesday=1996-11-05", "midnight=1996-11-06T00:00");
    }

    @Test
    void lastBeforeAnApproximationIsTheVerb() {
        assertThat(Texts.dates("Repairs are due to begin this summer and last about 18 months.", MARCH))
                .containsExactly("this summer=1996-SU", "about 18 months=P18M");
        // negative: the adjective before a count is a span up to the publication
        assertThat(Texts.dates("Repairs took most of the last 18 months.", MARCH))
                .containsExactly("the last 18 months=P18M");
    }

    @Test
    void quartersCountedInQuarters() {
        assertThat(Texts.dates("Quelby Tools posted record earnings in each of the past four quarters.", MARCH))
                .containsExactly("the past four quarters=P4Q");
        // negative: a count of months stays in months
        assertThat(Texts.dates("Quelby Tools posted record earnings in each of the past four months.", MARCH))
                .containsExactly("the past four months=P4M");
    }

    @Test
    void decadesCountedInYears() {
        assertThat(Texts.dates("It is the first contested race in two decades.", MARCH))
                .containsExactly("two decades=P20Y");
        // negative: one decade keeps its unit
        assertThat(Texts.dates("It is the first contested race in a decade.", MARCH))
                .containsExactly("a decade=P1E");
    }
}
