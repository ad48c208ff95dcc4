package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A year before "to" and a count ("sentenced in March 2026 to six years"), rates of an amount of a
 * substance ("tons of zinc per year") or running from a date ("a day from next month"), and two
 * hours in digits joined by "to" ("from 9 to 5 p.m."), which SUTime reads as one expression.
 */
class YearToCountAndClockRangeTest {
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 14);
    private static final LocalDate MARCH = LocalDate.of(1999, 3, 10);

    @Test
    void aYearBeforeToAndACountAreADateAndASpan() {
        assertThat(Texts.typedDates("Orvel Tanaskey was sentenced in March 2026 to six years in prison for fraud.", JUNE))
                .containsExactly("March 2026=DATE:2026-03", "six years=DURATION:P6Y");
        assertThat(Texts.typedDates("The former mayor of Drennick was sentenced in 2026 to four years in jail.", JUNE))
                .containsExactly("2026=DATE:2026", "four years=DURATION:P4Y");
        assertThat(Texts.typedDates("Wenlow was convicted in 2023 to 12 years, a ruling upheld on appeal.", JUNE))
                .containsExactly("2023=DATE:2023", "12 years=DURATION:P12Y");
    }

    @Test
    void aRangeOfDatesStaysTwoDates() {
        assertThat(Texts.typedDates("Prices of Vantrel shares rose from 2019 to 2022, the report said.", JUNE))
                .containsExactly("2019=DATE:2019", "2022=DATE:2022");
        assertThat(Texts.typedDates("The Oskaby bridge will be closed from March 2026 to May 2026.", JUNE))
                .containsExactly("March 2026=DATE:2026-03", "May 2026=DATE:2026-05");
    }

    @Test
    void aRateOfAnAmountOfASubstanceOrFromADate() {
        assertThat(Texts.typedDates("The Harrowgate mine produced 40,000 tons of zinc per year until 1998.", MARCH))
                .containsExactly("per year=SET:P1Y", "1998=DATE:1998");
        assertThat(Texts.typedDates("The plant will process 500 tons of ore per week starting in May.", MARCH))
                .containsExactly("per week=SET:P1W", "May=DATE:1999-05");
        assertThat(Texts.typedDates("The Quellport airport expects 30,000 passengers a day from next month.", MARCH))
                .containsExactly("a day=SET:P1D", "next month=DATE:1999-04");
        // negatives: a span of one unit after "for", and a count from now
        assertThat(Texts.typedDates("The Harrowgate mine was closed for a year after the flood.", MARCH))
                .containsExactly("a year=DURATION:P1Y");
    }

    @Test
    void twoHoursJoinedByToAreTheEndsOfARange() {
        assertThat(Texts.typedDates("The Pemberly museum is open from 9 to 5 p.m. on weekdays.", MARCH))
                .containsExactly("9=TIME:T09:00", "5 p.m. on weekdays=SET:XXXX-WDT17:00");
        assertThat(Texts.typedDates("Talks in Vassen lasted from 9 to 11 p.m. on Monday.", MARCH))
                .containsExactly("9=TIME:T21:00", "11 p.m. on Monday=TIME:1999-03-08T23:00");
        // no 5:50 from "10 to 6"
        assertThat(Texts.typedDates("The Ostrane shop opens from 10 to 6 on Saturdays.", MARCH))
                .containsExactly("Saturdays=SET:XXXX-WXX-6");
        // negative: clocks with their halves of the day stay as they were read
        assertThat(Texts.typedDates("Voting in Carrow runs from 7 a.m. to 8 p.m. on Tuesday.", MARCH))
                .containsExactly("7 a.m.=TIME:T07:00", "8 p.m. on Tuesday=TIME:1999-03-16T20:00");
    }
}
