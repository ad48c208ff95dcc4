package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Dates in whole stories (issue 14, dt19): the time a story has moved to anchors what follows it,
 * across the one-sentence paragraphs of news copy, on invented stories, each with what must not
 * change.
 */
class StoryAnchorDatesTest {
    /** A Tuesday in March. */
    private static final LocalDate MARCH = LocalDate.of(2030, 3, 12);

    @Test
    void theSentenceBeforeAnchorsAcrossOneParagraphBreak() {
        assertThat(Texts.typedDates("The Ostvale dam failed on March 4.\n\nThe next day, crews began repairs.", MARCH))
                .containsExactly("March 4=DATE:2030-03-04", "The next day=DATE:2030-03-05");
        // negative: a day two paragraphs back, or two days that compete, anchor nothing
        assertThat(Texts.typedDates("The Ostvale dam failed on March 4.\n\nCrews arrived with pumps.\n\n"
                + "The next day, repairs began.", MARCH))
                .containsExactly("March 4=DATE:2030-03-04", "The next day=DATE:XXXX");
        assertThat(Texts.typedDates("The Ostvale dam cracked on March 4 and failed on March 6.\n\n"
                + "The next day, repairs began.", MARCH))
                .containsExactly("March 4=DATE:2030-03-04", "March 6=DATE:2030-03-06", "The next day=DATE:XXXX");
    }

    @Test
    void yearsLaterMoveTheStorysYear() {
        assertThat(Texts.typedDates("Teodora Villacrest opened a tailor's shop in 1971.\n\nShe was 24.\n\n"
                + "Three years later, she hired an apprentice.\n\nThat summer, a flood closed the street.", MARCH))
                .containsExactly("1971=DATE:1971", "Three years=DURATION:P3Y", "That summer=DATE:1974-SU");
        // negative: a span the story does not move by
        assertThat(Texts.typedDates("Teodora Villacrest opened a tailor's shop in 1971.\n\n"
                + "She ran it alone for three years.\n\nThat summer, a flood closed the street.", MARCH))
                .containsExactly("1971=DATE:1971", "three years=DURATION:P3Y", "That summer=DATE:1971-SU");
    }

    @Test
    void aSeasonTheStoryNamedAnchorsTheNextOne() {
        assertThat(Texts.typedDates("Brisa Okonkwele came to Tellmarsh in the summer of 1983.\n\n"
                + "That winter she found work at the mill.\n\nShe married the following spring.", MARCH))
                .containsExactly("the summer of 1983=DATE:1983-SU", "That winter=DATE:1983-WI",
                        "the following spring=DATE:1984-SP");
        assertThat(Texts.typedDates("The Tellmarsh mill closed in October 1990.\n\nIt reopened the following spring.", MARCH))
                .containsExactly("October 1990=DATE:1990-10", "the following spring=DATE:1991-SP");
        assertThat(Texts.typedDates("The Tellmarsh mill closed in March 1990.\n\nIt reopened the following summer.", MARCH))
                .containsExactly("March 1990=DATE:1990-03", "the following summer=DATE:1990-SU");
        assertThat(Texts.typedDates("The Tellmarsh mill closed in 1990.\n\nIt had flooded the previous winter.", MARCH))
                .containsExactly("1990=DATE:1990", "the previous winter=DATE:1989-WI");
        // negative: with no time named before, the season's year stays unknown
        assertThat(Texts.typedDates("The Tellmarsh mill reopened the following spring.", MARCH))
                .containsExactly("the following spring=DATE:XXXX-SP");
    }

    /** A Thursday in May. */
    private static final LocalDate MAY = LocalDate.of(2030, 5, 23);

    @Test
    void aWhenClauseAfterTheDateTellsItsTime() {
        assertThat(Texts.typedDates("The ban on Pennimore would run from April 2, when the tests were taken.", MAY))
                .containsExactly("April 2=DATE:2030-04-02");
        assertThat(Texts.typedDates("Drevmoor's fine will count from April 9, when the spill was found.", MAY))
                .containsExactly("April 9=DATE:2030-04-09");
        assertThat(Texts.typedDates("The Sollinger ban ended on June 2, when he will have served his term.", MAY))
                .containsExactly("June 2=DATE:2030-06-02");
        // negative: a present "when" clause, or none, leaves the clause's own tense
        assertThat(Texts.typedDates("The Pennimore ban will run from April 2, when the season opens.", MAY))
                .containsExactly("April 2=DATE:2031-04-02");
        assertThat(Texts.typedDates("The Pennimore ban would run from April 2 through the autumn.", MAY))
                .contains("April 2=DATE:2031-04-02");
    }

