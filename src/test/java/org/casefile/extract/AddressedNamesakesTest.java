package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who, the thirty-fourth entity round, from a blind check on invented stories: a form of
 * address ("Ms.", "Mr.", "Mrs.") picks between namesakes by a gender that is clear. Before any of
 * them is named in full, it stands for the one named later whose gender is known and the same, when
 * every other one's is known and the other; after them, for the only one whose gender is not the
 * other, even one whose given name no list knows. Negatives: two later namesakes of the same gender,
 * or one of unknown gender, leave the form of address apart; so do two earlier ones whose genders
 * are both unknown.
 */
class AddressedNamesakesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 9, 14);

    private static DocumentExtraction extract(String text) {
        return Texts.extract(text, PUBLISHED);
    }

    @Test
    void aFormOfAddressBeforeTheNamesakesIsTheLaterOneOfItsGender() {
        DocumentExtraction x = extract("Ms. Quenby said on Friday that she would appeal. Rosalind Quenby and her "
                + "brother Edmund Quenby inherited the orchard in 2014. Mr. Quenby sold his share last year.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Rosalind Quenby", 2), tuple("Edmund Quenby", 2));
    }

    @Test
    void aFormOfAddressBeforeTwoOfItsGenderOrOneOfUnknownGenderStaysApart() {
        DocumentExtraction sisters = extract("Ms. Quenby said on Friday that she would appeal. Rosalind Quenby and "
                + "her sister Gwendolyn Quenby inherited the orchard in 2014.");
        assertThat(sisters.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Quenby", 1), tuple("Rosalind Quenby", 1), tuple("Gwendolyn Quenby", 1));
        DocumentExtraction unknown = extract("Ms. Quenby said on Friday that she would appeal. Sunniva Quenby and "
                + "Edmund Quenby inherited the orchard in 2014.");
        assertThat(unknown.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Quenby", 1), tuple("Sunniva Quenby", 1), tuple("Edmund Quenby", 1));
    }

    @Test
    void aFormOfAddressAfterTheNamesakesIsTheOnlyOneNotOfTheOtherGender() {
        DocumentExtraction x = extract("Sunniva Vardon, who ran the village bakery for 40 years, died on Monday. "
                + "She was 88. Vardon is survived by her son, Leland Vardon. Mrs. Vardon opened the bakery in 1969.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Sunniva Vardon", 3), tuple("Leland Vardon", 1));
    }

    @Test
    void aFormOfAddressAfterTwoNamesakesOfUnknownGenderStaysApart() {
        DocumentExtraction x = extract("Sunniva Vardon and Ysolde Vardon opened the village bakery in 1969. "
                + "Mrs. Vardon still bakes the bread.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Sunniva Vardon", 1), tuple("Ysolde Vardon", 1), tuple("Vardon", 1));
    }
}
