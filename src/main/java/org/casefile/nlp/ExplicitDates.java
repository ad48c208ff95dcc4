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

    private static final Pattern SHORT_DECADE = Pattern.compile("['\u2019]\\d0s");
    private static final Pattern MID = Pattern.compile("(?i)mid-(\\p{L}+|(?:19|20)\\d\\d)");
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> DECADES = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

    /**
     * What SUTime leaves out of a window it read: a capitalised weekday or full month name that
     * none of its expressions covers (SUTime drops "Sunday" after a closing quote, and "Earlier
     * Sunday" whole), a date written with "mid-" as one token ("mid-1996", "mid-November"), a
     * year spelled out as broadcast transcripts write it ("nineteen ninety-six") and a decade
     * named in words ("the nineties").
     *
     * @param found the expressions SUTime gave for the window
     */
    static List<CoreMap> leftOver(List<CoreLabel> labels, int from, int to, List<CoreMap> found) {
        List<CoreMap> out = new java.util.ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            CoreMap longer = wholeSpelledYear(labels, from, to, found.get(k));
            if (longer != null) {
                found.set(k, longer); // SUTime reads "nineteen ninety-six" as 1990 and stops at the hyphen
            }
        }
        for (int i = from; i < to; i++) {
            if (covered(labels.get(i), found)) {
                continue;
            }
            String w = labels.get(i).word();
            Integer weekday = capitalised(w, WEEKDAYS);
            Integer month = capitalised(w, MONTHS);
            java.util.regex.Matcher mid = MID.matcher(w);
            int[] year = spelledYear(labels, i, to);
            if (year != null) {
                int y = year[0];
                if (month != null || i > from && capitalised(labels.get(i - 1).word(), MONTHS) != null
                        && !covered(labels.get(i - 1), found)) {
                    int m = month != null ? month : capitalised(labels.get(i - 1).word(), MONTHS);
                    out.add(expression(labels, i - 1, year[1], y + "-" + two(m)));
                } else {
                    out.add(expression(labels, i, year[1], Integer.toString(y)));
                }
                i = year[1];
            } else if (weekday != null && !startsWithDigit(labels, i + 1) && !beforeName(labels, i + 1)) {
                // "late Sunday night", "early Sunday": SUTime reads neither; the part of the day makes it a time
                String part = i + 1 < to ? PARTS_OF_DAY.get(labels.get(i + 1).word()) : null;
                int first = i > from && labels.get(i - 1).word().matches("(?i)early|late") && !covered(labels.get(i - 1), found)
                        ? i - 1 : i;
                if (part != null && !covered(labels.get(i + 1), found)) {
                    CoreMap m = expression(labels, first, i + 1, "XXXX-WXX-" + weekday + part);
                    m.set(TimeAnnotations.TimexAnnotation.class, new Timex("TIME", "XXXX-WXX-" + weekday + part));
                    out.add(m);
                    i++;
                } else {
                    out.add(expression(labels, first, i, "XXXX-WXX-" + weekday));
                }
            } else if (month != null && w.length() >= 4 && !w.endsWith(".") && !w.equalsIgnoreCase("march")
                    && !startsWithDigit(labels, i + 1) && !beforeName(labels, i + 1) && !spelledYearFollows(labels, i + 1, to)) {
                out.add(expression(labels, i, i, "XXXX-" + two(month)));
            } else if (w.equals("night") && i > from && labels.get(i - 1).word().matches("(?i)that|same")) {
                // "that night", "the same night": SUTime reads "that evening" but not "night"; the day
                // is the story's (NarrativeDates), as for the evening
                CoreMap m = expression(labels, i, i, "TNI");
                m.set(TimeAnnotations.TimexAnnotation.class, new Timex("TIME", "TNI"));
                out.add(m);
            } else if (w.equalsIgnoreCase("overnight") && !(i > from && labels.get(i - 1).word().matches("(?i)an?|the"))
                    && !beforeWordOf(labels, i + 1)) {
                // "crews worked overnight", "shares fell overnight in Tokyo": the night before (or of) the
                // day told (TimeExpressions places it); "an overnight stay", "the overnight rate" are kinds
                CoreMap m = expression(labels, i, i, "XXXX-XX-XXTNI");
                m.set(TimeAnnotations.TimexAnnotation.class, new Timex("TIME", "XXXX-XX-XXTNI"));
                out.add(m);
            } else if (RECURRING_PARTS.containsKey(w) && recurringUse(labels, i, from)) {
                // "works nights", "closed on weekends", "crosses the bridge mornings": every such part of a
                // day (or weekend), a SET; "sleepless nights", "the nights", "two nights" are not
                String value = RECURRING_PARTS.get(w);
                CoreMap m = expression(labels, i, i, value);
                m.set(TimeAnnotations.TimexAnnotation.class, new Timex("SET", value));
                out.add(m);
            } else if (mid.matches() && YEAR.matcher(mid.group(1)).matches()) {
                out.add(expression(labels, i, i, mid.group(1)));
            } else if (mid.matches() && capitalised(mid.group(1), MONTHS) != null && mid.group(1).length() > 3) {
                out.add(expression(labels, i, i, "XXXX-" + two(capitalised(mid.group(1), MONTHS))));
            } else if (YEAR.matcher(w).matches() && i > from && labels.get(i - 1).word().matches("(?i)fiscal|fy")) {
                out.add(expression(labels, i - 1, i, w)); // "above fiscal 2022 sales", which SUTime leaves out
            } else if (YEAR.matcher(w).matches() && i > from && i + 1 < labels.size()
                    && YEAR_OWNERS.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && PLURAL_NOUN.matcher(labels.get(i + 1).word()).matches()) {
                // "the 2014 elections", "its 1997 earnings": SUTime reads a number before a plural as a
                // count; after a determiner and unpunctuated (a count of thousands has its comma) it is the year
                out.add(expression(labels, i, i, w));
            } else if (SHORT_DECADE.matcher(w).matches() && w.charAt(1) != '2') {
                // "the '90s", which SUTime leaves out after "the"
                int d = w.charAt(1) - '0';
                boolean the = i > from && labels.get(i - 1).word().equalsIgnoreCase("the");
                out.add(expression(labels, the ? i - 1 : i, i, (d >= 3 ? "19" : "20") + d + "X"));
            } else if (DECADES.containsKey(w.toLowerCase(Locale.ROOT)) && i > 0
                    && labels.get(i - 1).word().equalsIgnoreCase("the")) {
                out.add(expression(labels, i - 1, i, "19" + DECADES.get(w.toLowerCase(Locale.ROOT))));
            }
        }
        return out;
    }

    /** Words before a year that modifies a noun: determiners and possessives ("the 2014 elections"). */
    private static final Set<String> YEAR_OWNERS = Set.of("the", "its", "his", "her", "their", "our", "my", "your", "and");
    /** A plural common noun: lower case, ending in "s" ("elections", "primaries"; not "is", "was"). */
    private static final Pattern PLURAL_NOUN = Pattern.compile("[a-z]{2,}[^s]s|[a-z]+ies");

    /** The parts of a day after a weekday, with their TimeML values. */
    private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "TMO", "afternoon", "TAF",
            "evening", "TEV", "night", "TNI");

    /**
     * A word in small letters next that is no preposition, conjunction or adverb of place or time:
     * "overnight rate", "overnight lending", "overnight stay" (a noun it describes).
     */
    private static boolean beforeWordOf(List<CoreLabel> labels, int i) {
        if (i >= labels.size()) {
            return false;
        }
        String w = labels.get(i).word();
        String tag = labels.get(i).tag();
        if (tag != null) {
            return tag.startsWith("NN") || tag.startsWith("JJ");
        }
        return w.matches("[a-z]+") && !w.matches("in|on|at|to|and|or|but|as|after|before|while|when|from|for|with|by|"
                + "into|until|amid|across|near|so|because|since|than|then|there|here|again|too|alone|only|also");
    }

    /** Parts of a day and the weekend in the plural, used alone as a time: each one (TimeML SET values). */
    static final Map<String, String> RECURRING_PARTS = Map.of("mornings", "XXXX-XX-XXTMO",
            "afternoons", "XXXX-XX-XXTAF", "evenings", "XXXX-XX-XXTEV", "nights", "XXXX-XX-XXTNI",
            "weekends", "XXXX-WXX-WE");

    /**
     * Whether the plural part of a day at {@code i} stands alone as an adverb of time: after a verb,
     * "on", "at", "during", "most", "open", "closed", "in the", or a common noun that ends an object ("crosses the bridge
     * mornings"), and before no noun; not after a determiner, possessive, number or adjective
     * ("the nights", "her evenings", "two nights", "sleepless nights"). Needs tags.
     */
    static boolean recurringUse(List<CoreLabel> labels, int i, int from) {
        if (i <= from || labels.get(i - 1).tag() == null) {
            return false;
        }
        if (i + 1 < labels.size() && labels.get(i + 1).tag() != null
                && (labels.get(i + 1).tag().startsWith("NN") || labels.get(i + 1).word().matches("(?i)of|'s"))) {
            return false; // "nights shift", "the evenings of May", "weekends' crowds"
        }
        CoreLabel before = labels.get(i - 1);
        String w = before.word().toLowerCase(Locale.ROOT);
        String tag = before.tag();
        if (w.matches("on|at|during|most|open|closed") || tag.startsWith("VB") && !tag.equals("VBN") && !tag.equals("VBG")) {
            return true;
        }
        if (w.equals("the")) {
            return i - 2 >= from && labels.get(i - 2).word().equalsIgnoreCase("in"); // "in the mornings"
        }
        return (tag.equals("NN") || tag.equals("NNS")) && Character.isLowerCase(before.word().charAt(0))
                && i - 2 >= from && labels.get(i - 2).tag() != null && !labels.get(i - 2).tag().startsWith("JJ")
                && !labels.get(i - 2).tag().matches("NNS?") && !labels.get(i - 2).word().matches("(?i)of|in|for|with|by");
    }

    /** A capitalised word next: "Sunday Times", "August Capital" are names. */
    private static boolean beforeName(List<CoreLabel> labels, int i) {
        return i < labels.size() && !labels.get(i).word().isEmpty() && Character.isUpperCase(labels.get(i).word().charAt(0));
    }

    /** An expression of SUTime's that stops inside a spelled year, extended to its end with the year's value. */
    private static CoreMap wholeSpelledYear(List<CoreLabel> labels, int from, int to, CoreMap m) {
        Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (b == null || e == null || timex == null || timex.value() == null) {
            return null;
        }
        for (int i = from; i < to; i++) {
            CoreLabel l = labels.get(i);
            if (l.beginPosition() < b || l.beginPosition() >= e) {
                continue;
            }
            int[] year = spelledYear(labels, i, to);
            if (year == null) {
                continue;
            }
            int first = from;
            while (labels.get(first).beginPosition() < b) {
                first++;
            }
            String shortYear = "1" + (year[0] / 100 == 19 ? "9" : "8") + (year[0] % 100 / 10) + "0";
            if (labels.get(year[1]).endPosition() <= e || !timex.value().contains(shortYear)) {
                return null;
            }
            CoreMap out = expression(labels, first, year[1], timex.value().replace(shortYear, Integer.toString(year[0])));
            out.set(TimeAnnotations.TimexAnnotation.class,
                    new Timex(timex.timexType(), timex.value().replace(shortYear, Integer.toString(year[0]))));
            return out;
        }
        return null;
    }

    private static boolean spelledYearFollows(List<CoreLabel> labels, int i, int to) {
        return i < to && spelledYear(labels, i, to) != null;
    }

    /**
     * A year in words from token {@code i}: "nineteen ninety-six", "nineteen eighty", "nineteen
     * oh five" is not read; returns {year, last token} or null.
     */
    static int[] spelledYear(List<CoreLabel> labels, int i, int to) {
        String first = labels.get(i).word().toLowerCase(Locale.ROOT);
        if (!first.equals("nineteen") && !first.equals("eighteen") || i + 1 >= to) {
            return null;
        }
        int century = TEENS.get(first) * 100;
        String next = labels.get(i + 1).word().toLowerCase(Locale.ROOT);
        int last = i + 1;
        Integer tens = TENS.get(next);
        int rest;
        if (tens != null) {
            rest = tens;
            // "ninety-six" is one token or three ("ninety", "-", "six")
            if (last + 2 < to && labels.get(last + 1).word().equals("-")
                    && UNITS.containsKey(labels.get(last + 2).word().toLowerCase(Locale.ROOT))) {
                rest += UNITS.get(labels.get(last + 2).word().toLowerCase(Locale.ROOT));
                last += 2;
            }
        } else if (next.contains("-") && TENS.containsKey(next.substring(0, next.indexOf('-')))
                && UNITS.containsKey(next.substring(next.indexOf('-') + 1))) {
            rest = TENS.get(next.substring(0, next.indexOf('-'))) + UNITS.get(next.substring(next.indexOf('-') + 1));
        } else if (TEENS.containsKey(next) && TEENS.get(next) > 10) {
            rest = TEENS.get(next);
        } else {
            return null;
        }
        return new int[] {century + rest, last};
    }

    private static boolean covered(CoreLabel l, List<CoreMap> found) {
        for (CoreMap m : found) {
            Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (b != null && e != null && b < l.endPosition() && l.beginPosition() < e) {
                return true;
            }
        }
        return false;
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
