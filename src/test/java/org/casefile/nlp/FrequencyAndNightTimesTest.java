package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times of wire news that a blind check of invented 1996-2000 sentences (dt23) marked where TimeML
 * marks none, missed, or placed wrong: frequency adjectives before a noun, "overnight", plural parts
 * of the day, "the week of" a day, a quarter still to be reported, what one was told of, the age of
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
    void aFrequencyAdjectiveBeforeItsNounIsNoSet() {
        assertThat(Texts.typedDates("Dunmarrow Mills posted annual sales of $2 billion and holds its annual meeting "
                + "each spring.", FEBRUARY)).containsExactly("each spring=SET:XXXX-SP");
        assertThat(Texts.typedDates("The Pellinore co-op reported a quarterly loss and its biggest monthly drop.", FEBRUARY))
                .isEmpty();
        assertThat(Texts.typedDates("Ossory Air plans daily flights to Kestrin.", FEBRUARY)).isEmpty();
        // negative: as an adverb it stays a set of times
        assertThat(Texts.typedDates("The Corvey fund pays its dividend annually.", FEBRUARY))
                .containsExactly("annually=SET:P1Y");
        assertThat(Texts.typedDates("The Dockmere ferry to Ulvane sails daily.", FEBRUARY))
                .containsExactly("daily=SET:P1D");
    }

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
        // negative: a quarter not begun, and one ended long before, look ahead
        assertThat(Texts.typedDates("Brenlow Corp. expects second-quarter sales to rise.", FEBRUARY))
                .containsExactly("second-quarter=DATE:2000-Q2");
        assertThat(Texts.typedDates("Brenlow Corp. expects a first-quarter charge.", NOVEMBER))
                .containsExactly("first-quarter=DATE:2000-Q1");
    }

    @Test
    void aNewActOneWasToldOfLiesAhead() {
        assertThat(Texts.typedDates("Marrowby Air told its ticket agents of a cutback in September.", MARCH))
                .containsExactly("September=DATE:1998-09");
        // negative: a thing already known told of is the nearest gone by
        assertThat(Texts.typedDates("Marrowby Air told its ticket agents of the cutback in September.", MARCH))
                .containsExactly("September=DATE:1997-09");
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
}
