package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Custody told by the phrase after the verb (invented names and places): a person held on bail,
 * without it or in a jail is detained, and the verb "hold", common in dated sentences of other
 * senses, asks for no parse on that account (a parse of such a sentence may change its other
 * events). A meeting held in a jail chapel, a lead held on to, a hearing held on a day and a concert
 * held in an old jail are no detention.
 */
class CustodyWithoutAParseTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aPersonHeldOnBailWithoutItOrInAJailIsDetained() {
        assertThat(events("Corvin Ashdale is being held on $50,000 bail."))
                .containsExactly("detention/null/positive/asserted/null [Corvin Ashdale:patient]");
        assertThat(events("Corvin Ashdale was held without bail on Wednesday."))
                .containsExactly("detention/null/positive/asserted/2031-06-11 [Corvin Ashdale:patient]");
        assertThat(events("Corvin Ashdale was being held in the Orrinvale County jail on Monday."))
                .containsExactly("detention/null/positive/asserted/2031-06-09 [Corvin Ashdale:patient]");
    }

    @Test
    void aMeetingALeadAHearingOrAConcertHeldIsNoDetention() {
        assertThat(events("The warden held a meeting in the jail chapel on Monday."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("Orrinvale Rovers held on to the lead until the final whistle on Saturday."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("The hearing was held Tuesday in the Orrinvale County courthouse."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("The concert was held in the old jail on Saturday night."))
                .noneMatch(e -> e.startsWith("detention"));
    }

    @Test
    void aVerbWhoseSenseIsThePhraseAfterItAsksForNoParse() {
        SentenceNeeds needs = new EventExtractor(Rules.load(TestPipelines.RULES)).needs();
        assertThat(needs.parsedVerbs()).doesNotContain("hold", "book");
        // a lemma another line of which reads its subject or object keeps its parse ("moved to a new town")
        assertThat(needs.parsedVerbs()).contains("move", "arrest");
        assertThat(needs.tagged()).contains("hold", "book");
    }
}
