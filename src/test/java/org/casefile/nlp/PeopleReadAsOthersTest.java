package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * People the tagger read as a body or a place, and a one-word company an apposition names;
 * hand-tagged "word/NER".
 */
class PeopleReadAsOthersTest {

    private static String people(String tagged) {
        List<CoreLabel> labels = HandLabels.of(tagged, CoreLabel::setNER);
        NameBounds.peopleApposedToRoles(labels);
        NameBounds.givenNamesReadAsPlaces(labels);
        return HandLabels.show(labels, CoreLabel::ner);
    }

    @Test
    void aBodyApposedToAPersonsRoleIsThatPerson() {
        assertThat(people("Ysolde/ORGANIZATION Court/ORGANIZATION ,/O a/O lawyer/TITLE ,/O said/O"))
                .isEqualTo("Ysolde/PERSON Court/PERSON ,/O a/O lawyer/TITLE ,/O said/O");
        assertThat(people("Perpetua/ORGANIZATION Chantry/ORGANIZATION ,/O a/O spokeswoman/TITLE for/O the/O ministry/O"))
                .isEqualTo("Perpetua/PERSON Chantry/PERSON ,/O a/O spokeswoman/TITLE for/O the/O ministry/O");
        assertThat(people("Police/O said/O Ysolde/ORGANIZATION Court/ORGANIZATION ,/O the/O city/O 's/O treasurer/TITLE ,/O"))
                .isEqualTo("Police/O said/O Ysolde/PERSON Court/PERSON ,/O the/O city/O 's/O treasurer/TITLE ,/O");
    }

    @Test
    void aBodyWithARoleABodyMayHoldOrANameOfABodyStaysABody() {
        // an adviser, a lender, plural lawyers: firms hold these
        assertThat(people("Quarrow/ORGANIZATION Partners/ORGANIZATION ,/O an/O adviser/TITLE to/O the/O buyer/O"))
                .isEqualTo("Quarrow/ORGANIZATION Partners/ORGANIZATION ,/O an/O adviser/TITLE to/O the/O buyer/O");
        assertThat(people("Quarrow/ORGANIZATION Vennick/ORGANIZATION ,/O the/O bank/O 's/O lawyers/TITLE ,/O said/O"))
                .isEqualTo("Quarrow/ORGANIZATION Vennick/ORGANIZATION ,/O the/O bank/O 's/O lawyers/TITLE ,/O said/O");
        // a body's own name
        assertThat(people("Quarrow/ORGANIZATION Bank/ORGANIZATION ,/O a/O lawyer/TITLE said/O"))
                .isEqualTo("Quarrow/ORGANIZATION Bank/ORGANIZATION ,/O a/O lawyer/TITLE said/O");
        assertThat(people("Quarrow/ORGANIZATION Council/ORGANIZATION ,/O a/O lawyer/TITLE ,/O said/O"))
                .isEqualTo("Quarrow/ORGANIZATION Council/ORGANIZATION ,/O a/O lawyer/TITLE ,/O said/O");
        // one word alone, or a role that owns a noun
        assertThat(people("Quarrow/ORGANIZATION ,/O a/O lawyer/TITLE ,/O said/O"))
                .isEqualTo("Quarrow/ORGANIZATION ,/O a/O lawyer/TITLE ,/O said/O");
        assertThat(people("Ysolde/ORGANIZATION Court/ORGANIZATION ,/O the/O mayor/TITLE 's/O office/O"))
                .isEqualTo("Ysolde/ORGANIZATION Court/ORGANIZATION ,/O the/O mayor/TITLE 's/O office/O");
    }

    @Test
    void aGivenNameReadAsAPlaceBeforeAPersonsNameOpensIt() {
        assertThat(people("Sofia/LOCATION Quellane/PERSON Ruvio/PERSON was/O elected/O"))
                .isEqualTo("Sofia/PERSON Quellane/PERSON Ruvio/PERSON was/O elected/O");
        // after a preposition of place, after another place, or no given name: as tagged
        assertThat(people("officials/O in/O Sofia/LOCATION Quellane/PERSON met/O"))
                .isEqualTo("officials/O in/O Sofia/LOCATION Quellane/PERSON met/O");
        assertThat(people("Varnholt/LOCATION Quellane/PERSON Ruvio/PERSON was/O elected/O"))
                .isEqualTo("Varnholt/LOCATION Quellane/PERSON Ruvio/PERSON was/O elected/O");
        assertThat(people("Sofia/LOCATION ,/O Quellane/PERSON said/O"))
                .isEqualTo("Sofia/LOCATION ,/O Quellane/PERSON said/O");
    }

