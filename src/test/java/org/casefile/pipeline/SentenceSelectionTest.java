package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** Which sentences get tags and a parse in production. */
class SentenceSelectionTest {
    @Test
    void aWordIsACandidateInAnyOfItsInflections() {
        Set<String> lemmas = Set.of("flee", "say", "hearing");
        assertThat(SentenceSelection.mayHoldLemma(List.of("He", "fled", "."), lemmas)).isTrue();
        assertThat(SentenceSelection.mayHoldLemma(List.of("She", "says", "so"), lemmas)).isTrue();
        assertThat(SentenceSelection.mayHoldLemma(List.of("two", "hearings"), lemmas)).isTrue();
        assertThat(SentenceSelection.mayHoldLemma(List.of("The", "weather", "was", "fine", "."), lemmas)).isFalse();
    }

    @Test
    void aVerbOfSpeechInThePastNeedsNoTagsAndStillMakesAClaim() {
        var x = org.casefile.support.Texts.extract(
                "\u201cThe evidence showed he was in Turkey,\u201d Rachelle Barbour said. Barbour says the case is weak.",
                LocalDate.of(2021, 5, 11));
        AnnotatedDocument a = TestPipelines.annotator().annotate(x.document());
        assertThat(a.sentences().get(0).tokens()).extracting(Token::pos).containsOnly(Token.UNTAGGED);
        assertThat(a.sentences().get(1).tokens().get(1).pos()).isEqualTo("VBZ");
        assertThat(x.claims()).extracting(org.casefile.extract.Claim::speakerName, org.casefile.extract.Claim::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rachelle Barbour", "The evidence showed he was in Turkey,"),
                        org.assertj.core.groups.Tuple.tuple("Barbour", "the case is weak"));
    }

    @Test
    void onlySentencesThatALaterStageReadsAreTaggedAndOnlyDatedTriggersParsed() {
        AnnotatedDocument a = TestPipelines.annotator().annotate(Texts.document("d",
                "The weather was fine. Ameen fled Iraq on March 3, 2014. Ameen fled Iraq.",
                LocalDate.of(2021, 5, 11)));
        List<Sentence> s = a.sentences();
        assertThat(s).hasSize(3);
        assertThat(s.get(0).tokens()).extracting(Token::pos).containsOnly(Token.UNTAGGED);
        // untagged: the lemma of a past-tense reading where there is one
        assertThat(s.get(0).tokens()).extracting(Token::lemma).containsExactly("The", "weather", "be", "fine", ".");
        assertThat(s.get(1).tokens().get(1).pos()).isEqualTo("VBD");
        assertThat(s.get(1).tokens().get(1).lemma()).isEqualTo("flee");
        assertThat(s.get(1).isParsed()).isTrue();
        assertThat(s.get(2).tokens().get(1).lemma()).isEqualTo("flee");
        assertThat(s.get(2).isParsed()).isFalse();
    }
}
