package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.casefile.support.Texts;

/**
 * A nurses' strike and a county treasurer's case, invented and read as a new user would (session
 * 19): what a source intends ("planned to meet on Friday") ran on into the writer's next clause
 * ("but the session was called off") or past a semicolon; a denial with a gerund object took in
 * the subject's second predicate ("has denied stealing … and has not been arrested"); "according
 * to records reviewed by the Courier" made the newspaper that read the records their source.
 * Names appear nowhere in the corpus.
 */
class ClaimBoundsStoryTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2032, 6, 9);

    /** Each claim as {@code speaker name: text}. */
    private static List<String> claims(String text) {
        return Texts.extract(text, WEDNESDAY).claims().stream().map(c -> c.speakerName() + ": " + c.text()).toList();
    }

    @Test
    void anIntentionEndsBeforeTheWritersNextClause() {
        assertThat(claims("Brannoc Ilvey promised to repay the loan but never did."))
                .containsExactly("Brannoc Ilvey: to repay the loan");
        assertThat(claims("The union threatened to strike on Monday but the hospital said it would not budge."))
                .containsExactly("The union: to strike on Monday", "the hospital: it would not budge");
        assertThat(claims("The mayor vowed to fight the closure and said she would take the county to court."))
                .containsExactly("The mayor: to fight the closure", "The mayor: she would take the county to court");
        assertThat(claims("The county has asked a judge to freeze Pell Varrow's accounts; a hearing is set for June 23."))
                .containsExactly("The county: to freeze Pell Varrow's accounts");
        // negative: a second infinitive, or a second base verb, is still what was intended
        assertThat(claims("Brannoc Ilvey vowed to appeal the ruling and to seek a new trial."))
                .containsExactly("Brannoc Ilvey: to appeal the ruling and to seek a new trial");
        assertThat(claims("Brannoc Ilvey promised to cut taxes and raise wages, and voters believed him."))
                .containsExactly("Brannoc Ilvey: to cut taxes and raise wages");
        // a "that" after the infinitive is its own: a relative clause or its object's clause
        assertThat(claims("The governor pledged to help farmers and businesses that were hurt by the floods."))
                .containsExactly("The governor: to help farmers and businesses that were hurt by the floods");
        assertThat(claims("The governor promised to show that the levy was fair."))
                .containsExactly("The governor: to show that the levy was fair");
        // negative: a coordination inside a clause the infinitive governs is the infinitive's
        assertThat(claims("Lawyers asked the judge to find that the city and its police chief were negligent."))
                .containsExactly("Lawyers: to find that the city and its police chief were negligent");
    }

    @Test
    void aDeniedActEndsBeforeTheSubjectsSecondPredicate() {
        assertThat(claims("Pell Varrow, 58, has denied stealing from the county and has not been arrested."))
                .containsExactly("Pell Varrow: stealing from the county");
        // negative: a gerund with two objects keeps both
        assertThat(claims("Pell Varrow has denied taking bribes and hiding the money."))
                .containsExactly("Pell Varrow: taking bribes and hiding the money");
    }

    @Test
    void whoReadARecordIsNotItsSource() {
        assertThat(claims("Nurses first raised concerns in early 2031, according to union records reviewed by the"
                + " Orlevan Courier.")).containsExactly("union records: Nurses first raised concerns in early 2031");
        assertThat(claims("According to documents seen by the Orlevan Courier, the hospital cut 40 nursing posts."))
                .containsExactly("documents: the hospital cut 40 nursing posts");
        // negative: who released or wrote a report is its source
        assertThat(claims("According to a report released by the Halvery Institute, wages fell in 2031."))
                .containsExactly("Halvery Institute: wages fell in 2031");
        // negative: a noun of reading ("a review by") is the phrase's head, not a participle
        assertThat(claims("According to a review by the Halvery Institute, the agency overspent."))
                .containsExactly("Halvery Institute: the agency overspent");
    }
}
