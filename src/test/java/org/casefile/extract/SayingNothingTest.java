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
    void nothingMoreThatOpensWhatWasSaidLeavesTheClaimAsserted() {
        assertThat(claims("Doctors in Carrow Heath said nothing more could be done for the driver."))
                .extracting(Claim::text, Claim::polarity)
                .containsExactly(tuple("nothing more could be done for the driver", null));
    }

    @Test
    void nothingThatOpensWhatWasSaidLeavesTheClaimAsserted() {
        assertThat(claims("Ilvy Marchetti said nothing had changed at the Carrow Heath quarry."))
                .extracting(Claim::speakerName, Claim::text, Claim::polarity)
                .containsExactly(tuple("Ilvy Marchetti", "nothing had changed at the Carrow Heath quarry", null));
    }

    @Test
    void aFrontedParticipleIsWhatWasAskedNotWhatWasSaid() {
        // the one asked said nothing: no claim of hers, and the question is none of her words
        assertThat(claims("Asked whether the Carrow Heath quarry would close, Ilvy Marchetti said nothing."))
                .noneMatch(c -> "Ilvy Marchetti".equals(c.speakerName()))
                .noneMatch(c -> c.text().startsWith("Asked"));
        // a participle clause and then a clause of its own before the source: that clause was said
        assertThat(claims("Arrested at the Carrow Heath quarry, the suspect was charged with theft, police said."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("police", "Arrested at the Carrow Heath quarry, the suspect was charged with theft"));
        assertThat(claims("Pressed about the cost, Ilvy Marchetti said the footbridge would open in May."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ilvy Marchetti", "the footbridge would open in May"));
    }
}
