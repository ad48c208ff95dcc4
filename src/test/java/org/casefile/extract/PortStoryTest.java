package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Invented stories of a port commissioner's indictment, a company deal and a mayor's resignation,
 * read as a new user would (session 20): two sums that differ only by a decimal point were one
 * entity across stories; "did not respond to messages left at his office" made a claim of the
 * messages and a journey of their leaving; a description of the speaker between commas ("who took
 * over the agency last spring", "its director since 2019") dated the saying or hid it; who reports
 * an event took part in it when a description stood between the name and the verb; a court named
 * in the first of two joined verbs was released from custody with the accused. Names appear
 * nowhere in the corpus.
 */
class PortStoryTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2033, 3, 9);

    private static List<String> events(String text) {
        return Texts.datedParties(text, WEDNESDAY);
    }

    private static List<String> claims(String text) {
        return Texts.saidBy(text, WEDNESDAY);
    }

    @Test
    void sumsThatDifferByADecimalPointStayTwo() {
        CaseFile c = Texts.caseOf(WEDNESDAY, "Tessmoor Dredging won contracts worth $4.2 million.",
                "Quarrendon Freight reported a loss of $42 million.");
        assertThat(c.entities().stream().filter(e -> e.type() == EntityType.MONEY).map(Entity::name).sorted())
                .containsExactly("$4.2 million", "$42 million");
        // negative: the same sum written twice is one
        CaseFile same = Texts.caseOf(WEDNESDAY, "Tessmoor Dredging won contracts worth $4.2 million.",
                "The contracts, worth $4.2 million, went to Tessmoor Dredging.");
        assertThat(same.entities().stream().filter(e -> e.type() == EntityType.MONEY).map(Entity::name))
                .containsExactly("$4.2 million");
    }

    @Test
    void anUnansweredMessageIsNeitherAClaimNorAJourney() {
        String text = "Corwin Ashdale did not respond to messages left at his office on Monday and Tuesday.";
        assertThat(claims(text)).isEmpty();
        assertThat(events(text)).isEmpty();
        assertThat(claims("Corwin Ashdale did not respond to questions about the contracts.")).isEmpty();
        assertThat(events("The van was left in a lot near the harbor on Monday.")).isEmpty();
        // negative: an answer with its "that" is a claim, and someone who leaves a place travels
        assertThat(claims("Corwin Ashdale responded that he had broken no rule."))
                .containsExactly("Corwin Ashdale: he had broken no rule");
        assertThat(events("Corwin Ashdale responded that he had broken no rule."))
                .containsExactly("responded/statement/2033-03-09 [Corwin Ashdale:agent]");
        assertThat(events("Corwin Ashdale left Tallmere on Monday."))
                .containsExactly("left/travel/2033-03-07 [Corwin Ashdale:agent]");
    }

    @Test
    void aDescriptionOfTheSpeakerNeitherDatesNorHidesTheSaying() {
        assertThat(events("Port director Hannelore Trevanne, who took over the agency last spring, said in a statement"
                + " that the port had cooperated with investigators."))
                .containsExactly("said/statement/2033-03-09 [Hannelore Trevanne:agent]");
        assertThat(events("Hannelore Trevanne, the port's director since 2029, said the port had cooperated."))
                .containsExactly("said/statement/2033-03-09 [Hannelore Trevanne:agent]");
        assertThat(events("Hannelore Trevanne said in a statement on Monday that the port had cooperated."))
                .containsExactly("said/statement/2033-03-07 [Hannelore Trevanne:agent]");
        assertThat(events("Hannelore Trevanne, last year's winner, said the port had cooperated."))
                .containsExactly("said/statement/2033-03-09 [Hannelore Trevanne:agent]");
        // negative: a time set off by commas on its own is the saying's
        assertThat(events("Hannelore Trevanne, on Monday, said the port had cooperated."))
                .containsExactly("said/statement/2033-03-07 [Hannelore Trevanne:agent]");
    }

    @Test
    void whoReportsAnEventTakesNoPartInIt() {
        assertThat(events("Emrys Brask, a spokesman for the county prosecutor, said no charges had been filed."))
                .containsExactly("said/statement/2033-03-09 [Emrys Brask:agent]");
        assertThat(events("Council member Halvard Stane said the inquiry would continue despite the resignation."))
                .containsExactly("said/statement/2033-03-09 [Halvard Stane:agent]");
        // negative: the speaker's own act, joined to the verb of saying or told with a pronoun, is the speaker's
        assertThat(events("Ysolde Marrick confirmed the findings and resigned on Friday."))
                .containsExactly("resigned/resignation/2033-03-04 [Ysolde Marrick:agent]");
        assertThat(events("Ysolde Marrick, the mayor of Brenholt, said she would resign on Friday."))
                .containsExactly("resign/resignation/2033-03-11 [Ysolde Marrick:agent]",
                        "said/statement/2033-03-09 [Ysolde Marrick:agent]");
    }

    @Test
    void aCourtInTheFirstOfTwoJoinedVerbsIsNotReleased() {
        assertThat(events("Corwin Ashdale pleaded not guilty at his arraignment in Tallmere District Court and was"
                + " released on his own recognizance."))
                .containsExactly("pleaded/plea/null [Corwin Ashdale:agent, Tallmere District Court:other]",
                        "arraignment/hearing/null [Corwin Ashdale:other, Tallmere District Court:other]",
                        "released/release/null [Corwin Ashdale:patient, Tallmere District Court:other]");
        assertThat(events("Corwin Ashdale pleaded not guilty and was released on his own recognizance."))
                .containsExactly("pleaded/plea/null [Corwin Ashdale:agent]", "released/release/null [Corwin Ashdale:patient]");
        // negative: the place a first verb's phrase names is no party of the second either way
        assertThat(events("Corwin Ashdale was arrested in Tallmere and released on bail."))
                .containsExactly("arrested/arrest/null [Corwin Ashdale:patient]", "released/release/null [Corwin Ashdale:patient]");
    }

    @Test
    void aReportReleasedIsNoOneSetFree() {
        assertThat(events("A report by the inspector general released last week found that the board had lost records."))
                .isEmpty();
        // negative: people held and released are set free
        assertThat(events("The sailors held by the rebels were released on Monday."))
                .containsExactly("released/release/2033-03-07 []");
    }

    @Test
    void thatBeforeANounWithNoClauseIsItsDeterminer() {
        assertThat(claims("Dario Mensforth has denied giving that order."))
                .containsExactly("Dario Mensforth: giving that order");
        assertThat(claims("Dario Mensforth told reporters that night that he would not resign."))
                .containsExactly("Dario Mensforth: he would not resign");
        // negative: "that" opening a clause still marks where what was said begins
        assertThat(claims("Dario Mensforth said that order had been restored by noon."))
                .containsExactly("Dario Mensforth: order had been restored by noon");
    }

    @Test
    void aKilledDealIsNoKilling() {
        assertThat(events("Analysts say the deal was killed by regulators last week.")).isEmpty();
        assertThat(events("The Senate killed the bill on Tuesday."))
                .containsExactly("killed/other/2033-03-08 [Senate:agent]");
        // negative: people killed are a killing
        assertThat(events("Corwin Ashdale was killed in a crash on Tuesday."))
                .containsExactly("killed/killing/2033-03-08 [Corwin Ashdale:patient]");
    }
}