    @Test
    void aOneWordNameApposedToABusinessIsThatCompanyWhereverItStandsAlone() {
        List<CoreMap> sentences = List.of(
                HandLabels.sentence("Travenor/O ,/O a/O Turkish/NATIONALITY conglomerate/O ,/O agreed/O to/O buy/O"),
                HandLabels.sentence("Travenor/PERSON will/O pay/O more/O ./O"));
        NameBounds.apply(sentences, Set.of("Turkish"));
        assertThat(HandLabels.nerTags(sentences)).containsExactly(
                "Travenor/ORGANIZATION ,/O a/O Turkish/NATIONALITY conglomerate/O ,/O agreed/O to/O buy/O",
                "Travenor/ORGANIZATION will/O pay/O more/O ./O");
        // a nationality the lists leave out for its airline
        List<CoreLabel> swiss = HandLabels.of("Ondravel/PERSON ,/O the/O Swiss/O drugmaker/O ,/O said/O", CoreLabel::setNER);
        NameBounds.companiesApposedToBusinessNouns(swiss, Set.of(), new HashSet<>(), new java.util.HashMap<>());
        assertThat(HandLabels.show(swiss, CoreLabel::ner)).isEqualTo("Ondravel/ORGANIZATION ,/O the/O Swiss/O drugmaker/O ,/O said/O");
    }

    @Test
    void anUntaggedWordNeedsAClosedAppositionAndAPersonNamedSoStaysAPerson() {
        // "Meanwhile, the company said": no apposition closed by a comma
        List<CoreMap> meanwhile = List.of(HandLabels.sentence("Meanwhile/O ,/O the/O company/O said/O"),
                // closed by a comma, but the tagger never reads the word alone as a person's
                HandLabels.sentence("Moreover/O ,/O the/O company/O ,/O which/O lost/O money/O"));
        NameBounds.apply(meanwhile, Set.of());
        assertThat(HandLabels.nerTags(meanwhile)).containsExactly("Meanwhile/O ,/O the/O company/O said/O",
                "Moreover/O ,/O the/O company/O ,/O which/O lost/O money/O");
        // the document gives the word a given name elsewhere: that person keeps it
        List<CoreMap> sentences = List.of(
                HandLabels.sentence("Travenor/O ,/O a/O Turkish/NATIONALITY conglomerate/O ,/O agreed/O to/O buy/O"),
                HandLabels.sentence("Its/O founder/O ,/O Edda/PERSON Travenor/PERSON ,/O resigned/O"),
                HandLabels.sentence("Travenor/PERSON said/O she/O was/O tired/O"));
        NameBounds.apply(sentences, Set.of("Turkish"));
        assertThat(HandLabels.nerTags(sentences).get(2)).isEqualTo("Travenor/PERSON said/O she/O was/O tired/O");
    }

    @Test
    void anUntaggedNameApposedToACapitalisedRoleAfterTheArticleIsAPerson() {
        List<CoreMap> sentences = List.of(
                HandLabels.sentence("Odran/O Vestry/O ,/O the/O Archbishop/TITLE of/O Tallowmere/LOCATION ,/O said/O"),
                // the capitalised role must follow the article: "a former Archbishop" is left alone, as is
                // a role that owns a noun
                HandLabels.sentence("Odran/O Vestry/O ,/O a/O former/O Archbishop/TITLE of/O Tallowmere/LOCATION ,/O said/O"),
                HandLabels.sentence("Odran/O Vestry/O ,/O the/O Archbishop/TITLE 's/O house/O ,/O burned/O"));
        TitledNames.apply(sentences, Set.of("said", "former", "burned", "house"));
        assertThat(HandLabels.nerTags(sentences)).containsExactly(
                "Odran/PERSON Vestry/PERSON ,/O the/O Archbishop/TITLE of/O Tallowmere/LOCATION ,/O said/O",
                "Odran/O Vestry/O ,/O a/O former/O Archbishop/TITLE of/O Tallowmere/LOCATION ,/O said/O",
                "Odran/O Vestry/O ,/O the/O Archbishop/TITLE 's/O house/O ,/O burned/O");
    }
}
