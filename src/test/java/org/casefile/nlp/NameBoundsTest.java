package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-tagged sentences ("word/TAG", O for no entity): where a name ends and what kind it is. */
class NameBoundsTest {
    private static final Set<String> NATIONALITIES = Set.of("European", "Australian", "Brazilian");

    private static List<String> mended(String... sentences) {
        List<CoreMap> doc = java.util.Arrays.stream(sentences).map(HandLabels::sentence).toList();
        NameBounds.apply(doc, NATIONALITIES);
        return HandLabels.nerTags(doc);
    }

    @Test
    void aNameCommaAndTheSameNameShortenedAreTwoNames() {
        assertThat(mended("fought/O between/O Corvent/ORGANIZATION and/O Pellow/ORGANIZATION Dyeworks/ORGANIZATION"
                + " ,/ORGANIZATION Pellow/ORGANIZATION winning/O"))
                .containsExactly("fought/O between/O Corvent/ORGANIZATION and/O Pellow/ORGANIZATION Dyeworks/ORGANIZATION"
                        + " ,/O Pellow/ORGANIZATION winning/O");
    }

    @Test
    void aCommaBeforeAnotherNameOrTheWholeNameAgainStaysAsTagged() {
        // a place and its state, a firm's partners: the words after the comma are not the first words before it
        assertThat(mended("in/O Skarra/LOCATION ,/LOCATION Velmora/LOCATION ./O",
                "Olstead/ORGANIZATION ,/ORGANIZATION Fenwright/ORGANIZATION &/ORGANIZATION Pellow/ORGANIZATION sued/O"))
                .containsExactly("in/O Skarra/LOCATION ,/LOCATION Velmora/LOCATION ./O",
                        "Olstead/ORGANIZATION ,/ORGANIZATION Fenwright/ORGANIZATION &/ORGANIZATION Pellow/ORGANIZATION sued/O");
    }

    @Test
    void anOfficeOfABodyForAFieldNamesTheBodyAlone() {
        assertThat(mended("Assistant/TITLE Secretary/TITLE of/O the/O Velmora/ORGANIZATION Guard/ORGANIZATION"
                        + " for/ORGANIZATION Logistics/ORGANIZATION Ann/PERSON Tabbin/PERSON spoke/O",
                "Deputy/O Undersecretary/O of/O the/O Velmora/ORGANIZATION Guard/ORGANIZATION for/ORGANIZATION"
                        + " Logistics/ORGANIZATION resigned/O"))
                .containsExactly("Assistant/TITLE Secretary/TITLE of/O the/O Velmora/ORGANIZATION Guard/ORGANIZATION"
                                + " for/TITLE Logistics/TITLE Ann/PERSON Tabbin/PERSON spoke/O",
                        // negative: without the holder's name after it, "for" may be the body's own ("the
                        // Institute for Harbor Safety"), and the name stays whole
                        "Deputy/O Undersecretary/O of/O the/O Velmora/ORGANIZATION Guard/ORGANIZATION for/ORGANIZATION Logistics/ORGANIZATION resigned/O");
    }

    @Test
    void aBodyNamedForAPurposeKeepsItsFor() {
        // no office before "of": "for" is the body's own name
        assertThat(mended("the/O Council/ORGANIZATION for/ORGANIZATION the/ORGANIZATION Welfare/ORGANIZATION"
                        + " of/ORGANIZATION Skarra/ORGANIZATION said/O",
                "a/O member/O of/O the/O Institute/ORGANIZATION for/ORGANIZATION Marine/ORGANIZATION Studies/ORGANIZATION"))
                .containsExactly("the/O Council/ORGANIZATION for/ORGANIZATION the/ORGANIZATION Welfare/ORGANIZATION"
                                + " of/ORGANIZATION Skarra/ORGANIZATION said/O",
                        "a/O member/O of/O the/O Institute/ORGANIZATION for/ORGANIZATION Marine/ORGANIZATION Studies/ORGANIZATION");
    }

