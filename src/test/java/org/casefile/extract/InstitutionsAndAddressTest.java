package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who, the seventeenth entity round: an institution's head noun alone ("the Commission")
 * after its one full name; a surname with a form of address among two people who share it; title
 * words that name no one; one-word companies after a country's possessive or a nationality and a
 * noun of business; a place after a person's name and "of". Negatives: two candidates, a name
 * after the bare noun, a form of address whose gender no full name shares.
 */
class InstitutionsAndAddressTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

    private static List<Entity> ofType(DocumentExtraction x, EntityType type) {
        return x.entities().stream().filter(e -> e.type() == type).toList();
    }

    private static int mentionsOf(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).mapToInt(e -> e.mentions().size()).sum();
    }

    @Test
    void theHeadNounAloneIsTheOneInstitutionNamedBeforeIt() {
        DocumentExtraction x = Texts.extract("Lawmakers questioned the Federal Grain Commission on Monday. "
                + "The Commission did not respond to their letter.", PUBLISHED);
        assertThat(ofType(x, EntityType.ORGANIZATION)).extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Federal Grain Commission", 2));
    }

    @Test
    void aChurchNamedWithOfAndTheIsOneOrganisationAndTheChurchIsIt() {
        DocumentExtraction x = Texts.extract("Police raided the Church of the Silver Wheel in Dunmarrow on Monday. "
                + "The Church said it would appeal.", PUBLISHED);
        assertThat(ofType(x, EntityType.ORGANIZATION)).extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Church of the Silver Wheel", 2));
    }

    @Test
    void anAgencyForAFieldIsNamedByItsHeadNounToo() {
        DocumentExtraction x = Texts.extract("The Agency for Drug Safety in Orvale will review the pill. "
                + "The Agency has 90 days to decide.", PUBLISHED);
        assertThat(mentionsOf(x, "Agency for Drug Safety")).isEqualTo(2);
    }

    @Test
    void withTwoSuchNamesOrOnlyAfterItTheHeadNounJoinsNone() {
        DocumentExtraction two = Texts.extract("The Federal Grain Commission and the Orvale Trade Commission met on "
                + "Monday. The Commission did not respond.", PUBLISHED);
        assertThat(mentionsOf(two, "Federal Grain Commission")).isEqualTo(1);
        assertThat(mentionsOf(two, "Orvale Trade Commission")).isEqualTo(1);
        DocumentExtraction after = Texts.extract("The Commission did not respond on Monday. "
                + "Lawmakers had written to the Federal Grain Commission in May.", PUBLISHED);
        assertThat(mentionsOf(after, "Federal Grain Commission")).isEqualTo(1);
    }

    @Test
    void aFormOfAddressPicksTheOnlyNamesakeOfItsGender() {
        DocumentExtraction x = Texts.extract("Tomas Brenholt and his wife Irena Brenholt were arrested on Monday. "
                + "Mrs. Brenholt was released on Tuesday, and Mr. Brenholt was charged.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).extracting(Entity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple("Tomas Brenholt", 2), tuple("Irena Brenholt", 2));
    }

    @Test
    void aFormOfAddressBeforeTheFullNamesOrOfTheOtherGenderJoinsNoOne() {
        // the lawyer is a third Brenholt: named before the two, she is not one of them
        DocumentExtraction lawyer = Texts.extract("Ms. Brenholt, a lawyer for Tomas Brenholt and Irena Brenholt, "
                + "said on Monday her clients would appeal.", PUBLISHED);
        assertThat(mentionsOf(lawyer, "Irena Brenholt")).isEqualTo(1);
        assertThat(mentionsOf(lawyer, "Tomas Brenholt")).isEqualTo(1);
        // one Brenholt named, a woman: "Mr. Brenholt" is someone else
        DocumentExtraction other = Texts.extract("Irena Brenholt was arrested on Monday. "
                + "Mr. Brenholt said on Tuesday that he would pay her bail.", PUBLISHED);
        assertThat(mentionsOf(other, "Irena Brenholt")).isEqualTo(1);
        // the surname alone with two namesakes still joins neither
        DocumentExtraction bare = Texts.extract("Tomas Brenholt and Irena Brenholt sued the city on Monday. "
                + "Brenholt said the city had lied.", PUBLISHED);
        assertThat(mentionsOf(bare, "Tomas Brenholt")).isEqualTo(1);
        assertThat(mentionsOf(bare, "Irena Brenholt")).isEqualTo(1);
    }

    @Test
    void aBareSurnameWhoseClauseGoesOnWithSheOrHeIsTheNamesakeOfThatGender() {
        DocumentExtraction x = Texts.extract("Tomas Brenholt and Irena Brenholt sued the city on Monday. "
                + "Brenholt said she had been cheated.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).extracting(Entity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple("Tomas Brenholt", 1), tuple("Irena Brenholt", 2));
        // another person named between the surname and the pronoun: the pronoun may be hers
        DocumentExtraction between = Texts.extract("Tomas Brenholt and Irena Brenholt sued the city on Monday. "
                + "Brenholt told Lionel Brisco she could stay.", PUBLISHED);
        assertThat(mentionsOf(between, "Tomas Brenholt")).isEqualTo(1);
        assertThat(mentionsOf(between, "Irena Brenholt")).isEqualTo(1);
    }

    @Test
    void aGuardianAdLitemIsNoNewspaperAndTheGuardianReportingIsOne() {
        DocumentExtraction office = Texts.extract("The Guardian ad litem recommended on Monday that the boy stay "
                + "with his aunt in Dunmarrow.", PUBLISHED);
        assertThat(office.entities()).extracting(Entity::name).doesNotContain("Guardian");
        assertThat(ofType(office, EntityType.PERSON)).isEmpty();
        DocumentExtraction paper = Texts.extract("The Guardian reported on Monday that the mill in Dunmarrow "
                + "would close.", PUBLISHED);
        assertThat(ofType(paper, EntityType.ORGANIZATION)).extracting(Entity::name).containsExactly("Guardian");
    }

    @Test
    void aTitleWithoutANameIsNoPerson() {
        DocumentExtraction x = Texts.extract("The Attorney General declined to comment on Monday, and the "
                + "Secretary of State for Health, Rowena Kittering, said the review would take a year.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).extracting(Entity::name).containsExactly("Rowena Kittering");
        assertThat(x.entities()).extracting(Entity::name).doesNotContain("State for Health", "Attorney General");
    }

    @Test
    void oneWordAfterACountrysPossessiveOrANationalityAndABusinessNounIsACompany() {
        DocumentExtraction x = Texts.extract("Britain's Velmaris said on Monday it would buy Brenthall Logistics "
                + "for $40 million.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).isEmpty();
        assertThat(ofType(x, EntityType.ORGANIZATION)).extracting(Entity::name)
                .containsExactly("Velmaris", "Brenthall Logistics");
        DocumentExtraction y = Texts.extract("European planemaker Ostravel said on Monday its new jet would fly "
                + "in 2026.", PUBLISHED);
        assertThat(ofType(y, EntityType.PERSON)).isEmpty();
        assertThat(ofType(y, EntityType.ORGANIZATION)).extracting(Entity::name).containsExactly("Ostravel");
        // negative: a country's possessive with no "it" after it, or a rival, leads a person
        DocumentExtraction z = Texts.extract("Germany's Draycott said on Monday the talks had failed.", PUBLISHED);
        assertThat(ofType(z, EntityType.ORGANIZATION)).isEmpty();
        DocumentExtraction r = Texts.extract("His Spanish rival Vellacott won the race on Sunday.", PUBLISHED);
        assertThat(ofType(r, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void aPersonTheStoryTitlesOrNamesInFullStaysAPerson() {
        DocumentExtraction titled = Texts.extract("France's Merivel met the Chinese premier on Monday. "
                + "President Merivel said the talks went well.", PUBLISHED);
        assertThat(ofType(titled, EntityType.ORGANIZATION)).extracting(Entity::name).doesNotContain("Merivel");
        DocumentExtraction woman = Texts.extract("An Australian woman, Doreen Quenby, sued on Monday.", PUBLISHED);
        assertThat(ofType(woman, EntityType.PERSON)).extracting(Entity::name).containsExactly("Doreen Quenby");
    }

    @Test
    void aWordAfterAPersonsNameAndOfIsAPlace() {
        DocumentExtraction x = Texts.extract("Mayor Petra Ondrisek of Lissendale said on Monday that the water "
                + "was safe.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).extracting(Entity::name).containsExactly("Petra Ondrisek");
        assertThat(ofType(x, EntityType.LOCATION)).extracting(Entity::name).containsExactly("Lissendale");
    }

    @Test
    void aGivenNameAndSurnameReadAsAPlaceIsAPersonWhenTheSurnameAloneActsLater() {
        DocumentExtraction x = Texts.extract("Prosecutors said Lionel Brisco met Chester Tolland in Dunmarrow in 2019. "
                + "Tolland paid Brisco $2 million, they said.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).extracting(Entity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple("Lionel Brisco", 2), tuple("Chester Tolland", 2));
        assertThat(ofType(x, EntityType.LOCATION)).extracting(Entity::name).containsExactly("Dunmarrow");
        // the word alone only after a word of place: nothing says it is a surname (the tagger's reading stays)
        DocumentExtraction place = Texts.extract("Prosecutors said Lionel Brisco met Chester Tolland in Dunmarrow "
                + "in 2019. The money went to Tolland in May.", PUBLISHED);
        assertThat(ofType(place, EntityType.PERSON)).extracting(Entity::name).containsExactly("Lionel Brisco");
    }
}
