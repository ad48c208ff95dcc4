package org.casefile.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.domain.EntityType;

/**
 * How names are compared beyond their spelling ({@code models/given-names.txt} and
 * {@code models/name-parts.txt}): short forms of given names, company legal forms, long forms of
 * country names, generic words that are no name alone, and the head words of publications.
 * Immutable; thread-safe.
 */
public final class NameRules {
    /** No rules: names compare by their {@link NameKey} only. */
    public static final NameRules NONE = new NameRules(Map.of(), Set.of(), List.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    private static final Set<String> TRAILING_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de");

    /** given name (key) -> the full names it may stand for, itself included */
    private final Map<String, Set<String>> fullNames;
    private final Set<List<String>> companySuffixes;
    private final List<List<String>> countryPrefixes;
    private final Set<String> keep;
    private final Set<String> generic;
    private final Set<String> publications;
    private final Set<String> businesses;
    /** one-word places of the regexner lists ("Jordan", "Houston"), as written */
    private final Set<String> places;

    NameRules(Map<String, Set<String>> fullNames, Set<List<String>> companySuffixes, List<List<String>> countryPrefixes,
            Set<String> keep, Set<String> generic, Set<String> publications, Set<String> businesses, Set<String> places) {
        this.fullNames = Map.copyOf(fullNames);
        this.companySuffixes = Set.copyOf(companySuffixes);
        List<List<String>> prefixes = new ArrayList<>(countryPrefixes);
        prefixes.sort((a, b) -> b.size() - a.size()); // longest first: "Federal Republic of" before "Republic of"
        this.countryPrefixes = List.copyOf(prefixes);
        this.keep = Set.copyOf(keep);
        this.generic = Set.copyOf(generic);
        this.publications = Set.copyOf(publications);
        this.businesses = Set.copyOf(businesses);
        this.places = Set.copyOf(places);
    }

    /** Loads both files of a models folder; a file that is missing gives no rules of its kind. */
    public static NameRules load(Path modelsDir) {
        Map<String, Set<String>> fullNames = new HashMap<>();
        for (String[] row : rows(modelsDir.resolve("given-names.txt"), 2)) {
            String full = word(row[0]);
            fullNames.computeIfAbsent(full, k -> new HashSet<>()).add(full);
            for (int i = 1; i < row.length; i++) {
                fullNames.computeIfAbsent(word(row[i]), k -> new HashSet<>()).add(full);
            }
        }
        Set<List<String>> suffixes = new HashSet<>();
        List<List<String>> prefixes = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        Set<String> generic = new HashSet<>();
        Set<String> publications = new HashSet<>();
        Set<String> businesses = new HashSet<>();
        Path parts = modelsDir.resolve("name-parts.txt");
        for (String[] row : rows(parts, 2)) {
            List<String> words = NameKey.words(row[1]);
            switch (row[0].toLowerCase(Locale.ROOT)) {
                case "company-suffix" -> suffixes.add(words);
                case "country-prefix" -> prefixes.add(words);
                case "keep" -> keep.add(NameKey.of(row[1]));
                case "generic" -> generic.add(String.join(" ", words));
                case "publication" -> publications.add(String.join(" ", words));
                case "business" -> businesses.add(String.join(" ", words));
                default -> throw new IllegalStateException(parts + ": unknown kind '" + row[0] + "'");
            }
        }
        return new NameRules(fullNames, suffixes, prefixes, keep, generic, publications, businesses, places(modelsDir));
    }

    private static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");

    /**
     * The places of the regexner lists under {@code modelsDir/regexner} whose pattern is one plain
     * word ("Jordan", "Houston"): a name the tagger may read as a person's surname.
     */
    private static Set<String> places(Path modelsDir) {
        try {
            return new HashSet<>(org.casefile.nlp.NameBounds.regexnerPatterns(modelsDir,
                    type -> PLACE_TYPES.contains(type.strip()), "[A-Z][a-z]+"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the places under " + modelsDir.resolve("regexner"), e);
        }
    }

    /** Whether a one-word name is a place of the regexner lists ("Jordan", "Houston"). */
    public boolean isListedPlace(String name) {
        return places.contains(name.strip());
    }

    private static String word(String s) {
        return String.join(" ", NameKey.words(s));
    }

    /**
     * Whether two given names may name the same person: equal, or one a short form of the other,
     * or two short forms of one full name ("Tom"/"Thomas", "Bill"/"Will").
     */
    public boolean sameGivenName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> fa = fullNames.getOrDefault(a, Set.of(a));
        Set<String> fb = fullNames.getOrDefault(b, Set.of(b));
        return fa.contains(b) || fb.contains(a) || fa.stream().anyMatch(fb::contains);
    }

    /** Whether {@code given} is a listed full given name and {@code other} a short form of it. */
    public boolean isFullFormOf(String given, String other) {
        return !given.equals(other) && fullNames.getOrDefault(other, Set.of()).contains(given);
    }

    /**
     * The comparison key of a name of a coarse type: its {@link NameKey}, for organisations without
     * a legal form at the end ("Delmar Paving Co." = "Delmar Paving"), for places without a long
     * form at the start ("Republic of Iraq" = "Iraq").
     */
    public String key(EntityType type, String name) {
        List<String> words = NameKey.words(name);
        if (type == EntityType.ORGANIZATION) {
            for (List<String> suffix : companySuffixes) {
                if (words.size() > suffix.size() && words.subList(words.size() - suffix.size(), words.size()).equals(suffix)) {
                    words = words.subList(0, words.size() - suffix.size());
                    break;
                }
            }
        } else if (type == EntityType.LOCATION && !keep.contains(String.join(" ", words))) {
            for (List<String> prefix : countryPrefixes) {
                if (words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix)) {
                    words = words.subList(prefix.size(), words.size());
                    break;
                }
            }
        }
        return String.join(" ", words);
    }

    /** A place's long form ("Republic of Iraq"): the short form ("Iraq") names it better. */
    public boolean isLongForm(EntityType type, String name) {
        return type == EntityType.LOCATION && !key(type, name).equals(NameKey.of(name));
    }

    /**
     * A tagged name that is only a fragment: a generic word alone ("City", "Central", "Court"), or
     * a name cut after a function word ("Province of", "Eastern District of").
     */
    public boolean isFragment(String name) {
        List<String> words = NameKey.words(name);
        if (words.isEmpty()) {
            return true;
        }
        if (TRAILING_FUNCTION_WORDS.contains(words.get(words.size() - 1))) {
            return true;
        }
        return words.size() == 1 && generic.contains(words.get(0));
    }

    /**
     * Whether a name of two words or more is its first word and generic words after it ("Glenmoor
     * County", "Dunmore City"): the first word alone names the same place.
     */
    public boolean isFirstWordAndGeneric(String name) {
        List<String> words = NameKey.words(name);
        return words.size() >= 2 && words.subList(1, words.size()).stream().allMatch(generic::contains);
    }

    /** Whether a name of two words or more ends with a word of a line of business ("Lanthorn Robotics"). */
    public boolean endsLikeBusiness(String name) {
        List<String> words = NameKey.words(name);
        return words.size() >= 2 && businesses.contains(words.get(words.size() - 1));
    }

    /** Whether a name ends with the head word of a publication ("Harbor Gazette", "Daily News"). */
    public boolean endsLikePublication(String name) {
        List<String> words = NameKey.words(name);
        return words.size() >= 2 && publications.contains(words.get(words.size() - 1));
    }

    /** The rows of an optional rule file (none when it is absent), read as {@link Rules} reads its files. */
    private static List<String[]> rows(Path file, int minColumns) {
        return Files.isRegularFile(file) ? Rules.rows(file, minColumns) : List.of();
    }
}
