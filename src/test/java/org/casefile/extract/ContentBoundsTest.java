package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Where a reported content starts and ends: it ends before the source's next saying or refusal
 * with no subject of its own ("but would not say why", "and added that") and before a contrast
 * the writer sets beside it (", while …"); the conjunction "that" before a subject is no part of
 * it (a demonstrative is). Negatives: "and" joining two clauses of what was said stays inside.
 * The names and places are invented and appear nowhere in the corpus or the shared development data.
 */
class ContentBoundsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 14);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void theSourcesNextSayingOrRefusalEndsTheContent() {
        assertThat(claims("A spokeswoman for Ferran Airlines, Jodie Pennock, confirmed that the flight had been diverted"
                + " but would not say why."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Jodie Pennock", "the flight had been diverted"));
        assertThat(claims("Jodie Pennock said the Ferran runway was closed and declined to comment further."))
                .extracting(Claim::text)
                .containsExactly("the Ferran runway was closed");
    }

    @Test
    void aContrastAfterACommaIsTheWritersNotTheSources() {
        assertThat(claims("Officials at the Brisk Valley plant insisted the leak posed no danger, while campaigners"
                + " demanded an inquiry."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Officials at the Brisk Valley plant", "the leak posed no danger"));
    }

    @Test
    void aWhileClauseWithNoSayingOfItsOwnMayBeWhatWasSaid() {
        assertThat(claims("The minister said Tessmark exports rose 4 percent in March, while imports fell 2 percent."))
                .extracting(Claim::text)
                .containsExactly("Tessmark exports rose 4 percent in March, while imports fell 2 percent");
    }

    @Test
    void twoClausesOfWhatWasSaidStayTogether() {
        assertThat(claims("Jodie Pennock said the Ferran runway was closed and the pilots were waiting."))
                .extracting(Claim::text)
                .containsExactly("the Ferran runway was closed and the pilots were waiting");
    }

    @Test
    void theConjunctionThatBeforeASubjectIsLeftOutAndADemonstrativeKept() {
        assertThat(claims("Prosecutors allege that Corwin Ashby, 51, stole $300,000 from the Tull charity."))
                .extracting(Claim::text)
                .containsExactly("Corwin Ashby, 51, stole $300,000 from the Tull charity");
        assertThat(claims("Jodie Pennock said that plan was dead."))
                .extracting(Claim::text)
                .containsExactly("that plan was dead");
    }
}
