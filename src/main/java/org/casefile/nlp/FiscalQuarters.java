package org.casefile.nlp;

import org.casefile.domain.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters as business news names them, read over a whole document since they refer to each
 * other: "the third quarter" or "third-quarter" (a quarter of the publication's year, or of the
 * year before when it has not begun yet and nothing says it is to come), then "the quarter", "the
 * latest quarter" (the quarter the story is about: the one it last named, else the last one
 * completed before publication) and "the year-earlier quarter", "the year-ago period", "a year
 * earlier" next to it (the same quarter a year before, counted from the quarter the sentence itself
 * names first), "the 1988 quarter" (that quarter of 1988; after "the first nine months", that
 * year); in a comparison without a quarter named nearby, "a year earlier" is the year before
 * publication, and "last year" in a comparison next to a quarter is that quarter a year back;
 * "the year-earlier period" with no quarter named is the last completed quarter a year back; "the
 * quarter ended Sept. 30" is the story's quarter, else the calendar quarter ending that month
 * (the quarter to come when it is "ending" in a month at most six months off; the year written
 * after the day, when there is one); a
 * quarter named as still to come ("will cause a fourth-quarter charge") is not the story's
 * quarter; "the year ended March 31" is a year's duration; "last fiscal year", "the current fiscal year",
 * "the 1999 fiscal year" are that year, counted as "last year" is.
 * SUTime misses or misdates these; a
 * mention found here replaces the ones it overlaps. Nothing is resolved without a publication
 * date.
 */
