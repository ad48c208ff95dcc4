package org.casefile.nlp;

import java.util.Locale;
import org.casefile.ingest.IngestedDocument;

/** Whether a document's first sentence is its headline. */
public final class Headline {
    private Headline() {
    }

    /**
     * Whether the text from {@code begin} to {@code end} is the document's headline: its title
     * (compared without punctuation or case), or a line of its own at the very top that ends
     * without a full stop, question or exclamation mark or closing quote.
     */
    public static boolean is(IngestedDocument doc, int begin, int end) {
        String text = doc.text();
        String line = text.substring(begin, end).strip();
        if (doc.title() != null && squash(doc.title()).equals(squash(line))) {
            return true;
        }
        boolean ownLine = text.substring(0, begin).isBlank()
                && (end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r');
        return ownLine && !line.isEmpty() && ".!?\"”'’".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static String squash(String s) {
        return s.replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
