package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-tagged first sentences of stories: "word/TAG" tokens, O for no entity; "|" joins two sentences on one line. */
class DatelinesTest {

    /** The sentences of a text whose lines are given; each line's sentences are split at " | ". */
    private static List<CoreMap> story(StringBuilder text, String... lines) {
        List<CoreMap> out = new ArrayList<>();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            for (String sentence : line.split(" \\| ")) {
                List<CoreLabel> labels = HandLabels.of(sentence, CoreLabel::setNER);
                for (CoreLabel l : labels) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                        text.append(' ');
                    }
                    l.setBeginPosition(text.length());
                    text.append(l.word());
                    l.setEndPosition(text.length());
                }
                CoreMap s = new ArrayCoreMap();
                s.set(CoreAnnotations.TokensAnnotation.class, labels);
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> tags(StringBuilder text, List<CoreMap> sentences) {
        Datelines.apply(text.toString(), sentences);
        return HandLabels.nerTags(sentences);
    }

    /** "word/NER" items whose tokens start at the given offsets of a text written by hand. */
    private static List<CoreLabel> at(String items, int... begins) {
        List<CoreLabel> labels = HandLabels.of(items, CoreLabel::setNER);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).setBeginPosition(begins[i]);
            labels.get(i).setEndPosition(begins[i] + labels.get(i).word().length());
        }
        return labels;
    }

    @Test
    void aPlaceInCapitalsBeforeADashOpeningTheStoryIsAPlaceHoweverTheTaggerReadIt() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> doc = story(text, "Jury/O acquits/O quarry/O manager/O",
                "ORRIN/ORGANIZATION BLUFFS/O \u2014/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        assertThat(tags(text, doc)).containsExactly("Jury/O acquits/O quarry/O manager/O",
                "ORRIN/LOCATION BLUFFS/LOCATION \u2014/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
    }

    @Test
    void aPlaceWithItsRegionOrAgencyBeforeTheDashIsAPlace() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> doc = story(text, "PORT/O ELDER/PERSON ,/O Maine/STATE_OR_PROVINCE (/O AP/ORGANIZATION )/O \u2014/O Police/O said/O ./O");
        assertThat(tags(text, doc)).containsExactly(
                "PORT/LOCATION ELDER/LOCATION ,/O Maine/STATE_OR_PROVINCE (/O AP/ORGANIZATION )/O \u2014/O Police/O said/O ./O");
    }

    @Test
    void aDashJoinedToThePlaceStillClosesItAndAPlaceTagIsKept() {
        StringBuilder text = new StringBuilder("ORRIN BLUFFS\u2014A jury acquitted her .");
        List<CoreLabel> labels = at("ORRIN/CITY BLUFFS/O \u2014/O A/O jury/O acquitted/O her/O ./O", 0, 6, 12, 13, 15, 20, 29, 33);
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        assertThat(tags(text, List.of(s))).containsExactly("ORRIN/CITY BLUFFS/LOCATION \u2014/O A/O jury/O acquitted/O her/O ./O");
    }

    @Test
    void aCaptionOrANameInCapitalsWithItsDescriptionIsNoDateline() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> caption = story(text, "QUARNBY/ORGANIZATION COUNTY/ORGANIZATION ,/O Plaintiff/O ,/O -/O against/O -/O "
                + "TOVE/PERSON HALLICK/PERSON");
        assertThat(tags(text, caption)).containsExactly("QUARNBY/ORGANIZATION COUNTY/ORGANIZATION ,/O Plaintiff/O ,/O -/O "
                + "against/O -/O TOVE/PERSON HALLICK/PERSON");
        StringBuilder text2 = new StringBuilder();
        List<CoreMap> obituary = story(text2, "TOVE/PERSON HALLICK/PERSON ,/O a/O potter/O (/O 1940-2021/DATE )/O died/O ./O");
        assertThat(tags(text2, obituary)).containsExactly(
                "TOVE/PERSON HALLICK/PERSON ,/O a/O potter/O (/O 1940-2021/DATE )/O died/O ./O");
    }

    @Test
    void noDateline() {
        StringBuilder text = new StringBuilder();
        // a label in capitals that the tagger read as no name; capitals not followed by a dash or a comma
        List<CoreMap> labels = story(text, "UPDATE/O \u2014/O The/O vote/O was/O delayed/O ./O",
                "NORTHWIND/ORGANIZATION SHIPPING/ORGANIZATION reported/O a/O loss/O ./O");
        assertThat(tags(text, labels)).containsExactly("UPDATE/O \u2014/O The/O vote/O was/O delayed/O ./O",
                "NORTHWIND/ORGANIZATION SHIPPING/ORGANIZATION reported/O a/O loss/O ./O");
        // a hyphen joined to the word, split off by the tokenizer ("HALDEN-NW/CC welcomes …")
        List<CoreLabel> joined = at("HALDEN/ORGANIZATION -/O NW/CC/O welcomes/O the/O ruling/O ./O", 0, 6, 7, 13, 22, 26, 33);
        assertThat(Datelines.placeRun("HALDEN-NW/CC welcomes the ruling .", joined)).isZero();
        // not at the start of a line: a second sentence on the line
        StringBuilder text2 = new StringBuilder();
        List<CoreMap> inline = story(text2, "Talks/O resumed/O ./O | BRANT/ORGANIZATION \u2014/O the/O union/O agreed/O ./O");
        assertThat(tags(text2, inline)).containsExactly("Talks/O resumed/O ./O",
                "BRANT/ORGANIZATION \u2014/O the/O union/O agreed/O ./O");
        // past the first sentences of the document
        StringBuilder text3 = new StringBuilder();
        List<CoreMap> late = story(text3, "One/O ./O", "Two/O ./O", "Three/O ./O", "Four/O ./O",
                "DELLWICK/ORGANIZATION \u2014/O More/O ./O");
        assertThat(tags(text3, late).get(4)).isEqualTo("DELLWICK/ORGANIZATION \u2014/O More/O ./O");
    }

    @Test
    void aPlaceInCapitalsTheTaggerDidNotKnowIsAPlaceWhenTheStoryNeverWritesItsWordsSmall() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> doc = story(text, "Jury/O acquits/O quarry/O manager/O",
                "ORRIN/O BLUFFS/O -/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        assertThat(tags(text, doc).get(1)).isEqualTo("ORRIN/LOCATION BLUFFS/LOCATION -/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        // negative: a desk label, or a heading whose words the document writes in small letters
        StringBuilder text2 = new StringBuilder();
        List<CoreMap> label = story(text2, "BREAKING/O NEWS/O \u2014/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        assertThat(tags(text2, label).get(0)).isEqualTo("BREAKING/O NEWS/O \u2014/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        StringBuilder text3 = new StringBuilder();
        List<CoreMap> filing = story(text3, "ORDER/O \u2014/O The/O motion/O is/O granted/O ./O",
                "The/O order/O takes/O effect/O today/O ./O");
        assertThat(tags(text3, filing).get(0)).isEqualTo("ORDER/O \u2014/O The/O motion/O is/O granted/O ./O");
    }

    @Test
    void aPlaceTheTaggerDidNotKnowBeforeACommaAndARegionItKnowsIsAPlace() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> doc = story(text, "ORRIN/O BLUFFS/O ,/O Kan./STATE_OR_PROVINCE —/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        assertThat(tags(text, doc)).containsExactly(
                "ORRIN/LOCATION BLUFFS/LOCATION ,/O Kan./STATE_OR_PROVINCE —/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        // negatives: a region the tagger does not know either, and a label before the comma
        StringBuilder text2 = new StringBuilder();
        List<CoreMap> unknown = story(text2, "ORRIN/O BLUFFS/O ,/O Wexmoor/O —/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        assertThat(tags(text2, unknown)).containsExactly(
                "ORRIN/O BLUFFS/O ,/O Wexmoor/O —/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        StringBuilder text3 = new StringBuilder();
        List<CoreMap> label = story(text3, "UPDATE/O ,/O Kan./STATE_OR_PROVINCE —/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
        assertThat(tags(text3, label)).containsExactly(
                "UPDATE/O ,/O Kan./STATE_OR_PROVINCE —/O A/O jury/O acquitted/O Tove/PERSON Hallick/PERSON ./O");
    }

    @Test
    void aCaptionLabelOrAHeadlineOfCommonWordsIsNoPlace() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> caption = story(text, "FILE/O -/O In/O this/O photo/O ,/O Tove/PERSON Hallick/PERSON speaks/O ./O");
        assertThat(tags(text, caption).get(0)).isEqualTo("FILE/O -/O In/O this/O photo/O ,/O Tove/PERSON Hallick/PERSON speaks/O ./O");
        StringBuilder text2 = new StringBuilder();
        List<CoreMap> headline = story(text2, "STOCKS/O TUMBLE/O -/O Quarry/O stocks/O fell/O ./O");
        assertThat(tags(text2, headline).get(0)).isEqualTo("STOCKS/O TUMBLE/O -/O Quarry/O stocks/O fell/O ./O");
    }

    /** Tokens of one line of text written word by word with single spaces ("—" set off like a word). */
    private static List<CoreLabel> line(String items) {
        List<CoreLabel> labels = HandLabels.of(items, CoreLabel::setNER);
        int at = 0;
        for (CoreLabel l : labels) {
            l.setBeginPosition(at);
            at += l.word().length();
            l.setEndPosition(at);
            at++;
        }
        return labels;
    }

    @Test
    void theOneReadingOfADatelineEndsAtItsDashWhateverStandsBetweenPlaceAndDash() {
        // place, region, date and agency: every stage skips the same nine tokens
        assertThat(Datelines.length(line("BRASKETT/O FALLS/O ,/O Ore./O ,/O Sept./O 19/O (/O Harbor/O Wire/O )/O -/O A/O jury/O ./O")))
                .isEqualTo(12);
        // an agency written small, inside its parentheses
        assertThat(Datelines.length(line("QUILLANE/O (/O dpa/O )/O —/O Officials/O said/O ./O"))).isEqualTo(5);
        assertThat(Datelines.length(line("QUILLANE/O —/O The/O talks/O failed/O ./O"))).isEqualTo(2);
    }

    @Test
    void capitalsBeforeADashAreNoDatelineWhenAWordInSmallLettersComesBeforeOrAfterTheDash() {
        // an acronym as the subject of a clause with an aside: the parser must see the whole clause
        assertThat(Datelines.length(line("NASA/O on/O Tuesday/O delayed/O the/O launch/O —/O its/O third/O ./O"))).isZero();
        // an aside after a name in capitals
        assertThat(Datelines.length(line("NATO/O —/O long/O a/O bedrock/O —/O is/O fraying/O ./O"))).isZero();
        // a party in parentheses after a title: no capitals first
        assertThat(Datelines.length(line("Rep./O Ivo/O Marr/O (/O R/O )/O -/O a/O critic/O ./O"))).isZero();
        // a court caption
        assertThat(Datelines.length(line("QUILLANE/O COUNTY/O ,/O Plaintiff/O ,/O -/O against/O -/O IVO/O MARR/O"))).isZero();
        // a hyphen with no space before it joins words
        List<CoreLabel> joined = at("QUILLANE/O -/O based/O Wendholm/O Co./O said/O ./O", 0, 8, 9, 15, 24, 28, 33);
        assertThat(Datelines.length(joined)).isZero();
    }

    @Test
    void aPlaceBeforeACommaAndADateIsAPlaceWhenTheTaggerReadItAsAName() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> doc = story(text, "BRASKETT/ORGANIZATION FALLS/O ,/O Sept./DATE 19/DATE (/O UPI/ORGANIZATION )/O —/O Police/O said/O ./O");
        assertThat(tags(text, doc)).containsExactly(
                "BRASKETT/LOCATION FALLS/LOCATION ,/O Sept./DATE 19/DATE (/O UPI/ORGANIZATION )/O —/O Police/O said/O ./O");
        // negative: a name in capitals, a comma and a description in small letters before the dash
        StringBuilder text2 = new StringBuilder();
        List<CoreMap> profile = story(text2, "IVO/PERSON MARR/PERSON ,/O the/O potter/O —/O A/O profile/O ./O");
        assertThat(tags(text2, profile)).containsExactly("IVO/PERSON MARR/PERSON ,/O the/O potter/O —/O A/O profile/O ./O");
    }

    @Test
    void aRegionsJoiningWordsAnAgencyAfterTheCommaAndADashEndingTheSentenceKeepTheDateline() {
        assertThat(Datelines.length(line("QUILLANE/O ,/O Isle/O of/O Wendholm/O (/O AP/O )/O \u2014/O the/O talks/O failed/O ./O")))
                .isEqualTo(9);
        // a sentence that is all dateline has nothing to read apart
        assertThat(Datelines.length(line("QUILLANE/O (/O AP/O )/O \u2014/O"))).isZero();
        // a dash joined to both words closes only before a word that opens a sentence
        List<CoreLabel> joined = at("BRASKETT/O \u2014/O The/O talks/O failed/O ./O", 0, 8, 9, 13, 19, 25);
        assertThat(Datelines.length(joined)).isEqualTo(2);
    }

    @Test
    void aDashJoinedToTwoNamesOrRightAfterACommaIsNoDateline() {
        List<CoreLabel> talks = at("U.S./O \u2013/O Wendholm/O talks/O resume/O ./O", 0, 4, 5, 14, 20, 26);
        assertThat(Datelines.length(talks)).isZero();
        assertThat(Datelines.length(line("IVO/O MARR/O ,/O Plaintiff/O ,/O \u2014/O AGAINST/O \u2014/O QUILLANE/O"))).isZero();
    }

    @Test
    void aSurnameInCapitalsThenAGivenNameIsNoPlace() {
        StringBuilder text = new StringBuilder();
        List<CoreMap> obituary = story(text, "MARR/PERSON ,/O Ivo/PERSON ,/O 91/NUMBER \u2014/O Died/O at/O home/O ./O");
        assertThat(tags(text, obituary)).containsExactly("MARR/PERSON ,/O Ivo/PERSON ,/O 91/NUMBER \u2014/O Died/O at/O home/O ./O");
    }
}
