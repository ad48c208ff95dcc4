package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times of wire news that a blind check of invented 1996-2000 sentences (dt23) marked where TimeML
 * marks none, missed, or placed wrong: "overnight", plural parts of the day, "the week of" a day, a quarter still to be reported, the age of
 * a thing, a rate "by the hour"; each with what must not change.
 */
class FrequencyAndNightTimesTest {
    /** A Tuesday in February. */
    private static final LocalDate FEBRUARY = LocalDate.of(2000, 2, 8);
    /** A Thursday in March. */
    private static final LocalDate MARCH = LocalDate.of(1998, 3, 12);
    /** A Monday in November. */
    private static final LocalDate NOVEMBER = LocalDate.of(1999, 11, 15);

    @Test
    void overnightIsTheNightBeforeOrOfTheDay() {
        assertThat(Texts.typedDates("Crews in Vessary worked overnight to restore power.", FEBRUARY))
                .containsExactly("overnight=TIME:2000-02-07TNI");
        assertThat(Texts.typedDates("More snow will fall overnight in Vessary.", FEBRUARY))
                .containsExactly("overnight=TIME:2000-02-08TNI");
        // negative: a kind of rate, loan or stay is no night
        assertThat(Texts.typedDates("The overnight rate in Vessary rose to 5 percent.", FEBRUARY)).isEmpty();
        assertThat(Texts.typedDates("Guests of the Ulvane inn paid for an overnight stay.", FEBRUARY)).isEmpty();
    }

    @Test
    void aPluralPartOfTheDayUsedAloneIsEverySuchPart() {
        assertThat(Texts.typedDates("Nerys Aldane works nights at a Quellby bakery and spends weekends with her sons.", MARCH))
                .containsExactly("nights=SET:XXXX-XX-XXTNI", "weekends=SET:XXXX-WXX-WE");
        assertThat(Texts.typedDates("The Quellby gallery is closed on weekends.", MARCH))
                .containsExactly("weekends=SET:XXXX-WXX-WE");
        // negative: nights and mornings described are no times
        assertThat(Texts.typedDates("He spent sleepless nights and long mornings at the Orlwick clinic.", MARCH)).isEmpty();
    }

    @Test
    void theWeekOfADayIsThatWeek() {
        assertThat(Texts.typedDates("The Ormsby talks are set for the week of April 20.", MARCH))
                .containsExactly("the week of April 20=DATE:1998-W17");
        // negative: the day alone stays the day
        assertThat(Texts.typedDates("The Ormsby talks are set for April 20.", MARCH))
                .containsExactly("April 20=DATE:1998-04-20");
    }

    @Test
    void aQuarterJustEndedIsStillToBeReported() {
        assertThat(Texts.typedDates("Analysts expect fourth-quarter profit at Brenlow Corp. to rise.", FEBRUARY))
                .containsExactly("fourth-quarter=DATE:1999-Q4");
        // negative: what is to be done in a quarter looks ahead
        assertThat(Texts.typedDates("Brenlow Corp. will open its Ulvane plant in the fourth quarter.", FEBRUARY))
                .containsExactly("the fourth quarter=DATE:2000-Q4");
        // negative: a quarter not begun, and one ended long before, look ahead
        assertThat(Texts.typedDates("Brenlow Corp. expects second-quarter sales to rise.", FEBRUARY))
                .containsExactly("second-quarter=DATE:2000-Q2");
        assertThat(Texts.typedDates("Brenlow Corp. expects a first-quarter charge.", NOVEMBER))
                .containsExactly("first-quarter=DATE:2000-Q1");
    }

    @Test
    void anAgeOfAThingAndARateByTheUnitAreNoTimes() {
        assertThat(Texts.typedDates("Hanfield Brothers, the century-old store chain, filed for bankruptcy today.", MARCH))
                .containsExactly("today=DATE:1998-03-12");
        assertThat(Texts.typedDates("Pickers at the Loamridge farm are paid by the hour.", MARCH)).isEmpty();
        // negative: "by the end of the year" and "by the year 2001" are times
        assertThat(Texts.typedDates("The Loamridge loan is due by the year 2001.", MARCH))
                .containsExactly("the year 2001=DATE:2001");
    }

    @Test
    void aPlaceInARunOfTimesIsNoTime() {
        assertThat(Texts.typedDates("Jobless claims in Dravenport fell for the fifth week in a row.", FEBRUARY)).isEmpty();
        assertThat(Texts.typedDates("The Calloway index rose 25 percent in 1999, its third straight year of gains.", FEBRUARY))
                .containsExactly("1999=DATE:1999");
        // negative: a day counted within an event stays a date of no known value
        assertThat(Texts.typedDates("The Sellick strike is in its third day.", FEBRUARY))
                .containsExactly("third day=DATE:XXXX");
    }

    @Test
    void everyOtherYearIsEachSecondYear() {
        assertThat(Texts.typedDates("The Ambry fair, held every other year, returns in 2001, and the Ambry market is held "
                + "every year.", FEBRUARY)).containsExactly("every other year=SET:P2Y", "2001=DATE:2001", "every year=SET:P1Y");
    }

    @Test
    void countedBackAtTheGranularityNamed() {
        assertThat(Texts.typedDates("The Welby plant closed two years ago this month, and the Orrin mill closed two years ago.",
                LocalDate.of(1998, 4, 14))).containsExactly("two years ago this month=DATE:1996-04", "two years ago=DATE:1996");
        assertThat(Texts.typedDates("Brindle and Sons was founded a century ago.", LocalDate.of(2000, 1, 3)))
                .containsExactly("a century ago=DATE:1900");
    }

    @Test
    void theHottestDayOfTheYearNamesTheYear() {
        assertThat(Texts.typedDates("Temperatures in Hollin reached 104 degrees on Sunday, the hottest day of the year.",
                LocalDate.of(1999, 8, 17))).containsExactly("Sunday=DATE:1999-08-15", "the year=DATE:1999");
    }

    @Test
    void aHolidayWeekendIsItsWeekend() {
        assertThat(Texts.typedDates("Traffic on the Labor Day weekend killed 12 people in Ostrey last year.", LocalDate.of(1999, 6, 10)))
                .containsExactly("Labor Day weekend=DATE:1998-W36-WE", "last year=DATE:1998");
        assertThat(Texts.typedDates("Visitors crowded Oxbury over the Easter weekend.", LocalDate.of(1998, 4, 14)))
                .containsExactly("Easter weekend=DATE:1998-W15-WE");
    }

    @Test
    void aCapitalisedLengthBeforeANameIsPartOfIt() {
        assertThat(Texts.typedDates("Veterans of the Six-Day War gathered in Haldon.", LocalDate.of(1999, 6, 10))).isEmpty();
        // negative: a length before a common noun stays a span
        assertThat(Texts.typedDates("The Quenby family spent a six-day holiday in Corrin.", LocalDate.of(1999, 6, 10)))
                .containsExactly("six-day=DURATION:P6D");
    }
}