    @Test
    void aWordWithACapitalInsideIsACompanyEverywhereInTheDocument() {
        assertThat(mended("The/O engines/O come/O from/O SkyDrover/PERSON ./O",
                "SkyDrover/PERSON said/O it/O was/O pleased/O ./O"))
                .containsExactly("The/O engines/O come/O from/O SkyDrover/ORGANIZATION ./O",
                        "SkyDrover/ORGANIZATION said/O it/O was/O pleased/O ./O");
    }

    @Test
    void aSurnameOrGivenNameWithAPrefixStaysAPerson() {
        assertThat(mended("Kelvin/PERSON MacArthur/PERSON and/O DeShawn/PERSON Brennick/PERSON spoke/O ./O",
                "MacArthur/PERSON left/O ;/O McAllen/PERSON stayed/O ;/O MaryAnn/PERSON wept/O ./O"))
                .containsExactly("Kelvin/PERSON MacArthur/PERSON and/O DeShawn/PERSON Brennick/PERSON spoke/O ./O",
                        "MacArthur/PERSON left/O ;/O McAllen/PERSON stayed/O ;/O MaryAnn/PERSON wept/O ./O");
        assertThat(NameBounds.isCompanyShaped("BrightHollow")).isTrue();
        assertThat(NameBounds.isCompanyShaped("VanDyke")).isFalse();
        assertThat(NameBounds.isCompanyShaped("LaToya")).isFalse();
        assertThat(NameBounds.isCompanyShaped("Brennick")).isFalse();
    }

    @Test
    void aLoneNationalityTakenForAnOrganisationIsANationality() {
        assertThat(mended("European/ORGANIZATION planemaker/O Marvanta/PERSON said/O ./O",
                "An/O Australian/ORGANIZATION woman/O sued/O ./O",
                // the list names no company: before any word in small letters it is a nationality
                "Brazilian/ORGANIZATION officials/O said/O nothing/O ./O",
                "Congressional/ORGANIZATION investigators/O questioned/O Marvanta/ORGANIZATION ./O"))
                // (and the one word a nationality and a noun of business lead is a company, below)
                .containsExactly("European/NATIONALITY planemaker/O Marvanta/ORGANIZATION said/O ./O",
                        "An/O Australian/NATIONALITY woman/O sued/O ./O",
                        "Brazilian/NATIONALITY officials/O said/O nothing/O ./O",
                        "Congressional/O investigators/O questioned/O Marvanta/ORGANIZATION ./O");
    }

    @Test
    void aNationalityInsideANameOrBeforeACapitalisedWordOrNotInTheListStays() {
        assertThat(mended("The/O European/ORGANIZATION Union/ORGANIZATION said/O ./O",
                "The/O Australian/ORGANIZATION Broadcasting/O Corp/O aired/O it/O ./O",
                "Velmoran/ORGANIZATION planemaker/O Marvanta/PERSON said/O ./O",
                "the/O Congressional/ORGANIZATION Budget/ORGANIZATION Office/ORGANIZATION said/O ./O"))
                .containsExactly("The/O European/ORGANIZATION Union/ORGANIZATION said/O ./O",
                        "The/O Australian/ORGANIZATION Broadcasting/O Corp/O aired/O it/O ./O",
                        "Velmoran/ORGANIZATION planemaker/O Marvanta/PERSON said/O ./O",
                        "the/O Congressional/ORGANIZATION Budget/ORGANIZATION Office/ORGANIZATION said/O ./O");
    }

    @Test
    void theListsNationalitiesLeaveOutTheAirlinesNamedByOne() {
        Set<String> read = NameBounds.nationalities(java.nio.file.Path.of("models"));
        assertThat(read).contains("European", "Australian", "Iraqi", "Polish").doesNotContain("American", "Swiss", "Thai");
    }

    @Test
    void anInstitutionNamedInFullIsThatOrganisationAgainByItsHeadNoun() {
        assertThat(mended("She/O sued/O the/O Church/ORGANIZATION of/ORGANIZATION Velmora/ORGANIZATION ./O",
                "The/O Church/O denied/O it/O ,/O and/O this/O Church/O 's/O lawyers/O agreed/O ./O"))
                .containsExactly("She/O sued/O the/O Church/ORGANIZATION of/ORGANIZATION Velmora/ORGANIZATION ./O",
                        "The/O Church/ORGANIZATION denied/O it/O ,/O and/O this/O Church/ORGANIZATION 's/O lawyers/O agreed/O ./O");
    }

