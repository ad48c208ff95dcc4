package org.casefile.nlp;

import org.casefile.domain.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a story counts from a time it has just named: "the next day", "two days later", "the same
 * day", "that evening", "the day before", read against the most recent calendar day stated
 * earlier in the same sentence or in the sentence before, even across one paragraph break ("On
 * March 3 the board voted.¶The next day the mayor resigned": March 4); they stay unresolved when
 * no such day is there, or when the nearest sentence with days names two different ones (they
 * compete). Also the story's units and seasons ("the following year", "that summer", "the
 * previous week", "the end of the decade", a bare month after a counted time of its clause). The
 * value is marked {@link TimeMention.Resolution#NARRATIVE}.
 */
final class NarrativeDates {
    private static final Pattern SAME = Pattern.compile("(?i)(?:the\\s+same|that)\\s+day");
    private static final Pattern NEXT = Pattern.compile("(?i)the\\s+(?:next|following)\\s+day|the\\s+day\\s+after");
    private static final Pattern BEFORE = Pattern.compile("(?i)the\\s+(?:previous|preceding)\\s+day|the\\s+day\\s+before");
    private static final Pattern COUNT = Pattern.compile(
            "(?i)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+(day|week|month|year|decade)s?\\s+(later|earlier)");
    private static final Pattern PART = Pattern.compile("(?i)(?:that|the\\s+same)\\s+(morning|afternoon|evening|night)");
    private static final Pattern NEXT_PART = Pattern.compile("(?i)the\\s+(?:next|following)\\s+(morning|afternoon|evening|night)");
    private static final Map<String, String> PARTS = Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV",
            "night", "TNI");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private NarrativeDates() {
    }

    /**
     * The document's mentions with narrative days resolved where one anchor is found.
     *
     * @param text     the document text
     * @param mentions the time mentions, in text order
     */
    static List<TimeMention> resolve(String text, List<TimeMention> mentions) {
        List<TimeMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            TimeMention m = mentions.get(i);
            // a part of a day alone ("evening" = TEV) counts as anchored though it names no day
            TimeMention resolved = dayNextTo(text, m, i + 1 < mentions.size() ? mentions.get(i + 1) : null);
            if (resolved == null) {
                resolved = m.anchored() && !m.value().startsWith("T") ? null : narrative(text, m, out);
            }
            if (resolved == null && "DURATION".equals(m.type())) {
                resolved = thatUnit(text, m, out); // "that same day", "later that year": a date, not a span
            }
            if (resolved == null && "DATE".equals(m.type())) {
                resolved = thatSeason(text, m, out); // "In 1985 she moved. That summer …": 1985's summer
            }
            if (resolved == null && !m.anchored() && "DATE".equals(m.type())) {
                resolved = followingUnit(text, m, out); // "the following year": the story's year after
            }
            if (resolved == null && !m.anchored() && "DATE".equals(m.type())) {
                resolved = countOnly(text, m); // "three days later" with no day to count from: its span
            }
            if (resolved == null && "DATE".equals(m.type())) {
                resolved = laterInTheDay(text, m, out); // "later in the day": the day just named
            }
            if (resolved == null && !m.anchored()) {
                resolved = hoursLater(text, m, out); // "released on bail hours later": the day just named
            }
            if (resolved == null && "DATE".equals(m.type())) {
                resolved = storyDecade(text, m, out); // "opened in 1962. By the end of the decade": the 1960s
            }
            if (resolved == null && "DATE".equals(m.type())) {
                resolved = sameSentenceYear(text, m, out); // "That fall a fire gutted it, and over the winter …"
            }
            out.add(resolved == null ? m : resolved);
        }
        return out;
    }

    private static final Pattern NEXT_TO = Pattern.compile("\\s+(after|before)\\s+");
    private static final Pattern FULL_DAY = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)");

    /**
     * "the day after Thanksgiving", "the day before Oct. 19": the day next to the day that follows
     * (TimeML marks "the day" with that value; SUTime gives it the publication's); else null.
     */
    static TimeMention dayNextTo(String text, TimeMention m, TimeMention next) {
        if (next == null || !m.text().strip().equalsIgnoreCase("the day") || !FULL_DAY.matcher(next.value()).matches()
                || next.begin() <= m.end()) {
            return null;
        }
        Matcher between = NEXT_TO.matcher(text.substring(m.end(), next.begin()));
        if (!between.matches()) {
            return null;
        }
        LocalDate day = LocalDate.parse(next.value());
        day = between.group(1).equalsIgnoreCase("after") ? day.plusDays(1) : day.minusDays(1);
        return mention("DATE", day.toString(), text, m.begin(), m.end(), m.sentence(), next.resolution());
    }

    private static TimeMention narrative(String text, TimeMention m, List<TimeMention> before) {
        int begin = m.begin();
        String phrase = m.text().strip();
        String part = null;
        if (m.type().equals("TIME") && m.value().matches("T(MO|AF|EV|NI)")) {
            // "that evening": SUTime reads "evening" alone
            Matcher w = Pattern.compile("(?i)(that|the\\s+same)\\s+$").matcher(text.substring(Math.max(0, begin - 12), begin));
            if (!w.find()) {
                return clockOfDay(text, m, before);
            }
            begin -= w.group().length();
            phrase = text.substring(begin, m.end());
        } else if (m.type().equals("TIME") && CLOCK.matcher(m.value()).matches()) {
            return clockOfDay(text, m, before);
        }
        Matcher x;
        if ((x = WEEKDAY_AROUND.matcher(phrase)).matches()) {
            return weekdayAround(text, m, x, before);
        }
        int days = 0;
        String unit = "day";
        int amount = 0;
        if (SAME.matcher(phrase).matches()) {
            days = 0;
        } else if (NEXT.matcher(phrase).matches()) {
            days = 1;
        } else if (BEFORE.matcher(phrase).matches()) {
            days = -1;
        } else if ((x = PART.matcher(phrase)).matches()) {
            part = PARTS.get(x.group(1).toLowerCase(Locale.ROOT));
        } else if ((x = NEXT_PART.matcher(phrase)).matches()) {
            days = 1;
            part = PARTS.get(x.group(1).toLowerCase(Locale.ROOT));
        } else if ((x = COUNT.matcher(phrase)).matches()) {
            String n = x.group(1).toLowerCase(Locale.ROOT);
            amount = NumberWords.count(n);
            amount = x.group(3).equalsIgnoreCase("later") ? amount : -amount;
            unit = x.group(2).toLowerCase(Locale.ROOT);
            if (unit.equals("decade")) {
                amount *= 10; // "a decade later": ten years on
                unit = "year";
            }
        } else {
            return null;
        }
        Optional<LocalDate> anchor = anchor(text, m.sentence(), begin, before);
        if (anchor.isPresent() && amount != 0 && (unit.equals("year") || unit.equals("month"))
                && yearOrMonthLast(text, m.sentence(), begin, before)) {
            // "went on trial on Monday. … was arrested in 2027 and convicted two years later": the year its
            // own sentence names last, not the day of the sentence before
            anchor = Optional.empty();
        }
        if (anchor.isEmpty() && amount != 0 && (unit.equals("year") || unit.equals("month"))) {
            // "entered the town in 1996. A year later, ...": a count of years (months) from the year
            // (month) the story has just named, where no day is named
            int step = amount;
            boolean years = unit.equals("year");
            int from = begin;
            return anchorOf(text, m.sentence(), begin, before, years ? 4 : 7)
                    .map(a -> years ? Integer.toString(Integer.parseInt(a) + step)
                            : java.time.YearMonth.parse(a).plusMonths(step).toString())
                    .map(v -> mention("DATE", v, text, from, m.end(), m.sentence(), TimeMention.Resolution.NARRATIVE))
                    .orElse(null);
        }
        if (anchor.isEmpty()) {
            return null;
        }
        LocalDate d = anchor.get();
        String value = switch (unit) {
            case "week" -> d.plusWeeks(amount).toString();
            case "month" -> d.plusMonths(amount).toString().substring(0, 7);
            case "year" -> Integer.toString(d.plusYears(amount).getYear());
            default -> d.plusDays(amount == 0 ? days : amount).toString();
        };
        if (part != null) {
            value = value + "T" + part.substring(1);
        }
        return mention(part != null ? "TIME" : "DATE", value, text, begin, m.end(), m.sentence(),
                TimeMention.Resolution.NARRATIVE);
    }

    private static final Pattern WEEKDAY_AROUND = Pattern.compile("(?i)the\\s+(following|previous|preceding|prior)\\s+"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    /**
     * "the following Monday", "the previous Friday": the first such weekday after (before) the day
     * the story has just named ({@link #anchor}, else {@link #lastDay}); left as it is when none is.
     */
    private static TimeMention weekdayAround(String text, TimeMention m, Matcher x, List<TimeMention> before) {
        Optional<LocalDate> anchor = anchor(text, m.sentence(), m.begin(), before);
        if (anchor.isEmpty()) {
            anchor = lastDay(m, before);
        }
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(x.group(2).toUpperCase(Locale.ROOT));
        boolean after = x.group(1).equalsIgnoreCase("following");
        return anchor.map(d -> d.with(after ? java.time.temporal.TemporalAdjusters.next(day)
                        : java.time.temporal.TemporalAdjusters.previous(day)))
                .map(d -> mention("DATE", d.toString(), text, m.begin(), m.end(), m.sentence(), TimeMention.Resolution.NARRATIVE))
                .orElse(null);
    }

    private static final Pattern CLOCK = Pattern.compile("T\\d\\d(?::\\d\\d)?Z?|T(?:MO|AF|EV|NI)");

    /**
     * A time of day the text gives no day for ("at 10 p.m.", "in the morning") takes the day the
     * story has just named ({@link #anchor}): TimeML gives a time its day. None named, or a set of
     * times before it in its sentence ("open daily from 10 a.m."): left as it is.
     */
    private static TimeMention clockOfDay(String text, TimeMention m, List<TimeMention> before) {
        if (before.stream().anyMatch(t -> t.sentence() == m.sentence() && t.type().equals("SET"))) {
            return null; // "open daily from 10 a.m. to 5 p.m.", "each Thursday at 9 a.m.": a time that recurs, no day
        }
        List<TimeMention> sameDays = before.stream().filter(t -> t.sentence() == m.sentence() && t.anchored()
                && t.end() <= m.begin() && DAY.matcher(t.value()).lookingAt() && !setOff(text, t, m)).toList();
        long days = sameDays.stream().map(t -> t.value().substring(0, 10)).distinct().count();
        if (days > 1) {
            return null; // "left on Monday and on Friday, and sailed at 4 p.m.": which day is not known
        }
        if (days == 1) {
            return mention("TIME", dayAndClock(sameDays.get(0).value().substring(0, 10), text, m), text, m.begin(), m.end(),
                    m.sentence(), TimeMention.Resolution.NARRATIVE);
        }
        Optional<LocalDate> anchor = anchor(text, m.sentence(), m.begin(), before);
        if (anchor.isEmpty()) {
            // "By mid afternoon, ..." with no day in this sentence or the one before: the last day
            // the story named before it, in whichever paragraph (news paragraphs are a sentence or
            // two; TimeML gives every time its day); with none named, the time stays a time of no day
            return lastDay(m, before).map(d -> mention("TIME", dayAndClock(String.valueOf(d), text, m), text, m.begin(), m.end(), m.sentence(),
                    TimeMention.Resolution.NARRATIVE)).orElse(null);
        }
        if (anchor.isEmpty()) {
            return null;
        }
        return mention("TIME", dayAndClock(anchor.get().toString(), text, m), text, m.begin(), m.end(), m.sentence(),
                TimeMention.Resolution.NARRATIVE);
    }

    /**
     * The day the story names with the clock of a time of no day: "midnight" is that day's end
     * ({@code T24:00}, as "midnight Friday" is: "conceded shortly before midnight" on election day),
     * unless "after" it, the next day's start ({@code T00:00} of the day after); any other clock as
     * written.
     */
    private static String dayAndClock(String day, String text, TimeMention m) {
        if (!m.value().equals("T00:00") || !m.text().toLowerCase(java.util.Locale.ROOT).contains("midnight")) {
            return day + m.value();
        }
        String before = text.substring(Math.max(0, m.begin() - 7), m.begin()).toLowerCase(java.util.Locale.ROOT);
        if (!before.matches(".*\\bafter\\s+")) {
            return day + "T24:00";
        }
        try {
            return java.time.LocalDate.parse(day).plusDays(1) + m.value();
        } catch (java.time.format.DateTimeParseException e) {
            return day + "T24:00"; // a day with no calendar date ("2031-W12"): its end, the same instant
        }
    }

    /** A dateline's dash after a day, with the agency's name between: "June 14 (Xinhua) --". */
    private static final Pattern DATELINE_DASH = Pattern.compile("^\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?(?:--|\u2014|\u2013|-)\\s");

    /**
     * Whether the day {@code t} is set off from the clock {@code m} of its sentence as a line or a
     * dateline of its own ("December 16, 2009" on the line above a lead the splitter joined to it,
     * "BEIJING, June 14 (Xinhua) --"): the day the story was filed, no competitor of the day its
     * lead names ("made its first flight Tuesday … at 18:00 UTC" is Tuesday's clock).
     */
    private static boolean setOff(String text, TimeMention t, TimeMention m) {
        int lineEnd = text.indexOf('\n', t.end());
        if (lineEnd >= 0 && lineEnd < m.begin()) {
            // the day alone on its line (a weekday before it at most), not a line the text wraps mid-sentence
            // ("a hearing on July 27, 2021 and\nJuly 28, 2021 at 9:00 AM each day")
            int lineStart = text.lastIndexOf('\n', t.begin() - 1) + 1;
            return LINE_HEAD.matcher(text.substring(lineStart, t.begin())).matches() && text.substring(t.end(), lineEnd).isBlank();
        }
        return DATELINE_DASH.matcher(text.substring(t.end(), Math.min(m.begin(), t.end() + 50))).find();
    }

    /** What may stand before a day alone on its line: nothing, or its weekday ("Wednesday, December 16, 2009"). */
    private static final Pattern LINE_HEAD = Pattern.compile("(?i)\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?");

    /**
     * The last day the story named before the mention, in whichever paragraph (news paragraphs
     * are a sentence or two), for when {@link #anchor} finds none; empty when none was named or
     * when that day is in the sentence before, where {@link #anchor} found days competing.
     */
    private static Optional<LocalDate> lastDay(TimeMention m, List<TimeMention> before) {
        TimeMention last = null;
        for (TimeMention t : before) {
            if (t.anchored() && t.end() <= m.begin() && DAY.matcher(t.value()).lookingAt()) {
                last = t;
            }
        }
        if (last == null || last.sentence() >= m.sentence() - 1) {
            return Optional.empty(); // days in the sentence before that compete: which one is not known
        }
        return Optional.of(LocalDate.parse(last.value().substring(0, 10)));
    }

    private static final Pattern THAT_UNIT = Pattern.compile(
            "(?i)(?:(?:earlier|later)\\s+(?:on\\s+|in\\s+)?)?(?:that(?:\\s+same)?|the\\s+same)\\s+$");

    /**
     * "that same day", "later that year", "that month": SUTime reads the unit alone as a span of
     * one; it is a date, the day (month, year) the story has just named (same sentence or the one
     * before), else a date left unresolved.
     */
    private static TimeMention thatUnit(String text, TimeMention m, List<TimeMention> before) {
        String unit = m.text().strip().toLowerCase(Locale.ROOT);
        if (!unit.matches("day|month|year") || !m.value().matches("P1[DMY]")) {
            return null;
        }
        Matcher w = THAT_UNIT.matcher(text.substring(Math.max(0, m.begin() - 24), m.begin()));
        if (!w.find()) {
            return null;
        }
        int begin = m.begin() - w.group().length();
        Optional<String> anchor = unit.equals("day")
                ? anchor(text, m.sentence(), begin, before).map(LocalDate::toString)
                : anchorOf(text, m.sentence(), begin, before, unit.equals("year") ? 4 : 7);
        return anchor.map(a -> mention("DATE", a, text, begin, m.end(), m.sentence(), TimeMention.Resolution.NARRATIVE))
                .orElseGet(() -> mention("DATE", "XXXX", text, begin, m.end(), m.sentence(), TimeMention.Resolution.NONE));
    }

    private static final Pattern IN_THE_DAY = Pattern.compile("(?i)\\b(?:later|earlier)\\s+(?:in|during)\\s+$");

    /**
     * "later in the day", "earlier in the day": the day the story has just named ({@link #anchor}:
     * in the sentence or the one before), not the publication's, which SUTime gives "the day"; as
     * it is when no day is named there (a day named further back is often another day of the
     * story: "Sunday was chosen … On Saturday, it announced orders … Earlier in the day, …").
     */
    private static TimeMention laterInTheDay(String text, TimeMention m, List<TimeMention> before) {
        if (!m.text().strip().equalsIgnoreCase("the day")
                || !IN_THE_DAY.matcher(text.substring(Math.max(0, m.begin() - 20), m.begin())).find()) {
            return null;
        }
        return anchor(text, m.sentence(), m.begin(), before)
                .map(d -> mention("DATE", d.toString(), text, m.begin(), m.end(), m.sentence(), TimeMention.Resolution.NARRATIVE))
                .orElse(null);
    }

    /**
     * An uncounted few hours or minutes from the time just told: "hours later", "a few minutes
     * earlier", "an hour afterwards". A counted one ("two hours later", "48 hours later") SUTime reads
     * as a duration of its own, and may cross a day.
     */
    private static final Pattern HOURS_LATER = Pattern.compile("(?i)(?:(?:a\\s+few|several|some|a\\s+couple\\s+of|an)\\s+)?"
            + "(?:hours?|minutes?|moments)\\s+(?:later|earlier|afterwards?)");

    /**
     * "hours later", "minutes later", "an hour earlier": the day the story has just named (as
     * {@link #anchor}), or, in the same sentence, the last calendar value told before it when that is no
     * day ("arrested in January and released hours later": January). Counting across midnight is left aside.
     */
    private static TimeMention hoursLater(String text, TimeMention m, List<TimeMention> before) {
        if (!HOURS_LATER.matcher(m.text().strip()).matches()) {
            return null;
        }
        Optional<String> value = anchor(text, m.sentence(), m.begin(), before).map(LocalDate::toString);
        if (value.isEmpty()) {
            value = before.stream().filter(t -> t.sentence() == m.sentence() && t.end() <= m.begin() && t.anchored()
                    && t.value().matches("\\d{4}(?:-\\d{2})?")).reduce((a, b) -> b).map(TimeMention::value);
        }
        return value.map(v -> mention("DATE", v, text, m.begin(), m.end(), m.sentence(), TimeMention.Resolution.NARRATIVE))
                .orElse(null);
    }

    private static final Pattern FOLLOWING_QUARTER = Pattern.compile(
            "(?i)the\\s+(following|previous|preceding|prior|same)\\s+quarter");
    private static final Pattern QUARTER_OR_FINER = Pattern.compile("(\\d{4})-(?:Q([1-4])|(\\d{2})).*");

    /**
     * "the previous quarter", "the following quarter": the calendar quarter before (after, equal to)
     * the quarter of the last date the story named ("sales in the third quarter fell from the
     * previous quarter": the second); null when the story named none as precise.
     */
    private static TimeMention followingQuarter(String text, TimeMention m, List<TimeMention> before, Matcher x) {
        Matcher q = lastStatedValue(text, m, before).map(QUARTER_OR_FINER::matcher).filter(Matcher::matches).orElse(null);
        if (q == null) {
            return null;
        }
        int index = Integer.parseInt(q.group(1)) * 4 + (q.group(2) != null ? Integer.parseInt(q.group(2)) - 1
                : (Integer.parseInt(q.group(3)) - 1) / 3);
        String w = x.group(1).toLowerCase(java.util.Locale.ROOT);
        index += w.equals("following") ? 1 : w.equals("same") ? 0 : -1;
        return mention("DATE", (index / 4) + "-Q" + (index % 4 + 1), text, m.begin(), m.end(), m.sentence(),
                TimeMention.Resolution.NARRATIVE);
    }

    private static final Pattern FOLLOWING_UNIT = Pattern.compile(
            "(?i)the\\s+(following|next|previous|preceding|prior|same)\\s+(month|year)");
    /** "the year before", "the month after": group 1 the unit, group 2 the direction. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)the\\s+(month|year)\\s+(before|after|earlier|later)");
    /** What closes an expression with no noun phrase of its own after it: a mark, or the end of the text. */
    private static final Pattern CLOSED = Pattern.compile("^(?:\\s*[,.;:)!?]|\\s*$)");
    /** Words before "the next year" that make it a span from now ("over the next year"). */
    private static final Pattern SPAN_BEFORE = Pattern.compile(
            "(?i)\\b(?:over|during|within|for|through|throughout|in|into|of)\\s+$");

    /**
     * "the following year", "the previous month", "the same year", "the year before" closing its
     * phrase, and "the next year" after a date ("sued in August 2023 and settled the next year"):
     * the year (month) after, before or equal to the one the story has just named (same sentence or
     * the one before, {@link #anchorOf}; for "following" and "previous", else the last one stated,
     * {@link #lastStated}). "over the next year" and "in the next month" are spans from the
     * publication, left alone. Weeks and seasons go to {@link #followingWeek} and {@link #followingSeason}.
     */
    private static TimeMention followingUnit(String text, TimeMention m, List<TimeMention> before) {
        Matcher season = FOLLOWING_SEASON.matcher(m.text().strip());
        if (season.matches()) {
            return followingSeason(text, m, before, season);
        }
        Matcher week = FOLLOWING_WEEK.matcher(m.text().strip());
        if (week.matches()) {
            return followingWeek(text, m, before, week);
        }
        Matcher quarter = FOLLOWING_QUARTER.matcher(m.text().strip());
        if (quarter.matches()) {
            return followingQuarter(text, m, before, quarter);
        }
        Matcher x = FOLLOWING_UNIT.matcher(m.text().strip());
        Matcher after = UNIT_AFTER.matcher(m.text().strip());
        if (after.matches() && CLOSED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).find()) {
            // "The year before, he had lived in …", "up from $3 million the year before.": as "the previous
            // year" ("the year before the war" counts from the war)
            x = FOLLOWING_UNIT.matcher("the " + (after.group(2).matches("(?i)before|earlier") ? "previous " : "following ")
                    + after.group(1));
        }
        if (!x.matches()) {
            return null;
        }
        boolean next = x.group(1).equalsIgnoreCase("next");
        if (next && SPAN_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 12), m.begin())).find()) {
            return null;
        }
        boolean year = x.group(2).equalsIgnoreCase("year");
        int step = x.group(1).equalsIgnoreCase("following") || next ? 1 : x.group(1).equalsIgnoreCase("same") ? 0 : -1;
        Optional<String> anchor = anchorOf(text, m.sentence(), m.begin(), before, year ? 4 : 7);
        if (anchor.isEmpty() && !next && step != 0) {
            anchor = lastStated(text, m, before, year ? 4 : 7);
        }
        return anchor.map(a -> year ? Integer.toString(Integer.parseInt(a) + step)
                        : java.time.YearMonth.parse(a).plusMonths(step).toString())
                .map(v -> mention("DATE", v, text, m.begin(), m.end(), m.sentence(), TimeMention.Resolution.NARRATIVE))
                .orElse(null);
    }

    private static final Pattern FOLLOWING_WEEK = Pattern.compile(
            "(?i)(?:(?:start|end)\\s+)?(the\\s+(following|next|previous|preceding|prior)\\s+week)");

    /**
     * "the following week", "the previous week": the ISO week after (before) the day the story has
     * just named ({@link #anchor}, else the last day it named, {@link #lastDay}); SUTime's "start" before
     * it is the verb's ("shipments will start the following week"). "over the next week" is a span,
     * left alone, and so is a week with no day named before it.
     */
    private static TimeMention followingWeek(String text, TimeMention m, List<TimeMention> before, Matcher x) {
        int begin = m.begin() + m.text().indexOf(x.group(1));
        boolean next = x.group(2).equalsIgnoreCase("next");
        if (next && SPAN_BEFORE.matcher(text.substring(Math.max(0, begin - 12), begin)).find()) {
            return null;
        }
        Optional<LocalDate> anchor = anchor(text, m.sentence(), begin, before);
        if (anchor.isEmpty()) {
            anchor = lastDay(m, before);
        }
        int step = next || x.group(2).equalsIgnoreCase("following") ? 1 : -1;
        return anchor.map(d -> d.plusWeeks(step))
                .map(d -> String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                .map(v -> mention("DATE", v, text, begin, m.end(), m.sentence(), TimeMention.Resolution.NARRATIVE))
                .orElse(null);
    }

    private static final Pattern FOLLOWING_SEASON = Pattern.compile(
            "(?i)the\\s+(following|next|previous|preceding|prior)\\s+(spring|summer|fall|autumn|winter)");
    private static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");

    /**
     * "the following spring", "the previous winter": the first such season after (before) the time
     * the story last named ("That winter she met her husband. They married the following spring":
     * the spring after that winter; after a year alone, the next year's; a week, quarter or half by
     * the month it starts in); as it is when the story has named no time. "over the next winter" is
     * a span, and "the next winter" counts only from a time of its sentence or the one before.
     */
    private static TimeMention followingSeason(String text, TimeMention m, List<TimeMention> before, Matcher x) {
        boolean next = x.group(1).equalsIgnoreCase("next");
        if (next && SPAN_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 12), m.begin())).find()) {
            return null; // "over the next winter": a span from the publication
        }
        TimeMention last = lastCalendarDate(m, before);
        if (next && (last == null || last.sentence() < m.sentence() - 1 || acrossParagraphs(text, last, m.sentence(), m.begin()))) {
            return null; // "the next winter" far from any time of the story: the publication's
        }
        Optional<String> anchor = lastStatedValue(text, m, before).filter(v -> YEAR_PRECISE.matcher(v).matches());
        if (anchor.isEmpty()) {
            return null;
        }
        String a = anchor.get();
        int year = Integer.parseInt(a.substring(0, 4));
        String name = x.group(2).toLowerCase(Locale.ROOT);
        int target = SEASONS.indexOf(switch (name) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        });
        boolean after = x.group(1).equalsIgnoreCase("following") || next;
        int at; // the anchor's place among the seasons of its year; -1 a whole year
        int mo = startMonth(a.substring(4)); // a month, and a week, quarter or half by the month it starts in
        if (a.length() >= 7 && SEASONS.contains(a.substring(5, 7))) {
            at = SEASONS.indexOf(a.substring(5, 7));
        } else if (mo > 0) {
            at = mo <= 2 ? -2 : mo <= 5 ? 0 : mo <= 8 ? 1 : mo <= 11 ? 2 : 3; // January, February: last year's winter
            if (at == -2) {
                year -= 1;
                at = 3;
            }
        } else {
            at = -1;
        }
        int y;
        if (at < 0) {
            y = after ? year + 1 : year - 1;
        } else if (after) {
            y = target > at ? year : year + 1;
        } else {
            y = target < at ? year : year - 1;
        }
        return mention("DATE", y + "-" + SEASONS.get(target), text, m.begin(), m.end(), m.sentence(),
                TimeMention.Resolution.NARRATIVE);
    }

    /**
     * The year ({@code length} 4) or month (7) of the last calendar date the story named before
     * the mention, however far back ("In March, the firm received an offer. … The following month,
     * it put itself up for sale": April); empty when that date is less precise. For "the following"
     * and "the previous" unit only, which count from the story, never from the publication.
     */
    private static Optional<String> lastStated(String text, TimeMention m, List<TimeMention> before, int length) {
        return lastStatedValue(text, m, before).filter(v -> (length == 4 ? YEAR_PRECISE : MONTH_PRECISE).matcher(v).matches())
                .map(v -> v.substring(0, length));
    }

    /** A value at least as precise as a year: a year, a season, a quarter or half, a week, a month, a day. */
    private static final Pattern YEAR_PRECISE = Pattern.compile("\\d{4}(?:-(?:\\d{2}|SP|SU|FA|WI|Q\\d|H\\d|W\\d{2}).*)?");
    private static final Pattern MONTH_PRECISE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2}.*)?");
    /** A count of years told as the story moving on: "Two years later", "three years earlier". */
    private static final Pattern YEARS_MOVED = Pattern.compile("(?i)^\\s+(later|earlier)\\b");

    /**
     * The value of the last calendar date the story named before the mention, however far back,
     * moved by the counts of years the story told after it ("In 1962 she opened a bakery. Two years
     * later, she added a counter. That fall …": 1964); empty when none was named.
     */
    private static Optional<String> lastStatedValue(String text, TimeMention m, List<TimeMention> before) {
        TimeMention last = lastCalendarDate(m, before);
        if (last == null) {
            return Optional.empty();
        }
        int moved = 0;
        for (TimeMention t : before) {
            if (t.begin() >= last.end() && t.end() < m.begin() && "DURATION".equals(t.type()) && t.value().matches("P\\d{1,2}Y")) {
                Matcher w = YEARS_MOVED.matcher(text.substring(t.end(), Math.min(m.begin(), t.end() + 10)));
                if (w.find()) {
                    int n = Integer.parseInt(t.value().substring(1, t.value().length() - 1));
                    moved += w.group(1).equalsIgnoreCase("later") ? n : -n;
                }
            }
        }
        String v = last.value();
        if (moved != 0 && YEAR_PRECISE.matcher(v).matches()) {
            v = (Integer.parseInt(v.substring(0, 4)) + moved) + "";
        }
        return Optional.of(v);
    }

    /** The last anchored calendar date that ends before the mention begins, however far back; null when none. */
    private static TimeMention lastCalendarDate(TimeMention m, List<TimeMention> before) {
        TimeMention last = null;
        for (TimeMention t : before) {
            if (t.anchored() && t.isCalendarDate() && t.end() <= m.begin()) {
                last = t;
            }
        }
        return last;
    }

    private static final Pattern SEASON_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-(SP|SU|FA|WI)");
    private static final Pattern THAT_BEFORE = Pattern.compile("(?i)\\bthat\\s+$");
    /** The word right before "that" (none after punctuation or at the start). */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}']+)\\s+$");
    /** Words before "that summer" that leave it a time: "in that summer", "by that summer". */
    private static final java.util.Set<String> SEASON_PREPOSITIONS = java.util.Set.of("in", "during", "by", "of",
            "until", "since", "for", "through", "throughout", "after", "before", "from", "all", "and", "but");
    /** An auxiliary or modal right after the season: its verb, so "that" opened a clause. */
    private static final Pattern VERB_AFTER = Pattern.compile("(?i)^\\s+(?:would|will|could|might|may|should|must|"
            + "can|was|were|is|are|had|has|have)\\b");

    /**
     * "that summer", "that spring": the season of the year the story last named ("In 1985 she moved to
     * Oakby. That summer her brother followed": 1985-SU), never one counted from the publication
     * (SUTime reads the season alone and the tense made it the last one before publication); with
     * no year named before it, a summer of no known year. Not when "that" follows a word other than a
     * preposition and an auxiliary follows the season ("She said that summer would bring rain").
     */
    private static TimeMention thatSeason(String text, TimeMention m, List<TimeMention> before) {
        Matcher season = SEASON_VALUE.matcher(m.value());
        if (!season.matches() || m.text().strip().contains(" ")) {
            return null;
        }
        Matcher that = THAT_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 8), m.begin()));
        if (!that.find()) {
            return null;
        }
        int begin = m.begin() - (that.end() - that.start());
        Matcher wordBefore = WORD_BEFORE.matcher(text.substring(Math.max(0, begin - 20), begin));
        boolean afterWord = wordBefore.find() && !SEASON_PREPOSITIONS.contains(wordBefore.group(1).toLowerCase(java.util.Locale.ROOT));
        if (afterWord && VERB_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find()) {
            return null; // "She said that summer would bring rain": "that" opens what was said
        }
        Optional<String> year = lastStated(text, m, before, 4);
        String value = year.orElse("XXXX") + "-" + season.group(1);
        return mention("DATE", value, text, begin, m.end(), m.sentence(),
                year.isPresent() ? TimeMention.Resolution.NARRATIVE : TimeMention.Resolution.NONE);
    }

    private static final Pattern BARE_MONTH_OR_SEASON = Pattern.compile("(?i)(?:(?:early|late|mid-?)\\s*)?(?:the\\s+)?"
            + "(?:january|february|march|april|may|june|july|august|september|october|november|december|"
            + "spring|summer|fall|autumn|winter)");

    /**
     * A bare month or season the publication placed, after a time the story counted earlier in the
     * same sentence and clause ({@link TimeExpressions#sameClause} reads a stated year so): that
     * time's year ("That fall a fire gutted the kitchen, and she rebuilt it over the winter": the
     * winter of that fall's year). Not across a clause break ("That fall it burned, but this winter
     * it will reopen" names its own).
     */
    private static TimeMention sameSentenceYear(String text, TimeMention m, List<TimeMention> before) {
        if (m.resolution() != TimeMention.Resolution.PUBLICATION_DATE || !BARE_MONTH_OR_SEASON.matcher(m.text().strip()).matches()
                || !m.value().matches("\\d{4}-(?:\\d{2}|SP|SU|FA|WI)")) {
            return null;
        }
        TimeMention last = lastCalendarDate(m, before);
        if (last == null || last.sentence() != m.sentence() || last.resolution() != TimeMention.Resolution.NARRATIVE
                || !last.value().matches("\\d{4}(?:-.*)?") || m.begin() - last.end() > 80
                || SAME_CLAUSE_BREAK.matcher(text.substring(last.end(), m.begin())).find()) {
            return null;
        }
        int year = Integer.parseInt(last.value().substring(0, 4));
        int from = startMonth(last.value().substring(4));
        int to = startMonth(m.value().substring(4));
        if (from > 0 && to > 0 && to < from) {
            year++; // "on Dec. 30 ... for January", "That fall ... in the spring": the year after
        }
        return mention("DATE", year + m.value().substring(4), text, m.begin(), m.end(), m.sentence(),
                TimeMention.Resolution.NARRATIVE);
    }

    /**
     * The month a value's part after its year starts in ("-03-04": 3, "-SP": 3, "-WI": 12, "-Q2": 4,
     * "-H2": 7, "-W07": that week's Thursday's month); 0 for a whole year or what names no month.
     */
    private static int startMonth(String rest) {
        Matcher x = Pattern.compile("^-(?:(\\d{2})|(SP|SU|FA|WI)|Q([1-4])|H([12])|W(\\d{2}))").matcher(rest);
        if (!x.find()) {
            return 0;
        }
        if (x.group(1) != null) {
            return Integer.parseInt(x.group(1));
        }
        if (x.group(2) != null) {
            return 3 + 3 * SEASONS.indexOf(x.group(2));
        }
        if (x.group(3) != null) {
            return 3 * Integer.parseInt(x.group(3)) - 2;
        }
        if (x.group(4) != null) {
            return 6 * Integer.parseInt(x.group(4)) - 5;
        }
        int week = Integer.parseInt(x.group(5));
        return Math.min(12, 1 + (week * 7 - 4) * 12 / 365);
    }

    /**
     * A clause break as {@link TimeExpressions#sameClause} reads one, a colon, or a word that names
     * a time of its own ("this winter", "next spring", "last fall").
     */
    private static final Pattern SAME_CLAUSE_BREAK = Pattern.compile("(?i)[;:]|\\b(?:"
            + String.join("|", TimeExpressions.CLAUSE_BREAKS.stream().filter(w -> w.matches("\\p{L}+")).sorted().toList())
            + "|this|next|last)\\b");

    /**
     * Words of a clause that is not told in the past: a modal, a present of being, or a verb of
     * intent ("expects sales to double", "hopes to replace it", "will close", "is growing").
     */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("(?i)\\b(?:will|'ll|shall|would|could|can|may|might|must|"
            + "should|is|are|am|(?:expect|hope|plan|aim|intend|want|seek|vow|promise|predict|forecast)s?|going\\s+to)\\b");

    /** Where the sentence holding {@code from} ends: its stop and a space, a paragraph break, or the text's end. */
    private static int sentenceEnd(String text, int from) {
        Matcher x = Pattern.compile("[.!?][\"'\u201d)]*(?:\\s|$)|\n\\s*\n").matcher(text);
        return x.find(from) ? x.start() : text.length();
    }

    private static final Pattern THE_DECADE = Pattern.compile(
            "(?i)(?:the\\s+)?(?:(?:end|start|beginning|middle|rest|close)\\s+of\\s+)?the\\s+decade");

    /**
     * "the decade", "the end of the decade" that the publication read as its own decade, right
     * after a sentence (or earlier in its own) whose last time was a year or decade the story
     * stated in an earlier decade: that decade ("The plant opened in 1962.¶By the end of the
     * decade, it employed 3,000": 196; "Sales rose in the 1980's, and by the end of the decade …":
     * 198). Not after a time counted from the publication, nor one two sentences back ("The decade
     * has been good for us" stays the publication's), nor in a clause that looks ahead ({@link
     * #LOOKS_AHEAD}: "founded it in 1998, expects sales to double by the end of the decade").
     */
    private static TimeMention storyDecade(String text, TimeMention m, List<TimeMention> before) {
        if (m.resolution() != TimeMention.Resolution.PUBLICATION_DATE || !m.value().matches("\\d{3}")
                || !THE_DECADE.matcher(m.text().strip()).matches()) {
            return null;
        }
        TimeMention last = lastCalendarDate(m, before);
        if (last == null || last.sentence() < m.sentence() - 1 || acrossParagraphs(text, last, m.sentence(), m.begin())
                || last.resolution() == TimeMention.Resolution.PUBLICATION_DATE || !last.value().matches("\\d{3,4}(?:-.*)?")
                || Integer.parseInt(last.value().substring(0, 3)) >= Integer.parseInt(m.value())
                || LOOKS_AHEAD.matcher(text.substring(last.end(), sentenceEnd(text, m.end()))).find()) {
            return null; // "who founded it in 1998, expects sales to double by the end of the decade": the publication's
        }
        return mention("DATE", last.value().substring(0, 3), text, m.begin(), m.end(), m.sentence(),
                TimeMention.Resolution.NARRATIVE);
    }

    private static final Pattern COUNT_ONLY = Pattern.compile("(?i)((?:(?:just|about|some|nearly|almost|over|under|"
            + "more\\s+than|less\\s+than)\\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}|a\\s+few|"
            + "several)\\s+(minute|hour|day|week|month|year)s?)\\s+(?:later|earlier|before|after|afterwards?)");

    /**
     * "three days later", "a few days earlier", "over an hour later" that no day of the story
     * anchors: TimeML's span of that length ("three days", the rest a signal), not a date of
     * unknown value.
     */
    private static TimeMention countOnly(String text, TimeMention m) {
        Matcher x = COUNT_ONLY.matcher(m.text().strip());
        if (!x.matches()) {
            return null;
        }
        String n = x.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String amount = n.equals("a few") || n.equals("several") ? "X"
                : String.valueOf(NumberWords.count(n));
        String unit = x.group(3).toLowerCase(Locale.ROOT);
        if (unit.equals("year") && m.text().strip().toLowerCase(Locale.ROOT).endsWith("earlier")) {
            return null; // "a year earlier": the period a year before, a date in TimeML (left unresolved)
        }
        String value = switch (unit) {
            case "minute" -> "PT" + amount + "M";
            case "hour" -> "PT" + amount + "H";
            default -> "P" + amount + Character.toUpperCase(unit.charAt(0));
        };
        int begin = m.begin() + m.text().indexOf(m.text().strip());
        int end = begin + x.group(1).length();
        return mention("DURATION", value, text, begin, end, m.sentence(), TimeMention.Resolution.EXPLICIT);
    }

    private static TimeMention mention(String type, String value, String text, int begin, int end, int sentence,
            TimeMention.Resolution resolution) {
        var range = DateRange.of(value);
        return new TimeMention(type, value, text.substring(begin, end), begin, end, sentence,
                resolution != TimeMention.Resolution.NONE, resolution, range.map(DateRange::begin).orElse(null),
                range.map(DateRange::end).orElse(null), range.map(DateRange::precision).orElse(null));
    }

    /**
     * The year ({@code length} 4) or month (7) to count from: as {@link #anchor}, from any stated
     * date at least that precise ({@link #YEAR_PRECISE}, {@link #MONTH_PRECISE}: "in June 1998 ...
     * later that year": 1998; "in the summer of 2028 and closed the next year": 2029).
     */
    private static Optional<String> anchorOf(String text, int sentence, int begin, List<TimeMention> before, int length) {
        List<String> same = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        Pattern precise = length == 4 ? YEAR_PRECISE : MONTH_PRECISE;
        for (TimeMention t : before) {
            if (!t.anchored() || !precise.matcher(t.value()).matches() || t.end() > begin
                    || acrossParagraphs(text, t, sentence, begin)) {
                continue;
            }
            if (t.sentence() == sentence) {
                same.add(t.value().substring(0, length));
            } else if (t.sentence() == sentence - 1) {
                previous.add(t.value().substring(0, length));
            }
        }
        if (!same.isEmpty()) {
            return Optional.of(same.get(same.size() - 1));
        }
        List<String> distinct = previous.stream().distinct().toList();
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    /**
     * Whether a paragraph break keeps the stated time {@code t} from anchoring an expression at
     * {@code begin} of sentence {@code sentence}: a break inside the sentence does, and so does one
     * before a sentence further back; news paragraphs are often a sentence long, so the sentence
     * right before, in the paragraph before, still anchors ("The river crested on Wednesday.¶The
     * next day, the levee gave way": Thursday).
     */
    private static boolean acrossParagraphs(String text, TimeMention t, int sentence, int begin) {
        int breaks = ParagraphBreaks.of(text).between(t.end(), begin);
        return breaks > 1 || breaks == 1 && t.sentence() != sentence - 1;
    }

    /**
     * Where a text's paragraphs break: the start and end of each run of white space holding two line
     * ends or more, found once per text (each thread keeps the last text's), so that counting the
     * breaks between two offsets is two binary searches, not a scan (every earlier time of a long
     * filing was asked about every later one).
     */
    record ParagraphBreaks(String text, int[] starts, int[] ends) {
        private static final ThreadLocal<ParagraphBreaks> LAST = new ThreadLocal<>();

        static ParagraphBreaks of(String text) {
            ParagraphBreaks b = LAST.get();
            if (b == null || b.text != text) {
                b = find(text);
                LAST.set(b);
            }
            return b;
        }

        private static ParagraphBreaks find(String text) {
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (!space(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                int lineEnds = 0;
                for (; i < text.length() && space(text.charAt(i)); i++) {
                    lineEnds += text.charAt(i) == '\n' ? 1 : 0;
                }
                if (lineEnds >= 2) {
                    starts.add(start);
                    ends.add(i);
                }
            }
            return new ParagraphBreaks(text, starts.stream().mapToInt(Integer::intValue).toArray(),
                    ends.stream().mapToInt(Integer::intValue).toArray());
        }

        /** White space as a regular expression's {@code \\s} knows it. */
        private static boolean space(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }

        /** How many breaks lie wholly between {@code from} and {@code to}. */
        int between(int from, int to) {
            int first = java.util.Arrays.binarySearch(starts, from);
            first = first >= 0 ? first : -first - 1; // the first run starting at or after from
            int last = java.util.Arrays.binarySearch(ends, to);
            last = last >= 0 ? last : -last - 2; // the last run ending at or before to
            return Math.max(0, last - first + 1);
        }
    }

    /**
     * Whether the last anchored time before {@code begin} in its own sentence names a year or a month
     * ("in 2027", "in May 2027"), not a day; a time inside a relative clause set off by commas is not the
     * main clause's ("On May 4, 2019, Lee, who had joined Acme in 2015, was fired; two years later": 2021).
     */
    private static boolean yearOrMonthLast(String text, int sentence, int begin, List<TimeMention> before) {
        TimeMention last = null;
        for (TimeMention t : before) {
            if (t.sentence() == sentence && t.end() <= begin && t.anchored() && t.value().matches("\\d{4}(-\\d{2})?(-\\d{2}.*)?")
                    && !inRelativeClause(text, t, begin)) {
                last = t;
            }
        }
        return last != null && last.value().matches("\\d{4}(-\\d{2})?");
    }

    /**
     * Whether a time stands in a relative clause between commas that closes before {@code begin}: ", who
     * had joined Acme in 2015," (the comma before the clause's word, another after the time).
     */
    private static boolean inRelativeClause(String text, TimeMention t, int begin) {
        int comma = text.lastIndexOf(',', t.begin());
        if (comma < 0) {
            return false;
        }
        String opening = text.substring(comma + 1, t.begin());
        int close = text.indexOf(',', t.end());
        return opening.matches("\\s*(?i:who|whom|whose|which)\\s[^.;:]*") && close >= t.end() && close < begin;
    }

    /**
     * The day to count from: the days stated before the expression in its own sentence, else in
     * the sentence before (across one paragraph break, {@link #acrossParagraphs}); the last of them
     * in the same sentence, or the only one of the sentence before (two different ones compete: none).
     */
    private static Optional<LocalDate> anchor(String text, int sentence, int begin, List<TimeMention> before) {
        List<TimeMention> same = new ArrayList<>();
        List<TimeMention> previous = new ArrayList<>();
        for (TimeMention t : before) {
            if (!t.anchored() || !DAY.matcher(t.value()).lookingAt() || t.end() > begin
                    || acrossParagraphs(text, t, sentence, begin)) {
                continue;
            }
            if (t.sentence() == sentence) {
                same.add(t);
            } else if (t.sentence() == sentence - 1) {
                previous.add(t);
            }
        }
        if (!same.isEmpty()) {
            return Optional.of(LocalDate.parse(same.get(same.size() - 1).value().substring(0, 10)));
        }
        List<String> days = previous.stream().map(t -> t.value().substring(0, 10)).distinct().toList();
        return days.size() == 1 ? Optional.of(LocalDate.parse(days.get(0))) : Optional.empty();
    }
}
