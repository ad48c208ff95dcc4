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

    /** The fewest words a story's lead has: a shorter line is a date, a byline or a caption. */
    static final int LEAD_MIN_TOKENS = 6;
    /** How many sentences the lead has: the first two of the body, that tell the news. */
    public static final int LEAD_SENTENCES = 2;

    /**
     * Whether a sentence may be part of a story's lead, the start of its body that tells the news:
     * of {@value #LEAD_MIN_TOKENS} tokens or more, ending with a full stop, question or exclamation
     * mark (not a date line, a byline or a headline), with no quotation mark (a quote is its
     * source's voice, read by the claims as it is, not the story's). The lead is the first
     * {@value #LEAD_SENTENCES} sentences after the headline that may be one.
     */
    public static boolean mayLead(String text, int begin, int end, int tokens) {
        String line = text.substring(begin, end).strip();
        return tokens >= LEAD_MIN_TOKENS && !line.isEmpty() && ".!?".indexOf(line.charAt(line.length() - 1)) >= 0
                && line.chars().noneMatch(c -> "\"“”„«»".indexOf(c) >= 0) && !line.contains("``");
    }

    private static String squash(String s) {
        return s.replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
