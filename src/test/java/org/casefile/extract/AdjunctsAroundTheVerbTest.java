package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Adjuncts around a verb of speech: words after it that say when, where or how ("said, on
 * condition of anonymity", "said on Monday, adding …") leave the clause before as what was said,
 * and a participle after them is the same source's; a date between a source and its verb ("Ann Lee
 * on Monday said", "a survey released Monday shows") leaves the source its own. The names and
 * places are invented and appear nowhere in the corpus or the shared development data.
 */
class AdjunctsAroundTheVerbTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void anAdjunctAfterTheVerbLeavesTheClauseBefore() {
        assertThat(claims("The Dunmarrow plant will close in May, Tavish Quorrel said, on condition of anonymity."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tavish Quorrel", "The Dunmarrow plant will close in May"));
    }

    @Test
    void aParticipleAfterTheVerbsAdjunctsIsTheSameSourcesSaying() {
        assertThat(claims("The Dunmarrow plant will close in May, Tavish Quorrel said on Monday, adding that the"
                + " workers would be paid.")).extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("Tavish Quorrel", "The Dunmarrow plant will close in May"),
                        tuple("Tavish Quorrel", "the workers would be paid"));
    }

    @Test
    void aFrontedPhraseIsStillNoClaim() {
        assertThat(claims("After the vote in Dunmarrow, Tavish Quorrel said on Monday that the plant would close."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("Tavish Quorrel", "the plant would close"));
        assertThat(claims("In Dunmarrow, Tavish Quorrel said in a statement that the plant would close."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("Tavish Quorrel", "the plant would close"));
    }

    @Test
    void aDateBetweenTheSourceAndItsVerb() {
        assertThat(claims("Tavish Quorrel on Monday said the Dunmarrow plant would close.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Tavish Quorrel", "the Dunmarrow plant would close"));
        assertThat(claims("A survey released Monday shows Tavish Quorrel ahead in Dunmarrow.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("A survey", "Tavish Quorrel ahead in Dunmarrow"));
    }

    @Test
    void aDateThatEndsAClauseBeforeTheSourceIsNoSource() {
        assertThat(claims("Workers who were fired on Monday said the Dunmarrow plant would close.")).extracting(
                Claim::speakerName).doesNotContain("Monday");
        assertThat(claims("The plant closed on Monday, Tavish Quorrel said.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Tavish Quorrel", "The plant closed on Monday"));
    }

    @Test
    void aSourceSetOffInsideAClauseSaysTheClauseAroundIt() {
        assertThat(claims("The Dunmarrow plant, Tavish Quorrel said, will close in May.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Tavish Quorrel", "The Dunmarrow plant will close in May"));
        assertThat(claims("The vote was late - and the Dunmarrow permit, the Velcor board said, had been hard to get."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the Velcor board", "the Dunmarrow permit had been hard to get"));
    }

    @Test
    void aFrontedPhraseBeforeASetOffSourceIsNoPartOfWhatWasSaid() {
        assertThat(claims("After the vote, Tavish Quorrel said, the Dunmarrow plant will close in May.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Tavish Quorrel", "the Dunmarrow plant will close in May"));
        assertThat(claims("The Dunmarrow plant will close, Tavish Quorrel said, and the workers will be paid."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tavish Quorrel", "The Dunmarrow plant will close"));
    }
}
