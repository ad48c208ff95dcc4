package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times in wire news of the kinds AQUAINT is made of (issue 14, dt21): a diplomatic report, a
 * disaster story, a feature, a sports report and business copy, on invented sentences, each with
 * what must not change.
 */
class WireNewsDatesTest {
    /** A Thursday in July. */
    private static final LocalDate JULY = LocalDate.of(2031, 7, 17);
    /** A Monday in June. */
    private static final LocalDate JUNE = LocalDate.of(2031, 6, 16);

    @Test
    void whatAHearerIsWarnedOfLiesAhead() {
        assertThat(Texts.dates("Harnwick warned investors of a loss in September.", JULY))
                .containsExactly("September=2031-09");
        assertThat(Texts.dates("The Brindlecombe council cautioned residents of water cuts in August.", JULY))
                .containsExactly("August=2031-08");
        assertThat(Texts.dates("Osterfell Mills notified its workers of layoffs in October.", JULY))
                .containsExactly("October=2031-10");
        // negative: the time of the warning itself, and a hearer with no "of"
        assertThat(Texts.dates("Harnwick warned investors in September.", JULY))
                .containsExactly("September=2030-09");
        assertThat(Texts.dates("Harnwick warned investors about the plant in September.", JULY))
                .containsExactly("September=2030-09");
        // negative: telling of a thing is no warning; a past perfect places nothing ahead
        assertThat(Texts.dates("Harnwick told investors of a loss in September.", JULY))
                .containsExactly("September=2030-09");
        assertThat(Texts.dates("Harnwick had warned investors of a loss in September.", JULY))
                .containsExactly("September=2030-09");
    }

    @Test
    void aGerundAfterBeforeTakesAFutureClausesTime() {
        assertThat(Texts.dates("Orlenko will visit Quenlow before leaving for home on Friday.", JUNE))
                .containsExactly("Friday=2031-06-20");
        assertThat(Texts.dates("The Tessary envoy is to tour Marrowgate before flying to Lunvik on Thursday.", JUNE))
                .containsExactly("Thursday=2031-06-19");
        // negative: a past clause's day is the one gone by, whichever the order
        assertThat(Texts.dates("Orlenko visited Quenlow before leaving for home on Friday.", JUNE))
                .containsExactly("Friday=2031-06-13");
        assertThat(Texts.dates("Orlenko visited Quenlow after arriving on Friday.", JUNE))
                .containsExactly("Friday=2031-06-13");
    }

    @Test
    void aHyphenedQuarterOrHalfOfAUnitIsOneLength() {
        assertThat(Texts.typedDates("The Dunmere Rovers ended a quarter-century rivalry with Ashgate on Saturday.", JULY))
                .containsExactly("a quarter-century=DURATION:P25Y", "Saturday=DATE:2031-07-12");
        assertThat(Texts.typedDates("The Caddiwick mill stood empty for a half-century.", JULY))
                .containsExactly("half-century=DURATION:P50Y");
        assertThat(Texts.typedDates("The Veltane feud has lasted a quarter century.", JULY))
                .containsExactly("a quarter century=DURATION:P25Y");
        // negative: an ordinal part of a year is no length of half a year
        assertThat(Texts.typedDates("Veltane's sales rose 4 percent in the first half.", JULY))
                .extracting(s -> s.substring(s.indexOf('=') + 1, s.indexOf(':'))).doesNotContain("DURATION");
    }

    @Test
    void aQuarterOfAMeasureIsNoQuarterOfAYear() {
        assertThat(Texts.typedDates("The Tessary central bank cut its key rate by a quarter point on Thursday.", JULY))
                .containsExactly("Thursday=DATE:2031-07-17");
        assertThat(Texts.typedDates("Lunvik Bank made a quarter-point cut.", JULY)).isEmpty();
        assertThat(Texts.typedDates("Dramholt sold a quarter stake in the Iskary mill.", JULY)).isEmpty();
        // negative: a quarter of a time, and the quarter of a business year, stay
        assertThat(Texts.typedDates("The Iskary ferry was late by a quarter hour.", JULY))
                .containsExactly("a quarter hour=DURATION:PT15M");
        assertThat(Texts.typedDates("Dramholt's profit rose 5 percent in the quarter.", JULY))
                .containsExactly("the quarter=DATE:2031-Q2");
    }

