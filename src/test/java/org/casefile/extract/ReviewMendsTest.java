package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What a review of the fourteenth stop's rules found, each as an invented sentence: an event called
 * off, a relative clause or a quote in a story's lead, a phrase joined to an accusation, a view "as"
 * that is a clause of time, a span of years that is no fiscal year. Names and places appear nowhere in the corpus.
 */
class ReviewMendsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2031, 3, 13);

    private static List<String> events(String text) {
        return Texts.extract(text, THURSDAY).events().stream()
                .map(e -> e.trigger().text() + "/" + e.polarity().json() + "/" + e.modality().json() + "/" + e.date().value())
                .toList();
    }

    @Test
    void anEventNounWhosePredicateCallsItOffIsNoFact() {
        assertThat(events("Velcor Mills's visit to Drennick Foods on March 3 was cancelled."))
                .noneMatch(e -> e.startsWith("visit/"));
        assertThat(events("Velcor Mills's visit to Drennick Foods on March 3 was later cancelled."))
                .noneMatch(e -> e.startsWith("visit/"));
        // negative: a visit that took place stays
        assertThat(events("Velcor Mills's visit to Drennick Foods on March 3 was a success."))
                .contains("visit/positive/asserted/2031-03-03");
    }

    @Test
    void aRelativeClauseOfTheLeadIsNotDatedToThePublicationDay() {
        assertThat(events("Quellin, Mass.\n\nOdile Tarrowby, who founded Velcor Mills, sold the company to Drennick Foods.\n\n"
                + "The price was not disclosed."))
                .noneMatch(e -> e.startsWith("founded/"))
                .contains("sold/positive/asserted/2031-03-13");
    }

    @Test
    void aLeadOfQuotesEndsTheLeadWithoutDatingItsThirdSentence() {
        assertThat(events("Quellin, Mass.\n\n\"We will rebuild the mill,\" Odile Tarrowby told the Quellin board.\n\n"
                + "\"It will take two years,\" Odile Tarrowby said of the work.\n\n"
                + "Odile Tarrowby bought Velcor Mills from Drennick Foods."))
                .noneMatch(e -> e.startsWith("bought/"));
    }

    @Test
    void aPhraseJoinedToAnAccusationStaysItsContent() {
        assertThat(events("Odile Tarrowby was charged with robbery and the killing of a guard at Velcor Mills."))
                .filteredOn(e -> e.startsWith("killing/")).allMatch(e -> e.contains("/reported/"));
    }

    @Test
    void aClauseOfTimeAfterASeeingVerbIsNoView() {
        assertThat(Texts.extract("Odile Tarrowby saw the crash as she drove home to Quellin.", THURSDAY).claims()).isEmpty();
        assertThat(Texts.extract("The Quellin board will consider the merger as soon as Monday.", THURSDAY).claims()).isEmpty();
        // negative: a view "as" is one
        assertThat(Texts.extract("Odile Tarrowby sees the merger as a mistake.", THURSDAY).claims())
                .extracting(Claim::text).containsExactly("the merger as a mistake");
    }

    @Test
    void aSpanOfYearsThatIsNoFiscalYearIsNoDate() {
        assertThat(Texts.dates("Velcor Mills set its targets for fiscal 2031-35.", THURSDAY)).noneMatch(d -> d.contains("=2032"));
        assertThat(Texts.dates("Velcor Mills set its targets for fiscal 2031-32.", THURSDAY)).anyMatch(d -> d.contains("=2032"));
    }
}
