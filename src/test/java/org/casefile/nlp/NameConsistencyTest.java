package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-tagged sentences: "word/TAG" tokens, O for no entity. */
class NameConsistencyTest {

    private static CoreMap sentence(String tagged) {
        return HandLabels.sentence(tagged);
    }

    private static List<String> tags(List<CoreMap> sentences) {
        return HandLabels.nerTags(sentences);
    }

    @Test
    void aSurnameTheDocumentGaveInFullIsThatPersonWhereTheTaggerMissedIt() {
        List<CoreMap> doc = List.of(
                sentence("Councilwoman/TITLE Ada/PERSON Veltri/PERSON was/O indicted/O ./O"),
                sentence("Veltri/O pleaded/O not/O guilty/O ./O"),
                sentence("Prosecutors/O said/O Veltri/O took/O bribes/O ./O"));
        NameConsistency.apply("", doc);
        assertThat(tags(doc)).containsExactly(
                "Councilwoman/TITLE Ada/PERSON Veltri/PERSON was/O indicted/O ./O",
                "Veltri/PERSON pleaded/O not/O guilty/O ./O",
                "Prosecutors/O said/O Veltri/PERSON took/O bribes/O ./O");
    }

    @Test
    void aNameSuffixIsNoSurname() {
        List<CoreMap> doc = List.of(
                sentence("Bram/PERSON Okonjo/PERSON Jr./PERSON spoke/O ./O"),
                sentence("Okonjo/O left/O ./O"));
        NameConsistency.apply("", doc);
        assertThat(tags(doc).get(1)).isEqualTo("Okonjo/PERSON left/O ./O");
    }

    @Test
    void aWordBesideAnotherUntaggedNameOrAWordTheDocumentWritesInSmallLettersStaysAsItIs() {
        List<CoreMap> doc = List.of(
                sentence("Singer/O Lyle/PERSON Young/PERSON and/O Hollis/PERSON performed/O ./O"),
                // part of a longer untagged name: maybe a company
                sentence("Young/O Brothers/O Haulage/O closed/O ./O"),
                // the document writes "young" as a word: at a sentence's start it stays one
                sentence("Young/O voters/O stayed/O home/O ./O"),
                sentence("Many/O young/O people/O left/O ./O"),
                // a name tagged as a person alone, never written in small letters, is one everywhere
                sentence("Hollis/O sang/O ./O"));
        NameConsistency.apply("", doc);
        assertThat(tags(doc).subList(1, 5)).containsExactly(
                "Young/O Brothers/O Haulage/O closed/O ./O",
                "Young/O voters/O stayed/O home/O ./O",
                "Many/O young/O people/O left/O ./O",
                "Hollis/PERSON sang/O ./O");
    }

    @Test
    void aWordTaggedAsSomethingElseKeepsItsTag() {
        List<CoreMap> doc = List.of(
                sentence("Judge/TITLE Mirela/PERSON Vantreska/PERSON ruled/O ./O"),
                sentence("The/O Vantreska/LOCATION bridge/O reopened/O ./O"));
        NameConsistency.apply("", doc);
        assertThat(tags(doc).get(1)).isEqualTo("The/O Vantreska/LOCATION bridge/O reopened/O ./O");
    }

    @Test
    void aNameTaggedAsAPersonAloneSpreadsUnlessTheDocumentWritesItInSmallLetters() {
        List<CoreMap> doc = List.of(
                sentence("The/O director/O ,/O Corwin/LOCATION Maltravers/LOCATION ,/O was/O arrested/O ./O"),
                sentence("Maltravers/PERSON ,/O 61/O ,/O appeared/O ./O"),
                sentence("Lawyers/O for/O Maltravers/PERSON declined/O ./O"),
                sentence("If/O convicted/O ,/O Maltravers/O could/O face/O prison/O ./O"),
                // "Hope" is tagged as a person, but the document also writes "hope"
                sentence("Then/O Hope/PERSON spoke/O ./O"),
                sentence("They/O said/O Hope/O was/O lost/O and/O that/O hope/O remained/O ./O"));
        NameConsistency.apply("", doc);
        assertThat(tags(doc).get(3)).isEqualTo("If/O convicted/O ,/O Maltravers/PERSON could/O face/O prison/O ./O");
        assertThat(tags(doc).get(5)).isEqualTo("They/O said/O Hope/O was/O lost/O and/O that/O hope/O remained/O ./O");
    }

    @Test
    void aLoneTagAtASentencesStartOnceAMonthOrWeekdayAndAWordBesideDigitsDoNotSpread() {
        List<CoreMap> doc = List.of(
                sentence("Plaintiff/PERSON filed/O the/O motion/O ./O"),
                sentence("The/O court/O ruled/O for/O Plaintiff/O ./O"),
                sentence("Senator/TITLE Corwin/PERSON March/PERSON spoke/O ./O"),
                sentence("The/O vote/O is/O set/O for/O March/O ./O"),
                sentence("Judge/TITLE Isaura/PERSON Brenning/PERSON ruled/O ./O"),
                sentence("Filed/O under/O Brenning/O 2024/O ./O"));
        NameConsistency.apply("", doc);
        assertThat(tags(doc)).containsExactly(
                "Plaintiff/PERSON filed/O the/O motion/O ./O",
                "The/O court/O ruled/O for/O Plaintiff/O ./O",
                "Senator/TITLE Corwin/PERSON March/PERSON spoke/O ./O",
                "The/O vote/O is/O set/O for/O March/O ./O",
                "Judge/TITLE Isaura/PERSON Brenning/PERSON ruled/O ./O",
                "Filed/O under/O Brenning/O 2024/O ./O");
    }
}
