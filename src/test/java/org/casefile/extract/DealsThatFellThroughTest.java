package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Deals that never came about (business news, invented names): a merger called off, a takeover that
 * collapsed, a sale that fell through is negative, never a fact; a trial or talks that collapse took place,
 * and a deal that did not collapse or only could stays as it was.
 */
class DealsThatFellThroughTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2033, 4, 12); // a Tuesday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aMergerOfTwoNamesCalledOffIsNegative() {
        assertThat(events("The merger of Quillane Bank and Thursby Savings was called off on Friday."))
                .containsExactly("acquisition/null/negative/asserted/2033-04-08 [Quillane Bank:other]");
    }

    @Test
    void aTakeoverThatCollapsedIsNegative() {
        assertThat(events("The acquisition of Marrowby Cement by Istvar Holdings collapsed in February."))
                .containsExactly("acquisition/null/negative/asserted/null [Istvar Holdings:other, Marrowby Cement:patient]",
                        "other/collapse/positive/asserted/2033-02 [Istvar Holdings:agent]");
    }

    @Test
    void aSaleThatFellThroughIsNoFact() {
        // (the falling through itself is an act of its own, of type other)
        assertThat(events("The sale of Marrowby Cement to Istvar Holdings fell through in February."))
                .noneMatch(e -> e.startsWith("other/sale/"));
    }

    @Test
    void aDealThatDidNotCollapseOrOnlyCouldStandsAsItWas() {
        // negatives: not negated by a collapse that is itself denied or only possible
        assertThat(events("The acquisition of Marrowby Cement by Istvar Holdings did not collapse."))
                .containsExactly("acquisition/null/positive/asserted/null [Istvar Holdings:agent, Marrowby Cement:patient]");
        assertThat(events("The acquisition of Marrowby Cement by Istvar Holdings could collapse."))
                .containsExactly("acquisition/null/positive/asserted/null [Istvar Holdings:agent, Marrowby Cement:patient]");
    }

    @Test
    void aTrialThatCollapsedTookPlace() {
        // negative: only a deal is undone by collapsing
        assertThat(events("The trial of Osgood Fennimore collapsed in February."))
                .containsExactly("trial/null/positive/asserted/null [Osgood Fennimore:other]");
    }

    @Test
    void aDealFallsThroughOnlyAsTheVerbsOwnSubject() {
        assertThat(events("The sale of Marrowby Cement to Istvar Holdings fell through last month."))
                .noneMatch(e -> e.startsWith("other/sale/"));
        // negatives: the opposition collapsed, a company collapsed, a near miss
        assertThat(events("Opposition to the takeover of Marrowby Cement by Istvar Holdings collapsed in February."))
                .noneMatch(e -> e.contains("/negative/"));
        assertThat(events("The acquisition of Marrowby Cement by Istvar Holdings nearly collapsed in February."))
                .noneMatch(e -> e.contains("/negative/"));
    }

    @Test
    void aCompanyThatCollapsedIsAnEventOfItsOwn() {
        assertThat(events("Thursby Savings collapsed in February, wiping out its depositors."))
                .anyMatch(e -> e.startsWith("other/collapse/positive/asserted/2033-02") && e.contains("Thursby Savings"));
    }
}
