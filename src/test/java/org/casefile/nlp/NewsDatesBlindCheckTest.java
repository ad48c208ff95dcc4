package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Dates that a blind check of invented wire sentences of 1998-2005 got wrong (dt26): counted from a
 * day the sentence names or from the day of writing, a span from a day, the new year, a year in the
 * name of games; each with what must not change.
 */
class NewsDatesBlindCheckTest {
    /** A Monday in November. */
    private static final LocalDate NOVEMBER = LocalDate.of(2004, 11, 22);
    /** A Monday in March. */
    private static final LocalDate MARCH = LocalDate.of(2005, 3, 21);
    /** A Wednesday in August. */
    private static final LocalDate AUGUST = LocalDate.of(2002, 8, 14);

    @Test
    void aDayBeforeOrAfterANamedDayTakesThatDaysYear() {
        assertThat(Texts.typedDates("The grain barge left the port of Quellin the day before Nov. 20.", NOVEMBER))
                .containsExactly("the day before Nov. 20=DATE:2004-11-19");
        assertThat(Texts.typedDates("The Sarrow vote is set for the day after Dec. 2.", NOVEMBER))
                .containsExactly("the day after Dec. 2=DATE:2004-12-03");
        // negative: "the day before" alone counts from the story's day, not from the publication
        assertThat(Texts.typedDates("The grain barge left the day before.", NOVEMBER))
                .doesNotContain("the day before=DATE:2004-11-21");
    }

    @Test
    void soLongAgoTodayIsThatDay() {
        assertThat(Texts.typedDates("A week ago today, the Ambry council approved the budget.", MARCH))
                .containsExactly("A week ago today=DATE:2005-03-14");
        assertThat(Texts.typedDates("A year ago today, the Ambry council approved the budget.", MARCH))
                .containsExactly("A year ago today=DATE:2004-03-21");
        // negative: "this month" keeps the month
        assertThat(Texts.typedDates("Two years ago this month, the Ambry mill closed.", MARCH))
                .containsExactly("Two years ago this month=DATE:2003-03");
    }

    @Test
    void forACountFromADayIsHowLongFromWhen() {
        assertThat(Texts.typedDates("The Quorran smelter will shut for two weeks from Aug. 26.", AUGUST))
                .containsExactly("two weeks=DURATION:P2W", "Aug. 26=DATE:2002-08-26");
        // negative: without "for" the count is an offset from the day, one date
        assertThat(Texts.typedDates("The Quorran board will give its answer a week from Friday.", AUGUST))
                .containsExactly("a week from Friday=DATE:2002-08-23");
        assertThat(Texts.typedDates("The Quorran smelter will stay shut for two weeks from now.", AUGUST))
                .containsExactly("two weeks from now=DATE:2002-W35");
    }

    @Test
    void theNewYearInLowerCaseIsAYear() {
        assertThat(Texts.typedDates("Lawmakers in Harrowgate return in the new year.", LocalDate.of(1998, 12, 14)))
                .containsExactly("new year=DATE:1999");
        assertThat(Texts.typedDates("Orders at Brisby Mills rose early in the new year.", LocalDate.of(1999, 1, 20)))
                .containsExactly("new year=DATE:1999");
        // negative: the holiday keeps its day
        assertThat(Texts.typedDates("Crowds in Harrowgate will celebrate New Year's Eve.", LocalDate.of(1998, 12, 14)))
                .containsExactly("New Year's Eve=DATE:1998-12-31");
    }

    @Test
    void theYearOfGamesNamedWithTheirCityIsADate() {
        assertThat(Texts.typedDates("Swimmer Ilse Vardan will compete at the Tarrow 2000 Olympics.", AUGUST))
                .containsExactly("2000=DATE:2000");
        assertThat(Texts.typedDates("Quellin hopes to host the Quellin 2010 Expo.", AUGUST))
                .containsExactly("2010=DATE:2010");
        // negative: a year in the name of a plan or a firm is no time
        assertThat(Texts.typedDates("The Ambry 2010 plan was dropped.", AUGUST)).isEmpty();
        assertThat(Texts.typedDates("Shares of Orrin 2000 Ltd fell.", AUGUST)).isEmpty();
        // negative: a programme's or a racing class's name with a conference or a championship
        assertThat(Texts.typedDates("Delegates praised the Brisk 2030 Conference.", AUGUST)).isEmpty();
        assertThat(Texts.typedDates("He drove in the Formula 2000 Championship.", AUGUST)).isEmpty();
    }

    @Test
    void sentencesWithNoTimeHaveNoDate() {
        assertThat(Texts.typedDates("The Quorran smelter ships ore from Ambry to Sarrow.", AUGUST)).isEmpty();
        assertThat(Texts.typedDates("Captain Ellery May said the crew of the Tarrin was safe.", AUGUST)).isEmpty();
        assertThat(Texts.typedDates("The Sunday Courier of Harrowgate printed the letter.", AUGUST)).isEmpty();
    }
}
