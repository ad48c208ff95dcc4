package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Business, court and political news (invented names and places): the possessor of a deal noun with an
 * "of" of its own is the buyer; a deal takes the day it was completed; a trial someone travels to attend
 * is not made possible by their plan; an infinitive of a noun that is no court's is no ruling; an act
 * takes the time and place of its "when" clause, and a participle after a comma its head's time; an
 * election a candidate will stand for is still to come, one they did not stand for was held.
 */
class DealOwnersAndOthersPlansTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2032, 3, 12); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void thePossessorOfADealWithItsOwnOfIsTheBuyer() {
        assertThat(events("Harrowgate Mining's planned acquisition of Pelsworth Foods was announced in January."))
                .anyMatch(e -> e.startsWith("acquisition/") && e.endsWith("[Harrowgate Mining:agent, Pelsworth Foods:patient]"));
        // negatives: with a "by" the possessor is bought; with no "of" the possessor undergoes the act
        assertThat(events("Pelsworth Foods' acquisition by Harrowgate Mining was completed in January."))
                .anyMatch(e -> e.startsWith("acquisition/") && e.contains("Pelsworth Foods:patient"))
                .noneMatch(e -> e.contains("Pelsworth Foods:agent"));
        assertThat(events("Tolvey Ansbrook's arrest was confirmed on Tuesday."))
                .anyMatch(e -> e.startsWith("arrest/") && e.endsWith("[Tolvey Ansbrook:patient]"));
    }

    @Test
    void aDealTakesTheDayItWasCompleted() {
        assertThat(events("Harrowgate Mining completed its acquisition of Pelsworth Foods on Tuesday."))
                .containsExactly("acquisition/null/positive/asserted/2032-03-09 [Harrowgate Mining:agent, Pelsworth Foods:patient]");
        assertThat(events("The acquisition of Pelsworth Foods was completed on Tuesday."))
                .containsExactly("acquisition/null/positive/asserted/2032-03-09 [Pelsworth Foods:patient]");
        // negatives: a verb of completing with an object that is no event is an act of its own; a deal
        // only talked about on a day does not take it
        assertThat(events("Harrowgate Mining completed the new Ostley smelter on Tuesday."))
                .anyMatch(e -> e.startsWith("other/complete/positive/asserted/2032-03-09"));
        assertThat(events("Harrowgate Mining defended its acquisition of Pelsworth Foods on Tuesday."))
                .anyMatch(e -> e.startsWith("acquisition/null/positive/asserted/null"));
    }

    @Test
    void aTrialSomeoneTravelsToAttendIsNoPlanOfTheirs() {
        assertThat(events("Ottilie Brannagh moved to Kessock to attend the trial."))
                .anyMatch(e -> e.startsWith("trial/null/positive/asserted/"));
        assertThat(events("Ottilie Brannagh may attend the hearing of Davin Pellow."))
                .anyMatch(e -> e.startsWith("hearing/null/positive/asserted/"));
        // negatives: the defendant's own trial, and a condition on the trial itself, stay possible;
        // a hearing still to come stays planned
        assertThat(events("Davin Pellow could stand trial in May."))
                .anyMatch(e -> e.startsWith("trial/null/positive/hypothetical/"));
        assertThat(events("If the hearing of Davin Pellow goes ahead, Ottilie Brannagh will attend."))
                .anyMatch(e -> e.startsWith("hearing/null/positive/hypothetical/"));
        assertThat(events("Ottilie Brannagh will attend the hearing of Davin Pellow next week."))
                .anyMatch(e -> e.startsWith("hearing/null/positive/planned/"));
    }

    @Test
    void anInfinitiveOfANounThatIsNoCourtsIsNoRuling() {
        assertThat(events("Senators proposed a constitutional amendment to overturn the Marrisford decision."))
                .noneMatch(e -> e.startsWith("ruling/"));
        // negatives: a court's own decision to overturn, and a court asked to dismiss, still rule
        assertThat(events("The appeals court's decision to overturn the conviction of Edwy Calloran angered his accusers."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/hypothetical/"));
        assertThat(events("Prosecutors asked the judge to dismiss the charges against Edwy Calloran."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/hypothetical/"));
    }

    @Test
    void anActTakesTheTimeAndPlaceOfItsWhenClause() {
        assertThat(events("Three hikers were killed and two injured when a coach overturned on the Brackenrigg Pass road on Tuesday."))
                .containsExactlyInAnyOrder("killing/null/positive/asserted/2032-03-09 []", "injury/null/positive/asserted/2032-03-09 []");
        assertThat(events("Police arrested Hobart Quenell when he returned to Marlingford on Tuesday."))
                .containsExactly("arrest/null/positive/asserted/2032-03-09 [Hobart Quenell:patient]");
        // negatives: an act's own time wins; a "when" clause of its own tense or of another time tells none
        assertThat(events("Edda Morvane was arrested in 2029 when she tried to board a flight on Monday."))
                .containsExactly("arrest/null/positive/asserted/2029 [Edda Morvane:patient]");
        assertThat(events("Police will arrest Hobart Quenell when he has returned to Marlingford on Tuesday."))
                .noneMatch(e -> e.contains("2032-03-09"));
        assertThat(events("Hobart Quenell was arrested after he returned to Marlingford on Tuesday."))
                .noneMatch(e -> e.startsWith("arrest/") && e.contains("2032-03-09"));
    }

    @Test
    void aParticipleAfterACommaTakesItsHeadsTime() {
        assertThat(events("The ferry sank off Haskerry Point in March, killing 19 passengers."))
                .containsExactly("killing/null/positive/asserted/2032-03 []");
        // (and the head clause's subject: what a storm kills dies of it)
        assertThat(events("The storm hit Carrowdale Bay on Friday, killing Ewan Tarbek, a local fisherman."))
                .contains("death/null/positive/asserted/2032-03-12 [Ewan Tarbek:patient]")
                .noneMatch(e -> e.startsWith("killing/"));
        // negative: a clause of its own keeps its own time
        assertThat(events("The ferry sank off Haskerry Point in March, killing 19 passengers, and Ewan Tarbek died in hospital on Tuesday."))
                .contains("killing/null/positive/asserted/2032-03 []")
                .anyMatch(e -> e.startsWith("death/null/positive/asserted/2032-03-09"));
    }

    @Test
    void anElectionACandidateStandsForTakesTheCandidacysTimeAndPlan() {
        assertThat(events("Opposition leader Carys Emberton will stand for election in the Haldane constituency next year."))
                .anyMatch(e -> e.startsWith("election/null/positive/planned/2033"));
        assertThat(events("Councillor Ines Warrickby stood for election in Tarnholme in May."))
                .anyMatch(e -> e.startsWith("election/null/positive/asserted/2031-05"));
        // negative: a candidate who did not stand leaves the election held
        assertThat(events("Councillor Ines Warrickby did not stand for election in Tarnholme in May."))
                .noneMatch(e -> e.startsWith("election/null/negative/"));
    }
}
