package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** The TimeML conventions casefile follows, one rule per test, on invented sentences. */
class DateRulesTest {
    /** Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2023, 11, 21);
    /** Monday. */
    private static final LocalDate OCTOBER = LocalDate.of(2029, 10, 29);
    /** Monday. */
    private static final LocalDate AUGUST = LocalDate.of(2031, 8, 11);

    private static List<String> dates(String text, LocalDate published) {
        return Texts.dates(text, published);
    }

    @Test
    void referencesToThePresentPastAndFutureAreReadButNeverAnchored() {
        assertThat(dates("The Brankel mill is now closed, and the Orvane depot currently stands empty.", TUESDAY))
                .containsExactly("now=PRESENT_REF?", "currently=PRESENT_REF?");
        assertThat(dates("Trelm recently sold the farm; the future looks bleak, as in the past.", TUESDAY))
                .containsExactly("recently=PAST_REF?", "the future=FUTURE_REF?", "the past=PAST_REF?");
        assertThat(dates("Right now the ferry waits.", TUESDAY)).containsExactly("Right now=PRESENT_REF?");
        assertThat(dates("At present, the Orvane depot stands empty; it is closed at present.", TUESDAY))
                .containsExactly("At present=PRESENT_REF?", "at present=PRESENT_REF?");
        // negative: "present" before a noun is an adjective
        assertThat(dates("The Orvane depot sells at present prices.", TUESDAY)).isEmpty();
    }

    @Test
    void aCountedSpanThatEndsTheSentenceWithNoDayIsReadWithoutFailing() {
        // a garbled line (OCR, a table's cell) whose last words SUTime reads as one span: the
        // document failed with an IndexOutOfBoundsException before
        org.assertj.core.api.Assertions.assertThatCode(() -> dates("The Orvane ruling came 2 day falls", TUESDAY))
                .doesNotThrowAnyException();
        assertThat(dates("The Orvane ruling took 2 day", TUESDAY)).containsExactly("2 day=P2D");
    }

    @Test
    void thePastOrFutureModifyingANounIsNoReference() {
        // "the past three weeks" is SUTime's duration; "the future mayor" names no time
        assertThat(dates("The future mayor of Dellwick spoke.", TUESDAY)).isEmpty();
        assertThat(dates("Nothing changed in the present case.", TUESDAY)).isEmpty();
    }

    @Test
    void agesAreNoTimeExpressions() {
        assertThat(dates("A 6-year-old and the 52-year-old pilot, 71 years old, were unhurt.", TUESDAY)).isEmpty();
        // a duration is still one
        assertThat(dates("The strike lasted six years.", TUESDAY)).containsExactly("six years=P6Y");
    }

    @Test
    void aBareDayOrAWordOfANameIsNoTimeExpression() {
        assertThat(dates("Ostry wants his day in court; it was a sad day for Pelmore.", TUESDAY)).isEmpty();
        assertThat(dates("Justice Ilse Day Varnholt spoke on Pelmore Founders Day.", TUESDAY)).isEmpty();
        // a span of time stays one
        assertThat(dates("Pelmore waited a year.", TUESDAY)).containsExactly("a year=P1Y");
    }

    @Test
    void aYearIsLentOnlyWithinItsClause() {
        assertThat(dates("Ostry arrived in June 2014 and left in November.", OCTOBER))
                .containsExactly("June 2014=2014-06", "November=2014-11");
        assertThat(dates("Under a plan approved by Quorvel in 2027 that named no amount, Ostry bought shares through Sept. 29.",
                OCTOBER)).containsExactly("2027=2027", "Sept. 29=2029-09-29");
    }

    @Test
    void aPassiveInfinitiveHasNoTenseAndAMonthWithoutOneLooksBack() {
        assertThat(dates("The rules to be published in early November will decide.", OCTOBER))
                .containsExactly("early November=2029-11");
        assertThat(dates("The Quorvel stock rose to a high in June from a low in March.", OCTOBER))
                .containsExactly("June=2029-06", "March=2029-03");
    }

    @Test
    void earlierThisMonthCountsFromPublication() {
        assertThat(dates("Sales at Quorvel fell earlier this year and rose earlier this month.", OCTOBER))
                .containsExactly("earlier this year=2029", "earlier this month=2029-10");
    }

    @Test
    void aDateCountedBackInYearsOrMonthsHasThatGranularity() {
        assertThat(dates("Hanbury left the firm a year ago.", OCTOBER)).containsExactly("a year ago=2028");
        assertThat(dates("Hanbury left the firm two months ago.", OCTOBER)).containsExactly("two months ago=2029-08");
        assertThat(dates("Hanbury left the firm ten days ago.", OCTOBER)).containsExactly("ten days ago=2029-10-19");
    }

    @Test
    void lastJuneIsTheMostRecentJune() {
        assertThat(dates("The Vessar plant opened last June.", OCTOBER)).containsExactly("last June=2029-06");
        assertThat(dates("The Vessar plant opened last October.", OCTOBER)).containsExactly("last October=2028-10");
        assertThat(dates("The Vessar plant opens next March.", OCTOBER)).containsExactly("next March=2030-03");
        // the month just gone is "last month", the coming one "next month": named, they are a year further
        assertThat(dates("The Vessar plant opened last September.", OCTOBER)).containsExactly("last September=2028-09");
        assertThat(dates("The Vessar plant opens next November.", OCTOBER)).containsExactly("next November=2030-11");
        // negatives: two months away is this year's
        assertThat(dates("The Vessar plant opened last August.", OCTOBER)).containsExactly("last August=2029-08");
        assertThat(dates("The Vessar plant opens next December.", OCTOBER)).containsExactly("next December=2029-12");
    }

    @Test
    void aDeadlineAfterPublicationKeepsItsYearInAPastClause() {
        assertThat(dates("The offer for Palmoc was extended to Nov. 16.", OCTOBER)).containsExactly("Nov. 16=2029-11-16");
        assertThat(dates("The board ruled that Ostry must leave by Jan. 14.", LocalDate.of(2030, 1, 6)))
                .containsExactly("Jan. 14=2030-01-14");
        // the day of a past event stays in the past
        assertThat(dates("Ostry left on Nov. 16.", OCTOBER)).containsExactly("Nov. 16=2028-11-16");
    }

    @Test
    void thePostponingIsPastWhatIsPostponedToIsAhead() {
        assertThat(dates("The trial was postponed on Wednesday.", TUESDAY)).containsExactly("Wednesday=2023-11-15");
        assertThat(dates("The trial was postponed until Wednesday.", TUESDAY)).containsExactly("Wednesday=2023-11-22");
        assertThat(dates("The trial is scheduled to open Monday.", TUESDAY)).containsExactly("Monday=2023-11-27");
    }

    @Test
    void quartersOfBusinessNewsFollowTheQuarterTheStoryIsAbout() {
        String story = "Drennick Tools reported a third-quarter loss of $2 million, against a profit of $1 million "
                + "a year earlier. In the year-ago quarter, sales were higher. Sales in the quarter fell. "
                + "The company expects a fourth-quarter charge.";
        assertThat(dates(story, OCTOBER)).containsExactly("third-quarter=2029-Q3", "a year earlier=2028-Q3",
                "the year-ago quarter=2028-Q3", "the quarter=2029-Q3", "fourth-quarter=2029-Q4");
        // a quarter that has not begun is last year's when reported
        assertThat(dates("Drennick reported a fourth-quarter loss.", LocalDate.of(2030, 1, 20)))
                .containsExactly("fourth-quarter=2029-Q4");
        // without a quarter named nearby, "a year earlier" counts from a time the story names: unresolved
        assertThat(dates("Brisco sold the mill; a year earlier he had bought it.", OCTOBER))
                .containsExactly("a year earlier=XXXX?");
    }

    @Test
    void aQuarterStillToComeIsNoQuarterTheStoryReportsOn() {
        String story = "Valtrope Mills reported a third-quarter profit of $5 million. It said the storm will "
                + "cause a fourth-quarter charge. Profit fell in the latest quarter, compared with $7 million a year ago.";
        assertThat(dates(story, OCTOBER)).containsExactly("third-quarter=2029-Q3", "fourth-quarter=2029-Q4",
                "the latest quarter=2029-Q3", "a year ago=2028-Q3");
        // a quarter reported in the past tense is the story's even before the calendar's ends (a fiscal one)
        assertThat(dates("Valtrope reported a fourth-quarter loss. Sales in the latest quarter fell.", OCTOBER))
                .containsExactly("fourth-quarter=2029-Q4", "the latest quarter=2029-Q4");
    }

    @Test
    void aComparisonCountsFromTheQuarterItsOwnSentenceNames() {
        assertThat(dates("Kesselbrook sales rose in the latest quarter to $9 million from $8 million a year earlier.",
                OCTOBER)).containsExactly("the latest quarter=2029-Q3", "a year earlier=2028-Q3");
        // "the year-earlier period" with no quarter named: a year before the last quarter completed
        assertThat(dates("In the year-earlier period, Kesselbrook earned $2 million.", OCTOBER))
                .containsExactly("the year-earlier period=2028-Q3");
        // no quarter and no comparison: "a year earlier" still counts from a time the story names
        assertThat(dates("Ormsfield sold the mill; a year earlier he had bought it.", OCTOBER))
                .containsExactly("a year earlier=XXXX?");
    }

    @Test
    void theQuarterEndedOnADateIsTheQuarterThatEndsThen() {
        // no quarter named before: the calendar quarter that ends in that month, before publication
        assertThat(dates("Tarnley earned $3 million for the quarter ended Sept. 30.", OCTOBER))
                .containsExactly("the quarter=2029-Q3", "Sept. 30=2029-09-30");
        // a fiscal quarter the story has named keeps its number
        assertThat(dates("Tarnley reported a fiscal first-quarter loss. For the quarter ended Sept. 30, sales fell.",
                OCTOBER)).containsExactly("fiscal first-quarter=2029-Q1", "the quarter=2029-Q1", "Sept. 30=2029-09-30");
        // a quarter "ending" in a month at most three months off is the quarter under way; one
        // "ended", or "ending" in a month further off, has ended (blind check of news dates, session 35)
        assertThat(dates("Tarnley will report results for the quarter ending Dec. 31 in late January.", OCTOBER))
                .containsExactly("the quarter=2029-Q4", "Dec. 31=2029-12-31", "late January=2030-01");
        assertThat(dates("Tarnley earned $3 million for the quarter ending Sept. 30.", OCTOBER))
                .containsExactly("the quarter=2029-Q3", "Sept. 30=2029-09-30");
        assertThat(dates("Tarnley earned $3 million for the quarter ending June 30.", OCTOBER))
                .containsExactly("the quarter=2029-Q2", "June 30=2029-06-30");
        // guidance for the next quarter, late in a quarter: six months at most ahead
        assertThat(dates("Tarnley expects revenue of $40 million for the quarter ending June 30.", LocalDate.of(2031, 3, 25)))
                .containsExactly("the quarter=2031-Q2", "June 30=2031-06-30");
        // a year written after the day is the quarter's year
        assertThat(dates("Tarnley said profit in the quarter ending March 31, 2030, had fallen.", LocalDate.of(2031, 3, 8)))
                .containsExactly("the quarter=2030-Q1", "March 31, 2030=2030-03-31");
        // "the 1988 period" after a span of months is that span's year, not a quarter
        assertThat(dates("Tarnley earned $3 million in the third quarter. In the first nine months, net was $8 million, "
                + "against $6 million in the 2028 period.", OCTOBER)).containsExactly("the third quarter=2029-Q3",
                "the first nine months=P9M", "the 2028 period=2028");
    }

