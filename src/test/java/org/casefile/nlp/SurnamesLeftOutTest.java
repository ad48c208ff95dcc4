package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A surname the tagger cut off a full name ("Benedek" tagged, the surname after it read as a common
 * noun) joins the person when the document uses it alone elsewhere; hand-tagged "word/NER" sentences.
 */
class SurnamesLeftOutTest {

    private static List<String> apply(String... tagged) {
        List<CoreMap> doc = java.util.Arrays.stream(tagged).map(HandLabels::sentence).toList();
        NameConsistency.apply("", doc);
        return HandLabels.nerTags(doc);
    }

    @Test
    void aWordAfterAOneWordPersonThatTheStoryUsesAloneIsTheSurname() {
        assertThat(apply(
                "defeating/O Attorney/TITLE General/TITLE Oriel/PERSON Vasquenne/O by/O 8/NUMBER points/O ./O",
                "Vasquenne/O conceded/O before/O midnight/TIME ./O",
                "An/O aide/O accused/O Vasquenne/O of/O misusing/O funds/O ./O"))
                .containsExactly(
                        "defeating/O Attorney/TITLE General/TITLE Oriel/PERSON Vasquenne/PERSON by/O 8/NUMBER points/O ./O",
                        "Vasquenne/PERSON conceded/O before/O midnight/TIME ./O",
                        "An/O aide/O accused/O Vasquenne/PERSON of/O misusing/O funds/O ./O");
    }

    @Test
    void withoutALoneUseElsewhereTheWordIsNotJoined() {
        assertThat(apply(
                "The/O mayor/O thanked/O Liesbeth/PERSON Quarrington/O ./O",
                "She/O left/O early/O ./O"))
                .containsExactly(
                        "The/O mayor/O thanked/O Liesbeth/PERSON Quarrington/O ./O",
                        "She/O left/O early/O ./O");
    }

    @Test
    void aBodyACalendarWordOrAWordTheStoryWritesInSmallLettersIsNotASurname() {
        assertThat(apply(
                // another capitalised word after it: perhaps a body named for her
                "funded/O by/O Liesbeth/PERSON Orrin/O Foundation/O grants/O ./O",
                "Orrin/O grew/O ./O",
                // a weekday
                "told/O Tamsel/PERSON Monday/O that/O he/O would/O stay/O ./O",
                "Monday/O was/O quiet/O ./O",
                // written in small letters elsewhere: a word, not a name
                "asked/O Tamsel/PERSON Harbour/O fees/O ./O",
                "Harbour/O fees/O rose/O ,/O and/O the/O harbour/O froze/O ./O"))
                .containsExactly(
                        "funded/O by/O Liesbeth/PERSON Orrin/O Foundation/O grants/O ./O",
                        "Orrin/O grew/O ./O",
                        "told/O Tamsel/PERSON Monday/O that/O he/O would/O stay/O ./O",
                        "Monday/O was/O quiet/O ./O",
                        "asked/O Tamsel/PERSON Harbour/O fees/O ./O",
                        "Harbour/O fees/O rose/O ,/O and/O the/O harbour/O froze/O ./O");
    }
}
