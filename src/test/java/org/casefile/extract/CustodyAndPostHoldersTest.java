package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Police and court news (invented names and places): a person booked into a jail or held there, on
 * bail or without it, is detained, while a flight booked, a meeting held in a prison chapel, a lead
 * held on to or a concert held in an old jail are no detention; and a name set beside the body of a
 * post ("the chief executive of Brackwell Freight, Isolde Varnum") is the one who holds it.
 */
class CustodyAndPostHoldersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aPersonBookedIntoAJailOrHeldOnBailIsDetained() {
        assertThat(events("Agatha Keddle was booked into the Orrinvale County jail on suspicion of burglary on Tuesday."))
                .containsExactly("detention/null/positive/asserted/2031-06-10 [Agatha Keddle:patient]");
    }

    @Test
    void aFlightBookedOrAMeetingHeldInAPrisonIsNoDetention() {
        assertThat(events("Agatha Keddle booked a flight to Ostley on Monday."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("The warden held a meeting in the prison chapel on Monday."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("Orrinvale Rovers held on to the lead until the final whistle on Saturday."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("The concert was held in the old jail on Saturday night."))
                .noneMatch(e -> e.startsWith("detention"));
    }

    @Test
    void aNameBesideTheBodyOfAPostIsThePostHolder() {
        assertThat(events("The chief executive of Brackwell Freight, Isolde Varnum, resigned on Tuesday."))
                .containsExactly("resignation/null/positive/asserted/2031-06-10 [Brackwell Freight:other, Isolde Varnum:agent]");
        assertThat(events("Isolde Varnum, the chief executive of Brackwell Freight, resigned on Tuesday."))
                .containsExactly("resignation/null/positive/asserted/2031-06-10 [Brackwell Freight:other, Isolde Varnum:agent]");
    }

    @Test
    void aTrialOrderedIsStillToBeHeld() {
        assertThat(events("Ilsa Brannock was ordered to stand trial on charges of arson."))
                .contains("trial/null/positive/planned/null [Ilsa Brannock:other]");
        // negative: a trial stood is one held, in the year of "stood"
        assertThat(events("Ilsa Brannock stood trial in 2029."))
                .containsExactly("trial/null/positive/asserted/2029 [Ilsa Brannock:other]");
    }

    @Test
    void theByPhraseOfAParticipleBetweenIsNotTheTriggersAgent() {
        assertThat(events("The judge has yet to rule on the challenge filed by Wexcombe Haulage."))
                .contains("ruling/null/negative/asserted/null [Wexcombe Haulage:other]");
        // negative: a passive's own "by" phrase, and one two joined verbs share
        assertThat(events("Ilsa Brannock was shot and wounded by Tomas Quarne on Tuesday."))
                .contains("attack/null/positive/asserted/2031-06-10 [Ilsa Brannock:patient, Tomas Quarne:agent]");
    }

    @Test
    void aTimeWithNoCalendarValueGivesWayToADay() {
        assertThat(events("The bus drivers' strike entered its third week on Monday."))
                .containsExactly("other/strike/positive/asserted/2031-06-09 []");
    }
}
