package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-tagged sentences ("word/TAG", O for no entity): products named by a maker and a model. */
class ProductNamesTest {

    private static CoreMap sentence(String tagged) {
        return HandLabels.sentence(tagged);
    }

    private static List<String> tags(List<CoreMap> sentences) {
        return HandLabels.nerTags(sentences);
    }

    @Test
    void aMakerAndItsModelAreOneProductAndTheModelAloneNamesItElsewhere() {
        List<CoreMap> doc = List.of(
                sentence("Velcor/ORGANIZATION V210/O Skyrunner/O Makes/O First/O Flight/O"),
                sentence("The/O V210/O was/O shown/O in/O May/O ./O"),
                sentence("Brisant/ORGANIZATION ordered/O two/O V210s/O ./O"),
                sentence("Velcor/ORGANIZATION said/O the/O Quellmark/ORGANIZATION 450/O was/O late/O ./O"),
                sentence("The/O 450/O flew/O ./O"));
        ProductNames.apply(doc);
        assertThat(tags(doc)).containsExactly(
                // a title-case headline's next word is no part of the name: only one capitalised word after the model
                "Velcor/PRODUCT V210/PRODUCT Skyrunner/O Makes/O First/O Flight/O",
                "The/O V210/PRODUCT was/O shown/O in/O May/O ./O",
                "Brisant/ORGANIZATION ordered/O two/O V210s/PRODUCT ./O",
                "Velcor/ORGANIZATION said/O the/O Quellmark/PRODUCT 450/PRODUCT was/O late/O ./O",
                "The/O 450/PRODUCT flew/O ./O");
    }

    @Test
    void aModelAfterItsMakersPossessiveIsAProductOfItsOwnName() {
        List<CoreMap> doc = List.of(
                sentence("Velcor/ORGANIZATION 's/O V210/O was/O late/O ./O"),
                sentence("Two/O V210s/O left/O ./O"),
                // a person's possessive makes no product, nor a maker's before a number alone
                sentence("Ann/PERSON Lee/PERSON 's/O K450/O was/O late/O ./O"),
                sentence("Quellmark/ORGANIZATION 's/O 500/O index/O rose/O ./O"));
        ProductNames.apply(doc);
        assertThat(tags(doc)).containsExactly(
                "Velcor/ORGANIZATION 's/O V210/PRODUCT was/O late/O ./O",
                "Two/O V210s/PRODUCT left/O ./O",
                "Ann/PERSON Lee/PERSON 's/O K450/O was/O late/O ./O",
                "Quellmark/ORGANIZATION 's/O 500/O index/O rose/O ./O");
    }

    @Test
    void oneCapitalisedWordAfterTheModelIsPartOfTheName() {
        List<CoreMap> doc = List.of(sentence("Quellmark/ORGANIZATION 450/O Skyrunner/O was/O delayed/O ./O"));
        ProductNames.apply(doc);
        assertThat(tags(doc)).containsExactly(
                "Quellmark/PRODUCT 450/PRODUCT Skyrunner/PRODUCT was/O delayed/O ./O");
    }

    @Test
    void yearsCountsAndAmountsAfterACompanyAreNoModels() {
        List<CoreMap> doc = List.of(
                sentence("Velcor/ORGANIZATION 2024/O results/O were/O weak/O ./O"),
                sentence("Velcor/ORGANIZATION 450/O workers/O struck/O ./O"),
                sentence("Quellmark/ORGANIZATION 300/O million/O was/O raised/O ./O"),
                sentence("It/O hired/O 450/O people/O ./O"),
                sentence("Velcor/ORGANIZATION 12/O was/O late/O ./O"));
        ProductNames.apply(doc);
        assertThat(tags(doc)).containsExactly(
                "Velcor/ORGANIZATION 2024/O results/O were/O weak/O ./O",
                "Velcor/ORGANIZATION 450/O workers/O struck/O ./O",
                "Quellmark/ORGANIZATION 300/O million/O was/O raised/O ./O",
                "It/O hired/O 450/O people/O ./O",
                // two digits alone are too short to be a model
                "Velcor/ORGANIZATION 12/O was/O late/O ./O");
    }