    @Test
    void aWeekEndWithItsHyphenIsAWeekend() {
        assertThat(Texts.typedDates("The Quenlow talks collapsed over the week-end.", JULY))
                .containsExactly("the week-end=DATE:2031-W28-WE");
        assertThat(Texts.typedDates("Traffic into Marrowgate is heavy on week-ends, the agency said.", JULY))
                .containsExactly("week-ends=SET:XXXX-WXX-WE");
        // negative: a kind of thing, no time; and no week of seven days
        assertThat(Texts.typedDates("The airline added week-end flights to Pellmouth.", JULY)).isEmpty();
        assertThat(Texts.typedDates("The Quenlow talks lasted a week.", JULY))
                .containsExactly("a week=DURATION:P1W");
    }

    @Test
    void aLengthOfEachLargerUnitIsOneSet() {
        assertThat(Texts.typedDates("Delphine Arkwell has worked six days a week for 22 years.", JULY))
                .containsExactly("six days a week=SET:P1W", "22 years=DURATION:P22Y");
        assertThat(Texts.typedDates("The Osterfell plant runs 24 hours a day.", JULY))
                .containsExactly("24 hours a day=SET:P1D");
        // negative: a rate of money, and a length "in" a unit, are no such set
        assertThat(Texts.typedDates("Arkwell earns $400 a week.", JULY))
                .containsExactly("a week=SET:P1W");
        assertThat(Texts.typedDates("Arkwell worked six days in a week.", JULY))
                .containsExactly("six days=DURATION:P6D", "a week=DURATION:P1W");
    }

    @Test
    void aDayThenAPlaceThenAClockAreTwoTimes() {
        LocalDate december = LocalDate.of(2031, 12, 17);
        assertThat(Texts.typedDates("The Quenlow jet made its first flight Tuesday in Iskary, Tessary at 18:00 UTC.", december))
                .containsExactly("Tuesday=DATE:2031-12-16", "18:00 UTC=TIME:2031-12-16T18:00Z");
        assertThat(Texts.typedDates("The Quenlow jet landed Tuesday in Iskary at 6 p.m.", december))
                .containsExactly("Tuesday=DATE:2031-12-16", "6 p.m.=TIME:2031-12-16T18:00");
        // a date on a line of its own that the splitter joined to the lead is no competing day
        assertThat(Texts.typedDates("December 17, 2031\nThe Quenlow jet made its first flight Tuesday in Iskary, Tessary at 18:00 UTC.",
                december)).containsExactly("December 17, 2031=DATE:2031-12-17", "Tuesday=DATE:2031-12-16",
                        "18:00 UTC=TIME:2031-12-16T18:00Z");
        // negative: two days of the clock's own sentence leave it no day
        assertThat(Texts.typedDates("The Quenlow jet left on Monday and on Tuesday, and landed at 6 p.m.", december))
                .containsExactly("Monday=DATE:2031-12-15", "Tuesday=DATE:2031-12-16", "6 p.m.=TIME:T18:00");
        // negative: a clock with no day in its sentence keeps no day
        assertThat(Texts.typedDates("The Quenlow jet landed in Iskary at 18:00 UTC.", december))
                .containsExactly("18:00 UTC=TIME:T18:00Z");
    }

    @Test
    void aRateThenSinceIsARateAndADate() {
        assertThat(Texts.typedDates("Traffic through Iskary has grown 8 percent a year since 2024.", JULY))
                .containsExactly("a year=SET:P1Y", "2024=DATE:2024");
        assertThat(Texts.typedDates("Veltane's output has risen $2 million a year since 2027.", JULY))
                .containsExactly("a year=SET:P1Y", "2027=DATE:2027");
        // negative: a count of units since a date stays one expression, and a record's unit is no time
        assertThat(Texts.typedDates("It has been a year since the Iskary flood.", JULY))
                .containsExactly("a year=DURATION:P1Y");
        assertThat(Texts.typedDates("It was Harnwick's worst month since January 2029.", JULY))
                .containsExactly("January 2029=DATE:2029-01");
    }

    @Test
    void aDateInWhatTheSubjectIsForIsNoPastEvent() {
        assertThat(Texts.dates("Tickets for the Oct. 3 concert in Lunvik went on sale this morning.", JUNE))
                .containsExactly("Oct. 3=2031-10-03", "this morning=2031-06-16TMO");
        // negative: the subject's own event of a past verb took place
        assertThat(Texts.dates("The March 3 concert in Lunvik drew 3,000 people.", JUNE))
                .containsExactly("March 3=2031-03-03");
        assertThat(Texts.dates("The Oct. 3 concert in Lunvik drew 3,000 people.", JUNE))
                .containsExactly("Oct. 3=2030-10-03");
    }
}
