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
    void theSelectionFollowsWhatTheExtractorsDeclare() {
        var needs = new org.casefile.extract.SentenceNeeds(Set.of("flee"), Set.of("say"), Set.of("flee"), Set.of("hearing"))
                .and(org.casefile.extract.SentenceNeeds.NONE);
        var selector = SentenceSelection.of(needs);
        assertThat(selector.needsTags(List.of("Tarrabee", "fled", "."))).isTrue();
        assertThat(selector.needsTags(List.of("Tarrabee", "said", "so", "."))).isFalse();
        assertThat(selector.needsTags(List.of("Tarrabee", "says", "so", "."))).isTrue();
        assertThat(selector.needsTags(List.of("The", "kettle", "sang", "."))).isFalse();
        List<Token> fled = List.of(new Token(0, "Tarrabee", "Tarrabee", "NNP", "PERSON", 0, 8),
                new Token(1, "fled", "flee", "VBD", "O", 9, 13));
        List<Token> hearing = List.of(new Token(0, "hearings", "hearing", "NNS", "O", 0, 8));
        List<Token> sang = List.of(new Token(0, "sang", "sing", "VBD", "O", 0, 4));
        assertThat(selector.needsParse(fled, true)).isTrue();
        assertThat(selector.needsParse(hearing, true)).isTrue();
        assertThat(selector.needsParse(fled, false)).isFalse();
        assertThat(selector.needsParse(sang, true)).isFalse();
        assertThat(SentenceSelection.of(org.casefile.extract.SentenceNeeds.NONE).needsTags(List.of("Tarrabee", "fled"))).isFalse();
    }

    @Test
    void aSentenceSaysHowFarItWasAnnotated() {
        List<Token> untagged = List.of(new Token(0, "Tarrabee", "Tarrabee", null, "PERSON", 0, 8),
                new Token(1, "said", "say", null, "O", 9, 13));
        List<Token> tagged = List.of(new Token(0, "Tarrabee", "Tarrabee", "NNP", "PERSON", 0, 8),
                new Token(1, "said", "say", "VBD", "O", 9, 13));
        Sentence tokens = new Sentence(0, 0, 13, untagged, List.of());
        Sentence parsed = new Sentence(0, 0, 13, Sentence.Level.PARSED, tagged,
                List.of(new org.casefile.nlp.Dependency("nsubj", 1, 0), new org.casefile.nlp.Dependency("root", -1, 1)));
        assertThat(tokens.level()).isEqualTo(Sentence.Level.TOKENS);
        assertThat(tokens.isTagged()).isFalse();
        assertThat(new Sentence(0, 0, 13, tagged, List.of()).level()).isEqualTo(Sentence.Level.TAGGED);
        assertThat(parsed.isParsed()).isTrue();
        assertThat(parsed.isTagged()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Sentence(0, 0, 13, Sentence.Level.PARSED, tagged, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // an untagged token has no tag, not an empty one, and is no verb
        assertThat(untagged.get(1).pos()).isNull();
        assertThat(untagged.get(1).isTagged()).isFalse();
        assertThat(untagged.get(1).isVerb()).isFalse();
        assertThat(tagged.get(1).isVerb()).isTrue();
        // the level and the tokens agree
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Sentence(0, 0, 13, Sentence.Level.TAGGED, untagged, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Sentence(0, 0, 13, Sentence.Level.TOKENS, tagged, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVerbOfSpeechInThePastNeedsNoTagsAndStillMakesAClaim() {
        var x = org.casefile.support.Texts.extract(
                "\u201cThe evidence showed he was in Marrowby,\u201d Odelia Fenwright said. Fenwright says the case is weak.",
                LocalDate.of(2021, 5, 11));
        AnnotatedDocument a = TestPipelines.annotator().annotate(x.document());
        assertThat(a.sentences().get(0).tokens()).extracting(Token::isTagged).containsOnly(false);
        assertThat(a.sentences().get(1).tokens().get(1).pos()).isEqualTo("VBZ");
        assertThat(x.claims()).extracting(org.casefile.extract.Claim::speakerName, org.casefile.extract.Claim::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Odelia Fenwright", "The evidence showed he was in Marrowby,"),
                        org.assertj.core.groups.Tuple.tuple("Fenwright", "the case is weak"));
    }

    @Test
    void onlySentencesThatALaterStageReadsAreTaggedAndOnlyDatedTriggersParsed() {
        AnnotatedDocument a = TestPipelines.annotator().annotate(Texts.document("d",
                "The weather was fine. Tolvane fled Ostravia on March 3, 2014. Tolvane fled Ostravia.",
                LocalDate.of(2021, 5, 11)));
        List<Sentence> s = a.sentences();
        assertThat(s).hasSize(3);
        assertThat(s.get(0).tokens()).extracting(Token::isTagged).containsOnly(false);
        // untagged: the lemma of a past-tense reading where there is one
        assertThat(s.get(0).tokens()).extracting(Token::lemma).containsExactly("The", "weather", "be", "fine", ".");
        assertThat(s.get(1).tokens().get(1).pos()).isEqualTo("VBD");
        assertThat(s.get(1).tokens().get(1).lemma()).isEqualTo("flee");
        assertThat(s.get(1).isParsed()).isTrue();
        assertThat(s.get(2).tokens().get(1).lemma()).isEqualTo("flee");
        assertThat(s.get(2).isParsed()).isFalse();
    }
}
