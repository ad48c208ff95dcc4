package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A postponed event keeps no day of its postponing (invented names): "on Monday postponed the hearing
 * until March 3" is a hearing planned for March 3; "postponed the sentencing on Monday" leaves it
 * undated; a day the event's own verb gives it stays.
 */
class PostponedEventDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void thePostponingsDayIsNotTheEvents() {
        assertThat(events("Judge Wilhelmina Oskarsdottir on Monday postponed the hearing until Sept. 3."))
                .anyMatch(e -> e.startsWith("hearing/null/positive/planned/2031-09-03"));
        assertThat(events("The hearing was postponed on Monday until Sept. 3."))
                .containsExactly("hearing/null/positive/planned/2031-09-03 []");
        assertThat(events("Judge Wilhelmina Oskarsdottir postponed Lorcan Abernethy's sentencing on Monday."))
                .anyMatch(e -> e.startsWith("sentencing/null/positive/planned/null"))
                .noneMatch(e -> e.startsWith("sentencing/") && e.contains("2031-06-09"));
    }

    @Test
    void aDayTheEventsOwnVerbGivesStays() {
        assertThat(events("Lorcan Abernethy's sentencing, postponed twice, took place on Monday."))
                .containsExactly("sentencing/null/positive/asserted/2031-06-09 [Lorcan Abernethy:patient]");
        assertThat(events("The trial, which was delayed in May, began on Monday."))
                .containsExactly("trial/null/positive/asserted/2031-06-09 []");
    }

    @Test
    void whatCausesADelayKeepsItsDay() {
        // an active verb after the noun has it for its subject: the arrest delayed the vote, on its own day
        assertThat(events("The arrest on Friday delayed the council vote.")) // (the story's own Friday)
                .anyMatch(e -> e.startsWith("arrest/null/positive/asserted/2031-06-13"));
    }
}
