package org.casefile.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Comparison keys for names: case, diacritics, punctuation, hyphens, honorifics and doubled letters
 * do not matter ("Abdulsattar" and "Abdul-Satar" share a key; "Arden-Arcade" and "Arden Arcade"
 * too).
 */
public final class NameKey {
    /** Forms of address that only a person's name takes ("Mr. Tavelli", "Dr Okafor"). */
    private static final Set<String> PERSONAL = Set.of("mr", "mrs", "ms", "miss", "dr");
    /** Words a name may carry before it that do not tell two people apart: forms of address and titles. */
    private static final Set<String> HONORIFICS = java.util.stream.Stream.concat(PERSONAL.stream(),
            java.util.stream.Stream.of("prof", "sir", "judge", "justice", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
                    "officer", "attorney", "the")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private NameKey() {
    }

    /** The key of a whole name. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The normalised words of a name, honorifics dropped. */
    public static List<String> words(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String cleaned = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("'s\\b", "")
                // a decimal point stays: "$4.2 million" is not "$42 million"
                .replaceAll("[^\\p{L}\\p{N}\\s.-]|(?<!\\p{N})\\.|\\.(?!\\p{N})", "")
                .replace('-', ' ')
                .strip();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cleaned.split("\\s+"))
                .filter(w -> !HONORIFICS.contains(w))
                .map(NameKey::undouble)
                .toList();
    }

    /** The text starts with a form of address that only a person takes ("Mr. Tavelli", "Dr Okafor"). */
    public static boolean startsWithPersonalHonorific(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > 0 && PERSONAL.contains(text.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** Collapses doubled letters, never digits ("$100" is not "$10"): transliterations disagree on them (Abdulsattar / Abdulsatar). */
    static String undouble(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1) || Character.isDigit(word.charAt(i))) {
                sb.append(word.charAt(i));
            }
        }
        return sb.toString();
    }
}