    @Test
    void aDateSutimeGluedToAWordBeforeItIsReadAlone() {
        assertThat(dates("The rate cut was the Harlowe bank's second this year.", TUESDAY))
                .containsExactly("this year=2023");
        // a span and its day are two expressions
        assertThat(dates("Pennick testified for more than four hours Friday in the Velmont court.", TUESDAY))
                .containsExactly("more than four hours=PT4H", "Friday=2023-11-17");
        // a span counted from the day, and a modifier of the date, stay one expression
        assertThat(dates("The Velmont hearing is two weeks from Friday.", TUESDAY))
                .containsExactly("two weeks from Friday=2023-12-08");
        assertThat(dates("Late last week, Pennick met the Brasko board.", TUESDAY))
                .containsExactly("Late last week=2023-W46");
    }

    @Test
    void aTitleANameOrAFractionIsNoTime() {
        assertThat(dates("Ostry, speaking on the Pelmore station's \"This Week,\" said the plan had failed.", TUESDAY))
                .isEmpty();
        assertThat(dates("Ostry told Brasko Today that the plan had failed.", TUESDAY)).isEmpty();
        assertThat(dates("Velmont holds more than a quarter of the Brasko market.", TUESDAY)).isEmpty();
        // the same words as times
        assertThat(dates("Today, Ostry said the plan had failed. This week the mill closed.", TUESDAY))
                .containsExactly("Today=2023-11-21", "This week=2023-W47");
        assertThat(dates("Ostry said \"this week\" was lost.", TUESDAY)).containsExactly("this week=2023-W47");
    }

    @Test
    void oneDayInAClauseAboutTheFutureIsSomeTimeToCome() {
        assertThat(dates("The Velmont mill will one day reopen, Ostry said.", TUESDAY))
                .containsExactly("one day=FUTURE_REF?");
        assertThat(dates("Ostry hopes the Brasko line may one day reach Pelmore.", TUESDAY))
                .containsExactly("one day=FUTURE_REF?");
        // a day-long span stays one
        assertThat(dates("The Velmont mill will close for one day.", TUESDAY)).containsExactly("one day=P1D");
        assertThat(dates("The Velmont mill closed one day before the strike.", TUESDAY)).containsExactly("one day=P1D");
        assertThat(dates("The repair will take one day.", TUESDAY)).containsExactly("one day=P1D");
    }

    @Test
    void lastAsAVerbIsNoLastOfADate() {
        assertThat(dates("The strike will last one day.", TUESDAY)).containsExactly("one day=P1D");
        assertThat(dates("The Velmont trial is expected to last two weeks.", TUESDAY)).containsExactly("two weeks=P2W");
        // the adjective still counts back
        assertThat(dates("The Velmont mill closed last week.", TUESDAY)).containsExactly("last week=2023-W46");
        assertThat(dates("Last year the Velmont mill closed.", TUESDAY)).containsExactly("Last year=2022");
    }

    @Test
    void aWeekdayBesideAMonthAndDayTellsTheYear() {
        // a past clause would put April 25 a year back; Saturday, April 25 is 1998's
        assertThat(dates("The Tarrow Courier said in an editorial on Saturday, April 25: the plan failed.",
                LocalDate.of(1998, 4, 24))).containsExactly("Saturday, April 25=1998-04-25");
    }

    @Test
    void theQuarterWithoutAnOrdinalIsTheLastCompletedOne() {
        assertThat(dates("Sales in the quarter fell. Net income was $3 million a year earlier.", OCTOBER))
                .containsExactly("the quarter=2029-Q3", "a year earlier=2028-Q3");
    }

    @Test
    void aComparisonWithAYearEarlierIsTheYearBeforePublication() {
        assertThat(dates("Wages at Pelmore were 3% higher than a year earlier.", OCTOBER))
                .containsExactly("a year earlier=2028");
        assertThat(dates("Drennick earned $4 million in the third quarter, compared with a loss of $1 million last year.",
                OCTOBER)).containsExactly("the third quarter=2029-Q3", "last year=2028-Q3");
        // no comparison, no quarter: "last year" is the year
        assertThat(dates("Pelmore moved to Quissy last year.", OCTOBER)).containsExactly("last year=2028");
    }

    @Test
    void theYearEndedOnADateIsAYearLong() {
        assertThat(dates("Drennick earned $2 million for the year ended March 31.", OCTOBER))
                .containsExactly("the year=P1Y", "March 31=2029-03-31");
    }

    @Test
    void earlierYesterdayCountsFromPublication() {
        assertThat(dates("Earlier yesterday, the Pelmore council met.", OCTOBER)).containsExactly("Earlier yesterday=2029-10-28");
    }

    @Test
    void withoutAPublicationDateNoQuarterIsResolved() {
        assertThat(dates("Drennick reported a third-quarter loss. Sales in the quarter fell.", null))
                .containsExactly("third-quarter=XXXX-Q3?", "the quarter=XXXX?");
    }

    @Test
    void decadesAndCenturiesTakeTheTimeMlForm() {
        assertThat(dates("Ferrous Quellin grew in the 1970s and shrank in the 19th century.", OCTOBER))
                .containsExactly("the 1970s=197", "the 19th century=18");
        // "the past year", "the last decade": the unit before publication's, as "last year"
        assertThat(dates("Quellin sales rose over the past year and fell in the last decade.", OCTOBER))
                .containsExactly("the past year=2028", "the last decade=201");
        assertThat(dates("Quellin sales rose last year.", OCTOBER)).containsExactly("last year=2028");
    }

    @Test
    void aDayThatOwnsANounOrFollowsSinceIsPast() {
        // Monday 2029-10-29: a present clause alone would take the coming Friday
        assertThat(dates("Brenmoor's stake before Friday's purchases is small.", OCTOBER))
                .containsExactly("Friday=2029-10-26");
        assertThat(dates("Since Tuesday, Brenmoor shares have gained 4%.", OCTOBER))
                .containsExactly("Tuesday=2029-10-23");
        // a future clause still looks ahead
        assertThat(dates("Friday's vote at Brenmoor will decide.", OCTOBER)).containsExactly("Friday=2029-11-02");
    }

    @Test
    void aLimitOfAFutureClauseIsAhead() {
        assertThat(dates("Quellin will double its flights to Ostravel by August.", LocalDate.of(2030, 2, 13)))
                .containsExactly("August=2030-08");
        // a past clause: the nearest one
        assertThat(dates("Quellin doubled its flights to Ostravel by August.", LocalDate.of(2030, 2, 13)))
                .containsExactly("August=2029-08");
    }

    @Test
    void aParticipleBeforeANounGivesNoTense() {
        // "preferred" is no past tense: "will redeem" decides
        assertThat(dates("Tarnwell said it will redeem its preferred shares on Nov. 30.", OCTOBER))
                .containsExactly("Nov. 30=2029-11-30");
    }

    @Test
    void theWeekendOfAPastClauseIsTheLastOne() {
        assertThat(dates("Brenmoor said over the weekend that the plant would close.", LocalDate.of(2029, 10, 31)))
                .containsExactly("the weekend=2029-W43-WE");
        assertThat(dates("Brenmoor will close the plant over the weekend.", LocalDate.of(2029, 10, 31)))
                .containsExactly("the weekend=2029-W44-WE");
    }

    @Test
    void aSpelledYearAMidDateAndADecadeInWordsAreRead() {
        assertThat(dates("Varnell was convicted in nineteen ninety-one and freed in mid-1996.", OCTOBER))
                .containsExactly("nineteen ninety-one=1991", "mid-1996=1996");
        assertThat(dates("Quellin results come in mid-November; prices fell through the nineties.", OCTOBER))
                .containsExactly("mid-November=2029-11", "the nineties=199");
    }

    @Test
    void aWeekdaySuTimeDropsIsStillRead() {
        assertThat(dates("Earlier Sunday, Brenmoor marchers clashed with police.", LocalDate.of(2029, 10, 28)))
                .containsExactly("Sunday=2029-10-28");
        // a weekday that starts a name is none
        assertThat(dates("Earlier, the Sunday Vellum of Brenmoor printed it.", OCTOBER)).isEmpty();
    }

    @Test
    void fallIsASeasonOnlyAfterThisOrLast() {
        assertThat(dates("Hiring at Quellin began last fall and slows this fall.", OCTOBER))
                .containsExactly("last fall=2028-FA", "this fall=2029-FA");
        assertThat(dates("Quellin prices may fall in the fall of the empire.", OCTOBER)).isEmpty();
    }

    @Test
    void vagueSpansOfThePastOrFutureAreReferences() {
        assertThat(dates("Brenmoor grew in the past and will shrink in the coming months.", OCTOBER))
                .containsExactly("the past=PAST_REF?", "the coming months=FUTURE_REF?");
        // a number keeps a duration
        assertThat(dates("Brenmoor grew for the past three years.", OCTOBER)).containsExactly("the past three years=P3Y");
        // a fraction is no time
        assertThat(dates("Ostravel imports about three-quarters of its grain.", OCTOBER)).isEmpty();
    }

    @Test
    void countedSpansAndLongUnitsTakeTimeMlDurations() {
        assertThat(dates("Brenmoor hiring fell in the first nine months of 2028 and will slow for the next several days.",
                OCTOBER)).containsExactly("the first nine months=P9M", "2028=2028", "the next several days=PXD"); // span and year apart, as TimeML
        assertThat(dates("The Ostravel feud lasted centuries, about a decade, or more than two thousand years.", OCTOBER))
                .containsExactly("centuries=PXC", "about a decade=P1E", "more than two thousand years=P2L");
        // a span of years stays one
        assertThat(dates("The Ostravel feud lasted six years.", OCTOBER)).containsExactly("six years=P6Y");
    }

