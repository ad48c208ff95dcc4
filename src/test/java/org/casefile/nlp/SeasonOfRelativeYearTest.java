package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** "The spring of last year" is that season of that year, not the year alone. */
class SeasonOfRelativeYearTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 22);

    @Test
    void aSeasonOfARelativeYear() {
        assertThat(Texts.dates("Orvan workers struck in the spring of last year.", PUBLISHED))
                .containsExactly("the spring of last year=2030-SP");
        assertThat(Texts.dates("Orvan workers will strike in the summer of next year.", PUBLISHED))
                .containsExactly("the summer of next year=2032-SU");
    }

    @Test
    void otherPartsOfTheYearAreAsBefore() {
        assertThat(Texts.dates("Orvan workers struck at the end of last year.", PUBLISHED))
                .containsExactly("the end of last year=2030");
        assertThat(Texts.dates("Orvan workers struck in the fall of 2029.", PUBLISHED))
                .containsExactly("the fall of 2029=2029-FA");
    }
}
