package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Faults a read-only review found in the twentieth stop's helper rounds: a hedge left an undated
 * event a fact; a heavy subject took the claim from the name set off right before the verb; an
 * owner's "his" after a verb went to the sentence's subject; a body named "for" a field was cut
 * in two. Names appear nowhere in the corpus.
 */
class HelperReviewMendsTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2031, 6, 2);

    private static List<String> claims(String text) {
        return Texts.extract(text, MONDAY).claims().stream().map(c -> c.speakerName() + ": " + c.text()).toList();
    }

    private static List<String> events(String text) {
        return Texts.extract(text, MONDAY).events().stream()
                .map(e -> e.trigger().text() + "/" + e.type().name().toLowerCase() + "/" + e.modality().name().toLowerCase())
                .toList();
    }

    @Test
    void aHedgedActIsNoFact() {
        assertThat(events("Quenby Marlowe apparently signed the letter on Tuesday.")).isEmpty();
        assertThat(events("Quenby Marlowe probably signed the letter on Tuesday.")).isEmpty();
        assertThat(events("Quenby Marlowe seems to have signed the letter.")).isEmpty();
        assertThat(events("Quenby Marlowe appeared to flee the country on Tuesday."))
                .containsExactly("flee/travel/hypothetical");
        // negative: the same act told plainly is one, and appearing in court is no hedge
        assertThat(events("Quenby Marlowe signed the letter on Tuesday.")).containsExactly("signed/other/asserted");
    }

    @Test
    void theNameSetOffBeforeTheVerbSpeaks() {
        assertThat(claims("The man who hired her, Orrin Castell, said the plan failed."))
                .containsExactly("Orrin Castell: the plan failed");
        // negative: a heavy subject with no name of its own still speaks
        assertThat(claims("Officials who spoke on condition of anonymity said the plan failed."))
                .containsExactly("Officials: the plan failed");
    }

    @Test
    void anOwnersPronounAfterAVerbIsNobodyInParticular() {
        List<String> found = claims("Judge Orrin Castell said the loan was a bribe. The clerk repeated his claim that the money"
                + " was a gift.");
        assertThat(found).containsExactly("Orrin Castell: the loan was a bribe", "null: the money was a gift");
        // negative: an owner that opens the clause speaks
        assertThat(claims("Despite Ann Varle's claims that the fund is empty, the council voted to spend it."))
                .containsExactly("Ann Varle: the fund is empty");
    }

    @Test
    void aBodyNamedForAFieldStaysWhole() {
        assertThat(Texts.extract("Ann Tabbin, director of the Institute for Harbor Safety, said the port was safe.", MONDAY)
                .entities().stream().map(e -> e.type() + ":" + e.name()).toList())
                .containsExactly("PERSON:Ann Tabbin", "ORGANIZATION:Institute for Harbor Safety");
    }
}
