package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "said her lawyer Osric Ashcombe": after the verb, "her" before a noun or a title opens the
 * source phrase (a possessive), so the named lawyer speaks, not "her". "told her the plan was
 * dead" keeps "her" as the one told. The names are invented and appear nowhere in the corpus or
 * the shared development data.
 */
class PossessiveSourceTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 14);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void herBeforeARoleOpensTheSourceAfterTheVerb() {
        assertThat(claims("\u201CWe did nothing wrong,\u201D said her lawyer Osric Ashcombe."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Osric Ashcombe", "We did nothing wrong,"));
        assertThat(claims("\u201CI am innocent,\u201D said her son, Osric Ashcombe, on Monday."))
                .extracting(Claim::speakerName)
                .containsExactly("Osric Ashcombe");
    }

    @Test
    void herThatIsTheOneToldStaysOutOfTheContent() {
        assertThat(claims("Wilma Strode told her the plan was dead."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Wilma Strode", "the plan was dead"));
    }
}