    /** Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2023, 11, 24);

    @Test
    void aHolidayIsItsDayOfTheYearTheClauseMeans() {
        // the fourth Thursday of November, in the past clause of a December story
        assertThat(dates("The Velmora parade was held on Thanksgiving Day.", LocalDate.of(2029, 12, 3)))
                .containsExactly("Thanksgiving Day=2029-11-22");
        // counted from Easter, ahead in a future clause
        assertThat(dates("Trask will reopen the Quillby inn at Easter.", LocalDate.of(2030, 1, 10)))
                .containsExactly("Easter=2030-04-21");
        assertThat(dates("Trask closed the Quillby inn on Good Friday.", LocalDate.of(2024, 4, 10)))
                .containsExactly("Good Friday=2024-03-29");
        assertThat(dates("The Orvane fair opened last Thanksgiving.", OCTOBER))
                .containsExactly("last Thanksgiving=2028-11-23");
        assertThat(dates("The Brankel mill shut on Memorial Day 2027.", OCTOBER))
                .containsExactly("Memorial Day 2027=2027-05-31");
        assertThat(dates("Polls in Senna open on Election Day.", LocalDate.of(2030, 10, 20)))
                .containsExactly("Election Day=2030-11-05");
        // the week of a holiday, under way when the story is written
        assertThat(dates("Shoppers crowded the Varnholt arcades as Thanksgiving week began.", LocalDate.of(2031, 11, 24)))
                .containsExactly("Thanksgiving week=2031-W48");
        // with no publication date the year stays unknown
        assertThat(dates("The Orvane fair opened on Thanksgiving.", null)).containsExactly("Thanksgiving=XXXX-11?");
    }

    @Test
    void aHolidaysNameInALongerNameOrForAThingIsNoDate() {
        assertThat(dates("Ostry sold Christmas trees and Easter eggs in Quillby.", TUESDAY)).isEmpty();
        assertThat(dates("Trelm sailed to Christmas Island.", TUESDAY)).isEmpty();
        assertThat(dates("The Palmoc union met in Halvey.", TUESDAY)).isEmpty();
    }

    @Test
    void aClockTimeTakesTheDayItIsGivenWith() {
        assertThat(dates("The Brankel ferry sank at 9 a.m. EST Tuesday.", TUESDAY))
                .containsExactly("9 a.m. EST Tuesday=2023-11-21T09:00");
        assertThat(dates("On Friday the Orvane dam broke at 10:35 a.m., officials said.", TUESDAY))
                .containsExactly("Friday=2023-11-17", "10:35 a.m.=2023-11-17T10:35");
        // a limit with its hour lies ahead as a limit without one does
        assertThat(dates("The Halvey board extended its deadline until 9 a.m. EST Tuesday.", LocalDate.of(2023, 11, 20)))
                .containsExactly("9 a.m. EST Tuesday=2023-11-21T09:00");
        // no day named: no day guessed
        assertThat(dates("The Orvane bakery opens at 6 a.m.", TUESDAY)).extracting(s -> s.replace("?", ""))
                .containsExactly("6 a.m.=T06:00");
        // two different days: the time's day is not known
        assertThat(dates("Trelm left on Monday and Ostry on Friday, and the Halvey ferry sailed at 4 p.m.", TUESDAY))
                .extracting(s -> s.replace("?", "")).containsExactly("Monday=2023-11-20", "Friday=2023-11-17", "4 p.m.=T16:00");
        // a 24-hour clock with a leading zero is no year
        assertThat(dates("The Orvane ferry docked at 6:15 a.m. (0415 GMT) on Friday.", TUESDAY))
                .extracting(s -> s.replaceAll("=.*", "")).doesNotContain("0415");
    }

    @Test
    void whatWasPlannedLiesAheadOfThePlanning() {
        // a past plan: the nearest such day, here two days ahead
        assertThat(dates("Trelm planned to leave Quillby on Thursday.", TUESDAY)).containsExactly("Thursday=2023-11-23");
        assertThat(dates("The Senna guards were planning to march on Monday.", FRIDAY)).containsExactly("Monday=2023-11-27");
        // a present plan: ahead
        assertThat(dates("Trelm plans to leave Quillby on Monday.", TUESDAY)).containsExactly("Monday=2023-11-27");
        // no plan: a past clause looks back
        assertThat(dates("Trelm left Quillby on Thursday.", TUESDAY)).containsExactly("Thursday=2023-11-16");
    }

    @Test
    void aPresentPerfectSetsNoPastDay() {
        LocalDate february = LocalDate.of(2030, 2, 16);
        assertThat(dates("The Velmora council has invited the envoys to a ceremony on March 12.", february))
                .containsExactly("March 12=2030-03-12");
        assertThat(dates("The Velmora council invited the envoys to dinner on March 12.", february))
                .containsExactly("March 12=2029-03-12");
    }

    @Test
    void whatIsPutOffAndADeadlineLieAhead() {
        assertThat(dates("The board postponed the Palmoc vote until Monday.", TUESDAY)).containsExactly("Monday=2023-11-27");
        assertThat(dates("The board met the Palmoc envoys on Monday.", TUESDAY)).containsExactly("Monday=2023-11-20");
        LocalDate january = LocalDate.of(2030, 1, 5);
        assertThat(dates("Ostry gave no reason for the Jan. 14 deadline.", january)).containsExactly("Jan. 14=2030-01-14");
        assertThat(dates("Ostry signed the Halvey lease on Jan. 14.", january)).containsExactly("Jan. 14=2029-01-14");
    }

    @Test
    void earlierOrLaterOnANamedDayIsThatDay() {
        assertThat(dates("Earlier Friday, the Palmoc union filed a petition.", FRIDAY))
                .containsExactly("Earlier Friday=2023-11-24");
        assertThat(dates("Later Thursday, the Palmoc union met.", FRIDAY)).containsExactly("Later Thursday=2023-11-23");
        // "earlier" alone counts from the story's own time: no date, a span of two days (TimeML)
        assertThat(dates("Two days earlier, the Palmoc union met.", FRIDAY)).containsExactly("Two days=P2D");
    }

    @Test
    void aDecadeAgoIsAYearAndAnAgeIsNoDate() {
        assertThat(dates("A decade ago the Quillby mill closed.", TUESDAY)).containsExactly("A decade ago=2013");
        assertThat(dates("Police said this 6-year-old from Brankel was found.", TUESDAY)).isEmpty();
    }

    @Test
    void aSeasonTakesTheYearNamedBeforeIt() {
        assertThat(dates("In 2014, the summer was dry in Velmora.", TUESDAY))
                .containsExactly("2014=2014", "summer=2014-SU");
        // with no year before it, a season of a past clause is the last one
        assertThat(dates("The summer was dry in Velmora.", TUESDAY)).containsExactly("summer=2023-SU");
    }

    @Test
    void aPresentPassiveOrAModalOfWhatCanStillHappenLooksAhead() {
        LocalDate march = LocalDate.of(2030, 3, 29);
        assertThat(dates("Trelm will wait until the Brankel case is heard in May.", march)).containsExactly("May=2030-05");
        assertThat(dates("The Brankel case was heard in May.", march)).containsExactly("May=2029-05");
        LocalDate december = LocalDate.of(2029, 12, 5);
        assertThat(dates("Velmora can join the pact in April.", december)).containsExactly("April=2030-04");
        assertThat(dates("Velmora may have joined the pact in April.", december)).containsExactly("April=2029-04");
        // a month's name is no modal
        assertThat(dates("Halvey Mills\nMay 31, 2029\nHalvey Mills on Tuesday opened a plant in Senna.", LocalDate.of(2029, 5, 31)))
                .containsExactly("May 31, 2029=2029-05-31", "Tuesday=2029-05-29");
    }

    @Test
    void asSoonAsADayIsTheFirstDaySomethingCanHappen() {
        assertThat(dates("The Halvey ferry could sail as soon as Tuesday, Trelm said.", LocalDate.of(2023, 11, 20)))
                .containsExactly("Tuesday=2023-11-21");
    }

    @Test
    void aMonthsNameThatIsAPersonsNameIsNoDate() {
        assertThat(dates("Foreign Minister Jan Ostry met the Halvey board.", TUESDAY)).isEmpty();
        assertThat(dates("Ostry met the Halvey board on Jan. 14.", TUESDAY)).containsExactly("Jan. 14=2023-01-14");
    }

    @Test
    void aMarchAndATitleAreNoTimeExpressions() {
        assertThat(dates("Ostry led the March of the Halvey Widows.", TUESDAY)).isEmpty();
        assertThat(dates("Ostry spoke on the show ''48 Hours'' about Brankel.", TUESDAY)).isEmpty();
        // a month of a year, a title-case headline's span and a span with a number are kept
        assertThat(dates("Ostry left in March of last year.", TUESDAY)).containsExactly("March of last year=2022-03");
        assertThat(dates("Ostry left the Halvey board in March of the following year.", TUESDAY)).extracting(s -> s.replaceAll("=.*", ""))
                .containsExactly("March of the following year");
        assertThat(dates("Halvey Dock Strike Ends After 48 Hours", TUESDAY)).containsExactly("48 Hours=PT48H");
        assertThat(dates("Ostry spoke for 60 minutes about Brankel.", TUESDAY)).containsExactly("60 minutes=PT60M");
    }
    /** Friday. */
    private static final LocalDate FRIDAY_24 = LocalDate.of(2023, 11, 24);

    @Test
    void aPlannedDayFollowsTheTenseOfThePlan() {
        // a plan in the past puts its day on either side of the publication: the nearest one
        assertThat(dates("A vigil planned in Ostravel for Saturday was called off.", TUESDAY))
                .containsExactly("Saturday=2023-11-18");
        assertThat(dates("Marchers planned a rally in Dunvarrow on Saturday.", FRIDAY_24))
                .containsExactly("Saturday=2023-11-25");
        // a plan of the present or the future looks ahead; a past event stays past
        assertThat(dates("A vigil planned in Ostravel for Saturday will draw crowds.", TUESDAY))
                .containsExactly("Saturday=2023-11-25");
        assertThat(dates("The Quellin vote is scheduled for Saturday.", TUESDAY)).containsExactly("Saturday=2023-11-25");
        assertThat(dates("Marchers held a rally in Dunvarrow on Saturday.", FRIDAY_24)).containsExactly("Saturday=2023-11-18");
    }

    @Test
    void nextToIsAPlaceNotTheFuture() {
        assertThat(dates("A blast shook a shop next to the Ostravel depot Friday morning.", LocalDate.of(2023, 11, 25)))
                .containsExactly("Friday morning=2023-11-24TMO");
        assertThat(dates("The Ostravel depot opens next Friday.", LocalDate.of(2023, 11, 25)))
                .containsExactly("next Friday=2023-12-01");
    }

