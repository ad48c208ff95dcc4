package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Dates of results and trading the TimeBank value errors showed (dt32): "a year earlier" far down a
 * story about a quarter, "last year's quarter", so many trading days before "later" or "after", and
 * a unit counted from an event that "last month's" names; each with what must not change.
 */
class ReportPeriodDatesTest {
    /** A Wednesday in November. */
    private static final LocalDate NOVEMBER = LocalDate.of(1999, 11, 3);
    /** A Monday in October. */
    private static final LocalDate OCTOBER = LocalDate.of(1998, 10, 5);

    @Test
    void aYearEarlierWithFiguresFarFromTheQuarterIsThatQuarterAYearBack() {
        String story = "Corvane Industries said it expects to post a third-quarter loss of $12 million. "
                + "The Qarrowby maker cited weak demand for its pumps. It also said it will close two plants. "
                + "Analysts had looked for a small profit. ";
        assertThat(Texts.typedDates(story + "A year earlier, Corvane earned $4.4 million, or 18 cents a share.", NOVEMBER))
                .containsExactly("third-quarter=DATE:1999-Q3", "A year earlier=DATE:1998-Q3");
        // negative: with no figure the sentence tells of something else; the year is the story's to place
        assertThat(Texts.typedDates(story + "A year earlier, its chairman had quit.", NOVEMBER))
                .containsExactly("third-quarter=DATE:1999-Q3", "A year earlier=DATE:XXXX");
    }

    @Test
    void lastYearsQuarterIsTheStorysQuarterAYearBack() {
        assertThat(Texts.typedDates("Dunmarsh Ltd. posted second-quarter sales of $80 million, up from $72 million "
                + "in last year's quarter.", LocalDate.of(2001, 8, 2)))
                .containsExactly("second-quarter=DATE:2001-Q2", "last year's quarter=DATE:2000-Q2");
        // with no quarter named: the last one completed before publication, a year back
        assertThat(Texts.typedDates("Revenue for last year's quarter was $31 million, Pemberly Foods said.", LocalDate.of(2000, 5, 10)))
                .containsExactly("last year's quarter=DATE:1999-Q1");
        // negative: a quarterly payment is no quarter
        assertThat(Texts.typedDates("The Halvern board matched last year's quarterly dividend of 10 cents.", NOVEMBER))
                .noneMatch(d -> d.contains("-Q"));
    }

    @Test
    void soManyTradingDaysBeforeLaterOrAfterAreALength() {
        assertThat(Texts.typedDates("Eight trading days after the crash, the Brisco index had lost 6%.", OCTOBER))
                .containsExactly("Eight trading days=DURATION:P8D");
        assertThat(Texts.typedDates("Five business days later, Tamsworth Bank repaid the loan.", OCTOBER))
                .containsExactly("Five business days=DURATION:P5D");
        // negative: days of that kind with no count are no length
        assertThat(Texts.typedDates("On trading days when prices fall, the Ollery fund buys shares.", OCTOBER))
                .noneMatch(d -> d.contains("trading days"));
    }

    @Test
    void aUnitAroundLastMonthsEventIsThatMonth() {
        assertThat(Texts.typedDates("Withdrawals doubled in the week following last month's collapse of Ferrand Savings.", NOVEMBER))
                .containsExactly("last month=DATE:1999-10");
        assertThat(Texts.typedDates("Shares of Orvell Corp. rose in the days before last week's vote.", NOVEMBER))
                .containsExactly("last week=DATE:1999-W43");
        // negative: a unit counted from an event with no named time stays unplaced
        assertThat(Texts.typedDates("Shares of Orvell Corp. rose in the week before the vote.", NOVEMBER))
                .containsExactly("the week before=DATE:XXXX");
    }

    @Test
    void anEarlierQuarterNamedInPassingLeavesTheStorysQuarter() {
        String story = "Tamber-Lowe Corp. posted a 20% gain in third-quarter net income. "
                + "After a flat second quarter, Tamber-Lowe credited its soap units. Those gains came from higher prices. "
                + "The comparison was also helped by charges taken in the year-earlier period. ";
        assertThat(Texts.typedDates(story + "In the 1999 period also, interest costs were lower.", NOVEMBER))
                .containsExactly("third-quarter=DATE:1999-Q3", "flat second quarter=DATE:1999-Q2",
                        "the year-earlier period=DATE:1998-Q3", "the 1999 period=DATE:1999-Q3");
        // negative: the earlier quarter's own sentence compares with that quarter
        assertThat(Texts.typedDates("Orrin Foods said fourth-quarter profit fell 8%. In the third quarter, profit had "
                + "fallen 5% from a year earlier.", LocalDate.of(2000, 2, 10)))
                .containsExactly("fourth-quarter=DATE:1999-Q4", "the third quarter=DATE:1999-Q3", "a year earlier=DATE:1998-Q3");
        // negative: a fiscal quarter is the story's quarter it names, though its number is lower
        assertThat(Texts.typedDates("Gallent Mills posted third-quarter net of $5 million. Pardoe Steel said fiscal "
                + "second-quarter net fell. The latest period included a charge.", NOVEMBER))
                .contains("The latest period=DATE:1999-Q2");
    }
}
