package org.casefile.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The names of the months and the weekdays, in small letters, for the rules that read them as words. */
public final class CalendarWords {
    /** "january" … "december". */
    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** "monday" … "sunday". */
    public static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The months and the weekdays. */
    public static final Set<String> MONTHS_AND_WEEKDAYS = with(MONTHS, WEEKDAYS);

    private CalendarWords() {
    }

    /** One set of all the words of the given sets (none repeated). */
    @SafeVarargs
    public static Set<String> with(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    /** The words of a set as names are written, with a capital letter ("May", "Friday"). */
    public static Set<String> capitalised(Set<String> words) {
        return words.stream().map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.toUnmodifiableSet());
    }
}
