package org.casefile.extract;

import org.casefile.domain.EventType;

/**
 * An event dated only relative to another: "released 20 days after the judge ordered it". The
 * case timeline computes its date when the other event has a day-precise date.
 *
 * @param event the local id of the event this dates
 * @param duration the TIMEX3 duration ({@code P20D}, {@code P3W}, {@code P1000D})
 * @param text the expression as written ("20 days after")
 * @param sign +1 for "after" and "later", -1 for "before" and "earlier"
 * @param anchorType the type of the event it counts from
 */
public record RelativeDate(String event, String duration, String text, int sign, EventType anchorType) {
}
