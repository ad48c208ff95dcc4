package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What a poll found when the clause names it after "in" ("Lee leads by six points in a new Harbor
 * poll") or opens with it and its modifiers ("In a Harbor survey last month, …"); the subject of
 * "X, citing “…,” said"; an apposition that names only the last of two joined; an abbreviation's
 * period at a claim's end; an office's field ("Minister of Labour") and a firm after "an analyst
 * at". Negatives: a poll that is only a place of taking part or of a rise, a standing told in a
 * relative clause, a poll with an infinitive after it. The names and places are invented and
 * appear nowhere in the corpus or the shared development data.
 */
class PollsAndAsidesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 9);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aClauseThatEndsInAPollReportsWhatThePollFound() {
        assertThat(claims("Hollis Varne leads her challenger, Odo Quarrell, by six points in a new Brackwater "
                + "University poll released Friday."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("a new Brackwater University poll released Friday",
                        "Hollis Varne leads her challenger, Odo Quarrell, by six points"));
    }

    @Test
    void anOpeningPollMayHaveModifiersAfterItsNoun() {
        assertThat(claims("In a Tamberlin Research survey last month, Odo Quarrell had 41 percent support."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("a Tamberlin Research survey last month", "Odo Quarrell had 41 percent support"));
    }

    @Test
    void aPollThatIsNoSourceOfAStandingGivesNoClaim() {
        assertThat(claims("Most Quarrell voters took part in the survey on Monday.")).isEmpty();
        assertThat(claims("Quarrell's rise in the polls has alarmed the party's leaders.")).isEmpty();
        assertThat(claims("Quarrell would need 15 percent in the polls in order to join the debate.")).isEmpty();
        assertThat(claims("Quarrell attacked a rival who is far behind him in the polls.")).isEmpty();
        // a survey no one answered: of things, or a noun's modifier
        assertThat(claims("Dr. Ysolde Brack led the team in a survey of coral reefs.")).isEmpty();
        assertThat(claims("Turnout reached 60 percent in the survey area.")).isEmpty();
        assertThat(claims("Odo Quarrell leads by four points in a poll of 900 likely voters."))
                .extracting(Claim::speakerName).containsExactly("a poll of 900 likely voters");
    }

    @Test
    void aNameThatRenamesTheLastOfTwoJoinedIsNoSubject() {
        assertThat(claims("Residents led by Piran Hollowell and his wife, Ysolde Hollowell, have promised to sue "
                + "the county over the ferry closure."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Residents", "to sue the county over the ferry closure"));
    }

    @Test
    void theSubjectBeforeACitingAsideSpeaksWhatFollowsTheVerb() {
        assertThat(claims("Ms. Quarrell, citing \u201Cthe will of the islanders,\u201D said the ferry should run "
                + "all winter."))
                .extracting(Claim::speakerName, Claim::text)
                .contains(tuple("Quarrell", "the ferry should run all winter"))
                .noneMatch(t -> t.toList().get(0).equals("the ferry")
                        || String.valueOf(t.toList().get(1)).startsWith("Ms. Quarrell"));
    }

    @Test
    void anAbbreviationKeepsItsPeriodAtAClaimsEnd() {
        assertThat(claims("Judge Ansel Mereworth said the hearing would resume at 9 a.m."))
                .extracting(Claim::text)
                .containsExactly("the hearing would resume at 9 a.m.");
        assertThat(claims("Judge Ansel Mereworth said the hearing would resume on Monday."))
                .extracting(Claim::text)
                .containsExactly("the hearing would resume on Monday");
    }

    @Test
    void anOfficesFieldIsNoOrganisationAndAnAnalystsFirmIsNoPlace() {
        DocumentExtraction x = Texts.extract("The Minister of Labour, Ysolde Pennick, said the dock workers would be "
                + "paid. \u201CThe bond rating could fall,\u201D said Idris Tallowby, an analyst at Brackwater.",
                PUBLISHED);
        assertThat(x.entities()).extracting(Entity::name, Entity::type)
                .contains(tuple("Ysolde Pennick", EntityType.PERSON), tuple("Idris Tallowby", EntityType.PERSON),
                        tuple("Brackwater", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Labour", EntityType.ORGANIZATION), tuple("Brackwater", EntityType.LOCATION));
        // a lower-case office names the body it serves; a firm's name runs on past "at X's"
        DocumentExtraction body = Texts.extract("Tobin Arles, commissioner of the Pelloran Football League, said the "
                + "season would start. Idris Tallowby, a banker at Brackwater's largest lender, agreed.", PUBLISHED);
        assertThat(body.entities()).extracting(Entity::name, Entity::type)
                .contains(tuple("Pelloran Football League", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Brackwater", EntityType.ORGANIZATION));
    }
}
