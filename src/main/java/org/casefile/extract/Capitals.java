package org.casefile.extract;

import java.util.Locale;
import java.util.Set;
import org.casefile.domain.EntityType;

/**
 * Names written in capitals (datelines "SPRINGFIELD, Ill. —", captions "REDDICK, Thomas") and
 * their ordinary capitalisation ("Springfield", "Thomas Reddick"). Acronyms ("FBI", "USA") and
 * organisations keep their capitals.
 */
public final class Capitals {
    private static final Set<String> LOWER_INSIDE = Set.of("of", "the", "and", "de", "del", "la", "van", "von", "da");

    private Capitals() {
    }

    /** Whether a name has letters and none of them is lower case. */
    public static boolean isShouted(String name) {
        boolean letters = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /**
     * The ordinary capitalisation of a person's or a place's name where it was written in
     * capitals: a person's words of two letters or more written in capitals; a place's whole name
     * when it is all capitals and has a word of four letters or more ("SPRINGFIELD", "NEW YORK",
     * not "USA"). Words with a period ("D.C.", "F.") and roman numerals stay as written. Other types: unchanged.
     */
    public static String ordinary(EntityType type, String name) {
        boolean person = type == EntityType.PERSON;
        if (!person && type != EntityType.LOCATION) {
            return name;
        }
        if (!person && (!isShouted(name) || java.util.Arrays.stream(name.split("\\s+")).noneMatch(w -> w.length() >= 4))) {
            return name;
        }
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            boolean change = isShouted(w) && w.length() >= 2 && !w.contains(".") && !w.matches("[IVX]+");
            out.append(change ? word(w, i > 0) : w);
        }
        return out.toString();
    }

    /** "O'BRIEN" -> "O'Brien", "SMITH-JONES" -> "Smith-Jones", "OF" inside a name -> "of". */
    private static String word(String w, boolean inside) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (inside && LOWER_INSIDE.contains(lower)) {
            return lower;
        }
        StringBuilder sb = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '’';
        }
        return sb.toString();
    }
}
