package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Which side of the publication a date lies on when its clause, its range or its comparison says
 * so (issue 14, te15), on invented sentences.
 */
class RangesAndComparisonsTest {
    /** A Tuesday in March. */
    private static final LocalDate MARCH = LocalDate.of(2030, 3, 12);

    @Test
    void aRangeWithItsYearUnwrittenEndsWithinAYearOfItsStart() {
        // "to June 9" is read as a limit, the nearest June 9 (the coming one); the range the past
        // verb placed last year ends in the same year
        assertThat(Texts.typedDates("The Velmora festival ran from June 3 to June 9 and drew 40,000 visitors.", MARCH))
                .containsExactly("June 3=DATE:2029-06-03", "June 9=DATE:2029-06-09");
        assertThat(Texts.typedDates("The Velmora festival ran from June to August.", MARCH))
                .containsExactly("June=DATE:2029-06", "August=DATE:2029-08");
        // negative: a future range stays ahead, and a range with its years written is read as written
        assertThat(Texts.typedDates("The Velmora festival will run from June 3 to June 9.", MARCH))
                .containsExactly("June 3=DATE:2030-06-03", "June 9=DATE:2030-06-09");
        assertThat(Texts.typedDates("The Velmora festival ran from June 3, 2027, to June 9, 2029.", MARCH))
                .containsExactly("June 3, 2027=DATE:2027-06-03", "June 9, 2029=DATE:2029-06-09");
    }

    @Test
    void theSubjectOfAnActivePastNamesADayGoneBy() {
        assertThat(Texts.typedDates("The May 2 ceremony in Velmora drew 300 people.", MARCH))
                .containsExactly("May 2=DATE:2029-05-02");
        assertThat(Texts.typedDates("The June 4 vote was a rout for the Velmora party.", MARCH))
                .containsExactly("June 4=DATE:2029-06-04");
        // negative: a passive past may announce a day ahead, and a future clause looks ahead
        assertThat(Texts.typedDates("The May 2 deadline was announced on Tuesday by the Velmora council.", MARCH))
                .containsExactly("May 2=DATE:2030-05-02", "Tuesday=DATE:2030-03-12");
        assertThat(Texts.typedDates("The June 4 vote, which was called on Monday, will decide the Velmora council.", MARCH))
                .containsExactly("June 4=DATE:2030-06-04", "Monday=DATE:2030-03-11");
    }

    @Test
    void aComparisonCountsFromTheYearItsSentenceNamed() {
        assertThat(Texts.typedDates("Last year's profit at Quorvane rose to $5 million from $3 million a year earlier.", MARCH))
                .containsExactly("Last year=DATE:2029", "a year earlier=DATE:2028");
        assertThat(Texts.typedDates("Quorvane earned $5 million last year, up from $3 million the year before.", MARCH))
                .containsExactly("last year=DATE:2029", "the year before=DATE:2028");
        assertThat(Texts.typedDates("Quorvane earned $5 million in 2028, compared with $3 million the previous year.", MARCH))
                .containsExactly("2028=DATE:2028", "the previous year=DATE:2027");
        // with no year named, the year before publication
        assertThat(Texts.typedDates("Quorvane's profit rose 8% from a year earlier.", MARCH))
                .containsExactly("a year earlier=DATE:2029");
        // negative: "the year before the war" counts from the war, which gives no year
        assertThat(Texts.typedDates("The Velmora mill closed the year before the war.", MARCH))
                .containsExactly("the year before=DATE:XXXX");
    }

    @Test
    void theYearBeforeAfterAYearTheStoryNamedIsThePreviousYear() {
        assertThat(Texts.typedDates("He moved to Velmora in 2026. The year before, he had lived in Quorvane.", MARCH))
                .containsExactly("2026=DATE:2026", "The year before=DATE:2025");
    }

    @Test
    void comingQuartersAreAReferenceToTheFuture() {
        assertThat(Texts.typedDates("Analysts expect margins at Quorvane to improve in coming quarters.", MARCH))
                .containsExactly("coming quarters=DATE:FUTURE_REF");
        assertThat(Texts.typedDates("Margins at Quorvane fell in past quarters.", MARCH))
                .containsExactly("past quarters=DATE:PAST_REF");
        // negative: rooms are no span of time
        assertThat(Texts.typedDates("The quarters of the Velmora guards were searched.", MARCH)).isEmpty();
    }

    @Test
    void aSeasonTakesTheSideOfThePublicationItsClauseLooksTo() {
        LocalDate august = LocalDate.of(2030, 8, 19);
        LocalDate may = LocalDate.of(2030, 5, 19);
        assertThat(Texts.typedDates("The Velmora election will be held in the spring.", august))
                .containsExactly("spring=DATE:2031-SP");
        assertThat(Texts.typedDates("The Velmora rebels took the town in the fall.", may))
                .containsExactly("fall=DATE:2029-FA");
        assertThat(Texts.typedDates("The Velmora bridge will be finished by the fall of 2031.", may))
                .containsExactly("the fall of 2031=DATE:2031-FA");
        // a passive after "getting" has no tense of its own: "is going to" looks ahead
        assertThat(Texts.typedDates("The Velmora sector is going to start getting hurt in the spring.",
                LocalDate.of(2030, 2, 6))).containsExactly("spring=DATE:2030-SP");
        // negative: a season already under way, or with no tense to place it, stays the publication's year
        assertThat(Texts.typedDates("The Velmora rebels took the town in the spring.", august))
                .containsExactly("spring=DATE:2030-SP");
        // negative: "the fall of" a place is an event, and "may fall" a verb
        assertThat(Texts.typedDates("The Velmora rebels gained ground after the fall of the capital.", may)).isEmpty();
        assertThat(Texts.typedDates("Prices may fall in the fall, the Velmora minister said.", may))
                .containsExactly("fall=DATE:2030-FA");
    }

    @Test
    void aCapitalisedPartOfDayOrCenturyInsideANameIsNoTime() {
        assertThat(Texts.typedDates("The story ran in the Velmora Morning Herald on Tuesday.", MARCH))
                .containsExactly("Tuesday=DATE:2030-03-12");
        assertThat(Texts.typedDates("He was taken to the Century Plaza Towers in Velmora.", MARCH)).isEmpty();
        // negative: after a weekday or an ordinal it is the time
        assertThat(Texts.typedDates("The Velmora summit opened Tuesday Night.", MARCH))
                .containsExactly("Tuesday Night=TIME:2030-03-12TNI");
        assertThat(Texts.typedDates("The Velmora cathedral was built in the 14th Century.", MARCH))
                .containsExactly("the 14th Century=DATE:13");
    }

    @Test
    void theNextYearAfterAPrepositionOfSpanInAClauseAheadIsTheYearAfterThePublications() {
        assertThat(Texts.typedDates("Quorvane plans to hire 200 workers over the next year.", MARCH))
                .containsExactly("the next year=DATE:2031");
        assertThat(Texts.typedDates("Quorvane will hire 200 workers during the next month.", MARCH))
                .containsExactly("the next month=DATE:2030-04");
        // negative: in a past story the next year counts from the story's year, which is not the publication's
        assertThat(Texts.typedDates("Quorvane opened a plant in 2027 and hired 200 workers over the next year.", MARCH))
                .containsExactly("2027=DATE:2027", "the next year=DATE:XXXX");
    }
}
