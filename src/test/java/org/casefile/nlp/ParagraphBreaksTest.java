package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paragraph breaks between two offsets are counted as a scan with {@code \n\s*\n} counts them. */
class ParagraphBreaksTest {
    private static int scanned(String text, int from, int to) {
        return text.substring(from, to).split("\n\\s*\n", -1).length - 1;
    }

    @Test
    void breaksBetweenOffsetsAreTheRunsOfWhiteSpaceWithTwoLineEndsInside() {
        String text = "The dam at Korvell held.\n\nOn Friday it broke. \n \t\n\n Crews came.\nThey left.\r\n\r\nNobody stayed.\n\n";
        NarrativeDates.ParagraphBreaks b = NarrativeDates.ParagraphBreaks.of(text);

        assertThat(b.between(0, text.length())).isEqualTo(4);
        assertThat(b.between(0, text.indexOf("On Friday"))).isEqualTo(1);
        assertThat(b.between(text.indexOf("Friday"), text.indexOf("They"))).isEqualTo(1); // one run, however long
        assertThat(b.between(text.indexOf("Crews"), text.indexOf("They"))).isZero(); // a single line end
        assertThat(b.between(text.indexOf("held."), text.indexOf("held.") + 5)).isZero();
        for (int from = 0; from < text.length(); from += 3) {
            for (int to = from; to <= text.length(); to += 5) {
                if (!Character.isWhitespace(text.charAt(Math.max(0, from - 1))) && (to == text.length()
                        || !Character.isWhitespace(text.charAt(to)))) {
                    assertThat(b.between(from, to)).as(from + ".." + to).isEqualTo(scanned(text, from, to));
                }
            }
        }
    }

    @Test
    void eachThreadKeepsTheLastTextItWasAskedAbout() {
        String one = "A.\n\nB.";
        String two = new String("A.\n\nB."); // equal, but another text
        assertThat(NarrativeDates.ParagraphBreaks.of(one)).isSameAs(NarrativeDates.ParagraphBreaks.of(one));
        assertThat(NarrativeDates.ParagraphBreaks.of(two).text()).isSameAs(two);
    }
}
