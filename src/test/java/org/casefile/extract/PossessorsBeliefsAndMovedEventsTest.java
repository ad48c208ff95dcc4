package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Court and office news (invented names and places): the person a "his" or "her" of a step against a
 * person stands for undergoes it, of a retirement makes it; a conviction held as a belief is no
 * court's act; an event moved to another day is still to come, on that day.
 */
class PossessorsBeliefsAndMovedEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 11); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void thePossessorOfAStepAgainstAPersonUndergoesIt() {
        assertThat(events("Ysolde Marchetti was released after her arrest on Monday."))
                .contains("arrest/null/positive/asserted/null [Ysolde Marchetti:patient]");
        assertThat(events("Corvin Aldane resigned from the board after his conviction for bribery."))
                .contains("conviction/null/positive/asserted/null [Corvin Aldane:patient]",
                        "resignation/null/positive/asserted/null [Corvin Aldane:agent]");
        // negative: a "her" the text ties to nobody names no one
        assertThat(events("Police confirmed her arrest on Tuesday."))
                .containsExactly("arrest/null/positive/reported/2031-04-08 []");
        // negative: the possessor of attacks made them
        assertThat(events("Ivo Brancaster kept up his attacks on Selwyn Oakhurst on Monday."))
                .noneMatch(e -> e.contains("Ivo Brancaster:patient"));
        // negative: the possessor of a trial may be its judge or its defendant: left out
        assertThat(events("Dunstan Wavell said his trial would open in May."))
                .noneMatch(e -> e.startsWith("trial") && e.contains("Dunstan Wavell:"));
    }

    @Test
    void thePossessorOfARetirementRetires() {
        assertThat(events("Tamsin Ellery said her retirement will take effect in May."))
                .contains("resignation/null/positive/planned/2031-05 [Tamsin Ellery:agent]");
        // negative: the retirement of a debt is no one's leaving a post
        assertThat(events("The early retirement of the bonds saved Pellingford Council money."))
                .noneMatch(e -> e.startsWith("resignation"));
    }

    @Test
    void aConvictionHeldAsABeliefIsNoCourtsAct() {
        assertThat(events("Osric Penhale voiced his conviction that the talks would succeed.")).noneMatch(e -> e.startsWith("conviction"));
        assertThat(events("Osric Penhale spoke with deep conviction about the reforms.")).noneMatch(e -> e.startsWith("conviction"));
        // negative: a relative clause of a court's conviction, and a record of one, stay
        assertThat(events("The conviction that sent Osric Penhale to prison was quashed."))
                .contains("conviction/null/positive/asserted/null [Osric Penhale:other]");
        assertThat(events("The conviction of Margaret Thistlewood was overturned on appeal."))
                .contains("conviction/null/positive/asserted/null [Margaret Thistlewood:patient]");
    }

    @Test
    void anEventMovedToAnotherDayIsStillToComeOnThatDay() {
        assertThat(events("The hearing in the Fallowmere case was moved to June 2, lawyers said."))
                .containsExactly("hearing/null/positive/planned/2031-06-02 []");
        assertThat(events("A judge moved the trial of Perpetua Lindqvist to April 14."))
                .containsExactly("trial/null/positive/planned/2031-04-14 [Perpetua Lindqvist:other]");
        assertThat(events("The sentencing of Ambrose Quillfeather was pushed back to May 3."))
                .containsExactly("sentencing/null/positive/planned/2031-05-03 [Ambrose Quillfeather:patient]");
        assertThat(events("The arraignment was rescheduled for next Tuesday."))
                .containsExactly("hearing/null/positive/planned/2031-04-15 []");
        // negative: the day of the moving is not the event's; a motion's "moved to" is no moved event
        assertThat(events("On Monday the judge moved the trial to Ashcombe.")).noneMatch(e -> e.contains("2031-04-07"));
        assertThat(events("Lawyers for Ambrose Quillfeather moved to dismiss the charges on Monday."))
                .noneMatch(e -> e.contains("/planned/"));
        // negative: a gerund of putting off is a means, not the act ("means of delaying the bid")
        assertThat(events("Ambrose Quillfeather sought ways of delaying the trial.")).noneMatch(e -> e.contains("/planned/"));
    }
}