    @Test
    void aHeadNounWithNoInstitutionNamedOrInsideAnotherNameStaysUntagged() {
        // no "Court" named in full: "the Court" is not guessed
        assertThat(mended("The/O Church/ORGANIZATION of/ORGANIZATION Velmora/ORGANIZATION appealed/O to/O the/O Court/O ./O"))
                .containsExactly("The/O Church/ORGANIZATION of/ORGANIZATION Velmora/ORGANIZATION appealed/O to/O the/O Court/O ./O");
        // a capitalised word after it: part of another name; no "the": a sentence's first word
        assertThat(mended("the/O Skarra/ORGANIZATION Council/ORGANIZATION met/O ./O",
                "the/O Council/O Chamber/O was/O shut/O ./O",
                "Council/O members/O left/O ./O",
                "the/O Council/O of/O Elders/O met/O ./O"))
                .containsExactly("the/O Skarra/ORGANIZATION Council/ORGANIZATION met/O ./O",
                        "the/O Council/O Chamber/O was/O shut/O ./O",
                        "Council/O members/O left/O ./O",
                        // not the Skarra Council again, but an institution of its own ("the X of Y")
                        "the/O Council/ORGANIZATION of/ORGANIZATION Elders/ORGANIZATION met/O ./O");
    }

    @Test
    void aNewspapersOrBroadcastersTitleIsAnOrganisation() {
        assertThat(mended("The/O Guardian/O cited/O two/O cases/O ./O",
                "She/O told/O the/O Velmora/LOCATION Herald/O ,/O and/O Skarra/O News/O reported/O it/O ./O"))
                .containsExactly("The/O Guardian/ORGANIZATION cited/O two/O cases/O ./O",
                        "She/O told/O the/O Velmora/ORGANIZATION Herald/ORGANIZATION ,/O and/O Skarra/ORGANIZATION"
                                + " News/ORGANIZATION reported/O it/O ./O");
    }

    @Test
    void aTitleCaseLineOrATitleNounWithoutTheIsNoNewspaper() {
        assertThat(mended("Good/O News/O For/O Skarra/LOCATION Farmers/O",
                "News/O of/O the/O fire/O spread/O ./O",
                "He/O served/O two/O Times/O as/O mayor/O ./O",
                "the/O Post/O Office/O closed/O ./O",
                "the/O Times/O of/O Velmora/LOCATION wrote/O ./O"))
                .containsExactly("Good/O News/O For/O Skarra/LOCATION Farmers/O",
                        "News/O of/O the/O fire/O spread/O ./O",
                        "He/O served/O two/O Times/O as/O mayor/O ./O",
                        "the/O Post/O Office/O closed/O ./O",
                        "the/O Times/O of/O Velmora/LOCATION wrote/O ./O");
    }

    @Test
    void anInstitutionNamedWithOfOrForIsOneOrganisation() {
        assertThat(mended("They/O toured/O the/O Museum/O of/O Tin/O Toys/O in/O Orvale/LOCATION ./O",
                "She/O sued/O the/O Church/O of/O the/O Silver/O Wheel/O ./O",
                "the/O Ministry/O of/O Trade/O and/O Fisheries/O said/O ./O",
                "the/O Agency/O for/O Drug/O Safety/O met/O ./O"))
                .containsExactly("They/O toured/O the/O Museum/ORGANIZATION of/ORGANIZATION Tin/ORGANIZATION"
                                + " Toys/ORGANIZATION in/O Orvale/LOCATION ./O",
                        "She/O sued/O the/O Church/ORGANIZATION of/ORGANIZATION the/ORGANIZATION Silver/ORGANIZATION"
                                + " Wheel/ORGANIZATION ./O",
                        "the/O Ministry/ORGANIZATION of/ORGANIZATION Trade/ORGANIZATION and/ORGANIZATION"
                                + " Fisheries/ORGANIZATION said/O ./O",
                        "the/O Agency/ORGANIZATION for/ORGANIZATION Drug/ORGANIZATION Safety/ORGANIZATION met/O ./O");
    }

