package org.casefile.nlp;

import org.casefile.domain.DateRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays named as dates ("Thanksgiving", "last Christmas", "Memorial Day 2019"), from the list
 * in {@code models/holidays.txt}: fixed days, the N-th weekday of a month, days counted from
 * Easter. The year comes from the text when it states one, else from the publication date and
 * the tense of the clause, as for a month and day ({@link DateResolver}); with no publication
 * date the value keeps an unknown year and is not anchored. A plain scan of the sentence text
 * (no annotator). Where SUTime read the same words, this reading replaces SUTime's (its year
 * follows the clause as above); a longer SUTime expression that holds the name wins.
 *
 * <p>Immutable and thread-safe.
 */
final class Holidays {
    /** One holiday: its name and how its day is found in a given year. */
    record Holiday(String name, Rule rule) {
    }

    /** How a holiday's day is found: fixed, the N-th weekday of a month (+ days), or Easter + days. */
    record Rule(int month, int day, int nth, DayOfWeek weekday, int plusDays, boolean easter) {
        LocalDate in(int year) {
            if (easter) {
                return easterSunday(year).plusDays(plusDays);
            }
            if (weekday == null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate d = nth > 0
                    ? first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday))
                    : first.with(TemporalAdjusters.lastInMonth(weekday));
            return d.plusDays(plusDays);
        }

        /** The value with no year: {@code XXXX-12-25} for a fixed day, {@code XXXX-11} when the day moves, else {@code XXXX}. */
        String withoutYear() {
            if (easter) {
                return "XXXX";
            }
            if (weekday == null) {
                return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
            }
            return String.format(Locale.ROOT, "XXXX-%02d", month);
        }

