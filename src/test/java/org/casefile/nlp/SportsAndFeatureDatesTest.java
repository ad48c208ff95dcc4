package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times in kinds of news TimeBank barely holds (issue 14, dt18): sports reports, features and
 * profiles, wire and government copy, on invented sentences, each with what must not change.
 */
class SportsAndFeatureDatesTest {
    /** A Tuesday in March. */
    private static final LocalDate MARCH = LocalDate.of(2030, 3, 12);

    @Test
    void aQuarterOfAGameIsNoQuarterOfTheYear() {
        assertThat(Texts.typedDates("The Quillstead Otters scored 17 points in the third quarter and won 28-20 on Sunday.", MARCH))
                .containsExactly("Sunday=DATE:2030-03-10");
        assertThat(Texts.typedDates("Brannock threw a touchdown pass in the final quarter.", MARCH)).isEmpty();
        assertThat(Texts.typedDates("Velsing sat out the fourth quarter with a sore ankle.", MARCH)).isEmpty();
        // negative: a quarter beside money or business is the calendar's, even in a team's news
        assertThat(Texts.typedDates("Marrowby Foods' profit fell 8 percent in the fourth quarter.", MARCH))
                .containsExactly("the fourth quarter=DATE:2029-Q4");
        assertThat(Texts.typedDates("The Otters lost money in the third quarter, the team's owner said.", MARCH))
                .containsExactly("the third quarter=DATE:2029-Q3");
        assertThat(Texts.typedDates("Investors expect the first quarter to be weak, the Otters said after Sunday's game.", MARCH))
                .containsExactly("the first quarter=DATE:2030-Q1", "Sunday=DATE:2030-03-10");
        // negative: "game", "goals" and a vote's count are no play
        assertThat(Texts.typedDates("Quillby Studios will release the game in the fourth quarter.", MARCH))
                .containsExactly("the fourth quarter=DATE:2030-Q4");
        assertThat(Texts.typedDates("The court ruled 5-4 that the fee would take effect in the first quarter.", MARCH))
                .containsExactly("the first quarter=DATE:2030-Q1");
    }

    @Test
    void aClockBeforeADayAndItsPartIsThatTimeOfThatDay() {
        assertThat(Texts.typedDates("Fire broke out at the Oskavel depot shortly after 11 p.m. Monday night.", MARCH))
                .containsExactly("11 p.m. Monday night=TIME:2030-03-11T23:00");
        assertThat(Texts.typedDates("Two men were held in Oskavel at about 2:30 a.m. Tuesday morning.", MARCH))
                .containsExactly("2:30 a.m. Tuesday morning=TIME:2030-03-12T02:30");
        // negative: a clock outside the part of the day is left out of it
        assertThat(Texts.typedDates("The Oskavel talks resumed at 9 a.m. Monday night.", MARCH))
                .containsExactly("Monday night=TIME:2030-03-11TNI");
    }

    @Test
    void oneLengthWrittenInTwoUnitsIsOneDuration() {
        assertThat(Texts.typedDates("The Ternhollow hearing lasted four hours and 25 minutes.", MARCH))
                .containsExactly("four hours and 25 minutes=DURATION:PT4H25M");
        assertThat(Texts.typedDates("Oskavel served two years and six months in prison.", MARCH))
                .containsExactly("two years and six months=DURATION:P2Y6M");
        assertThat(Texts.typedDates("The Dunfrey marathon winner finished in 2 hours, 8 minutes.", MARCH))
                .containsExactly("2 hours, 8 minutes=DURATION:PT2H8M");
        // negative: two lengths of two things, and a larger unit after a smaller one
        assertThat(Texts.typedDates("Halvarth spent six months in Corvany and two years in Ilvane.", MARCH))
                .containsExactly("six months=DURATION:P6M", "two years=DURATION:P2Y");
        assertThat(Texts.typedDates("The Ilvane bus waited 40 minutes and two hours at the border.", MARCH))
                .containsExactly("40 minutes=DURATION:PT40M", "two hours=DURATION:PT2H");
        // a comma joins only a length that closes its phrase, and weeks join no other unit
        assertThat(Texts.typedDates("The Ternhollow hearing ran three days, 12 hours of it behind closed doors.", MARCH))
                .containsExactly("three days=DURATION:P3D", "12 hours=DURATION:PT12H");
        assertThat(Texts.typedDates("Over two weeks, three days were lost to rain in Ilvane.", MARCH))
                .containsExactly("two weeks=DURATION:P2W", "three days=DURATION:P3D");
    }

