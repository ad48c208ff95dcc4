package org.casefile.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The quoted passages of a text, in the forms news uses: curly quotes, straight quotes, and the
 * doubled apostrophes of some archives ({@code ''like this''}). A quote that is still open at the
 * end of its paragraph continues when the next paragraph opens with a quote mark (the news
 * convention for a quote running over several paragraphs): its pieces are one {@link Quote}.
 * Single quotes are never read as quote marks (they are apostrophes far more often).
 */
final class QuoteSpans {
    /** One quoted passage; each piece is the text between its marks, one per paragraph. */
    record Quote(List<Piece> pieces) {
        Quote {
            pieces = List.copyOf(pieces);
        }

        int begin() {
            return pieces.get(0).begin();
        }

        int end() {
            return pieces.get(pieces.size() - 1).end();
        }

        /** Offset of the opening mark. */
        int outerBegin() {
            return pieces.get(0).outerBegin();
        }

        /** Offset just after the closing mark (or the end of the last piece when none closes it). */
        int outerEnd() {
            return pieces.get(pieces.size() - 1).outerEnd();
        }
    }

    /** Text between quote marks: {@code begin}/{@code end} inside the marks, the outer pair around them. */
    record Piece(int outerBegin, int begin, int end, int outerEnd) {
    }

    private QuoteSpans() {
    }

    static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        List<Piece> open = new ArrayList<>(); // pieces of a quote still running into the next paragraph
        int p = 0;
        while (p < text.length()) {
            int paragraphEnd = text.indexOf('\n', p);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            int i = p;
            if (!open.isEmpty() && text.substring(p, paragraphEnd).isBlank()) {
                p = paragraphEnd + 1; // a blank line between the paragraphs of a running quote
                continue;
            }
            if (!open.isEmpty()) {
                int first = skipSpaces(text, p, paragraphEnd);
                int mark = openingMark(text, first, paragraphEnd);
                if (mark == 0) {
                    // the paragraph does not continue the quote: it ended with the last paragraph
                    quotes.add(new Quote(open));
                    open.clear();
                } else {
                    i = first + mark;
                    int close = closing(text, i, paragraphEnd);
                    if (close < 0) {
                        open.add(new Piece(first, i, trimEnd(text, i, paragraphEnd), paragraphEnd));
                        i = paragraphEnd;
                    } else {
                        open.add(new Piece(first, i, close, close + markLength(text, close)));
                        quotes.add(new Quote(open));
                        open.clear();
                        i = close + markLength(text, close);
                    }
                }
            }
            while (i < paragraphEnd) {
                int mark = openingMark(text, i, paragraphEnd);
                if (mark == 0) {
                    i++;
                    continue;
                }
                int inner = i + mark;
                int close = closing(text, inner, paragraphEnd);
                if (close < 0) {
                    // open to the paragraph's end: a quote that runs on, if the next paragraph says so
                    if (paragraphEnd - inner > 0 && paragraphEnd < text.length()) {
                        open.add(new Piece(i, inner, trimEnd(text, inner, paragraphEnd), paragraphEnd));
                    }
                    break;
                }
                if (close > inner) {
                    quotes.add(new Quote(List.of(new Piece(i, inner, close, close + markLength(text, close)))));
                }
                i = close + markLength(text, close);
            }
            p = paragraphEnd + 1;
        }
        if (!open.isEmpty()) {
            quotes.add(new Quote(open));
        }
        return quotes;
    }

    /** Length of an opening quote mark at {@code i} (0 when none). */
    private static int openingMark(String text, int i, int limit) {
        if (i >= limit) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '\u201C' || c == '"') {
            return 1;
        }
        if ((c == '\'' || c == '`') && i + 1 < limit && text.charAt(i + 1) == c
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
            return 2;
        }
        return 0;
    }

    /** The offset of the mark that closes a quote opened before {@code from}, or -1. */
    private static int closing(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\u201D' || c == '"') {
                return i;
            }
            if (c == '\'' && i + 1 < limit && text.charAt(i + 1) == '\'') {
                return i;
            }
            if (c == '\u201C' && closesAsTypo(text, from, i, limit)) {
                return i;
            }
            if (c == '\u201C') {
                return -1; // a new quote opens before this one closed: unbalanced, read no quote
            }
        }
        return -1;
    }

    /**
     * Whether an opening curly mark at {@code i} is a typo for the closing one: it stands right
     * after the quote's last punctuation and before a space or the paragraph's end ("“It was
     * close,“ said Ann Lee", "“We won.“ Then …"), where a quote never opens.
     */
    private static boolean closesAsTypo(String text, int from, int i, int limit) {
        return i > from && ",.?!".indexOf(text.charAt(i - 1)) >= 0
                && (i + 1 >= limit || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static int markLength(String text, int i) {
        return text.charAt(i) == '\'' ? 2 : 1;
    }

    private static int skipSpaces(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
