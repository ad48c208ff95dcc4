package org.casefile.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * UTF-16 char offsets of one text to code-point offsets, from the positions of its surrogate
 * pairs: a lookup is a binary search (and nothing for a text without any), where
 * {@link String#codePointCount} counts from the start of the text on every citation. Built once
 * per text and kept while the text lives.
 */
final class CodePointIndex {
    private static final Map<String, CodePointIndex> BY_TEXT = Collections.synchronizedMap(new WeakHashMap<>());
    private static final int[] NONE = {};

    /** The char offset of each low surrogate that completes a pair, ascending. */
    private final int[] lows;

    private CodePointIndex(int[] lows) {
        this.lows = lows;
    }

    /** The index of a text (built on first use, then shared). */
    static CodePointIndex of(String text) {
        return BY_TEXT.computeIfAbsent(text, CodePointIndex::build);
    }

    static CodePointIndex build(String text) {
        int[] lows = NONE;
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == lows.length) {
                    lows = Arrays.copyOf(lows, Math.max(16, n * 2));
                }
                lows[n++] = i;
                i++; // a low surrogate cannot start the next pair
            }
        }
        return new CodePointIndex(n == lows.length ? lows : Arrays.copyOf(lows, n));
    }

    /** As {@code text.codePointCount(begin, end)}. */
    int codePointCount(int begin, int end) {
        if (lows.length == 0 || end - begin < 2) {
            return end - begin;
        }
        // a pair is one code point when both halves are inside: its low surrogate in (begin, end)
        return end - begin - (below(end) - below(begin + 1));
    }

    /** How many pairs have their low surrogate before {@code offset}. */
    private int below(int offset) {
        int i = Arrays.binarySearch(lows, offset);
        return i >= 0 ? i : -i - 1;
    }
}
