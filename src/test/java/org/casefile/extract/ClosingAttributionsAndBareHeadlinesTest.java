package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A closing "…, police said." reports the sentence even when the parser hangs it on a clause of
 * "after"; a headline that names nobody ("MAN CHARGED") is the lead cut short and keeps the lead's
 * attribution. Invented names and places.
 */
class ClosingAttributionsAndBareHeadlinesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 8);

    @Test
    void aClosingAttributionAfterAClauseOfAfterReportsTheSentence() {
        assertThat(Texts.eventReadings("A 34-year-old man was charged on Saturday with attempted murder after a "
                + "stabbing outside a bar in Quenby, police said.", PUBLISHED))
                .containsExactly("charge/null/positive/reported/2025-03-08 []");
        // negative: with no attribution the charge is told as a fact
        assertThat(Texts.eventReadings("A 34-year-old man was charged on Saturday with attempted murder after a "
                + "stabbing outside a bar in Quenby.", PUBLISHED))
                .containsExactly("charge/null/positive/asserted/2025-03-08 []");
    }

    @Test
    void aHeadlineThatNamesNobodyKeepsTheLeadsAttribution() {
        assertThat(Texts.eventReadings("MAN CHARGED\n\nA man was charged with murder on Saturday, police said.", PUBLISHED))
                .containsExactly("charge/null/positive/reported/2025-03-08 []");
        // negative: a lead told as a fact stays one under the same headline
        assertThat(Texts.eventReadings("MAN CHARGED\n\nA man was charged with murder on Saturday.", PUBLISHED))
                .containsExactly("charge/null/positive/asserted/2025-03-08 []");
    }
}
