package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "The following month", "the previous year" and "later in the day" count from the date the story
 * last named, also when it was named a few sentences back.
 */
class StoryAnchoredUnitsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 10, 30);

    @Test
    void theFollowingMonthCountsFromTheLastMonthNamedHoweverFarBack() {
        assertThat(Texts.dates("In March, the Brennock firm received an offer. It also weighed a restructuring. "
                + "A group of holders urged it to act.\n\nThe following month, the firm put itself up for sale.", PUBLISHED))
                .containsExactly("March=2031-03", "The following month=2031-04");
        assertThat(Texts.dates("In March, the Brennock firm received an offer. It also weighed a restructuring. "
                + "A group of holders urged it to act.\n\nThe previous year, the firm had sold a plant.", PUBLISHED))
                .containsExactly("March=2031-03", "The previous year=2030");
    }

    @Test
    void withoutAPreciseEnoughDateItStaysUnresolved() {
        // the last date named is a year: no month to count from
        assertThat(Texts.dates("In 2029, the Brennock firm received an offer. It also weighed a restructuring. "
                + "A group of holders urged it to act.\n\nThe following month, the firm put itself up for sale.", PUBLISHED))
                .containsExactly("2029=2029", "The following month=XXXX?");
        assertThat(Texts.dates("The following month, the Brennock firm put itself up for sale.", PUBLISHED))
                .containsExactly("The following month=XXXX?");
    }

    @Test
    void laterInTheDayIsTheDayJustNamed() {
        LocalDate sunday = LocalDate.of(2031, 4, 20);
        assertThat(Texts.dates("Tessaly delegates met on Saturday. Later in the day, the group released a brochure.", sunday))
                .containsExactly("Saturday=2031-04-19", "the day=2031-04-19");
        // a day named further back may be another of the story's days: the publication's stays
        assertThat(Texts.dates("Tessaly delegates met on Saturday. The group released a brochure. "
                + "Later in the day, it left Harlsby.", sunday))
                .containsExactly("Saturday=2031-04-19", "the day=2031-04-20");
        // no day named: the publication's
        assertThat(Texts.dates("Later in the day, the Tessaly group released a brochure.", sunday))
                .containsExactly("the day=2031-04-20");
    }
}
