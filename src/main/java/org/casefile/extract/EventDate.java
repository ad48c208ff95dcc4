package org.casefile.extract;

import java.time.LocalDate;
import org.casefile.domain.DateDerivation;
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
        boolean anchored, DateDerivation derivation) {

    public static final EventDate UNDATED = new EventDate(null, null, null, null, null, false, DateDerivation.NONE);

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isDated() {
        return value != null;
    }
}
