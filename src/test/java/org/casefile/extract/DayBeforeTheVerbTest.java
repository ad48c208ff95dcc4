package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The day news sets between a subject and its verb ("A federal jury on Thursday convicted …"), and
 * a dateline's date beside it (session 23, an invented bribery case read as a new user would): the
 * parser hangs "on Thursday" on the jury, and the dateline's "Sept. 19" made a second date, so the
 * verdict at the top of the story had no date. Names appear nowhere in the corpus.
 */
class DayBeforeTheVerbTest {
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2031, 9, 19);

    @Test
    void aDayBetweenSubjectAndVerbDatesTheVerb() {
        assertThat(Texts.datedParties("A federal jury on Thursday convicted Idrissa Cardew of fraud.", FRIDAY))
                .containsExactly("convicted/conviction/2031-09-18 [Idrissa Cardew:patient]");
        assertThat(Texts.datedParties("A grand jury in Ostrand on Monday indicted Idrissa Cardew.", FRIDAY))
                .containsExactly("indicted/charge/2031-09-15 [Idrissa Cardew:patient]");
    }

    @Test
    void aDatelineDateDoesNotCompeteWithTheClausesOwn() {
        assertThat(Texts.datedParties("OSTRAND, Sept. 19 - A federal jury on Thursday convicted Idrissa Cardew of fraud.",
                FRIDAY)).containsExactly("convicted/conviction/2031-09-18 [Idrissa Cardew:patient]");
        assertThat(Texts.datedParties("OSTRAND, Sept. 19 (Harbor Wire) - A federal jury on Thursday convicted "
                + "Idrissa Cardew of fraud.", FRIDAY)).containsExactly("convicted/conviction/2031-09-18 [Idrissa Cardew:patient]");
    }

    @Test
    void aDatelineIsNoPartOfWhatASourceSaid() {
        assertThat(Texts.saidBy("OSTRAND, Sept. 19 (Harbor Wire) - Idrissa Cardew was charged on Thursday with fraud, "
                + "prosecutors said.", FRIDAY)).containsExactly("prosecutors: Idrissa Cardew was charged on Thursday with fraud");
        // negative: with no dateline the sentence's first words are the content's
        assertThat(Texts.saidBy("OSTRAND COUNTY officials charged Idrissa Cardew on Thursday, prosecutors said.", FRIDAY))
                .containsExactly("prosecutors: OSTRAND COUNTY officials charged Idrissa Cardew on Thursday");
    }

    @Test
    void aDayOfAnotherNounBeforeTheVerbIsNotItsDay() {
        assertThat(Texts.datedParties("A jury in the May 10 shooting convicted Idrissa Cardew on Thursday.", FRIDAY))
                .contains("convicted/conviction/2031-09-18 [Idrissa Cardew:patient]");
        assertThat(Texts.datedParties("A jury in the May 10 shooting convicted Idrissa Cardew.", FRIDAY))
                .anyMatch(e -> e.startsWith("convicted/conviction/"))
                .noneMatch(e -> e.startsWith("convicted/conviction/2031-05-10"));
    }

    @Test
    void aDayOfAnotherClauseBeforeTheVerbIsNotItsDay() {
        // "on Monday" is when the judge was appointed, not when the verdict came
        assertThat(Texts.datedParties("The judge who was appointed on Monday convicted Idrissa Cardew of fraud.", FRIDAY))
                .noneMatch(e -> e.startsWith("convicted/conviction/2031-09-15"));
        // a day after the verb is the verb's as before; the dateline's alone dates nothing before its dash
        assertThat(Texts.datedParties("OSTRAND, Sept. 12 - Idrissa Cardew was indicted on Thursday.", FRIDAY))
                .containsExactly("indicted/charge/2031-09-18 [Idrissa Cardew:patient]");
    }
}