    @Test
    void aParticipleOfStartTakesTheFutureOfItsClause() {
        assertThat(Texts.typedDates("The Harlowen bill would raise the fee by $2, starting in January.", MARCH))
                .containsExactly("January=DATE:2031-01");
        assertThat(Texts.typedDates("Quayside Freight will add night runs, starting in February.", MARCH))
                .containsExactly("February=DATE:2031-02");
        // negative: a past clause's start, and "effective", keep their reading
        assertThat(Texts.typedDates("Quayside Freight cut 200 jobs, beginning in February.", MARCH))
                .containsExactly("February=DATE:2030-02");
        assertThat(Texts.typedDates("The Harlowen board named a new chairman, effective Feb. 1.", MARCH))
                .containsExactly("Feb. 1=DATE:2030-02-01");
    }

    @Test
    void theFollowingWeekCountsFromTheStorysDay() {
        assertThat(Texts.typedDates("Harlowen will show the drill on June 7, and sales will start the following week.", MARCH))
                .containsExactly("June 7=DATE:2030-06-07", "the following week=DATE:2030-W24");
        assertThat(Texts.typedDates("The Sollinger trial opened on Feb. 20.\n\nThe previous week, a juror fell ill.", MARCH))
                .containsExactly("Feb. 20=DATE:2030-02-20", "The previous week=DATE:2030-W07");
        // negative: a week with no day before it stays a week of no known date (the mention is kept)
        assertThat(Texts.typedDates("Sales will start the following week.", MARCH))
                .singleElement().satisfies(d -> assertThat(d).endsWith("the following week=DATE:XXXX"));
    }

    /** A Wednesday early in January. */
    private static final LocalDate JANUARY = LocalDate.of(2030, 1, 2);

    @Test
    void aMonthOrSeasonEarlierInTheCalendarThanTheClausesTimeIsTheYearAfter() {
        assertThat(Texts.typedDates("Police arrested Ardolin on Dec. 30.\n\n"
                + "The next day, prosecutors scheduled his arraignment for January.", JANUARY))
                .containsExactly("Dec. 30=DATE:2029-12-30", "The next day=DATE:2029-12-31", "January=DATE:2030-01");
        assertThat(Texts.typedDates("Hastrick built a forge in 1971.\n\nThat autumn the forge burned, and in the spring "
                + "he rebuilt it.", MARCH))
                .containsExactly("1971=DATE:1971", "That autumn=DATE:1971-FA", "spring=DATE:1972-SP");
        // negative: a season later in the calendar keeps the year
        assertThat(Texts.typedDates("Hastrick built a forge in 1971.\n\nThat spring the forge burned, and over the winter "
                + "he rebuilt it.", MARCH))
                .containsExactly("1971=DATE:1971", "That spring=DATE:1971-SP", "winter=DATE:1971-WI");
    }

    @Test
    void theDecadeOfAClauseThatLooksAheadIsThePublications() {
        assertThat(Texts.typedDates("Ms. Velmora, who founded the company in 1998, expects sales to double by the end "
                + "of the decade.", MARCH))
                .containsExactly("1998=DATE:1998", "the end of the decade=DATE:203");
        assertThat(Texts.typedDates("The Olvenport stadium opened in 1995.\n\nThe team hopes to replace it by the end "
                + "of the decade.", MARCH))
                .containsExactly("1995=DATE:1995", "the end of the decade=DATE:203");
        // negative: a past clause still takes the story's decade
        assertThat(Texts.typedDates("The Olvenport stadium opened in 1995.\n\nBy the end of the decade, it was full "
                + "every week.", MARCH))
                .contains("1995=DATE:1995", "the end of the decade=DATE:199");
    }

    @Test
    void aVerbOfSayingInAWhenClauseIsNotItsTime() {
        assertThat(Texts.typedDates("The Keswara fee will take effect on July 1, when the city said it would begin "
                + "collecting it.", MARCH))
                .containsExactly("July 1=DATE:2030-07-01");
        assertThat(Texts.typedDates("The Keswara strike will continue until Feb. 5, when union leaders voted again.", MARCH))
                .containsExactly("Feb. 5=DATE:2031-02-05");
        // negative: what was said in the past is past; a past limit of a past clause stays past
        assertThat(Texts.typedDates("The Keswara strike ran until Feb. 5, when union leaders said they voted again.", MARCH))
                .containsExactly("Feb. 5=DATE:2030-02-05");
    }

    @Test
    void theNextSeasonFarFromAnyTimeOfTheStoryIsNotCountedFromIt() {
        assertThat(Texts.typedDates("The Dunmerrow utility raised rates in 2028.\n\nIt cut 40 jobs.\n\n"
                + "It expects demand to peak over the next winter.", MARCH))
                .noneMatch(d -> d.contains("2029-WI")).anyMatch(d -> d.startsWith("the next winter=DATE:"));
        assertThat(Texts.typedDates("The Dunmerrow utility raised rates in 2028.\n\nIt cut 40 jobs.\n\n"
                + "Demand will peak the next winter.", MARCH))
                .containsExactly("2028=DATE:2028", "the next winter=DATE:XXXX-WI");
        // negative: right after the year, the next winter is that year's
        assertThat(Texts.typedDates("The Dunmerrow utility raised rates in 2028, and the next winter demand peaked.", MARCH))
                .containsExactly("2028=DATE:2028", "the next winter=DATE:2029-WI");
    }

