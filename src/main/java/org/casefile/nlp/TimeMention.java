package org.casefile.nlp;

import java.time.LocalDate;
import org.casefile.domain.Precision;

/**
 * A time expression with its TIMEX3 value, resolved against the document's publication date
 * where it was relative and a real publication date exists.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value, e.g. {@code 2021-04-21}, {@code XXXX-04-21}, {@code P3Y}
 * @param anchored true when the value is a definite calendar value: stated in full, or resolved
 *     against a real publication date. False for relative expressions left unresolved.
 * @param resolution how the value was obtained
 * @param rangeBegin first day the value covers (null when it is no calendar date)
 * @param rangeEnd last day the value covers
 * @param precision how precise the calendar span is (day, month, year, ...), or null
 */
public record TimeMention(String type, String value, String text, int begin, int end, int sentence,
        boolean anchored, Resolution resolution, LocalDate rangeBegin, LocalDate rangeEnd, Precision precision) {

    /** A date, or a time with a date part: "2:18" alone (a case number, a clock time) dates nothing. */
    public boolean isCalendarDate() {
        return ("DATE".equals(type) || "TIME".equals(type)) && !value.startsWith("T") && !value.contains("REF");
    }

    /** A value with a time of day or a part of day: "T15:00", "1998-03-04T15:00", "1998-03-04TMO". */
    private static final java.util.regex.Pattern TIME_OF_DAY =
            java.util.regex.Pattern.compile("(?:[\\dX]{4}(?:-[\\dX]{2}){2}|[\\dX]{4}-W[\\dX]{2}-[\\dX])?T(?:\\d\\d(?::\\d\\d)*Z?|MO|AF|EV|NI|DT)");
    /** A calendar value without a time of day: a year, decade, month, week, season, quarter, day. */
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile("\\d{2,4}(?:-[\\dA-Z]+)*");
    /** A span: "P3Y", "PT2H", "PXM". */
    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile("P(?:T?[\\dX.]+[A-Z])+");

    /**
     * This mention with the TIMEX3 type its value decides (TimeML: a time of day or a part of day,
     * however vague, is a TIME; a span is a DURATION; a calendar day, month or year is a DATE), so
     * that "this morning" (1998-03-04TMO) is no DATE and "the 1990s" (199) no SET. A SET keeps its
     * type when its value can repeat (P1D, XXXX-WXX-2TNI); values of no known form keep theirs.
     */
    public TimeMention typedByValue() {
        String settled = type;
        if (TIME_OF_DAY.matcher(value).matches()) {
            settled = "SET".equals(type) ? type : "TIME";
        } else if (SPAN.matcher(value).matches()) {
            settled = "SET".equals(type) ? type : "DURATION";
        } else if (CALENDAR.matcher(value).matches() || value.endsWith("_REF")) {
            settled = "DATE";
        }
        return settled.equals(type) ? this
                : new TimeMention(settled, value, text, begin, end, sentence, anchored, resolution, rangeBegin, rangeEnd, precision);
    }

    /** How a value was obtained. */
    public enum Resolution {
        /** Fully stated in the text ("April 21, 2021"). */
        EXPLICIT,
        /** Relative, resolved against the publication date ("on Tuesday"). */
        PUBLICATION_DATE,
        /** Relative to a day the story stated just before ("the next day"), see {@code NarrativeDates}. */
        NARRATIVE,
        /** Relative, left unresolved: no publication date, or not a calendar date. */
        NONE
    }
}