    @Test
    void thatDayAndThatYearAreDatesOfTheStory() {
        assertThat(dates("Brisco sold the Vessar mill on March 3, 2021. His brother left town that same day.", OCTOBER))
                .containsExactly("March 3, 2021=2021-03-03", "that same day=2021-03-03");
        assertThat(dates("Brisco moved to Quissy in June 2014 and left later that year.", OCTOBER))
                .containsExactly("June 2014=2014-06", "later that year=2014");
        // nothing to count from: a date left unresolved, not a span of one day
        assertThat(dates("Brisco left Quissy that same day.", OCTOBER)).containsExactly("that same day=XXXX?");
        assertThat(dates("Brisco waited a day.", OCTOBER)).containsExactly("a day=P1D");
    }

    @Test
    void aTimeOfDayTakesTheDayTheStoryNamed() {
        assertThat(dates("On Oct. 23, the Pelmore mill was shut. The fire there started at 10 p.m.", OCTOBER))
                .containsExactly("Oct. 23=2029-10-23", "10 p.m.=2029-10-23T22:00");
        // no day named: the time stays a time of no day
        assertThat(dates("The fire at the Pelmore mill started at 10 p.m.", OCTOBER)).containsExactly("10 p.m.=T22:00");
    }

    @Test
    void aCountWithNoDayToCountFromIsASpan() {
        assertThat(dates("Three days later, the Vessar index fell.", OCTOBER)).containsExactly("Three days=P3D");
        // with a day to count from it is that day
        assertThat(dates("On March 3, 2021, the Vessar index rose. Three days later, it fell.", OCTOBER))
                .containsExactly("March 3, 2021=2021-03-03", "Three days later=2021-03-06");
    }

    @Test
    void aSpanStatesHalvesAndMore() {
        assertThat(dates("The Tarrow crossing took 5 1/2 hours; the repairs took two more weeks.", OCTOBER))
                .containsExactly("5 1/2 hours=PT5H30M", "two more weeks=P2W");
        assertThat(dates("The Tarrow ferry stopped for a minute and a half.", OCTOBER))
                .containsExactly("a minute and a half=PT1M30S");
        // no number: a span of no stated length
        assertThat(dates("The Tarrow repairs took weeks.", OCTOBER)).containsExactly("weeks=PXW");
    }

    @Test
    void aDateReadWithWordsThatCountFromSomethingElseIsReadAlone() {
        assertThat(dates("Ostry was last seen in Quissy on Nov. 3, the day before the raid.", OCTOBER))
                .containsExactly("Nov. 3=2028-11-03");
        assertThat(dates("Ostry spoke Monday before leaving Quissy.", TUESDAY)).containsExactly("Monday=2023-11-20");
    }

    @Test
    void aDateThatNamesAThingHasNoTense() {
        assertThat(dates("By setting a Jan. 14 hearing date, the Pelmore court gave Ostry time.", LocalDate.of(2030, 1, 6)))
                .containsExactly("Jan. 14=2030-01-14");
        // the day of a past event stays in the past
        assertThat(dates("Ostry left Pelmore on Jan. 14.", LocalDate.of(2030, 1, 6))).containsExactly("Jan. 14=2029-01-14");
    }
    @Test
    void anAdverbBetweenTheAuxiliaryAndItsVerbKeepsTheTense() {
        assertThat(dates("Quellin will almost double its flights to Ostravel by August.", LocalDate.of(2030, 2, 13)))
                .containsExactly("August=2030-08");
        assertThat(dates("Quellin almost doubled its flights to Ostravel by August.", LocalDate.of(2030, 2, 13)))
                .containsExactly("August=2029-08");
    }

    @Test
    void aYearBeforeQuarterIsThatQuarterOfTheYear() {
        assertThat(dates("Drennick earned $2 million in the third quarter. It earned $1 million in the 2028 quarter.",
                OCTOBER)).containsExactly("the third quarter=2029-Q3", "the 2028 quarter=2028-Q3");
        // no quarter named: no quarter guessed
        assertThat(dates("Drennick earned $1 million in the 2028 season.", OCTOBER)).containsExactly("2028=2028");
    }
    @Test
    void theEndOfTheYearIsADate() {
        assertThat(dates("Drennick expects to close the Palmoc sale by year-end and to pay by year's end.", OCTOBER))
                .containsExactly("year-end=2029", "year's end=2029");
        assertThat(dates("Drennick shares are up 4% since year end.", OCTOBER)).containsExactly("year end=2028");
        // a year without its end stays a year's span
        assertThat(dates("Drennick waited a year.", OCTOBER)).containsExactly("a year=P1Y");
    }

    @Test
    void halvesOfAYearTakeTheTimeMlForm() {
        assertThat(dates("Drennick sales fell in the last half of 2028 and rose in the first two quarters of 2029.", OCTOBER))
                .containsExactly("the last half of 2028=2028-H2", "the first two quarters of 2029=2029-H1");
    }
    @Test
    void theFollowingYearCountsFromTheStorysYear() {
        assertThat(dates("On May 22, 2015, Ostry was made a colonel, and the following year he left Quissy.", OCTOBER))
                .containsExactly("May 22, 2015=2015-05-22", "the following year=2016");
        // nothing named before: unresolved
        assertThat(dates("The following year, Ostry left Quissy.", OCTOBER)).containsExactly("The following year=XXXX?");
    }

    @Test
    void theNextYearAfterANamedDateIsTheYearAfterItButOverTheNextYearIsASpan() {
        assertThat(dates("Ostry sued Quissy in August 2023, and the case was settled the next year.", OCTOBER))
                .containsExactly("August 2023=2023-08", "the next year=2024");
        // a span from the publication, not from the story's August 2023: in a clause ahead, the year after
        // the publication's (te15; was left XXXX), as "over the next year or so" is
        assertThat(dates("Ostry sued Quissy in August 2023 and expects a ruling over the next year.", OCTOBER))
                .containsExactly("August 2023=2023-08", "the next year=2030?");
    }

    @Test
    void aClockTimeKeepsTheAmOrPmAfterIt() {
        assertThat(dates("The Tarvish hearing began at 10 a.m. and ended at 4:30 p.m.", TUESDAY))
                .extracting(x -> x.replace("?", "")).containsExactly("10 a.m.=T10:00", "4:30 p.m.=T16:30");
        assertThat(dates("A guard was shot in Olmsford around 7:15 p.m., after the bell had rung, police said.", TUESDAY))
                .extracting(x -> x.replace("?", "")).containsExactly("7:15 p.m.=T19:15");
        // with its day, the day's value and the afternoon's hour
        assertThat(dates("The Tarvish hearing began at 10 a.m. Monday and ended at 4:30 p.m.", TUESDAY))
                .containsExactly("10 a.m. Monday=2023-11-20T10:00", "4:30 p.m.=2023-11-20T16:30");
    }

    @Test
    void onceBeforeAUnitIsHowOftenNotThePast() {
        assertThat(dates("Dravec visits Marrowby once a month.", TUESDAY)).containsExactly("once a month=P1M");
        // (the set spans its count, as TimeML writes it: CountedRangesTest)
        // "once" before a noun that is no unit gives no frequency, and the span beside it stays
        assertThat(dates("Marrowby, once a port, grew for a decade.", TUESDAY)).containsExactly("a decade=P1E");
    }

    @Test
    void aRangeThatNamesItsYearOnceGivesItToBothEnds() {
        assertThat(dates("Dravec ran the Ulvane mill between March and May 2001 and from June to August 2002.", TUESDAY))
                .containsExactly("March=2001-03", "May 2001=2001-05", "June=2002-06", "August 2002=2002-08");
        // a range over the new year: the first end is of the year before
        assertThat(dates("Dravec ran the Ulvane mill from Dec. 5 to Jan. 9, 2002.", TUESDAY))
                .containsExactly("Dec. 5=2001-12-05", "Jan. 9, 2002=2002-01-09");
        // no range: a month without a year follows its clause, not the next date's year
        assertThat(dates("Dravec left Ulvane in March and came back on Nov. 9, 2021.", TUESDAY))
                .containsExactly("March=2023-03", "Nov. 9, 2021=2021-11-09");
    }

    @Test
    void aDecadeWithoutItsCenturyIsTheLastOneOfThatName() {
        assertThat(dates("Kessin boomed in the '90s, in the mid-'80s and in the late ’70s.", TUESDAY))
                .containsExactly("the '90s=199", "the mid-'80s=198", "the late ’70s=197");
        assertThat(dates("Kessin has grown since the '10s.", TUESDAY)).containsExactly("the '10s=201");
        // the decade written with an apostrophe, as the New York Times long wrote it
        assertThat(dates("Drossby boomed in the 1960's, in the mid-1980's and in the late 1970's.", TUESDAY))
                .containsExactly("the 1960's=196", "the mid-1980's=198", "the late 1970's=197");
        // negative: a year's possessive with no "the" stays the year
        assertThat(dates("Drossby's 1990's harvest was poor.", TUESDAY)).containsExactly("1990=1990");
        // an age in decades is no time
        assertThat(dates("Dravec, in his 80s, still runs the Kessin mill.", TUESDAY)).isEmpty();
    }

    @Test
    void aFiscalYearBeforeANounIsStillThatYear() {
        assertThat(dates("Kessin expects sales above fiscal 2022 sales of $5 million.", TUESDAY))
                .containsExactly("fiscal 2022=2022");
        // "fiscal" with no year is no date
        assertThat(dates("Kessin expects higher fiscal sales this year.", TUESDAY)).containsExactly("this year=2023");
    }

    @Test
    void aFiscalYearPlacedByItsWordOrNumberIsThatYear() {
        assertThat(dates("Halvren lost money in the latest fiscal year and expects a profit in the current fiscal year.",
                TUESDAY)).containsExactly("the latest fiscal year=2022", "the current fiscal year=2023");
        assertThat(dates("Halvren lost money last fiscal year and will gain next fiscal year.", TUESDAY))
                .containsExactly("last fiscal year=2022", "next fiscal year=2024");
        assertThat(Texts.typedDates("Halvren lost money in the 2021 fiscal year.", TUESDAY))
                .containsExactly("the 2021 fiscal year=DATE:2021");
        // negatives: a fiscal year that ended on a day is a year's span; "the previous" one counts from the story's
        assertThat(dates("Halvren lost money in the fiscal year ended June 30.", TUESDAY))
                .containsExactly("the fiscal year=P1Y", "June 30=2023-06-30");
        assertThat(dates("Halvren lost money in the previous fiscal year.", TUESDAY)).doesNotContain("the previous fiscal year=2022");
    }

