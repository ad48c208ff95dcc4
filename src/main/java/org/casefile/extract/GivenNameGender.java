package org.casefile.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gender a given name or a courtesy title tells ("Ann Lee", "Mrs. Lee"), for resolving "he"
 * and "she" to a person. The given names are the name-gender list of Stanford CoreNLP's
 * coreference (about 14,600 first names, each with the gender it is used for, in its models
 * jar); a name listed with both genders ("Jordan"), or not listed, tells nothing. The list reads
 * the first word as a given name, so a name written surname first tells a gender it should not.
 */
final class GivenNameGender {
    enum Gender { MALE, FEMALE }

    private static final String NAME_GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "lord", "king", "prince", "father",
            "brother", "congressman", "councilman", "chairman", "spokesman", "businessman");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "lady", "dame",
            "queen", "princess", "sister", "congresswoman", "councilwoman", "chairwoman", "spokeswoman",
            "businesswoman");

    /** Words of kinship that tell the gender of the name they are apposed to ("his sister, Ann Hale"). */
    private static final Set<String> FEMALE_KIN = Set.of("wife", "mother", "daughter", "sister", "widow", "aunt",
            "niece", "grandmother", "granddaughter", "stepdaughter", "stepmother", "girlfriend", "fiancee");
    private static final Set<String> MALE_KIN = Set.of("husband", "father", "son", "brother", "widower", "uncle",
            "nephew", "grandfather", "grandson", "stepson", "stepfather", "boyfriend", "fiance");

    private static final class Lists {
        static final Map<String, Gender> GENDER = read(NAME_GENDERS);
    }

    private GivenNameGender() {
    }

    /** The gender of a pronoun: "he", "him", "his" and "she", "her", "hers"; else none. */
    static Optional<Gender> ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> Optional.of(Gender.MALE);
            case "she", "her", "hers" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    /** The gender a word of kinship tells: "sister", "wife" and "brother", "husband"; else none. */
    static Optional<Gender> ofKin(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return FEMALE_KIN.contains(w) ? Optional.of(Gender.FEMALE)
                : MALE_KIN.contains(w) ? Optional.of(Gender.MALE) : Optional.empty();
    }

    /**
     * The gender a person's name as written tells: a courtesy title before it, else its first
     * word as a given name (a one-word name is a surname and tells nothing).
     */
    static Optional<Gender> ofName(String written, String title) {
        if (title != null) {
            for (String w : title.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (MALE_TITLES.contains(w)) {
                    return Optional.of(Gender.MALE);
                }
                if (FEMALE_TITLES.contains(w)) {
                    return Optional.of(Gender.FEMALE);
                }
            }
        }
        if (written == null) {
            return Optional.empty();
        }
        String[] words = written.strip().split("\\s+");
        if (words.length < 2) {
            return Optional.empty();
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (MALE_TITLES.contains(first)) {
            return Optional.of(Gender.MALE);
        }
        if (FEMALE_TITLES.contains(first)) {
            return Optional.of(Gender.FEMALE);
        }
        return Optional.ofNullable(Lists.GENDER.get(first));
    }

    /** Each name with the one gender it is listed for; a name listed with both is left out. */
    private static Map<String, Gender> read(String resource) {
        Map<String, Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        InputStream in = GivenNameGender.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return out; // without the models jar, no name tells a gender
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
                if (cols.length != 2 || cols[0].startsWith("#")) {
                    continue;
                }
                Gender g = cols[1].equals("male") ? Gender.MALE : cols[1].equals("female") ? Gender.FEMALE : null;
                if (g != null && out.putIfAbsent(cols[0], g) != null && out.get(cols[0]) != g) {
                    both.add(cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.keySet().removeAll(both);
        return out;
    }
}
