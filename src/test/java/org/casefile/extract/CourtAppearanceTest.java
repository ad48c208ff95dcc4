package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A party's court appearance is a hearing (session 23, an invented bribery case). The verb phrase
 * "appear in court" was tried and dropped: its "in" tagged nearly every sentence, as every word of a
 * multiword trigger does. Names appear nowhere in the corpus.
 */
class CourtAppearanceTest {
    private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 4);

    @Test
    void aCourtAppearanceIsAHearing() {
        assertThat(Texts.extract("Idrissa Cardew's next court appearance is set for March 17.", TUESDAY).events())
                .extracting(e -> e.type().name().toLowerCase() + "/" + e.modality().name().toLowerCase() + "/" + e.date().value())
                .containsExactly("hearing/planned/2031-03-17");
    }

    @Test
    void anAppearanceElsewhereIsNone() {
        assertThat(Texts.datedParties("Idrissa Cardew appeared in a court drama in 2029.", TUESDAY)).isEmpty();
        // "court" modifying a noun names no court: "appears in court records"
        assertThat(Texts.datedParties("Idrissa Cardew's name appears in court records unsealed on Monday.", TUESDAY))
                .noneMatch(e -> e.contains("/hearing/"));
        assertThat(Texts.datedParties("Idrissa Cardew appeared on television on Monday.", TUESDAY))
                .noneMatch(e -> e.contains("/hearing/"));
    }
}
