package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Faults found by reading invented local, sports, business and wire news nobody had run (session
 * 31, helper ww25): "the mayor of Ashgrove said" named the town as the speaker (and a person);
 * a proverb's mark dropped every stance of its sentence; "as the song says" was a claim;
 * "claimed the title" was a claim; "the journalist said to be leaving" was a claim; "had a simple
 * message for the owners:" gave no claim; "According to Olszewska" made the surname a place.
 * Names appear nowhere in the corpus.
 */
class OfficesPrizesAndProverbsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 11);

    private static List<String> saidBy(String text) {
        return Texts.saidBy(text, TUESDAY);
    }

    private static EntityType typeOf(String text, String name) {
        return Texts.extract(text, TUESDAY).entities().stream().filter(e -> e.name().equals(name))
                .map(Entity::type).findFirst().orElse(null);
    }

    @Test
    void theMayorOfATownSpeaksNotTheTown() {
        assertThat(saidBy("The mayor of Quenbridge said the budget would be balanced by March."))
                .containsExactly("The mayor of Quenbridge: the budget would be balanced by March");
        assertThat(typeOf("The mayor of Quenbridge said the budget would be balanced by March.", "Quenbridge"))
                .isEqualTo(EntityType.LOCATION);
        // negative: a named mayor apposed to the office still speaks
        assertThat(saidBy("The mayor of Quenbridge, Idris Tallowmere, said the budget would be balanced."))
                .containsExactly("Idris Tallowmere: the budget would be balanced");
        // negative: a spokesman for a body still gives the body
        assertThat(saidBy("A spokesman for Harrowgate Freight said the depot would close."))
                .containsExactly("Harrowgate Freight: the depot would close");
    }

    @Test
    void aProverbsMarkDropsOnlyItsOwnClause() {
        assertThat(saidBy("As the saying goes, all politics is local, and the governor endorsed Peronel Aske for mayor."))
                .containsExactly("the governor: endorsed Peronel Aske for mayor");
        assertThat(saidBy("As the song says, the times are changing.")).isEmpty();
        // negative: a report that says something is still a source
        assertThat(saidBy("As the report says, the dam needs repairs."))
                .containsExactly("the report: the dam needs repairs");
    }

    @Test
    void aPrizeClaimedIsNoClaim() {
        assertThat(saidBy("The Fenwick Otters claimed the title last spring.")).isEmpty();
        assertThat(saidBy("Ilsabet Korhonen claimed a bronze medal in the relay.")).isEmpty();
        // negative: a clause after the prize is what was claimed
        assertThat(saidBy("Ilsabet Korhonen claimed the title had been stolen from her."))
                .containsExactly("Ilsabet Korhonen: the title had been stolen from her");
    }

    @Test
    void aParticipleSaidOfItsNounIsNoSaying() {
        assertThat(saidBy("The award-winning journalist said to be leaving the network declined to comment.")).isEmpty();
        // negative: the same verb with a clause is a saying
        assertThat(saidBy("The journalist said the network was leaving the city."))
                .containsExactly("The journalist: the network was leaving the city");
    }

    @Test
    void aMessageBeforeAColonIsTheSubjectsSaying() {
        assertThat(saidBy("The union had a simple message for the owners: the mill must pay its workers on time."))
                .containsExactly("The union: the mill must pay its workers on time");
        // negative: a message with no colon says nothing
        assertThat(saidBy("The union had a simple message for the owners.")).isEmpty();
    }

    @Test
    void aSourceAfterAccordingToIsAPersonNotAPlace() {
        assertThat(typeOf("According to Wierzbowska, the talks broke down over pensions.", "Wierzbowska"))
                .isEqualTo(EntityType.PERSON);
        // negative: a place that modifies a noun stays a place
        assertThat(typeOf("According to Quenbridge police, the talks broke down.", "Quenbridge"))
                .isNotEqualTo(EntityType.PERSON);
    }

    @Test
    void itAfterABodyNamedByANounIsThatBody() {
        assertThat(saidBy("The ministry said in a statement that the border would reopen on Thursday. "
                + "It said trucks carrying food would be allowed through first."))
                .containsExactly("The ministry: the border would reopen on Thursday",
                        "The ministry: trucks carrying food would be allowed through first");
        // negative: a pronoun that does not open its sentence is left alone
        assertThat(saidBy("The ministry said the border would reopen. On Friday, it said nothing about trucks."))
                .first().isEqualTo("The ministry: the border would reopen");
    }

    @Test
    void aQuoteGivenToASourceInTheNextSentence() {
        assertThat(saidBy("\"This is a dark day for our town.\" Those were the words of Mayor Oriel Fenchurch, "
                + "speaking outside the courthouse on Friday."))
                .containsExactly("Oriel Fenchurch: This is a dark day for our town.");
        assertThat(saidBy("\"Prices have doubled since January.\" That was how Leontyne Harrowby, who runs a grocery, "
                + "described the situation."))
                .containsExactly("Leontyne Harrowby: Prices have doubled since January.");
        // negative: a sentence that only follows the quote names no speaker
        assertThat(saidBy("\"Prices have doubled since January.\" Leontyne Harrowby runs a grocery."))
                .containsExactly("null: Prices have doubled since January.");
    }

    @Test
    void theOneWhoQuotedIsNoPartOfWhatWasSaid() {
        assertThat(saidBy("Deputy minister Osei Brandvold was quoted as saying by the state news agency that prices would stay flat."))
                .containsExactly("Osei Brandvold: prices would stay flat");
        // negative: without "by" the content follows the verb as before
        assertThat(saidBy("Osei Brandvold was quoted as saying that prices would stay flat."))
                .containsExactly("Osei Brandvold: prices would stay flat");
    }
}
