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
     * Whether a sentence is one of a story's body: of {@value #LEAD_MIN_TOKENS} tokens or more,
     * ending with a full stop, question or exclamation mark (not a date line, a byline or a headline).
     */
    static boolean bodySentence(String text, int begin, int end, int tokens) {
        String line = text.substring(begin, end).strip();
        return tokens >= LEAD_MIN_TOKENS && !line.isEmpty() && ".!?".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean quotes(String text, int begin, int end) {
        String line = text.substring(begin, end);
        return line.chars().anyMatch(c -> "\"“”„«»".indexOf(c) >= 0) || line.contains("``");
    }

    /**
     * A story's lead, the start of its body that tells the news: its first {@value #LEAD_SENTENCES}
     * body sentences after the headline. A lead sentence with a quotation mark counts as one of
     * them but is not the story's own voice (a quote is its source's, read by the claims as it is),
     * so it is no lead sentence to date by; the lead never reaches further into the story. Fed the
     * sentences in order, one counter per document.
     */
    public static final class Lead {
        private int seen;

        /** Whether the next sentence in order is a lead sentence in the story's own voice. */
        public boolean next(String text, int begin, int end, int tokens, boolean headline) {
            if (headline || seen >= LEAD_SENTENCES || !bodySentence(text, begin, end, tokens)) {
                return false;
            }
            seen++;
            return !quotes(text, begin, end);
        }

        /** Whether the lead is behind: no later sentence is in it. */
        public boolean done() {
            return seen >= LEAD_SENTENCES;
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
