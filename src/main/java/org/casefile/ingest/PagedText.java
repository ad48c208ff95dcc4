package org.casefile.ingest;

import java.util.ArrayList;
import java.util.List;

/** Normalised text joined from pages, with the page map that locates each page in it. */
record PagedText(String text, PageMap pageMap) {
    /** Separator between pages in the joined text. */
    static final String PAGE_BREAK = "\n\n";

    /** Normalises each page on its own and joins them, recording where each page starts. */
    static PagedText join(List<String> rawPages, boolean paged, PageCleaner cleaner) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String raw : rawPages) {
            String page = TextNormalizer.normalize(cleaner.clean(raw));
            if (!page.isEmpty() && text.length() > 0) {
                text.append(PAGE_BREAK);
            }
            starts.add(text.length());
            text.append(page);
        }
        return new PagedText(text.toString(), paged ? new PageMap(starts) : PageMap.NONE);
    }

    /** A cleaning step applied to a page's raw text before normalisation. */
    @FunctionalInterface
    interface PageCleaner {
        String clean(String rawPage);
    }
}
