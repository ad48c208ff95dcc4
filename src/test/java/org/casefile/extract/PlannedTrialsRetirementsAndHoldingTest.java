package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Court and police news (invented names and places): "is to go on trial" is an arrangement, planned
 * and dated ahead; "held" after "remained" is the passive of "hold", and a span of time between the
 * one held and the place does not hide the detention; a retirement is a person's leaving a post, a
 * debt's is none; what "takes effect" in a month does so ahead of the story; who remains jailed
 * undergoes it; who won an election is its agent; an event moved to another day is no journey.
 */
class PlannedTrialsRetirementsAndHoldingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 2, 12); // a Wednesday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void isToGoOnTrialIsPlannedAndAhead() {
        assertThat(events("Halvor Teague is to go on trial in September."))
                .containsExactly("trial/null/positive/planned/2031-09 [Halvor Teague:other]");
        assertThat(events("Halvor Teague is due to go on trial in September."))
                .containsExactly("trial/null/positive/planned/2031-09 [Halvor Teague:other]");
        // negative: a trial that began is told as a fact
        assertThat(events("Halvor Teague went on trial on Monday."))
                .containsExactly("trial/null/positive/asserted/2031-02-10 [Halvor Teague:other]");
    }

    @Test
    void heldAfterRemainedAndHeldOvernightAreDetentions() {
        assertThat(events("Corliss Ambry remained held at the Fenwold County jail."))
                .containsExactly("detention/null/positive/asserted/null [Corliss Ambry:patient]");
        // (the night before the story: "overnight")
        assertThat(events("Officers held Lysander Moat overnight at the police station."))
                .containsExactly("detention/null/positive/asserted/2031-02-11TNI [Lysander Moat:patient]");
        assertThat(events("Officers held Lysander Moat for six hours at the Yarrowby jail."))
                .containsExactly("detention/null/positive/asserted/null [Lysander Moat:patient]");
        // negative: a meeting held at a station holds no one
        assertThat(events("The residents held a meeting at the police station.")).isEmpty();
    }

    @Test
    void whoRemainsJailedUndergoesIt() {
        assertThat(events("Zofia Krell remained jailed at the Ostend Road detention center on Tuesday."))
                .containsExactly("detention/null/positive/asserted/2031-02-11 [Zofia Krell:patient]");
    }

    @Test
    void theWinnerOfAnElectionIsItsAgentAndAnEventMovedIsNoJourney() {
        assertThat(events("Mirela Sayce won the mayoral election in Tolvern on Tuesday."))
                .containsExactly("election/null/positive/asserted/2031-02-11 [Mirela Sayce:agent]");
        // negative: a judge who moves a sentencing to another day goes nowhere
        assertThat(events("Judge Cyrille Abano moved the sentencing of Orrin Haskard to June 9."))
                .noneMatch(e -> e.startsWith("travel"));
        // and one who moves to a city does
        assertThat(events("Tobiah Renshaw moved to Lisbon in 2019."))
                .anyMatch(e -> e.startsWith("travel"));
    }

    @Test
    void aRetirementIsAPersonsLeaving() {
        assertThat(events("The retirement of Judge Amory Westlake takes effect in June."))
                .containsExactly("resignation/null/positive/planned/2031-06 [Amory Westlake:agent]");
        // negative: a debt's retirement and a retirement age are no one's leaving
        assertThat(events("The early retirement of debt saved the firm money.")).isEmpty();
        assertThat(events("The retirement age rose to 67.")).isEmpty();
    }

    @Test
    void whatTakesEffectInAMonthDoesSoAhead() {
        assertThat(Texts.dates("The new rules take effect in June.", PUBLISHED)).containsExactly("June=2031-06");
        // negative: a past tense keeps the month behind the story
        assertThat(Texts.dates("The new rules took effect in June.", PUBLISHED)).containsExactly("June=2030-06");
    }
}
