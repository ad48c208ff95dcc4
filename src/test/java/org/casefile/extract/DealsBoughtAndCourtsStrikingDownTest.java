package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Business, court and accident news (invented names and places): buying time, votes or things is no
 * acquisition; a court striking down, throwing out or reinstating rules;
 * the sides named in a deal's "of" did not make it fall through; an attributive "proposed" is no one
 * proposing; the rescuers' "from" is no place of the rescue.
 */
class DealsBoughtAndCourtsStrikingDownTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2032, 3, 12); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void buyingTimeVotesOrThingsIsNoAcquisition() {
        // (buying a firm as an acquisition was taken out before the merge: it doubled planned and closed
        // deals and dated a lead's sentence; what must never be one stays tested)
        // negatives: buying time or votes, and buying things that are no business, are no acquisitions
        assertThat(events("The Ostravel council bought time on Tuesday before the vote.")).noneMatch(e -> e.startsWith("acquisition/"));
        assertThat(events("Ennis Varrow bought votes in Coldharbour on Tuesday.")).noneMatch(e -> e.startsWith("acquisition/"));
        assertThat(events("The Ostravel council criticised the purchase of two jets on Tuesday."))
                .noneMatch(e -> e.startsWith("acquisition/"));
        assertThat(events("Ardwell Holdings purchased 12 new Quenby Chemicals mixers on Tuesday."))
                .noneMatch(e -> e.startsWith("acquisition/"));
    }

    @Test
    void aCourtStrikingDownThrowingOutOrReinstatingRules() {
        assertThat(events("The Supreme Court struck down the Ostravel voting law on Wednesday."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2032-03-10"));
        assertThat(events("An appeals court threw out the verdict against Ennis Varrow on Monday."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2032-03-08"));
        assertThat(events("A federal judge reinstated the charges against Ennis Varrow on Tuesday."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2032-03-09"));
        // negatives: no court, or a thing thrown out that is no case or judgment, or a person reinstated
        assertThat(events("Workers threw out old furniture from the office on Monday.")).noneMatch(e -> e.startsWith("ruling/"));
        assertThat(events("The old furniture was thrown out on Monday.")).noneMatch(e -> e.startsWith("ruling/"));
        assertThat(events("The club reinstated its coach, Ennis Varrow, on Monday.")).noneMatch(e -> e.startsWith("ruling/"));
        assertThat(events("Quenby Chemicals said its dividend would be reinstated on Monday.")).noneMatch(e -> e.startsWith("ruling/"));
    }

    @Test
    void theSidesOfADealDidNotMakeItFallThrough() {
        assertThat(events("The merger of Quenby Chemicals and Ardwell Holdings fell through on Thursday."))
                .noneMatch(e -> e.contains(":agent"));
        // negative: the people of a body act for it
        assertThat(events("Lawyers for Quenby Chemicals filed the lawsuit on Monday."))
                .anyMatch(e -> e.startsWith("filing/") && e.contains("Quenby Chemicals:agent"));
    }

    @Test
    void anAttributiveProposedIsNoOneProposing() {
        assertThat(Texts.saidBy("Quenby Chemicals' proposed takeover of Ardwell Holdings collapsed in March.", PUBLISHED)).isEmpty();
        assertThat(Texts.saidBy("Quenby Chemicals's proposed takeover of Ardwell Holdings collapsed in March.", PUBLISHED)).isEmpty();
        // negative: proposing as a verb is still a stance taken
        assertThat(Texts.saidBy("Quenby Chemicals proposed a merger with Ardwell Holdings on Monday.", PUBLISHED))
                .containsExactly("Quenby Chemicals: a merger with Ardwell Holdings");
    }

    @Test
    void theRescuersFromIsNoPlaceOfTheRescue() {
        DocumentExtraction x = Texts.extract("Three fishermen were rescued by coastguards from Pennock Sands on Sunday.", PUBLISHED);
        assertThat(x.events()).isNotEmpty().allMatch(e -> e.location() == null);
        // negative: a place of the act itself stays
        DocumentExtraction y = Texts.extract("Coastguards rescued three fishermen in Pennock Sands on Sunday.", PUBLISHED);
        Map<String, String> names = y.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        assertThat(y.events()).isNotEmpty().allMatch(e -> "Pennock Sands".equals(names.get(e.location())));
    }
}
