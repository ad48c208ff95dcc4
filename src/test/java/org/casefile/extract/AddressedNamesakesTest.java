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
 * every other one's is known and the other, and none is named in its own sentence. Negatives: two
 * later namesakes of the same gender, or one of unknown gender, leave the form of address apart; so
 * do, after them, two of unknown gender (one whose next sentence opens with "She" is a woman). A lone name right before "founder" (or, tagged as a noun, "shares") is the
 * one company the document names with it, though its founder bears it ("Tolverne founder Bertram
 * Tolverne" beside "Tolverne Robotics"); negative: "Tolverne's shares" stay the person's. A known
 * place's name that is the surname of a person named before, as the subject of a verb, is that
 * person ("Hamburg won 54 percent"); negatives: "to Hamburg", and "Hamburg said it would …".
 */
class AddressedNamesakesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 9, 14);

    private static DocumentExtraction extract(String text) {
        return Texts.extract(text, PUBLISHED);
    }

    @Test
    void aFormOfAddressBeforeTheNamesakesIsTheLaterOneOfItsGender() {
        DocumentExtraction x = extract("Ms. Quenby said on Friday that she would appeal. Wilhelmina Quenby and her "
                + "brother Bertram Quenby inherited the orchard in 2014. Mr. Quenby sold his share last year.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Wilhelmina Quenby", 2), tuple("Bertram Quenby", 2));
    }

    @Test
    void aFormOfAddressBeforeTwoOfItsGenderOrOneOfUnknownGenderStaysApart() {
        DocumentExtraction sisters = extract("Ms. Quenby said on Friday that she would appeal. Wilhelmina Quenby and "
                + "her sister Gwendolyn Quenby inherited the orchard in 2014.");
        assertThat(sisters.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Quenby", 1), tuple("Wilhelmina Quenby", 1), tuple("Gwendolyn Quenby", 1));
        DocumentExtraction unknown = extract("Ms. Quenby said on Friday that she would appeal. Sunniva Quenby and "
                + "Bertram Quenby inherited the orchard in 2014.");
        assertThat(unknown.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Quenby", 1), tuple("Sunniva Quenby", 1), tuple("Bertram Quenby", 1));
    }

    @Test
    void aFormOfAddressAfterANamesakeWhoseNextSentenceOpensWithHerPronounIsHers() {
        // "Sunniva" is in no list, but "She was 88." opens the sentence after the one that names her
        // alone (nm35): "Mrs. Vardon" is her beside her son
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

    @Test
    void aNameBeforeFounderIsTheCompanyItStartsThoughItsFounderBearsIt() {
        DocumentExtraction x = extract("Harlow Metals agreed on Monday to buy Tolverne Robotics for $300 million. "
                + "Tolverne founder Bertram Tolverne will join the board.");
        assertThat(x.entities()).filteredOn(e -> e.type() != EntityType.MONEY)
                .extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.ORGANIZATION, "Harlow Metals", 1),
                        tuple(EntityType.ORGANIZATION, "Tolverne Robotics", 2),
                        tuple(EntityType.PERSON, "Bertram Tolverne", 1));
    }

    @Test
    void aNamesSharesWithAPossessiveStayThePersons() {
        DocumentExtraction x = extract("Bertram Tolverne, who founded Tolverne Robotics in 1998, sold part of his "
                + "stake on Monday. Tolverne's shares are worth $40 million.");
        assertThat(x.entities()).filteredOn(e -> e.type() != EntityType.MONEY)
                .extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Bertram Tolverne", 2),
                        tuple(EntityType.ORGANIZATION, "Tolverne Robotics", 1));
    }

    @Test
    void aKnownPlaceThatActsAfterAPersonOfThatSurnameIsThePerson() {
        DocumentExtraction x = extract("Wilhelmina Hamburg, a lawyer from Kestleigh, was elected to the state senate "
                + "on Tuesday. Hamburg won 54 percent of the vote. She will travel to Hamburg next month to meet port "
                + "officials.");
        assertThat(x.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Wilhelmina Hamburg", 2),
                        tuple(EntityType.LOCATION, "Kestleigh", 1), tuple(EntityType.LOCATION, "Hamburg", 1));
        DocumentExtraction it = extract("Bertram Hamburg, a shipping broker, met port officials on Monday. Hamburg "
                + "said it would raise port fees next year.");
        assertThat(it.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Bertram Hamburg", 1));
    }
}