    @Test
    void aModelNoMakerNamesIsNoProductAndADigitModelAloneNeedsAnArticle() {
        List<CoreMap> unnamed = List.of(sentence("The/O V210/O was/O shown/O ./O"));
        ProductNames.apply(unnamed);
        assertThat(tags(unnamed)).containsExactly("The/O V210/O was/O shown/O ./O");
        List<CoreMap> doc = List.of(
                sentence("Velcor/ORGANIZATION 450/O was/O shown/O ./O"),
                sentence("Sales/O rose/O 450/O ,/O it/O said/O ./O"),
                sentence("The/O 450/O jets/O left/O ./O"));
        ProductNames.apply(doc);
        assertThat(tags(doc).subList(1, 3)).containsExactly(
                "Sales/O rose/O 450/O ,/O it/O said/O ./O",
                "The/O 450/O jets/O left/O ./O");
    }
    @Test
    void aMakerAndAModelsNameBeforeAProductNounAreAProduct() {
        List<CoreMap> doc = List.of(
                sentence("Tamberlin/ORGANIZATION Motors/ORGANIZATION recalled/O 9,000/NUMBER Tamberlin/PERSON Ostra/PERSON sedans/O ./O"),
                sentence("Quorvel/ORGANIZATION launched/O the/O Quorvel/ORGANIZATION Lumo/ORGANIZATION 4/NUMBER handset/O ./O"));
        ProductNames.apply(doc);
        assertThat(tags(doc)).containsExactly(
                "Tamberlin/ORGANIZATION Motors/ORGANIZATION recalled/O 9,000/NUMBER Tamberlin/PRODUCT Ostra/PRODUCT sedans/O ./O",
                "Quorvel/ORGANIZATION launched/O the/O Quorvel/PRODUCT Lumo/PRODUCT 4/PRODUCT handset/O ./O");
    }

    @Test
    void aCompanysOwnNameBeforeAProductNounStaysTheCompany() {
        // the whole run read as one company's, no digit: its fleet
        List<CoreMap> fleet = List.of(
                sentence("Norrance/ORGANIZATION Airways/ORGANIZATION jets/O were/O grounded/O ./O"));
        ProductNames.apply(fleet);
        assertThat(tags(fleet)).containsExactly("Norrance/ORGANIZATION Airways/ORGANIZATION jets/O were/O grounded/O ./O");
        // the name is the company's elsewhere in the document
        List<CoreMap> named = List.of(
                sentence("Tamberlin/ORGANIZATION Motors/PERSON trucks/O sold/O well/O ./O"),
                sentence("Tamberlin/ORGANIZATION Motors/ORGANIZATION said/O so/O ./O"));
        ProductNames.apply(named);
        assertThat(tags(named)).containsExactly("Tamberlin/ORGANIZATION Motors/PERSON trucks/O sold/O well/O ./O",
                "Tamberlin/ORGANIZATION Motors/ORGANIZATION said/O so/O ./O");
        // no product noun after the name, or no maker's word at its start
        List<CoreMap> other = List.of(
                sentence("Tamberlin/ORGANIZATION cut/O prices/O of/O Ostra/PERSON Vantle/PERSON sedans/O ./O"),
                sentence("Tamberlin/ORGANIZATION Ostra/PERSON said/O so/O ./O"));
        ProductNames.apply(other);
        assertThat(tags(other)).containsExactly("Tamberlin/ORGANIZATION cut/O prices/O of/O Ostra/PERSON Vantle/PERSON sedans/O ./O",
                "Tamberlin/ORGANIZATION Ostra/PERSON said/O so/O ./O");
    }
}
