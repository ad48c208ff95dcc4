package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Sentencing stories (invented names): the time of a plea, a charge or a conviction is not the time
 * of the act it answers; a relative clause's "to" is no infinitive of the main verb; "supervised
 * release" is a term of a sentence, no one freed.
 */
class PleasAndSentenceTermsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aSentencingAfterARelativeClauseOfAPleaIsAFact() {
        // the parser hangs "was sentenced" on the plea's "to": a finite "was" makes it no infinitive
        assertThat(events("Perpetua Vandersloot, who pleaded guilty in March to embezzling $7,000, was sentenced on Tuesday."))
                .contains("sentencing/null/positive/asserted/2031-06-10 [Perpetua Vandersloot:other]")
                .noneMatch(e -> e.startsWith("sentencing/") && e.contains("hypothetical"));
    }

    @Test
    void theTimeOfAPleaOrAConvictionIsNotTheActs() {
        assertThat(events("Perpetua Vandersloot, who pleaded guilty in March to embezzling $7,000, was sentenced on Tuesday."))
                .noneMatch(e -> e.startsWith("other/embezzle") && e.contains("2031-03"));
        assertThat(events("Ottmar Grieve was convicted last year of bribing an inspector."))
                .containsExactly("conviction/null/positive/asserted/2030 [Ottmar Grieve:patient]");
        assertThat(events("Ottmar Grieve was arrested on Monday for stealing a tractor."))
                .containsExactly("arrest/null/positive/asserted/2031-06-09 [Ottmar Grieve:patient]");
        // negative: a time after the act is the act's own
        assertThat(events("Ottmar Grieve was charged with killing his neighbour in 2029."))
                .contains("killing/null/positive/reported/2029 [Ottmar Grieve:agent]");
    }

    @Test
    void supervisedReleaseIsNoRelease() {
        assertThat(events("Judge Hesper Coldwell ordered him to serve three years of supervised release after his prison term."))
                .noneMatch(e -> e.startsWith("release/"));
        // negative: a release from jail is one
        assertThat(events("Ottmar Grieve was released from the county jail on Monday."))
                .anyMatch(e -> e.startsWith("release/null/positive/asserted/2031-06-09"));
    }

    @Test
    void anAdverbBeforeTheActDoesNotGiveItTheArrestsDay() {
        assertThat(events("Ottmar Grieve was arrested on Monday for allegedly stealing a tractor from a dealer."))
                .noneMatch(e -> e.startsWith("other/steal") && e.contains("2031-06-09"))
                .contains("arrest/null/positive/asserted/2031-06-09 [Ottmar Grieve:patient]");
    }

    @Test
    void aContestWordAsAnAdjectiveIsNoElection() {
        // "primary" of electoral-contest only as the noun it is (the final read's mend)
        assertThat(events("Quarnby Tools lost its primary supplier in May."))
                .noneMatch(e -> e.startsWith("election/"));
        assertThat(events("Perpetua Vandersloot won the Democratic primary in May."))
                .containsExactly("election/null/positive/asserted/2031-05 [Perpetua Vandersloot:agent]");
    }
}
