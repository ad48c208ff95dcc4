package org.casefile.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casefile.nlp.GivenNames;

/**
 * The gender a given name or a courtesy title tells ("Ann Lee", "Mrs. Lee"), for resolving "he"
 * and "she" to a person. The given names are {@link GivenNames} (CoreNLP's name-gender list); a
 * name listed with both genders ("Jordan"), or not listed, tells nothing. The list reads
 * the first word as a given name, so a name written surname first tells a gender it should not.
 */
final class GivenNameGender {
    enum Gender { MALE, FEMALE }

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
        return GivenNames.of(first).flatMap(u -> switch (u) {
            case MALE -> Optional.of(Gender.MALE);
            case FEMALE -> Optional.of(Gender.FEMALE);
            case BOTH -> Optional.empty(); // "Jordan": tells nothing
        });
    }
}
