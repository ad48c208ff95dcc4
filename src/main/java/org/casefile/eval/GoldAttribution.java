package org.casefile.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold attribution (PolNeAR): who (source), by which words (cue), said what (content). Spans
 * are UTF-16 char offsets into the document text; a part may be discontinuous.
 *
 * @param id      the brat event id ({@code E3})
 * @param source  the source, or {@code null} when the annotators marked none
 * @param cue     the cue ("said", "according to", ":"), or {@code null}
 * @param content what is attributed; never {@code null}
 */
public record GoldAttribution(String id, Part source, Part cue, Part content) {

    public GoldAttribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }

    /**
     * A source, cue or content: its pieces in text order and their texts joined with a space.
     *
     * @param pieces the text pieces (one when continuous)
     * @param text   the pieces' texts joined with one space
     */
    public record Part(List<Span> pieces, String text) {
        public Part {
            if (pieces.isEmpty()) {
                throw new IllegalArgumentException("a part needs a piece");
            }
            pieces = List.copyOf(pieces);
        }

        /** A part whose text is read from the document. */
        public static Part of(List<Span> pieces, String documentText) {
            StringBuilder sb = new StringBuilder();
            for (Span s : pieces) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(s.textIn(documentText));
            }
            return new Part(pieces, sb.toString());
        }

        /** The covered range: from the first piece's begin to the last piece's end. */
        public Span range() {
            int b = Integer.MAX_VALUE;
            int e = 0;
            for (Span s : pieces) {
                b = Math.min(b, s.begin());
                e = Math.max(e, s.end());
            }
            return Span.of(b, e);
        }
    }

    /**
     * True when the content is a direct quote: it opens with a double quotation mark ({@code "}
     * or {@code “}), or one stands right before it (spaces allowed), and it closes with one ({@code "}
     * or {@code ”}), or one follows it, trailing punctuation ({@code .,;:!?}) and spaces allowed
     * on either side of the mark.
     */
    public boolean directQuote(String documentText) {
        Span r = content.range();
        return opensQuote(documentText, r.begin(), r.end()) && closesQuote(documentText, r.begin(), r.end());
    }

    private static boolean isOpen(char c) {
        return c == '"' || c == '“';
    }

    private static boolean isClose(char c) {
        return c == '"' || c == '”';
    }

    private static boolean isTrailing(char c) {
        return Character.isWhitespace(c) || ".,;:!?".indexOf(c) >= 0;
    }

    static boolean opensQuote(String text, int begin, int end) {
        int i = begin;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < end && isOpen(text.charAt(i))) {
            return true;
        }
        int j = begin - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && isOpen(text.charAt(j));
    }

    static boolean closesQuote(String text, int begin, int end) {
        int i = end - 1;
        while (i >= begin && isTrailing(text.charAt(i))) {
            i--;
        }
        if (i >= begin && isClose(text.charAt(i))) {
            return true;
        }
        int j = end;
        while (j < text.length() && isTrailing(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        return j < text.length() && isClose(text.charAt(j));
    }
}