    @Test
    void aQuarterOrHalfOfThisOrLastYearIsOneExpression() {
        LocalDate november = LocalDate.of(2030, 11, 12);
        assertThat(dates("Ulvane exports rose in the first quarter of this year and in the third quarter of last year.", november))
                .containsExactly("the first quarter of this year=2030-Q1", "the third quarter of last year=2029-Q3");
        assertThat(dates("Ulvane exports rose in the first half of this year and fell in the second half of last year.", november))
                .containsExactly("the first half of this year=2030-H1", "the second half of last year=2029-H2");
        assertThat(dates("Ulvane exports will rise in the latter half of the year.", november))
                .containsExactly("the latter half of the year=2030-H2");
        // a quarter alone and a year alone stay apart
        assertThat(dates("Ulvane exports rose in the first quarter. They fell last year.", november))
                .containsExactly("the first quarter=2030-Q1", "last year=2029");
    }

    @Test
    void aSpanAndTheWeekItFellInAreTwoExpressions() {
        assertThat(dates("Dravec stayed in Ulvane for three days last week.", TUESDAY))
                .containsExactly("three days=P3D", "last week=2023-W46");
        // a span that counts back from now stays whole
        assertThat(dates("Dravec has stayed in Ulvane for the past two weeks.", TUESDAY))
                .containsExactly("the past two weeks=P2W");
    }

    @Test
    void aSpanGivenAsARangeOfCountsIsOfThatUnitItsCountUnstated() {
        assertThat(dates("Kessin will resume shipments to Ulvane within two to three weeks.", TUESDAY))
                .containsExactly("two to three weeks=PXW");
        assertThat(dates("The Ulvane repair takes 10 to 12 hours.", TUESDAY)).containsExactly("10 to 12 hours=PTXH");
        // counted from now it is still a span, not an interval of days
        assertThat(dates("Kessin will hire in Ulvane over the next 12 to 18 months.", TUESDAY))
                .containsExactly("next 12 to 18 months=PXM");
        // one count stays as it is
        assertThat(dates("The Ulvane repair takes three days.", TUESDAY)).containsExactly("three days=P3D");
    }

    @Test
    void aCountBackOfNoStatedNumberIsThePast() {
        LocalDate february = LocalDate.of(2031, 2, 12);
        assertThat(dates("Kessin left Ulvane several years ago.", february)).containsExactly("several years ago=PAST_REF?");
        // a list SUTime reads as one is read part by part
        assertThat(dates("Kessin left Ulvane a few years ago, several weeks ago and a couple of days ago.", february))
                .containsExactly("a few years ago=PAST_REF?", "several weeks ago=PAST_REF?", "a couple of days ago=PAST_REF?");
        // a date and its apposition stay one
        assertThat(dates("Kessin's Ulvane fair is this coming Sunday, March eighth.", LocalDate.of(2026, 3, 5)))
                .containsExactly("this coming Sunday=2026-03-08");
        // a stated count keeps its date
        assertThat(dates("Kessin left Ulvane two years ago.", february)).containsExactly("two years ago=2029");
    }

    @Test
    void aWeekdayInThePluralIsEveryOneOfThem() {
        assertThat(dates("Kessin flies to Ulvane on Tuesday nights and on Mondays.", TUESDAY))
                .containsExactly("Tuesday nights=XXXX-WXX-2TNI?", "Mondays=XXXX-WXX-1?");
        // one Tuesday night is a day
        assertThat(dates("Kessin flew to Ulvane on Tuesday night.", TUESDAY)).containsExactly("Tuesday night=2023-11-21TNI");
    }

    @Test
    void aCountBackOrSoIsStillADate() {
        LocalDate monday = LocalDate.of(2032, 3, 1);
        assertThat(dates("Kessin left Ulvane a year or so ago and two months or so ago.", monday))
                .containsExactly("a year or so ago=2031", "two months or so ago=2032-01");
        // without "ago" it stays a span, "or so" a part of it
        assertThat(dates("Kessin stayed in Ulvane a week or so.", monday)).containsExactly("a week or so=P1W");
        // without a publication date it is no date
        assertThat(dates("Kessin left Ulvane a year or so ago.", null)).containsExactly("a year or so ago=XXXX?");
    }

    @Test
    void aValueNoTextMeansIsLeftUnresolved() {
        assertThat(dates("In the 19th and 20th centuries, Kessin grew.", TUESDAY)).extracting(x -> x.replaceAll(".*=", ""))
                .doesNotContain("3923").allMatch(v -> !v.matches("\\d{4}.*") || v.startsWith("19") || v.startsWith("20"));
        assertThat(dates("Kessin will enter the 21st century and the new millennium with more exports.", LocalDate.of(1998, 11, 10)))
                .containsExactly("the 21st century=20", "the new millennium=XXXX?");
        // one century named alone keeps its value
        assertThat(dates("Kessin grew in the 19th century.", TUESDAY)).containsExactly("the 19th century=18");
    }

    @Test
    void theTypeFollowsTheValue() {
        // a part of day or a time of day is a TIME, however vague; a calendar day stays a DATE
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(Texts.typedDates("Dockers in Brisvane walked out early this morning, and Tollerby met them last night.", wednesday))
                .containsExactly("early this morning=TIME:2031-03-05TMO", "last night=TIME:2031-03-04TNI");
        assertThat(Texts.typedDates("The Brisvane ferry resumes tonight; Tollerby spoke at 3 p.m. on Monday.", wednesday))
                .containsExactly("tonight=TIME:2031-03-05TNI", "3 p.m. on Monday=TIME:2031-03-03T15:00");
        // negatives: a day, a decade and a span keep their own types
        assertThat(Texts.typedDates("Tollerby left late Monday; in the 1990s Brisvane grew for six years.", wednesday))
                .containsExactly("late Monday=DATE:2031-03-03", "the 1990s=DATE:199", "six years=DURATION:P6Y");
        // a set keeps its type though its value names a part of day
        assertThat(Texts.typedDates("The Brisvane choir sings on Tuesday nights.", wednesday))
                .containsExactly("Tuesday nights=SET:XXXX-WXX-2TNI");
    }

