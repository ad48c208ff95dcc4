package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Any verb with a "that" clause attributes it to its subject. In a sentence read without tags only a
 * regular form counts as such a verb: a past in -ed, or a form in -s or -ing after no determiner.
 * An irregular past form before "that" is as often a noun ("ground", "rose"), and a form in -s or
 * -ing after a determiner is a noun ("the results that", "the ruling that").
 */
class NounsBeforeThatTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 14);

    @Test
    void anyVerbBeforeAThatClauseAttributesIt() {
        assertThat(Texts.saidBy("The surveyor reckoned that the fence was on his side of the field.", DAY))
                .containsExactly("The surveyor: the fence was on his side of the field");
        assertThat(Texts.saidBy("The surveyor reckons that the fence is on his side of the field.", DAY))
                .containsExactly("The surveyor: the fence is on his side of the field");
    }

    @Test
    void aFormInIngAfterAQuantifierAndAnIrregularVerbOfSwearingAttributeTheClause() {
        assertThat(Texts.saidBy("The farmers stayed, many realizing that the money was gone.", DAY))
                .containsExactly("many: the money was gone");
        assertThat(Texts.saidBy("The witness swore that the money was gone.", DAY))
                .containsExactly("The witness: the money was gone");
        assertThat(Texts.saidBy("The witness swore an oath before the clerk in the hall.", DAY)).isEmpty();
    }

    @Test
    void aNounThatLooksLikeAnIrregularPastIsNoVerbOfSaying() {
        assertThat(Texts.saidBy("She kept the red rose that her brother gave her at the fair.", DAY)).isEmpty();
        assertThat(Texts.saidBy("The panel upheld it on the flimsy ground that the tenant lacked standing.", DAY)).isEmpty();
        assertThat(Texts.saidBy("The results that the panel released surprised the whole valley.", DAY)).isEmpty();
        assertThat(Texts.saidBy("The clerk's findings that the money was gone were ignored.", DAY)).isEmpty();
        // an irregular verb whose "that" is a determiner
        assertThat(Texts.saidBy("The old miller ground that wheat into flour for the whole village.", DAY)).isEmpty();
    }
}
