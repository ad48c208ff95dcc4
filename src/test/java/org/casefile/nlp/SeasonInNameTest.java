package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** A capitalised season next to another proper noun is a name ("Autumn Pellworth", "the Summer Olympics"), no time. */
class SeasonInNameTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 22);

    @Test
    void aSeasonInANameIsNoTime() {
        assertThat(Texts.dates("Dovrant worked with Tobin Summer at the Orvan plant.", PUBLISHED)).isEmpty();
        assertThat(Texts.dates("Dovrant met Autumn Pellworth in Quillmere.", PUBLISHED)).isEmpty();
        assertThat(Texts.dates("Dovrant will compete at the Summer Olympics in Quillmere.", PUBLISHED)).isEmpty();
        // a season is never plural: with a date beside it, untagged, "Falls" was read as last fall
        assertThat(Texts.dates("The mayor of Brindle Falls resigned Thursday, two weeks after an audit.", PUBLISHED))
                .containsExactly("Thursday=2031-04-17", "two weeks=P2W");
        assertThat(Texts.dates("Dovrant moved to Osk Springs on Monday.", PUBLISHED)).containsExactly("Monday=2031-04-21");
        // nor with "in" and a year after it: the year alone is the time
        assertThat(Texts.dates("Dovrant moved to Osk Springs in 1961 and to Brindle Falls in 1970.", PUBLISHED))
                .containsExactly("1961=1961", "1970=1970");
    }

    @Test
    void aSeasonAsATimeStays() {
        assertThat(Texts.dates("Orvan Plant Reopened Last Summer", PUBLISHED)).containsExactly("Last Summer=2030-SU");
        assertThat(Texts.dates("Summer is when the Orvan plant reopens.", PUBLISHED)).containsExactly("Summer=2031-SU");
        assertThat(Texts.dates("The Orvan plant will reopen in Spring 2032.", PUBLISHED))
                .containsExactly("Spring 2032=2032-SP");
    }
}
