package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The first sentence of a wire story (invented names and places): the agency in its dateline never
 * speaks, and a verb that leaves something in a state is no journey.
 */
class WireStoryLeadsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 23); // a Wednesday

    @Test
    void theAgencyOfADatelineIsNoSpeakerOfTheSentencesSecondVerb() {
        assertThat(Texts.saidBy("KARVEN, April 23 (Harbor Wire) - The central bank kept its rate on Wednesday and said"
                + " it could cut rates in June.", PUBLISHED))
                .containsExactly("The central bank: it could cut rates in June");
        assertThat(Texts.saidBy("KARVEN (Harbor Wire) - Brisk Mills Corp. cut 300 jobs on Wednesday but said it would"
                + " hire again next year.", PUBLISHED))
                .containsExactly("Brisk Mills Corp.: it would hire again next year");
        // negative: the agency's own reporting verb after the dateline stays the agency's
        assertThat(Texts.saidBy("KARVEN (Harbor Wire) - Harbor Wire reported on Wednesday that the mill would close.",
                PUBLISHED))
                .containsExactly("Harbor Wire: the mill would close");
    }

    @Test
    void aVerbThatLeavesItsObjectInAStateIsNoJourney() {
        assertThat(Texts.eventReadings("The central bank left its benchmark rate unchanged on Wednesday.", PUBLISHED))
                .noneMatch(e -> e.startsWith("travel"));
        assertThat(Texts.eventReadings("The storm left three people dead in Karven on Tuesday.", PUBLISHED))
                .noneMatch(e -> e.startsWith("travel"));
        // negatives: an adjective of the object's noun, and a place left
        assertThat(Texts.eventReadings("Odvar Palmquist left the old building on Tuesday.", PUBLISHED))
                .containsExactly("travel/null/positive/asserted/2031-04-22 [Odvar Palmquist:agent]");
        assertThat(Texts.eventReadings("Odvar Palmquist left Karven empty-handed on Tuesday.", PUBLISHED))
                .anyMatch(e -> e.startsWith("travel"));
    }
}
