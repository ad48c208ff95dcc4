package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Motions and orders of court filings (session 30, invented filings): a party that moved for relief
 * filed, an order's ruling in capitals is the court's act, a person dismissed is fired. Names appear
 * nowhere in the corpus.
 */
class CourtMotionsAndOrdersTest {
    private static final LocalDate FILED = LocalDate.of(2031, 9, 18);

    @Test
    void movingForReliefIsAFiling() {
        assertThat(Texts.datedParties("On May 6, 2030, Quillon Ferrante moved for summary judgment.", FILED))
                .containsExactly("moved/filing/2030-05-06 [Quillon Ferrante:agent]");
        assertThat(Texts.datedParties("Orsolya Brandtner moved for a new trial on August 2, 2030.", FILED))
                .extracting(e -> e.substring(0, e.indexOf(' ')))
                .contains("moved/filing/2030-08-02")
                .noneMatch(e -> e.contains("/travel/"));
    }

    @Test
    void movingForWorkIsStillAJourney() {
        assertThat(Texts.datedParties("Quillon Ferrante moved for work to Tarnwick in 2027.", FILED))
                .extracting(e -> e.substring(0, e.indexOf(' ')))
                .containsExactly("moved/travel/2027");
    }

    @Test
    void anOrdersRulingInCapitalsIsARuling() {
        assertThat(Texts.datedParties("The motion to suppress is DENIED.", FILED))
                .containsExactly("DENIED/ruling/null []");
        assertThat(Texts.datedParties("The objection is OVERRULED.", FILED))
                .containsExactly("OVERRULED/ruling/null []");
    }

    @Test
    void theClosingFormulaAndLowerCaseProseAreNoRuling() {
        assertThat(Texts.datedParties("IT IS SO ORDERED.", FILED)).isEmpty();
        assertThat(Texts.datedParties("MEMORANDUM AND ORDER", FILED)).isEmpty();
        // generic prose in the present with nobody named stays none
        assertThat(Texts.datedParties("A motion is denied when it comes too late.", FILED)).isEmpty();
    }

    @Test
    void aPersonDismissedIsFiredNotRuledOn() {
        assertThat(Texts.datedParties("Quillon Ferrante was dismissed for repeated absences on March 3, 2029.", FILED))
                .noneMatch(e -> e.contains("/ruling/"));
        assertThat(Texts.datedParties("A judge dismissed the charges against Quillon Ferrante on March 3, 2029.", FILED))
                .anyMatch(e -> e.startsWith("dismissed/ruling/2029-03-03"));
    }
}
