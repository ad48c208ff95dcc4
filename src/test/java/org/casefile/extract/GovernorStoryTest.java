package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented story of a governor naming an attorney general, read as a new user would (session
 * 19): a description in apposition between the one named and the post hid the appointment; the
 * main clause's names were parties to the resignation in a relative clause ("replacing Bo Ray,
 * who resigned in August"); the second of two joined subjects took no part in their meeting; the
 * agent of a passive ("must be confirmed by the Senate, which is not expected to vote …") was read
 * as the source of its own relative clause; "telling reporters the search had taken weeks" lost
 * the subject of what was told. Names appear nowhere in the corpus.
 */
class GovernorStoryTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2032, 10, 14);

    private static List<String> events(String text) {
        return Texts.datedParties(text, THURSDAY);
    }

    private static List<String> claims(String text) {
        return Texts.saidBy(text, THURSDAY);
    }

    @Test
    void anAppointmentReadsPastADescriptionOfTheOneNamed() {
        assertThat(events("The board named Margit Loewe, its longtime treasurer, as chief executive on Monday."))
                .containsExactly("named/appointment/2032-10-11 [Margit Loewe:patient]");
        assertThat(events("The board named Margit Loewe, 52, as chief executive on Monday."))
                .containsExactly("named/appointment/2032-10-11 [Margit Loewe:patient]");
        // negative: a list of those named is no appointment, whatever posts it holds
        assertThat(events("The indictment names Ivo Braddock and a former prosecutor as co-conspirators.")).isEmpty();
        assertThat(events("The lawsuit names the Tessford Clinic and its general counsel as defendants.")).isEmpty();
        // negative: named as a suspect, or as a source, is no appointment, description or not
        assertThat(events("Police on Wednesday named Ivo Braddock, a former guard, as a suspect in the robbery.")).isEmpty();
        assertThat(events("The paper named Ivo Braddock, the governor's chief of staff, as the source of the leak."))
                .isEmpty();
    }

    @Test
    void aRelativeClausesEventHasOnlyItsOwnParties() {
        assertThat(events("Governor Orwen Prather on Wednesday named Rosalind Okafor-Tate, a former prosecutor, as the"
                + " state's new attorney general, replacing Dwight Callan, who resigned in August amid an ethics inquiry."))
                .containsExactly(
                        "named/appointment/2032-10-13 [Orwen Prather:agent, Rosalind Okafor-Tate:patient, Dwight Callan:other]",
                        "resigned/resignation/2032-08 [Dwight Callan:agent]");
        // negative: the name a relative clause's noun describes is inside it
        assertThat(events("Ivo Braddock, a former guard who was arrested in May, was released on Tuesday."))
                .containsExactly("arrested/arrest/2032-05 [Ivo Braddock:patient]", "released/release/2032-10-12 [Ivo Braddock:patient]");
    }

    @Test
    void joinedSubjectsShareTheirPart() {
        assertThat(events("Ivo Braddock and Margit Loewe met privately on Tuesday."))
                .containsExactly("met/other/2032-10-12 [Ivo Braddock:agent, Margit Loewe:agent]");
        assertThat(events("Police arrested Ivo Braddock and Margit Loewe on Tuesday."))
                .containsExactly("arrested/arrest/2032-10-12 [Ivo Braddock:patient, Margit Loewe:patient]");
        assertThat(events("Ivo Braddock, Margit Loewe and Pell Varrow were charged on Monday with fraud."))
                .containsExactly("charged/charge/2032-10-11 [Ivo Braddock:patient, Margit Loewe:patient, Pell Varrow:patient]");
        // negative: a name in apposition to the second object is that object, not a second one
        assertThat(events("Ivo Braddock sued the city and the mayor, Margit Loewe, on Friday."))
                .containsExactly("sued/filing/2032-10-08 [Ivo Braddock:agent, Margit Loewe:patient]");
    }

    @Test
    void aPassivesAgentIsNoSourceOfItsOwnRelativeClause() {
        assertThat(claims("Rosalind Okafor-Tate must still be confirmed by the state Senate, which is not expected to vote"
                + " before December.")).isEmpty();
        assertThat(claims("It was confirmed by the Keldmoor Ledger that the vote had been delayed."))
                .containsExactly("the Keldmoor Ledger: the vote had been delayed");
        assertThat(claims("Margit Loewe was asked by reporters whether she would run again."))
                .containsExactly("reporters: whether she would run again");
        assertThat(claims("Margit Loewe was asked by reporters when she would decide."))
                .containsExactly("reporters: when she would decide");
        assertThat(claims("It was confirmed by police on Monday that two officers had been suspended."))
                .containsExactly("police: two officers had been suspended");
        // negative: a passive with no "that" after its agent reports nothing
        assertThat(claims("The deaths were confirmed by police on Monday.")).isEmpty();
    }

    @Test
    void aListenerEndsBeforeTheNextDeterminer() {
        assertThat(claims("Orwen Prather denied that, telling reporters the search had taken seven weeks."))
                .containsExactly("Orwen Prather: the search had taken seven weeks");
        assertThat(claims("Ivo Braddock told members of the committee the budget was balanced."))
                .containsExactly("Ivo Braddock: the budget was balanced");
    }
}
