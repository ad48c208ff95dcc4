package org.casefile.nlp;

import java.util.Locale;
import java.util.Map;

/**
 * English number words that dates count with, "one" to "twelve", and the tens a hyphenated count
 * starts with ("thirty-seven"), as numbers: the one list the date rules share ("two days later",
 * "the first nine months", "two more weeks", "thirty-seven years").
 */
final class NumberWords {
    private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private NumberWords() {
    }

    /** The number a word spells ("seven" 7, any case), or null when it spells none. */
    static Integer value(String word) {
        return VALUES.get(word.toLowerCase(Locale.ROOT));
    }

    /** The tens a word spells ("thirty" 30, any case), or null when it spells none. */
    static Integer tens(String word) {
        return TENS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The count a word gives before a unit: a number word, digits, or the article "a"/"an" (one);
     * null for anything else.
     */
    static Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        if (w.matches("\\d{1,9}")) {
            return Integer.parseInt(w);
        }
        return VALUES.get(w);
    }
}
