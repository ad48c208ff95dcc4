package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A refusal to bring a charge is no saying ("prosecutors declined to charge the deputy"), and a deal
 * called off stays called off with its price before it ("called off their $3 billion merger").
 * Invented names and places.
 */
class RefusedChargesAndPricedDealsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 13);

    @Test
    void decliningToChargeSomeoneIsNoNegatedSaying() {
        assertThat(Texts.saidBy("Prosecutors declined to charge the constable who shot a teenager in Wexbury last month.",
                PUBLISHED)).isEmpty();
        assertThat(Texts.saidBy("Prosecutors refused to accuse the two guards of theft on Tuesday.", PUBLISHED)).isEmpty();
        // negative: a refused verb of speech is still a negated claim, and so is a refused charge "that …"
        assertThat(Texts.saidBy("Prosecutors declined to say whether they would charge the constable.", PUBLISHED))
                .containsExactly("Prosecutors: whether they would charge the constable");
    }

    @Test
    void aDealCalledOffWithItsPriceBeforeItIsNegative() {
        assertThat(Texts.eventReadings("Harlen Bank and Ostrey Trust called off their $3 billion merger on Thursday.",
                PUBLISHED)).containsExactly(
                        "acquisition/null/negative/asserted/2025-03-13 [Harlen Bank:agent, Ostrey Trust:agent]");
        // negative: a price before a deal completed leaves it positive
        assertThat(Texts.eventReadings("Harlen Bank completed its $3 billion merger with Ostrey Trust on Thursday.",
                PUBLISHED)).noneMatch(e -> e.contains("negative"));
    }
}
