package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A subject that opens its clause and carries a modifier of its own before the verb of saying (a
 * relative clause, a participle, an apposition with a relative clause in it) speaks; a noun inside
 * what describes it never does, and the subject is never what was said. Negatives: a name right
 * before the verb that may be its own subject, a verb of saying inside the relative clause, a
 * subject with no verb of saying. The sentences are written new (no rewording of any corpus
 * sentence); the names and places are invented and appear nowhere in the corpus or the shared
 * development data.
 */
class HeavySubjectsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aBoundRelativeClauseWithAVerbOfItsOwn() {
        assertThat(claims("Two inspectors who toured the Pellham dam last week said the spillway was cracked."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Two inspectors", "the spillway was cracked"));
        assertThat(claims("A nurse who worked nights at the Brenmouth clinic and who has since moved to Corvale said"
                + " the ward ran out of insulin twice.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("A nurse", "the ward ran out of insulin twice"));
    }

    @Test
    void aRelativeClauseWithCommasInsideIt() {
        assertThat(claims("Several traders who have sold fish at the Vellport market since the 1990s, in good years"
                + " and bad, said the new fees would drive them out.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Several traders", "the new fees would drive them out"));
    }

    @Test
    void anAppositionWithARelativeClauseOrAParticiple() {
        assertThat(claims("A deckhand on the Corvale ferry for a decade, a father of three who feared losing his post,"
                + " said the crew had skipped safety drills.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("A deckhand", "the crew had skipped safety drills"));
        assertThat(claims("Many growers surveyed by the Halvern co-op in May, including Dessa Marrowby, said the frost"
                + " had cut their yield by half.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Many growers", "the frost had cut their yield by half"));
    }

    @Test
    void aNameRightBeforeTheVerbIsItsOwnSubject() {
        // "who Perpetua Walsingham said": the name says it, the guards are what was said of
        assertThat(claims("The two guards who Perpetua Walsingham said had slept on duty were dismissed on Friday."))
                .extracting(Claim::speakerName).doesNotContain("The two guards");
        // a name after a preposition or a verb in the clause is its object: the noun before "who" speaks
        assertThat(claims("Engineers who inspected the dam with Perpetua Walsingham said the spillway was cracked."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Engineers", "the spillway was cracked"));
    }

    @Test
    void aVerbOfSayingInsideTheRelativeClauseIsThatClausesOwn() {
        assertThat(claims("A guard who said the Pellham gate was broken was dismissed on Friday."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("A guard", "the Pellham gate was broken"));
    }

    @Test
    void aSourceAfterTheVerbSpeaksForTheClauseBeforeIt() {
        // the first verb is the content's own, not a participle on "Marrowby Freight"
        assertThat(claims("Marrowby Freight paid the fines in both Halvern and Corvale, said Idris Halloway, a former"
                + " director of the company.")).extracting(Claim::speakerName).containsExactly("Idris Halloway");
    }

    @Test
    void noVerbOfSayingNoClaim() {
        assertThat(claims("Two inspectors who toured the Pellham dam last week left town on Monday.")).isEmpty();
        assertThat(claims("Many growers surveyed by the Halvern co-op in May, including Dessa Marrowby, voted against"
                + " the levy.")).isEmpty();
    }
}
