package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times in wire news of 1996-2000 that a blind check of invented AP, New York Times and Xinhua
 * sentences got wrong (issue 14, dt22), each with what must not change.
 */
class WireTimesBlindCheckTest {
    /** A Wednesday in May. */
    private static final LocalDate MAY = LocalDate.of(1998, 5, 6);
    /** A Monday in November. */
    private static final LocalDate NOVEMBER = LocalDate.of(1999, 11, 15);
    /** A Tuesday in February. */
    private static final LocalDate FEBRUARY = LocalDate.of(2000, 2, 8);
    /** A Tuesday in September. */
    private static final LocalDate SEPTEMBER = LocalDate.of(1996, 9, 24);

    @Test
    void whatWasIntendedLiesAheadOfTheIntending() {
        assertThat(Texts.dates("Brenmoor Foods announced plans to cut 300 jobs in September.", MAY))
                .containsExactly("September=1998-09");
        assertThat(Texts.dates("The Trelby board approved a proposal to close the Ansel school in June.", MAY))
                .containsExactly("June=1998-06");
        assertThat(Texts.dates("Brenmoor Foods agreed to sell its Quarry Lane bakery in September.", MAY))
                .containsExactly("September=1998-09");
        assertThat(Texts.dates("The Ostley union ordered its members to walk out in September.", MAY))
                .containsExactly("September=1998-09");
        // a plan told of after its month is the one gone by
        assertThat(Texts.dates("Brenmoor Foods announced plans to cut 300 jobs in September.", LocalDate.of(1998, 11, 6)))
                .containsExactly("September=1998-09");
        // negative: what was done, or only tried, is past
        assertThat(Texts.dates("Brenmoor Foods cut 300 jobs in September.", MAY))
                .containsExactly("September=1997-09");
        assertThat(Texts.dates("Brenmoor Foods tried to sell its Quarry Lane bakery in September.", MAY))
                .containsExactly("September=1997-09");
        assertThat(Texts.dates("Her efforts to win the Trelby seat in September failed.", MAY))
                .containsExactly("September=1997-09");
        // negative: a past perfect's plan is over, the nearest such day
        assertThat(Texts.dates("Brenmoor Foods had announced plans to cut 300 jobs in September.", MAY))
                .containsExactly("September=1997-09");
        assertThat(Texts.dates("The Brenmoor offer had been scheduled to expire Friday.", LocalDate.of(1998, 5, 11)))
                .containsExactly("Friday=1998-05-08");
    }

    @Test
    void settingOutIsNoSettingOfADay() {
        assertThat(Texts.dates("The two climbers had set out Friday afternoon from Pellow Gap.", FEBRUARY))
                .containsExactly("Friday afternoon=2000-02-04TAF");
        assertThat(Texts.dates("The convoy had set off Friday.", FEBRUARY))
                .containsExactly("Friday=2000-02-04");
        // negative: a day set for something is the nearest such day
        assertThat(Texts.dates("The Dorrow hearing had been set for Friday.", FEBRUARY))
                .containsExactly("Friday=2000-02-11");
        assertThat(Texts.dates("Judge Amsel had set the Dorrow hearing for Friday.", FEBRUARY))
                .containsExactly("Friday=2000-02-11");
    }

    @Test
    void aWeekendThatLimitsAClauseIsTheNearerOne() {
        assertThat(Texts.dates("Prayers were held in Corrisby through the weekend.", NOVEMBER))
                .containsExactly("the weekend=1999-W45-WE");
        assertThat(Texts.dates("Prayers will be held in Corrisby through the weekend.", LocalDate.of(1999, 11, 18)))
                .containsExactly("the weekend=1999-W46-WE");
        // negative: a clause that looks ahead keeps the coming weekend, whatever the day
        assertThat(Texts.dates("The Corrisby market will stay open through the weekend.", NOVEMBER))
                .containsExactly("the weekend=1999-W46-WE");
    }

    @Test
    void aYearOfAnotherClauseLendsNoYear() {
        assertThat(Texts.dates("The mayor, who took office in 1993, is seeking a second term in November.", SEPTEMBER))
                .containsExactly("1993=1993", "November=1996-11");
        assertThat(Texts.dates("Merrin Ruskell took office in 1993 and is seeking a second term in November.", SEPTEMBER))
                .containsExactly("1993=1993", "November=1996-11");
        assertThat(Texts.dates("The mayor, who was elected in 1993, lost a recall vote in November.", SEPTEMBER))
                .containsExactly("1993=1993", "November=1995-11");
        // negative: a past told on in the same clause keeps its year
        assertThat(Texts.dates("She moved to Kelbury in June 1994 and opened the shop in November.", SEPTEMBER))
                .containsExactly("June 1994=1994-06", "November=1994-11");
    }

