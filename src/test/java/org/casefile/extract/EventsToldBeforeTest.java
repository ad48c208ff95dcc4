package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "at the time of the shooting" uses an event the story tells elsewhere as a time (session 23: on
 * the sample corpus "was living in Turkey at the time of the shooting" made a new shooting, asserted,
 * with the one living there as its party and the ruling's day as its date). Names appear nowhere in
 * the corpus.
 */
class EventsToldBeforeTest {
    private static final LocalDate FRIDAY = LocalDate.of(2031, 9, 19);

    @Test
    void theEventAfterANounOfTimeIsNoNewEvent() {
        assertThat(Texts.datedParties("A judge found that Idrissa Cardew was living in Ostrand at the time of the shooting.",
                FRIDAY)).noneMatch(e -> e.contains("/attack/"));
        assertThat(Texts.datedParties("Idrissa Cardew resigned on Thursday in the wake of the verdict.", FRIDAY))
                .containsExactly("resigned/resignation/2031-09-18 [Idrissa Cardew:agent]");
    }

    @Test
    void anEventAfterAPrepositionOrWithAPhraseOfItsOwnStays() {
        // "after the verdict": the verdict took place (MentionedEventsTest)
        assertThat(Texts.datedParties("Idrissa Cardew resigned on Thursday after the verdict.", FRIDAY))
                .anyMatch(e -> e.startsWith("verdict/verdict/"));
        assertThat(Texts.datedParties("Idrissa Cardew resigned on Thursday in the wake of the verdict against Nils Tamburlo.",
                FRIDAY)).anyMatch(e -> e.startsWith("verdict/verdict/"));
    }
}
