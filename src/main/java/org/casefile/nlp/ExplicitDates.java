package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The commonest time expressions of news and court papers, read without SUTime: a stated date
 * ("June 22, 2014", "June 2014", "2014"), a month and day ("March 3"), a month ("November") or a
 * weekday ("Tuesday") standing alone in its window. Anything that SUTime could read together with
 * it leaves the window to SUTime: a second candidate word, a modifier before it ("early", "the
 * end of", "about", "last"), a range or offset after it ("-11", "ago"), a time word ("now"). The
 * result is what SUTime gives (a test checks that on real sentences), for a fraction of its cost
 * (SUTime runs a thousand token patterns over every window). Relative values ({@code XXXX-11},
 * {@code XXXX-WXX-2}) are resolved afterwards like SUTime's, by the tense of their clause.
 */
final class ExplicitDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan.", 1), Map.entry("feb.", 2), Map.entry("mar.", 3), Map.entry("apr.", 4),
            Map.entry("jun.", 6), Map.entry("jul.", 7), Map.entry("aug.", 8), Map.entry("sep.", 9),
            Map.entry("sept.", 9), Map.entry("oct.", 10), Map.entry("nov.", 11), Map.entry("dec.", 12));
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("0?[1-9]|[12]\\d|3[01]");
    private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3,
            "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);
    /**
     * Words before a date that SUTime may read as part of it: modifiers ("early 2020", "about
     * November 17"), determiners and offsets ("the 2014 season", "last Tuesday"), and the
     * prepositions of a range or a part ("the end of 2014", "before 2014").
     */
    private static final Set<String> JOINED_BEFORE = Set.of("early", "late", "mid", "mid-", "the", "a", "about",
            "around", "approximately", "circa", "c.", "roughly", "nearly", "almost", "some", "fiscal", "fy", "last",
            "next", "this", "that", "past", "previous", "coming", "following", "same", "end", "beginning", "start",
            "middle", "half", "of", "before", "after", "every", "each", "per");
    /** Punctuation after a date that ends it. */
    private static final Set<String> AFTER = Set.of(".", ",", ";", ":", ")", "-RRB-");
    /** Words after a date that SUTime may read as part of it ("two years ago", "2014 onwards"). */
    private static final Set<String> JOINED_AFTER = Set.of("ago", "later", "earlier", "before", "after", "onwards",
            "onward", "hence", "prior", "'s");
    /**
     * Time words that are no candidates of their own but that SUTime reads when they share a
     * window with one ("in 2013, now", "since 1955 and in the future"): the window is SUTime's.
     */
    private static final Set<String> OTHER_TIME_WORDS = Set.of("now", "future", "past", "present", "current",
            "currently", "recent", "recently", "soon", "later", "earlier", "former", "formerly", "previously",
            "then", "once", "ago", "nowadays", "lately");

    private ExplicitDates() {
    }

    /**
     * The one date of a window, when the window holds exactly one fully stated date in a plain
     * context and no other word that may start a time expression; otherwise empty (SUTime's turn).
     *
     * @param labels the sentence's tokens
     * @param from first token of the window
     * @param to end of the window (exclusive)
     * @param candidates which tokens of the sentence may start a time expression
     */
    static Optional<CoreMap> of(List<CoreLabel> labels, int from, int to, boolean[] candidates) {
        int first = -1;
        int last = -1;
        String value = null;
        for (int i = from; i < to; i++) {
            if (OTHER_TIME_WORDS.contains(labels.get(i).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        for (int i = from; i < to; i++) {
            if (!candidates[i]) {
                continue;
            }
            if (value != null) {
                return Optional.empty(); // a second expression: SUTime may join them
            }
            String w = labels.get(i).word();
            Integer month = capitalised(w, MONTHS);
            Integer weekday = capitalised(w, WEEKDAYS);
            if (month != null && i + 1 < to && YEAR.matcher(labels.get(i + 1).word()).matches()) {
                value = labels.get(i + 1).word() + "-" + two(month);
                last = i + 1;
            } else if (month != null && i + 3 < to && DAY.matcher(labels.get(i + 1).word()).matches()
                    && labels.get(i + 2).word().equals(",") && YEAR.matcher(labels.get(i + 3).word()).matches()) {
                value = labels.get(i + 3).word() + "-" + two(month) + "-" + two(Integer.parseInt(labels.get(i + 1).word()));
                last = i + 3;
            } else if (month != null && i + 1 < to && DAY.matcher(labels.get(i + 1).word()).matches()
                    && !continuesWithYear(labels, i + 2)) {
                value = "XXXX-" + two(month) + "-" + two(Integer.parseInt(labels.get(i + 1).word()));
                last = i + 1;
            } else if (startsWithDigit(labels, i + 1)) {
                return Optional.empty(); // "November 5th", "Tuesday 10": SUTime's
            } else if (month != null && w.length() > 4 && !w.endsWith(".")) {
                value = "XXXX-" + two(month); // a full month name ("November"; "May" is left to SUTime)
                last = i;
            } else if (weekday != null) {
                value = "XXXX-WXX-" + weekday;
                last = i;
            } else if (month == null && YEAR.matcher(w).matches()) {
                value = w;
                last = i;
            } else {
                return Optional.empty();
            }
            first = i;
            i = last;
        }
        if (value == null || !standsAlone(labels, first, last)) {
            return Optional.empty();
        }
        return Optional.of(expression(labels, first, last, value));
    }

    private static boolean standsAlone(List<CoreLabel> labels, int first, int last) {
        if (first > 0 && (JOINED_BEFORE.contains(labels.get(first - 1).word().toLowerCase(Locale.ROOT))
                || startsWithDigit(labels, first - 1))) {
            return false; // "early 2020", "22 June 2014"
        }
        if (last + 1 == labels.size()) {
            return true;
        }
        CoreLabel next = labels.get(last + 1);
        String w = next.word().toLowerCase(Locale.ROOT);
        // "2010-11", "2010/11": a year glued to what follows is a longer expression
        boolean glued = next.before().isEmpty() && !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0))
                && !AFTER.contains(w);
        return !glued && !JOINED_AFTER.contains(w);
    }

    /** Whether a comma and a year follow ("March 3, 2014" read as a month and day would lose its year). */
    private static boolean continuesWithYear(List<CoreLabel> labels, int i) {
        int j = i < labels.size() && labels.get(i).word().equals(",") ? i + 1 : i;
        return j < labels.size() && YEAR.matcher(labels.get(j).word()).matches();
    }

    private static boolean startsWithDigit(List<CoreLabel> labels, int i) {
        return i < labels.size() && !labels.get(i).word().isEmpty() && Character.isDigit(labels.get(i).word().charAt(0));
    }

    /**
     * The number of a capitalised name in a table of month or weekday names ("June", "JUNE",
     * "Aug." in {@link #MONTHS}; "Tuesday" in {@link #WEEKDAYS}), or null.
     */
    private static Integer capitalised(String word, Map<String, Integer> names) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        return names.get(word.toLowerCase(Locale.ROOT));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The expression as SUTime would hand it over: offsets, text and a TIMEX3 DATE. */
    private static CoreMap expression(List<CoreLabel> labels, int first, int last, String value) {
        CoreMap m = new ArrayCoreMap();
        StringBuilder text = new StringBuilder(labels.get(first).originalText());
        for (int i = first + 1; i <= last; i++) {
            text.append(labels.get(i).before()).append(labels.get(i).originalText());
        }
        m.set(CoreAnnotations.TextAnnotation.class, text.toString());
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, labels.get(first).beginPosition());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, labels.get(last).endPosition());
        m.set(TimeAnnotations.TimexAnnotation.class, new Timex("DATE", value));
        return m;
    }
}
