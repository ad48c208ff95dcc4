package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** Events dated by a duration counted from another event of the same sentence, on invented sentences. */
class CountedDatesTest {
    /** Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2029, 10, 30);

    private static List<String> dates(String text) {
        return Texts.extract(text, TUESDAY).events().stream()
                .map(e -> e.trigger().text() + "=" + e.date().value() + "/" + e.date().derivation().json()).toList();
    }

    @Test
    void theMainClauseDatesTheEventsItCountsFromBackwards() {
        assertThat(dates("The Quellin council fired Mayor Tobin Varnell on Tuesday, 300 days after he was indicted "
                + "and 12 days after a judge dismissed his motion.")).containsExactlyInAnyOrder(
                        "indicted=2029-01-03/computed", "dismissed=2029-10-18/computed", "fired=2029-10-30/publication-date");
        assertThat(dates("Tobin Varnell was released on Tuesday, 20 days after police arrested him."))
                .containsExactlyInAnyOrder("released=2029-10-30/publication-date", "arrested=2029-10-10/computed");
    }

    @Test
    void aClauseOfTimeTakesNoDateFromTheClauseItModifies() {
        assertThat(dates("Mayor Tobin Varnell pleaded not guilty on Tuesday to fraud charges, three weeks after he was "
                + "indicted.")).containsExactlyInAnyOrder("pleaded=2029-10-30/publication-date", "indicted=2029-10-09/computed");
        // with no count the indictment stays undated: "after" says only that it came first
        assertThat(dates("The Quellin council fired Mayor Tobin Varnell on Tuesday after he was indicted."))
                .containsExactlyInAnyOrder("fired=2029-10-30/publication-date", "indicted=null/none");
        // a clause of the same time shares it
        assertThat(dates("Judge Ada Pellwright released Tobin Varnell on Tuesday when he pleaded guilty."))
                .containsExactlyInAnyOrder("released=2029-10-30/publication-date", "pleaded=2029-10-30/publication-date");
        // a joined verb with no date of its own still shares it
        assertThat(dates("Police arrested Tobin Varnell on Tuesday and charged him with fraud."))
                .containsExactlyInAnyOrder("arrested=2029-10-30/publication-date", "charged=2029-10-30/publication-date");
    }

    @Test
    void anEventNounAfterACountIsCountedBackNotDatedByTheMainClause() {
        assertThat(dates("Mayor Tobin Varnell resigned on Oct. 26, nine days after his arrest."))
                .containsExactlyInAnyOrder("resigned=2029-10-26/publication-date", "arrest=2029-10-17/computed");
        // with no count the arrest only came first: no date
        assertThat(dates("Mayor Tobin Varnell resigned on Oct. 26 after his arrest."))
                .containsExactlyInAnyOrder("resigned=2029-10-26/publication-date", "arrest=null/none");
        assertThat(dates("Mayor Tobin Varnell resigned on Oct. 26, a week before his trial."))
                .containsExactlyInAnyOrder("resigned=2029-10-26/publication-date", "trial=2029-11-02/computed");
        // a date of the noun's own stays its own
        assertThat(dates("Mayor Tobin Varnell resigned on Oct. 26, after his arrest on Oct. 12."))
                .containsExactlyInAnyOrder("resigned=2029-10-26/publication-date", "arrest=2029-10-12/publication-date");
    }

    @Test
    void aDatedEventAfterBeforeDatesTheMainClauseForwards() {
        assertThat(dates("Two weeks before a judge sentenced Tobin Varnell on Oct. 3, police arrested his brother."))
                .containsExactlyInAnyOrder("sentenced=2029-10-03/publication-date", "arrested=2029-09-19/computed");
    }

    @Test
    void anEventACountIsCountedFromTakesNoLaterCountOfItsOwn() {
        // "12 days after" counts the meeting from the dismissal, not the indictment: with the
        // dismissal dated by another source, the indictment stays undated
        org.casefile.timeline.CaseFile c = Texts.caseOf(TUESDAY,
                "Judge Ada Pellwright dismissed the motion of Mayor Tobin Varnell on March 3, 2029.",
                "The Quellin council met 300 days after Mayor Tobin Varnell was indicted and 12 days after "
                        + "a judge dismissed the motion of Tobin Varnell.");
        assertThat(c.events()).filteredOn(e -> e.type() == EventType.CHARGE)
                .extracting(e -> e.date().value() + "/" + e.date().derivation().json()).containsExactly("null/none");
    }

    @Test
    void aNegatedOrApproximateCountDatesNothing() {
        assertThat(dates("Tobin Varnell was released on Tuesday, 20 days after police did not arrest him."))
                .containsExactlyInAnyOrder("released=2029-10-30/publication-date", "arrest=null/none");
        // an approximate count computes nothing
        assertThat(dates("Tobin Varnell was released on Tuesday, about 20 days after police arrested him."))
                .noneMatch(d -> d.endsWith("/computed"));
    }

    @Test
    void aCourtEventSetToBeginOnADayOrGivenADateIsPlannedForThatDay() {
        assertThat(dates("The trial of Mayor Tobin Varnell is set to begin on Nov. 14.")).containsExactly("trial=2029-11-14/publication-date");
        assertThat(dates("Judge Ada Pellwright set a trial date of Nov. 14 for Tobin Varnell."))
                .containsExactly("date=2029-11-14/publication-date");
        assertThat(dates("Judge Ada Pellwright has set a status conference for Nov. 2 in the Varnell case."))
                .containsExactly("conference=2029-11-02/publication-date");
        // negative: a verb that is no light verb lends the noun no date
        assertThat(dates("The trial of Mayor Tobin Varnell is said to worry Quellin on Nov. 14.")).doesNotContain(
                "trial=2029-11-14/publication-date");
    }
}
