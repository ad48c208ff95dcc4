package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Stance;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what, round cl21: a verb of speech inside a relative clause whose gap is the subject of
 * what was said ("a move shopkeepers say will ruin them", "the suspect, who police say had a
 * record, was held"); a source with a participle after its noun ("Affidavits filed in the case
 * say", "Documents obtained by the Courier show"); a denial of an unowned claim ("rejected the claim
 * that …"); a finding that closes its sentence ("…, the review found."); a view of what someone else
 * will do ("Analysts expect the bank to …"); a speaker's name before where she spoke ("said Mayor
 * Idrella Voss at a rally"); a second verb after "then" ("…, then said …"); a clause split by its
 * source with a two-word subject ("This campaign, she says, is different"); a show's title in
 * quotation marks before the source; a semicolon right after the verb. Negatives in every test.
 * The names and places are invented and appear nowhere in the corpus or the shared development data.
 */
class GapRelativesAndRejectionsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 14);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aRelativeClauseWithNoPronounSpeaksFromTheNounAfterItsHead() {
        assertThat(claims("The council approved a parking levy, a move shopkeepers say will ruin them."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("shopkeepers", "will ruin them"));
        // what was said ends before the main clause's verb
        assertThat(claims("The man police say shot a guard at the Quenby depot was arrested on Friday."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("police", "shot a guard at the Quenby depot"));
        // negative: a noun right after the verb is the clause's own subject, and the source stays whole
        assertThat(claims("Hospital officials say costs rose sharply last year.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Hospital officials", "costs rose sharply last year"));
    }

    @Test
    void aRelativeClauseWithAPronounEndsBeforeTheMainVerb() {
        assertThat(claims("The suspect, who police say had a history of violence, was held without bail."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("police", "had a history of violence"));
        assertThat(claims("The woman who prosecutors say ran the scheme has pleaded not guilty."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("prosecutors", "ran the scheme"));
        // a subject of its own after the verb: the clause still ends at its closing comma
        assertThat(claims("The clerk, who lawyers say the firm never paid, has left the company."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("lawyers", "the firm never paid"));
    }

    @Test
    void aParticipleAfterTheNounNamesWhereItCameOutNotWhoSpeaks() {
        assertThat(claims("Affidavits filed in the case say the suspect bought two rifles in Quenby last spring."))
                .extracting(Claim::speakerName).containsExactly("Affidavits filed in the case");
        assertThat(claims("Photos posted on social media show the bridge partly collapsed."))
                .extracting(Claim::speakerName).containsExactly("Photos posted on social media");
        assertThat(claims("Documents obtained by the Varrow Courier show the firm paid no tax in 2029."))
                .extracting(Claim::speakerName).containsExactly("Documents obtained by the Varrow Courier");
        // negative: the author of a report, after "released by", speaks
        assertThat(claims("A report released by the Tamsworth Institute says the levy raised $4 million."))
                .extracting(Claim::speakerName).containsExactly("Tamsworth Institute");
    }

    @Test
    void rejectingAClaimWithNoOwnerDeniesItsClause() {
        List<Claim> rejected = claims("Senator Orlaith Brennick rejected the claim that her office had leaked the memo.");
        assertThat(rejected).extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("Orlaith Brennick", "her office had leaked the memo", Stance.DENIAL));
        assertThat(claims("Officials rejected claims that the water was unsafe.")).extracting(Claim::text, Claim::stance)
                .containsExactly(tuple("the water was unsafe", Stance.DENIAL));
        // negative: a challenge to a claim with no owner says nothing, nor does rejecting a plan
        assertThat(claims("Orlaith Brennick questioned the claim that the water was unsafe.")).isEmpty();
        assertThat(claims("The Varrow council dismissed the lawsuit.")).isEmpty();
    }

    @Test
    void aFindingThatClosesTheSentenceIsAClaim() {
        assertThat(claims("The agency had ignored repeated warnings about the dam, the review found."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the review", "The agency had ignored repeated warnings about the dam"));
        // negative: a participle on its noun in the middle of a sentence reports nothing
        assertThat(claims("The keys found under the seat were returned to the Quenby police.")).isEmpty();
    }

    @Test
    void aViewOfWhatSomeoneElseWillDoIsTheObjectWithItsInfinitive() {
        assertThat(claims("Analysts expect Corrandel Bank to cut its dividend next quarter."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Analysts", "Corrandel Bank to cut its dividend next quarter"));
        // negative: in the passive the forecast is no one's; an object with no infinitive is no view
        assertThat(claims("Corrandel Bank is expected to cut its dividend.")).isEmpty();
        assertThat(claims("Analysts expected a quiet week.")).isEmpty();
    }

    @Test
    void whereTheSpeakerSpokeIsNoPartOfTheSource() {
        assertThat(claims("\"We will not be bullied,\" said Mayor Idrella Voss at a rally in Quenby."))
                .extracting(Claim::speakerName).containsExactly("Idrella Voss");
        // negative: "of" says which person, and stays
        assertThat(claims("\"The levy is fair,\" said Idrella Voss of the Tamsworth Institute."))
                .extracting(Claim::speakerName).containsExactly("Idrella Voss");
    }

    @Test
    void aSecondVerbAfterThenSpeaksForTheFirstSubject() {
        assertThat(claims("Orvel Dannick offered the man a job, then said he would welcome advice from anyone."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Orvel Dannick", "he would welcome advice from anyone"));
        // negative: "then" that opens a clause with a subject of its own is no second verb
        assertThat(claims("Orvel Dannick left early, then the mayor said the vote would wait."))
                .extracting(Claim::speakerName).containsExactly("the mayor");
    }

    @Test
    void aClauseSplitByItsSourceMayHaveAShortSubject() {
        assertThat(claims("This campaign, Idrella Voss says, is different.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Idrella Voss", "This campaign is different"));
        // negative: a fronted phrase is no subject of what was said
        assertThat(claims("In Quenby, Idrella Voss says, voters are angry.")).extracting(Claim::text)
                .containsExactly("voters are angry");
    }

    @Test
    void aShowsTitleBeforeTheSourceIsNoQuote() {
        assertThat(claims("Sunday on the Varrow channel's \u201cMorning Hour,\u201d Rep. Tallis Grennock said the "
                + "governor's judgment is in question.")).extracting(Claim::speakerName, Claim::kind, Claim::text)
                .containsExactly(tuple("Tallis Grennock", ClaimKind.REPORTED, "the governor's judgment is in question"));
        // negative: words in quotation marks with no owner before them are what was said
        assertThat(claims("\u201cThe levy is fair,\u201d Tallis Grennock said.")).extracting(Claim::kind, Claim::text)
                .containsExactly(tuple(ClaimKind.QUOTE, "The levy is fair,"));
    }

    @Test
    void aSemicolonAfterTheVerbEndsItsClause() {
        assertThat(claims("Candidates need about 40 percent of the vote, analysts say; in 2029, Pellon Voss won 27 percent."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("analysts", "Candidates need about 40 percent of the vote"));
    }
}
