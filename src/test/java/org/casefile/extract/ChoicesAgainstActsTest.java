package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A choice or a ruling against an act says it was not done ("decided against charging him", "ruled
 * against extraditing her"); a protest or a suit against an act or a party does not (invented names).
 */
class ChoicesAgainstActsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 4);

    /** The events of one type as {@code polarity/modality}. */
    private static List<String> of(String text, EventType type) {
        return Texts.extract(text, PUBLISHED).events().stream().filter(e -> e.type() == type)
                .map(e -> e.polarity().name().toLowerCase() + "/" + e.modality().name().toLowerCase()).toList();
    }

    @Test
    void aDecisionOrARulingAgainstAnActDeniesIt() {
        assertThat(of("Prosecutors in Skelby decided against charging Halmar Tesk.", EventType.CHARGE))
                .containsExactly("negative/asserted");
        assertThat(of("Brackwater Foods opted against a merger with Dunmore Freight.", EventType.ACQUISITION))
                .containsExactly("negative/asserted");
    }

    @Test
    void aProtestOrASuitAgainstAnActLeavesItStated() {
        assertThat(of("Orvin Tesk protested against his arrest in Skelby on Monday.", EventType.ARREST))
                .containsExactly("positive/asserted");
        assertThat(of("Dalia Penwarden filed a lawsuit against Brackwater Foods on Monday.", EventType.FILING))
                .containsExactly("positive/asserted");
    }
}
