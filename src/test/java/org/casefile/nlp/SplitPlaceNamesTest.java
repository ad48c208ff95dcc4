package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entity mentions from token tags ({@link CoreNlpAnnotator#mentions}): a place list that refines one
 * word of a longer name the CRF read as one place does not cut it in two. Hand-tagged sentences,
 * "word/TAG" separated by single spaces, invented names.
 */
class SplitPlaceNamesTest {

    private static List<String> mentions(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String part : tagged.split(" ")) {
            int slash = part.lastIndexOf('/');
            String word = part.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(tokens.size(), word, null, null, part.substring(slash + 1), text.length(),
                    text.length() + word.length()));
            text.append(word);
        }
        return CoreNlpAnnotator.mentions(text.toString(), 0, tokens).stream()
                .map(m -> m.entityType() + ":" + m.text()).toList();
    }

    @Test
    void aCrfPlaceCutByAPlaceListIsOnePlace() {
        assertThat(mentions("carrier/O Velmora/LOCATION Indonesia/COUNTRY landed/O ./O"))
                .containsExactly("LOCATION:Velmora Indonesia");
        assertThat(mentions("in/O East/LOCATION Kansas/STATE_OR_PROVINCE City/LOCATION ./O"))
                .containsExactly("LOCATION:East Kansas City");
        assertThat(mentions("the/O Dunmarran/LOCATION Republic/LOCATION of/LOCATION Quillor/COUNTRY said/O"))
                .containsExactly("LOCATION:Dunmarran Republic of Quillor");
    }

    @Test
    void airBeforeANameIsAnAirlineOrAnAirForce() {
        assertThat(mentions("both/O Air/LOCATION France/COUNTRY and/O Air/LOCATION Taldoran/LOCATION flew/O"))
                .containsExactly("ORGANIZATION:Air France", "ORGANIZATION:Air Taldoran");
        assertThat(mentions("the/O Canada/COUNTRY Air/LOCATION Force/LOCATION said/O"))
                .containsExactly("ORGANIZATION:Canada Air Force");
    }

    @Test
    void twoListedPlacesAPlaceOfAnotherAndAnAirBaseStayAsTheyAre() {
        // two names of the lists side by side are two places
        assertThat(mentions("from/O Kansas/STATE_OR_PROVINCE France/COUNTRY ./O"))
                .containsExactly("LOCATION:Kansas", "LOCATION:France");
        // a province "of" a country: two places, and the first does not end in "of"
        assertThat(mentions("to/O the/O Taldoran/LOCATION Province/LOCATION of/LOCATION Canada/COUNTRY ,/O"))
                .containsExactly("LOCATION:Taldoran Province", "LOCATION:Canada");
        // a dash between two places joins nothing and is no place
        assertThat(mentions("the/O Singapore/COUNTRY -/LOCATION Sydney/CITY route/O"))
                .containsExactly("LOCATION:Singapore", "LOCATION:Sydney");
        // an air base is a place; "Air" alone is no airline
        assertThat(mentions("at/O Dunmarra/LOCATION Air/LOCATION Force/LOCATION Base/LOCATION ./O"))
                .containsExactly("LOCATION:Dunmarra Air Force Base");
        assertThat(mentions("the/O Air/LOCATION ,/O she/O said/O"))
                .containsExactly("LOCATION:Air");
        // a person beside a place is not joined to it
        assertThat(mentions("Mara/PERSON Brenvika/PERSON France/COUNTRY"))
                .containsExactly("PERSON:Mara Brenvika", "LOCATION:France");
    }
}
