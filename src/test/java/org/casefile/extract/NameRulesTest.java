package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casefile.domain.EntityType;
import org.junit.jupiter.api.Test;

/** The name rules of {@code models/} on their own: no language models needed. */
class NameRulesTest {
    private static final NameRules NAMES = NameRules.load(Path.of("models"));

    @Test
    void shortFormsOfAGivenNameAgreeWithTheFullNameAndWithEachOther() {
        assertThat(NAMES.sameGivenName("tom", "thomas")).isTrue();
        assertThat(NAMES.sameGivenName("bil", "wiliam")).isTrue(); // keys undouble letters: Bill, William
        assertThat(NAMES.sameGivenName("bil", "wil")).isTrue();
        assertThat(NAMES.sameGivenName("liz", "elizabeth")).isTrue();
        assertThat(NAMES.isFullFormOf("thomas", "tom")).isTrue();
        assertThat(NAMES.isFullFormOf("tom", "thomas")).isFalse();
    }

    @Test
    void onlyAFormOfAddressThatAPersonTakesMarksAPerson() {
        assertThat(NameKey.startsWithPersonalHonorific("Mr. Quillane")).isTrue();
        assertThat(NameKey.startsWithPersonalHonorific("Dr Quillane")).isTrue();
        assertThat(NameKey.startsWithPersonalHonorific("mrs Quillane")).isTrue();
        // a title is no form of address, and a word that starts like one is none
        assertThat(NameKey.startsWithPersonalHonorific("Judge Quillane")).isFalse();
        assertThat(NameKey.startsWithPersonalHonorific("Drummond Quillane")).isFalse();
        assertThat(NameKey.startsWithPersonalHonorific("")).isFalse();
        // both kinds leave a name's key
        assertThat(NameKey.of("Mr. Tolland Quillane")).isEqualTo(NameKey.of("Judge Tolland Quillane"));
    }

    @Test
    void differentGivenNamesNeverAgree() {
        assertThat(NAMES.sameGivenName("thomas", "wiliam")).isFalse();
        assertThat(NAMES.sameGivenName("ivo", "oskar")).isFalse();
        assertThat(NAMES.sameGivenName("tom", "bob")).isFalse();
    }

    @Test
    void legalFormsAndLongCountryFormsLeaveTheKey() {
        assertThat(NAMES.key(EntityType.ORGANIZATION, "Velmont Quarry Co.")).isEqualTo(NAMES.key(EntityType.ORGANIZATION, "Velmont Quarry"));
        assertThat(NAMES.key(EntityType.ORGANIZATION, "Velmont Quarry LLC")).isEqualTo("velmont quary");
        assertThat(NAMES.key(EntityType.LOCATION, "Republic of Tandria")).isEqualTo("tandria");
        assertThat(NAMES.key(EntityType.LOCATION, "Federal Republic of Tandria")).isEqualTo("tandria");
        assertThat(NAMES.isLongForm(EntityType.LOCATION, "Kingdom of Tandria")).isTrue();
        // a legal form alone stays a name; a place keeps a prefix that is listed as a name of its own
        assertThat(NAMES.key(EntityType.ORGANIZATION, "Company")).isEqualTo("company");
        assertThat(NAMES.key(EntityType.LOCATION, "Republic of China")).isEqualTo("republic of china");
        // a company's suffix means nothing for a place, a country's prefix nothing for a company
        assertThat(NAMES.key(EntityType.LOCATION, "Velmont Quarry Co.")).isEqualTo("velmont quary co");
        assertThat(NAMES.key(EntityType.ORGANIZATION, "State of Tandria")).isEqualTo("state of tandria");
    }

    @Test
    void genericWordsAloneAndNamesCutAfterOfAreFragments() {
        assertThat(NAMES.isFragment("City")).isTrue();
        assertThat(NAMES.isFragment("Central")).isTrue();
        assertThat(NAMES.isFragment("Province of")).isTrue();
        assertThat(NAMES.isFragment("Eastern District of")).isTrue();
        assertThat(NAMES.isFragment("Court")).isTrue();
        assertThat(NAMES.isFragment("State Department")).isFalse();
        assertThat(NAMES.isFragment("Briskwater City")).isFalse();
        assertThat(NAMES.isFragment("Tandria")).isFalse();
    }

    @Test
    void publicationHeadsNeedTwoWords() {
        assertThat(NAMES.endsLikePublication("Harbor Gazette")).isTrue();
        assertThat(NAMES.endsLikePublication("Briskwater Daily News")).isTrue();
        assertThat(NAMES.endsLikePublication("Gazette")).isFalse();
        assertThat(NAMES.endsLikePublication("Wendeline Marsk")).isFalse();
    }

    @Test
    void namesInCapitalsTakeOrdinaryCapitalisationButAcronymsStay() {
        assertThat(Capitals.ordinary(EntityType.LOCATION, "BRISKWATER")).isEqualTo("Briskwater");
        assertThat(Capitals.ordinary(EntityType.LOCATION, "NEW TANDRIA")).isEqualTo("New Tandria");
        assertThat(Capitals.ordinary(EntityType.LOCATION, "USA")).isEqualTo("USA");
        assertThat(Capitals.ordinary(EntityType.PERSON, "Oskar Velmont TANDRY")).isEqualTo("Oskar Velmont Tandry");
        assertThat(Capitals.ordinary(EntityType.PERSON, "OSKAR O'TANDRY-VELMONT III")).isEqualTo("Oskar O'Tandry-Velmont III");
        assertThat(Capitals.ordinary(EntityType.ORGANIZATION, "VELMONT QUARRY")).isEqualTo("VELMONT QUARRY");
    }
}
