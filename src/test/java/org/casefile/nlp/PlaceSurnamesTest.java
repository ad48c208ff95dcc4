package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person whose surname is also a place ("Dana Houston"): where the story speaks of her by the
 * surname alone, the place lists must not make her a city ({@link NameConsistency}). Hand-tagged
 * sentences, invented names.
 */
class PlaceSurnamesTest {

    private static List<String> tags(CoreMap... sentences) {
        List<CoreMap> doc = List.of(sentences);
        NameConsistency.apply("", doc);
        return HandLabels.nerTags(doc);
    }

    @Test
    void theSurnameAloneIsThePerson() {
        assertThat(tags(
                HandLabels.sentence("Linnet/PERSON Corvel/PERSON ,/O a/O nurse/O ,/O was/O held/O ./O"),
                HandLabels.sentence("Corvel/CITY claims/O she/O was/O kept/O there/O ./O"),
                HandLabels.sentence("The/O firm/O said/O Corvel/CITY was/O a/O volunteer/O and/O Corvel/CITY 's/O father/O agreed/O ./O")))
                .containsExactly(
                        "Linnet/PERSON Corvel/PERSON ,/O a/O nurse/O ,/O was/O held/O ./O",
                        "Corvel/PERSON claims/O she/O was/O kept/O there/O ./O",
                        "The/O firm/O said/O Corvel/PERSON was/O a/O volunteer/O and/O Corvel/PERSON 's/O father/O agreed/O ./O");
    }

    @Test
    void aStoryThatWritesTheWordAsAPlaceKeepsThePlace() {
        // "in Corvel" somewhere: the word names the city in this story, wherever it stands alone
        assertThat(tags(
                HandLabels.sentence("Linnet/PERSON Corvel/PERSON spoke/O ./O"),
                HandLabels.sentence("Corvel/CITY is/O busy/O and/O the/O talks/O were/O in/O Corvel/CITY ./O")))
                .containsExactly(
                        "Linnet/PERSON Corvel/PERSON spoke/O ./O",
                        "Corvel/CITY is/O busy/O and/O the/O talks/O were/O in/O Corvel/CITY ./O");
        // "Corvel, Halvia": a city and its country
        assertThat(tags(
                HandLabels.sentence("Linnet/PERSON Corvel/PERSON spoke/O ./O"),
                HandLabels.sentence("Corvel/CITY ,/O Halvia/COUNTRY is/O calm/O ./O")).get(1))
                .isEqualTo("Corvel/CITY ,/O Halvia/COUNTRY is/O calm/O ./O");
    }

    @Test
    void aPlaceBesideAnotherNameOrNoFullNameStaysAPlace() {
        // part of a longer name ("Corvel Airport", "East Corvel"), and a place that is nobody's surname
        assertThat(tags(
                HandLabels.sentence("Linnet/PERSON Corvel/PERSON spoke/O ./O"),
                HandLabels.sentence("Corvel/CITY Airport/O closed/O and/O East/LOCATION Corvel/CITY flooded/O ./O"),
                HandLabels.sentence("Halvia/COUNTRY said/O no/O ./O")).subList(1, 3))
                .containsExactly(
                        "Corvel/CITY Airport/O closed/O and/O East/LOCATION Corvel/CITY flooded/O ./O",
                        "Halvia/COUNTRY said/O no/O ./O");
        // a place before a noun it qualifies, and the tagger's own reading of a place
        assertThat(tags(
                HandLabels.sentence("Linnet/PERSON Corvel/PERSON spoke/O ./O"),
                HandLabels.sentence("The/O Corvel/CITY office/O shut/O and/O Corvel/LOCATION voted/O ./O")).get(1))
                .isEqualTo("The/O Corvel/CITY office/O shut/O and/O Corvel/LOCATION voted/O ./O");
        // a lone first name is no surname
        assertThat(tags(
                HandLabels.sentence("Corvel/PERSON Linnet/PERSON spoke/O ./O"),
                HandLabels.sentence("Corvel/CITY voted/O ./O")).get(1))
                .isEqualTo("Corvel/CITY voted/O ./O");
    }
}
