package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Events of invented news sentences of the kinds a blind check broke (invented names and places): a
 * decision or an order is a court's ruling only with a court or a judge tied to it.
 */
class DecisionsFiresAndFiringsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aDecisionIsARulingOnlyOfACourtOrAJudge() {
        assertThat(events("Judge Orla Fennimore issued her decision on Tuesday."))
                .containsExactly("ruling/null/positive/asserted/2031-06-10 [Orla Fennimore:other]");
        assertThat(events("The decision by the appeals court on Tuesday was welcomed by the tenants."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2031-06-10"));
        assertThat(events("The judge's order on Tuesday barred Quillon Foods from selling the land."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2031-06-10"));
        // negatives: a decision or an order with no court tied to it is no ruling (a decision of anyone
        // else is an act of its own)
        // ("the decision" alone, commented on, points back to one told before: no new act, and its
        // commenter is no party to it)
        assertThat(events("Mayor Tavish Orkney called the decision on Tuesday a surrender to developers."))
                .noneMatch(e -> e.contains("decision"));
        assertThat(events("The utility said its board had no role in the decision to close the Brackwell plant."))
                .noneMatch(e -> e.startsWith("ruling"));
        assertThat(events("The minister defended the decision on Tuesday."))
                .noneMatch(e -> e.startsWith("ruling"));
        assertThat(events("Customers placed an order for 300 turbines on Tuesday."))
                .noneMatch(e -> e.startsWith("ruling"));
    }

    @Test
    void aFireThatDestroysACompanysSiteIsAnEvent() {
        assertThat(events("A fire destroyed the Pelbrook Freight warehouse early on Sunday."))
                .containsExactly("other/fire/positive/asserted/2031-06-08 [Pelbrook Freight:other]");
        // negatives: a fire with no site nor place, a season of fires, and a shot fired are no fire
        assertThat(events("A fire broke out on Sunday.")).noneMatch(e -> e.contains("/fire/"));
        assertThat(events("Officials warned on Sunday that fire season would start early.")).noneMatch(e -> e.contains("/fire/"));
        assertThat(events("A police officer fired a shot into the air on Sunday.")).noneMatch(e -> e.contains("/fire/"));
    }

    @Test
    void anAppealFiledIsOneAct() {
        assertThat(events("Lawyers for Ingrid Salvatte filed an appeal on Wednesday."))
                .containsExactly("appeal/null/positive/asserted/2031-06-11 [Ingrid Salvatte:other]");
        // negative: a suit filed stays a filing
        assertThat(events("Ingrid Salvatte filed a lawsuit on Wednesday."))
                .containsExactly("filing/null/positive/asserted/2031-06-11 [Ingrid Salvatte:agent]");
    }

    @Test
    void aStrikeAndAVoteToActAreActs() {
        assertThat(events("Drivers at Morvane Transit went on strike on Monday."))
                .containsExactly("other/strike/positive/asserted/2031-06-09 [Morvane Transit:other]");
        assertThat(events("The council voted on Tuesday to approve the new stadium."))
                .containsExactly("other/vote/positive/asserted/2031-06-10 []");
        // negatives: a vote for someone, an air strike
        assertThat(events("Farmers voted for Ingrid Salvatte on Tuesday.")).noneMatch(e -> e.contains("/vote/"));
    }
}
