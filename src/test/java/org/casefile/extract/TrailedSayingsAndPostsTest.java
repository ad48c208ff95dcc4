package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what, session 26: a saying inside a content its source trails is no claim of its own,
 * a content ends before a second clause of the verb of speech, an opening curly mark typed for the
 * closing one closes the quote, a post given in the text names its holder ("the senator"), and
 * "according to" after a colon or before its source's apposition. Names and places appear nowhere
 * in the corpus.
 */
class TrailedSayingsAndPostsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 4);

    /** Each claim as {@code speaker name|speaker entity's name: text}. */
    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> c.speakerName() + "|" + names.get(c.speaker()) + ": " + c.text()).toList();
    }

    @Test
    void aSayingInsideATrailedContentIsPartOfIt() {
        assertThat(claims("The survey found that fewer ferries sailed late in spring, researchers at Quennell College said."))
                .containsExactly("researchers at Quennell College|null: The survey found that fewer ferries sailed late in spring");
        // negative: a saying told after the verb, or a clause of its own after ", and", is still a claim
        assertThat(claims("Ondrea Vask said the survey found that fewer ferries sailed late."))
                .containsExactly("Ondrea Vask|Ondrea Vask: the survey found that fewer ferries sailed late");
        assertThat(claims("The survey found that the ferries were late, and Ondrea Vask said the pier was unsafe."))
                .containsExactly("The survey|null: the ferries were late", "Ondrea Vask|Ondrea Vask: the pier was unsafe");
    }

    @Test
    void aContentEndsBeforeTheVerbsOwnSecondClause() {
        assertThat(claims("Ysolde Marrack said the levy was unfair, adding that the council had ignored renters."))
                .containsExactly("Ysolde Marrack|Ysolde Marrack: the levy was unfair",
                        "Ysolde Marrack|Ysolde Marrack: the council had ignored renters");
        // negative: a second "that" clause of the same verb is what was said
        assertThat(claims("Ysolde Marrack said the levy was unfair and that the council had ignored renters."))
                .containsExactly("Ysolde Marrack|Ysolde Marrack: the levy was unfair and that the council had ignored renters");
    }

    @Test
    void aSayingParticipleAfterTheContentStartsTheNextSaying() {
        assertThat(claims("Corben Tull told the Wexcombe Ledger that the mayor \u201Chad a crazy plan,\u201D adding, \u201CHe lost the whole town.\u201D"))
                .containsExactly("Corben Tull|Corben Tull: the mayor \u201Chad a crazy plan,\u201D",
                        "Corben Tull|Corben Tull: He lost the whole town.");
        // negative: a participle inside the quotation stays in the content
        assertThat(claims("Corben Tull said the mayor was \u201Calways talking, saying nothing\u201D at meetings."))
                .containsExactly("Corben Tull|Corben Tull: the mayor was \u201Calways talking, saying nothing\u201D at meetings");
    }

    @Test
    void aStanceObjectRunsPastACommaInsideItsQuotation() {
        assertThat(claims("Nadia Quellan called the plan \u201Ca necessary one,\u201D at a time when poverty is down."))
                .containsExactly("Nadia Quellan|Nadia Quellan: the plan \u201Ca necessary one,\u201D at a time when poverty is down");
        // negative: a comma outside the quotation still ends it
        assertThat(claims("Nadia Quellan called the plan a disgrace, then left the hall."))
                .containsExactly("Nadia Quellan|Nadia Quellan: the plan a disgrace");
    }

    @Test
    void anOpeningMarkAfterTheLastPunctuationClosesTheQuote() {
        String text = "\u201CIt is unusual,\u201C said Dennet Roake.";
        assertThat(QuoteSpans.find(text)).hasSize(1);
        assertThat(claims(text)).containsExactly("Dennet Roake|Dennet Roake: It is unusual,");
        // negative: a mark after a space opens a new quote, so the first is unbalanced (no quote read)
        assertThat(QuoteSpans.find("\u201COne. \u201CTwo.\u201D")).isEmpty();
    }

    @Test
    void aPostTheTextGivesNamesItsHolder() {
        assertThat(claims("Tamsin Orrery was elected to the Senate in 2018.\nThe senator said on Monday that she would not run again."))
                .containsExactly("The senator|Tamsin Orrery: she would not run again");
        // negative: running for a seat gives no post, nor does a body with no members listed
        assertThat(claims("Tamsin Orrery campaigned for a seat in the Senate.\nThe senator said on Monday that she would not run again."))
                .containsExactly("The senator|null: she would not run again");
        assertThat(claims("Tamsin Orrery was elected to the board in 2018.\nThe senator said on Monday that she would not run again."))
                .containsExactly("The senator|null: she would not run again");
    }

    @Test
    void accordingToAfterAColonOrBeforeAnApposition() {
        assertThat(claims("It has not gone unnoticed: according to recent surveys, Halvard Pim holds only 14 percent of the vote."))
                .containsExactly("recent surveys|null: Halvard Pim holds only 14 percent of the vote");
        assertThat(claims("Mirela Soskin will speak at the rally next month, according to a report from KVTQ, the local radio station."))
                .containsExactly("KVTQ|KVTQ: Mirela Soskin will speak at the rally next month");
        // negative: an aside inside another source's words is still part of them
        assertThat(claims("Bettany Orme said the fund, according to auditors, was empty."))
                .containsExactly("Bettany Orme|Bettany Orme: the fund, according to auditors, was empty");
    }

    @Test
    void echoedSpeaksOnlyWithItsWords() {
        assertThat(claims("Jory Pennock echoed: \u201CThe town needs a new start.\u201D"))
                .containsExactly("Jory Pennock|Jory Pennock: The town needs a new start.");
        // negative: an object with no clause is no content
        assertThat(claims("Jory Pennock echoed the mayor's view on the budget.")).isEmpty();
    }
}
