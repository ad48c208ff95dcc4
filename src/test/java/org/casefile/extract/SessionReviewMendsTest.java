package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Counter-examples a review of the thirty-first stop's rules found (invented names and places): each
 * rule keeps its fix and no longer takes the ordinary sentence beside it.
 */
class SessionReviewMendsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 12); // a Wednesday

    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    private static List<String> entities(String text) {
        return Texts.extract(text, PUBLISHED).entities().stream().map(e -> e.name() + "/" + e.type()).toList();
    }

    @Test
    void anOrderToABodyIsStillACourtsRuling() {
        assertThat(events("A jury found the Pellworth clinic negligent last week. The clinic was ordered on Tuesday to pay"
                + " $2 million to the family of a patient."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2031-03-11"));
        // negative: an order to people named by no name, with no court, is an authority's
        assertThat(events("Residents of Quorlan were ordered to evacuate on Tuesday.")).noneMatch(e -> e.startsWith("ruling"));
    }

    @Test
    void aStateOfTheOneWhoLeavesKeepsTheJourney() {
        assertThat(events("Prime Minister Odvar Palmquist left the summit angry on Friday."))
                .containsExactly("travel/null/positive/asserted/2031-03-07 [Odvar Palmquist:agent]");
        // negative: a state the object is left in
        assertThat(events("Odvar Palmquist left the gate open on Friday.")).noneMatch(e -> e.startsWith("travel"));
    }

    @Test
    void aPlaceOfficeNamesNoPlaceOfAPersonsOrABodysName() {
        assertThat(entities("The mayor of Odvar Palmquist's hometown said he would be honoured."))
                .contains("Odvar Palmquist/PERSON");
        assertThat(entities("Tomas Vendrell, governor of Bank Quillmere, said rates would stay on hold."))
                .contains("Bank Quillmere/ORGANIZATION");
    }

    @Test
    void saidToBeBeforeTheNounsOwnVerbIsNoSaying() {
        assertThat(Texts.saidBy("The presenter said to be leaving the network declined to comment.", PUBLISHED)).isEmpty();
    }

    @Test
    void aWalkoutForAPurposeAndAPersonWhoQuitsAreActs() {
        assertThat(events("Fast-food workers walked out of restaurants in ten cities on Monday to demand higher pay."))
                .anyMatch(e -> e.contains("/walk out/") || e.startsWith("other/walk"));
        assertThat(events("The radio host quit on Friday after 20 years at the station."))
                .anyMatch(e -> e.startsWith("resignation/null/positive/asserted/2031-03-07"));
        // negatives: walking out of a meeting, an engine that quit
        assertThat(events("Delegates walked out of the meeting on Monday.")).noneMatch(e -> e.startsWith("other/walk"));
        assertThat(events("The engine quit on Friday.")).noneMatch(e -> e.startsWith("resignation"));
    }

    @Test
    void aVoteIsNotDatedByTheDayOfTheActItSetsForLater() {
        assertThat(events("The drivers' union voted to strike next Friday."))
                .noneMatch(e -> e.startsWith("other/vote") && e.contains("2031-03-21"));
    }

    @Test
    void theOneWhoLearnsOfAQuoteIsNoSpeaker() {
        assertThat(Texts.saidBy("\u201cYour son is dead.\u201d That was how Odile Farrant learned of the crash on Friday.",
                PUBLISHED)).noneMatch(c -> c.startsWith("Odile Farrant"));
    }

    @Test
    void aLongNameWithASuffixIsOnePerson() {
        assertThat(entities("On Monday Teodoro Quillan Anselmo Jr arrived in Karvenholm."))
                .contains("Teodoro Quillan Anselmo Jr/PERSON");
    }
}
