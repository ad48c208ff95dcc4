package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A noun of speech or of held view with an owner and its own clause ("his warning that …", "Ann
 * Lee's claim that …", "her pledge to …") attributes the clause to the owner. Negatives: a noun
 * that is only a topic, a "that" that opens a relative clause, a noun with no owner, a question.
 * The names and places are invented and appear nowhere in the corpus or the shared development
 * data.
 */
class NounsOfSpeechTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void anOwnerBeforeApostropheSStatesTheClause() {
        assertThat(claims("Despite Talwyn Morvath's claims that the Selwick fund is empty, the council approved the"
                + " budget.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Talwyn Morvath", "the Selwick fund is empty"));
    }

    @Test
    void aPossessivePronounStandsForTheOneNamedBefore() {
        assertThat(claims("Talwyn Morvath toured the Selwick docks on Monday. The visit was overshadowed by his"
                + " warning that the Ravelston ferry would stop running.")).extracting(Claim::speakerName,
                        Claim::text)
                .containsExactly(tuple("Talwyn Morvath", "the Ravelston ferry would stop running"));
    }

    @Test
    void aNounOfPromiseTakesItsInfinitive() {
        assertThat(claims("Voters in Ottery cheered Esk Pendrake's pledge to repeal the harbor toll.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Esk Pendrake", "to repeal the harbor toll"));
    }

    @Test
    void aTopicARelativeClauseNoOwnerOrAQuestionIsNoClaim() {
        assertThat(claims("Talwyn Morvath's statement on Monday was late.")).isEmpty();
        assertThat(claims("Talwyn Morvath's claim that was rejected by the Selwick council came up again.")).isEmpty();
        assertThat(claims("A claim that the Selwick fund is empty spread on Monday.")).isEmpty();
        assertThat(claims("Is Talwyn Morvath's claim that the Selwick fund is empty true?")).isEmpty();
        assertThat(claims("Esk Pendrake's statement to the Ottery council ran to four pages.")).isEmpty();
    }
}
