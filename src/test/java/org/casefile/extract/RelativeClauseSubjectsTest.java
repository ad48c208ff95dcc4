package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A name that a relative clause modifies takes part in the clause's event as its relative pronoun
 * does (invented names and places): "Ysolde Marrick, who was arrested in Valmere on May 3, 2024,
 * was released" had an arrest with Ysolde Marrick as a bystander when the parse read the dated
 * sentence. "who"/"which" as the subject: the agent (the patient in a passive); "whom" as the
 * object: the patient.
 */
class RelativeClauseSubjectsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    /** Each event as {@code trigger:[name:role, …]}, in order. */
    private static List<String> parties(String text) {
        return Texts.parties(text, PUBLISHED);
    }

    @Test
    void theNameARelativeClauseModifiesTakesThePronounsPart() {
        assertThat(parties("Ysolde Marrick, who was arrested in Valmere on May 3, 2024, was released on Friday."))
                .containsExactly("arrested:[Ysolde Marrick:patient]", "released:[Ysolde Marrick:patient]");
        assertThat(parties("Norvale Corp., which sued Kestrin Bank on May 3, 2024, lost the case."))
                .contains("sued:[Kestrin Bank:patient, Norvale Corp.:agent]");
        assertThat(parties("Tavish Orlen, whom police arrested on May 3, 2024, was released on Friday."))
                .contains("arrested:[Tavish Orlen:patient]");
    }

    @Test
    void aClauseOfAnotherNounLeavesTheNameOut() {
        // negative: the relative clause modifies "lawyer", or is no clause of the trigger
        assertThat(parties("The lawyer of Ysolde Marrick, who was arrested on May 3, 2024, spoke on Friday."))
                .containsExactly("arrested:[Ysolde Marrick:other]");
        assertThat(parties("Halvard Corvel, who lives in Valmere, was arrested on May 3, 2024."))
                .containsExactly("arrested:[Halvard Corvel:patient]");
    }

    @Test
    void aRelativeClauseOfANounAfterTheNameIsNotTheNamesAct() {
        // negative: the flood damaged the school, not Vantreese; the fine is hers
        assertThat(parties("A court on Monday fined Orla Vantreese 9,000 euros over a flood that damaged a school in 2021."))
                .noneMatch(p -> p.startsWith("damaged") && p.contains("Orla Vantreese:agent"));
        // a noun in apposition to the name is the name: its relative clause is the name's
        assertThat(parties("Orla Vantreese, a nurse who was arrested in Quistbury on May 3, 2024, was released on Friday."))
                .contains("arrested:[Orla Vantreese:patient]");
        assertThat(parties("Orla Vantreese, 41, who was arrested in Quistbury on May 3, 2024, was released on Friday."))
                .contains("arrested:[Orla Vantreese:patient]");
    }
}
