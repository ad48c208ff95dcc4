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
 * The commonest time expressions of news and court papers, read without SUTime: a fully stated
 * date ("June 22, 2014", "in June 2014", "since 2007") standing alone in its window, after a
 * preposition and before punctuation. Anything else in the window (another candidate word, a
 * modifier such as "early" or "the end of", a following noun) leaves the window to SUTime, so
 * the result is what SUTime gives (a test checks that on real sentences), for a fraction of its
 * cost (SUTime runs a thousand token patterns over every window).
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
    /** Words after which a date stands on its own ("in 2014", "on June 22, 2014"). */
    private static final Set<String> BEFORE = Set.of("in", "on", "since", "until", "from", "during", "by", ",", "(",
            "-LRB-");
    /** Tokens after which nothing joins the date. */
    private static final Set<String> AFTER = Set.of(".", ",", ";", ":", ")", "-RRB-");
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
            Integer month = month(w);
            if (month != null && i + 1 < to && YEAR.matcher(labels.get(i + 1).word()).matches()) {
                value = labels.get(i + 1).word() + "-" + two(month);
                first = i;
                last = i + 1;
            } else if (month != null && i + 3 < to && DAY.matcher(labels.get(i + 1).word()).matches()
                    && labels.get(i + 2).word().equals(",") && YEAR.matcher(labels.get(i + 3).word()).matches()) {
                value = labels.get(i + 3).word() + "-" + two(month) + "-" + two(Integer.parseInt(labels.get(i + 1).word()));
                first = i;
                last = i + 3;
            } else if (month == null && YEAR.matcher(w).matches()) {
                value = w;
                first = i;
                last = i;
            } else {
                return Optional.empty();
            }
            i = last;
        }
        if (value == null || !standsAlone(labels, first, last)) {
            return Optional.empty();
        }
        return Optional.of(expression(labels, first, last, value));
    }

    private static boolean standsAlone(List<CoreLabel> labels, int first, int last) {
        boolean before = first == 0 || BEFORE.contains(labels.get(first - 1).word().toLowerCase(Locale.ROOT));
        boolean after = last + 1 == labels.size() || AFTER.contains(labels.get(last + 1).word());
        return before && after;
    }

    /** The month of a capitalised month name ("June", "JUNE", "Aug."), or null. */
    private static Integer month(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        return MONTHS.get(word.toLowerCase(Locale.ROOT));
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
