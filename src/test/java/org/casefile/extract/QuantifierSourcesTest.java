package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A quantifier that is a whole subject speaks for a group, with no name: "Some say …", "Most
 * believe …", "others say …", "most of them said …". Negatives: a quantifier after a determiner
 * ("the few who stayed"), a quantifier that is an adverb's degree ("most recently known as"), a
 * sentence with no verb of speech, and a writer's "All told". An answer word after a verb of
 * speech is what was said however short ("said no", "said the same"); other words that short are
 * not. The names and places are invented
 * and appear nowhere in the corpus or the shared development data.
 */
class QuantifierSourcesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 3);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aQuantifierThatOpensTheSentenceSpeaks() {
        assertThat(claims("Some say the Velmark harbor fee is too high."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Some", "the Velmark harbor fee is too high"));
        assertThat(claims("Most believe that the Quellin mill will reopen in the spring."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Most", "the Quellin mill will reopen in the spring"));
    }

    @Test
    void aQuantifierWithOfThemOrAfterAConjunctionSpeaks() {
        assertThat(claims("Until the closure, most of them said they had liked working at the Quellin mill."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("most of them", "they had liked working at the Quellin mill"));
        assertThat(claims("Darrow Pemberly backs the fee, but others say it will drive ships from Velmark."))
                .extracting(Claim::speakerName, Claim::text)
                .contains(tuple("others", "it will drive ships from Velmark"));
    }

    @Test
    void aQuantifierAfterADeterminerOrBeforeAnAdverbIsNoSource() {
        assertThat(claims("The few who stayed said nothing about the fee.")).isEmpty();
        assertThat(claims("The account, most recently known as Velmark Watch, was closed in May.")).isEmpty();
        assertThat(claims("All told, the Quellin mill lost five million dollars in the quarter.")).isEmpty();
        assertThat(claims("Many of the ships left Velmark before the storm.")).isEmpty();
    }

    @Test
    void anAnswerWordAfterAVerbOfSpeechIsWhatWasSaid() {
        assertThat(claims("Asked whether the Velmark fee was fair, Darrow Pemberly said no."))
                .extracting(Claim::speakerName, Claim::text)
                .contains(tuple("Darrow Pemberly", "no"));
        assertThat(claims("In March, 26 percent said the same."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("26 percent", "the same"));
    }

    @Test
    void twoWordsThatAreNoAnswerAreNoClaim() {
        assertThat(claims("Darrow Pemberly said it again.")).isEmpty();
        assertThat(claims("Darrow Pemberly said goodbye.")).isEmpty();
    }
}
