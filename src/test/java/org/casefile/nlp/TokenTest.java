package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The participle used as an adjective, on hand-tagged tokens (no models). */
class TokenTest {
    /** Tokens from "word/TAG/lemma" items. */
    private static List<Token> tagged(String... items) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : items) {
            String[] p = item.split("/");
            tokens.add(new Token(tokens.size(), p[0], p[2], p[1], "O", at, at + p[0].length()));
            at += p[0].length() + 1;
        }
        return tokens;
    }

    @Test
    void aParticipleBeforeANounWithNoAuxiliaryOnlyModifiesIt() {
        List<Token> revised = tagged("the/DT/the", "revised/VBN/revise", "offer/NN/offer");
        assertThat(Token.attributiveParticiple(revised, 1, false, false)).isTrue();
        assertThat(Token.attributiveParticiple(revised, 1, true, true)).isTrue();
        // an auxiliary or a modal before it makes it a verb of its clause
        assertThat(Token.attributiveParticiple(tagged("was/VBD/be", "revised/VBN/revise", "offer/NN/offer"), 1, true, true))
                .isFalse();
        assertThat(Token.attributiveParticiple(tagged("could/MD/could", "revised/VBN/revise", "plans/NNS/plan"), 1, true, true))
                .isFalse();
        // no noun after it: a verb
        assertThat(Token.attributiveParticiple(tagged("the/DT/the", "offer/NN/offer", "revised/VBN/revise", "on/IN/on"), 2, true, true))
                .isFalse();
    }

    @Test
    void gerundsAndNamesCountOnlyWhenTheCallerAsks() {
        List<Token> coming = tagged("the/DT/the", "coming/VBG/come", "weeks/NNS/week");
        assertThat(Token.attributiveParticiple(coming, 1, true, false)).isTrue();
        assertThat(Token.attributiveParticiple(coming, 1, false, false)).isFalse();
        List<Token> based = tagged("selected/VBD/select", "Tarnwick-based/VBN/Tarnwick-base", "Orvella/NNP/Orvella");
        assertThat(Token.attributiveParticiple(based, 1, false, true)).isTrue();
        assertThat(Token.attributiveParticiple(based, 1, true, false)).isFalse();
    }
}
