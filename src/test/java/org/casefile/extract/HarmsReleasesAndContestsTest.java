package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Events of invented news sentences of the kinds a blind check broke (invented names and places):
 * people hurt, a count of people injured after a passive, a death no one caused, a rescue, a re-election, a
 * release from custody, a release still ahead, a second verb told as later, a saying by someone's
 * lawyers, the crime a charge names, the year before an event noun, and two reports of one act with
 * the doer and the one harmed swapped.
 */
class HarmsReleasesAndContestsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void peopleHurtAreInjuredButAFigureHurtIsNot() {
        assertThat(events("Four miners were hurt in a blast at the Karsby pit on Tuesday."))
                .containsExactly("injury/null/positive/asserted/2031-06-10 []");
        assertThat(events("Six people were killed and a dozen injured when a van overturned near Quorlan."))
                .containsExactly("killing/null/positive/asserted/null []", "injury/null/positive/asserted/null []");
        // negatives: hurt in the active, and a figure hurt in the passive, harm no one
        assertThat(events("The strike hurt sales at Tembrook Mills on Tuesday.")).noneMatch(e -> e.startsWith("injury"));
        assertThat(events("Sales were hurt by the strike on Tuesday.")).noneMatch(e -> e.startsWith("injury"));
        // only people are hurt so: a name, a pronoun, a noun for people; a business hurt by costs is no injury
        assertThat(events("Halvard Penk was hurt in the blast on Tuesday."))
                .containsExactly("injury/null/positive/asserted/2031-06-10 [Halvard Penk:patient]");
        assertThat(events("Earnings were hurt by weak demand on Tuesday.")).noneMatch(e -> e.startsWith("injury"));
        assertThat(events("The unit was hurt by high financing costs last year.")).noneMatch(e -> e.startsWith("injury"));
        // a possessor is no one hurt: the head of the phrase is
        assertThat(events("Halvard Penk's campaign was hurt by the report on Tuesday.")).noneMatch(e -> e.startsWith("injury"));
        assertThat(events("Her chances were hurt by the report on Tuesday.")).noneMatch(e -> e.startsWith("injury"));
        // a count after "and" with no passive before it is no injury
        assertThat(events("Six people fled and a dozen injured workers waited.")).noneMatch(e -> e.startsWith("injury"));
    }

    @Test
    void whatAMisfortuneKillsDiesOfIt() {
        assertThat(events("A hiker was killed by a falling tree in Karsby Forest on Sunday."))
                .containsExactly("death/null/positive/asserted/2031-06-08 []");
        // (the avalanche is an event of its own, a disaster with a day and a place)
        assertThat(events("An avalanche killed two skiers near Quorlan on Sunday."))
                .containsExactly("death/null/positive/asserted/2031-06-08 []", "other/avalanche/positive/asserted/2031-06-08 []");
        // negatives: a killer, or no cause named, is a killing
        assertThat(events("A gunman killed two skiers near Quorlan on Sunday."))
                .containsExactly("killing/null/positive/asserted/2031-06-08 []");
        assertThat(events("Two skiers were killed near Quorlan on Sunday."))
                .containsExactly("killing/null/positive/asserted/2031-06-08 []");
    }

    @Test
    void aRescueIsAnActOfItsOwn() {
        assertThat(events("Firefighters rescued Halvard Penk from a flooded mine on Thursday."))
                .containsExactly("other/rescue/positive/asserted/2031-06-12 [Halvard Penk:patient]");
        // negative: a rescue only hoped for is no fact
        assertThat(events("Firefighters hope to rescue Halvard Penk."))
                .containsExactly("other/rescue/positive/hypothetical/null [Halvard Penk:patient]");
    }

    @Test
    void aReElectionWonIsAnElectionOnItsDay() {
        assertThat(events("Mirela Voskan won re-election on Tuesday."))
                .containsExactly("election/null/positive/asserted/2031-06-10 [Mirela Voskan:agent]");
        // negatives: a re-election sought is none; a verb of winning with an object that names no event stays an act
        assertThat(events("Mirela Voskan launched her campaign for re-election on Tuesday."))
                .noneMatch(e -> e.startsWith("election"));
        assertThat(events("Mirela Voskan won a medal on Tuesday."))
                .containsExactly("other/win/positive/asserted/2031-06-10 [Mirela Voskan:agent]");
    }

    @Test
    void aReleaseFromCustodyIsNoDetentionAndOneStillAheadIsPlanned() {
        assertThat(events("Tobin Gastrell was released from custody on Tuesday."))
                .containsExactly("release/null/positive/asserted/2031-06-10 [Tobin Gastrell:patient]");
        assertThat(events("Tobin Gastrell was taken into custody on Tuesday."))
                .anyMatch(e -> e.startsWith("detention/null/positive/asserted/2031-06-10"));
        assertThat(events("Once released, Tobin Gastrell will move to Quorlan."))
                .containsExactly("release/null/positive/planned/null [Tobin Gastrell:patient]",
                        "travel/null/positive/planned/null [Tobin Gastrell:agent]");
        // negative: a participle of time in a past sentence tells what happened
        assertThat(events("When arrested, Tobin Gastrell was carrying a knife."))
                .containsExactly("arrest/null/positive/asserted/null [Tobin Gastrell:patient]");
    }

    @Test
    void aSecondVerbToldAsLaterTakesNotTheFirstsDay() {
        assertThat(events("Ilka Damaris was fired by the board on Monday and later sued the company."))
                .contains("filing/null/positive/asserted/null [Ilka Damaris:agent]");
        // negative: two verbs joined without "later" share the day
        assertThat(events("Ilka Damaris was arrested and charged on Thursday."))
                .containsExactly("arrest/null/positive/asserted/2031-06-12 [Ilka Damaris:patient]",
                        "charge/null/positive/asserted/2031-06-12 [Ilka Damaris:patient]");
    }

    @Test
    void thoseWhoSpeakForAPersonAreNotThatPerson() {
        assertThat(events("Lawyers for Ilka Damaris said she would appeal.")).noneMatch(e -> e.startsWith("statement"));
        assertThat(events("Ilka Damaris's lawyer said she would appeal.")).noneMatch(e -> e.startsWith("statement"));
        // negatives: the person herself speaks; a company speaks through its spokesman
        assertThat(events("Ilka Damaris said she would appeal."))
                .contains("statement/null/positive/asserted/2031-06-13 [Ilka Damaris:agent]");
        assertThat(events("A spokesman for Tembrook Mills said the plant would close."))
                .contains("statement/null/positive/asserted/2031-06-13 [Tembrook Mills:agent]");
    }

    @Test
    void theCrimeAChargeNamesTookPlaceAndTheYearBeforeItsNounDatesIt() {
        // (the act a charge names is reported, as the charge's own words tell it)
        assertThat(events("A man was charged on Monday in the killing of a shopkeeper in Quorlan."))
                .containsExactly("charge/null/positive/asserted/2031-06-09 []", "killing/null/positive/reported/null []");
        assertThat(events("The 2029 stabbing of a shopkeeper in Quorlan remains unsolved."))
                .containsExactly("attack/null/positive/asserted/2029 []");
        // negatives: a charge only possible tells no crime; an undated noun with nobody named is none
        assertThat(events("A man could be charged in the killing of a shopkeeper in Quorlan.")).isEmpty();
        assertThat(events("The stabbing of a shopkeeper in Quorlan remains unsolved.")).isEmpty();
    }

    @Test
    void theDoerOfOneActAndTheOneHarmedByAnotherAreTwoEvents() {
        CaseFile c = Texts.caseOf(PUBLISHED, "Edvin Rask shot his neighbor on Saturday.",
                "Edvin Rask was shot on Saturday.");
        Map<String, String> names = c.entities().stream()
                .collect(Collectors.toMap(org.casefile.extract.Entity::id, org.casefile.extract.Entity::name));
        assertThat(c.events().stream().filter(e -> e.type() == EventType.ATTACK)
                .map(e -> e.participants().stream().map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase())
                        .sorted().toList().toString())
                .toList()).containsExactlyInAnyOrder("[Edvin Rask:agent]", "[Edvin Rask:patient]");
        // negative: two reports of one role still merge
        CaseFile same = Texts.caseOf(PUBLISHED, "Edvin Rask was shot on Saturday.", "Edvin Rask was shot in Quorlan on Saturday.");
        assertThat(same.events().stream().filter(e -> e.type() == EventType.ATTACK)).hasSize(1);
    }
}
