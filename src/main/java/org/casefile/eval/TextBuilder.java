package org.casefile.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds a document text from gold tokens and records each token's offsets.
 *
 * <p>Sentences are separated by one newline. Within a sentence the caller says whether a space
 * goes before each token; {@link #meantimeSpace(String, String)} is the rule used for MEANTIME.
 */
final class TextBuilder {
    private static final Set<String> NO_SPACE_BEFORE =
            Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "...", "n't", "N'T");
    private static final Set<String> NO_SPACE_AFTER =
            Set.of("(", "[", "{", "``", "$", "US$", "#", "€", "£");

    private final StringBuilder text = new StringBuilder();
    private final List<GoldToken> tokens = new ArrayList<>();
    private int lastSentence = Integer.MIN_VALUE;

    /**
     * MEANTIME spacing: a space between two tokens of a sentence, except before
     * {@code , . ; : ! ? ) ] } % '' ... n't} and tokens starting with an apostrophe ({@code 's},
     * {@code 've}), and except after {@code ( [ { `` $ US$ # € £}.
     *
     * @param previous the raw previous token of the sentence
     * @param token    the raw token
     */
    static boolean meantimeSpace(String previous, String token) {
        if (NO_SPACE_AFTER.contains(previous)) {
            return false;
        }
        return !(NO_SPACE_BEFORE.contains(token) || token.startsWith("'"));
    }

    /** MEANTIME writes PTB quotes; the text gets plain double quotes. */
    static String meantimeSurface(String token) {
        return "``".equals(token) || "''".equals(token) ? "\"" : token;
    }

    /**
     * Appends a token.
     *
     * @param spaceBefore whether a space separates it from the previous token of its sentence;
     *                    ignored for the first token of a sentence, which starts a new line
     */
    GoldToken add(String id, int sentence, String surface, boolean spaceBefore) {
        if (!tokens.isEmpty()) {
            if (sentence != lastSentence) {
                text.append('\n');
            } else if (spaceBefore) {
                text.append(' ');
            }
        }
        lastSentence = sentence;
        int begin = text.length();
        text.append(surface);
        GoldToken token = new GoldToken(id, sentence, begin, text.length(), surface);
        tokens.add(token);
        return token;
    }

    String text() {
        return text.toString();
    }

    List<GoldToken> tokens() {
        return List.copyOf(tokens);
    }
}