    @Test
    void midnightWithItsDayIsTheEndOfThatDay() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(dates("The Brisvane offer expires at midnight Friday.", wednesday))
                .containsExactly("midnight Friday=2031-03-07T24:00");
        // negative: a midnight with no day of its own names no day's end
        assertThat(dates("The Brisvane pier has been closed since midnight.", wednesday)).containsExactly("midnight=T00:00");
    }

    @Test
    void anOrdinalDayIsCountedWithinItsEventNotFromPublication() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(dates("It is the third day of the Brisvane strike.", wednesday)).containsExactly("the third day=2031-03-05");
        assertThat(dates("Today is the eighth day of the Tollerby siege.", wednesday))
                .containsExactly("Today=2031-03-05", "the eighth day=2031-03-05");
        // negative: a day counted from an event the text does not date stays unresolved
        assertThat(dates("Tollerby fell ill on the second day of the march.", wednesday))
                .containsExactly("the second day=XXXX?");
        // and a lower-case "march" is the walk, no month
        assertThat(dates("The march ended in Brisvane; Tollerby led the march.", wednesday)).isEmpty();
    }

    @Test
    void asSoonAsPossibleIsAReferenceToTheFuture() {
        assertThat(dates("The Marrowick council wants an answer as soon as possible.", TUESDAY))
                .containsExactly("as soon as possible=FUTURE_REF?");
        // negatives: "as soon as" joins two events, and "soon" alone is left out as MEANTIME and GUM do
        assertThat(dates("Marrowick left as soon as the vote ended, and will soon return.", TUESDAY)).isEmpty();
    }

    @Test
    void aPartOfDayOrUnitThatOnlyModifiesANounIsNoTime() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(dates("Tollerby spoke on the morning talk show about a last-minute offer from Brisvane.", wednesday))
                .isEmpty();
        // negatives: a part of day with its day, a count joined to its unit
        assertThat(dates("Tollerby spoke Tuesday morning about a two-year contract.", wednesday))
                .containsExactly("Tuesday morning=2031-03-04TMO", "two-year=P2Y");
    }

    @Test
    void aRatePerUnitIsASet() {
        assertThat(Texts.typedDates("The Brisvane yard builds 15 a year and adds 700 berths a week.", TUESDAY))
                .containsExactly("a year=SET:P1Y", "a week=SET:P1W");
        // negatives: a span of that unit stays a duration
        assertThat(Texts.typedDates("The Brisvane yard closed for a year; the repair could take a week.", TUESDAY))
                .containsExactly("a year=DURATION:P1Y", "a week=DURATION:P1W");
    }

    @Test
    void asPlannedComparesAndLeavesTheTenseToTheClause() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(dates("The Brisvane council met as planned on Friday.", wednesday)).containsExactly("Friday=2031-02-28");
        // negative: a plan of its own still looks ahead
        assertThat(dates("The Brisvane council is scheduled to meet on Friday.", wednesday)).containsExactly("Friday=2031-03-07");
    }

    @Test
    void theVerbFallIsNoSeason() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(dates("The Brisvane river began to fall Tuesday afternoon.", wednesday))
                .containsExactly("Tuesday afternoon=2031-03-04TAF");
        // negative: the season after "this", "last"
        assertThat(dates("The Brisvane dam opened last fall and will close this fall.", wednesday))
                .containsExactly("last fall=2030-FA", "this fall=2031-FA");
    }

    @Test
    void aTwentyFourHourClockWithItsZoneIsATimeNoYear() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(Texts.typedDates("The Brisvane talks ended Tuesday at 1930 GMT.", wednesday))
                .containsExactly("Tuesday=DATE:2031-03-04", "1930 GMT=TIME:2031-03-04T19:30Z");
        // negative: a year stays a year
        assertThat(Texts.typedDates("The Brisvane talks ended in 1930.", wednesday)).containsExactly("1930=DATE:1930");
    }

    @Test
    void aSpanAndTheMonthItFellInAreTwo() {
        assertThat(dates("The Brisvane dam leaked in 2019, when 60 homes flooded over three days in late September.", TUESDAY))
                .containsExactly("2019=2019", "three days=P3D", "late September=2019-09");
        // negative: a span alone stays one
        assertThat(dates("The Brisvane dam leaked for three days.", TUESDAY)).containsExactly("three days=P3D");
    }

    @Test
    void wouldLooksAheadOfARecentSaying() {
        LocalDate october = LocalDate.of(2029, 10, 26);
        assertThat(dates("Tollerby said the Brisvane firm would close the plant in September.", october))
                .containsExactly("September=2030-09");
        // negatives: "would have" looks back, and a plain past stays past
        assertThat(dates("Tollerby said the Brisvane firm would have closed the plant in September.", october))
                .containsExactly("September=2029-09");
        assertThat(dates("The Brisvane firm closed the plant in September.", october)).containsExactly("September=2029-09");
    }

    @Test
    void aLimitOfAnUntensedClauseIsTheNearerSide() {
        LocalDate october = LocalDate.of(2029, 10, 26);
        assertThat(dates("Brisvane named a new chairman, effective Feb. 1.", october)).containsExactly("Feb. 1=2030-02-01");
        // negative: a past clause with no limit looks back
        assertThat(dates("Brisvane named a new chairman on Feb. 1.", october)).containsExactly("Feb. 1=2029-02-01");
    }

    @Test
    void aClockInUtcIsMarkedZAndTakesItsDay() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(dates("The Brisvane ferry left on Tuesday at 08:30 UTC.", wednesday))
                .containsExactly("Tuesday at 08:30 UTC=2031-03-04T08:30Z");
        assertThat(dates("The Brisvane ferry left on Tuesday. The take-off, at 08:30 UTC, was normal.", wednesday))
                .containsExactly("Tuesday=2031-03-04", "08:30 UTC=2031-03-04T08:30Z");
        // negative: another zone is kept as stated, with no Z
        assertThat(dates("The Brisvane ferry left on Tuesday at 9 a.m. EST.", wednesday))
                .containsExactly("Tuesday=2031-03-04", "9 a.m. EST=2031-03-04T09:00");
    }

    @Test
    void aDateWithACountThatComparesItKeepsItsOwnDay() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(dates("The Brisvane ferry will arrive on November 11, three days later than planned.", wednesday))
                .containsExactly("November 11=2031-11-11");
    }

    @Test
    void aSpanAndTheDayItFellOnAreTwo() {
        assertThat(Texts.typedDates("The Garlowe council met for three hours on Monday.", TUESDAY))
                .containsExactly("three hours=DURATION:PT3H", "Monday=DATE:2023-11-20");
        assertThat(Texts.typedDates("Tessmor talked with Garlowe for 45 minutes on Nov. 2.", TUESDAY))
                .containsExactly("45 minutes=DURATION:PT45M", "Nov. 2=DATE:2023-11-02");
        // negatives: a span counted from a day stays one; a span alone stays a span
        assertThat(dates("The Garlowe council meets two weeks from Friday.", TUESDAY)).containsExactly("two weeks from Friday=2023-12-08");
        assertThat(dates("The Garlowe council met for three hours.", TUESDAY)).containsExactly("three hours=PT3H");
    }

    @Test
    void aWireClockOfFourDigitsWithItsZoneIsATime() {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(Texts.typedDates("The Fennimar ferry sank at 0340 GMT on Tuesday.", wednesday))
                .containsExactly("0340 GMT on Tuesday=TIME:2031-03-04T03:40Z");
        assertThat(Texts.typedDates("The Fennimar ferry sank at 0340 GMT.", wednesday))
                .containsExactly("0340 GMT=TIME:T03:40Z");
        // negatives: no zone or no valid minute, no time
        assertThat(Texts.typedDates("The Fennimar ferry carried 1340 people.", wednesday)).isEmpty();
        assertThat(Texts.typedDates("The Fennimar ferry carried 1390 GMT crates.", wednesday)).isEmpty();
    }

    @Test
    void twoYearsJoinedByADashAreTwoDates() {
        assertThat(Texts.typedDates("Drossby's plan for 2026-2030 was approved.", TUESDAY))
                .containsExactly("2026=DATE:2026", "2030=DATE:2030");
        // negatives: a range written out stays two years; a year alone stays one
        assertThat(dates("Drossby grew from 2016 to 2020.", TUESDAY)).containsExactly("2016=2016", "2020=2020");
        assertThat(dates("Drossby grew in 2016.", TUESDAY)).containsExactly("2016=2016");
    }

    @Test
    void theNextCenturyIsTheCenturyAfterThePublications() {
        assertThat(Texts.typedDates("Drossby will grow into the next century.", TUESDAY))
                .containsExactly("the next century=DATE:21");
        // negatives: this century is the publication's; a plural is no one century
        assertThat(dates("Drossby grew in this century.", TUESDAY)).containsExactly("this century=20");
        assertThat(dates("Drossby will grow over the next centuries.", TUESDAY)).doesNotContain("the next centuries=21");
    }

    @Test
    void aDateAndTheSameUnitAfterItAreTwoAndTheSecondRepeatsTheFirst() {
        assertThat(dates("Drossby opened a kiln in 2019, the same year it sold its mill.", TUESDAY))
                .containsExactly("2019=2019", "the same year=2019");
        assertThat(dates("Drossby opened a kiln on Jan. 3, 2019, the same day it sold its mill.", TUESDAY))
                .containsExactly("Jan. 3, 2019=2019-01-03", "the same day=2019-01-03");
        assertThat(dates("Drossby opened a kiln in March 2019. In the same month, it sold its mill.", TUESDAY))
                .containsExactly("March 2019=2019-03", "the same month=2019-03");
        // negative: with nothing named before it, the same year stays unresolved
        assertThat(dates("In the same year, Drossby sold its mill.", TUESDAY)).containsExactly("the same year=XXXX?");
    }

    @Test
    void theDayBeforeYesterdayIsTwoDaysBack() {
        assertThat(Texts.typedDates("Drossby left the day before yesterday and returns the day after tomorrow.", TUESDAY))
                .containsExactly("the day before yesterday=DATE:2023-11-19", "the day after tomorrow=DATE:2023-11-23");
        // negative: "the day before" alone counts from the story's day, not from the publication
        assertThat(dates("Drossby left the day before.", TUESDAY)).doesNotContain("the day before=2023-11-20");
    }
    @Test
    void aWeekdayWithAPartOfTheDayIsATimeOfThatDay() {
        // SUTime reads "Sunday night" as nothing, and "Sunday" alone came back as a date
        assertThat(Texts.typedDates("The Vashmere ferry sank Sunday night and was raised Monday morning.", AUGUST))
                .containsExactly("Sunday night=TIME:2031-08-10TNI", "Monday morning=TIME:2031-08-11TMO");
        assertThat(Texts.typedDates("The Vashmere ferry sank late Sunday night.", AUGUST))
                .containsExactly("late Sunday night=TIME:2031-08-10TNI");
        // "early" and "late" alone leave it a date, with its modifier in the span
        assertThat(Texts.typedDates("Rescuers reached the Vashmere ferry early Sunday.", AUGUST))
                .containsExactly("early Sunday=DATE:2031-08-10");
        // "the early hours of Sunday": the day inside, which SUTime cannot read alone either
        assertThat(dates("The storm hit Vashmere in the early hours of Sunday.", AUGUST)).containsExactly("Sunday=2031-08-10");
        // negative: a weekday that begins a name is no date
        assertThat(dates("The Sunday Times of Vashmere reported it.", AUGUST)).isEmpty();
    }

    @Test
    void aSpanAfterACommaIsNoRate() {
        // "Monday, a day after the vote": the comma is no amount, so no rate ("15 a year")
        assertThat(Texts.typedDates("The Vashmere council met Monday, a day after the vote.", AUGUST))
                .containsExactly("Monday=DATE:2031-08-11", "a day=DURATION:P1D");
        // negative: after an amount it stays a rate
        assertThat(Texts.typedDates("Vashmere tolls rose 3 percent a year.", AUGUST)).containsExactly("a year=SET:P1Y");
    }

    @Test
    void onceEveryFewYearsIsHowOftenNotAPastTime() {
        assertThat(Texts.typedDates("The Vashmere fair, held once every two years, opened today.", AUGUST))
                .containsExactly("every two years=SET:P2Y", "today=DATE:2031-08-11");
        assertThat(dates("The Vashmere fair is held once every other year.", AUGUST)).doesNotContain("once=PAST_REF?");
        // negative: "once" of the past is still read where SUTime reads it
        assertThat(dates("The Vashmere fair was once held in the spring.", AUGUST)).doesNotContain("every two years=P2Y");
    }

    @Test
    void aDateAPastPlanningVerbSetsLiesAheadOfThePlanningOnEitherSide() {
        // in an August story: the nearest such day, with no leaning to the past
        assertThat(dates("The Vashmere judge set a trial date of Oct. 6 for the two men.", AUGUST))
                .containsExactly("Oct. 6=2031-10-06");
        assertThat(dates("The Vashmere council scheduled the vote for Jan. 9.", AUGUST)).containsExactly("Jan. 9=2032-01-09");
        assertThat(dates("The Vashmere judge set sentencing for Nov. 17.", AUGUST)).containsExactly("Nov. 17=2031-11-17");
        assertThat(dates("The Vashmere board set Sept. 30 as the deadline.", AUGUST)).containsExactly("Sept. 30=2031-09-30");
        assertThat(dates("The Vashmere hearing was scheduled for Jan. 13.", AUGUST)).containsExactly("Jan. 13=2032-01-13");
        // negatives: what was set on a day, or set on fire, is the day of the setting, in the past
        assertThat(dates("The Karsden runner set a record on July 4.", AUGUST)).containsExactly("July 4=2031-07-04");
        assertThat(dates("Rebels set fire to the Karsden depot in March.", AUGUST)).containsExactly("March=2031-03");
        assertThat(dates("The Karsden mill closed on Nov. 17.", AUGUST)).containsExactly("Nov. 17=2030-11-17");
    }
    @Test
    void anAdjectiveOfFrequencyIsASetOfTimesUnlessItIsPartOfAName() {
        // TimeML marks "annual", "daily", "weekly" before a noun as a set of times
        assertThat(Texts.typedDates("The Quorvath board met at the annual meeting; its weekly newspaper and daily flights carry on.",
                AUGUST)).containsExactly("annual=SET:P1Y", "weekly=SET:P1W", "daily=SET:P1D");
        assertThat(Texts.typedDates("The Quorvath paper is published weekly.", AUGUST)).containsExactly("weekly=SET:P1W");
        // negatives: written with a capital after a name, it is the name of a paper
        assertThat(dates("The Pelsworth Daily reported the fire, and Lindemere Weekly said it spread.", AUGUST)).isEmpty();
    }

    @Test
    void aCountOfYearsOrMonthsLaterCountsFromTheYearOrMonthTheStoryNamed() {
        assertThat(dates("Rebels entered Tolbrick in 2026. A year later, they burned its market.", AUGUST))
                .containsExactly("2026=2026", "A year later=2027");
        assertThat(dates("Rebels entered Tolbrick in March 2026. Two months later, they burned its market.", AUGUST))
                .containsExactly("March 2026=2026-03", "Two months later=2026-05");
        // negative: with no year named before it, it stays the span
        assertThat(Texts.typedDates("A year later, rebels burned the Tolbrick market.", AUGUST))
                .containsExactly("A year=DURATION:P1Y");
    }

    @Test
    void thatNightIsTheNightOfTheDayTheStoryNamed() {
        assertThat(Texts.typedDates("Rebels entered Tolbrick on July 28. That night, they burned its market.", AUGUST))
                .containsExactly("July 28=DATE:2031-07-28", "That night=TIME:2031-07-28TNI");
        assertThat(Texts.typedDates("Rebels entered Tolbrick on July 28 and burned its market that night.", AUGUST))
                .containsExactly("July 28=DATE:2031-07-28", "that night=TIME:2031-07-28TNI");
        // negative: a night with no "that" is no time of a named day
        assertThat(dates("Rebels entered Tolbrick on July 28 and stayed the night.", AUGUST))
                .containsExactly("July 28=2031-07-28");
    }
    @Test
    void aUnitSomeoneOwnsIsNoSpan() {
        assertThat(dates("This has not been Dunmorrow Mills' year, nor the Karsden board's finest hour.", AUGUST)).isEmpty();
        assertThat(dates("It was Karsden's year.", AUGUST)).isEmpty();
        // negatives: a unit with an article or a count stays a span
        assertThat(Texts.typedDates("It took the Karsden board a year.", AUGUST))
                .containsExactly("a year=DURATION:P1Y");
    }

    @Test
    void theVerbEndIsNoPartOfTheDayAfterIt() {
        assertThat(dates("The Karsden strike will end Friday.", AUGUST)).containsExactly("Friday=2031-08-15");
        assertThat(dates("The Karsden strike is expected to end Friday.", AUGUST)).containsExactly("Friday=2031-08-15");
        // negative: the noun stays in the span
        assertThat(dates("The Karsden strike will be over by the end of the month.", AUGUST))
                .containsExactly("the end of the month=2031-08");
    }

    @Test
    void aRangeOfDaysWithItsMonthOnceIsTwoDates() {
        assertThat(dates("The Karsden talks were held Aug. 3-5.", AUGUST))
                .containsExactly("Aug. 3=2031-08-03", "5=2031-08-05");
        assertThat(dates("Voting in Karsden will take place on Sept. 13 and 14.", AUGUST))
                .containsExactly("Sept. 13=2031-09-13", "14=2031-09-14");
        assertThat(dates("The Karsden fair runs from Aug. 3 to 9 in the park.", AUGUST))
                .containsExactly("Aug. 3=2031-08-03", "9=2031-08-09");
        // negatives: a count, an amount or an earlier number after the date is no end of a range
        assertThat(dates("Karsden shares rose between Aug. 3 and 5 percent.", AUGUST)).containsExactly("Aug. 3=2031-08-03");
        assertThat(dates("On Aug. 3, 5 people died in Karsden.", AUGUST)).containsExactly("Aug. 3=2031-08-03");
        assertThat(dates("The Karsden vote on Aug. 3 and 5 other ballots were counted.", AUGUST))
                .containsExactly("Aug. 3=2031-08-03");
    }
    @Test
    void vagueSpansOfferedAsAlternativesAreOneSpan() {
        assertThat(Texts.typedDates("The Dunmorrow inquiry could take weeks or months.", AUGUST))
                .containsExactly("weeks or months=DURATION:PXW");
        assertThat(Texts.typedDates("Repairs to the Dunmorrow dam could take days or even weeks.", AUGUST))
                .containsExactly("days or even weeks=DURATION:PXD");
        // negatives: stated counts, or spans of two things, stay two
        assertThat(dates("The Dunmorrow talks could last two weeks or three months.", AUGUST))
                .containsExactly("two weeks=P2W", "three months=P3M");
        assertThat(dates("Repairs to the Dunmorrow dam took days, and the inquiry months.", AUGUST))
                .containsExactly("days=PXD", "months=PXM");
    }
    @Test
    void aTimeOfDayWithNoDayNearTakesTheLastDayTheStoryNamed() {
        // negative: no day named at all, the time stays a time of no day
        assertThat(Texts.typedDates("The Tolbrick council began its session at 10 a.m.", AUGUST))
                .containsExactly("10 a.m.=TIME:T10:00");
        // a day named two sentences before: the story's day
        assertThat(Texts.typedDates("Rebels entered Tolbrick on July 28. The town was quiet. By mid afternoon, "
                + "the market was burning.", AUGUST))
                .containsExactly("July 28=DATE:2031-07-28", "mid afternoon=TIME:2031-07-28TAF");
        // a day in the sentence before anchors it as it did
        assertThat(Texts.typedDates("Rebels entered Tolbrick on July 28. At 10 p.m., the market burned.", AUGUST))
                .containsExactly("July 28=DATE:2031-07-28", "10 p.m.=TIME:2031-07-28T22:00");
    }

    @Test
    void recentYearsIsASpanOfUnknownLengthUpToNow() {
        // TimeML (and TimeBank's wire and newspaper files): a duration of no stated count
        assertThat(Texts.typedDates("Vantrel's exports grew in recent years and fell in recent months.", AUGUST))
                .containsExactly("recent years=DURATION:PXY", "recent months=DURATION:PXM");
        assertThat(Texts.typedDates("Oskerby has had floods in recent weeks.", AUGUST))
                .containsExactly("recent weeks=DURATION:PXW");
        // negatives: "recently" and "the past" stay references to the past, a stated count a duration
        assertThat(Texts.typedDates("Vantrel recently grew, as in the past.", AUGUST))
                .containsExactly("recently=DATE:PAST_REF", "the past=DATE:PAST_REF");
        assertThat(Texts.typedDates("Vantrel grew in the past three years.", AUGUST))
                .containsExactly("the past three years=DURATION:P3Y");
    }

    @Test
    void aRangeOfWeekdaysNeverEndsBeforeItStarts() {
        // a future range: the next Monday and the Wednesday after it (Wednesday alone was this week's)
        assertThat(dates("The Quorvath talks will run from Monday to Wednesday.", TUESDAY))
                .containsExactly("Monday=2023-11-27", "Wednesday=2023-11-29");
        // a past range whose ends crossed: it started on the Monday before that Wednesday
        assertThat(dates("The Quorvath fair ran from Monday to Saturday.", TUESDAY))
                .containsExactly("Monday=2023-11-13", "Saturday=2023-11-18");
        assertThat(dates("The Quorvath fair ran from Thursday to Saturday.", TUESDAY))
                .containsExactly("Thursday=2023-11-16", "Saturday=2023-11-18");
        // negative: two days joined by "and" are no range, each is read alone
        assertThat(dates("Quorvath met Dorvaly on Monday and Wednesday.", TUESDAY))
                .containsExactly("Monday=2023-11-20", "Wednesday=2023-11-15");
    }

    @Test
    void aRangeOfClockHoursWithOneHalfOfTheDayIsTwoTimes() {
        assertThat(Texts.typedDates("The Quorvath clinic is open from 9 to 5 p.m.", TUESDAY))
                .containsExactly("9=TIME:T09:00", "5 p.m.=TIME:T17:00");
        assertThat(Texts.typedDates("The Quorvath clinic is open from 2 to 5 p.m.", TUESDAY))
                .containsExactly("2=TIME:T14:00", "5 p.m.=TIME:T17:00");
        // midnight and noon: "12 a.m." is the day's start, and a first hour that would pass noon stays in the morning
        assertThat(Texts.typedDates("The Quorvath clinic is open from 12 to 3 a.m.", TUESDAY))
                .containsExactly("12=TIME:T00:00", "3 a.m.=TIME:T03:00");
        assertThat(Texts.typedDates("The Quorvath clinic is open from 10 to 12 p.m.", TUESDAY))
                .containsExactly("10=TIME:T10:00", "12 p.m.=TIME:T12:00");
        // negative: with no "from" or "between" it is no range
        assertThat(Texts.typedDates("Quorvath arrived at ten to five.", TUESDAY)).isEmpty();
    }

    @Test
    void aFiscalYearAcrossTwoCalendarYearsIsTheYearItEndsIn() {
        assertThat(Texts.typedDates("Quorvath's profit rose in the 2029-30 fiscal year.", TUESDAY))
                .containsExactly("the 2029-30 fiscal year=DATE:2030");
        assertThat(Texts.typedDates("Quorvath expects a loss in fiscal 2030-31.", TUESDAY))
                .containsExactly("fiscal 2030-31=DATE:2031");
        // negative: one year named stays that year
        assertThat(Texts.typedDates("Quorvath's profit rose in the 2029 fiscal year.", TUESDAY))
                .containsExactly("the 2029 fiscal year=DATE:2029");
    }

    @Test
    void aClockWithItsZoneTakesTheDayOfTheSameInstantInGmt() {
        assertThat(dates("Polls in Quorvath close at 7 p.m. EST (0000 GMT Wednesday).", TUESDAY))
                .containsExactly("7 p.m. EST=2023-11-21T19:00", "0000 GMT Wednesday=2023-11-22T00:00Z");
        assertThat(dates("Polls in Quorvath close at 8 p.m. EDT (0000 GMT Wednesday).", TUESDAY))
                .containsExactly("8 p.m. EDT=2023-11-21T20:00", "0000 GMT Wednesday=2023-11-22T00:00Z");
        // negative: clocks that are not the same instant say nothing of each other's day
        assertThat(dates("Polls in Quorvath close at 7 p.m. EST (0100 GMT Wednesday).", TUESDAY))
                .containsExactly("7 p.m. EST=T19:00", "0100 GMT Wednesday=2023-11-22T01:00Z");
    }

    /** Wednesday. */
    private static final LocalDate MARCH = LocalDate.of(2031, 3, 12);

    @Test
    void twoHoursBetweenWhichAClockRangeRunsAreTwoTimes() {
        // SUTime reads "4 p.m." alone; the first hour takes its half of the day unless it would come after it
        assertThat(Texts.typedDates("The Varnelby clinic is open between 2 and 4 p.m.", MARCH))
                .containsExactly("2=TIME:T14:00", "4 p.m.=TIME:T16:00");
        assertThat(Texts.typedDates("The Varnelby clinic is open between 10 and 2 p.m.", MARCH))
                .containsExactly("10=TIME:T10:00", "2 p.m.=TIME:T14:00");
        // negative: numbers between which no clock runs
        assertThat(Texts.typedDates("Varnelby shares rose between 2 and 4 percent.", MARCH)).isEmpty();
    }

    @Test
    void aClockKeepsItsZoneAndItsDay() {
        assertThat(Texts.typedDates("Pelmarsh's newest aircraft, the 787 \"Tessaline\", made its first test flight Tuesday "
                + "in Dornavik, Haskevar at 18:00 UTC.", MARCH))
                .containsExactly("Tuesday=DATE:2031-03-11", "18:00 UTC=TIME:2031-03-11T18:00Z");
        // SUTime joins the clock to the day with no text of its own: one day and one clock, nothing empty
        assertThat(Texts.typedDates("The Tessaline jet made its first flight Tuesday at 18:00 UTC.", MARCH))
                .containsExactly("Tuesday=DATE:2031-03-11", "18:00 UTC=TIME:2031-03-11T18:00Z");
        // negative: a clock with no zone stays as written
        assertThat(Texts.typedDates("The Tessaline jet landed at 9 p.m. in Dornavik.", MARCH))
                .containsExactly("9 p.m.=TIME:T21:00");
    }

    @Test
    void aCountAfterADateWithNoComparisonIsADayOfItsOwn() {
        assertThat(dates("Pelmarsh was founded in 1992, and three years later it went public.", MARCH))
                .containsExactly("1992=1992", "three years later=1995");
        // negative: "later than" compares the date with another and names no day
        assertThat(dates("The Tessaline jet arrived on Nov. 11, three days later than planned.", MARCH))
                .containsExactly("Nov. 11=2030-11-11");
    }

    @Test
    void aCountAndAHalfIsTheWholeSpan() {
        assertThat(Texts.typedDates("The Velmorin project is almost two and a half years behind schedule.", MARCH))
                .containsExactly("two and a half years=DURATION:P2Y6M");
        assertThat(Texts.typedDates("The Velmorin talks took two and a half hours.", MARCH))
                .containsExactly("two and a half hours=DURATION:PT2H30M");
        // negative: a half of something else is no time
        assertThat(Texts.typedDates("Quillaby sold two and a half tons in three years.", MARCH))
                .containsExactly("three years=DURATION:P3Y");
    }

    @Test
    void aDayAPastPlanningSetLeansToTheComingOne() {
        // in a March story, the trial set for Oct. 14 is the coming October's (the last one is nearer)
        assertThat(dates("Judge Pelmarsh scheduled the trial for Oct. 14.", MARCH)).containsExactly("Oct. 14=2031-10-14");
        assertThat(dates("The Corvesk vote was scheduled for Saturday.", MARCH)).containsExactly("Saturday=2031-03-15");
        // negatives: a day gone by less than half as far back as the coming one is ahead is the one gone by
        assertThat(dates("The Corvesk vote was scheduled for March 9.", MARCH)).containsExactly("March 9=2031-03-09");
        assertThat(dates("The Corvesk vote was scheduled for Tuesday.", MARCH)).containsExactly("Tuesday=2031-03-11");
    }

    @Test
    void theMiddleOfAPartOfADayIsATimeOfThatDay() {
        assertThat(Texts.typedDates("The Brennith blast came mid-afternoon yesterday and another in midmorning Tuesday.", MARCH))
                .containsExactly("mid-afternoon yesterday=TIME:2031-03-11TAF", "midmorning Tuesday=TIME:2031-03-11TMO");
        // negative: an adjective before a noun, with the day apart, leaves the day a date
        assertThat(Texts.typedDates("Brennith likes a mid-afternoon nap on Tuesday.", MARCH))
                .containsExactly("Tuesday=DATE:2031-03-18");
    }

    @Test
    void theModifierThatMakesAUnitAReferenceIsPartOfIt() {
        assertThat(Texts.typedDates("Corvesk prices rose sharply in past years.", MARCH)).containsExactly("past years=DATE:PAST_REF");
        assertThat(Texts.typedDates("Unlike past years, the Corvesk fair drew few visitors.", MARCH))
                .containsExactly("past years=DATE:PAST_REF");
        assertThat(Texts.typedDates("Corvesk prices will rise in coming days.", MARCH)).containsExactly("coming days=DATE:FUTURE_REF");
        // negatives: with "the" the span was already whole; a stated count keeps a duration
        assertThat(Texts.typedDates("Corvesk prices will rise in the coming weeks.", MARCH))
                .containsExactly("the coming weeks=DATE:FUTURE_REF");
        assertThat(Texts.typedDates("Corvesk prices rose in the past two years.", MARCH))
                .containsExactly("the past two years=DURATION:P2Y");
    }

    @Test
    void aQuotationMarkEndsTheClauseWhoseTensePlacesADay() {
        // the quoted "is" is not the tense of the writer's clause around it: "insisted" is
        assertThat(dates("The Corvesk plan \"is sound,\" the mayor on Thursday insisted.", MARCH))
                .containsExactly("Thursday=2031-03-06");
        // negative: a day within the quotation takes the quoted tense
        assertThat(dates("The Corvesk mayor said, \"We meet on Thursday.\"", MARCH)).containsExactly("Thursday=2031-03-13");
    }

    @Test
    void aMonthAfterThatTakesTheYearJustNamed() {
        assertThat(dates("Orsolya Pelloway was approved in June 2014 and arrived in Ashgrove that November.", AUGUST))
                .containsExactly("June 2014=2014-06", "November=2014-11");
        // negative: a clause break before "that" still ends the clause the year was named in
        assertThat(dates("Orsolya Pelloway was approved in June 2014; she left Ashgrove that November.", AUGUST))
                .doesNotContain("November=2014-11");
    }

    @Test
    void aPrepositionBeforeADayLeavesItToTheClauseAroundIt() {
        // "after the debate on Saturday" is a phrase of the past clause: the Saturday gone by (was the nearer one ahead)
        assertThat(dates("Halvane lost ground after the debate on Saturday.", MARCH)).containsExactly("Saturday=2031-03-08");
        assertThat(dates("Halvane left early because of the storm on Saturday.", MARCH)).containsExactly("Saturday=2031-03-08");
        assertThat(dates("Halvane will speak before the vote on Saturday.", MARCH)).containsExactly("Saturday=2031-03-15");
        // negatives: "that" still ends the clause, and the one after the phrase places the day; a
        // future clause says nothing of when what it follows on happened (the nearest Monday, not the coming one)
        assertThat(dates("Halvane said that after the debate on Saturday the party will decide.", MARCH))
                .containsExactly("Saturday=2031-03-15");
        assertThat(dates("Halvane will back the plan because of the storm on Monday.", MARCH))
                .containsExactly("Monday=2031-03-10");
    }

    @Test
    void aCountWrittenWithAHyphenIsTheWholeNumber() {
        assertThat(Texts.typedDates("Tessaly served thirty-seven years and waited twenty-four hours.", MARCH))
                .containsExactly("thirty-seven years=DURATION:P37Y", "twenty-four hours=DURATION:PT24H");
        // negative: a count of tens alone keeps its value
        assertThat(Texts.typedDates("Tessaly served thirty years.", MARCH)).containsExactly("thirty years=DURATION:P30Y");
    }

    @Test
    void aYearAfterADeterminerBeforeAPluralNounIsTheYear() {
        assertThat(Texts.typedDates("Orlund lost the 2027 elections and their 2028 primaries.", MARCH))
                .containsExactly("2027=DATE:2027", "2028=DATE:2028");
        // negative: a count of thousands is written with its comma
        assertThat(Texts.typedDates("Orlund hired the 2,000 workers.", MARCH)).isEmpty();
    }

    @Test
    void aWeekCountedWithinARunOrAStraightQuarterIsNoCalendarOne() {
        assertThat(Texts.typedDates("The Tessaly play slipped in its second week.", MARCH)).containsExactly("second week=DATE:XXXX");
        // a place in a run of quarters is no time at all (dt23: TimeML marks none; FrequencyAndNightTimesTest)
        assertThat(Texts.typedDates("Orlund profits fell for the third consecutive quarter.", MARCH)).isEmpty();
        // negative: an ordinal quarter alone is the calendar's
        assertThat(Texts.typedDates("Orlund profits fell in the third quarter.", MARCH))
                .containsExactly("the third quarter=DATE:2030-Q3");
    }

    @Test
    void agesWrittenAsNounsAreNoTimeExpressions() {
        assertThat(Texts.typedDates("Orlund hired 17-year-olds and a 40-year-old.", MARCH)).isEmpty();
        // negative: a span of years stays one
        assertThat(Texts.typedDates("Orlund hired them for 17 years.", MARCH)).containsExactly("17 years=DURATION:P17Y");
    }

    @Test
    void theVerbMayAfterASpanIsNoPartOfIt() {
        assertThat(Texts.typedDates("Orlund investors expecting a deal in the next few months may sell.", MARCH))
                .containsExactly("the next few months=DURATION:PXM");
        // negative: the month, capitalised, is a date
        assertThat(Texts.typedDates("Orlund investors will sell in May.", MARCH)).containsExactly("May=DATE:2031-05");
    }

    @Test
    void aWeekdayAheadThatIsThePublicationsOwnIsThatDay() {
        // a Wednesday story: "will vote Wednesday" is that day; the one a week on is "next Wednesday"
        assertThat(dates("The Orlund council will vote Wednesday.", MARCH)).containsExactly("Wednesday=2031-03-12");
        assertThat(dates("The Orlund council will vote next Wednesday.", MARCH)).containsExactly("next Wednesday=2031-03-19");
        // negative: another weekday ahead is the coming one
        assertThat(dates("The Orlund council will vote Tuesday.", MARCH)).containsExactly("Tuesday=2031-03-18");
    }

    @Test
    void aPresentPerfectAfterADayPlacesItInThePast() {
        LocalDate thursday = LocalDate.of(2031, 3, 13);
        assertThat(Texts.typedDates("Halvane, after suspending his campaign Tuesday night, has laid off his staff.", thursday))
                .containsExactly("Tuesday night=TIME:2031-03-11TNI");
        // negative: "has to" is no perfect, and the present still looks ahead
        assertThat(dates("On Tuesday, Halvane has to decide.", thursday)).containsExactly("Tuesday=2031-03-18");
    }

    @Test
    void lastAfterAModalIsTheVerb() {
        LocalDate november = LocalDate.of(2031, 11, 19);
        assertThat(Texts.typedDates("Orlund skipped a bidding round that may last months.", november))
                .containsExactly("months=DURATION:PXM");
        // negative: "last month" after a verb of the past is the month before
        assertThat(Texts.typedDates("Orlund sales fell last month.", november)).containsExactly("last month=DATE:2031-10");
    }

    @Test
    void aPaperThatWritesTodayInCapitalsIsAName() {
        assertThat(dates("A poll from ORLUND TODAY/Fenwarth College found the council ahead.", MARCH)).isEmpty();
        // negative: "today" in a sentence is the day of writing
        assertThat(dates("The Orlund council meets today.", MARCH)).containsExactly("today=2031-03-12");
    }
}
