package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times of long newspaper features and of news-agency copy (dt29): rates "per" a unit, hyphened
 * lengths before a plural unit, seasons counted from a year the story names, days long gone and
 * holidays of a year given with "in"; each with what must not change.
 */
class FeatureAndWireCopyDatesTest {
    /** A Sunday in November. */
    private static final LocalDate NOVEMBER = LocalDate.of(2031, 11, 16);

    @Test
    void aRatePerAUnitIsASetWithItsPer() {
        assertThat(Texts.typedDates("Capacity at the Vorlane mill will reach 130 million tons per year.", NOVEMBER))
                .containsExactly("per year=SET:P1Y");
        assertThat(Texts.typedDates("Prices of Quendish wool rose 3 percent per month.", NOVEMBER))
                .containsExactly("per month=SET:P1M");
        // negative: "a year" after an amount was a set already; "per" with no count before it is no rate
        assertThat(Texts.typedDates("The Vorlane plant makes 40,000 tonnes a year.", NOVEMBER))
                .containsExactly("a year=SET:P1Y");
        assertThat(Texts.typedDates("The Vorlane board stayed in office for a year.", NOVEMBER))
                .containsExactly("a year=DURATION:P1Y");
    }

    @Test
    void aPluralUnitAfterAHyphenedLengthIsNoTime() {
        assertThat(Texts.typedDates("Ilsbeth Morrane worked 16-hour days at the bakery.", NOVEMBER))
                .containsExactly("16-hour=DURATION:PT16H");
        assertThat(Texts.typedDates("The Quendish nurses served two-week stints in the clinic.", NOVEMBER))
                .containsExactly("two-week=DURATION:P2W");
        // negative: days counted stay a length
        assertThat(Texts.typedDates("Ilsbeth Morrane worked for 16 days without a break.", NOVEMBER))
                .containsExactly("16 days=DURATION:P16D");
    }

    @Test
    void aSeasonCountedFromTheStorysYearKeepsItsSeason() {
        assertThat(Texts.typedDates("The following spring Morrane signed a lease on Tarrow Lane.", NOVEMBER))
                .containsExactly("The following spring=DATE:XXXX-SP");
        // negative: a season of a year the story gives stays that year's
        assertThat(Texts.typedDates("Morrane signed a lease in the spring of 1987.", NOVEMBER))
                .containsExactly("the spring of 1987=DATE:1987-SP");
    }

    @Test
    void theEarlyDaysAreAPastReference() {
        assertThat(Texts.typedDates("Senator Varrick remembers the early days of his career.", NOVEMBER))
                .containsExactly("the early days=DATE:PAST_REF");
        // negative: days counted are a length
        assertThat(Texts.typedDates("Varrick spent the first three days of his term in Ostlebury.", NOVEMBER))
                .doesNotContain("the early days=DATE:PAST_REF");
    }

    @Test
    void aHolidayInAYearIsThatYearsDay() {
        assertThat(Texts.typedDates("On Election Day in 1994 Varrick won by 312 votes.", NOVEMBER))
                .containsExactly("Election Day in 1994=DATE:1994-11-08");
        // negative: with no year it is the one nearest the story, in a past clause the last one
        assertThat(Texts.typedDates("On Election Day he won by 312 votes in Ostlebury.", NOVEMBER))
                .containsExactly("Election Day=DATE:2031-11-04");
    }

    @Test
    void aCountOfUnitsInARowBeforeAYearIsALengthAndTheYear() {
        assertThat(Texts.typedDates("Quendish tea earnings had fallen for three consecutive years before 2024.", NOVEMBER))
                .containsExactly("three consecutive years=DURATION:P3Y", "2024=DATE:2024");
        assertThat(Texts.typedDates("Vorlane sales rose for five straight months after 2027.", NOVEMBER))
                .containsExactly("five straight months=DURATION:P5M", "2027=DATE:2027");
        // negative: with no word of a row, the units before the year stay SUTime's date
        assertThat(Texts.typedDates("Vorlane sales fell three years before 2024.", NOVEMBER))
                .containsExactly("three years before 2024=DATE:2021");
    }
}
