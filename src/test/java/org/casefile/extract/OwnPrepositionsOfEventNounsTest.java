package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Names after an event noun (business and court news, invented names): the noun's own "of" or "against"
 * names who underwent it, for every name joined there; the "of" of another noun, in the clause of the verb
 * the event noun is the subject of, is that noun's and names no party of the event.
 */
class OwnPrepositionsOfEventNounsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2033, 4, 12); // a Tuesday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void theOfOfAnotherNounInTheVerbsClauseNamesNoParty() {
        assertThat(events("A complaint filed by Idony Pasquier seeks to block the merger of Varrick Bank and Selden Trust."))
                .contains("filing/null/positive/asserted/null [Idony Pasquier:agent]");
    }

    @Test
    void everyNameJoinedInTheNounsOwnOfUndergoesIt() {
        assertThat(events("A complaint filed by Idony Pasquier seeks to block the merger of Varrick Bank and Selden Trust."))
                .anyMatch(e -> e.startsWith("acquisition/") && e.contains("Selden Trust:patient") && e.contains("Varrick Bank:patient"));
    }

    @Test
    void theVerbsOwnObjectStaysAParty() {
        // negative: no "of" of another noun, the object of the verb is still named
        assertThat(events("The complaint accuses Varrick Bank of hiding losses."))
                .containsExactly("accusation/null/positive/asserted/null [Varrick Bank:patient]");
        assertThat(events("The killing of Ansel Brightwater and Corra Vantongeren remains unsolved."))
                .containsExactly("killing/null/positive/asserted/null [Ansel Brightwater:patient, Corra Vantongeren:patient]");
    }

    @Test
    void aNameAfterACommaOpensTheNextClause() {
        // negative: a comma alone joins no name to the "of" before it
        assertThat(events("After the death of Ansel Brightwater, Corra Vantongeren took over the farm."))
                .noneMatch(e -> e.contains("Corra Vantongeren:patient"));
    }

    @Test
    void theNounsOwnComplementOrTimeMayStandBefore() {
        assertThat(events("The killing last year of Ansel Brightwater remains unsolved."))
                .anyMatch(e -> e.startsWith("killing/") && e.contains("Ansel Brightwater:patient"));
    }
}
