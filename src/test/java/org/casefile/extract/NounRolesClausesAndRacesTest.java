package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Business, court and politics news (invented names and places): the "of" of an intransitive act's noun
 * names who did it; a name in a clause of another verb takes no part in the event; being due in court is a
 * hearing to come; a race for an office is an election, won or lost.
 */
class NounRolesClausesAndRacesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2033, 4, 12); // a Tuesday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void theOfOfAnIntransitiveActNamesWhoDidIt() {
        assertThat(events("The resignation of Oswin Trevanny was confirmed by the board on Monday."))
                .anyMatch(e -> e.startsWith("resignation/") && e.endsWith("[Oswin Trevanny:agent]"));
        assertThat(events("The death of Marisol Quennell was announced by her family on Sunday."))
                .anyMatch(e -> e.startsWith("death/") && e.endsWith("[Marisol Quennell:agent]"));
        // negative: the "of" of a harm still names who was harmed
        assertThat(events("The murder of Marisol Quennell shocked the village."))
                .anyMatch(e -> e.startsWith("killing/") && e.contains("Marisol Quennell:patient"));
    }

    @Test
    void aNameInAClauseOfAnotherVerbTakesNoPart() {
        assertThat(events("Ysolde Farrington resigned as chief financial officer in 2019 but stayed on the board until 2027, "
                + "when the firm was bought by Pellucid Holdings."))
                .containsExactly("resignation/null/positive/asserted/2019 [Ysolde Farrington:agent]");
        assertThat(events("Ysolde Farrington stepped down as mayor in 2021 and moved to Quillmouth, where she joined Tarrow Partners."))
                .contains("resignation/null/positive/asserted/2021 [Ysolde Farrington:agent]")
                .noneMatch(e -> e.contains("Tarrow Partners"));
        // negative: the verb's own object stays
        assertThat(events("Pellucid Holdings bought Tarrow Partners in 2027, when its founder retired."))
                .anyMatch(e -> e.contains("Pellucid Holdings:agent") && e.contains("Tarrow Partners:patient"));
    }

    @Test
    void dueInCourtIsAHearingToCome() {
        assertThat(events("Berengar Sloat is due in court on Friday."))
                .containsExactly("hearing/null/positive/planned/2033-04-15 [Berengar Sloat:other]");
        // negative: a payment due is no hearing
        assertThat(events("The first payment is due on Friday.")).noneMatch(e -> e.startsWith("hearing"));
    }

    @Test
    void aRaceForAnOfficeIsAnElection() {
        assertThat(events("Ottoline Brashear won the governor's race in November."))
                .containsExactly("election/null/positive/asserted/2032-11 [Ottoline Brashear:agent]");
        assertThat(events("Ottoline Brashear lost the race for county sheriff last year."))
                .containsExactly("election/null/positive/asserted/2032 [Ottoline Brashear:agent]");
        // negative: a race alone is a sport's; a case lost is no election
        assertThat(events("Ottoline Brashear won the 400-meter race on Sunday.")).noneMatch(e -> e.startsWith("election"));
        assertThat(events("Ottoline Brashear lost the case on appeal.")).noneMatch(e -> e.startsWith("election"));
    }
}
