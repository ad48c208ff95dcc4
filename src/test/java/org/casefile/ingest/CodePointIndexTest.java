package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-text code-point index gives what {@link String#codePointCount} gives, for every span. */
class CodePointIndexTest {

    private static void sameAsString(String text) {
        CodePointIndex index = CodePointIndex.build(text);
        for (int b = 0; b <= text.length(); b++) {
            for (int e = b; e <= text.length(); e++) {
                assertThat(index.codePointCount(b, e)).as("[%d, %d) of %s", b, e, text).isEqualTo(text.codePointCount(b, e));
            }
        }
    }

    @Test
    void textWithoutSurrogatesCountsChars() {
        sameAsString("Vessna Orlu signed the lease.");
        assertThat(CodePointIndex.build("Vessna Orlu").codePointCount(2, 9)).isEqualTo(7);
    }

    @Test
    void pairsCountOnceOnlyWhenBothHalvesAreInside() {
        String text = "a\uD83D\uDE00b\uD83C\uDF89\uD83C\uDF89 c\uD835\uDC00";
        sameAsString(text);
        CodePointIndex index = CodePointIndex.build(text);
        assertThat(index.codePointCount(0, text.length())).isEqualTo(8);
        // a span that splits a pair counts the half it holds as one code point, as String does
        assertThat(index.codePointCount(0, 2)).isEqualTo(2);
        assertThat(index.codePointCount(2, 4)).isEqualTo(2);
    }

    @Test
    void loneSurrogatesAreNotPairs() {
        sameAsString("x\uDE00\uD83Dy\uD83D");
        sameAsString("\uDE00\uDE00\uD83D\uD83D\uDE00");
    }

    @Test
    void citationsUseTheIndex() {
        String text = "\uD83D\uDE00 Merrow Tallis said so.";
        IngestedDocument d = new IngestedDocument("d1", "a.txt", null, "text/plain", null, null, null, PageMap.NONE, text,
                false, DocumentStatus.OK, null, null, null);
        Citation c = d.cite(3, 16);
        assertThat(c.text()).isEqualTo("Merrow Tallis");
        assertThat(c.start()).isEqualTo(2);
        assertThat(c.end()).isEqualTo(15);
    }
}
