package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Rules from a blind check of five invented case stories (a port authority's bribery inquiry, a
 * hospital's data breach, a football transfer, a wildfire evacuation, a drug recall), each tested on
 * other invented sentences with its negatives.
 */
class CaseLeftoversTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2030, 6, 12);

    /** Each event as {@code trigger/type/polarity/modality [name:role, …]}. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        java.util.Map<String, String> names = x.entities().stream()
                .collect(java.util.stream.Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end())
                + "/" + e.type().name().toLowerCase() + "/" + e.polarity().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase() + " " + e.participants().stream()
                        .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).toList())
                .toList();
    }

    @Test
    void whatAPleaAnswersIsTheChargeNotAFact() {
        assertThat(events("Bastian Orlick pleaded not guilty to murder on Friday.")).containsExactly(
                "pleaded/plea/positive/asserted [Bastian Orlick:agent]",
                "murder/killing/positive/reported [Bastian Orlick:other]");
        // a plea of guilty admits the act (AccountsHeardInCourtTest)
        assertThat(events("Bastian Orlick pleaded guilty to murder on Friday.")).containsExactly(
                "pleaded/plea/positive/asserted [Bastian Orlick:agent]",
                "murder/killing/positive/asserted [Bastian Orlick:other]");
        // negative: a court's finding is no plea (the act stays as the court found it)
        assertThat(events("Bastian Orlick was found guilty of murder on Friday.")).containsExactly(
                "found/conviction/positive/asserted [Bastian Orlick:patient]",
                "murder/killing/positive/asserted [Bastian Orlick:other]");
    }

    @Test
    void theBodyBesideItsHolderIsNoPartyToTheCaseAgainstThePerson() {
        assertThat(events("Brannick Dredging recalled its barges. Brannick Dredging's founder, Tamsin Quade, went on trial on Monday."))
                .contains("trial/trial/positive/asserted [Tamsin Quade:other]");
        assertThat(events("Prosecutors charged Bastian Orlick, the director of the Quellport Harbour Authority, with fraud."))
                .containsExactly("charged/charge/positive/asserted [Bastian Orlick:patient]");
        assertThat(events("Hollowmere Bank's chief executive, Tamsin Quade, was arrested on Monday."))
                .containsExactly("arrested/arrest/positive/asserted [Tamsin Quade:patient]");
        // negative: acts that are the body's too keep it, and so does a body named in its own right
        assertThat(events("Hollowmere Bank's chief executive, Tamsin Quade, resigned on Monday."))
                .containsExactly("resigned/resignation/positive/asserted [Hollowmere Bank:other, Tamsin Quade:agent]");
        assertThat(events("Police arrested Tamsin Quade at Hollowmere Bank on Monday."))
                .containsExactly("arrested/arrest/positive/asserted [Tamsin Quade:patient, Hollowmere Bank:other]");
        assertThat(events("Prosecutors charged Hollowmere Bank with fraud on Monday."))
                .containsExactly("charged/charge/positive/asserted [Hollowmere Bank:patient]");
    }

    @Test
    void aJobTitleBeforeTheObjectKeepsItTheFirstVerbsObject() {
        assertThat(events("Orrin Harl fired manager Bertil Drummore in May and hired Miravel Stannick.")).containsExactly(
                "fired/other/positive/asserted [Orrin Harl:agent, Bertil Drummore:patient]",
                "hired/other/positive/asserted [Orrin Harl:agent, Miravel Stannick:patient]");
        assertThat(events("The clinic hired Sefton Ambry on Friday and fired its IT director, Osric Tavenham.")).containsExactly(
                "hired/other/positive/asserted [Sefton Ambry:patient]",
                "fired/other/positive/asserted [Osric Tavenham:patient]");
        // negative: without a title the order already tells; a plural before a name is no title of it
        assertThat(events("Orrin Harl hired Miravel Stannick in May and fired Bertil Drummore.")).containsExactly(
                "hired/other/positive/asserted [Orrin Harl:agent, Miravel Stannick:patient]",
                "fired/other/positive/asserted [Orrin Harl:agent, Bertil Drummore:patient]");
        assertThat(events("Orrin Harl told reporters Miravel Stannick had resigned."))
                .containsExactly("resigned/resignation/positive/reported [Miravel Stannick:agent]");
    }

    private static List<String> people(String text) {
        return Texts.extract(text, PUBLISHED).entities().stream()
                .filter(e -> e.type() == org.casefile.domain.EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void aWordBeforeATitleOrAfterItsIsNoPerson() {
        assertThat(people("Harbour commissioner Odalys Brenning called for an audit.")).containsExactly("Odalys Brenning");
        assertThat(people("Harbour director pleads not guilty")).isEmpty();
        assertThat(people("Hackers stole records from its Kestrel booking system. Kestrel was built by Pellinor Systems."))
                .isEmpty();
        // negative: a surname of the story's person, and a lone surname that acts, stay people
        assertThat(people("Ann Kestrel was arrested. Kestrel director Ivo Marr said nothing."))
                .containsExactly("Ann Kestrel", "Ivo Marr");
        assertThat(people("Tavrouni was released on Friday. Tavrouni spokesman Ivo Marr said nothing."))
                .containsExactly("Tavrouni", "Ivo Marr");
    }
}
