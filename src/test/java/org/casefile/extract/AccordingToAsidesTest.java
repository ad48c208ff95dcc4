package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "according to" where it neither opens nor closes the sentence: after a word that links the
 * sentence to the one before ("But according to …, …"), and as an aside inside the clause it
 * attributes ("Fundraising, according to the campaign, has surged"). Negatives: an aside inside
 * another source's words stays that source's claim, and a clause before a closing "according to"
 * is the content as before. The names and places are invented and appear nowhere in the corpus
 * or the shared development data.
 */
class AccordingToAsidesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aLinkingWordBeforeAccordingToLeavesTheClauseAfterItAsTheContent() {
        assertThat(claims("But according to Tamsin Orrowby, the Velmark harbor fund was empty by March."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tamsin Orrowby", "the Velmark harbor fund was empty by March"));
        assertThat(claims("Now, according to the Velmark council, the harbor will reopen in May."))
                .extracting(Claim::text)
                .containsExactly("the harbor will reopen in May");
    }

    @Test
    void anAsideInsideTheClauseItAttributesTakesTheWholeSentence() {
        // the clause around the aside, cited as its two pieces
        assertThat(claims("Fundraising, according to Tamsin Orrowby, has surged in Velmark since June."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tamsin Orrowby", "Fundraising has surged in Velmark since June"));
    }

    @Test
    void anAsideInsideAnotherSourcesWordsOrAfterALongClauseChangesNothing() {
        assertThat(claims("Tamsin Orrowby said the Velmark fund, according to auditors, was empty."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tamsin Orrowby", "the Velmark fund, according to auditors, was empty"));
        assertThat(claims("The Velmark harbor fund was empty by March, according to Tamsin Orrowby, a council member."))
                .extracting(Claim::text)
                .containsExactly("The Velmark harbor fund was empty by March");
        // a link word that is the content's own subject is no link: nothing opens before "according to"
        assertThat(claims("The harbor plan, according to nobody in Velmark, is dead.")).extracting(Claim::text)
                .containsExactly("The harbor plan is dead");
    }

    @Test
    void aClosingRoleWithANameAfterItSpeaksAsTheName() {
        assertThat(claims("The Velmark ferry will stop in May, according to a spokeswoman, Ilsabet Vorn."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ilsabet Vorn", "The Velmark ferry will stop in May"));
        // the name may be another's than the role's: the role stays the source
        assertThat(claims("The Velmark ferry will stop in May, according to a lawyer for the owner's widow, Ilsabet Vorn."))
                .extracting(Claim::speakerName)
                .containsExactly("a lawyer for the owner's widow");
    }
}
