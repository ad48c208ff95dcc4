package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.Polarity;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A source that "said nothing" asserted nothing: the claim is kept as what was not said, like "did
 * not say". "Said nothing had changed" says something: there "nothing" opens what was said. A
 * participle that opens the sentence ("Asked whether …", "Pressed about …") fronts what the
 * speaker was asked, which is never what was said. The names and places are invented and appear
 * nowhere in the corpus or the shared development data.
 */
class SayingNothingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 14);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void saidNothingAboutIsANegatedClaim() {
        assertThat(claims("Officials in Carrow Heath said nothing about the cause of the blaze."))
                .extracting(Claim::speakerName, Claim::text, Claim::polarity)
                .containsExactly(tuple("Officials in Carrow Heath", "nothing about the cause of the blaze", Polarity.NEGATIVE));
    }

    @Test
    void nothingThatOpensWhatWasSaidLeavesTheClaimAsserted() {
        assertThat(claims("Ilvy Marchetti said nothing had changed at the Carrow Heath quarry."))
                .extracting(Claim::speakerName, Claim::text, Claim::polarity)
                .containsExactly(tuple("Ilvy Marchetti", "nothing had changed at the Carrow Heath quarry", null));
    }

    @Test
    void aFrontedParticipleIsWhatWasAskedNotWhatWasSaid() {
        // the question stays a claim of its unnamed asker; the one asked said nothing
        assertThat(claims("Asked whether the Carrow Heath quarry would close, Ilvy Marchetti said nothing."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple(null, "whether the Carrow Heath quarry would close"));
        assertThat(claims("Pressed about the cost, Ilvy Marchetti said the footbridge would open in May."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ilvy Marchetti", "the footbridge would open in May"));
    }
}
