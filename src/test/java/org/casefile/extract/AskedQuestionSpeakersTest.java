package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who answers after "Asked whether …" (session 36, an invented campaign story read as a new user
 * would): "Asked whether Varga would debate Halloran, she said no decision had been made" gave the
 * answer to Halloran, the one the question was about. The question is an attribution with no
 * source (PolNeAR's convention, kept: a claim with no speaker); it no longer takes the place of the
 * last speaker, and a person named inside it is no antecedent of the pronoun that answers.
 */
class AskedQuestionSpeakersTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2035, 3, 8);

    private static List<String> saidBy(String text) {
        return Texts.saidBy(text, THURSDAY);
    }

    @Test
    void thePronounAfterAQuestionIsTheLastSpeaker() {
        assertThat(saidBy("Ostrava Pelling's campaign manager, Ingeborg Tasselaar, said the budget would come next week. "
                + "Asked whether Pelling would debate Marisol Quennell again, she said no decision had been made."))
                .containsExactly("Ingeborg Tasselaar: the budget would come next week",
                        "null: whether Pelling would debate Marisol Quennell again",
                        "Ingeborg Tasselaar: no decision had been made");
    }

    @Test
    void aPersonNamedInTheQuestionIsNotWhoAnswers() {
        assertThat(saidBy("Ingeborg Tasselaar runs the Pelling campaign. "
                + "When asked if Marisol Quennell would attend, she said she did not know."))
                .containsExactly("null: if Marisol Quennell would attend", "Ingeborg Tasselaar: she did not know");
    }

    @Test
    void aQuestionWithCommasOfItsOwnEndsAtTheCommaBeforeThePronoun() {
        assertThat(saidBy("Ingeborg Tasselaar runs the Pelling campaign. Asked on Tuesday, March 6, whether Marisol "
                + "Quennell would attend, she said she did not know."))
                .containsExactly("Ingeborg Tasselaar: she did not know");
    }

    @Test
    void aParticipleOfATitleOpensNoClause() {
        // "Acting Mayor" is a title: the mayor speaks
        assertThat(saidBy("Ingeborg Tasselaar runs the Pelling campaign. Acting Mayor Anneliese Brodsky did not attend, "
                + "but she said in a statement that the budget would pass."))
                .containsExactly("Anneliese Brodsky: the budget would pass");
    }

    @Test
    void aPersonMetInAnOpeningParticipleIsNotWhoSpeaks() {
        // the one who met her speaks, not the one met
        assertThat(saidBy("Ingeborg Tasselaar runs the Pelling campaign. After meeting Marisol Quennell, she said "
                + "no decision had been made."))
                .containsExactly("Ingeborg Tasselaar: no decision had been made");
    }

    @Test
    void aPersonNamedBeforeTheQuestionOrInAFiniteClauseStillAnswers() {
        // the question names no one: the woman named before it answers
        assertThat(saidBy("Marisol Quennell arrived an hour late. Asked about the delay, she said the roads were closed."))
                .containsExactly("Marisol Quennell: the roads were closed");
        // a participle that opens a name, with no comma after its clause, is no clause of its own
        assertThat(saidBy("Retired Col. Anneliese Brodsky is speaking out because she believes the Pelling plan will fail."))
                .containsExactly("Anneliese Brodsky: the Pelling plan will fail");
        // a clause of its own tense keeps its subject: she is the one who arrived
        assertThat(saidBy("When Marisol Quennell arrived, she said the roads were closed."))
                .containsExactly("Marisol Quennell: the roads were closed");
    }
}