    @Test
    void aWeekAnchorsTheFollowingSeasonByItsMonth() {
        assertThat(Texts.typedDates("The Brisando trial opened on Feb. 20.\n\nThe previous week, a juror fell ill.\n\n"
                + "It resumed the following spring.", MARCH))
                .containsExactly("Feb. 20=DATE:2030-02-20", "The previous week=DATE:2030-W07",
                        "the following spring=DATE:2030-SP");
        // negative: a week of the autumn puts the following spring in the year after
        assertThat(Texts.typedDates("The Brisando trial opened on Oct. 20.\n\nThe previous week, a juror fell ill.\n\n"
                + "It resumed the following spring.", MARCH))
                .contains("the following spring=DATE:2030-SP");
    }

    @Test
    void theDecadeOfAStoryThatWentBackIsThatDecade() {
        assertThat(Texts.typedDates("The Maravell cannery opened in 1962.\n\nBy the end of the decade, it employed 900 people.", MARCH))
                .containsExactly("1962=DATE:1962", "the end of the decade=DATE:196");
        assertThat(Texts.typedDates("Tibbens Mills grew fast in the 1980's, and by the end of the decade it was the largest.", MARCH))
                .containsExactly("the 1980's=DATE:198", "the end of the decade=DATE:198");
        // negative: no year before it, a year two sentences back, a year counted from the publication
        assertThat(Texts.typedDates("The decade has been good for Tibbens Mills.", MARCH))
                .containsExactly("The decade=DATE:203");
        assertThat(Texts.typedDates("The Maravell cannery opened in 1962.\n\nIt was sold twice.\n\n"
                + "By the end of the decade, it was closed.", MARCH))
                .containsExactly("1962=DATE:1962", "the end of the decade=DATE:203");
        // negative: a bare month after a stated year keeps the publication's year (a background year)
        assertThat(Texts.typedDates("Tibbens Mills bought the Maravell cannery in 2011.\n\nIn February, it cut 40 jobs.", MARCH))
                .containsExactly("2011=DATE:2011", "February=DATE:2030-02");
    }

    @Test
    void aBareSeasonAfterACountedTimeOfItsClauseTakesItsYear() {
        assertThat(Texts.typedDates("Corlan Weybright opened a forge in 1971.\n\nTwo years later, he married.\n\n"
                + "That spring the forge burned, and he rebuilt it over the summer.", MARCH))
                .containsExactly("1971=DATE:1971", "Two years later=DATE:1973", "That spring=DATE:1973-SP",
                        "summer=DATE:1973-SU");
        // negative: after a clause break the season is the publication's
        assertThat(Texts.typedDates("Corlan Weybright opened a forge in 1971.\n\nThat spring the forge burned, "
                + "but this summer it will reopen.", MARCH))
                .containsExactly("1971=DATE:1971", "That spring=DATE:1971-SP", "this summer=DATE:2030-SU");
    }

    @Test
    void aRecurrenceAndTheYearAfterItAreTwoExpressions() {
        assertThat(Texts.typedDates("Tibbens Mills grew every year from 1991 to 1997.", MARCH))
                .containsExactly("every year=SET:P1Y", "1991=DATE:1991", "1997=DATE:1997");
        assertThat(Texts.typedDates("The Maravell cannery has paid a dividend each year since 1962.", MARCH))
                .containsExactly("each year=SET:P1Y", "1962=DATE:1962");
        // negative: a recurrence alone, and a year with no recurrence before it
        assertThat(Texts.typedDates("Tibbens Mills pays a dividend every year.", MARCH))
                .containsExactly("every year=SET:P1Y");
        assertThat(Texts.typedDates("Tibbens Mills has grown since 1991.", MARCH))
                .containsExactly("1991=DATE:1991");
    }

    @Test
    void aSeasonOfAStatedYearAnchorsTheYearAfter() {
        assertThat(Texts.typedDates("The Velmora mill flooded in the summer of 2028 and closed the next year.", MARCH))
                .containsExactly("the summer of 2028=DATE:2028-SU", "the next year=DATE:2029");
        assertThat(Texts.typedDates("The Velmora mill flooded in the summer of 2028. A year later it closed.", MARCH))
                .containsExactly("the summer of 2028=DATE:2028-SU", "A year later=DATE:2029");
        // negative: "over the next year" is a span from the publication
        assertThat(Texts.typedDates("The Velmora mill flooded in the summer of 2028 and will close over the next year.", MARCH))
                .containsExactly("the summer of 2028=DATE:2028-SU", "the next year=DATE:2031");
    }
}
