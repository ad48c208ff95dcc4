package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.domain.PlaceType;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/** One entity per real name, within and across documents. */
class EntityRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 11);

    private static List<Entity> people(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void fullNameShortFormsAndTitleAreOnePerson() {
        DocumentExtraction x = Texts.extract("Idris Abdelsalem Tavrouni was arrested in 2017. Idris Tavrouni denied the charge. "
                + "Tavrouni spent 1,000 days in jail. Mr. Tavrouni thanked the court.", PUBLISHED);
        List<Entity> people = people(x.entities());
        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo("Idris Abdelsalem Tavrouni");
        assertThat(people.get(0).mentions()).hasSize(4);
        assertThat(people.get(0).aliases()).containsExactly("Idris Tavrouni", "Tavrouni");
    }

    @Test
    void anAcronymInParenthesesBecomesAnAlias() {
        DocumentExtraction x = Texts.extract("The Federal Emergency Management Agency (FEMA) said it would help. "
                + "FEMA sent staff on Monday.", PUBLISHED);
        List<Entity> orgs = x.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).name()).isEqualTo("Federal Emergency Management Agency");
        assertThat(orgs.get(0).aliases()).containsExactly("FEMA");
        assertThat(orgs.get(0).mentions()).extracting(m -> m.text())
                .containsExactly("Federal Emergency Management Agency", "FEMA", "FEMA");
    }

    @Test
    void aSurnameReadAsAPlaceIsThePersonTheDocumentNamedButAPlaceAfterInStaysAPlace() {
        DocumentExtraction x = Texts.extract("Mayor Desmond Oakridge of Quillfield was indicted on Tuesday.\n\n"
                + "\"The mayor sold the contracts,\" U.S. Attorney Helena Brannagh said.\n\n"
                + "According to Brannagh, Oakridge and Lorcan Dunmore were seen at the Brightwater marina two days later.",
                PUBLISHED);
        assertThat(people(x.entities())).extracting(Entity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple("Desmond Oakridge", 2), tuple("Helena Brannagh", 2),
                        tuple("Lorcan Dunmore", 1));
        assertThat(x.entities()).extracting(Entity::name).doesNotContain("Oakridge");
        DocumentExtraction y = Texts.extract("Marta Oakridge grew up in Oakridge before moving to Quillfield.", PUBLISHED);
        assertThat(y.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple(EntityType.PERSON, "Marta Oakridge", 1),
                        tuple(EntityType.LOCATION, "Oakridge", 1), tuple(EntityType.LOCATION, "Quillfield", 1));
    }

    @Test
    void aCompanyReadAsAPersonAndItsFirstWordAloneJoinTheCompany() {
        DocumentExtraction x = Texts.extract("Torvane Mills agrees to buy Pellisar Foods\n\n"
                + "Torvane Mills Inc. said on Monday it had agreed to acquire Pellisar Foods for $2.1 billion. "
                + "Shares of Torvane rose 4 percent on Monday.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.name().contains("Torvane"))
                .extracting(Entity::type, Entity::name, e -> e.mentions().size(), Entity::aliases)
                .containsExactly(tuple(EntityType.ORGANIZATION, "Torvane Mills Inc.", 3, List.of("Torvane", "Torvane Mills")));
        assertThat(people(x.entities())).isEmpty();
    }

    @Test
    void aCompanyNamedForItsLineOfBusinessIsItsFirstWordAlone() {
        DocumentExtraction x = Texts.extract("Oskarby Holdings agreed on Monday to buy Brenlow Robotics for $900 million. "
                + "The deal values Brenlow at 12 times its earnings. Jobs at Brenlow's plant are safe.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.name().contains("Brenlow"))
                .extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.ORGANIZATION, "Brenlow Robotics", 3));
        // written as a place, the word stays apart
        DocumentExtraction y = Texts.extract("Brenlow Robotics opened a plant in Brenlow on Monday.", PUBLISHED);
        assertThat(y.entities()).filteredOn(e -> e.name().contains("Brenlow")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Brenlow Robotics", "Brenlow");
    }

    @Test
    void aFounderNamedLikeHisCompanyStaysAPersonAndAPlaceStaysApartFromItsPoliceDepartment() {
        DocumentExtraction x = Texts.extract("Gideon Carrow stepped down as chief executive of Gideon Carrow Inc. on Monday. "
                + "Gideon Carrow said he would stay on the board.", PUBLISHED);
        assertThat(people(x.entities())).extracting(Entity::name).containsExactly("Gideon Carrow");
        DocumentExtraction y = Texts.extract("The Quillfield Police Department arrested two men on Friday. "
                + "Quillfield agreed to pay $2 million to settle the case.", PUBLISHED);
        assertThat(y.entities()).filteredOn(e -> e.name().equals("Quillfield Police Department"))
                .singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void aFirstWordSharedByTwoCompaniesStaysApart() {
        DocumentExtraction x = Texts.extract("Torvane Mills Inc. and Torvane Bank Corp. reported results on Monday. "
                + "Torvane said sales rose.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name).contains("Torvane Mills Inc.", "Torvane Bank Corp.")
                .doesNotHaveDuplicates();
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Torvane Mills Inc.") || e.name().equals("Torvane Bank Corp."))
                .allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void twoPeopleWithOneSurnameStayTwoAndTheBareSurnameJoinsNeither() {
        DocumentExtraction x = Texts.extract("Idris Tavrouni was held in Velmora. His wife, Nadira Tavrouni, spoke to reporters. "
                + "Tavrouni was released on Friday.", PUBLISHED);
        assertThat(people(x.entities())).extracting(Entity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple("Idris Tavrouni", 1), tuple("Nadira Tavrouni", 1), tuple("Tavrouni", 1));
    }

    @Test
    void acrossDocumentsSpellingVariantsAndAMissingMiddleNameMerge() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Idris Abdelsallem Tavrouni appeared in court.",
                "Idris Abdelsalem Tavrouni was released.",
                "Idris Tavrouni thanked his lawyers.");
        List<Entity> people = people(c.entities());
        assertThat(people).hasSize(1);
        assertThat(people.get(0).mentions()).extracting(m -> m.document()).containsExactly("d1", "d2", "d3");
    }

    @Test
    void aSurnameAloneNeverMergesAcrossDocuments() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Idris Tavrouni appeared in court.",
                "Tavrouni was released.",
                "Nadira Tavrouni thanked the lawyers.");
        assertThat(people(c.entities())).extracting(Entity::name)
                .containsExactlyInAnyOrder("Idris Tavrouni", "Tavrouni", "Nadira Tavrouni");
    }

    @Test
    void sumsOfMoneyAreFound() {
        DocumentExtraction x = Texts.extract("Boeing paid $1.5 million in fines, and Airbus paid \u20ac300.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.MONEY).extracting(Entity::name)
                .containsExactlyInAnyOrder("$1.5 million", "\u20ac300");
    }

    @Test
    void sumsWithTheCurrencyNamedAfterThemAreMoney() {
        DocumentExtraction x = Texts.extract("The fine was 300 euros, and the company set aside 2 million dollars.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.MONEY).extracting(Entity::name)
                .containsExactlyInAnyOrder("300 euros", "2 million dollars");
    }

    @Test
    void placesCarryTheirSubtype() {
        DocumentExtraction x = Texts.extract("He moved from Erbil to Doha and later to Hamburg, then to Bolivia and Bavaria.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.LOCATION)
                .extracting(Entity::name, Entity::subtype)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Erbil", PlaceType.CITY),
                        org.assertj.core.groups.Tuple.tuple("Doha", PlaceType.CITY),
                        org.assertj.core.groups.Tuple.tuple("Hamburg", PlaceType.CITY),
                        org.assertj.core.groups.Tuple.tuple("Bolivia", PlaceType.COUNTRY),
                        org.assertj.core.groups.Tuple.tuple("Bavaria", PlaceType.STATE_OR_PROVINCE));
    }

    private static List<String> personNames(String text) {
        return people(Texts.extract(text, PUBLISHED).entities()).stream().map(Entity::name).toList();
    }

    @Test
    void aFrontedAccordingToNeverJoinsTwoNames() {
        assertThat(personNames("According to Haverkamp, Lindqvist was in Idaho on the day of the fire."))
                .containsExactlyInAnyOrder("Haverkamp", "Lindqvist");
    }

    @Test
    void aCommaListOfSurnamesIsOnePersonEach() {
        assertThat(personNames("Mortensen, Brackley, and Garrity were joined by two deputies at the hearing."))
                .containsExactlyInAnyOrder("Mortensen", "Brackley", "Garrity");
    }

    @Test
    void aCaptionSurnameInCapitalsBeforeTheGivenNameIsOnePerson() {
        assertThat(personNames("Defendant: TANDRY, Oskar Velmont, of Briskwater.")).containsExactly("Oskar Velmont Tandry");
        assertThat(personNames("UNITED STATES v. FENSHOLT, Margaret Whitlaw, Defendant."))
                .containsExactly("Margaret Whitlaw Fensholt");
        // capitals before a comma outside a caption are no surname
        assertThat(personNames("In BRISKWATER, Margaret Whitlaw spoke for the FBI.")).containsExactly("Margaret Whitlaw");
        assertThat(personNames("A spokesman for the FBI, Margaret Whitlaw, declined to comment."))
                .containsExactly("Margaret Whitlaw");
    }

    @Test
    void twoGivenNamesWithOneSurnameStayTwoPeopleButAShortFormJoinsTheFullName() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Thomas Pellegrove signed the contract in March.",
                "Tom Pellegrove denied taking money.",
                "Ivo Pellegrove, his brother, was not charged.");
        assertThat(people(c.entities())).extracting(Entity::name)
                .containsExactlyInAnyOrder("Thomas Pellegrove", "Ivo Pellegrove");
    }

    @Test
    void aCompanysLegalFormAndACountrysLongFormDoNotMakeTwoEntities() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Velmont Quarry Inc. paid the fine to the Republic of Tandria.",
                "Velmont Quarry said it had paid.",
                "Officials in Tandria said the Republic of Tandria would appeal.");
        assertThat(c.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("Velmont Quarry Inc.");
        assertThat(c.entities()).filteredOn(e -> e.type() == EntityType.LOCATION)
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tandria", List.of("Republic of Tandria")));
    }

    @Test
    void aBylineOverTwoShortLinesIsAPersonAndAPublicationNotOnePerson() {
        DocumentExtraction x = Texts.extract("Ferry fares to rise in Quistbury\n\nBy Odalys Pemberton\nCoastline Ledger\n\n"
                + "The ferry board voted on Monday to raise fares.", PUBLISHED);
        assertThat(people(x.entities())).extracting(Entity::name).containsExactly("Odalys Pemberton");
        // the publication's line is a sentence of its own (LineBreaks), which the tagger reads as no name
        assertThat(x.entities()).extracting(Entity::name).noneMatch(n -> n.contains("Pemberton") && n.contains("Ledger"));
    }

    @Test
    void aCompanysFirstWordReadAsAPersonJoinsTheCompanyWithALegalForm() {
        DocumentExtraction x = Texts.extract("Tavelli's chief executive, Ansel Velmoor, said Tavelli Sports Group Inc. would "
                + "leave Quistbury.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Tavelli Sports Group Inc.", 2));
        assertThat(people(x.entities())).extracting(Entity::name).containsExactly("Ansel Velmoor");
    }

    @Test
    void aPersonTheTextAddressesStaysAPersonBesideAFirmThatStartsWithTheName() {
        DocumentExtraction x = Texts.extract("Quarrow Linde Partners, a law firm, is not involved in the case. "
                + "Tibor Ancel said Ms. Quarrow had called him.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Quarrow Linde Partners", 1));
        assertThat(people(x.entities())).extracting(Entity::name).containsExactlyInAnyOrder("Tibor Ancel", "Quarrow");
    }
}
