package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Wire-news time expressions of the twenty-fifth round: halves of a year and "midyear" with no year
 * (dated by the clause's tense), vague spans ("for a while"), "at the time", a span and its year
 * apart, two coordinated quarters, counted business days, and look-alikes that are no time.
 */
class WireSpansAndPartsTest {
    private static final LocalDate JUNE = LocalDate.of(1999, 6, 3);
    private static final LocalDate NOVEMBER = LocalDate.of(1998, 11, 20);

    @Test
    void aHalfWithNoYearFollowsTheTense() {
        assertThat(Texts.typedDates("Sales at Quorvel Ltd. in the second half are expected to improve, the chairman said.", JUNE))
                .containsExactly("the second half=DATE:1999-H2");
        assertThat(Texts.typedDates("Pellmarsh Foods said first-half profit rose 9 percent.", LocalDate.of(1999, 9, 30)))
                .containsExactly("first-half=DATE:1999-H1");
        // a past half not yet over in February is the year before's
        assertThat(Texts.typedDates("Tanvick Steel said its profit rose in the first half.", LocalDate.of(1999, 2, 10)))
                .containsExactly("the first half=DATE:1998-H1");
        // results told in the present: the half just ended
        assertThat(Texts.typedDates("Pellmarsh Foods first-half profit jumps 20 percent.", LocalDate.of(1999, 8, 2)))
                .containsExactly("first-half=DATE:1999-H1");
        assertThat(Texts.typedDates("Tanvick Steel second-half sales are down 5 percent.", LocalDate.of(1999, 1, 20)))
                .containsExactly("second-half=DATE:1998-H2");
        // a past report of what the half would bring looks ahead
        assertThat(Texts.typedDates("Officials said output in the first half would reach 2 million tonnes.", LocalDate.of(1997, 5, 14)))
                .containsExactly("the first half=DATE:1997-H1");
    }

    @Test
    void aHalfOfAGameOrOfSomethingElseIsNoDate() {
        assertThat(Texts.typedDates("Drumbrae Rovers scored twice in the second half to win the cup.", JUNE)).isEmpty();
        assertThat(Texts.typedDates("Shares of Quorvel fell in the second half of trading.", JUNE))
                .noneMatch(d -> d.contains("-H"));
        assertThat(Texts.typedDates("Half of the workers at Quorvel lost their jobs.", JUNE)).isEmpty();
    }

    @Test
    void midyearIsTheYearWhoseMiddleComesNext() {
        assertThat(Texts.typedDates("Quorvel expects to return to profit by midyear, its chief executive said.", NOVEMBER))
                .containsExactly("midyear=DATE:1999");
        assertThat(Texts.typedDates("The board of Quorvel will hold its midyear review in Tallow Creek.", NOVEMBER)).isEmpty();
    }

    @Test
    void vagueSpansAndTheTimeThen() {
        assertThat(Texts.typedDates("The troops will stay for a while, and the talks could go on for some time.", NOVEMBER))
                .containsExactly("a while=DURATION:PXX", "some time=DURATION:PXX");
        assertThat(Texts.typedDates("At the time, the Orrin mine employed 800 workers.", NOVEMBER))
                .containsExactly("the time=DATE:PAST_REF");
        assertThat(Texts.typedDates("At the time of the fire, the Orrin mine was closed.", NOVEMBER)).isEmpty();
        assertThat(Texts.typedDates("Nobody knows the time it will take.", NOVEMBER)).isEmpty();
    }

    @Test
    void aSpanAndItsYearAreTwo() {
        assertThat(Texts.typedDates("Output rose 6 percent in the first nine months of 1997.", NOVEMBER))
                .containsExactly("the first nine months=DURATION:P9M", "1997=DATE:1997");
        assertThat(Texts.typedDates("Farm output grew in the first eight months of the year, the bureau said.", LocalDate.of(1996, 9, 17)))
                .containsExactly("the first eight months=DURATION:P8M", "the year=DATE:1996");
    }

    @Test
    void twoQuartersSharingTheirUnit() {
        assertThat(Texts.typedDates("Tanvick Steel said profit rose in the second and third quarters.", NOVEMBER))
                .containsExactly("second=DATE:1998-Q2", "third quarters=DATE:1998-Q3");
    }

    @Test
    void countedBusinessDaysAreALength() {
        assertThat(Texts.typedDates("Holders must be paid within five business days, and the offer lapses in 10 trading days.", NOVEMBER))
                .containsExactly("five business days=DURATION:P5D", "10 trading days=DURATION:P10D");
    }

    @Test
    void everyUnitFromNowOnKeepsItsSet() {
        assertThat(Texts.typedDates("The act requires lenders to disclose fees every two years from now on.", NOVEMBER))
                .containsExactly("every two years=SET:P2Y", "now=DATE:PRESENT_REF");
    }

    @Test
    void everyQuarterSinceAYearIsTwo() {
        assertThat(Texts.typedDates("The Orrin Group has paid a dividend every quarter since 1971.", NOVEMBER))
                .containsExactly("every quarter=SET:P1Q", "1971=DATE:1971");
    }

    @Test
    void aDayAfterEndsIsALimitAhead() {
        assertThat(Texts.typedDates("The fiscal year of Tanvick Steel ends June 30.", LocalDate.of(1999, 3, 17)))
                .contains("June 30=DATE:1999-06-30");
        assertThat(Texts.typedDates("The fiscal year of Tanvick Steel ended June 30.", LocalDate.of(1999, 3, 17)))
                .contains("June 30=DATE:1998-06-30");
    }

    @Test
    void theDayNextToADayIsThatDayPlusOrMinusOne() {
        assertThat(Texts.typedDates("Sales at Quorvel began to climb the day after Thanksgiving.", LocalDate.of(1997, 12, 2)))
                .containsExactly("the day=DATE:1997-11-28", "Thanksgiving=DATE:1997-11-27");
    }

    @Test
    void workedThroughTheWeekendIsTheOneGoneBy() {
        assertThat(Texts.typedDates("Crews of Orrin Power worked through the weekend, the utility said.", NOVEMBER))
                .containsExactly("the weekend=DATE:1998-W46-WE");
        // a verb that puts something off keeps its limit ahead
        assertThat(Texts.typedDates("The city of Tallow Creek extended the curfew through Sunday.", NOVEMBER))
                .containsExactly("Sunday=DATE:1998-11-22");
    }

    @Test
    void lookAlikesThatAreNoTime() {
        assertThat(Texts.typedDates("Its effort would continue past the deadline, and the dollar rose past 125 yen.", NOVEMBER)).isEmpty();
        assertThat(Texts.typedDates("The quarter-to-quarter comparison was hurt, and year-on-year growth slowed.", NOVEMBER)).isEmpty();
        assertThat(Texts.typedDates("The network will show the match on Monday Night Football.", NOVEMBER)).isEmpty();
        assertThat(Texts.typedDates("Ministers backed the Agenda 2000 reforms and the Vision 2010 plan of Tanvick.", NOVEMBER))
                .isEmpty();
        assertThat(Texts.typedDates("Fiscal 1997 sales at Tanvick rose, as they did in Spring 1996.", NOVEMBER))
                .containsExactly("Fiscal 1997=DATE:1997", "Spring 1996=DATE:1996-SP");
        assertThat(Texts.typedDates("In the past, he said, prices at Quorvel were lower.", NOVEMBER))
                .containsExactly("the past=DATE:PAST_REF");
    }

    @Test
    void aYearAfterAWordThatOpensTheSentenceOrDatesItIsATime() {
        assertThat(Texts.typedDates("Throughout 1997, the Quorvel plant ran at a loss.", NOVEMBER))
                .containsExactly("1997=DATE:1997");
        assertThat(Texts.typedDates("Sales at Quorvel fell over Halloween 1997 and rose after it.", NOVEMBER))
                .containsExactly("Halloween 1997=DATE:1997-10-31");
        assertThat(Texts.typedDates("In the past the agency at Quorvel ignored complaints.", NOVEMBER))
                .containsExactly("the past=DATE:PAST_REF");
    }
}
