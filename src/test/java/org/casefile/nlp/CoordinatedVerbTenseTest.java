package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A date between a verb and "and" plus a second verb belongs to the first: "shut in March and will
 * reopen in September" shut in the March gone, whatever tag "shut" got.
 */
class CoordinatedVerbTenseTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 22);

    @Test
    void theSecondVerbPhraseDoesNotPlaceTheFirstsDate() {
        assertThat(Texts.dates("The Orvan plant shut in March and will reopen in September.", PUBLISHED))
                .containsExactly("March=2031-03", "September=2031-09");
    }

    @Test
    void aDateWithNoVerbBeforeItStillTakesTheVerbAfter() {
        assertThat(Texts.dates("On Monday and Thursday the Orvan plant will reopen.", PUBLISHED))
                .containsExactly("Monday=2031-04-28", "Thursday=2031-04-24");
        assertThat(Texts.dates("In March and April the Orvan plant closed.", PUBLISHED))
                .containsExactly("March=2031-03", "April=2031-04");
    }
}
