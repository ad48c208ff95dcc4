package org.casefile.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TIMEX3 date value covers and its precision: {@code 2018} covers
 * 2018-01-01..2018-12-31 at precision {@link Precision#YEAR}. Values that are no calendar span (durations,
 * sets, unresolved {@code XXXX} values) have none.
 */
public record DateRange(LocalDate begin, LocalDate end, Precision precision) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})(?:XX)?");

    public static Optional<DateRange> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
                return Optional.of(new DateRange(d, d, m.group(4) == null ? Precision.DAY : Precision.TIME));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
                return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int y = i(m, 1);
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(i(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                        .with(WeekFields.ISO.dayOfWeek(), 1);
                return Optional.of(m.group(3) != null
                        ? new DateRange(monday.plusDays(5), monday.plusDays(6), Precision.WEEKEND)
                        : new DateRange(monday, monday.plusDays(6), Precision.WEEK));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                YearMonth first = YearMonth.of(i(m, 1), (i(m, 2) - 1) * 3 + 1);
                return Optional.of(new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.QUARTER));
            }
            if ((m = HALF.matcher(value)).matches()) {
                YearMonth first = YearMonth.of(i(m, 1), (i(m, 2) - 1) * 6 + 1);
                return Optional.of(new DateRange(first.atDay(1), first.plusMonths(5).atEndOfMonth(), Precision.HALF_YEAR));
            }
            if ((m = SEASON.matcher(value)).matches()) {
                int y = i(m, 1);
                int startMonth = switch (m.group(2)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                YearMonth first = YearMonth.of(y, startMonth);
                return Optional.of(new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.SEASON));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                int y = i(m, 1) * 10;
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), Precision.DECADE));
            }
            if ((m = CENTURY.matcher(value)).matches()) {
                int y = i(m, 1) * 100;
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31), Precision.CENTURY));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** True when one range lies within the other ({@code 2018} and {@code 2018-08-15}). */
    public boolean compatibleWith(DateRange other) {
        boolean thisInOther = !begin.isBefore(other.begin) && !end.isAfter(other.end);
        boolean otherInThis = !other.begin.isBefore(begin) && !other.end.isAfter(end);
        return thisInOther || otherInThis;
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
