package org.casefile.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves partial TIMEX3 values (a weekday, a month and day without a year, a month without a
 * year) against a publication date, following the tense of their clause: past clauses look back,
 * future clauses look forward, present clauses take the nearest (weekdays: the coming one).
 * Never uses the clock: with no publication date, nothing is resolved.
 */
public final class DateResolver {
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])(.*)");
    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})(.*)");
    private static final Pattern MONTH = Pattern.compile("XXXX-(\\d{2})");

    private DateResolver() {
    }

    /**
     * @return the resolved value, or empty when {@code value} is not a partial date this class
     *     resolves
     */
    public static Optional<String> resolve(String value, LocalDate published, Tense tense) {
        if (value == null || published == null) {
            return Optional.empty();
        }
        Matcher wd = WEEKDAY.matcher(value);
        if (wd.matches()) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(wd.group(1)));
            LocalDate d = switch (tense) {
                case PAST -> published.with(TemporalAdjusters.previousOrSame(day));
                // "will meet Monday" in a Monday story: that day, as written for it (the next one is "next Monday")
                case FUTURE -> published.with(TemporalAdjusters.nextOrSame(day));
                case PRESENT -> published.with(TemporalAdjusters.nextOrSame(day));
                case UNKNOWN -> nearest(published, day);
            };
            return Optional.of(d + wd.group(2));
        }
        Matcher md = MONTH_DAY.matcher(value);
        if (md.matches()) {
            int month = Integer.parseInt(md.group(1));
            int day = Integer.parseInt(md.group(2));
            Optional<LocalDate> d = monthDay(published, month, day, tense);
            return d.map(x -> x + md.group(3));
        }
        Matcher m = MONTH.matcher(value);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            YearMonth here = YearMonth.from(published);
            YearMonth same = YearMonth.of(published.getYear(), month);
            YearMonth ym = switch (tense) {
                case FUTURE -> same.isBefore(here) ? same.plusYears(1) : same;
                case PAST -> same.isAfter(here) ? same.minusYears(1) : same;
                default -> nearestMonth(here, same);
            };
            return Optional.of(ym.toString());
        }
        Matcher season = SEASON.matcher(value);
        if (season.matches() && (tense == Tense.FUTURE || tense == Tense.PAST)) {
            // "will be held in the spring" in an August story: next spring; "took the town in the fall"
            // in a May story: last fall (winter, which spans the new year, is left to SUTime); the
            // season's months as DateRange counts them
            org.casefile.domain.DateRange months = org.casefile.domain.DateRange.of(published.getYear() + "-" + season.group(1))
                    .orElseThrow();
            int month = published.getMonthValue();
            int year = published.getYear();
            if (tense == Tense.FUTURE && months.end().getMonthValue() < month) {
                year++;
            } else if (tense == Tense.PAST && months.begin().getMonthValue() > month) {
                year--;
            }
            return Optional.of(year + "-" + season.group(1));
        }
        return Optional.empty();
    }

    private static final Pattern SEASON = Pattern.compile("XXXX-(SP|SU|FA)");

    private static final Pattern NAMED_MONTH = Pattern.compile("(?i)(last|past|this|next|coming)\\s+"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)");

    /**
     * "last June", "next March", "this April" against a publication date: "last" is the most recent
     * such month before the month before the publication's (in an October story, "last June" is June
     * of the same year, "last October" and "last September" a year before: the month just gone is
     * "last month"), "next" the first one after the month after it, "this" the one of the
     * publication's year.
     */
    public static Optional<String> namedMonth(String text, LocalDate published) {
        Matcher m = NAMED_MONTH.matcher(text == null ? "" : text.strip());
        if (published == null || !m.matches()) {
            return Optional.empty();
        }
        int month = java.time.Month.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)).getValue();
        YearMonth here = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), month);
        YearMonth ym = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            // the month right before or after the publication's is "last month", "next month": named,
            // it is the one a year further ("last February" in a March story is February a year before)
            case "last", "past" -> same.isBefore(here.minusMonths(1)) ? same : same.minusYears(1);
            case "next", "coming" -> same.isAfter(here.plusMonths(1)) ? same : same.plusYears(1);
            default -> same;
        };
        return Optional.of(ym.toString());
    }

    private static final Pattern NAMED_SEASON = Pattern.compile("(?i)(last|past|next|coming)\\s+(spring|summer|fall|autumn)");

    /**
     * "last spring", "next fall" against a publication date: "last" is the most recent such season
     * that had ended by the publication ("last spring" in a July story is that year's spring, in an
     * April story the one a year before), "next" the first that starts after it. Winter, which spans
     * the new year, is left to SUTime.
     */
    public static Optional<String> namedSeason(String text, LocalDate published) {
        Matcher m = NAMED_SEASON.matcher(text == null ? "" : text.strip());
        if (published == null || !m.matches()) {
            return Optional.empty();
        }
        String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
        String code = name.equals("spring") ? "SP" : name.equals("summer") ? "SU" : "FA";
        int year = published.getYear();
        org.casefile.domain.DateRange months = org.casefile.domain.DateRange.of(year + "-" + code).orElseThrow();
        boolean last = m.group(1).toLowerCase(java.util.Locale.ROOT).matches("last|past");
        if (last) {
            return Optional.of((months.end().isBefore(published) ? year : year - 1) + "-" + code);
        }
        return Optional.of((months.begin().isAfter(published) ? year : year + 1) + "-" + code);
    }

    private static final Pattern WEEKDAY_NAME = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)\\b");

    /**
     * A month and day that name their weekday ("Saturday, April 25") against a publication date:
     * the year, of the one before, the same and the one after, in which that day is that weekday
     * (the nearest such when two are); empty when the text names no weekday or none fits.
     */
    public static Optional<String> byWeekday(String text, String value, LocalDate published) {
        Matcher md = MONTH_DAY.matcher(value == null ? "" : value);
        Matcher wd = WEEKDAY_NAME.matcher(text == null ? "" : text);
        if (published == null || !md.matches() || !wd.find()) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(java.util.Locale.ROOT));
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            Optional<LocalDate> d = safe(y, Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            if (d.isPresent() && d.get().getDayOfWeek() == day && (best == null
                    || Math.abs(d.get().toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay()))) {
                best = d.get();
            }
        }
        return best == null ? Optional.empty() : Optional.of(best + md.group(3));
    }

    private static LocalDate nearest(LocalDate published, DayOfWeek day) {
        LocalDate back = published.with(TemporalAdjusters.previousOrSame(day));
        LocalDate ahead = published.with(TemporalAdjusters.nextOrSame(day));
        // news reports mostly look back; a tie goes to the past
        return published.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - published.toEpochDay() ? back : ahead;
    }

    private static YearMonth nearestMonth(YearMonth here, YearMonth same) {
        YearMonth before = same.isAfter(here) ? same.minusYears(1) : same;
        YearMonth after = same.isBefore(here) ? same.plusYears(1) : same;
        long back = here.getYear() * 12L + here.getMonthValue() - (before.getYear() * 12L + before.getMonthValue());
        long ahead = after.getYear() * 12L + after.getMonthValue() - (here.getYear() * 12L + here.getMonthValue());
        // news mostly looks back: a month ahead only when it is near (three months) and nearer
        return ahead < back && ahead <= 3 ? after : before;
    }

    private static Optional<LocalDate> monthDay(LocalDate published, int month, int day, Tense tense) {
        Optional<LocalDate> same = safe(published.getYear(), month, day);
        Optional<LocalDate> before = safe(published.getYear() - 1, month, day);
        Optional<LocalDate> after = safe(published.getYear() + 1, month, day);
        if (same.isEmpty()) {
            return Optional.empty();
        }
        LocalDate s = same.get();
        LocalDate past = !s.isAfter(published) ? s : before.orElse(s);
        LocalDate future = !s.isBefore(published) ? s : after.orElse(s);
        return Optional.of(switch (tense) {
            case FUTURE -> future;
            case PAST -> past;
            // news mostly looks back: a day ahead only when it is near (three months) and nearer
            default -> future.toEpochDay() - published.toEpochDay() < published.toEpochDay() - past.toEpochDay()
                    && future.toEpochDay() - published.toEpochDay() <= 92 ? future : past;
        });
    }

    private static Optional<LocalDate> safe(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
