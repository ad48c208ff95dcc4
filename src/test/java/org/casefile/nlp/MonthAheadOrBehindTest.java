package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A bare month ahead or behind (dt28's blind check): a verb that looks ahead, even a headline's
 * present the tagger reads as a plural, takes the coming month; a past asking for a thing to come
 * leans ahead; a headline's thing done with no article stays behind; "the day after" a holiday of
 * a fixed day and "over the next year" under an infinitive get their year.
 */
class MonthAheadOrBehindTest {
    /** A Wednesday in April. */
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 22);
    /** A Thursday in September. */
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 10);

    @Test
    void aVerbThatLooksAheadTakesTheComingMonth() {
        assertThat(Texts.dates("Vellmark central bank holds rates, signals cut in June", APRIL))
                .containsExactly("June=2026-06");
        assertThat(Texts.dates("Trexdale Motors targets launch of electric van in September", APRIL))
                .containsExactly("September=2026-09");
        assertThat(Texts.dates("Analysts see inflation peaking in July", APRIL))
                .containsExactly("July=2026-07");
        assertThat(Texts.dates("Pellbrook plans listing in March", SEPTEMBER))
                .containsExactly("March=2027-03");
        // negatives: a past of the same verb, and verbs that do not look ahead
        assertThat(Texts.dates("Analysts saw inflation peaking in July, the survey showed.", APRIL))
                .containsExactly("July=2025-07");
        assertThat(Texts.dates("Sales at Halbrook Stores fell in June, the retailer said.", APRIL))
                .containsExactly("June=2025-06");
        assertThat(Texts.dates("Factory output dropped in March, the ministry said.", SEPTEMBER))
                .containsExactly("March=2026-03");
    }

    @Test
    void aPastAskingForAThingToComeLeansAhead() {
        assertThat(Texts.dates("Lawyers for Dorrit Kessling asked for a hearing in June.", APRIL))
                .containsExactly("June=2026-06");
        assertThat(Texts.dates("The judge set a retrial date in November for the former mayor.", APRIL))
                .containsExactly("November=2026-11");
        // negative: a thing to come that no asking governs keeps the past it happened in
        assertThat(Texts.dates("The hearing in June ended without a ruling.", SEPTEMBER))
                .containsExactly("June=2026-06");
    }

    @Test
    void aHeadlineThingDoneStaysBehind() {
        assertThat(Texts.dates("Minister quits in June row", APRIL)).containsExactly("June=2025-06");
        // negative: a thing to come in the same shape
        assertThat(Texts.dates("Regulator sets deadline in July for recall", APRIL)).containsExactly("July=2026-07");
    }

    @Test
    void theDayAfterAHolidayOfAFixedDayHasTheStorysYear() {
        assertThat(Texts.dates("Shops reopened on the day after Christmas, the mayor said.", LocalDate.of(2026, 1, 10)))
                .containsExactly("the day after Christmas=2025-12-26");
        assertThat(Texts.dates("Shops will open on the day after Christmas, the mayor said.", LocalDate.of(2026, 12, 20)))
                .containsExactly("the day after Christmas=2026-12-26");
    }

    @Test
    void theNextYearUnderAnInfinitiveCountsFromTheWriting() {
        assertThat(Texts.dates("Economists expect the central bank to cut rates over the next year.", APRIL))
                .containsExactly("the next year=2027?");
        // negative: a past story's next year is its own to place
        assertThat(Texts.dates("In 1990 the firm agreed to cut its staff over the next year.", APRIL))
                .contains("the next year=XXXX?");
    }
}
