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
