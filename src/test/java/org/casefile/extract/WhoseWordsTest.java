package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.Stance;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Whose words a claim holds when a noun of speech, a rejection, a question or a supposition stands
 * around a verb of saying: a relative "that" after a noun of speech opens no content; "alleged",
 * "purported", "so-called" put the words in no one's mouth; the owner of a rejected claim states
 * it and the one who rejects it does not; a yes-or-no question and a conditional "would say"
 * report no saying. Negatives in every test. The names and places are invented and appear nowhere
 * in the corpus or the shared development data.
 */
class WhoseWordsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 10);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aRelativeThatAfterANounOfSpeechIsNoContent() {
        assertThat(claims("Ottoline Graywick met the detectives on Monday. She later withdrew her statement that"
                + " she gave to the detectives.")).isEmpty();
        assertThat(claims("Bram Castellane cited his claim that he made in May.")).isEmpty();
        assertThat(claims("The Halvern council rejected the promise that Ottoline Graywick broke in May.")).isEmpty();
        // a clause with a subject and an object of its own is the noun's content
        assertThat(claims("Ottoline Graywick met the detectives on Monday. She later repeated her statement that"
                + " she had never met Bram Castellane.")).extracting(Claim::text)
                .containsExactly("she had never met Bram Castellane");
    }

    @Test
    void anAllegedNounOfSpeechIsNoOnesClaim() {
        assertThat(claims("Graywick's alleged threat that she would close the port alarmed Corvale traders."))
                .isEmpty();
        assertThat(claims("Ottoline Graywick's so-called pledge to repeal the harbor toll was never made.")).isEmpty();
        // without the modifier the owner states it
        assertThat(claims("Voters in Corvale cheered Ottoline Graywick's pledge to repeal the harbor toll."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ottoline Graywick", "to repeal the harbor toll"));
    }

    @Test
    void theOwnerOfARejectedClaimStatesItTheRejecterDoesNot() {
        assertThat(claims("Bram Castellane rejected Ottoline Graywick's claim that the Vellport fund was empty."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("Ottoline Graywick", "the Vellport fund was empty", Stance.STATEMENT));
        assertThat(claims("Bram Castellane disputed the senator's assertion that the Vellport fund was empty."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the senator", "the Vellport fund was empty"));
        // with no owner no one states it, and the one who rejects it denies it
        assertThat(claims("Bram Castellane rejected the claim that the Vellport fund was empty."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("Bram Castellane", "the Vellport fund was empty", Stance.DENIAL));
        // a challenge to it states nothing
        assertThat(claims("Bram Castellane questioned the claim that the Vellport fund was empty.")).isEmpty();
        // but the accused's denial of a charge denies its content
        assertThat(claims("Bram Castellane denied the allegation that he had taken the money."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("Bram Castellane", "he had taken the money", Stance.DENIAL));
    }

    @Test
    void aYesOrNoQuestionReportsNoSaying() {
        assertThat(claims("Did Governor Brannoch Seldane say that the Trellick bridge would close?")).isEmpty();
        assertThat(claims("And does Seldane believe that the Trellick bridge will close?")).isEmpty();
        // a question word presupposes the saying, and a source that opens the sentence asks its own question
        assertThat(claims("Why did Governor Brannoch Seldane say that the Trellick bridge would close?"))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Brannoch Seldane", "the Trellick bridge would close?"));
        assertThat(claims("Reporters asked Seldane: will the Trellick bridge close?"))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Reporters", "will the Trellick bridge close?"));
    }

    @Test
    void aConditionalWouldSayIsNoSaying() {
        assertThat(claims("If asked, most residents of Halvern would say the coast road is unsafe.")).isEmpty();
        // a later act told in the past, and a stated position, are claims
        assertThat(claims("Seldane would later say that the Trellick bridge had been doomed."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Seldane", "the Trellick bridge had been doomed"));
    }

    @Test
    void aHyphenatedNameAfterThatStartsTheClause() {
        assertThat(claims("Prosecutors allege that Tamsin Okonedo-Reyes bribed two inspectors at the Corvale port."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("Prosecutors", "Tamsin Okonedo-Reyes bribed two inspectors at the Corvale port",
                        Stance.ALLEGATION));
    }

    @Test
    void aSecondSourceJoinedByAndEndsTheFirstClaim() {
        assertThat(claims("Some delegates said they will not attend the Halvern convention and others have said they"
                + " are not interested in speaking.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Some delegates", "they will not attend the Halvern convention"),
                        tuple("others", "they are not interested in speaking"));
        // a second "that" clause of the same speaker is no second source
        assertThat(claims("Seldane said the work would begin in May and that the Trellick bridge would reopen in"
                + " June.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Seldane", "the work would begin in May and that the Trellick bridge would"
                        + " reopen in June"));
        // nor a noun joined to the subject of what was said
        assertThat(claims("Seldane said the Vellport fund and the Corvale levy were both empty.")).extracting(
                Claim::speakerName, Claim::text)
                .containsExactly(tuple("Seldane", "the Vellport fund and the Corvale levy were both empty"));
    }
}
