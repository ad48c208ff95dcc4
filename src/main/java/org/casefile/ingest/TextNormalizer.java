package org.casefile.ingest;

import java.text.Normalizer;

/**
 * The one normalisation applied to extracted text before any offset is computed: Unicode NFC,
 * {@code \n} line ends, no control characters (tabs become spaces) and no U+FFFD (which Tika puts
 * in place of control characters), no trailing spaces on a line, at most one blank line in a row,
 * no leading or trailing blank lines.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String nfc = Normalizer.normalize(repairC1(raw), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int newlines = 0;
        boolean atStart = true;
        StringBuilder pendingSpaces = new StringBuilder();
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < nfc.length() && nfc.charAt(i) == '\n') {
                    continue; // CRLF: the LF that follows counts
                }
                cp = '\n';
            }
            if (cp == '\u2028' || cp == '\u2029' || cp == '\u000B' || cp == '\f' || cp == '\u0085') {
                cp = '\n';
            }
            if (cp == '\t' || cp == '\u00A0') {
                cp = ' ';
            }
            if (cp == '\n') {
                pendingSpaces.setLength(0);
                if (!atStart) {
                    newlines++;
                }
                continue;
            }
            if (Character.isISOControl(cp) || cp == '\uFEFF' || cp == '\u200B' || cp == '\uFFFD'
                    || isUnassignedOrPrivate(cp)) {
                continue;
            }
            if (cp == ' ') {
                pendingSpaces.append(' ');
                continue;
            }
            if (newlines > 0) {
                out.append(newlines > 1 ? "\n\n" : "\n");
                newlines = 0;
                pendingSpaces.setLength(0);
            } else if (pendingSpaces.length() > 0 && !atStart) {
                out.append(pendingSpaces);
            }
            pendingSpaces.setLength(0);
            out.appendCodePoint(cp);
            atStart = false;
        }
        return out.toString();
    }

    private static boolean isUnassignedOrPrivate(int cp) {
        int type = Character.getType(cp);
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /**
     * C1 control characters (U+0080..U+009F) almost never occur in real text: they are Windows-1252
     * punctuation (’ “ ” – — …) decoded as ISO-8859-1. They become the characters they stand for.
     */
    static String repairC1(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                String decoded = new String(new byte[] {(byte) c}, java.nio.charset.Charset.forName("windows-1252"));
                out.append(decoded.charAt(0) == '\uFFFD' ? c : decoded.charAt(0));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
