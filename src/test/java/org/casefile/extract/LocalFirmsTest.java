package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Local firms named after their trade ("Brisk Hollow Paving", "Dunmore Roofing"), which news of
 * contracts and bribes names often and the CRF leaves untagged (session 23, an invented bribery
 * case): the company that paid was missing from the case. Names appear nowhere in the corpus.
 */
class LocalFirmsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 4);

    @Test
    void aNameEndingInATradeIsACompany() {
        assertThat(Texts.extract("The contracts went to Brisk Hollow Paving between 2027 and 2029.", TUESDAY).entities())
                .extracting(e -> e.type() + ":" + e.name()).containsExactly("ORGANIZATION:Brisk Hollow Paving");
        assertThat(Texts.datedParties("Dunmore Roofing and Ostrand Realty were fined on Monday.", TUESDAY))
                .containsExactly("fined/other/2031-03-03 [Dunmore Roofing:patient, Ostrand Realty:patient]");
    }

    @Test
    void aTradeInSmallLettersOrATitleCaseLineIsNoCompany() {
        assertThat(Texts.extract("Paving crews from Ostrand were fined on Monday.", TUESDAY).entities())
                .extracting(e -> e.type() + ":" + e.name()).doesNotContain("ORGANIZATION:Paving");
        assertThat(Texts.extract("Council Backs New Roofing Rules For Ostrand Schools", TUESDAY).entities())
                .extracting(e -> e.type().name()).doesNotContain("ORGANIZATION");
    }
}
