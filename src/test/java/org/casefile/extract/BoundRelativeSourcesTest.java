package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A relative clause bound to its noun, with no comma before "who", reports what that noun's people
 * say or believe ("pilots who say the toll is a money pit"): the noun is the source, and the clause
 * ends before the main clause's verb. Negatives: "who" that opens a question, a clause of stance,
 * of aim or of refusal that only says which people are meant, a clause inside another source's words
 * or on the noun another attribution's source ends with. The names and places are invented and
 * appear nowhere in the corpus or the shared development data.
 */
class BoundRelativeSourcesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void theNounBeforeWhoSpeaks() {
        assertThat(claims("The council handed fresh ammunition to harbor pilots who say the Brindlecombe toll is a"
                + " money pit.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("harbor pilots", "the Brindlecombe toll is a money pit"));
    }

    @Test
    void theClauseEndsBeforeTheMainVerb() {
        assertThat(claims("Nurses who believe the Kesterby clinic is unsafe have left the town.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Nurses", "the Kesterby clinic is unsafe"));
        assertThat(claims("The nurse who said the Kesterby clinic was unsafe was fired on Monday.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("The nurse", "the Kesterby clinic was unsafe"));
    }

    @Test
    void aComparedGroupIsAClaimOfItsOwn() {
        assertThat(claims("Sixty percent of Brindlecombe voters say they trust the mayor, compared with 35 percent who"
                + " say the same of the council.")).extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("Sixty percent of Brindlecombe voters", "they trust the mayor"),
                        tuple("35 percent", "the same of the council"));
    }

    @Test
    void aQuestionAStanceAnAimOrARefusalIsNoClaimOfTheNoun() {
        assertThat(claims("It is unclear who said the Brindlecombe ferry was closed.")).isEmpty();
        assertThat(claims("Wrenfield residents who back the toll met on Monday.")).isEmpty();
        assertThat(claims("Orla Penhallow thanked the sailors who want to keep the Brindlecombe ferry running."))
                .isEmpty();
        assertThat(claims("\"We were misled,\" said one shop owner in Kesterby who declined to be named."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("one shop owner", "We were misled,"));
    }

    @Test
    void aClauseInsideAnotherSourcesWordsIsPartOfThem() {
        assertThat(claims("Orla Penhallow said harbor pilots who call the toll a disgrace are wrong.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(
                        tuple("Orla Penhallow", "harbor pilots who call the toll a disgrace are wrong"));
    }
}
