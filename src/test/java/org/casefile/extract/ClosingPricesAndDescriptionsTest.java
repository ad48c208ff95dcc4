package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Blind checks on invented deal copy: a day's market close is behind the story whatever the clause's
 * tense, and a time in a past participle's description set off by commas dates the description, not
 * the verb after it.
 */
class ClosingPricesAndDescriptionsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2031, 2, 11);

    @Test
    void aDaysCloseIsBehindTheStory() {
        assertThat(Texts.dates("Holders will receive $41 a share, a 19 percent premium over Monday's closing price.", TUESDAY))
                .containsExactly("Monday=2031-02-10");
        assertThat(Texts.dates("The shares will be priced at Friday's close.", TUESDAY))
                .containsExactly("Friday=2031-02-07");
        // negatives: a future day's thing that is no market record stays ahead
        assertThat(Texts.dates("Jurors will hear Friday's closing arguments.", TUESDAY))
                .containsExactly("Friday=2031-02-14");
        assertThat(Texts.dates("The board will hold Monday's vote as planned.", TUESDAY))
                .containsExactly("Monday=2031-02-17");
    }

    @Test
    void aTimeInAPastParticiplesDescriptionIsNotTheVerbs() {
        assertThat(Texts.eventReadings("Brindle Mills, founded in 1952 by the Ostrander family, announced the sale on Tuesday.",
                TUESDAY)).containsExactly("announcement/null/positive/asserted/2031-02-11 [Brindle Mills:agent]");
        // the description keeps its own time; the verb after it has none
        assertThat(Texts.eventReadings("Tamsin Orrelby, elected in 2027, resigned.", TUESDAY)).containsExactly(
                "election/null/positive/asserted/2027 [Tamsin Orrelby:other]",
                "resignation/null/positive/asserted/null [Tamsin Orrelby:agent]");
        // negative: a time of the verb's own after it is the verb's
        assertThat(Texts.eventReadings("Tamsin Orrelby, elected in 2027, resigned on Tuesday.", TUESDAY)).containsExactly(
                "election/null/positive/asserted/2027 [Tamsin Orrelby:other]",
                "resignation/null/positive/asserted/2031-02-11 [Tamsin Orrelby:agent]");
    }
}
