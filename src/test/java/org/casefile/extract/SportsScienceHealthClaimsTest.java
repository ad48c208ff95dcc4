package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what in match reports, science stories and health notices: a source after "said" that a
 * premodifier opens ("lead author"), an order handed over before a colon, advice given, "said to
 * be" with no verb of the subject's after it, and a pair named in apposition. The names and places
 * are invented and appear nowhere in the corpus or the shared development data.
 */
class SportsScienceHealthClaimsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 14);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aLeadAuthorAfterSaidIsTheSourceNotTheStudyBefore() {
        List<Claim> cs = claims("Sleep study\n\n"
                + "The study, published in the Journal of Shift Medicine, found that nurses on night shifts slept two hours less.\n\n"
                + "\u201cThe timing of work matters, not just the amount,\u201d said lead author Dr. Ysolde Carrivick, "
                + "an epidemiologist at the university.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("The study", "nurses on night shifts slept two hours less"),
                tuple("Ysolde Carrivick", "The timing of work matters, not just the amount,"));
        assertThat(cs.get(0).speaker()).isNull();
        assertThat(cs.get(1).speaker()).isNotNull();
    }

    @Test
    void anOrderHandedOverBeforeAColonPastAHyphenatedWord() {
        assertThat(claims("Coach Torvald Pennick had one instruction for his players at half-time: keep running."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Torvald Pennick", "keep running"));
        // no noun of speech: what follows the colon is no one's words
        assertThat(claims("Coach Torvald Pennick had one change for his players at half-time: new boots.")).isEmpty();
    }

    @Test
    void adviceGivenIsASayingWithItsHearer() {
        assertThat(claims("The Brannock Valley health agency advised farmers to keep their herds indoors."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Brannock Valley health agency", "to keep their herds indoors"));
    }

    @Test
    void adviceIsASayingOnlyWhenHandedOverOrWithToOrThat() {
        assertThat(claims("Dr. Ysmay Trallick offered some advice to walkers: carry water and rest often."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ysmay Trallick", "carry water and rest often"));
        // serving as an adviser says nothing: the quote stays the speaker's alone
        assertThat(claims("\"Farmers are the key,\" said Hesper Gillamore, a strategist who is now advising Brackenfold, "
                + "citing the party's record on water prices."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Hesper Gillamore", "Farmers are the key,"));
        // an owner's advice that another backs is not the owner's claim
        assertThat(claims("Senator Olwen Tarrowby threw her weight behind Governor Merrin Caulfield's advice that the "
                + "ferry should stay in port."))
                .extracting(Claim::speakerName).doesNotContain("Merrin Caulfield", "Governor Merrin Caulfield");
    }

    @Test
    void saidToBeWithNoVerbOfTheSubjectAfterItIsTheSubjectsSaying() {
        assertThat(claims("Health officials said to be wary of raw milk and to wash hands after handling livestock."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Health officials", "to be wary of raw milk and to wash hands after handling livestock"));
        // a verb of the noun's own later: "said to be" tells what is said of it, by no one named
        assertThat(claims("A farmer said to be worried about his herd was fined on Monday.")).isEmpty();
        // nor when the noun is an object ("looking for a man said to be armed")
        assertThat(claims("Police in Brannock Valley are looking for a man said to be armed.")).isEmpty();
    }

    @Test
    void aPairInAppositionSpeaksTogetherAsAPlainPairDoes() {
        DocumentExtraction x = Texts.extract("Council news\n\n"
                + "Two councillors, Mariska Dovell and Jorund Tresham, said the savings were a fiction.", PUBLISHED);
        String dovell = x.entities().stream().filter(e -> e.name().equals("Mariska Dovell")).findFirst().orElseThrow().id();
        assertThat(x.claims()).extracting(Claim::speakerName, Claim::speaker, Claim::text)
                .containsExactly(tuple("Mariska Dovell and Jorund Tresham", dovell, "the savings were a fiction"));
        // one person in the apposition still speaks alone, the phrase before her her role
        assertThat(claims("Council news\n\nHer lawyer, Jorund Tresham, said the savings were a fiction."))
                .extracting(Claim::speakerName).containsExactly("Jorund Tresham");
    }
}
