package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "the verdict" after a preposition of time points back to a verdict the story told before
 * (session 23, an invented bribery case: "resigned hours after the verdict" made a second verdict,
 * undated, with the one who resigned as its party). Names appear nowhere in the corpus.
 */
class EventsToldBeforeTest {
    private static final LocalDate FRIDAY = LocalDate.of(2031, 9, 19);

    @Test
    void theEventAfterAPrepositionOfTimeIsNoNewEvent() {
        assertThat(Texts.datedParties("Idrissa Cardew resigned hours after the verdict.", FRIDAY))
                .containsExactly("resigned/resignation/null [Idrissa Cardew:agent]");
        assertThat(Texts.datedParties("Idrissa Cardew has not spoken since the trial.", FRIDAY)).isEmpty();
        assertThat(Texts.datedParties("A judge found that Idrissa Cardew was living in Ostrand at the time of the shooting.",
                FRIDAY)).noneMatch(e -> e.contains("/attack/"));
    }

    @Test
    void theEventWithAPhraseOfItsOwnOrElsewhereStays() {
        assertThat(Texts.datedParties("Idrissa Cardew resigned after the verdict in her fraud case.", FRIDAY))
                .containsExactly("resigned/resignation/null [Idrissa Cardew:agent]", "verdict/verdict/null [Idrissa Cardew:other]");
        // a phrase of its own: "against" and a name
        assertThat(Texts.datedParties("Ostrand protested after the verdict against Idrissa Cardew.", FRIDAY))
                .anyMatch(e -> e.startsWith("verdict/verdict/"));
        // "the verdict" as no time of another event is one
        assertThat(Texts.datedParties("The verdict against Idrissa Cardew surprised the town.", FRIDAY))
                .anyMatch(e -> e.startsWith("verdict/verdict/"));
    }
}
