package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented police shooting read as a new user would (session 23): the shooting itself was no
 * event ("shoot" and "shooting" were no triggers); "was shot by X" made X no agent; "would not
 * charge him in the May 10 shooting" in a June story put the shooting in the May to come and dated
 * the decision on charges to it; "charged him in the May 10 shooting" dated the charge to the
 * shooting's day. Names appear nowhere in the corpus.
 */
class ShootingStoryTest {
    /** A Tuesday in June. */
    private static final LocalDate JUNE = LocalDate.of(2031, 6, 24);
    /** A Wednesday in May. */
    private static final LocalDate MAY = LocalDate.of(2031, 5, 21);

    @Test
    void aShootingIsAnAttackWithItsAgent() {
        assertThat(Texts.datedParties("Idrissa Cardew was shot by Nils Tamburlo on Sunday.", JUNE))
                .containsExactly("shot/attack/2031-06-22 [Idrissa Cardew:patient, Nils Tamburlo:agent]");
        assertThat(Texts.datedParties("The May 10 shooting of Idrissa Cardew drew protests in Ostrand.", JUNE))
                .anyMatch(e -> e.startsWith("shooting/attack/2031-05-10 "));
    }

    @Test
    void aShotThatIsNoShootingIsNoAttack() {
        assertThat(Texts.datedParties("Nils Tamburlo shot a documentary about Ostrand in 2029.", JUNE))
                .noneMatch(e -> e.contains("/attack/"));
        assertThat(Texts.datedParties("Shares of Ostrand Holdings shot up on Monday.", JUNE))
                .noneMatch(e -> e.contains("/attack/"));
        assertThat(Texts.datedParties("The shooting range in Ostrand reopened on Monday.", JUNE))
                .noneMatch(e -> e.contains("/attack/"));
    }

    @Test
    void aDateThatNamesAnotherNounDatesThatNounOnly() {
        assertThat(Texts.dates("The prosecutor said she would not charge Nils Tamburlo in the May 10 shooting.", JUNE))
                .contains("May 10=2031-05-10");
        assertThat(Texts.datedParties("Prosecutors charged Nils Tamburlo in the May 10 shooting of Idrissa Cardew.", JUNE))
                .noneMatch(e -> e.startsWith("charged/charge/2031-05-10"));
        // the noun's own day stays, and a day of the verb's own is its
        assertThat(Texts.datedParties("Nils Tamburlo was arrested on Monday after the May 10 shooting.", JUNE))
                .contains("arrested/arrest/2031-06-23 [Nils Tamburlo:patient]");
    }

    @Test
    void aWouldTakesTheNearestDayAndAWillTheComingOne() {
        // January lies 5 months back and 7 ahead: under "would" the past one, under "will" the coming one
        assertThat(Texts.dates("Nils Tamburlo said he would not contest the Jan. 12 ruling.", MAY)).contains("Jan. 12=2031-01-12");
        assertThat(Texts.dates("Nils Tamburlo will contest the Jan. 12 ruling.", MAY)).contains("Jan. 12=2032-01-12");
        // a "will" of the date's own clause after a "would" of another
        assertThat(Texts.dates("Nils Tamburlo said he would appeal, and the Jan. 12 hearing will decide.", MAY))
                .contains("Jan. 12=2032-01-12");
    }

    @Test
    void aWouldOfTheFutureStillLooksAheadToANearDay() {
        assertThat(Texts.dates("Nils Tamburlo said he would attend the June 3 hearing.", MAY)).contains("June 3=2031-06-03");
        assertThat(Texts.dates("The June 3 hearing will decide the case.", MAY)).contains("June 3=2031-06-03");
    }
}
