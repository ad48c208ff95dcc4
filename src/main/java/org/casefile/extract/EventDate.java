package org.casefile.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import org.casefile.domain.Precision;

/**
 * When an event happened.
 *
 * @param value TIMEX3 value, or null when undated
 * @param text the time expression as written, or null
 * @param begin first day the value covers, or null
 * @param end last day the value covers, or null
 * @param precision how precise the value is ({@code day}, {@code year} in the JSON), or null
 * @param anchored whether the value is a definite calendar value
 */
public record EventDate(String value, String text, LocalDate begin, LocalDate end, Precision precision,
        boolean anchored, Derivation derivation) {

    public static final EventDate UNDATED = new EventDate(null, null, null, null, null, false, Derivation.NONE);

    /** How a date was obtained. */
    public enum Derivation {
        /** Stated in full in the text. */
        EXPLICIT,
        /** Relative, resolved against the document's publication date. */
        PUBLICATION_DATE,
        /** Counted from a day the story stated just before ("the next day", "two days later"). */
        NARRATIVE,
        /** Computed from another date ("20 days after the ruling"). */
        COMPUTED,
        /** No date. */
        NONE;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isDated() {
        return value != null;
    }
}
