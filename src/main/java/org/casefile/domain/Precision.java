package org.casefile.domain;

/**
 * How precise a calendar span is: {@code 2018-08-15} is a {@link #DAY}, {@code 2018} a {@link #YEAR}
 * ({@code day}, {@code half-year} in the JSON).
 */
public enum Precision implements ContractValue {
    TIME, DAY, WEEKEND, WEEK, MONTH, QUARTER, SEASON, HALF_YEAR, YEAR, DECADE, CENTURY;

    @Override
    public String toString() {
        return json();
    }
}
