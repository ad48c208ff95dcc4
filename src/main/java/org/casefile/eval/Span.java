package org.casefile.eval;

/**
 * A typed character span: UTF-16 offsets into a document text, begin inclusive, end exclusive.
 *
 * @param begin first char index
 * @param end   one past the last char index
 * @param type  a label (entity type PER/ORG/LOC, TIMEX3 type, event class) or {@code null}
 */
public record Span(int begin, int end, String type) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** An untyped span. */
    public static Span of(int begin, int end) {
        return new Span(begin, end, null);
    }

    /** Number of chars covered. */
    public int length() {
        return end - begin;
    }

    /** True when the two spans share at least one char. */
    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** Number of chars the two spans share (0 when disjoint). */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    /** True when both spans have the same boundaries (types are ignored). */
    public boolean sameBounds(Span other) {
        return begin == other.begin && end == other.end;
    }

    /** The same boundaries with another type. */
    public Span withType(String newType) {
        return new Span(begin, end, newType);
    }

    /** The text this span covers in {@code text}. */
    public String textIn(String text) {
        return text.substring(begin, end);
    }
}
