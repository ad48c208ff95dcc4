package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Court and police news (invented names and places): the charge a verdict of acquittal clears
 * someone of is no event ("acquitted of murder" tells of no killing), while an act the phrase
 * presupposes took place ("acquitted of the 2028 killing of a shopkeeper"); a name "not among those
 * arrested" takes no part in the arrest; an exoneration is a verdict, and a mistrial a court's ruling.
 */
class AcquittalsAndSurrendersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void theChargeOfAnAcquittalIsNoEvent() {
        assertThat(events("A jury acquitted Amos Harrowgate of murder on Tuesday."))
                .containsExactly("verdict/null/positive/asserted/2031-06-10 [Amos Harrowgate:patient]");
        // (the day is read as the stabbing's: the verdict stays undated, a leftover)
        assertThat(events("Amos Harrowgate was found not guilty of stabbing a waiter on Tuesday."))
                .containsExactly("verdict/null/positive/asserted/null [Amos Harrowgate:patient]");
    }

    @Test
    void anActThePhrasePresupposesTookPlace() {
        assertThat(events("Amos Harrowgate was acquitted on Thursday of the 2028 killing of a shopkeeper."))
                .containsExactly("verdict/null/positive/asserted/2031-06-12 [Amos Harrowgate:patient]",
                        "killing/null/positive/asserted/2028 [Amos Harrowgate:other]");
        // negative: a conviction keeps what it kept
        assertThat(events("Amos Harrowgate was convicted of murder on Tuesday."))
                .containsExactly("conviction/null/positive/asserted/2031-06-10 [Amos Harrowgate:patient]",
                        "killing/null/positive/asserted/null [Amos Harrowgate:other]");
    }

    @Test
    void aNameNotAmongThoseArrestedTakesNoPart() {
        assertThat(events("Police arrested four men on Saturday, but Amos Harrowgate was not among those arrested."))
                .containsExactly("arrest/null/positive/asserted/2031-06-07 []");
        // negative: one among those arrested takes part (as "other": the role is a leftover)
        assertThat(events("Amos Harrowgate was among those arrested on Saturday."))
                .containsExactly("arrest/null/positive/asserted/2031-06-07 [Amos Harrowgate:other]");
    }

    @Test
    void exoneratingSurrenderingAndMistrials() {
        assertThat(events("Amos Harrowgate was exonerated on Tuesday."))
                .containsExactly("verdict/null/positive/asserted/2031-06-10 [Amos Harrowgate:patient]");
        assertThat(events("Amos Harrowgate surrendered to police on Monday."))
                .containsExactly("other/surrender/positive/asserted/2031-06-09 [Amos Harrowgate:agent]");
        // a mistrial declared is a ruling, told as the court's word ("declare" as a verb that makes its
        // noun so also took a clause declared, "declared that police had arrested him", as done: left)
        assertThat(events("A mistrial was declared on Thursday after the jury in the Amos Wrenfield case deadlocked."))
                .contains("ruling/null/positive/reported/null [Amos Wrenfield:other]");
        // negative: one asked for is no ruling made
        assertThat(events("The defense moved for a mistrial in the Amos Harrowgate case on Monday."))
                .noneMatch(e -> e.startsWith("ruling/null/positive/asserted"));
    }
}
