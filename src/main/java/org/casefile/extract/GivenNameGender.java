package org.casefile.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The gender a given name or a courtesy title tells ("Ann Lee", "Mrs. Lee"), for resolving "he"
 * and "she" to a person. The given names are Stanford CoreNLP's own lists of common male and
 * female first names (in its models jar); a name on both lists, or on neither, tells nothing.
 */
final class GivenNameGender {
    enum Gender { MALE, FEMALE }

    private static final String MALE_LIST = "edu/stanford/nlp/models/gender/male_first_names.txt";
    private static final String FEMALE_LIST = "edu/stanford/nlp/models/gender/female_first_names.txt";
    private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "lord", "king", "prince", "father",
            "brother", "congressman", "councilman", "chairman", "spokesman", "businessman");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "lady", "dame",
            "queen", "princess", "sister", "congresswoman", "councilwoman", "chairwoman", "spokeswoman",
            "businesswoman");

    private static final class Lists {
        static final Set<String> MALE = read(MALE_LIST);
        static final Set<String> FEMALE = read(FEMALE_LIST);
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
        boolean male = Lists.MALE.contains(first);
        boolean female = Lists.FEMALE.contains(first);
        return male == female ? Optional.empty() : Optional.of(male ? Gender.MALE : Gender.FEMALE);
    }

    private static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        InputStream in = GivenNameGender.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return out; // without the models jar, no name tells a gender
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
