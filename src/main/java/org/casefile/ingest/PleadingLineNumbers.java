package org.casefile.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the margin line numbers of pleading paper (1 to 28 down the left edge of each page of
 * many US court filings) from a page's raw text, so that they do not end up inside sentences.
 *
 * <p>A line number is either a line holding only the number, or a number at the start of a line
 * followed by a space (when the extractor merged the margin into the text lines). It is removed
 * only when it belongs to a run 1, 2, 3, ... of at least {@value #MIN_RUN} such numbers, in
 * order, on the page; numbers alone on their lines are preferred. Paragraph numbers ("1."),
 * years, page numbers after the run and numbers inside lines are kept. Stateless and
 * thread-safe.
 */
final class PleadingLineNumbers implements PagedText.PageCleaner {
    /** Shortest run 1..n taken for margin numbering. */
    static final int MIN_RUN = 10;
    /** Pleading paper has 28 numbered lines (some forms 26). */
    static final int MAX_LINE_NUMBER = 28;

    /** A margin number: alone on its line, or followed by a space and the line's text. */
    private static final Pattern NUMBERED = Pattern.compile("^[ \\t\\u00A0]*(\\d{1,2})(?:[ \\t\\u00A0]+(.*))?$");

    @Override
    public String clean(String rawPage) {
        String[] lines = rawPage.split("\n", -1);
        int[] alone = new int[lines.length];
        int[] any = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            Matcher m = NUMBERED.matcher(stripCr(lines[i]));
            any[i] = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            alone[i] = m.matches() && (m.group(2) == null || m.group(2).isBlank()) ? any[i] : 0;
        }
        // numbers alone on their lines first (the margin came out as a block of its own), so
        // that text lines starting with a number are never taken when they need not be
        boolean[] run = longestRun(alone);
        if (run == null) {
            run = longestRun(any);
        }
        if (run == null) {
            return rawPage;
        }
        StringBuilder out = new StringBuilder(rawPage.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!run[i]) {
                out.append(lines[i]);
                continue;
            }
            Matcher m = NUMBERED.matcher(stripCr(lines[i]));
            if (m.matches() && m.group(2) != null) {
                out.append(m.group(2)); // keep the text after the margin number
            }
        }
        return out.toString();
    }

    /**
     * The lines of the longest run of line numbers 1, 2, 3, ... (in line order, other lines may
     * come between), or null when no run reaches {@value #MIN_RUN}.
     */
    private static boolean[] longestRun(int[] numbers) {
        int bestStart = -1;
        int bestLength = 0;
        for (int start = 0; start < numbers.length; start++) {
            if (numbers[start] != 1) {
                continue;
            }
            int expected = 1;
            for (int i = start; i < numbers.length && expected <= MAX_LINE_NUMBER; i++) {
                if (numbers[i] == expected) {
                    expected++;
                }
            }
            int length = expected - 1;
            if (length > bestLength) {
                bestLength = length;
                bestStart = start;
            }
        }
        if (bestLength < MIN_RUN) {
            return null;
        }
        boolean[] run = new boolean[numbers.length];
        int expected = 1;
        for (int i = bestStart; i < numbers.length && expected <= bestLength; i++) {
            if (numbers[i] == expected) {
                run[i] = true;
                expected++;
            }
        }
        return run;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
