package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.Polarity;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Where a claim ends and who makes a second one (ww36): ", but the union representing … said"
 * opens a second attribution whose source is the whole phrase with its participle; ", and it
 * thanked …" and "… and pledges to …" are the source's next acts, not what was said; "warned on
 * Thursday of X" takes X as its topic; "said nothing as he left" claims nothing of the clause after
 * it; a participle the tagger reads as a past ("The figures announced on Monday show …")
 * attributes nothing. Negatives for each. The names and places are invented and appear nowhere in
 * the corpus or the shared development data.
 */
class ClaimEndsAndWireSourcesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 4);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aClauseWithItsOwnSourceAfterButEndsTheFirstClaimAndIsASecond() {
        assertThat(claims("The firm did not say how many jobs would be cut after the merger, but the union representing"
                + " Quillane workers said it feared hundreds of layoffs."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The firm", "how many jobs would be cut after the merger"),
                        tuple("the union representing Quillane workers", "it feared hundreds of layoffs"));
    }

    @Test
    void aSourceAfterAParticipleIsWhomTheSpeakerActsFor() {
        assertThat(claims("The union representing Quillane workers said it feared hundreds of layoffs."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The union representing Quillane workers", "it feared hundreds of layoffs"));
        assertThat(claims("The lawyer representing the detained Quillane journalist said her client had not been charged."))
                .extracting(Claim::speakerName)
                .containsExactly("The lawyer representing the detained Quillane journalist");
        // a preposition in "-ing" opens no such phrase
        assertThat(claims("Residents including Marlo Vesk said the bridge was unsafe."))
                .extracting(Claim::text)
                .containsExactly("the bridge was unsafe");
    }

    @Test
    void aPronounAndAVerbOfTheSameFormAfterAndAreTheSourcesNextAct() {
        assertThat(claims("The Tavrin club said the stadium was safe, and it thanked fans for their patience."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Tavrin club", "the stadium was safe"));
        assertThat(claims("Senator Ilse Morrow rails against the levy and pledges to block the bill in committee."))
                .extracting(Claim::text)
                .doesNotContain("the levy and pledges to block the bill in committee");
    }

    @Test
    void anAuxiliaryAfterThePronounKeepsTheClauseInTheClaim() {
        assertThat(claims("The Tavrin club said the stadium was safe, and it had been inspected twice."))
                .extracting(Claim::text)
                .containsExactly("the stadium was safe, and it had been inspected twice");
    }

    @Test
    void aTimeBeforeOfLeavesTheTopicAfterIt() {
        assertThat(claims("The Tavrin weather service warned on Thursday of a heatwave across the southern plains."))
                .extracting(Claim::text)
                .containsExactly("a heatwave across the southern plains");
    }

    @Test
    void saidNothingClaimsNothingOfTheClauseAfterIt() {
        List<Claim> claims = claims("Coach Dorrit Valen said nothing as he left the stadium on Saturday.");
        assertThat(claims).extracting(Claim::text, Claim::polarity)
                .containsExactly(tuple("nothing", Polarity.NEGATIVE));
        // a topic after "nothing" stays
        assertThat(claims("Coach Dorrit Valen said nothing about the injury."))
                .extracting(Claim::text)
                .containsExactly("nothing about the injury");
    }

    @Test
    void aSayingInsideAContentCutBeforeTheNextActIsCutThereToo() {
        assertThat(claims("He pointed to Quillane's updated comments expressing confidence in her staff and dismissed"
                + " criticism from the board."))
                .extracting(Claim::text)
                .containsExactly("Quillane's updated comments expressing confidence in her staff");
    }

    @Test
    void aParticipleReadAsAPastAfterTheOpeningNounAttributesNothing() {
        assertThat(claims("The reasons explained in the Tavrin report were never tested in court."))
                .isEmpty();
        assertThat(claims("The figures announced on Monday show that exports fell by a tenth in the spring."))
                .extracting(Claim::text)
                .doesNotContain("show that exports fell by a tenth in the spring");
    }

    @Test
    void aSubjectAfterThePhraseKeepsTheVerbTheSourcesOwn() {
        assertThat(claims("The Tavrin ministry said on Monday the border would reopen within days."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Tavrin ministry", "the border would reopen within days"));
        assertThat(claims("The Tavrin ministry said in a statement the border would reopen within days."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Tavrin ministry", "the border would reopen within days"));
    }
}
