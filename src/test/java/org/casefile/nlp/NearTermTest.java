package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** "the near term", "the short term": the time just ahead, TimeML's FUTURE_REF ("a later date" is left out: MEANTIME never marks it). */
class NearTermTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    @Test
    void theNearOrShortTermIsTheFuture() {
        assertThat(Texts.typedDates("Pellworth expects losses in the near term.", DAY))
                .containsExactly("the near term=DATE:FUTURE_REF");
        assertThat(Texts.typedDates("Drumlin could placate holders in the short term, analysts said.", DAY))
                .containsExactly("the short term=DATE:FUTURE_REF");
    }

    @Test
    void aModifierOrAnotherTermIsNot() {
        assertThat(Texts.typedDates("Pellworth cut the short term debt.", DAY)).isEmpty();
        assertThat(Texts.typedDates("Drumlin served the full term in office.", DAY)).isEmpty();
        assertThat(Texts.typedDates("Drumlin signed a later date agreement.", DAY)).isEmpty();
    }
}
