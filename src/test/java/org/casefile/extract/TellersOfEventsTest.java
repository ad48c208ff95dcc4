package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who tells of a death, a ruling or a resignation takes no part in it (invented names): "Her death
 * was confirmed by her son, X" makes X no party to the death; one who announces their own act keeps
 * their part, and a company announcing an agreement or an acquisition is still a party to it.
 */
class TellersOfEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void whoConfirmsADeathIsNoPartyToIt() {
        assertThat(events("Her death was confirmed by her son, Evander Quillon."))
                .noneMatch(e -> e.startsWith("death/") && e.contains("Evander Quillon"));
        assertThat(events("Inspector Marguerite Solberg confirmed the death of the driver."))
                .noneMatch(e -> e.startsWith("death/") && e.contains("Marguerite Solberg"));
        assertThat(events("The resignation was announced by Councilwoman Ysolde Fennick on Tuesday."))
                .noneMatch(e -> e.startsWith("resignation/") && e.contains("Ysolde Fennick"));
    }

    @Test
    void whoAnnouncesTheirOwnActOrDealKeepsTheirPart() {
        assertThat(events("Mayor Oskar Brightwell announced his resignation on Tuesday."))
                .contains("resignation/null/positive/asserted/2031-06-10 [Oskar Brightwell:agent]");
        assertThat(events("Quarnby Tools announced an agreement with Halvern Logistics on Tuesday."))
                .anyMatch(e -> e.startsWith("agreement/") && e.contains("Quarnby Tools:") && e.contains("Halvern Logistics:"));
    }

    @Test
    void whoOwnsAnActByTellingItKeepsTheirPart() {
        // a judge announcing a ruling makes it; a group claiming an attack owns it (review mends)
        assertThat(events("Judge Solveig Harrowmere announced the ruling on Tuesday, saying the levy was void."))
                .anyMatch(e -> e.startsWith("ruling/") && e.contains("Solveig Harrowmere:"));
        assertThat(events("The Quellan Brigade claimed the attack on the checkpoint on Sunday."))
                .anyMatch(e -> e.startsWith("attack/") && e.contains("Quellan Brigade:"));
    }
}
