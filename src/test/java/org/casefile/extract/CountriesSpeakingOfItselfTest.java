package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who, the thirty-sixth entity round, from a blind check on invented stories. Every member
 * state of the United Nations is on the country list ("Chad", "Togo"); a country name of two or
 * more words overwrites the tagger's PERSON ("Sierra Leone"), a one-word one keeps it ("Chad
 * Pellow"). A listed one-word name the tagger read as a person, followed by a speech verb whose
 * clause opens with "it" and an auxiliary ("Jordan said it would not allow …"), is the country
 * when the document names no person bearing it. Negatives: "said it was a mistake" (the matter
 * spoken of), and a person of the document with that surname, stay the person.
 */
class CountriesSpeakingOfItselfTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 11, 3);

    private static DocumentExtraction extract(String text) {
        return Texts.extract(text, PUBLISHED);
    }

    @Test
    void aOneWordCountryThatItsOwnsIsThePlaceAndTheGivenNameStaysThePerson() {
        DocumentExtraction x = extract("Chad said on Friday it would close its border with Cameroon.");
        assertThat(x.entities()).extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.LOCATION, "Chad"), tuple(EntityType.LOCATION, "Cameroon"));
        DocumentExtraction person = extract("Chad Pellow, a welder from Hoxmere, said the plant would close.");
        assertThat(person.entities()).extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.PERSON, "Chad Pellow"), tuple(EntityType.LOCATION, "Hoxmere"));
    }

    @Test
    void aCountryOfTwoWordsIsNeverAPerson() {
        DocumentExtraction x = extract("Sierra Leone and Costa Rica signed the fisheries pact on Tuesday.");
        assertThat(x.entities()).extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.LOCATION, "Sierra Leone"), tuple(EntityType.LOCATION, "Costa Rica"));
    }

    @Test
    void aListedNameSpeakingOfItselfAsItIsTheCountry() {
        DocumentExtraction x = extract("Jordan said it would not allow the convoy to cross its territory.");
        assertThat(x.entities()).extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.LOCATION, "Jordan"));
    }

    @Test
    void itAsTheMatterSpokenOfOrAPersonOfThatSurnameKeepsThePerson() {
        DocumentExtraction matter = extract("Jordan said it was a mistake to sell the team.");
        assertThat(matter.entities()).extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.PERSON, "Jordan"));
        DocumentExtraction namesake = extract("Dervla Jordan, the coach, was fined on Monday. "
                + "Jordan said it would take time to rebuild the squad.");
        assertThat(namesake.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Dervla Jordan", 2));
    }
}
