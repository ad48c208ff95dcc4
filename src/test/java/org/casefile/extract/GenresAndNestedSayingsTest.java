package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what in genres earlier blind checks did not try (an interview written as questions and
 * answers, a press release, a match report, a court story, an obituary), with the two faults that
 * check found: a "that" with a verb right after it and no subject is a relative pronoun on the
 * object, not the start of what was said ("wrote 63 checks that were never cashed"), and a saying
 * set off by commas inside another source's words is a claim of its own ("asked why Dovan, who said
 * he was innocent, had fled"). Negatives in every test. The names and places are invented and
 * appear nowhere in the corpus or the shared development data.
 */
class GenresAndNestedSayingsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 4);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aThatWithNoSubjectIsARelativeOnTheObject() {
        assertThat(claims("The clerk wrote 63 checks that were never cashed.")).isEmpty();
        assertThat(claims("The clerk wrote checks that were never cashed and hid them in a drawer.")).isEmpty();
        assertThat(claims("Brantwell Foods announced a plan that would cut prices by 10 percent."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Brantwell Foods", "a plan that would cut prices by 10 percent"));
        assertThat(claims("Marisol Tembe said the documents that were released on Monday showed no wrongdoing."))
                .extracting(Claim::text)
                .containsExactly("the documents that were released on Monday showed no wrongdoing");
        // a "that" followed by a subject still opens what was said
        assertThat(claims("She wrote that the program would cost $4 million."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple(null, "the program would cost $4 million"));
        assertThat(claims("Imre Castellan told the jurors that it was time to decide."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Imre Castellan", "it was time to decide"));
    }

    @Test
    void aSetOffSayingKeepsItsClaimPastAuxiliariesAndANegation() {
        // three words between "who" and the verb
        assertThat(claims("The judge asked why Dovan, who has since repeatedly said he was innocent, had fled."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The judge", "why Dovan, who has since repeatedly said he was innocent, had fled"),
                        tuple("Dovan", "he was innocent"));
        // a contracted negation ("hasn't")
        assertThat(claims("The judge asked why Dovan, who hasn't always said he was innocent, had fled."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The judge", "why Dovan, who hasn't always said he was innocent, had fled"),
                        tuple("Dovan", "he was innocent"));
    }

    @Test
    void aWhichOnTheWholeClauseIsNoNestedSaying() {
        // "which" takes up the rejection, not the budget: the budget suggests nothing
        assertThat(claims("Orla Brask said the council rejected the budget, which suggests the mayor has lost support."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Orla Brask",
                        "the council rejected the budget, which suggests the mayor has lost support"));
    }

    @Test
    void aVerbAfterANumberOrAnAdjectiveKeepsItsThatClause() {
        // the plural guard holds only when the "that" is a relative with its own verb
        assertThat(claims("The clerk wrote 63 checks that were never cashed.")).isEmpty();
        assertThat(claims("The new rule stipulates that the tenant pays the rates."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The new rule", "the tenant pays the rates"));
    }

    @Test
    void aSayingSetOffInsideAQuestionIsItsOwnClaim() {
        assertThat(claims("The judge asked why Dovan, who said he was innocent, had fled the country."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The judge", "why Dovan, who said he was innocent, had fled the country"),
                        tuple("Dovan", "he was innocent"));
        // a view inside the question itself is asked about, never held
        assertThat(claims("Asked whether he believed the port was safe, Tamsin Orlova said he did not know."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple(null, "whether he believed the port was safe"),
                        tuple("Tamsin Orlova", "he did not know"));
        assertThat(claims("The judge asked why Dovan had fled the country."))
                .extracting(Claim::speakerName).containsExactly("The judge");
    }

    @Test
    void joinedAndDocumentSources() {
        assertThat(claims("Negotiators at Corvane Shipping and Lida Perrault said the talks had stalled."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Negotiators at Corvane Shipping and Lida Perrault", "the talks had stalled"));
        assertThat(claims("A statement from Corvane Shipping said the port would reopen on Friday."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Corvane Shipping", "the port would reopen on Friday"));
        assertThat(claims("The mayor did not answer questions from reporters after the meeting.")).isEmpty();
    }

    @Test
    void interviewsAndPressReleases() {
        assertThat(claims("Q: Will the plant close? A: No. We have told the workers the plant will stay open through 2032."))
                .extracting(Claim::text).containsExactly("the plant will stay open through 2032");
        assertThat(claims("Q: How long have you lived in Osterby?")).isEmpty();
        assertThat(claims("Brantwell Foods announced Monday that it will open a second bakery in Osterby next spring."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Brantwell Foods", "it will open a second bakery in Osterby next spring"));
        assertThat(claims("The company expects sales to rise 8 percent this year, according to the release."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the release", "The company expects sales to rise 8 percent this year"));
        assertThat(claims("Brantwell Foods, founded in 1987, employs 400 people in three states.")).isEmpty();
    }

    @Test
    void matchReportsCourtStoriesAndObituaries() {
        assertThat(claims("\"We didn't defend well in the second half,\" Harlow coach Deke Mirabel said after the 3-1 loss."))
                .extracting(Claim::speakerName).containsExactly("Deke Mirabel");
        assertThat(claims("Asked about his injured knee, Tamsin Orlova said it felt fine."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("Tamsin Orlova", "it felt fine"));
        assertThat(claims("Tamsin Orlova scored twice in the first half and set up a third goal.")).isEmpty();
        assertThat(claims("In a filing on Tuesday, prosecutors argued that Velk had hidden $2 million in offshore accounts."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("prosecutors", "Velk had hidden $2 million in offshore accounts"));
        assertThat(claims("The detective testified that he found the gun under the driver's seat."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The detective", "he found the gun under the driver's seat"));
        assertThat(claims("The jury deliberated for six hours before returning its verdict.")).isEmpty();
        assertThat(claims("\"He never missed a Sunday dinner,\" his daughter, Odalys Quarry, said."))
                .extracting(Claim::speakerName).containsExactly("Odalys Quarry");
        assertThat(claims("Her son, Jory Fenwright, said she taught him to read at age four."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Jory Fenwright", "she taught him to read at age four"));
        assertThat(claims("Quarry was born in 1931 in Pellington and worked as a machinist for 40 years.")).isEmpty();
    }
}
