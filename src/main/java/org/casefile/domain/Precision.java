package org.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How precise a calendar span is: {@code 2018-08-15} is a {@link #DAY}, {@code 2018} a {@link #YEAR}. */
public enum Precision {
    TIME, DAY, WEEKEND, WEEK, MONTH, QUARTER, SEASON, HALF_YEAR, YEAR, DECADE, CENTURY;

    /** As the JSON contract writes it: {@code day}, {@code half-year}. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The contract's spelling, as {@link #json()}: text built from this value reads as the JSON does. */
    @Override
    public String toString() {
        return json();
    }

    /** The precision the contract's word names ({@code half-year}), or none. */
    public static Optional<Precision> of(String json) {
        if (json == null) {
            return Optional.empty();
        }
        for (Precision p : values()) {
            if (p.json().equals(json)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
