package org.casefile.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Maps corpus and pipeline entity labels to the three scored types PER, ORG and LOC.
 *
 * <p>MEANTIME PER/PERSON, ORG/ORGANIZATION, LOC/LOCATION; GUM person, organization, place;
 * CoreNLP PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE. Any other label is
 * returned upper-cased and is not scored.
 */
public final class EntityTypes {
    /** Person. */
    public static final String PER = "PER";
    /** Organisation. */
    public static final String ORG = "ORG";
    /** Location. */
    public static final String LOC = "LOC";

    private static final Map<String, String> MAP = Map.ofEntries(
            Map.entry("PER", PER), Map.entry("PERSON", PER),
            Map.entry("ORG", ORG), Map.entry("ORGANIZATION", ORG), Map.entry("ORGANISATION", ORG),
            Map.entry("LOC", LOC), Map.entry("LOCATION", LOC), Map.entry("PLACE", LOC),
            Map.entry("CITY", LOC), Map.entry("COUNTRY", LOC),
            Map.entry("STATE_OR_PROVINCE", LOC));

    private EntityTypes() {
    }

    /** PER, ORG or LOC for a known label; else the label upper-cased; {@code null} stays null. */
    public static String normalize(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String key = label.strip().toUpperCase(Locale.ROOT);
        return MAP.getOrDefault(key, key);
    }

    /** True for PER, ORG and LOC (after {@link #normalize}). */
    public static boolean isScored(String label) {
        String t = normalize(label);
        return PER.equals(t) || ORG.equals(t) || LOC.equals(t);
    }
}
