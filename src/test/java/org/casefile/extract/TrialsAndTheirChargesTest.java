package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A trial and the act it tries (invented names): the act named after "for" takes neither the trial's
 * date ("stood trial in 2029 for the shooting": the shooting is of no year told) nor its start or
 * plan ("went on trial for the killing", "goes on trial on Monday for the killing": a killing
 * alleged, none planned); its own date stays ("for the 2027 shooting"), and an arrest's "for"
 * phrase is left as it was.
 */
class TrialsAndTheirChargesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void theTrialsYearIsNotTheActsItTries() {
        assertThat(events("Bertil Oakhanger stood trial in 2029 for the shooting of a shop clerk."))
                .containsExactlyInAnyOrder("trial/null/positive/asserted/2029 [Bertil Oakhanger:other]",
                        "attack/null/positive/reported/null [Bertil Oakhanger:other]");
        // the act's own date stays its own
        assertThat(events("Bertil Oakhanger stood trial in 2029 for the 2027 shooting of a shop clerk."))
                .anyMatch(e -> e.startsWith("attack/null/positive/") && e.endsWith("/2027 [Bertil Oakhanger:other]"));
    }

    @Test
    void aTrialStartedOrPlannedPlansNoKilling() {
        assertThat(events("Bertil Oakhanger went on trial on Monday for the killing of his business partner."))
                .containsExactlyInAnyOrder("trial/null/positive/asserted/2031-06-09 [Bertil Oakhanger:other]",
                        "killing/null/positive/reported/null [Bertil Oakhanger:other]");
        assertThat(events("Bertil Oakhanger goes on trial on Monday for the killing of his business partner."))
                .noneMatch(e -> e.startsWith("killing") && e.contains("/planned/"));
    }

    @Test
    void anArrestsForPhraseIsLeftAsItWas() {
        assertThat(events("Bertil Oakhanger was arrested in 2029 for the shooting of a shop clerk."))
                .containsExactlyInAnyOrder("arrest/null/positive/asserted/2029 [Bertil Oakhanger:patient]",
                        "attack/null/positive/asserted/null [Bertil Oakhanger:other]");
    }
}
