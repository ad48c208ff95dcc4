package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A person named in full with a form of address ("Mrs. Orla Brannick") has that gender even when
 * no list knows the given name: a later "Mr. Brannick" is another Brannick, not her; "Mrs. Brannick"
 * is she. A full name without one leaves a lone namesake free to take either.
 */
class FullNameFormOfAddressTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 11, 3);

    @Test
    void aFormOfAddressOfTheOtherGenderNamesAnotherNamesake() {
        DocumentExtraction x = Texts.extract("Mrs. Orla Brannick spoke to reporters on Monday. "
                + "Mr. Brannick, a retired pilot, declined to comment.", PUBLISHED);
        assertThat(x.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Orla Brannick", 1), tuple(EntityType.PERSON, "Brannick", 1));
    }

    @Test
    void theSameFormOfAddressOrNoneBeforeTheFullNameJoinsTheNamesake() {
        DocumentExtraction same = Texts.extract("Mrs. Orla Brannick spoke to reporters on Monday. "
                + "Mrs. Brannick, a retired pilot, declined to comment.", PUBLISHED);
        assertThat(same.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Orla Brannick", 2));
        DocumentExtraction none = Texts.extract("Reporters spoke to Orla Brannick on Monday. "
                + "Mr. Brannick, a retired pilot, declined to comment.", PUBLISHED);
        assertThat(none.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Orla Brannick", 2));
    }

    @Test
    void aCoupleAddressedTogetherGivesNoGender() {
        DocumentExtraction x = Texts.extract("Mr. and Mrs. Corvin Haskell hosted the fundraiser on Monday. "
                + "Mr. Haskell, a banker, was arrested on Tuesday.", PUBLISHED);
        assertThat(x.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Corvin Haskell", 2));
    }
}
