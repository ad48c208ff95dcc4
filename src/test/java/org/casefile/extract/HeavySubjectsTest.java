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
 * subject with no verb of saying. The names and places are invented and appear nowhere in the
 * corpus or the shared development data.
 */
class HeavySubjectsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aBoundRelativeClauseWithAVerbOfItsOwn() {
        assertThat(claims("Officials who spoke on condition of anonymity said the Quenby plant would close."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Officials", "the Quenby plant would close"));
        assertThat(claims("Another worker who trained at the Quenby depot and who didn't want to be named said he"
                + " heard Talwyn Morvath talk of cuts.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Another worker", "he heard Talwyn Morvath talk of cuts"));
    }

    @Test
    void aRelativeClauseWithCommasInsideIt() {
        assertThat(claims("Some voters who have listened to Mr. Morvath's speeches over the decades, on the radio or"
                + " at small events, said he had less magnetism than they remembered."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Some voters", "he had less magnetism than they remembered"));
    }

    @Test
    void anAppositionWithARelativeClauseOrAParticiple() {
        assertThat(claims("The clerk of nearly four years, a registered nurse who spoke on the condition of anonymity"
                + " for fear of losing her job, said the Harrowgate ward had closed.")).extracting(
                        Claim::speakerName, Claim::text)
                .containsExactly(tuple("The clerk", "the Harrowgate ward had closed"));
        assertThat(claims("Numerous ferrymen interviewed at the Brannock pier this week, including Esk Pendrake, said"
                + " they had no quarrel with the new toll.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Numerous ferrymen", "they had no quarrel with the new toll"));
    }

    @Test
    void aNameRightBeforeTheVerbIsItsOwnSubject() {
        // "who Talwyn Morvath said": the name says it, the ferrymen are what was said of
        assertThat(claims("The ferrymen who Talwyn Morvath said were unsafe left the Brannock pier on Monday."))
                .extracting(Claim::speakerName).doesNotContain("The ferrymen");
        // a name after a preposition or a verb in the clause is its object: the noun before "who" speaks
        assertThat(claims("Officials who met with Talwyn Morvath said the Quenby plant would close."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Officials", "the Quenby plant would close"));
    }

    @Test
    void aVerbOfSayingInsideTheRelativeClauseIsThatClausesOwn() {
        assertThat(claims("The ferrymen who said the Brannock pier was unsafe were fired on Monday."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The ferrymen", "the Brannock pier was unsafe"));
    }

    @Test
    void aSourceAfterTheVerbSpeaksForTheClauseBeforeIt() {
        // the first verb is the content's own, not a participle on "The Quenby firm"
        assertThat(claims("The Quenby firm lobbied for the toll at both the county and state level, said Esk"
                + " Pendrake, its former partner.")).extracting(Claim::speakerName).containsExactly("Esk Pendrake");
    }

    @Test
    void noVerbOfSayingNoClaim() {
        assertThat(claims("Officials who spoke on condition of anonymity left the Quenby plant on Monday.")).isEmpty();
        assertThat(claims("Numerous ferrymen interviewed at the Brannock pier this week, including Esk Pendrake,"
                + " voted against the toll.")).isEmpty();
    }
}
