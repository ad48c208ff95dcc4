package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What a charge or a complaint says was done is alleged, not told as a fact: "charges that she
 * embezzled the funds" (invented names and places). A relative clause on the same nouns ("the charges
 * that prosecutors filed") tells the act of filing as it is.
 */
class AccusationClausesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 9, 18); // a Thursday

    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void theContentOfAChargeOrAComplaintIsReported() {
        assertThat(events("Torvald Ennis faces charges that he assaulted a neighbour in Quillmouth last May."))
                .containsExactly("attack/null/positive/reported/2031-05 [Torvald Ennis:agent]");
        assertThat(events("The former treasurer pleaded not guilty Wednesday to charges that she embezzled more than $240,000."))
                .contains("other/embezzle/positive/reported/null []");
        assertThat(events("Prosecutors dropped a complaint that Vessa Lorne had stolen a car."))
                .contains("other/steal/positive/reported/null [Vessa Lorne:agent]")
                .noneMatch(e -> e.startsWith("other/steal/positive/asserted"));
        // denied, the charge's act is no fact either
        // denied by the accused, the charge's act is the charge answered, no event
        assertThat(events("Haldor Quenby denied charges that he bribed two inspectors.")).isEmpty();
    }

    @Test
    void aRelativeClauseOnAChargeTellsItsAct() {
        assertThat(events("The charges that prosecutors filed against Torvald Ennis in May were dropped on Tuesday."))
                .contains("filing/null/positive/asserted/2031-05 [Torvald Ennis:other]");
        assertThat(events("The complaint that Vessa Lorne filed on Monday was dismissed."))
                .anyMatch(e -> e.startsWith("filing/null/positive/asserted/2031-09-15"));
    }
}
