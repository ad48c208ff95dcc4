package org.casefile.eval;

import java.util.List;

/**
 * One row of a gold timeline: one event, possibly mentioned in several documents.
 *
 * @param order    position in the timeline (0 for undated events)
 * @param date     the anchor date as written: {@code 2007-10-25}, {@code 2006-12-XX},
 *                 {@code 2003-XX-XX} or {@code XXXX-XX-XX}
 * @param mentions the coreferent mentions listed on the row
 */
public record TimelineEntry(int order, String date, List<TimelineMention> mentions) {

    public TimelineEntry {
        mentions = List.copyOf(mentions);
    }

    /** True when the year is known (the date is not {@code XXXX-...}). */
    public boolean dated() {
        return TimexValues.isKnownDate(date);
    }
}
