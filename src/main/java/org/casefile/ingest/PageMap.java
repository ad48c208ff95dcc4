package org.casefile.ingest;

import java.util.Collections;
import java.util.List;

/**
 * Where each page starts in a document's text, as UTF-16 char offsets. Page numbers are 1-based.
 * An empty map means the document has no pages (HTML, plain text).
 */
public record PageMap(List<Integer> pageStarts) {
    public static final PageMap NONE = new PageMap(List.of());

    public PageMap {
        pageStarts = List.copyOf(pageStarts);
        for (int i = 1; i < pageStarts.size(); i++) {
            if (pageStarts.get(i) < pageStarts.get(i - 1)) {
                throw new IllegalArgumentException("page starts must not decrease: " + pageStarts);
            }
        }
    }

    public int pageCount() {
        return pageStarts.size();
    }

    public boolean isPaged() {
        return !pageStarts.isEmpty();
    }

    /** The 1-based page that holds the char at {@code offset}, or null for an unpaged text. */
    public Integer pageAt(int offset) {
        if (pageStarts.isEmpty()) {
            return null;
        }
        int i = Collections.binarySearch(pageStarts, offset);
        if (i >= 0) {
            // several empty pages may start at the same offset: take the last of them
            while (i + 1 < pageStarts.size() && pageStarts.get(i + 1) == offset) {
                i++;
            }
            return i + 1;
        }
        int insertion = -i - 1;
        return Math.max(1, insertion);
    }
}
