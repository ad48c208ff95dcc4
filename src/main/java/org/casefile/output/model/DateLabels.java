package org.casefile.output.model;

import org.casefile.domain.Precision;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.casefile.output.model.CaseModel.EventDate;

/** Human labels and partial ISO forms of event dates, shared by the exporters. */
public final class DateLabels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateLabels() {
    }

    /** "22 June 2014", "November 2014", "2014", or for other precisions "begin – end"; "undated" when undated. */
    public static String label(EventDate d) {
        if (d == null || !d.isDated()) {
            return "undated";
        }
        LocalDate begin = parse(d.begin());
        LocalDate end = parse(d.end());
        if (begin == null) {
            return d.value();
        }
        Precision precision = d.precision();
        if (precision == Precision.DAY || precision == Precision.TIME) {
            return DAY.format(begin);
        } else if (precision == Precision.MONTH) {
            return MONTH.format(begin);
        } else if (precision == Precision.YEAR) {
            return String.valueOf(begin.getYear());
        } else if (end == null || end.equals(begin)) {
            return DAY.format(begin);
        }
        return DAY.format(begin) + " – " + DAY.format(end);
    }

    /** Whether the date covers more than one day (a month, a year, a week...). */
    public static boolean isPartial(EventDate d) {
        return d != null && d.isDated() && d.end() != null && !d.end().equals(d.begin());
    }

    /**
     * The date as partial ISO 8601 ("2014", "2014-11", "2014-06-22") for year, month and day
     * precision; null for other precisions and undated events.
     */
    public static String partialIso(EventDate d) {
        if (d == null || !d.isDated() || d.begin() == null) {
            return null;
        }
        Precision p = d.precision();
        if (p == Precision.DAY || p == Precision.TIME) {
            return d.begin();
        } else if (p == Precision.MONTH) {
            return d.begin().substring(0, 7);
        } else if (p == Precision.YEAR) {
            return d.begin().substring(0, 4);
        }
        return isPartial(d) ? null : d.begin();
    }

    /** Parses an ISO date, or null. */
    public static LocalDate parse(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
