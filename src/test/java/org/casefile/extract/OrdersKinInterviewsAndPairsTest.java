package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Faults left by helper ww25 and found again by reading invented news (session 31, helper ww26):
 * a short order after a message's colon ("had a simple message for the owners: pay up") was dropped
 * as too short; "the widow of X said" made X the speaker; an answer of a Q&A interview had no
 * speaker; "X and Y said in a joint statement" named no one. Names appear nowhere in the corpus.
 */
class OrdersKinInterviewsAndPairsTest {
    private static final LocalDate FRIDAY = LocalDate.of(2031, 5, 16);

    private static List<String> saidBy(String text) {
        return Texts.saidBy(text, FRIDAY);
    }

    /** Each claim as {@code speaker entity's name | speaker as written: text}. */
    private static List<String> speakers(String text) {
        DocumentExtraction x = Texts.extract(text, FRIDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream()
                .map(c -> (c.speaker() == null ? "-" : names.get(c.speaker())) + " | " + c.speakerName() + ": " + c.text())
                .toList();
    }

    @Test
    void aShortOrderAfterAMessagesColonIsWhatWasSaid() {
        assertThat(saidBy("The striking dockworkers had a blunt message for the port authority: negotiate now."))
                .containsExactly("The striking dockworkers: negotiate now");
        assertThat(saidBy("Mayor Tamsin Orlevy had one warning for developers: build elsewhere."))
                .containsExactly("Tamsin Orlevy: build elsewhere");
        // negative: two words after the colon that are no order stay too short to be a saying
        assertThat(saidBy("The union had a message for the owners: higher wages.")).isEmpty();
        // negative: a colon after a plain list is no message
        assertThat(saidBy("The crew had two tasks for the night: clean up.")).isEmpty();
    }

    @Test
    void aRelativeOfANamedPersonSpeaksNotThePerson() {
        assertThat(speakers("The widow of Osgar Quarrington said the mill had ignored repeated warnings."))
                .containsExactly("- | The widow of Osgar Quarrington: the mill had ignored repeated warnings");
        assertThat(speakers("Corvin Aldeburgh was hurt in the crash. His father said the boy had been wearing a helmet."))
                .containsExactly("- | His father: the boy had been wearing a helmet");
        assertThat(speakers("Corvin Aldeburgh's sister said the family would appeal."))
                .containsExactly("- | Corvin Aldeburgh's sister: the family would appeal");
        // negative: a person's own office after "of" still names the one who speaks in apposition
        assertThat(speakers("A cousin of Osgar Quarrington, Petra Vantongeren, said the mill was unsafe."))
                .containsExactly("Petra Vantongeren | Petra Vantongeren: the mill was unsafe");
    }

    @Test
    void anAnswerOfAnInterviewIsTheIntervieweesSaying() {
        String interview = "The following is an edited transcript of an interview with former minister Tobrin Penhallow.\n"
                + "Q: Why did you resign?\n"
                + "A: I felt the cabinet had lost its way, and I said so.\n"
                + "Q: Will you run again?\n"
                + "A: I have said I will not run again.";
        assertThat(speakers(interview)).contains("Tobrin Penhallow | Tobrin Penhallow: I will not run again");
        // negative: with no question's label, an "A:" paragraph is no answer and "I" stays the writer's
        assertThat(speakers("We spoke to Tobrin Penhallow last week in an interview with the magazine.\n"
                + "A: I have said I will not run again.")).noneMatch(s -> s.startsWith("Tobrin Penhallow"));
        // negative: an interview with a body names no one who answers
        assertThat(speakers("This is an interview with Harbourline Radio.\nQ: Why?\nA: I have said I will not run again."))
                .noneMatch(s -> s.contains("Harbourline"));
    }

    @Test
    void peopleNamedSideBySideKeepBothAndTheFirstsEntity() {
        assertThat(speakers("Rosamund Velt and Garrick Oyelaran said in a joint statement that they would not seek reelection."))
                .containsExactly("Rosamund Velt | Rosamund Velt and Garrick Oyelaran: they would not seek reelection");
        // negative: a person and a relative of no name are no two named people
        assertThat(speakers("Rosamund Velt and her sister said they had been evicted without notice."))
                .containsExactly("- | Rosamund Velt and her sister: they had been evicted without notice");
        // negative: a person alone keeps her own entity
        assertThat(speakers("Rosamund Velt said the vote would be close."))
                .containsExactly("Rosamund Velt | Rosamund Velt: the vote would be close");
    }
}
