package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Attributions of kinds a blind check of new sentences found wrong or missed: a passive verb of
 * telling with an infinitive ("is said to be", "was asked to resign"), whose subject is talked
 * about or asked and never speaks, and an order ("was told to leave"), no claim at all; "was quoted
 * as saying"; an aside "as X put it" around or before its clause; a held view or position after a
 * copula ("X's view is that …"); "according to" set off inside the clause it attributes, cited as
 * the two pieces around it.
 * Negatives in every test. The names and places are invented and appear nowhere in the corpus or
 * the shared development data.
 */
class HearsayAndAsidesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 12);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aPassiveOfTellingWithAnInfinitiveHasNoNamedSpeaker() {
        assertThat(claims("Quenby Ardashir is said to be considering a run for governor."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple(null, "Quenby Ardashir is said to be considering a run for governor"));
        // an order given ("was told to leave") is no claim of anyone's; a request is one, its asker unknown
        assertThat(claims("Brannick Loame was told to leave the courtroom after the outburst.")).isEmpty();
        assertThat(claims("Teodric Halvane was asked to resign in March."))
                .extracting(Claim::speakerName).containsExactly((String) null);
        assertThat(claims("The Ruskbay ruling was said to be the first of its kind in the state."))
                .extracting(Claim::speakerName).containsExactly((String) null);
    }

    @Test
    void aPassiveOfBeliefOrAFrontedPassiveClaimsNothing() {
        assertThat(claims("Quenby Ardashir is believed to be considering a run for governor.")).isEmpty();
        assertThat(claims("After Brannick Loame was told to leave the courtroom, the hearing resumed.")).isEmpty();
        // an infinitive that is itself a saying keeps the subject as its speaker
        assertThat(claims("Quenby Ardashir is said to have called the toll plan a sham."))
                .extracting(Claim::speakerName).containsExactly("Quenby Ardashir");
    }

    @Test
    void quotedAsSayingGivesTheSubjectsWords() {
        assertThat(claims("Dagfinn Murrow was quoted as saying that the league had ignored the complaints."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Dagfinn Murrow", "the league had ignored the complaints"));
        assertThat(claims("The Vellmark coach was quoted as saying the team would appeal."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Vellmark coach", "the team would appeal"));
        assertThat(claims("Dagfinn Murrow was quoted in the Vellmark paper.")).isEmpty();
    }

    @Test
    void asSourcePutItSaysTheClauseAroundIt() {
        assertThat(claims("As Marnix Tolbeck put it, the club cannot afford another season without a stadium."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Marnix Tolbeck", "the club cannot afford another season without a stadium"));
        assertThat(claims("As Marnix Tolbeck put it in March, the club cannot afford another season."))
                .extracting(Claim::text).containsExactly("the club cannot afford another season");
        // inside the clause: the two pieces around the aside
        List<Claim> around = claims("The deal, as Pellina Osgrove put it, is a lifeline for the shipyard.");
        assertThat(around).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Pellina Osgrove", "The deal is a lifeline for the shipyard"));
        assertThat(around.get(0).citations()).hasSize(2);
        // "put it" with an object of place is no aside
        assertThat(claims("As Marnix Tolbeck put it on the table, the offer was generous.")).isEmpty();
    }

    @Test
    void aHeldViewAfterACopulaIsItsOwnersClaim() {
        assertThat(claims("Quenby Ardashir's view is that the tariff will hurt small farmers."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Quenby Ardashir", "the tariff will hurt small farmers"));
        assertThat(claims("The Vellmark union's position is that the contract was never ratified."))
                .extracting(Claim::text).containsExactly("the contract was never ratified");
        // a topic, a comparison and a view with no owner are none
        assertThat(claims("His view of the Ruskbay harbor is that of a sailor.")).isEmpty();
        assertThat(claims("The Vellmark union's position on the contract was weak.")).isEmpty();
        assertThat(claims("The view that the tariff will hurt farmers is common in Ruskbay.")).isEmpty();
    }

    @Test
    void warnedOfTakesItsTopic() {
        assertThat(claims("Forecasters warned of storms across the northern coast of Ruskbay."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Forecasters", "storms across the northern coast of Ruskbay"));
        // a listener with "that" keeps its clause
        assertThat(claims("Forecasters warned residents of the Ruskbay coast that storms would come."))
                .extracting(Claim::text).containsExactly("storms would come");
        // "of" after a verb that is no saying is no topic
        assertThat(claims("Forecasters in Ruskbay tired of the storms.")).isEmpty();
    }

    @Test
    void whatAStudyOrAReportFindsNeedsNoThat() {
        // (the speaker's name leaves out the month: "survey")
        assertThat(claims("The April survey found Quenby Ardashir leading Marnix Tolbeck by seven points."))
                .extracting(Claim::text)
                .containsExactly("Quenby Ardashir leading Marnix Tolbeck by seven points");
        assertThat(claims("The Ruskbay study found no link between the drug and relapse."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Ruskbay study", "no link between the drug and relapse"));
        // a person or a search party finds things, and says nothing
        assertThat(claims("Marnix Tolbeck found the keys under the mat.")).isEmpty();
        assertThat(claims("Rescuers in Ruskbay found two survivors in the rubble.")).isEmpty();
    }

    @Test
    void accordingToInsideItsClauseIsCitedAroundIt() {
        List<Claim> c = claims("The bridge over the Ruskbay inlet, according to state engineers, was never inspected"
                + " after the flood.");
        assertThat(c).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("state engineers", "The bridge over the Ruskbay inlet was never inspected after the flood"));
        assertThat(c.get(0).citations()).hasSize(2);
        // opening the sentence, one piece
        List<Claim> first = claims("According to state engineers, the bridge over the Ruskbay inlet was never inspected.");
        assertThat(first).extracting(Claim::text).containsExactly("the bridge over the Ruskbay inlet was never inspected");
        assertThat(first.get(0).citations()).hasSize(1);
    }
}
