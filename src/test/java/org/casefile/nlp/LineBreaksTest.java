package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineBreaksTest {
    /** The whole text as one sentence of whitespace-separated tokens, as the splitter leaves a text without a full stop between its lines. */
    private static List<CoreMap> oneSentence(String text) {
        List<CoreLabel> labels = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\s\\u00a0]+").matcher(text); // the tokenizer reads a no-break space as a space
        while (m.find()) {
            CoreLabel l = new CoreLabel();
            l.setWord(m.group());
            l.setBeginPosition(m.start());
            l.setEndPosition(m.end());
            labels.add(l);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, labels.get(0).beginPosition());
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, labels.get(labels.size() - 1).endPosition());
        return List.of(s);
    }

    private static List<String> sentences(String text, boolean paged) {
        return LineBreaks.split(text, oneSentence(text), paged).stream()
                .map(s -> text.substring(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)))
                .toList();
    }

    /** A paragraph wrapped at a width, greedily, as mail programs and old wire copy do. */
    private static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    @Test
    void theHeadlineTheBylineAndTheDatelineOnLinesOfTheirOwnAreSentencesOfTheirOwn() {
        String text = "Harbour levy doubled after storm\nBy Mirela Tost\nOSSWICK — The council on Monday doubled the levy "
                + "that fishing boats pay.";
        assertThat(sentences(text, false)).containsExactly("Harbour levy doubled after storm", "By Mirela Tost",
                "OSSWICK — The council on Monday doubled the levy that fishing boats pay.");
    }

    @Test
    void aNoBreakSpaceBeforeTheLineBreakIsASpace() {
        String text = "By Mirela Tost\u00a0\n\u201cWe will not pay it,\u201d the harbour master said.";
        assertThat(sentences(text, false)).containsExactly("By Mirela Tost",
                "\u201cWe will not pay it,\u201d the harbour master said.");
    }

    @Test
    void aDateLineUnderTheHeadlineIsASentenceOfItsOwn() {
        String text = "Quarry owner fined\nMarch 3, 2019\nThe Brightwater quarry was fined on Friday.";
        assertThat(sentences(text, false)).containsExactly("Quarry owner fined", "March 3, 2019",
                "The Brightwater quarry was fined on Friday.");
    }

    @Test
    void aHardWrappedParagraphStaysOneSentenceEvenWhereALineOpensWithAName() {
        String paragraph = "The council in Osswick voted on Monday to double the harbour levy paid by fishing boats, "
                + "a rise that the mayor, Corvin Ashby, said would pay for North Quay repairs before Winterfold "
                + "Bay freezes, and that Ashby called overdue.";
        for (int width = 40; width <= 76; width++) {
            String text = wrap(paragraph, width);
            assertThat(sentences(text, false)).as("wrapped at %d", width).containsExactly(text);
        }
    }

    @Test
    void aHeadlineAboveAHardWrappedParagraphIsCutWhereItAndTheNextWordFitTheWidth() {
        String body = wrap("The council in Osswick voted on Monday to double the harbour levy paid by fishing boats, "
                + "a rise that the mayor said would pay for repairs.", 60);
        assertThat(sentences("Osswick doubles levy\n" + body, false)).containsExactly("Osswick doubles levy", body);
    }

    @Test
    void aLineEndingWithACommaOrADashOrFollowedBySmallLettersRunsOn() {
        assertThat(sentences("Mirela Tost,\nOsswick's harbour master, said the levy was fair.", false)).hasSize(1);
        assertThat(sentences("The levy rose —\nOsswick's harbour master said on Monday.", false)).hasSize(1);
        assertThat(sentences("Osswick doubles levy\nfor boats, the council said.", false)).hasSize(1);
        assertThat(sentences("\"We will not pay it,\"\nHalden Roke said.", false)).hasSize(1);
        assertThat(sentences("Roke: \"We will not pay\"\nHalden Roke said on Monday he would appeal.", false)).hasSize(2);
    }

    @Test
    void aPagedTextKeepsItsLinesAsTheTypesetterBrokeThem() {
        assertThat(sentences("ORDER GRANTING MOTION\nThe motion of Halden Roke is granted.", true)).hasSize(1);
    }

    @Test
    void theWrapWidthIsTheLongestLineThatRunsOnIntoSmallLetters() {
        assertThat(LineBreaks.wrapWidth("Osswick doubles levy\nThe council voted\non Monday.\n")).isEqualTo(17);
        // negative: a line ending with a colon is no wrapped line ("see below:" then "please …")
        assertThat(LineBreaks.wrapWidth("Notice to all harbour users of Osswick, see below:\nplease pay the levy.\n"))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(LineBreaks.wrapWidth("Osswick doubles levy\nThe council voted on Monday.\n")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aLineEndingWithAFunctionWordOrAMonthRunsOn() {
        // negative: "the week of⏎June 9", "March⏎14" are one phrase, even in a text's head
        assertThat(sentences("Osswick hearing set for the week of\nJune 9 after the harbour master asked for more time to reply.",
                false)).hasSize(1);
        assertThat(sentences("Osswick hearing moved to March\n14 after the harbour master fell ill in the winter storms.",
                false)).hasSize(1);
    }

    @Test
    void aLineBreakInTheBodyIsTheSplittersToJudge() {
        // negative: after the first line that ends a sentence, a single line break cuts nothing
        String text = "Osswick doubles levy\nThe council voted on Monday.\nThe mayor, Corvin\nAshby, said the money would go to repairs.";
        assertThat(sentences(text, false)).containsExactly("Osswick doubles levy",
                "The council voted on Monday.\nThe mayor, Corvin\nAshby, said the money would go to repairs.");
    }

    @Test
    void aFirstLineAsLongAsTheTextsLinesIsNoHeadline() {
        // negative: a short text broken by hand, every line about as long, none running on in small letters
        assertThat(sentences("Charges were filed against Halden\nRoke on Monday, prosecutors said.", false)).hasSize(1);
    }

    @Test
    void theHeadEndsAfterTheFirstLineThatEndsASentenceOrAfterFiveLines() {
        assertThat(LineBreaks.headEnd("Osswick doubles levy\nBy Mirela Tost\nThe council voted.\nMore text.")).isEqualTo(54);
        assertThat(LineBreaks.headEnd("a\n\nb\nc\nd\ne\nf\ng")).isEqualTo(10);
    }
}
