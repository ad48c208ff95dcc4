package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefile.extract.OtherEventsTest.others;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Events of type {@code other} with no date: a past or perfect verb outside the trigger list with a
 * named subject or object, told as a fact in the writer's own voice, in a sentence that tells no
 * event of the trigger list (invented names). What is no such event: a plan, a habit or state in the
 * simple present, a span ("since", "so far"), a clause of another time or of its noun, a source's first
 * person, an impersonal report, a light verb's noun put off, and a sentence whose news is a listed event.
 */
class UndatedOtherEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 12);
    /** Two lead sentences first: the lead's simple past is dated to the publication day (TenseDatedEventsTest). */
    private static final String LEAD = "Markets were calm on Wednesday.\n\nTraders were cautious.\n\n";

    private static DocumentExtraction body(String... sentences) {
        return Texts.extract(LEAD + String.join("\n\n", sentences), PUBLISHED);
    }

    @Test
    void aPastOrPerfectVerbWithANamedPartyIsAnUndatedFact() {
        DocumentExtraction x = body(
                "Dunmere Ltd. has won an order from Brindle Inc. for up to 60 jets.",
                "Quenby Marlowe signed a letter to the board.");
        // a present perfect keeps the publication day it had (TenseDatedEventsTest), its noun its own event
        assertThat(others(x)).containsExactly("win 2031-03-12 agent:Dunmere Ltd.",
                "order null other:Brindle Inc.", "sign null agent:Quenby Marlowe");
        assertThat(x.events()).filteredOn(e -> e.lemma() != null).allMatch(Event::isFact);
    }

    @Test
    void noUndatedEventFromPlansHabitsSpansOtherClausesOrOtherVoices() {
        DocumentExtraction x = body(
                "Dunmere Ltd. builds jets in Torvale and signs contracts with Brindle Inc.",
                "The contracts of Dunmere Ltd. are signed by Quenby Marlowe.",
                "Quenby Marlowe called the signing a significant step.",
                "So far, Dunmere Ltd. has signed 300 contracts.",
                "Pellworth Bank has signed contracts with Dunmere Ltd. since the merger talks.",
                "Torvald Kessick, who signed the letter, was not charged.",
                "Brindle Inc.'s position is that Torvald Kessick had signed the letter.",
                "It has been reported that Dunmere Ltd. signed the letter.",
                "\"I signed the letter,\" wrote Quenby Marlowe, and we signed it with Dunmere Ltd.",
                "Torvald Kessick has postponed a visit to Brindle Inc.",
                "Pellworth Bank will sign a contract with Brindle Inc.",
                "Pellworth Bank refrained from acquiring Dunmere Ltd.");
        assertThat(others(x)).isEmpty();
    }
}