    @Test
    void aHeadNounWithOfInATitleCaseLineOrWithoutTheOrAnythingCapitalisedStays() {
        assertThat(mended("Visitors/O Flock/O To/O the/O Museum/O of/O Tin/O Toys/O In/O Orvale/LOCATION",
                "Museum/O of/O Tin/O Toys/O opens/O ./O"))
                .containsExactly("Visitors/O Flock/O To/O the/O Museum/O of/O Tin/O Toys/O In/O Orvale/LOCATION",
                        "Museum/O of/O Tin/O Toys/O opens/O ./O");
        assertThat(mended("the/O Museum/O of/O modern/O art/O ./O", "the/O Court/O for/O a/O hearing/O ./O"))
                .containsExactly("the/O Museum/O of/O modern/O art/O ./O", "the/O Court/O for/O a/O hearing/O ./O");
    }

    @Test
    void aCountrysPossessiveBeforeOneWordMakesACompanyUnlessTheStoryTitlesIt() {
        assertThat(mended("UK/COUNTRY 's/O Velmaris/PERSON said/O it/O agreed/O ./O", "Velmaris/PERSON said/O so/O ./O"))
                .containsExactly("UK/COUNTRY 's/O Velmaris/ORGANIZATION said/O it/O agreed/O ./O",
                        "Velmaris/ORGANIZATION said/O so/O ./O");
        // with no "it" after the name, a country's possessive leads a person as often ("Germany's Draycott said")
        assertThat(mended("UK/COUNTRY 's/O Velmaris/PERSON agreed/O ./O"))
                .containsExactly("UK/COUNTRY 's/O Velmaris/PERSON agreed/O ./O");
        assertThat(mended("France/COUNTRY 's/O Merivel/PERSON spoke/O ./O", "President/TITLE Merivel/PERSON left/O ./O"))
                .containsExactly("France/COUNTRY 's/O Merivel/PERSON spoke/O ./O",
                        "President/TITLE Merivel/PERSON left/O ./O");
        assertThat(mended("France/COUNTRY 's/O Merivel/PERSON spoke/O ./O", "Ann/PERSON Merivel/PERSON left/O ./O"))
                .containsExactly("France/COUNTRY 's/O Merivel/PERSON spoke/O ./O",
                        "Ann/PERSON Merivel/PERSON left/O ./O");
        // a nationality before a person's noun: no company
        assertThat(mended("Australian/NATIONALITY swimmer/O Quenby/PERSON won/O ./O"))
                .containsExactly("Australian/NATIONALITY swimmer/O Quenby/PERSON won/O ./O");
    }

    @Test
    void theSecretaryOfStateIsATitleAndAWordAfterAPersonAndOfIsAPlace() {
        assertThat(mended("the/O Secretary/TITLE of/O State/ORGANIZATION for/ORGANIZATION Health/ORGANIZATION ,/O"
                        + " Rowena/PERSON Kittering/PERSON",
                "Mayor/TITLE Petra/PERSON Ondrisek/PERSON of/O Lissendale/PERSON said/O ./O",
                "the/O daughter/O of/O Ondrisek/PERSON said/O ./O"))
                .containsExactly("the/O Secretary/TITLE of/O State/TITLE for/TITLE Health/TITLE ,/O"
                                + " Rowena/PERSON Kittering/PERSON",
                        "Mayor/TITLE Petra/PERSON Ondrisek/PERSON of/O Lissendale/LOCATION said/O ./O",
                        "the/O daughter/O of/O Ondrisek/PERSON said/O ./O");
    }

