package org.casefile.nlp;

import org.casefile.domain.DateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Clock times with the day they fall on, as TimeML writes them ({@code 2000-04-04T09:00}): a time
 * right before its day ("9 a.m. EST Tuesday", "5 p.m., Nov. 6") is one expression with the day's
 * value and the hour; a time alone in a sentence that names exactly one day ("at 10:35 a.m.
 * Friday", "on Friday the blast came at 10:35 a.m.") takes that day. A time in a sentence with no
 * day, or with two different ones, keeps its hour alone ({@code T09:00}): no day is guessed.
 */
final class ClockTimes {
    private static final Pattern HOUR = Pattern.compile("T(\\d\\d(?::\\d\\d)?Z?)");
    private static final Pattern DAY = Pattern.compile("(?:\\d{4}|XXXX)-(?:\\d\\d-\\d\\d|W\\d\\d-\\d|WXX-\\d)");
    /** What may stand between a time and its day: a time zone, a comma, "on". */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s*(?:\\(?(?:[ECMP][SD]T|[ECMP]T|GMT|UTC|local\\s+time)\\)?)?\\s*,?\\s*(?:on\\s+)?");

    private ClockTimes() {
    }

    /**
     * The time expressions of one sentence, in text order, with clock times given their day.
     *
     * @param text  the document text
     * @param found the sentence's time expressions
     */
    static List<TimeMention> withDays(String text, List<Token> tokens, int sentence, List<TimeMention> found) {
        List<TimeMention> out = new ArrayList<>(found);
        if (!tokens.isEmpty()) {
            out.addAll(zoned(text, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), sentence, found));
        }
        if (out.stream().noneMatch(ClockTimes::isClock)) {
            return found;
        }
        out.sort(java.util.Comparator.comparingInt(TimeMention::begin));
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention clock = out.get(i);
            TimeMention day = out.get(i + 1);
            if (isClock(clock) && isDay(day) && BETWEEN.matcher(text.substring(clock.end(), day.begin())).matches()) {
                TimeMention joined = at(text, clock, day, clock.begin(), day.end());
                if (clock.text().equalsIgnoreCase("midnight") && joined.value().endsWith("T00:00")) {
                    // "midnight Friday": the end of Friday, as news and ISO 8601 write it
                    String end = joined.value().replace("T00:00", "T24:00");
                    joined = new TimeMention(joined.type(), end, joined.text(), joined.begin(), joined.end(),
                            joined.sentence(), joined.anchored(), joined.resolution(), joined.rangeBegin(),
                            joined.rangeEnd(), joined.precision());
                }
                out.set(i, joined);
                out.remove(i + 1);
            }
        }
        List<String> days = out.stream().filter(ClockTimes::isDay).map(t -> dayOf(t.value())).distinct().toList();
        if (days.size() != 1) {
            return out;
        }
        TimeMention day = out.stream().filter(ClockTimes::isDay).findFirst().orElseThrow();
        for (int i = 0; i < out.size(); i++) {
            if (isClock(out.get(i))) {
                out.set(i, at(text, out.get(i), day, out.get(i).begin(), out.get(i).end()));
            }
        }
        return out;
    }

    private static final Pattern ZONED = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d\\d))?\\s*([aApP])\\.?[mM]\\.?\\s+([ECMP][SD]T|GMT|UTC)\\b"
                    // a 24-hour clock with its zone: "at 08:30 UTC"
                    + "|\\b([01]\\d|2[0-3]):?([0-5]\\d)\\s*(GMT|UTC|[ECMP][SD]T)\\b");

    /**
     * "9 a.m. EST", "5:30 p.m. GMT", "08:30 UTC", "(1415 GMT)": a clock time with its time zone, which SUTime does not
     * read; the hour as stated (the zone is not converted; UTC and GMT are marked "Z"), where no other
     * expression lies.
     */
    static List<TimeMention> zoned(String text, int from, int to, int sentence, List<TimeMention> found) {
        List<TimeMention> out = new ArrayList<>();
        var m = ZONED.matcher(text).region(from, to);
        while (m.find()) {
            int h24;
            int minute;
            String zone;
            if (m.group(1) != null) {
                int hour = Integer.parseInt(m.group(1));
                minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
                if (hour < 1 || hour > 12 || minute > 59) {
                    continue;
                }
                h24 = hour % 12 + (pm ? 12 : 0);
                zone = m.group(4);
            } else {
                h24 = Integer.parseInt(m.group(5));
                minute = Integer.parseInt(m.group(6));
                zone = m.group(7);
            }
            int b = m.start();
            int e = m.end();
            if (found.stream().anyMatch(t -> t.begin() < e && b < t.end())) {
                continue;
            }
            // a time in UTC (GMT) is written with ISO 8601's "Z"; other zones are kept as stated, unconverted
            String utc = zone.equals("GMT") || zone.equals("UTC") ? "Z" : "";
            out.add(new TimeMention("TIME", String.format(java.util.Locale.ROOT, "T%02d:%02d", h24, minute) + utc,
                    text.substring(b, e), b, e, sentence, true, TimeMention.Resolution.EXPLICIT, null, null, null));
        }
        return out;
    }

    private static TimeMention at(String text, TimeMention clock, TimeMention day, int begin, int end) {
        var hour = HOUR.matcher(clock.value());
        hour.lookingAt();
        String value = dayOf(day.value()) + "T" + hour.group(1);
        var range = day.anchored() ? DateRange.of(value) : java.util.Optional.<DateRange>empty();
        return new TimeMention("TIME", value, text.substring(begin, end), begin, end, clock.sentence(), day.anchored(),
                day.resolution(), range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                range.map(DateRange::precision).orElse(null));
    }

    private static String dayOf(String value) {
        var m = DAY.matcher(value);
        m.lookingAt();
        return m.group();
    }

    /** A clock time without its day: {@code T09:00}. */
    static boolean isClock(TimeMention t) {
        return "TIME".equals(t.type()) && HOUR.matcher(t.value()).matches();
    }

    /** A date of one day with nothing finer: {@code 2000-04-04}, {@code XXXX-WXX-2}. */
    static boolean isDay(TimeMention t) {
        return "DATE".equals(t.type()) && DAY.matcher(t.value()).matches();
    }

    private static final Pattern ZONED_CLOCK = Pattern.compile("(?s).*\\b([ECMP])([SD])T");
    private static final Pattern LOCAL_CLOCK = Pattern.compile("T(\\d\\d):(\\d\\d)");
    private static final Pattern UTC_CLOCK = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d):(\\d\\d)Z");
    private static final java.util.Map<Character, Integer> STANDARD_OFFSETS = java.util.Map.of('E', -5, 'C', -6, 'M', -7, 'P', -8);

    /**
     * "8 p.m. EDT (0000 GMT Wednesday)": a North American clock with its zone and no day, followed by
     * the same instant in GMT with its day, as wire services write it, takes its day from the GMT
     * clock (here Tuesday). Only when the two clocks agree to the hour and minute once the zone's
     * offset is applied; anything else is left as it was.
     */
    static List<TimeMention> zoneTwins(List<TimeMention> found) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention a = out.get(i);
            TimeMention b = out.get(i + 1);
            java.util.regex.Matcher zone = ZONED_CLOCK.matcher(a.text());
            java.util.regex.Matcher local = LOCAL_CLOCK.matcher(a.value());
            java.util.regex.Matcher utc = UTC_CLOCK.matcher(b.value());
            if (!"TIME".equals(a.type()) || !"TIME".equals(b.type()) || !zone.matches() || !local.matches()
                    || !utc.matches() || b.begin() - a.end() > 3) {
                continue;
            }
            int offset = STANDARD_OFFSETS.get(zone.group(1).charAt(0)) + (zone.group(2).equals("D") ? 1 : 0);
            java.time.LocalDateTime instant = java.time.LocalDateTime.parse(utc.group(1) + "T" + utc.group(2) + ":" + utc.group(3));
            java.time.LocalDateTime there = instant.plusHours(offset);
            if (there.getHour() != Integer.parseInt(local.group(1)) || there.getMinute() != Integer.parseInt(local.group(2))) {
                continue;
            }
            String value = there.toLocalDate() + a.value();
            var range = DateRange.of(value);
            out.set(i, new TimeMention(a.type(), value, a.text(), a.begin(), a.end(), a.sentence(), true,
                    b.resolution(), range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                    range.map(DateRange::precision).orElse(null)));
        }
        return out;
    }
}
