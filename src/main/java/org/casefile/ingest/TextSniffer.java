package org.casefile.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Checks on bytes that claim to be plain text, before and after decoding: UTF-16 without a byte
 * order mark (found by its pattern of zero bytes), bytes too random to be text in any encoding
 * (their byte entropy), and decoded text that is mostly not text (replacement characters,
 * unassigned code points, private use, controls).
 */
final class TextSniffer {
    /** How many bytes from the start the byte checks read. */
    static final int HEAD = 1 << 16;

    private TextSniffer() {
    }

    /**
     * UTF-16BE or UTF-16LE when the bytes have the zero-byte pattern of UTF-16 text without a
     * byte order mark (text in Latin, Greek, Cyrillic... scripts: every other byte is zero);
     * else null.
     */
    static Charset utf16WithoutBom(byte[] bytes, int length) {
        int n = Math.min(length, HEAD) & ~1;
        if (n < 16) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZero++;
            }
            if (bytes[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * True when the bytes are UTF-8 with a few broken sequences, which charset detectors take for a
     * single-byte encoding (and every accented letter, curly quote and dash then turns into two or
     * three wrong characters): their well-formed multi-byte sequences are at least twice as many as
     * the bytes above 0x7F that belong to none. Text in a single-byte encoding has hardly any
     * well-formed sequences (a letter from 0xC2-0xF4 followed by the right number of bytes from
     * 0x80-0xBF).
     */
    static boolean mostlyUtf8(byte[] bytes, int length) {
        int wellFormed = 0;
        int stray = 0;
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            int k = 1;
            while (more > 0 && k <= more && i + k < length && (bytes[i + k] & 0xC0) == 0x80) {
                k++;
            }
            if (more > 0 && k == more + 1) {
                wellFormed++;
                i += k;
            } else {
                stray++;
                i++;
            }
        }
        return wellFormed > 0 && wellFormed >= 2 * stray;
    }

    /**
     * True when the first bytes are as random as compressed or encrypted data: text in any
     * encoding uses far fewer byte values, with a byte entropy below about 7 bits per byte
     * (UTF-8 CJK text included), where random bytes come close to 8. The threshold allows for the
     * smaller entropy a short sample shows; under 1 KiB there is no verdict.
     */
    static boolean looksRandom(byte[] bytes, int length) {
        int n = Math.min(length, HEAD);
        if (n < 1024) {
            return false;
        }
        return entropy(bytes, n) > 7.9 - 300.0 / n;
    }

    /** Shannon entropy of the first {@code n} bytes, in bits per byte. */
    static double entropy(byte[] bytes, int n) {
        int[] counts = new int[256];
        for (int i = 0; i < n; i++) {
            counts[bytes[i] & 0xFF]++;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }

    /**
     * The share of code points in {@code text} that are no text: U+FFFD (bytes the charset could
     * not decode), unassigned code points, private use, lone surrogates, and control characters
     * other than tab, line feed, form feed and carriage return.
     */
    static double junkShare(String text) {
        int total = 0;
        int junk = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            total++;
            int type = Character.getType(c);
            boolean bad = c == 0xFFFD || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.CONTROL && c != '\t' && c != '\n' && c != '\f' && c != '\r';
            if (bad) {
                junk++;
            }
        }
        return total == 0 ? 0 : (double) junk / total;
    }
}