    @Test
    void aCapitalisedOfInATitleCaseLineEndsTheFullNameBeforeThePlace() {
        assertThat(mended("Mayor/TITLE Odelia/PERSON Brackwater/PERSON Of/PERSON Fennick/PERSON Falls/PERSON Resigns/O",
                "Odelia/PERSON Brackwater/PERSON Of/O Fennick/LOCATION Resigns/O"))
                .containsExactly("Mayor/TITLE Odelia/PERSON Brackwater/PERSON Of/O Fennick/LOCATION Falls/LOCATION Resigns/O",
                        "Odelia/PERSON Brackwater/PERSON Of/O Fennick/LOCATION Resigns/O");
        // one word before "Of" is no full name: the tagger's reading stays
        assertThat(mended("Brackwater/PERSON Of/PERSON Fennick/PERSON Resigns/O"))
                .containsExactly("Brackwater/PERSON Of/PERSON Fennick/PERSON Resigns/O");
    }

    @Test
    void moreSurnameAndGivenNamePrefixesKeepAPersonsInnerCapital() {
        assertThat(NameBounds.isCompanyShaped("VanderMolen")).isFalse();
        assertThat(NameBounds.isCompanyShaped("DellaRocca")).isFalse();
        assertThat(NameBounds.isCompanyShaped("RaeLynn")).isFalse();
        assertThat(NameBounds.isCompanyShaped("BillyJo")).isFalse();
        assertThat(NameBounds.isCompanyShaped("SkyDrover")).isTrue();
        assertThat(NameBounds.isCompanyShaped("VandaTech")).isTrue();
    }

    @Test
    void aRoleNounIsANewspaperOnlyAloneAfterTheOrAfterAPlace() {
        assertThat(mended("The/O Guardian/ORGANIZATION ad/O litem/O recommended/O it/O ./O",
                "the/O Medical/O Examiner/O said/O so/O ./O",
                "the/O Skarra/CITY Examiner/O said/O so/O ./O",
                "The/O Guardian/O reported/O it/O ./O"))
                .containsExactly("The/O Guardian/O ad/O litem/O recommended/O it/O ./O",
                        "the/O Medical/O Examiner/O said/O so/O ./O",
                        "the/O Skarra/ORGANIZATION Examiner/ORGANIZATION said/O so/O ./O",
                        "The/O Guardian/ORGANIZATION reported/O it/O ./O");
    }

    @Test
    void capitalisedWordsBeforeAnUntaggedLineOfBusinessAreACompany() {
        List<CoreMap> doc = java.util.Arrays.stream(new String[] {
                "investors/O in/O MacQuarrie/ORGANIZATION Gold/ORGANIZATION and/O DeVantier/O Mining/O lost/O ./O",
                "Halvek/PERSON Logistics/O said/O so/O ./O",
                // title case, a longer name, a word the text writes small, no name word before
                "Orvale/O Mining/O Stocks/O Rise/O",
                "the/O Renewable/O Energy/O Directive/O passed/O ./O",
                "Nuclear/O Energy/O is/O nuclear/O power/O ./O",
                "the/O Mining/O fell/O ./O"}).map(HandLabels::sentence).toList();
        NameBounds.businessRuns(doc, Set.of("Mining", "Logistics", "Energy"), NameConsistency.smallWords(doc));
        assertThat(HandLabels.nerTags(doc)).containsExactly(
                "investors/O in/O MacQuarrie/ORGANIZATION Gold/ORGANIZATION and/O DeVantier/ORGANIZATION"
                        + " Mining/ORGANIZATION lost/O ./O",
                "Halvek/ORGANIZATION Logistics/ORGANIZATION said/O so/O ./O",
                "Orvale/O Mining/O Stocks/O Rise/O",
                "the/O Renewable/O Energy/O Directive/O passed/O ./O",
                "Nuclear/O Energy/O is/O nuclear/O power/O ./O",
                "the/O Mining/O fell/O ./O");
    }

