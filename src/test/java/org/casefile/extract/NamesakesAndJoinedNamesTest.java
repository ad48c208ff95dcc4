package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who, the eighteenth entity round, from a blind check on invented stories: a surname alone
 * before its namesake is named is the one person named so far; a form of address picks between
 * namesakes by the gender the text gives them (a pronoun, a word of kinship); two organisations the
 * tagger joined by "and" are two when one of them stands alone elsewhere; more lines of business
 * ("Analytics", "Pharma") make a company's first word alone that company; a site's name read as a
 * place and as an organisation is one place; a hyphenated surname the tagger half read is the whole
 * surname. Negatives: a surname alone after both namesakes, or
 * before either, joins neither; a name with "and" never split elsewhere stays whole; a first word
 * two companies share joins neither.
 */
class NamesakesAndJoinedNamesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 8);

    private static DocumentExtraction extract(String text) {
        return Texts.extract(text, PUBLISHED);
    }

    @Test
    void aSurnameBeforeItsNamesakeIsNamedIsThePersonNamedSoFar() {
        DocumentExtraction x = extract("A jury on Monday found Fenwick Tallack guilty of fraud, but he was not "
                + "charged with bribery. Tallack, 52, could face prison. His sister, Ysolde Tallack, testified last "
                + "week that she had seen the payments. Ms. Tallack was not accused of any wrongdoing.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Fenwick Tallack", 2), tuple("Ysolde Tallack", 2));
    }

    @Test
    void aSurnameAfterBothNamesakesOrBeforeEitherJoinsNeither() {
        DocumentExtraction after = extract("Fenwick Tallack was convicted of fraud on Monday. His sister, Ysolde "
                + "Tallack, testified last week. Tallack plans to appeal.");
        assertThat(after.entities()).extracting(Entity::name)
                .containsExactly("Fenwick Tallack", "Ysolde Tallack", "Tallack");
        DocumentExtraction before = extract("Tallack was convicted of fraud on Monday. Fenwick Tallack, 52, could "
                + "face prison. His sister, Ysolde Tallack, testified last week.");
        assertThat(before.entities()).extracting(Entity::name)
                .containsExactly("Tallack", "Fenwick Tallack", "Ysolde Tallack");
    }

    @Test
    void twoOrganisationsJoinedByAndAreTwoWhenOneStandsAloneElsewhere() {
        DocumentExtraction x = extract("Analysts at Ashcombe Capital and Wendle & Quarrendon said shareholders "
                + "could reject the offer. Marit Brannagh, an analyst at Ashcombe Capital, said the price was high.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Ashcombe Capital", 2), tuple("Wendle & Quarrendon", 1));
    }

    @Test
    void aNameWithAndNeverSplitElsewhereStaysWhole() {
        DocumentExtraction x = extract("The Oakhurst Trade and Shipping Board said on Monday that exports fell.");
        assertThat(x.entities()).extracting(Entity::name).containsExactly("Oakhurst Trade and Shipping Board");
    }

    @Test
    void aCompanysFirstWordAloneIsThatCompanyAfterAnalyticsOrPharma() {
        DocumentExtraction analytics = extract("Shares of Pellmoor Analytics rose on Monday. Pellmoor's chief "
                + "executive said the deal was good.");
        assertThat(analytics.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.ORGANIZATION, "Pellmoor Analytics", 2));
        DocumentExtraction pharma = extract("A study found that the pill, made by Grisedale Pharma, cut headaches. "
                + "Grisedale said it would seek approval.");
        assertThat(pharma.entities()).extracting(Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.ORGANIZATION, "Grisedale Pharma", 2));
    }

    @Test
    void aFirstWordTwoCompaniesShareJoinsNeither() {
        DocumentExtraction x = extract("Pellmoor Analytics and Pellmoor Ventures signed a deal on Monday. "
                + "Pellmoor said it was pleased.");
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Pellmoor Analytics", 1), tuple("Pellmoor Ventures", 1), tuple("Pellmoor", 1));
        // (the lone word is an organisation of its own, no person: CompanyShortNames.loneFirstWords)
        assertThat(x.entities()).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void aSiteReadAsAnOrganisationAndAsAPlaceIsOnePlace() {
        DocumentExtraction x = extract("Tressider's group also plans to rebuild Oakhurst Park, the club's stadium. "
                + "Fans said they opposed any move away from Oakhurst Park.");
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Oakhurst Park"))
                .extracting(Entity::type, e -> e.mentions().size())
                .containsExactly(tuple(EntityType.LOCATION, 2));
    }

    @Test
    void aHyphenatedSurnameHalfTaggedIsTheWholeSurname() {
        DocumentExtraction x = Texts.extract("Governor Amara N'Diaye-Tallack declared a state of emergency on Sunday. "
                + "N'Diaye-Tallack's office said no foreign aid had been requested.", LocalDate.of(2031, 11, 3));
        assertThat(x.entities()).extracting(Entity::name, e -> e.mentions().stream().map(Mention::text).toList())
                .containsExactly(tuple("Amara N'Diaye-Tallack", java.util.List.of("Amara N'Diaye-Tallack", "N'Diaye-Tallack")));
    }
}
