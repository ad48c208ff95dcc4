package org.casefile.eval;

/**
 * A predicted time expression.
 *
 * @param span  char span, typed DATE, TIME, DURATION or SET (or {@code null})
 * @param value normalised TIMEX3 value, or {@code null}
 */
public record PredTimex(Span span, String value) {
}