    @Test
    void theBusinessWordsAreReadFromTheNamePartsList() {
        assertThat(NameBounds.businessWords(java.nio.file.Path.of("models"))).contains("Mining", "Logistics")
                .doesNotContain("Inc.", "City");
    }
    @Test
    void titleWordsTheTaggerTookIntoAPersonsNameAreTheTitle() {
        Set<String> titles = NameBounds.titleWords(java.nio.file.Path.of("models"));
        assertThat(titles).contains("sergeant", "councilwoman", "ambassador", "sgt.").doesNotContain("general", "dean");
        List<CoreMap> doc = java.util.stream.Stream.of(
                "Speaking/O ,/O Councilwoman/PERSON Idony/PERSON Fallowes/PERSON said/O",
                "Detective/TITLE Sergeant/PERSON Caius/PERSON Brannock/PERSON left/O",
                "Sgt./PERSON Brannock/PERSON left/O",
                "the/O Deputy/PERSON Undersecretary/PERSON of/O",
                "Senate/ORGANIZATION President/TITLE Pro/O Tem/PERSON Ysolde/PERSON Marchbank/PERSON spoke/O",
                // negative: a given name no list holds as a title; one word alone that is a title's is a
                // surname ("Judge said" after "Orla Judge")
                "Dean/PERSON Orrick/PERSON and/O Marshal/O Ivo/PERSON left/O",
                "Judge/PERSON said/O").map(HandLabels::sentence).toList();
        NameBounds.leadingTitles(doc, titles);
        assertThat(HandLabels.nerTags(doc)).containsExactly(
                "Speaking/O ,/O Councilwoman/TITLE Idony/PERSON Fallowes/PERSON said/O",
                "Detective/TITLE Sergeant/TITLE Caius/PERSON Brannock/PERSON left/O",
                "Sgt./TITLE Brannock/PERSON left/O",
                "the/O Deputy/TITLE Undersecretary/TITLE of/O",
                "Senate/ORGANIZATION President/TITLE Pro/O Tem/TITLE Ysolde/PERSON Marchbank/PERSON spoke/O",
                "Dean/PERSON Orrick/PERSON and/O Marshal/O Ivo/PERSON left/O",
                "Judge/PERSON said/O");
    }

    /** Items "word/NER/POS": a tagged sentence's names after {@link NameBounds#verbsInsideNames}. */
    private static String withoutVerbs(String items) {
        List<edu.stanford.nlp.ling.CoreLabel> labels = HandLabels.of(items, (l, x) -> {
            l.setNER(x.substring(0, x.indexOf('|')));
            l.setTag(x.substring(x.indexOf('|') + 1));
        });
        NameBounds.verbsInsideNames(labels);
        return HandLabels.show(labels, edu.stanford.nlp.ling.CoreLabel::ner);
    }

    @Test
    void aVerbBetweenTwoNamesOfATitleCaseHeadlineIsNoneOfThem() {
        assertThat(withoutVerbs("Orla/PERSON|NNP Vantreese/PERSON|NNP Calls/PERSON|VBZ Tibor/PERSON|NNP Ancel/PERSON|NNP "
                + "Unfit/O|JJ")).isEqualTo("Orla/PERSON Vantreese/PERSON Calls/O Tibor/PERSON Ancel/PERSON Unfit/O");
    }

    @Test
    void aNameThatOpensOrEndsWithAWordTaggedAsAVerbKeepsIt() {
        // a given name the tagger reads as a verb ("Will", "Hew"), or the last word of a run, is not inside the name
        assertThat(withoutVerbs("Will/PERSON|MD Quarrow/PERSON|NNP spoke/O|VBD")).isEqualTo("Will/PERSON Quarrow/PERSON spoke/O");
        assertThat(withoutVerbs("Hew/PERSON|VB Linde/PERSON|NNP said/O|VBD")).isEqualTo("Hew/PERSON Linde/PERSON said/O");
        assertThat(withoutVerbs("Orla/PERSON|NNP Vantreese/PERSON|NNP says/O|VBZ")).isEqualTo("Orla/PERSON Vantreese/PERSON says/O");
    }

    @Test
    void aQuotationMarkIsNoPartOfAName() {
        assertThat(mended("―/O Orla/PERSON Vantreese/PERSON \u201C/PERSON Tibor/PERSON must/O go/O"))
                .containsExactly("―/O Orla/PERSON Vantreese/PERSON \u201C/O Tibor/PERSON must/O go/O");
    }
}
