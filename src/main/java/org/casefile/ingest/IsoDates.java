package org.casefile.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Parsing of ISO-8601 dates and date-times as found in manifests and metadata. */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * The calendar date of an ISO date or date-time. A date-time with an offset keeps the local
     * date in its own zone (a story stamped 2021-05-11T22:00-07:00 was published on the 11th).
     *
     * @throws IllegalArgumentException when the text is not ISO-8601
     */
    public static LocalDate parseDateOrDateTime(String text) {
        String s = text.strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                try {
                    return OffsetDateTime.parse(s).toLocalDate();
                } catch (DateTimeParseException e) {
                    return ZonedDateTime.parse(s).toLocalDate();
                }
            }
            return LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            if (s.length() > 10 && s.charAt(10) == 'T') {
                try {
                    return LocalDate.parse(s.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // fall through
                }
            }
            throw new IllegalArgumentException("not an ISO date: " + text, e);
        }
    }
}
