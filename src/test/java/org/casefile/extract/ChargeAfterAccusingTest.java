package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.Stance;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What an accusing verb alleges runs from the one accused through the charge, also when a date in
 * the sentence has it parsed and the parse hangs the charge on the verb as a clause of its own
 * ("on Tuesday accused the mayor of hiding the audit"). A clause that is the source's next act
 * ("… and urged the mayor to resign") still ends the content. The names and places are invented and appear
 * nowhere in the corpus or the shared development data.
 */
class ChargeAfterAccusingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 14);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void theChargeStaysWithTheAccusedInADatedSentence() {
        assertThat(claims("Councillor Ulla Brecken on Tuesday accused the mayor of hiding the Skelby audit."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("Ulla Brecken", "the mayor of hiding the Skelby audit", Stance.ALLEGATION));
        assertThat(claims("On Monday, Ulla Brecken charged the Skelby treasurer with taking bribes."))
                .extracting(Claim::text)
                .containsExactly("the Skelby treasurer with taking bribes");
    }

    @Test
    void aClauseOfTheSpeakersNextActStillEndsWhatWasSaid() {
        assertThat(claims("On Monday, Ulla Brecken said the Skelby audit was late and urged the mayor to resign."))
                .extracting(Claim::text)
                .containsExactly("the Skelby audit was late", "to resign");
    }
}
