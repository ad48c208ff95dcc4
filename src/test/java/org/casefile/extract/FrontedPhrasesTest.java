package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Words before a source without quotation marks are what it said only when its verb ends the
 * clause ("…, the audit found."); a verb that is no plain verb of speech and has an object of its
 * own ("did not rule out a second toll", "pointed to the council") makes them a fronted phrase, no
 * one's words. The names and places are invented and appear nowhere in the corpus or the shared
 * development data.
 */
class FrontedPhrasesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aVerbThatEndsItsClauseTakesTheWordsBefore() {
        assertThat(claims("The Brindlecombe fund was empty by March, the audit found.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("the audit", "The Brindlecombe fund was empty by March"));
        assertThat(claims("Toll receipts in Kesterby fell by half, records show.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("records", "Toll receipts in Kesterby fell by half"));
    }

    @Test
    void aVerbWithAnObjectOfItsOwnTakesNothingBefore() {
        assertThat(claims("In an interview published on Tuesday, Orla Penhallow did not rule out a second toll."))
                .isEmpty();
        assertThat(claims("Despite the doubts voiced in Kesterby, Orla Penhallow still pointed to the council."))
                .isEmpty();
    }

    @Test
    void aPlainVerbOfSpeechKeepsItsReading() {
        assertThat(claims("The Brindlecombe toll will rise in May, Orla Penhallow told reporters.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Orla Penhallow", "The Brindlecombe toll will rise in May"));
    }
}
