package org.casefile.eval;

import java.util.List;

/**
 * The gold timeline of one target entity.
 *
 * @param name       the entity name, from the target list when the file matches an entry there,
 *                   else the file's first line
 * @param headerName the first line of the gold file as written (it may be misspelt)
 * @param fileName   the gold file name
 * @param entries    the rows in file order
 */
public record TimelineTarget(String name, String headerName, String fileName,
                             List<TimelineEntry> entries) {

    public TimelineTarget {
        entries = List.copyOf(entries);
    }

    /** Rows with a known date. */
    public List<TimelineEntry> datedEntries() {
        return entries.stream().filter(TimelineEntry::dated).toList();
    }
}
