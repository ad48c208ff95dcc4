package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A lone "person" that opens an organisation's name elsewhere in the story, and no person's full name, is that organisation; hand-tagged. */
class LoneCompanyWordsTest {

    private static List<String> apply(Set<String> lowercase, String... sentences) {
        List<CoreMap> maps = java.util.Arrays.stream(sentences).map(HandLabels::sentence).toList();
        CompanyShortNames.loneFirstWords(maps, lowercase);
        return HandLabels.nerTags(maps);
    }

    @Test
    void aHeadlinesLoneWordOpeningACompanysNameIsThatCompany() {
        assertThat(apply(Set.of("recalls", "said"),
                "Quorvane/PERSON recalls/O heaters/O",
                "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O Monday/DATE"))
                .containsExactly("Quorvane/ORGANIZATION recalls/O heaters/O",
                        "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O Monday/DATE");
        // a title-case headline: its next word is a word the story writes in small letters
        assertThat(apply(Set.of("recalls", "said"),
                "Quorvane/PERSON Recalls/O Heaters/O",
                "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O"))
                .containsExactly("Quorvane/ORGANIZATION Recalls/O Heaters/O",
                        "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O");
    }

    @Test
    void aPersonWhoseFullNameHasTheWordStaysAPerson() {
        assertThat(apply(Set.of("won", "paid", "said"),
                "Ilsabet/PERSON Drummore/PERSON won/O",
                "Drummore/ORGANIZATION Freight/ORGANIZATION paid/O",
                "Drummore/PERSON said/O"))
                .containsExactly("Ilsabet/PERSON Drummore/PERSON won/O",
                        "Drummore/ORGANIZATION Freight/ORGANIZATION paid/O",
                        "Drummore/PERSON said/O");
    }

    @Test
    void otherLoneWordsAreLeftAlone() {
        // no organisation opens with it
        assertThat(apply(Set.of("said"), "Quorvane/PERSON said/O", "Velby/ORGANIZATION Kitchenware/ORGANIZATION said/O"))
                .containsExactly("Quorvane/PERSON said/O", "Velby/ORGANIZATION Kitchenware/ORGANIZATION said/O");
        // the word inside a person's longer name ("Quorvane Tesk"), or beside an untagged name word
        assertThat(apply(Set.of("said"), "Quorvane/PERSON Tesk/PERSON said/O",
                "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O", "met/O Quorvane/PERSON Ostby/O"))
                .containsExactly("Quorvane/PERSON Tesk/PERSON said/O",
                        "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O", "met/O Quorvane/PERSON Ostby/O");
        // a word the story also writes in small letters
        assertThat(apply(Set.of("said", "summit"), "Summit/PERSON said/O",
                "Summit/ORGANIZATION Kitchenware/ORGANIZATION said/O", "the/O summit/O"))
                .containsExactly("Summit/PERSON said/O",
                        "Summit/ORGANIZATION Kitchenware/ORGANIZATION said/O", "the/O summit/O");
        // an organisation's second word does not count
        assertThat(apply(Set.of("said"), "Kitchenware/PERSON said/O", "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O"))
                .containsExactly("Kitchenware/PERSON said/O", "Quorvane/ORGANIZATION Kitchenware/ORGANIZATION said/O");
    }
}
