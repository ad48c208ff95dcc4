package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Senses, denials and endings of unseen news (event-triggers.txt, event-modality.txt, word-classes.txt):
 * a vote dated by a bare day, a workers' strike that ends, the senses of derail, quit, walk out, order and
 * decision that are no event of their type, a trial asked for, a plan denied; and the negated or modal
 * constructions that must never read as a fact. Invented names and places.
 */
class SensesDenialsAndEndingsTest {
    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<String> readings(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aBareDayBeforeTheInfinitiveOrClosingTheSentenceDatesTheVote() {
        assertThat(readings("The Quillby town council voted Wednesday morning to approve the budget."))
                .containsExactly("other/vote/positive/asserted/2026-03-11TMO []");
        assertThat(readings("The Senate voted to confirm Wilmar Osterby as ambassador late Tuesday night."))
                .containsExactly("other/vote/positive/asserted/2026-03-10TNI [Senate:agent]");
    }

    @Test
    void aDateWithItsPrepositionAfterTheInfinitiveStaysTheInfinitives() {
        // negative: the referendum, not the vote, is on May 3
        assertThat(readings("The Senate voted to hold the referendum on May 3."))
                .noneMatch(r -> r.contains("2026-05-03") && r.startsWith("other/vote"));
    }

    @Test
    void aWorkersStrikeThatEndsIsAStrikeAndAStrikeOfNoWorkersIsNone() {
        assertThat(readings("The nurses' strike at Dunmarsh General ended on Wednesday."))
                .containsExactly("other/strike/positive/asserted/2026-03-11 []");
        // negative: lightning strikes no one's post
        assertThat(readings("A lightning strike ended the match on Wednesday.")).isEmpty();
    }

    @Test
    void talksThatDerailAreNoAccident() {
        assertThat(readings("Talks between the two ministries derailed on Wednesday.")).isEmpty();
    }

    @Test
    void aTrialMovedForIsAskedForNotHeld() {
        assertThat(readings("Lawyers for Corlan Ashby moved for a new trial on Thursday.")).containsExactly(
                "filing/null/positive/asserted/2026-03-12 [Corlan Ashby:other]",
                "trial/null/positive/hypothetical/null [Corlan Ashby:other]");
    }

    @Test
    void theDecisionCommentedOnIsNoNewAct() {
        assertThat(readings("Mayor Tobin Ferrisby criticised the decision on Friday."))
                .noneMatch(r -> r.contains("/decision/"));
        // the decision with its maker and its aim is one
        assertThat(readings("Governor Mila Strandholt's decision to close the Orrin prison drew protests on Monday."))
                .anyMatch(r -> r.startsWith("other/decision/"));
    }

    @Test
    void aPlanDeniedIsDenied() {
        assertThat(readings("Orla Pemberly denied that she planned to resign."))
                .containsExactly("resignation/null/negative/planned/null [Orla Pemberly:agent]");
        assertThat(readings("Orla Pemberly denied that she had resigned."))
                .containsExactly("resignation/null/negative/reported/null [Orla Pemberly:agent]");
    }

    @Test
    void anOrderToPeopleOfNoNameInASentenceOfNoCourtIsNoRuling() {
        assertThat(readings("Residents of Varnholt were ordered to evacuate on Monday."))
                .noneMatch(r -> r.startsWith("ruling/"));
        assertThat(readings("Quessby Bank was ordered to pay $4 million on Monday."))
                .containsExactly("ruling/null/positive/asserted/null [Quessby Bank:patient]");
    }

    @Test
    void anEngineThatQuitsResignsFromNothing() {
        assertThat(readings("The engine of the Perrow Air jet quit on Monday."))
                .noneMatch(r -> r.startsWith("resignation/"));
        assertThat(readings("Osric Fennimore, the chief executive of Perrow Air, quit on Monday."))
                .containsExactly("resignation/null/positive/asserted/2026-03-09 [Osric Fennimore:agent, Perrow Air:other]");
    }

    @Test
    void walkingOutOfABuildingIsNoWalkout() {
        assertThat(readings("Employees of Quessby Bank walked out of the building in Pellow on Tuesday."))
                .noneMatch(r -> r.contains("/walk out/"));
        assertThat(readings("Nurses at Dunmarsh General walked out on Tuesday over pay."))
                .containsExactly("other/walk out/positive/asserted/2026-03-10 [Dunmarsh General:agent]");
    }

    @Test
    void negatedOrModalEventsAreNeverFacts() {
        List<String> sentences = List.of(
                "Prosecutors stopped short of charging Brandt Mellowby on Friday.",
                "Prosecutors have yet to charge Brandt Mellowby.",
                "Brandt Mellowby is expected to resign on Friday.",
                "Brandt Mellowby would have been arrested if he had returned to Cragmoorby.",
                "Brandt Mellowby threatened to sue Quessby Bank on Monday.",
                "Brandt Mellowby was never charged.",
                "Police failed to arrest Brandt Mellowby on Sunday.",
                "Brandt Mellowby refused to resign on Monday.",
                "Brandt Mellowby avoided arrest on Monday.",
                "It is unclear whether Brandt Mellowby will be charged.",
                "Police denied reports that Brandt Mellowby had been arrested.",
                "Opposition leader Ilse Varrowby called for the arrest of Brandt Mellowby.",
                "Brandt Mellowby will be released unless prosecutors appeal.");
        for (String sentence : sentences) {
            DocumentExtraction x = Texts.extract(sentence, PUBLISHED);
            assertThat(x.events()).as(sentence).isNotEmpty()
                    .filteredOn(e -> e.type() != EventType.STATEMENT).noneMatch(Event::isFact);
        }
    }
}
