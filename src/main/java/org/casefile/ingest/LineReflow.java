package org.casefile.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins the lines of a page that the PDF extractor made one paragraph each. PDFBox starts a
 * paragraph when the gap between two lines is large, so on double-spaced pages (most court
 * filings) every line comes out followed by a blank line, and the sentence splitter, which ends
 * a sentence at a blank line, would cut every sentence at every line end.
 *
 * <p>On such a page (most blocks between blank lines are single lines), a blank line is kept
 * only after a line clearly shorter than a full line (a heading, the last line of a paragraph);
 * otherwise the two lines are joined by a single line break, and the sentence splitter decides
 * (a full line that ends a sentence is still split at its full stop). An electronic filing
 * stamp ("Case 8:16-cv-01261 Document 40 Filed 08/05/16 Page 2 of 4") and a page number ("- 3 -")
 * always stand apart.
 * Other pages are returned unchanged. Stateless and thread-safe.
 */
final class LineReflow implements PagedText.PageCleaner {
    /** Pages with fewer text blocks are left alone. */
    static final int MIN_BLOCKS = 8;
    /** Share of single-line blocks from which a page counts as one-paragraph-per-line. */
    static final double SINGLE_LINE_SHARE = 0.75;
    /** A line shorter than this share of a full line ends its paragraph. */
    static final double SHORT_LINE = 0.7;

    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t\\u00A0\\r]*\\n)+");
    /** The stamp a federal court's electronic filing system prints on every page. */
    private static final Pattern ECF_STAMP = Pattern.compile(
            "\\s*Case:?\\s+\\S+\\s+(?:Document|Doc\\.|Dkt\\.):?\\s+\\S+\\s.*\\b(?:Filed|Page)\\b.*");

    /** "3", "- 3 -", "Page 3", "Page 3 of 5". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:-\\s*)?\\d{1,4}(?:\\s*-)?|(?i:page\\s+\\d+(?:\\s+of\\s+\\d+)?)");

    @Override
    public String clean(String rawPage) {
        String page = rawPage.replace("\r\n", "\n");
        List<String> blocks = new ArrayList<>();
        for (String block : BLANK_LINES.split(page)) {
            if (!block.isBlank()) {
                blocks.add(block);
            }
        }
        if (blocks.size() < MIN_BLOCKS) {
            return rawPage;
        }
        long single = blocks.stream().filter(b -> b.strip().indexOf('\n') < 0).count();
        if (single < SINGLE_LINE_SHARE * blocks.size()) {
            return rawPage;
        }
        double full = fullLineLength(blocks);
        StringBuilder out = new StringBuilder(page.length());
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (i > 0) {
                boolean apart = standsApart(firstLine(block).strip());
                out.append(apart || endsParagraph(blocks.get(i - 1), full) ? "\n\n" : "\n");
            }
            out.append(block);
        }
        return out.toString();
    }

    private static boolean endsParagraph(String block, double fullLength) {
        String last = lastLine(block).strip();
        return standsApart(last) || last.length() < SHORT_LINE * fullLength;
    }

    /** A filing stamp or a page number, which belong to no sentence. */
    private static boolean standsApart(String line) {
        return ECF_STAMP.matcher(line).matches() || PAGE_NUMBER.matcher(line).matches();
    }

    /**
     * The length of a full line: the longest line that is not a filing stamp. (A percentile
     * fails on a last page of a few short lines; a line longer than the rest only makes more
     * lines look short, which keeps the blank lines the page had.)
     */
    private static double fullLineLength(List<String> blocks) {
        return blocks.stream()
                .flatMap(b -> Arrays.stream(b.split("\n")))
                .map(String::strip)
                .filter(l -> !ECF_STAMP.matcher(l).matches())
                .mapToInt(String::length)
                .max()
                .orElse(0);
    }

    private static String firstLine(String block) {
        String b = block.stripLeading();
        int nl = b.indexOf('\n');
        return nl < 0 ? b : b.substring(0, nl);
    }

    private static String lastLine(String block) {
        String b = block.stripTrailing();
        int nl = b.lastIndexOf('\n');
        return nl < 0 ? b : b.substring(nl + 1);
    }
}
