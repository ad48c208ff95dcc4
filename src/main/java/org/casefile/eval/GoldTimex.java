package org.casefile.eval;

/**
 * A gold TIMEX3 with a text extent.
 *
 * @param span         char span, typed DATE, TIME, DURATION or SET
 * @param value        the normalised TIMEX3 value ({@code 2008-03-01}, {@code P2Y}...), or
 *                     {@code null} when the corpus gives a range instead of a point
 * @param interval     for GUM ranges ({@code from/to}, {@code notBefore/notAfter}) the range as
 *                     an ISO-8601 interval {@code start/end}; else {@code null}
 * @param creationTime true for the document creation time (MEANTIME
 *                     {@code functionInDocument="CREATION_TIME"}, anchored on the dateline)
 */
public record GoldTimex(Span span, String value, String interval, boolean creationTime) {

    /** TIMEX3 type carried by the span. */
    public String type() {
        return span.type();
    }
}
