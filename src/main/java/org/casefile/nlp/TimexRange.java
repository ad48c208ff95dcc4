package org.casefile.nlp;

import java.time.LocalDate;
import java.util.Optional;
import org.casefile.domain.DateRange;
import org.casefile.domain.Precision;

/**
 * The calendar days a TIMEX3 date value covers and its precision: the language layer's view of
 * {@link DateRange}, which later stages use directly.
 */
public record TimexRange(LocalDate begin, LocalDate end, Precision precision) {
    public static Optional<TimexRange> of(String value) {
        return DateRange.of(value).map(r -> new TimexRange(r.begin(), r.end(), r.precision()));
    }

    /** True when one range lies within the other ({@code 2018} and {@code 2018-08-15}). */
    public boolean compatibleWith(TimexRange other) {
        boolean thisInOther = !begin.isBefore(other.begin) && !end.isAfter(other.end);
        boolean otherInThis = !other.begin.isBefore(begin) && !other.end.isAfter(end);
        return thisInOther || otherInThis;
    }
}