final class FiscalQuarters {
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:(?:the|its|this\\s+year's|last\\s+year's|"
            + "next\\s+year's)\\s+)?(?:fiscal\\s+)?(first|second|third|fourth)[- ](?:fiscal[- ])?quarter\\b"
            + "(?:\\s+of\\s+(?:((?:19|20)\\d\\d)\\b|(this|last|next|the\\s+current|the)\\s+year\\b))?");
    /** "the second and third quarters", "the first or second quarter": two quarters sharing one unit. */
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(first|second|third)\\s+(?:and|or|to|through)\\s+"
            + "(?:the\\s+)?(second|third|fourth)[- ]quarters?\\b");
    /** "the first half of this year", "the second half of last year", "the latter half of the year". */
    private static final Pattern HALF_OF = Pattern.compile("(?i)\\b(?:the\\s+)?(first|second|last|latter)\\s+half\\s+of\\s+"
            + "(this|last|next|the\\s+current|the)\\s+year\\b");
    private static final Pattern THE_QUARTER = Pattern.compile("(?i)\\bthe\\s+(?:(latest|most\\s+recent|"
            + "just[- ]ended|recent|past|current)\\s+)?(quarter|period)\\b(?!\\s*(?:-|of\\b|ended|ending))");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:(?:the|a)\\s+)?year[- ](?:ago|earlier)"
            + "(?:\\s+(?:(?:first|second|third|fourth|fiscal)\\s+)*(?:quarter|period))?\\b"
            + "|\\b(?:the\\s+)?(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier)\\b"
            + "|\\ba\\s+year\\s+(?:ago|earlier)\\b");
    /** "the 1988 quarter", "the 1989 period": a year and the quarter the story is about (SUTime reads 1988 quarters). */
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?i)\\bthe\\s+((?:19|20)\\d\\d)\\s+(?:quarter|period)\\b"
            + "(?!\\s*(?:-|of\\b|ended|ending))");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|expects?|expected|expecting|"
            + "forecasts?|projects?|projected|plans?|planned|next|coming|upcoming)\\b");
    /** A comparison with an earlier time: "compared with", "from", "than", "versus", "up/down ... from". */
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:compared?|comparison|from|than|versus|vs\\.?|"
            + "against)\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast\\s+year\\b(?!'s)");
    /** "last year's quarter", "last year's period": the story's quarter, a year back. */
    private static final Pattern LAST_YEARS_QUARTER = Pattern.compile("(?i)\\blast\\s+year's\\s+(?:quarter|period)\\b"
            + "(?!\\s*(?:-|of\\b|ended|ending))");
    /** A figure a report gives for a period: "$2.1 million", "six cents a share", "18%". */
    private static final Pattern RESULT_FIGURE = Pattern.compile("(?i)(?:[$\u00a3\u20ac]\\s?\\d|\\bcents?\\s+a\\s+share\\b|\\d\\s?%)");
    private static final Pattern FISCAL_YEAR_ENDED = Pattern.compile("(?i)\\b(the\\s+(?:fiscal\\s+)?year)\\s+"
            + "(?:ended|ending|that\\s+ended|that\\s+ends)\\b");
    /**
     * "the current fiscal year", "last fiscal year", "the latest fiscal year", "the 1999 fiscal year":
     * group 1 the word or year that places it ("the fiscal year" alone, one "ended March 31", and "the
     * previous fiscal year", which counts from a year the story names, are left alone).
     */
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)\\b(?:(?:the|its|their)\\s+)?(this|current|last|"
            + "latest|past|next|coming|(?:19|20)\\d\\d(?:[-/–](?:\\d\\d|(?:19|20)\\d\\d))?)\\s+fiscal[- ]year\\b(?!\\s*(?:-|ended|ending|that))");
    /** "fiscal 1999", "fiscal year 2000": group 1 the year (not "fiscal 1997-98", a span of two). */
    private static final Pattern FISCAL_NUMBER = Pattern.compile("(?i)\\bfiscal(?:[- ]year)?\\s+((?:19|20)\\d\\d)\\b(?![-/\u2013]\\d)");
    /** "fiscal 1997-98", "fiscal year 2030-31": group 1 the two years. */
    private static final Pattern FISCAL_SPAN = Pattern.compile("(?i)\\bfiscal(?:[- ]year)?\\s+"
            + "((?:19|20)\\d\\d[-/–](?:\\d\\d|(?:19|20)\\d\\d))\\b");

    /**
     * The year a fiscal year written across two calendar years ends in, as fiscal years are named
     * ("1997-98" is 1998, "1999-2000" 2000), or -1 when the second year is not the first's next
     * ("a 2021-25 plan" is no fiscal year).
     */
    static int endYear(String span) {
        int first = Integer.parseInt(span.substring(0, 4));
        String second = span.substring(5);
        int end = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (second.length() == 2 && end < first) {
            end += 100; // "1999-00"
        }
        return end == first + 1 ? end : -1;
    }

    /** "the quarter ended Sept. 30", "the quarter ending in June": group 1 the quarter, group 2 its month. */
    private static final Pattern QUARTER_ENDED = Pattern.compile("(?i)\\b(the\\s+(?:(?:latest|most\\s+recent|"
            + "fiscal|three-month)\\s+)?(?:quarter|period))\\s+(?:that\\s+)?(?:ended|ending)\\s+(?:in\\s+|on\\s+)?"
            + "(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?(?![a-z])");
    /** A span of months or a half named before "the 1988 period": "the first nine months", "the first half". */
    private static final Pattern MONTHS_SPAN = Pattern.compile("(?i)\\b(?:(?:six|nine|\\d{1,2})\\s+months|half)\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /** How many sentences a named quarter stays the one "a year earlier" counts from. */
    private static final int FOCUS_SENTENCES = 3;

    /** "the year before", "the previous year", "the prior year" closing a comparison (no noun phrase after it). */
    private static final Pattern YEAR_BEFORE_NAMED = Pattern.compile("(?i)\\bthe\\s+(?:year\\s+before|previous\\s+year|"
            + "prior\\s+year)\\b(?=\\s*(?:[,.;:)]|$))");
    /** "coming quarters", "the upcoming quarters", "past quarters": group 1 the modifier. */
    private static final Pattern COMING_QUARTERS = Pattern.compile("(?i)\\b(?:the\\s+)?(coming|upcoming|past)\\s+quarters\\b");
    /** A year a sentence names for what it reports: "last year", "this year's", "in 2029", "for 1998". */
    private static final Pattern NAMED_YEAR = Pattern.compile("(?i)\\b(last|this)\\s+year\\b"
            + "|\\b(?:in|for|during|of)\\s+((?:19|20)\\d\\d)\\b(?![-/–]\\d)");

    private FiscalQuarters() {
    }

    /** The year the text names last ({@link #NAMED_YEAR}), or -1. */
    static int namedYear(String before, LocalDate published) {
        Matcher m = NAMED_YEAR.matcher(before);
        int year = -1;
        while (m.find()) {
            year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : m.group(1).equalsIgnoreCase("last") ? published.getYear() - 1 : published.getYear();
        }
        return year;
    }

    private record Found(int begin, int end, String value) {
    }

    /**
     * The document's time mentions with its quarters read (see the class comment).
     *
     * @param text      the document text
     * @param sentences the sentences, in order
     * @param mentions  the time mentions found so far, in text order
     * @param published the publication date, or null (then {@code mentions} is returned as is)
     */
    static List<TimeMention> refine(String text, List<Sentence> sentences, List<TimeMention> mentions,
            LocalDate published) {
        if (published == null) {
            return mentions;
        }
        List<TimeMention> out = new ArrayList<>(mentions);
        int[] focus = null; // year, quarter
        int focusSentence = -1;
        for (Sentence s : sentences) {
            String sentence = text.substring(s.begin(), s.end());
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (!lower.contains("quarter") && !lower.contains("period") && !lower.contains("year") && !lower.contains("fiscal")) {
                continue;
            }
            List<Found> found = new ArrayList<>();
            int[] local = null; // a quarter this sentence names: what its own "a year earlier" counts from
            boolean ahead = FUTURE.matcher(sentence).find();
            boolean game = GamePeriods.inGame(sentence); // "scored 14 points in the fourth quarter": play, no quarter of a year
            Matcher m = NAMED.matcher(sentence);
            while (m.find()) {
                if (game && m.group(2) == null && m.group(3) == null && !m.group().toLowerCase(Locale.ROOT).contains("fiscal")) {
                    continue;
                }
                int quarter = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
                int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                        : m.group(3) != null && !m.group(3).equalsIgnoreCase("the") ? yearNamed(m.group(3), published)
                        : yearOf(m.group(), quarter, published, ahead);
                local = new int[] {year, quarter};
                boolean passing = focus != null && (year < focus[0] || year == focus[0] && quarter < focus[1])
                        && !m.group().toLowerCase(Locale.ROOT).contains("fiscal");
                if ((!ahead || ended(local, published)) && !passing) {
                    // (an earlier quarter named in passing, "after a flat second quarter", leaves the story's;
                    // a fiscal one, which may count from another month, is the focus it names)
                    // a quarter still to come ("will result in a fourth-quarter charge") is no quarter
                    // the story reports on: later comparisons keep counting from the reported one
                    focus = local;
                    focusSentence = s.index();
                }
                found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), year + "-Q" + quarter));
            }
            m = COORDINATED.matcher(sentence);
            while (m.find() && !game) {
                // "the second and third quarters": two quarters that share the unit, each a TIMEX of its
                // own as TimeML marks them ("second", "third quarters"); SUTime's reading of the whole goes
                int wholeBegin = s.begin() + m.start();
                int wholeEnd = s.begin() + m.end();
                out.removeIf(x -> x.begin() < wholeEnd && wholeBegin < x.end());
                int year = yearOf(m.group(), ORDINALS.get(m.group(2).toLowerCase(Locale.ROOT)), published, ahead); // one year for both
                for (int g = 1; g <= 2; g++) {
                    int quarter = ORDINALS.get(m.group(g).toLowerCase(Locale.ROOT));
                    int from = s.begin() + m.start(g);
                    int to = s.begin() + (g == 1 ? m.end(1) : m.end());
                    found.add(new Found(from, to, year + "-Q" + quarter));
                    if (!ahead || ended(new int[] {year, quarter}, published)) {
                        focus = new int[] {year, quarter};
                        focusSentence = s.index();
                    }
                }
            }
            m = HALF_OF.matcher(sentence);
            while (m.find()) {
                // "the first half of this year": TimeML's half of that year
                String which = m.group(1).toLowerCase(Locale.ROOT);
                int year = m.group(2).equalsIgnoreCase("the") ? published.getYear() : yearNamed(m.group(2), published);
                found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), year + (which.equals("first") ? "-H1" : "-H2")));
            }
            // "the quarter", "the latest quarter" before the comparisons, so that "rose in the latest
            // quarter from $99 million a year earlier" counts from it
            m = THE_QUARTER.matcher(sentence);
            while (m.find() && !game) {
                boolean period = m.group(2).equalsIgnoreCase("period");
                String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                if (period && !(modifier.equals("latest") || modifier.startsWith("most"))) {
                    continue; // "the period" alone is any span of time
                }
                int[] q = modifier.equals("current") ? new int[] {published.getYear(), quarterOf(published)}
                        : focus != null ? focus : lastCompleted(published);
                found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), q[0] + "-Q" + q[1]));
                if (!period) {
                    focus = q; // the quarter the story is about is still the one "a year earlier" counts from
                    focusSentence = s.index();
                    local = local == null ? q : local;
                }
            }
            m = QUARTER_ENDED.matcher(sentence);
            while (m.find()) {
                // "the quarter ended Sept. 30": the story's quarter (a fiscal one keeps its number),
                // else the calendar quarter that ends in that month, before publication
                // ("the quarter ending March 31" in a March story is the quarter under way; a year
                // written after the day is that year's: "the quarter ended March 31, 2030")
                Matcher year = YEAR_AFTER_DAY.matcher(sentence.substring(m.end()));
                int[] ending = m.group().toLowerCase(Locale.ROOT).contains("ending") ? endingIn(m.group(2), published) : null;
                int[] q = focus != null ? focus
                        : year.lookingAt() ? new int[] {Integer.parseInt(year.group(1)), monthIndex(m.group(2)) / 3 + 1}
                        : ending != null ? ending : endedIn(m.group(2), published);
                if (q == null) {
                    continue;
                }
                found.add(new Found(s.begin() + m.start(1), s.begin() + m.end(1), q[0] + "-Q" + q[1]));
                focus = q;
                focusSentence = s.index();
                local = local == null ? q : local;
            }
            int[] near = local != null ? local
                    : focus != null && s.index() - focusSentence <= FOCUS_SENTENCES ? focus : null;
            boolean comparison = COMPARISON.matcher(sentence).find();
            m = YEAR_BEFORE.matcher(sentence);
            while (m.find()) {
                String g = m.group().toLowerCase(Locale.ROOT);
                if (near != null) {
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), (near[0] - 1) + "-Q" + near[1]));
                } else if (comparison && g.startsWith("a year")) {
                    // "up 4% from a year earlier": the same span of time a year before publication, or
                    // before the year the sentence named first ("last year's profit rose from $3 million
                    // a year earlier": the year before last)
                    int year = namedYear(sentence.substring(0, m.start()), published);
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(),
                            Integer.toString((year > 0 ? year : published.getYear()) - 1)));
                } else if (g.startsWith("a year") && focus != null && RESULT_FIGURE.matcher(sentence).find()) {
                    // "A year earlier, net income was $2.1 million" further down a story about a quarter's
                    // results: the figures of that quarter a year back, though no sentence near names it
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), (focus[0] - 1) + "-Q" + focus[1]));
                } else if (g.endsWith("quarter") || g.endsWith("period")) {
                    // "in the year-earlier period" with no quarter named nearby: the last quarter
                    // completed, a year back, as "the quarter" alone is the last completed one
                    int[] q = focus != null ? focus : lastCompleted(published);
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), (q[0] - 1) + "-Q" + q[1]));
                }
            }
            m = YEAR_BEFORE_NAMED.matcher(sentence);
            while (m.find()) {
                // "earned $5 million last year, up from $3 million the year before": the year before
                // the one the sentence named; with no year named it stays the story's to place
                int year = comparison ? namedYear(sentence.substring(0, m.start()), published) : -1;
                if (year > 0) {
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), Integer.toString(year - 1)));
                }
            }
            m = COMING_QUARTERS.matcher(sentence);
            while (m.find()) {
                // "in coming quarters", "over the upcoming quarters": TimeML's reference to the future, as
                // "in coming months" is (SUTime reads no bare "quarters")
                found.add(new Found(s.begin() + m.start(), s.begin() + m.end(),
                        m.group(1).equalsIgnoreCase("past") ? "PAST_REF" : "FUTURE_REF"));
            }
            m = LAST_YEAR.matcher(sentence);
            while (m.find()) {
                if (comparison && near != null) {
                    // "earnings of $24 million, compared with a loss of $3 million last year": the quarter
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), (near[0] - 1) + "-Q" + near[1]));
                }
            }
            m = LAST_YEARS_QUARTER.matcher(sentence);
            while (m.find() && !game) {
                // "sales for last year's quarter": the quarter the story is about (else the last one
                // completed), a year back, as "the year-earlier quarter" is
                int[] q = near != null ? near : focus != null ? focus : lastCompleted(published);
                found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), (q[0] - 1) + "-Q" + q[1]));
            }
            m = YEAR_QUARTER.matcher(sentence);
            while (m.find()) {
                if (MONTHS_SPAN.matcher(sentence.substring(0, m.start())).find()) {
                    // "in the first nine months, ... compared with the 1988 period": that span, of 1988
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), m.group(1)));
                } else if (near != null || focus != null) {
                    // "earned $2 million in the 1988 quarter": the quarter the story is about, of that year
                    // (however far down the story it comes)
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), m.group(1) + "-Q" + (near != null ? near : focus)[1]));
                }
            }
            m = FISCAL_YEAR_ENDED.matcher(sentence);
            while (m.find()) {
                // "for the year ended March 31": the twelve months, a duration in TimeML
                found.add(new Found(s.begin() + m.start(), s.begin() + m.start() + m.group(1).length(), "P1Y"));
            }
            m = FISCAL_YEAR.matcher(sentence);
            while (m.find()) {
                // a fiscal year placed by its word, as "last year" is, or by its number ("fiscal 1989" is SUTime's)
                String w = m.group(1).toLowerCase(Locale.ROOT);
                int year = w.matches("\\d{4}.+") ? endYear(w) : w.matches("\\d{4}") ? Integer.parseInt(w)
                        : w.matches("last|latest|past") ? published.getYear() - 1
                        : w.matches("next|coming") ? published.getYear() + 1 : published.getYear();
                if (year > 0) {
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), Integer.toString(year)));
                }
            }
            m = FISCAL_NUMBER.matcher(sentence);
            while (m.find()) {
                // "for fiscal 1999", "in fiscal year 2000": that fiscal year, named by its number, with the
                // word that makes it one (SUTime reads the year alone in some sentences)
                found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), m.group(1)));
            }
            m = FISCAL_SPAN.matcher(sentence);
            while (m.find()) {
                // "fiscal 1997-98", "fiscal year 2030-31": the fiscal year named by the year it ends in
                int year = endYear(m.group(1));
                if (year > 0) {
                    found.add(new Found(s.begin() + m.start(), s.begin() + m.end(), Integer.toString(year)));
                }
            }
            for (Found f : found) {
                replace(out, text, s.index(), f);
            }
        }
        out.sort(Comparator.comparingInt(TimeMention::begin));
        return out;
    }

    /**
     * The year of a quarter named without one: the publication's year; the year before when the
     * quarter starts after publication and the sentence speaks of nothing to come ("reported a
     * fourth-quarter loss" in January), and also when it speaks of what is to come but names the
     * quarter's results ("fourth-quarter profit") and that quarter of the year before ended less than
     * three months before publication, its results still to come ("expects fourth-quarter profit to
     * rise" in February); the year after when the sentence speaks of what is to come
     * and the quarter ended more than a quarter before publication ("expects a first-quarter
     * charge" in November). "last year's" and "next year's" say it.
     */
    static int yearOf(String phrase, int quarter, LocalDate published, boolean future) {
        String p = phrase.toLowerCase(Locale.ROOT);
        int year = published.getYear();
        if (p.startsWith("last year")) {
            return year - 1;
        }
        if (p.startsWith("next year")) {
            return year + 1;
        }
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        if (start.isAfter(published) && (!future || p.contains("-quarter") && !end.minusYears(1).plusMonths(3).isBefore(published))) {
            // "reported a fourth-quarter loss" in January; also "expects fourth-quarter profit to rise" in
            // February: a quarter ended less than a quarter before is still to be reported, the one its
            // results (the hyphened modifier) are of ("will release it in the fourth quarter" looks ahead)
            return year - 1;
        }
        if (future && end.plusMonths(3).isBefore(published)) {
            return year + 1;
        }
        return year;
    }

    /** The year "this", "the current", "last" or "next" year names, counted from the publication date. */
    static int yearNamed(String word, LocalDate published) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("last") ? published.getYear() - 1 : w.equals("next") ? published.getYear() + 1 : published.getYear();
    }

    /** Whether a quarter ({year, quarter}) ended before the date. */
    static boolean ended(int[] q, LocalDate d) {
        return LocalDate.of(q[0], q[1] * 3, 1).plusMonths(1).minusDays(1).isBefore(d);
    }

    /**
     * The calendar quarter that holds the month (an abbreviation or name), in the latest year in
     * which that month has ended before the date; null for no month.
     */
    static int[] endedIn(String month, LocalDate d) {
        int index = monthIndex(month);
        if (index < 0) {
            return null;
        }
        int year = LocalDate.of(d.getYear(), index + 1, 1).plusMonths(1).isAfter(d) ? d.getYear() - 1 : d.getYear();
        return new int[] {year, index / 3 + 1};
    }

    /** A day and a written year after a month: " 31, 2030", " 2030". Group 1 the year. */
    private static final Pattern YEAR_AFTER_DAY = Pattern.compile("(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+((?:19|20)\\d\\d)\\b");

    /** The month of a name or an abbreviation, counted from 0 ("Sept." is 8); -1 for no month. */
    private static int monthIndex(String month) {
        return MONTHS.indexOf(month.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /**
     * The calendar quarter "ending" in the month that is still to come at the date: the first such
     * quarter that ends on or after it, when it ends within six months ("the quarter ending March
     * 31" in a story of March 8, guidance for "the quarter ending June 30" in late March); null when
     * that month is further off (the quarter has ended).
     */
    static int[] endingIn(String month, LocalDate d) {
        int index = monthIndex(month);
        if (index < 0) {
            return null;
        }
        for (int year = d.getYear(); year <= d.getYear() + 1; year++) {
            LocalDate end = java.time.YearMonth.of(year, index + 1).atEndOfMonth();
            if (!end.isBefore(d)) {
                return end.isAfter(d.plusMonths(6)) ? null : new int[] {year, index / 3 + 1};
            }
        }
        return null;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The last quarter that ended before the date. */
    static int[] lastCompleted(LocalDate d) {
        int q = quarterOf(d) - 1;
        return q == 0 ? new int[] {d.getYear() - 1, 4} : new int[] {d.getYear(), q};
    }

    /** Puts a quarter in place of the mentions it overlaps, unless a longer one covers it. */
    private static void replace(List<TimeMention> out, String text, int sentence, Found f) {
        for (TimeMention m : out) {
            if (m.begin() <= f.begin() && m.end() >= f.end() && m.end() - m.begin() > f.end() - f.begin()
                    && !("DURATION".equals(m.type()) || "XXXX".equals(m.value()))) {
                return; // "the third quarter of 1990" read whole by SUTime
            }
        }
        out.removeIf(m -> m.begin() < f.end() && f.begin() < m.end());
        var range = DateRange.of(f.value());
        out.add(new TimeMention(f.value().startsWith("P") ? "DURATION" : "DATE", f.value(), text.substring(f.begin(), f.end()), f.begin(), f.end(), sentence,
                true, f.value().startsWith("P") ? TimeMention.Resolution.EXPLICIT : TimeMention.Resolution.PUBLICATION_DATE, range.map(DateRange::begin).orElse(null),
                range.map(DateRange::end).orElse(null), range.map(DateRange::precision).orElse(null)));
    }
}
