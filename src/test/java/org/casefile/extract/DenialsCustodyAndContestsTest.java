package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Court, police and politics news (invented names and places): a crime a party denies having done is
 * the charge the denial answers, no event (as an acquittal's charge is); the act a charge names is
 * reported, never planned with the trial ahead; custody told by "turned himself in", "held in lieu of
 * bond", "remains held", "held for questioning"; a trial to be stood takes its day; an office won is an
 * election.
 */
class DenialsCustodyAndContestsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2032, 9, 17); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aDeniedCrimeOfTheDeniersOwnIsNoEvent() {
        assertThat(events("Quenby Thallow denied stealing the ledgers from the parish office.")).isEmpty();
        assertThat(events("Ornell Faircloth denies that he bribed the inspector.")).isEmpty();
        assertThat(events("Davik Sorrel has always denied killing his business partner, Aurin Mabbot.")).isEmpty();
        assertThat(events("Thaddeus Marchbank denies charges that he smuggled cigarettes across the border.")).isEmpty();
    }

    @Test
    void aDenialOfAnotherOnesActOrOfWhatWasDoneToTheDenierStays() {
        // negative: the act of others a party denies stays, negative and the party's word
        assertThat(events("Police denied that officers shot Ferro Loskin."))
                .containsExactly("attack/null/negative/reported/null [Ferro Loskin:patient]");
        assertThat(events("Ferro Loskin denied that he was stabbed by a guard."))
                .containsExactly("attack/null/negative/reported/null [Ferro Loskin:patient]");
        // negative: a denial denied leaves the act a source's word
        assertThat(events("Ornell Faircloth did not deny that he bribed Tamsin Orrey."))
                .containsExactly("other/bribe/positive/reported/null [Ornell Faircloth:agent, Tamsin Orrey:patient]");
    }

    @Test
    void theActOfAChargeIsReportedNeverPlanned() {
        assertThat(events("Lisette Varga was scheduled to go on trial on charges she killed her neighbour, Peregrine Olds."))
                .contains("killing/null/positive/reported/null [Lisette Varga:agent, Peregrine Olds:patient]")
                .noneMatch(e -> e.startsWith("killing/null/positive/asserted") || e.startsWith("killing/null/positive/planned"));
        assertThat(events("Edvald Ellery goes on trial next month on charges he shot a clerk."))
                .containsExactly("trial/null/positive/planned/2032-10 [Edvald Ellery:other]",
                        "attack/null/positive/reported/null [Edvald Ellery:agent]");
        // negative: a relative clause after the charges is no act charged ("the charges he faces")
        assertThat(events("Edvald Ellery denies the charges he faces.")).noneMatch(e -> e.startsWith("attack"));
    }

    @Test
    void unnamedPeopleConvictedOrSentenced() {
        assertThat(events("The suspect, whose name was not released, was convicted."))
                .containsExactly("conviction/null/positive/asserted/null []");
        assertThat(events("The defendant, whose name was withheld, was sentenced to five years."))
                .containsExactly("sentencing/null/positive/asserted/null []");
        // negative: generic prose in the present stays out
        assertThat(events("A defendant who is convicted may appeal.")).isEmpty();
    }

    @Test
    void custody() {
        assertThat(events("Corwin Haddleby turned himself in to police on Monday."))
                .containsExactly("other/turn in/positive/asserted/2032-09-13 [Corwin Haddleby:agent]");
        assertThat(events("Ignatz Pellow is being held in lieu of $20,000 bond."))
                .containsExactly("detention/null/positive/asserted/null [Ignatz Pellow:patient]");
        assertThat(events("Mirela Stoan remains held in the Caddock County jail."))
                .containsExactly("detention/null/positive/asserted/null [Mirela Stoan:patient]");
        assertThat(events("Police held the driver, Bastian Kreel, for questioning after the crash."))
                .containsExactly("detention/null/positive/asserted/null [Bastian Kreel:patient]");
        assertThat(events("Two men were held for questioning after the robbery."))
                .containsExactly("detention/null/positive/asserted/null []");
        // negative: no one held
        assertThat(events("Sheriff Ulbrecht Voskuil held a press conference on Monday about the escape."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("Judge Harriet Quoyle is held in high regard by lawyers in Fenwick County.")).isEmpty();
        assertThat(events("The vigil for Ellery Swane was held outside the jail on Sunday.")).isEmpty();
        assertThat(events("Ludo Ferrant turned in his badge on Friday.")).noneMatch(e -> e.contains("turn in"));
        assertThat(events("The council held talks for questioning residents on Monday.")).noneMatch(e -> e.startsWith("detention"));
    }

    @Test
    void aTrialToBeStoodAndAnOfficeWon() {
        assertThat(events("Jorund Abberley will stand trial in May on fraud charges."))
                .containsExactly("trial/null/positive/planned/2033-05 [Jorund Abberley:other]");
        assertThat(events("Severine Pyke won the Democratic primary on Tuesday."))
                .containsExactly("election/null/positive/asserted/2032-09-14 [Severine Pyke:agent]");
        assertThat(events("Aurelio Vance won the presidency in March."))
                .containsExactly("election/null/positive/asserted/2032-03 [Aurelio Vance:agent]");
        // negative: a case, a contract or an award won is no election
        assertThat(events("Brannock Tull won the case against the city in March."))
                .noneMatch(e -> e.startsWith("election"));
        assertThat(events("Brannock Tull won a contract to pave Route 9 in March."))
                .noneMatch(e -> e.startsWith("election"));
    }
}
