package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what, recall round cl13: verbs of challenge and proposal whose object is the stance
 * ("questioned the mayor's record", "proposed a tax"), a bare name after verbs of judgement
 * ("referring to Ann Lee"), a quoted title after an owner or a noun of a work ("said on Channel 4's
 * “Morning Show” that …"), an adverb or a time between "Asked" and its question, "called on X to …",
 * a bare "declined to comment", and a stance participle after a party ("a group backing Lee"). The
 * names and places are invented and appear nowhere in the corpus or the shared development data.
 */
class ChallengesTitlesAndPartiesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aChallengeOrAProposalTakesItsObjectAsTheStance() {
        assertThat(claims("Idrena Quillon questioned the mayor's record on the Tarrowfield levy.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Idrena Quillon", "the mayor's record on the Tarrowfield levy"));
        assertThat(claims("Idrena Quillon questioned whether the Tarrowfield levy was fair, but voted for it.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Idrena Quillon", "whether the Tarrowfield levy was fair"));
        assertThat(claims("Halvik Brannoch proposed a tax on ferry tickets.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Halvik Brannoch", "a tax on ferry tickets"));
        assertThat(claims("Halvik Brannoch rejected the notion that the levy had failed.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Halvik Brannoch", "the levy had failed"));
        assertThat(claims("Idrena Quillon expressed admiration for the Tarrowfield ferry.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Idrena Quillon", "admiration for the Tarrowfield ferry"));
        assertThat(claims("Idrena Quillon attacked Halvik Brannoch for skipping the vote.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Idrena Quillon", "Halvik Brannoch for skipping the vote"));
    }

    @Test
    void aBlowAnInterrogationOrAPassiveIsNoStance() {
        assertThat(claims("Police questioned the driver for three hours.")).isEmpty();
        assertThat(claims("The gunmen attacked a depot in Tarrowfield.")).isEmpty();
        assertThat(claims("Halvik Brannoch attacked Idrena Quillon with a hammer.")).isEmpty();
        assertThat(claims("The levy was rejected by the Tarrowfield council.")).isEmpty();
        // a court dismisses a case: no stance
        assertThat(claims("A judge dismissed the case against Halvik Brannoch.")).isEmpty();
    }

    @Test
    void aNameAloneAfterAVerbOfJudgementButNeverAfterACall() {
        assertThat(claims("\"The levy is a fraud,\" Idrena Quillon said, referring to Halvik Brannoch.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Idrena Quillon", "The levy is a fraud,"),
                        tuple("Idrena Quillon", "Halvik Brannoch"));
        assertThat(claims("Idrena Quillon called Halvik Brannoch.")).isEmpty();
    }

    @Test
    void aQuotedTitleIsNoWordsSaid() {
        assertThat(claims("Idrena Quillon said on Channel 4's \"Morning Marrowby\" that the levy would pass.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Idrena Quillon", "the levy would pass"));
        assertThat(claims("The levy will pass, Idrena Quillon said on the radio show \"Marrowby Tonight.\"")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Idrena Quillon", "The levy will pass"));
        // a quote after the verb and a comma is what was said, whatever its words
        assertThat(claims("Idrena Quillon said, \"Marrowby Tonight is over.\"")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Idrena Quillon", "Marrowby Tonight is over."));
    }

    @Test
    void aTimeBetweenAskedAndItsQuestion() {
        assertThat(claims("Asked on Monday whether the levy would pass, Idrena Quillon said the council would vote in May."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple(null, "whether the levy would pass"),
                        tuple("Idrena Quillon", "the council would vote in May"));
    }

    @Test
    void aCallOnAHearerAndABareRefusal() {
        assertThat(claims("Halvik Brannoch called on the Tarrowfield council to resign.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Halvik Brannoch", "to resign"));
        // a bare refusal to speak says nothing: no claim
        assertThat(claims("The Vessary Institute declined to comment.")).isEmpty();
        assertThat(claims("Halvik Brannoch called on Monday.")).isEmpty();
    }

    @Test
    void aStanceParticipleAfterAPartyButNeverAfterEvidence() {
        assertThat(claims("Halvik Brannoch gave money to a group backing Idrena Quillon.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("a group", "backing Idrena Quillon"));
        assertThat(claims("The court weighed the evidence supporting the request.")).isEmpty();
    }
}
