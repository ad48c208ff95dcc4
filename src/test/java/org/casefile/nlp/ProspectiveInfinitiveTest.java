package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A month after "likely to", "unlikely to", "ready to" lies ahead of the saying: "are less likely
 * to vote for the Orvan slate in November" in an April story is the coming November.
 */
class ProspectiveInfinitiveTest {
    private static final LocalDate APRIL = LocalDate.of(2016, 4, 22);

    @Test
    void aPresentProspectLooksAhead() {
        assertThat(Texts.dates("Two in three said they are less likely to vote for the Orvan slate in November.", APRIL))
                .containsExactly("November=2016-11");
        assertThat(Texts.dates("The Dovrant ticket is unlikely to win in November.", APRIL))
                .containsExactly("November=2016-11");
        assertThat(Texts.dates("The Harlsby board is ready to sign the lease on Tuesday.", APRIL))
                .containsExactly("Tuesday=2016-04-26");
    }

    @Test
    void aPastOrPerfectProspectOrAnotherAdjectiveDoesNot() {
        // a past copula: ahead of that time only, the nearest such month
        assertThat(Texts.dates("Voters were unlikely to back the Orvan slate in November.", APRIL))
                .containsExactly("November=2015-11");
        assertThat(Texts.dates("Voters have been unlikely to back the Orvan slate since November.", APRIL))
                .containsExactly("November=2015-11");
        // a perfect infinitive is past
        assertThat(Texts.dates("The Dovrant ticket is likely to have won in November.", APRIL))
                .containsExactly("November=2015-11");
        // no adjective of prospect
        assertThat(Texts.dates("The Harlsby board was happy to sign the lease in November.", APRIL))
                .containsExactly("November=2015-11");
    }
}
