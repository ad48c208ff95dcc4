package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A first line that ends with a full stop inside closing single quotes is a sentence, not a
 * headline with no claims ("Ann Lee: ‘We Will Win.’"); and a reported content ends before the same
 * subject's second verb of speech also when an auxiliary or a negation stands before it ("said
 * … but did not say …"). Negatives: a first line with no sentence-final punctuation, or a question
 * in quotes, stays a headline; a second clause with a subject of its own is no second verb of the
 * first subject. A conjunction of contrast the tagger reads as a noun ("…, while officials said")
 * is no part of the next source, so the first content ends before it. The names and places are invented and appear nowhere in the corpus or the shared
 * development data.
 */
class HeadlinesAndSecondVerbsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 14);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aLabelledHeadlineEndingInsideSingleQuotesIsAClaim() {
        assertThat(claims("Quillan Mavery: ‘We Will Close The Kelmoor Depot.’\n\nMavery spoke in Kelmoor on Monday."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Quillan Mavery", "‘We Will Close The Kelmoor Depot.’"));
    }

    @Test
    void aHeadlineWithNoSentenceEndOrAQuotedQuestionHoldsNoClaim() {
        assertThat(claims("Quillan Mavery: ‘We Will Close The Kelmoor Depot’\n\nMavery spoke in Kelmoor on Monday."))
                .isEmpty();
        assertThat(claims("Quillan Mavery: ‘Will We Close The Kelmoor Depot?’\n\nMavery spoke in Kelmoor on Monday."))
                .isEmpty();
    }

    @Test
    void aSecondVerbOfSpeechAfterANegatedAuxiliaryIsAClaimOfItsOwn() {
        assertThat(claims("Brisa Tolland said the Kelmoor depot would close but did not say when the workers would be told."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Brisa Tolland", "the Kelmoor depot would close"),
                        tuple("Brisa Tolland", "when the workers would be told"));
        assertThat(claims("Brisa Tolland said the Kelmoor depot would close but wouldn't say when the workers would be told."))
                .extracting(Claim::text)
                .containsExactly("the Kelmoor depot would close", "when the workers would be told");
    }

    @Test
    void aSecondClauseWithASubjectOfItsOwnStaysInTheContent() {
        assertThat(claims("Brisa Tolland said the Kelmoor depot would close and the workers did not know why."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Brisa Tolland", "the Kelmoor depot would close and the workers did not know why"));
    }

    @Test
    void aContrastAfterACommonNounSourceOpensAClaimOfItsOwn() {
        assertThat(claims("Most Velmark voters said the fee was fair, while officials said it was not."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Most Velmark voters", "the fee was fair"), tuple("officials", "it was not"));
    }
}
