package org.casefile.eval;

import java.util.Locale;

/**
 * Helpers for TIMEX3 values: normalisation for value accuracy and date compatibility for
 * timelines.
 */
public final class TimexValues {
    private TimexValues() {
    }

    /**
     * The value compared for TIMEX3 value accuracy: stripped and upper-cased, otherwise as
     * written (TempEval-3 compares values as strings). {@code null} stays {@code null}.
     */
    public static String normalize(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The known leading part of a date value: everything before the first unknown {@code X}
     * component, without a trailing separator. {@code 2006-12-XX} gives {@code 2006-12},
     * {@code 2003-XX-XX} gives {@code 2003}, {@code XXXX-XX-XX} gives the empty string,
     * {@code 2007-10-25T10:00} is unchanged.
     */
    public static String knownPrefix(String value) {
        String v = normalize(value);
        if (v == null) {
            return "";
        }
        int x = v.indexOf('X');
        if (x >= 0) {
            v = v.substring(0, x);
        }
        while (!v.isEmpty() && (v.endsWith("-") || v.endsWith("T"))) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    /** True when the value starts with a known four-digit year. */
    public static boolean isKnownDate(String value) {
        String p = knownPrefix(value);
        return p.length() >= 4 && p.chars().limit(4).allMatch(Character::isDigit);
    }

    /**
     * True when two date values can denote the same time: both have a known year, and their
     * known prefixes ({@link #knownPrefix}) are equal or one contains the other, ending at a
     * component boundary. {@code 2007} is compatible with {@code 2007-10-25} and with
     * {@code 2007-XX-XX}; {@code 2007-1} is not compatible with {@code 2007-10}; nothing is
     * compatible with {@code XXXX-XX-XX} or {@code null}.
     */
    public static boolean compatible(String a, String b) {
        if (!isKnownDate(a) || !isKnownDate(b)) {
            return false;
        }
        String pa = knownPrefix(a);
        String pb = knownPrefix(b);
        String shorter = pa.length() <= pb.length() ? pa : pb;
        String longer = pa.length() <= pb.length() ? pb : pa;
        if (!longer.startsWith(shorter)) {
            return false;
        }
        if (longer.length() == shorter.length()) {
            return true;
        }
        char next = longer.charAt(shorter.length());
        return next == '-' || next == 'T';
    }
}
