package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who, the thirty-fifth entity round, from a blind check on invented stories. A one-word
 * name the place lists know that the tagger read as the surname of a person of the document stays
 * the place where its sentence reads it as one: an "its" nothing else between could own ("Peru said
 * on Monday it would reopen its border"), a copula before what a place is ("is a town"), "has" a
 * number of residents, a possessive before what a place has ("Peru's army"); the copula and the
 * residents do for a name no list knows too. Negatives: "its" after "the bill", "is a town
 * councillor", "Rome's lawyer … he" stay the person. A two-word name read as an organisation that
 * founds a company bearing its second word is the founder, and "the Orrell campaign" is hers;
 * "Orrell said it would" stays the company. A name's gender may come from the "She" or "He" that
 * opens the next sentence when its own sentence names no other person; negatives: two namesakes of
 * one gender, or another person in the sentence, leave "Mrs. Varrow" apart. A form of address
 * beside another ("Mr. Quillon and Mrs. Quillon") before the namesakes are named in full takes the
 * one of its gender; negative: two later namesakes of its gender leave it apart.
 */
class PlacesFoundersAndNamesakesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 10, 5);

    private static DocumentExtraction extract(String text) {
        return Texts.extract(text, PUBLISHED);
    }

    @Test
    void aListedPlaceThatItsOwnsStaysThePlaceBesideAPersonOfThatSurname() {
        DocumentExtraction x = extract("Lucian Peru, a shipping broker from Kestleigh, spoke at the forum on Sunday. "
                + "Peru said on Monday it would reopen its border with Bolivia next month.");
        assertThat(x.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Lucian Peru", 1), tuple(EntityType.LOCATION, "Kestleigh", 1),
                        tuple(EntityType.LOCATION, "Peru", 1), tuple(EntityType.LOCATION, "Bolivia", 1));
        DocumentExtraction bill = extract("Cornelius Peru, a retired engineer, spoke at the forum on Sunday. "
                + "Peru said the bill would hurt its sponsors.");
        assertThat(bill.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Cornelius Peru", 2));
    }

    @Test
    void aPlacesPredicateKeepsThePlace() {
        DocumentExtraction x = extract("Lorcan Rome won the mayoral race last year. Rome has 2.8 million residents. "
                + "Rome said he would cut property taxes.");
        assertThat(x.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Lorcan Rome", 2), tuple(EntityType.LOCATION, "Rome", 1));
        DocumentExtraction person = extract("Lorcan Rome won the mayoral race last year. Rome is a town councillor. "
                + "Rome's lawyer said he would appeal.");
        assertThat(person.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Lorcan Rome", 3));
    }

    @Test
    void aFounderReadAsACompanyIsThePersonAndTheirCampaignIsTheirs() {
        DocumentExtraction x = extract("Tamsin Orrell founded Orrell Analytics in 2014. The Orrell campaign raised "
                + "$3 million last quarter. Orrell said she would step down as chief executive.");
        assertThat(x.entities()).filteredOn(e -> e.type() != EntityType.MONEY)
                .extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Tamsin Orrell", 3),
                        tuple(EntityType.ORGANIZATION, "Orrell Analytics", 1));
        DocumentExtraction company = extract("Tamsin Orrell founded Orrell Analytics in 2014. Orrell Analytics said "
                + "it would cut 50 jobs. Orrell said it would cut costs.");
        assertThat(company.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.PERSON, "Tamsin Orrell", 1),
                        tuple(EntityType.ORGANIZATION, "Orrell Analytics", 3));
    }

    @Test
    void thePronounOpeningTheNextSentenceGivesTheGenderOfTheOnePersonNamed() {
        DocumentExtraction x = extract("Ottilie Varrow died on Tuesday at her home in Kestleigh. She was 91. Her son, "
                + "Aksel Varrow, said the family was grateful. Mrs. Varrow had taught piano for decades.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Ottilie Varrow", 2), tuple("Aksel Varrow", 1));
        DocumentExtraction two = extract("Ottilie Varrow and Sigrun Varrow ran the shop together. She was 91. "
                + "Mrs. Varrow had taught piano for decades.");
        assertThat(two.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Ottilie Varrow", 1), tuple("Sigrun Varrow", 1), tuple("Varrow", 1));
        DocumentExtraction other = extract("Ottilie Varrow opened the inn in 1971 with Bertil Osgrave. He was 24. "
                + "Her son, Aksel Varrow, runs it now. Mr. Varrow still bakes the bread.");
        assertThat(other.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Ottilie Varrow", 1), tuple("Bertil Osgrave", 1), tuple("Aksel Varrow", 1),
                        tuple("Varrow", 1));
    }

    @Test
    void aFormOfAddressBesideAnotherTakesTheLaterNamesakeOfItsGender() {
        DocumentExtraction x = extract("Mr. Quillon and Mrs. Quillon arrived together. Ambrose Quillon and Agnes "
                + "Quillon have been married for 40 years.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Ambrose Quillon", 2), tuple("Agnes Quillon", 2));
        DocumentExtraction sisters = extract("Mr. Quillon and Mrs. Quillon arrived together. Ambrose Quillon, Mildred "
                + "Quillon and Gertrude Quillon were there.");
        assertThat(sisters.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Ambrose Quillon", 2), tuple("Quillon", 1), tuple("Mildred Quillon", 1),
                        tuple("Gertrude Quillon", 1));
    }
}
