package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Polarity;
import org.casefile.domain.Stance;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Who said what, the forms of the recall round on PolNeAR train: stances taken on an object
 * ("endorsed", "supports"), what a poll or a record shows, accusations with their charge, a cue in
 * a relative clause, sayings still to come and negated sayings. The names and places are invented
 * and appear nowhere in the corpus or the shared development data.
 */
class ClaimPositionsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aVerbOfStanceTakesItsObjectWithTheVerbHoweverShort() {
        assertThat(claims("Tamsin Grell endorsed Dariel Fennick on Friday.")).extracting(Claim::speakerName, Claim::text,
                Claim::kind, Claim::stance).containsExactly(
                        tuple("Tamsin Grell", "endorsed Dariel Fennick on Friday", ClaimKind.REPORTED, Stance.STATEMENT));
        assertThat(claims("Tamsin Grell supports raising the Pellworth harbor fee.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tamsin Grell", "supports raising the Pellworth harbor fee"));
        // the object ends with its clause
        assertThat(claims("The dockworkers union opposed it, and the ferry crews stayed home.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("The dockworkers union", "opposed it"));
    }

    @Test
    void aPassiveOrAParticleOfAVerbOfStanceIsNoClaim() {
        // the one backed holds no stance, and the agent's stance is not invented from the rest
        assertThat(claims("Dariel Fennick was backed by the dockworkers union in his run for the Pellworth council."))
                .isEmpty();
        assertThat(claims("The Pellworth harbor fee is supported by most fishermen.")).isEmpty();
        assertThat(claims("Tamsin Grell backed away from the plan after the vote.")).isEmpty();
        // a participle that modifies its noun takes no stance
        assertThat(claims("The evidence supporting the Pellworth request consists of two letters.")).isEmpty();
        // a noun "support" is no verb
        assertThat(claims("Her support for the Pellworth ferry grew over the summer.")).isEmpty();
    }

    @Test
    void whatAPollOrARecordShowsIsAClaimOfThePollNotOfAPersonShowingSomething() {
        assertThat(claims("A Kellerby poll shows Fennick within two points of Grell.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("A Kellerby poll", "Fennick within two points of Grell"));
        assertThat(claims("The harbor ledger showed that two payments went missing.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("The harbor ledger", "two payments went missing"));
        // what a record shows inside another's finding is that finding's, never the record's own
        assertThat(claims("A judge ruled that the ledger showed Dariel Fennick was in Pellworth.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("A judge", "the ledger showed Dariel Fennick was in Pellworth"));
        // a person who shows something says nothing
        assertThat(claims("Dariel Fennick showed reporters the letter from the Pellworth council.")).isEmpty();
        assertThat(claims("She showed the inspectors around the Pellworth cannery.")).isEmpty();
    }

    @Test
    void anAccusationTakesTheOneAccusedAndTheChargeNotAThatInsideIt() {
        assertThat(claims("Senator Tamsin Grell accused the county of hiding test results that showed lead in the water."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance).containsExactly(tuple("Tamsin Grell",
                        "the county of hiding test results that showed lead in the water", Stance.ALLEGATION));
        // "of" inside the object: the charge opens at the "of" before a verb form
        assertThat(claims("Prosecutors accused the former head of the Velmor port of taking bribes.")).extracting(Claim::text)
                .containsExactly("the former head of the Velmor port of taking bribes");
        // the one accused with no accuser named: nobody is invented, and the accused does not speak
        assertThat(claims("Tamsin Grell was accused of hiding the results.")).isEmpty();
    }

    @Test
    void aCueInARelativeClauseReportsOnlyToTheCommaThatClosesIt() {
        assertThat(claims("Sunniva Brandvik, who recalled taking the stairs up to the office, said in an interview that "
                + "the Pellworth project never came to pass.")).extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("Sunniva Brandvik", "taking the stairs up to the office"),
                        tuple("Sunniva Brandvik", "the Pellworth project never came to pass"));
    }

    @Test
    void aSayingStillToComeWithNoClauseIsNoClaim() {
        assertThat(claims("The county will report the test results on Nov. 2.")).isEmpty();
        assertThat(claims("The Pellworth council is scheduled to announce the winners of the harbor contract next week."))
                .isEmpty();
        // what is said already, or a clause announced, stays a claim
        assertThat(claims("Tamsin Grell reported the test results on Monday.")).extracting(Claim::text)
                .containsExactly("the test results"); // (Monday is when she reported them)
        assertThat(claims("Tamsin Grell will say that the Pellworth harbor is safe.")).extracting(Claim::text)
                .containsExactly("the Pellworth harbor is safe");
    }

    @Test
    void aParticipleThatPlacesAPassageInTheDocumentAttributesNothing() {
        // an order's "for the reasons explained below": no one speaks; the court's own verb still does
        assertThat(claims("For the reasons explained below, the Pellworth motion is granted.")).isEmpty();
        // a word of place that does not end its phrase is no place in the document
        assertThat(claims("Tamsin Grell said above all that the Pellworth harbor must stay open.")).extracting(Claim::speakerName)
                .containsExactly("Tamsin Grell");
        assertThat(claims("For the reasons stated above, the court concludes that the Pellworth search was lawful."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("the court", "the Pellworth search was lawful", Stance.FINDING));
    }

    @Test
    void aRefusalToSayIsANegatedSayingThatAccusesNobody() {
        // prosecutors are an accusing party, yet declining to say accuses no one
        assertThat(claims("Prosecutors declined to say whether Dariel Fennick was cooperating.")).extracting(Claim::speakerName,
                Claim::text, Claim::stance, Claim::polarity).containsExactly(tuple("Prosecutors",
                        "whether Dariel Fennick was cooperating", Stance.STATEMENT, Polarity.NEGATIVE));
        assertThat(claims("The Pellworth harbor board refused to comment on the audit.")).extracting(Claim::text, Claim::polarity)
                .containsExactly(tuple("on the audit", Polarity.NEGATIVE));
        // an adverb may split the infinitive or stand after the negation
        assertThat(claims("Prosecutors declined to immediately say whether Dariel Fennick was cooperating."))
                .extracting(Claim::text, Claim::polarity)
                .containsExactly(tuple("whether Dariel Fennick was cooperating", Polarity.NEGATIVE));
        assertThat(claims("Prosecutors would not immediately say whether Dariel Fennick was cooperating."))
                .extracting(Claim::text, Claim::stance, Claim::polarity)
                .containsExactly(tuple("whether Dariel Fennick was cooperating", Stance.STATEMENT, Polarity.NEGATIVE));
        // negatives: a refusal of anything but speech is no negated saying (nor a claim), and a plain accusation stays one
        assertThat(claims("Tamsin Grell refused to resign.")).isEmpty();
        assertThat(claims("Prosecutors said Dariel Fennick was cooperating.")).extracting(Claim::stance, Claim::polarity)
                .containsExactly(tuple(Stance.ALLEGATION, null));
    }

    @Test
    void aNegatedSayingIsAClaimWithANegativePolarity() {
        assertThat(claims("Tamsin Grell did not say that the Pellworth harbor would close.")).extracting(Claim::speakerName,
                Claim::text, Claim::polarity).containsExactly(
                        tuple("Tamsin Grell", "the Pellworth harbor would close", Polarity.NEGATIVE));
        assertThat(claims("Dariel Fennick has never claimed that the ferry was safe.")).extracting(Claim::polarity)
                .containsExactly(Polarity.NEGATIVE);
        assertThat(claims("Dariel Fennick wouldn't say whether the ferry would run.")).extracting(Claim::polarity)
                .containsExactly(Polarity.NEGATIVE);
        // a negation inside what was said is no negated saying
        assertThat(claims("Tamsin Grell said the Pellworth harbor would not close.")).extracting(Claim::text, Claim::polarity)
                .containsExactly(tuple("the Pellworth harbor would not close", null));
    }

    @Test
    void aShareOfThosePolledIsTheSource() {
        assertThat(claims("Six in 10 say the Pellworth mayor is at least somewhat decisive.")).extracting(Claim::speakerName,
                Claim::speaker, Claim::text).containsExactly(
                        tuple("Six in 10", null, "the Pellworth mayor is at least somewhat decisive"));
        assertThat(claims("Nearly a third say they don't know enough about the harbor plan.")).extracting(Claim::speakerName)
                .containsExactly("Nearly a third");
        // the hyphen keeps the number whole
        assertThat(claims("Forty-two percent of Pellworth voters said they might change their minds."))
                .extracting(Claim::speakerName).containsExactly("Forty-two percent of Pellworth voters");
        // the share only, never the group named before the comma
        assertThat(claims("Among Pellworth pilots, six in 10 say the fee is too high.")).extracting(Claim::speakerName)
                .containsExactly("six in 10");
    }

    @Test
    void aSentenceOpeningInAPollReportsWhatThePollFound() {
        assertThat(claims("In the new Kellerby poll, Grell leads Fennick by nine points among likely voters."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("the new Kellerby poll", "Grell leads Fennick by nine points among likely voters"));
        // a place or a time after "In" is no record, and a sentence with a cue of its own keeps it
        assertThat(claims("In the harbor, Tamsin Grell keeps three boats.")).isEmpty();
        assertThat(claims("In the new Kellerby poll, Tamsin Grell said the numbers were wrong.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Tamsin Grell", "the numbers were wrong"));
    }

    @Test
    void whatSomeoneIsCalledInQuotationMarksMayBeTwoWords() {
        assertThat(claims("Tamsin Grell called Fennick \"unhinged.\"")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tamsin Grell", "Fennick \"unhinged.\""));
        // a call is no naming
        assertThat(claims("Tamsin Grell called the police.")).isEmpty();
    }

    @Test
    void aFrontedQuestionHasNoSourceAndATopicIsNoQuestion() {
        assertThat(claims("Asked why the ferry was late, Sunniva Brandvik said the crew was sick.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple(null, "why the ferry was late"),
                        tuple("Sunniva Brandvik", "the crew was sick"));
        assertThat(claims("Asked about the ferry, Sunniva Brandvik said the crew was sick.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Sunniva Brandvik", "the crew was sick"));
    }

    @Test
    void aFeelingExpressedWithAThatClauseIsAClaimAndARelativeThatKeepsItsObject() {
        assertThat(claims("Tamsin Grell expressed concern that the Pellworth ferry was unsafe.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Tamsin Grell", "the Pellworth ferry was unsafe"));
        // a relative "that" on the object: the object with its clause, never the clause alone
        assertThat(claims("Tamsin Grell expressed support for a bill that would close the Pellworth ferry.")).extracting(
                Claim::text).containsExactly("support for a bill that would close the Pellworth ferry");
        assertThat(claims("The inspectors found a crack that ran along the hull of the Pellworth ferry.")).extracting(
                Claim::text).containsExactly("a crack that ran along the hull of the Pellworth ferry");
    }

    @Test
    void theCaseJsonCarriesANegativePolarityAndLeavesAPositiveOneOut() {
        CaseFile c = Texts.caseOf(PUBLISHED, "Tamsin Grell did not say that the Pellworth harbor would close. "
                + "Dariel Fennick said the ferry would run.");
        JsonNode json = TestPipelines.json(c, false);
        assertThat(TestPipelines.schemaErrors(json)).isEmpty();
        JsonNode claims = json.get("claims");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).get("text").asText()).isEqualTo("the Pellworth harbor would close");
        assertThat(claims.get(0).get("polarity").asText()).isEqualTo("negative");
        assertThat(claims.get(1).get("text").asText()).isEqualTo("the ferry would run");
        assertThat(claims.get(1).has("polarity")).isFalse();
    }
}
