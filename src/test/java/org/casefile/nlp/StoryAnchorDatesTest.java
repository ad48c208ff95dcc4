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
        // negative: with no time named before, the season stays unknown
        assertThat(Texts.typedDates("The Tellmarsh mill reopened the following spring.", MARCH))
                .containsExactly("the following spring=DATE:XXXX");
    }
}