    @Test
    void todayOfAnAgeIsThePresent() {
        assertThat(Texts.typedDates("In today's economy, few Marrowby families can afford such trips.", NOVEMBER))
                .containsExactly("today=DATE:PRESENT_REF");
        assertThat(Texts.typedDates("Today's teenagers spend more on clothes than their parents did.", NOVEMBER))
                .containsExactly("Today=DATE:PRESENT_REF");
        // negative: what is done or printed on the day keeps the day
        assertThat(Texts.typedDates("Today's vote in the Ostley council was postponed.", NOVEMBER))
                .containsExactly("Today=DATE:1999-11-15");
        assertThat(Texts.typedDates("Today's editions of the Ostley Ledger carry the story.", NOVEMBER))
                .containsExactly("Today=DATE:1999-11-15");
    }

    @Test
    void aDayBeforeANounItModifiesIsNoSpan() {
        assertThat(Texts.typedDates("They went on a day trip to Pellow Gap.", FEBRUARY)).isEmpty();
        // negative: a day taken or spent is a span
        assertThat(Texts.typedDates("The Ostley plant was shut for a day.", FEBRUARY))
                .containsExactly("a day=DURATION:P1D");
        assertThat(Texts.typedDates("She took a day off to vote.", FEBRUARY))
                .containsExactly("a day=DURATION:P1D");
    }

    @Test
    void aRecurrenceSinceAYearOrADecadeIsASetAndTheStart() {
        assertThat(Texts.typedDates("The Quenby fair has been held every two years since 1985.", FEBRUARY))
                .containsExactly("every two years=SET:P2Y", "1985=DATE:1985");
        assertThat(Texts.typedDates("Enrollment at Ardlow has grown every year since the mid-1990s.", FEBRUARY))
                .containsExactly("every year=SET:P1Y", "the mid-1990s=DATE:199");
        assertThat(Texts.typedDates("The Quenby race has been run every other year since 1952.", FEBRUARY))
                .containsExactly("every other year=SET:P2Y", "1952=DATE:1952");
        // negative: a decade alone after "since" stays as it was
        assertThat(Texts.typedDates("Enrollment at Ardlow has grown since the mid-1990s.", FEBRUARY))
                .containsExactly("the mid-1990s=DATE:199");
    }

    @Test
    void aTimeBeforeASpanAfterItIsReadApart() {
        LocalDate april = LocalDate.of(1996, 4, 10);
        assertThat(Texts.typedDates("Talks between the union and the company resumed this morning after a two-day break.", april))
                .containsExactly("this morning=TIME:1996-04-10TMO", "two-day=DURATION:P2D");
        assertThat(Texts.typedDates("Talks between Kelby and Ardo resumed last week after a two-week break.", april))
                .containsExactly("last week=DATE:1996-W14", "two-week=DURATION:P2W");
        // negative: a day with its own preposition was read apart already
        assertThat(Texts.typedDates("Talks between Kelby and Ardo resumed on Tuesday after a two-day break.", april))
                .containsExactly("Tuesday=DATE:1996-04-09", "two-day=DURATION:P2D");
    }

    @Test
    void aClockAfterASetOfTimesKeepsNoDay() {
        LocalDate thursday = LocalDate.of(1998, 9, 17);
        assertThat(Texts.typedDates("The Dorland exhibit opened Aug. 22. The museum is open daily from 10 a.m. to 5 p.m.", thursday))
                .containsExactly("Aug. 22=DATE:1998-08-22", "daily=SET:P1D", "10 a.m.=TIME:T10:00", "5 p.m.=TIME:T17:00");
        // negative: a clock with no set before it takes the day the story named
        assertThat(Texts.typedDates("The Dorland exhibit opened Aug. 22. The doors opened at 10 a.m.", thursday))
                .containsExactly("Aug. 22=DATE:1998-08-22", "10 a.m.=TIME:1998-08-22T10:00");
    }

    @Test
    void aSetAndATimeAcrossACommaAreReadApart() {
        LocalDate january = LocalDate.of(2000, 1, 18);
        assertThat(Texts.typedDates("The Harlow mill will operate seven days a week, beginning next month.", january))
                .containsExactly("seven days a week=SET:P1W", "beginning next month=DATE:2000-02");
        // negative: a weekday and its date after a comma stay one day
        assertThat(Texts.typedDates("The Harlow mill closed on Monday, Jan. 17, after a fire.", january))
                .containsExactly("Monday, Jan. 17=DATE:2000-01-17");
        // negative: no rate before the comma, no split (a day and its date written in words)
        assertThat(Texts.typedDates("The Kessrow fair opens this coming Sunday, March eighth.", LocalDate.of(1998, 3, 5)))
                .containsExactly("this coming Sunday=DATE:1998-03-08");
    }

    @Test
    void aStartInAPresentClauseIsNotYetReached() {
        LocalDate tuesday = LocalDate.of(2000, 1, 18);
        assertThat(Texts.dates("The Bessing store is open 24 hours a day, starting Monday.", tuesday))
                .containsExactly("24 hours a day=P1D", "Monday=2000-01-24");
        // negative: a past clause's start keeps its reading
        assertThat(Texts.dates("The Bessing store opened 24 hours a day, starting Monday.", tuesday))
                .containsExactly("24 hours a day=P1D", "Monday=2000-01-17");
    }
}