    @Test
    void aPartOfOneUnitIsOneLength() {
        assertThat(Texts.typedDates("The Brannock choir has sung for half a century.", MARCH))
                .containsExactly("half a century=DURATION:P50Y");
        assertThat(Texts.typedDates("The Velsing hearing was adjourned for half an hour.", MARCH))
                .containsExactly("half an hour=DURATION:PT30M");
        assertThat(Texts.typedDates("The Saverin case was solved nearly a quarter of a century after the theft.", MARCH))
                .containsExactly("nearly a quarter of a century=DURATION:P25Y");
        assertThat(Texts.typedDates("For a decade and a half, the Saverin mill stood empty.", MARCH))
                .containsExactly("a decade and a half=DURATION:P15Y");
        // negative: a whole unit stays whole, and "the first half" of a year is no length of half a year
        assertThat(Texts.typedDates("The Brannock choir has sung for a century.", MARCH))
                .containsExactly("a century=DURATION:P1C");
        assertThat(Texts.typedDates("Half the Velsing staff left within a year.", MARCH))
                .containsExactly("a year=DURATION:P1Y");
    }

    @Test
    void aSeasonOrSchoolYearAcrossTwoYearsIsNamedByItsFirst() {
        assertThat(Texts.typedDates("Rookmoor schools will cut 40 teachers in the 2031-32 school year.", MARCH))
                .containsExactly("2031-32=DATE:2031");
        assertThat(Texts.typedDates("The Otters have not won a title since the 2019-20 season.", MARCH))
                .containsExactly("2019-20=DATE:2019");
        // negative: "a school year" with no year named is still a year long, and two years that do not
        // follow each other are no season
        assertThat(Texts.typedDates("The Rookmoor board met on Feb. 15, 2030, and planned for a school year.", MARCH))
                .containsExactly("Feb. 15, 2030=DATE:2030-02-15", "year=DURATION:P1Y");
        assertThat(Texts.typedDates("Rookmoor schools grew from 2021 to 2029.", MARCH))
                .containsExactly("2021=DATE:2021", "2029=DATE:2029");
    }

    @Test
    void aYearCountedWithinSomethingHasNoCalendarYear() {
        assertThat(Texts.typedDates("The Tamberlow fair, now in its 15th year, draws big crowds.", MARCH))
                .containsExactly("now=DATE:PRESENT_REF", "15th year=DATE:XXXX");
        assertThat(Texts.typedDates("The Saverin strike is in its second year.", MARCH))
                .containsExactly("second year=DATE:XXXX");
        // negative: a year written out is that year
        assertThat(Texts.typedDates("The Saverin strike began in 2028.", MARCH))
                .containsExactly("2028=DATE:2028");
    }

    @Test
    void aCountFromNowIsNamedAtTheGranularityOfItsUnit() {
        assertThat(Texts.typedDates("Ten years from now, the Pellisande dam will be full.", MARCH))
                .containsExactly("Ten years from now=DATE:2040");
        assertThat(Texts.typedDates("A year from now, today's interns will run the Velsing office.", MARCH))
                .containsExactly("A year from now=DATE:2031", "today=DATE:2030-03-12");
        // negative: a count of days stays a day
        assertThat(Texts.typedDates("Three days from now the Velsing office will close.", MARCH))
                .containsExactly("Three days from now=DATE:2030-03-15");
    }

    @Test
    void thatSeasonIsTheSeasonOfTheYearTheStoryNamed() {
        assertThat(Texts.typedDates("In 2024 the Marrowby mill closed. That summer, its workers left for Ilvane.", MARCH))
                .containsExactly("2024=DATE:2024", "That summer=DATE:2024-SU");
        assertThat(Texts.typedDates("That winter, Marrowby's workers left for Ilvane.", MARCH))
                .containsExactly("That winter=DATE:XXXX-WI");
        // negative: "this summer" counts from the publication, and a season with no "that" is untouched
        assertThat(Texts.typedDates("In 2024 the Marrowby mill closed. It will reopen this summer.", MARCH))
                .containsExactly("2024=DATE:2024", "this summer=DATE:2030-SU");
        // "that" opening what was said is no "that summer"
        assertThat(Texts.typedDates("In 2024 the Marrowby mill closed. Its owner said that summer would bring buyers.", MARCH))
                .containsExactly("2024=DATE:2024", "summer=DATE:2030-SU");
    }
}
