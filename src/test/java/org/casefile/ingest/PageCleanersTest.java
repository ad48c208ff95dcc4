package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageCleanersTest {
    private final PleadingLineNumbers pleading = new PleadingLineNumbers();
    private final LineReflow reflow = new LineReflow();

    private static String numbersBlock(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> i + " \n\n").collect(Collectors.joining());
    }

    @Test
    void removesAMarginBlockOfLineNumbers() {
        String page = "\n" + numbersBlock(1, 28) + "ORDER\n\nOn July 13, 2016, the Court issued an order\n\n"
                + "1. Defendant Leon is enjoined.\n\nCase 8:16-cv-01261 Document 40 Page 2 of 4\n";
        assertThat(TextNormalizer.normalize(pleading.clean(page))).isEqualTo(
                "ORDER\n\nOn July 13, 2016, the Court issued an order\n\n1. Defendant Leon is enjoined.\n\n"
                        + "Case 8:16-cv-01261 Document 40 Page 2 of 4");
    }

    @Test
    void removesLineNumbersMergedIntoTheLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 28; i++) {
            lines.add(i % 3 == 0 ? String.valueOf(i) : i + "   text of line " + i + " filed in 2016");
        }
        String cleaned = pleading.clean(String.join("\n", lines));
        List<String> out = cleaned.lines().toList();
        assertThat(out).hasSize(28);
        assertThat(out.get(0)).isEqualTo("text of line 1 filed in 2016");
        assertThat(out.get(2)).isEmpty();
        assertThat(out.get(27)).isEqualTo("text of line 28 filed in 2016");
    }

    @Test
    void keepsParagraphNumbersYearsAndPageNumbers() {
        String page = "1.\n2.\n3\n2016\n4 days later\n5 ";
        assertThat(pleading.clean(page)).isEqualTo(page); // no run of ten
        String withPageNumber = numbersBlock(1, 28) + "text\n\n29\n\n3\n";
        assertThat(TextNormalizer.normalize(pleading.clean(withPageNumber))).isEqualTo("text\n\n29\n\n3");
    }

    @Test
    void prefersNumbersAloneOnTheirLinesOverNumbersStartingText() {
        String page = numbersBlock(1, 26) + "27 days after the hearing the parties settled.\n";
        assertThat(TextNormalizer.normalize(pleading.clean(page)))
                .isEqualTo("27 days after the hearing the parties settled.");
    }

    @Test
    void joinsTheLinesOfADoubleSpacedPage() {
        String page = "- 3 -\n\n"
                + "SELYA, Circuit Judge.  This interlocutory appeal arises \n\n"
                + "out of the chaotic early weeks of the COVID-19 pandemic.  \n\n"
                + "Defendant-appellee Janet T. Mills, the Governor of Maine, \n\n"
                + "responded to the growing threat of contagion by issuing a \n\n"
                + "series of orders. \n\n"
                + "I. BACKGROUND \n\n"
                + "We draw the facts from the limited record available in \n\n"
                + "the district court, including the verified complaint and \n\n"
                + "accompanying motion. \n\n"
                + "Case: 20-1507     Document: 00117684624     Page: 3      Date Filed: 12/22/2020\n";
        assertThat(TextNormalizer.normalize(reflow.clean(page))).isEqualTo("- 3 -\n\n"
                + "SELYA, Circuit Judge.  This interlocutory appeal arises\n"
                + "out of the chaotic early weeks of the COVID-19 pandemic.\n"
                + "Defendant-appellee Janet T. Mills, the Governor of Maine,\n"
                + "responded to the growing threat of contagion by issuing a\n"
                + "series of orders.\n\n"
                + "I. BACKGROUND\n\n"
                + "We draw the facts from the limited record available in\n"
                + "the district court, including the verified complaint and\n"
                + "accompanying motion.\n\n"
                + "Case: 20-1507     Document: 00117684624     Page: 3      Date Filed: 12/22/2020");
    }

    @Test
    void aPageNumberNeverJoinsASentence() {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            page.append("line ").append(i).append(" of a double-spaced paragraph that runs on and on \n\n");
        }
        page.append("4\n");
        assertThat(TextNormalizer.normalize(reflow.clean(page.toString())))
                .endsWith("line 9 of a double-spaced paragraph that runs on and on\n\n4")
                .startsWith("line 1 of a double-spaced paragraph that runs on and on\nline 2 ");
    }

    @Test
    void leavesPagesWithRealParagraphsAlone() {
        String page = "The first paragraph has\nseveral lines that belong\ntogether.\n\n"
                + "The second one\ntoo.\n\nA heading\n\nAnd a last paragraph\nof two lines.\n";
        assertThat(reflow.clean(page)).isEqualTo(page);
        String shortPage = "One line.\n\nTwo lines.\n\nThree.\n";
        assertThat(reflow.clean(shortPage)).isEqualTo(shortPage);
    }
}