        static Rule parse(String spec) {
            Matcher m;
            if ((m = Pattern.compile("(\\d\\d)-(\\d\\d)").matcher(spec)).matches()) {
                return new Rule(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, null, 0, false);
            }
            if ((m = Pattern.compile("(\\d\\d)/(-?\\d)/(MON|TUE|WED|THU|FRI|SAT|SUN)([+-]\\d+)?").matcher(spec)).matches()) {
                String abbreviation = m.group(3);
                DayOfWeek wd = java.util.Arrays.stream(DayOfWeek.values())
                        .filter(d -> d.name().startsWith(abbreviation)).findFirst().orElseThrow();
                return new Rule(Integer.parseInt(m.group(1)), 0, Integer.parseInt(m.group(2)), wd,
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), false);
            }
            if ((m = Pattern.compile("EASTER([+-]\\d+)").matcher(spec)).matches()) {
                return new Rule(0, 0, 0, null, Integer.parseInt(m.group(1)), true);
            }
            throw new IllegalArgumentException("not a holiday rule: " + spec);
        }
    }

    /** No holidays (no list file). */
    static final Holidays NONE = new Holidays(List.of(), Set.of());

    private final List<Holiday> holidays;
    private final Set<String> objects;
    private final Pattern names;

    Holidays(List<Holiday> holidays, Set<String> objects) {
        this.holidays = holidays.stream().sorted(Comparator.comparingInt((Holiday h) -> -h.name().length())).toList();
        this.objects = Set.copyOf(objects);
        StringBuilder alternatives = new StringBuilder();
        for (Holiday h : this.holidays) {
            alternatives.append(alternatives.length() == 0 ? "" : "|")
                    .append(Pattern.quote(h.name()).replace("'", "\\E['\u2019]\\Q"));
        }
        this.names = holidays.isEmpty() ? null : Pattern.compile(
                "(?:\\b(?i:(last|this|next|past|coming)\\s+))?\\b(" + alternatives + ")(?![\\w'\u2019-])"
                        + "(?:(?:,?\\s+|\\s+(?:of|in)\\s+)((?:1[89]|20)\\d\\d)\\b|\\s+(week|weekend)\\b)?");
    }

    /** The list in {@code models/holidays.txt}; {@link #NONE} when the file is absent. */
    static Holidays load(Path modelsDir) {
        Path file = modelsDir.resolve("holidays.txt");
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        List<Holiday> out = new ArrayList<>();
        Set<String> objects = new HashSet<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(file + ": not name<TAB>rule: " + line);
                }
                if (f[0].equals("!object")) {
                    objects.addAll(List.of(f[1].strip().split("\\s+")));
                } else {
                    out.add(new Holiday(f[0].strip(), Rule.parse(f[1].strip())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return new Holidays(out, objects);
    }

    /** Whether the text may name a holiday (a cheap test before the tokens are tagged). */
    boolean mayHold(String text) {
        return names != null && names.matcher(text).find();
    }

    /**
     * The holidays named in a sentence that no longer expression of {@code found} overlaps.
     *
     * @param text      the document text
     * @param tokens    the sentence's tokens (tagged when the tense is to be read)
     * @param sentence  the sentence index
     * @param found     the time expressions already read in the sentence
     * @param published the publication date, or null
     */
    List<TimeMention> in(String text, List<Token> tokens, int sentence, List<TimeMention> found, LocalDate published) {
        if (names == null || tokens.isEmpty()) {
            return List.of();
        }
        int from = tokens.get(0).begin();
        int to = tokens.get(tokens.size() - 1).end();
        Matcher m = names.matcher(text).region(from, to);
        List<TimeMention> out = new ArrayList<>();
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            boolean week = m.group(4) != null; // "Easter week": the week of the holiday ("Labor Day weekend": its weekend)
            if (overlapsLonger(found, b, e) || !week && !standsAlone(text, m.end(2), to)) {
                continue;
            }
            Rule rule = rule(m.group(2));
            String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            String value;
            boolean anchored = true;
            TimeMention.Resolution resolution = TimeMention.Resolution.PUBLICATION_DATE;
            if (m.group(3) != null) {
                value = rule.in(Integer.parseInt(m.group(3))).toString();
                resolution = TimeMention.Resolution.EXPLICIT;
            } else if (published == null) {
                value = rule.withoutYear();
                anchored = false;
                resolution = TimeMention.Resolution.NONE;
            } else {
                // a week that has begun is under way: counted from six days on, its holiday is not yet ahead
                value = resolve(rule, week ? published.plusDays(6) : published, modifier, tenseAt(tokens, b, e)).toString();
            }
            boolean weekend = week && m.group(4).equalsIgnoreCase("weekend");
            if (weekend && anchored) {
                // "the Labor Day weekend": a Monday holiday's is the weekend before it, another's that of its week
                LocalDate d = LocalDate.parse(value);
                d = d.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? d.minusDays(2) : d;
                value = String.format(Locale.ROOT, "%d-W%02d-WE", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            } else if (weekend) {
                value = "XXXX-WXX-WE";
            } else if (week && anchored) {
                LocalDate d = LocalDate.parse(value);
                value = String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            } else if (week) {
                value = "XXXX-WXX";
            }
            var range = DateRange.of(value);
            out.add(new TimeMention("DATE", value, text.substring(b, e), b, e, sentence, anchored, resolution,
                    range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                    range.map(DateRange::precision).orElse(null)));
        }
        return out;
    }

    /** Not part of a longer name (a capitalised word follows) nor the name of a thing ("Christmas tree"). */
    private boolean standsAlone(String text, int end, int limit) {
        Matcher next = Pattern.compile("\\s+([\\p{L}]+)").matcher(text).region(end, limit);
        if (!next.lookingAt()) {
            return true;
        }
        String w = next.group(1);
        return !Character.isUpperCase(w.charAt(0)) && !objects.contains(w.toLowerCase(Locale.ROOT));
    }

    private Rule rule(String name) {
        String plain = name.replace('\u2019', '\'');
        for (Holiday h : holidays) {
            if (h.name().equals(plain)) {
                return h.rule();
            }
        }
        throw new IllegalStateException("no holiday named " + name);
    }

    private static Tense tenseAt(List<Token> tokens, int begin, int end) {
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.end() > begin && t.begin() < end) {
                first = first < 0 ? t.index() : first;
                last = t.index();
            }
        }
        if (first < 0 || !tokens.get(0).isTagged()) {
            return Tense.UNKNOWN; // no tags: the nearest such day
        }
        return TimeExpressions.tenseOf(tokens, first, last + 1);
    }

    /**
     * The holiday's day nearest the publication date on the side the modifier or the tense says:
     * "last" the most recent one before it, "next"/"coming" the first after it, "this" the one of
     * its year; a past clause the most recent on or before it, a future clause the first on or after
     * it, else the nearest (one ahead only when within three months and nearer: news looks back).
     */
    static LocalDate resolve(Rule rule, LocalDate published, String modifier, Tense tense) {
        int y = published.getYear();
        LocalDate same = rule.in(y);
        LocalDate past = same.isAfter(published) ? rule.in(y - 1) : same;
        LocalDate future = same.isBefore(published) ? rule.in(y + 1) : same;
        if (modifier != null) {
            return switch (modifier) {
                case "last", "past" -> same.isBefore(published) ? same : rule.in(y - 1);
                case "next", "coming" -> same.isAfter(published) ? same : rule.in(y + 1);
                default -> same;
            };
        }
        return switch (tense) {
            case PAST -> past;
            case FUTURE -> future;
            default -> {
                long ahead = future.toEpochDay() - published.toEpochDay();
                long back = published.toEpochDay() - past.toEpochDay();
                yield ahead < back && ahead <= 92 ? future : past;
            }
        };
    }

    /** Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Whether one of the mentions overlaps {@code [b, e)} without lying inside it ("Friday" lies inside "Good Friday"). */
    private static boolean overlapsLonger(List<TimeMention> mentions, int b, int e) {
        for (TimeMention t : mentions) {
            if (t.begin() < e && b < t.end() && (t.begin() < b || t.end() > e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence's time expressions with its holidays ({@link #in}) added in text order; an
     * expression inside a holiday's name ("Friday" of "Good Friday") gives way to it, and a holiday
     * SUTime read that names a thing ("Christmas trees") is dropped.
     */
    List<TimeMention> with(String text, List<Token> tokens, int sentence, List<TimeMention> found, LocalDate published) {
        if (names == null) {
            return found;
        }
        List<TimeMention> named = in(text, tokens, sentence, found, published);
        int to = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        List<TimeMention> all = new ArrayList<>();
        for (TimeMention t : found) {
            boolean thing = names.matcher(t.text()).matches() && !standsAlone(text, t.end(), to);
            if (!thing && named.stream().noneMatch(h -> h.begin() <= t.begin() && t.end() <= h.end())) {
                all.add(t);
            }
        }
        all.addAll(named);
        all.sort(Comparator.comparingInt(TimeMention::begin));
        return all;
    }
}
