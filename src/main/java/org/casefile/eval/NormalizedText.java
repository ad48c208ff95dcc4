package org.casefile.eval;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.casefile.ingest.TextNormalizer;

/**
 * Runs a predictor on an article as production ingest would give it ({@link TextNormalizer}: no
 * trailing spaces, one blank line at most, non-breaking spaces as spaces...) and maps the
 * predicted claims' spans back to the stored text the gold offsets index.
 *
 * <p>The map is a greedy alignment: the normalised text must be the stored text with chars
 * dropped and a few replaced one for one (tab and no-break space by a space, other line breaks
 * by {@code \n}, C1 controls by the Windows-1252 character). When it is not (NFC composed a
 * character), the stored text is used as it is.
 */
public final class NormalizedText {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private NormalizedText() {
    }

    /**
     * For each char index of {@code normalized} (and its length) the index in {@code raw}, or
     * {@code null} when {@code normalized} is not aligned with {@code raw} as described above.
     */
    public static int[] alignment(String raw, String normalized) {
        int[] map = new int[normalized.length() + 1];
        int j = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char n = normalized.charAt(i);
            while (j < raw.length() && !same(raw.charAt(j), n)) {
                j++;
            }
            if (j == raw.length()) {
                return null;
            }
            map[i] = j++;
        }
        map[normalized.length()] = raw.length();
        return map;
    }

    private static boolean same(char raw, char normalized) {
        if (raw == normalized) {
            return true;
        }
        if (normalized == ' ') {
            return raw == '\t' || raw == '\u00A0';
        }
        if (normalized == '\n') {
            return raw == '\r' || raw == '\u2028' || raw == '\u2029' || raw == '\u000B' || raw == '\f' || raw == '\u0085';
        }
        return raw >= 0x80 && raw <= 0x9F && new String(new byte[] {(byte) raw}, CP1252).charAt(0) == normalized;
    }

    /** A span of the normalised text as a span of the stored text. */
    static Span toRaw(int[] map, Span s) {
        if (s.length() == 0) {
            return Span.of(map[s.begin()], map[s.begin()]);
        }
        return new Span(map[s.begin()], map[s.end() - 1] + 1, s.type());
    }

    /**
     * The predictor's claims on the normalised article, with spans on the stored text (entities,
     * times and events are left out: only claims are scored on attribution corpora).
     */
    public static Prediction claims(AttributionDocument doc, Function<GoldDocument, Prediction> predictor) {
        String normalized = TextNormalizer.normalize(doc.text());
        int[] map = normalized.equals(doc.text()) ? null : alignment(doc.text(), normalized);
        if (map == null) {
            return predictor.apply(doc.toGoldDocument());
        }
        AttributionDocument n = new AttributionDocument(doc.id(), normalized, doc.published(), doc.annotator(), List.of());
        Prediction p = predictor.apply(n.toGoldDocument());
        List<PredClaim> claims = new ArrayList<>();
        for (PredClaim c : p.claims()) {
            claims.add(new PredClaim(toRaw(map, c.span()), c.kind(), c.stance(), c.speakerName(), c.speakerNames()));
        }
        return new Prediction(doc.id(), List.of(), List.of(), List.of(), claims);
    }
}
