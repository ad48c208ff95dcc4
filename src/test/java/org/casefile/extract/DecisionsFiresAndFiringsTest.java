package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Events of invented news sentences of the kinds a blind check broke (invented names and places): a
 * decision or an order is a court's ruling only with a court or a judge tied to it.
 */
class DecisionsFiresAndFiringsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aDecisionIsARulingOnlyOfACourtOrAJudge() {
        assertThat(events("Judge Orla Fennimore issued her decision on Tuesday."))
                .containsExactly("ruling/null/positive/asserted/2031-06-10 [Orla Fennimore:other]");
        assertThat(events("The decision by the appeals court on Tuesday was welcomed by the tenants."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2031-06-10"));
        assertThat(events("The judge's order on Tuesday barred Quillon Foods from selling the land."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2031-06-10"));
        // negatives: a decision or an order with no court tied to it is no ruling
        assertThat(events("Mayor Tavish Orkney called the decision a surrender to developers."))
                .noneMatch(e -> e.startsWith("ruling"));
        assertThat(events("The utility said its board had no role in the decision to close the Brackwell plant."))
                .noneMatch(e -> e.startsWith("ruling"));
        assertThat(events("The minister defended the decision on Tuesday."))
                .noneMatch(e -> e.startsWith("ruling"));
        assertThat(events("Customers placed an order for 300 turbines on Tuesday."))
                .noneMatch(e -> e.startsWith("ruling"));
    }
}
