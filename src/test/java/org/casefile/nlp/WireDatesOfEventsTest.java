package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Dates of wire copy of 1998-2000 (dt27's blind check): a day counted from an event, a date in
 * numbers joined by hyphens, the quarter before the one a story names, and the turn of the century;
 * each with what must not change.
 */
class WireDatesOfEventsTest {
    /** A Monday in March. */
    private static final LocalDate MARCH = LocalDate.of(1999, 3, 15);
    /** A Monday in December. */
    private static final LocalDate DECEMBER = LocalDate.of(1999, 12, 20);

    @Test
    void aDayCountedFromAnEventHasNoDateOfThePublication() {
        assertThat(Texts.dates("Ostrander told her the day after the report was released that he would quit.", MARCH))
                .containsExactly("the day=XXXX-XX-XX?");
        assertThat(Texts.dates("The two envoys met in Verlach the week before the vote.", MARCH))
                .doesNotContain("the week=1999-W11", "the week=1999-W10");
        // negatives: a day of the market is the day of writing; a named day counts from that day
        assertThat(Texts.dates("Shares of Quillon rose 2 percent on the day, traders said.", MARCH))
                .containsExactly("the day=1999-03-15");
        assertThat(Texts.dates("Ostrander resigned the day before March 10.", MARCH))
                .containsExactly("the day before March 10=1999-03-09");
    }

    @Test
    void aDateInNumbersJoinedByHyphensIsMonthFirst() {
        assertThat(Texts.dates("Police said the freighter reached Tollandport on 8-7-1999.", MARCH))
                .containsExactly("8-7-1999=1999-08-07");
        assertThat(Texts.typedDates("The lease signed 12-31-1998 runs for a year.", MARCH))
                .contains("12-31-1998=DATE:1998-12-31");
        // negatives: no month 13, and a case number
        assertThat(Texts.dates("The sample was logged as 13-5-1999 by the clerk.", MARCH)).isEmpty();
        assertThat(Texts.dates("Case No. 4-12-1999 was dismissed by Judge Pembury.", MARCH)).isEmpty();
    }

    @Test
    void thePreviousQuarterIsTheOneBeforeTheQuarterNamed() {
        assertThat(Texts.dates("Sales at Drevin Systems in the third quarter fell 3 percent from the previous quarter.",
                LocalDate.of(1999, 10, 20))).containsExactly("the third quarter=1999-Q3", "the previous quarter=1999-Q2");
        assertThat(Texts.dates("Marbeck's first-quarter profit rose 4 percent from the previous quarter.", LocalDate.of(2000, 4, 24)))
                .contains("the previous quarter=1999-Q4");
        // negative: with no quarter named there is none to count from
        assertThat(Texts.dates("Sales at Drevin Systems fell from the previous quarter.", LocalDate.of(1999, 10, 20)))
                .doesNotContain("the previous quarter=1999-Q2", "the previous quarter=1999-Q3");
    }

    @Test
    void theTurnOfTheCenturyIsTheYearTheCenturiesMeet() {
        assertThat(Texts.dates("Millions of people are expected to travel at the turn of the century.", DECEMBER))
                .containsExactly("the turn of the century=2000");
        assertThat(Texts.dates("Crime in Velloran fell after the turn of the century.", LocalDate.of(2004, 5, 20)))
                .containsExactly("the turn of the century=2000");
        // a past clause before the turn has come tells of the turn before
        assertThat(Texts.dates("The Harsten mill was built at the turn of the century by Danish settlers.",
                LocalDate.of(1998, 5, 20))).containsExactly("the turn of the century=1900");
        // negative: the century alone stays the century
        assertThat(Texts.dates("Brask wrote the best novel of the century.", DECEMBER)).doesNotContain("the century=2000");
    }

    @Test
    void aDecadeTakesItsPartAndArticle() {
        assertThat(Texts.dates("Ferrand sang in Orsolay nightclubs in the late 1970s.", MARCH))
                .containsExactly("the late 1970s=197");
        assertThat(Texts.dates("Ferrand sang in Orsolay nightclubs in the early 1980s.", MARCH))
                .containsExactly("the early 1980s=198");
        // negatives: a decade with its article alone, and a year, stay as they were
        assertThat(Texts.dates("Prices in Orsolay rose in the 1990s.", MARCH)).containsExactly("the 1990s=199");
        assertThat(Texts.dates("Ferrand sang in Orsolay in late 1978.", MARCH)).containsExactly("late 1978=1978");
    }

    @Test
    void aFiscalYearByItsNumberIsOneExpression() {
        assertThat(Texts.typedDates("The Quentary agency's budget for fiscal 1999 was $4.2 billion.", MARCH))
                .containsExactly("fiscal 1999=DATE:1999");
        assertThat(Texts.typedDates("Tolvane expects a loss in fiscal year 2000.", MARCH))
                .containsExactly("fiscal year 2000=DATE:2000");
        // negative: a fiscal year across two calendar years is named by the year it ends in
        assertThat(Texts.typedDates("Tolvane expects a loss in fiscal 1999-2000.", MARCH))
                .containsExactly("fiscal 1999-2000=DATE:2000");
    }

    @Test
    void aCountSpelledInTensKeepsItsKindOfDays() {
        assertThat(Texts.typedDates("The form must be returned within twenty working days.", MARCH))
                .containsExactly("twenty working days=DURATION:P20D");
        assertThat(Texts.typedDates("The payment is due within thirty-five business days.", MARCH))
                .containsExactly("thirty-five business days=DURATION:P35D");
        // negative: a count of plain days is SUTime's
        assertThat(Texts.typedDates("The form must be returned within twenty days.", MARCH))
                .containsExactly("twenty days=DURATION:P20D");
    }
}
