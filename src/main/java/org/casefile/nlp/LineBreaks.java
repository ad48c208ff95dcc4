package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences cut at the single line breaks a writer meant as breaks. The sentence splitter ends a
 * sentence at a blank line, but many plain-text stories put each paragraph, the headline, the
 * byline and the date on a line of their own with one line break between them ("Harbour firm fined
 * over collapse⏎By Ann Lee⏎KESTREL FALLS — A court on Monday …"). Without punctuation at the end of
 * the headline, the byline and the dateline all run into the lead's first sentence: the byline's
 * name becomes a party of the lead's event and the dateline's place a person.
 *
 * <p>A single line break ends a sentence when all of these hold:
 * <ul>
 *   <li>the text is not paged (a PDF's lines are the typesetter's, which breaks lines by width in
 *       points, not characters);</li>
 *   <li>the break is in the text's head: its lines before the first that ends a sentence (a full
 *       stop, question or exclamation mark), at most {@value #HEAD_LINES} of them, where headline,
 *       byline, date line and dateline stand; a break in the body is the splitter's to judge;</li>
 *   <li>the line before ends with a letter or a digit, or a closing bracket or quotation mark
 *       right after one (not a comma, colon, dash or hyphen: those continue), and its last word is
 *       no function word ("the week of⏎June 9") nor a month's or a weekday's name ("March⏎14");</li>
 *   <li>the next line opens with a capital letter, a digit or an opening quote or bracket;</li>
 *   <li>the line and the next word are clearly shorter than the text's longest line (at most
 *       three quarters of it: a headline over paragraphs written one per line, not the first line of
 *       a paragraph wrapped at a width), and, when some line of the text ends with a word or a comma
 *       and runs on into a line that opens in small letters, fit within the longest such line: a
 *       text wrapped at a width would have taken the next word onto the line if it fitted.</li>
 * </ul>
 * Tokens, their tags and offsets are unchanged; a sentence that holds no such break is returned as
 * it is. Stateless.
 */
final class LineBreaks {
    private LineBreaks() {
    }

    /** The sentences of a text, those that run over a meant line break cut there. */
    static List<CoreMap> split(String text, List<CoreMap> sentences, boolean paged) {
        if (paged || text.indexOf('\n') < 0) {
            return sentences;
        }
        List<CoreMap> out = null;
        int width = -1;
        int headEnd = headEnd(text);
        for (int si = 0; si < sentences.size(); si++) {
            CoreMap s = sentences.get(si);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            for (int i = 1; i < labels.size(); i++) {
                if (labels.get(i - 1).endPosition() >= headEnd || !singleBreakBetween(text, labels.get(i - 1), labels.get(i))) {
                    continue;
                }
                if (width < 0) {
                    width = Math.min(wrapWidth(text), longestLine(text) * 3 / 4);
                }
                if (meantBreak(text, labels.get(i - 1), labels.get(i), width)) {
                    if (out == null) {
                        out = new ArrayList<>(sentences.subList(0, si));
                    }
                    out.add(part(text, labels, from, i));
                    from = i;
                }
            }
            if (out != null) {
                out.add(from == 0 ? s : part(text, labels, from, labels.size()));
            }
        }
        return out == null ? sentences : out;
    }

    /** Whether exactly one line break (and nothing but spaces, no-break ones too) stands between two tokens. */
    private static boolean singleBreakBetween(String text, CoreLabel before, CoreLabel after) {
        int breaks = 0;
        for (int i = before.endPosition(); i < after.beginPosition(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) { // a no-break space too
                return false;
            }
        }
        return breaks == 1;
    }

    private static boolean meantBreak(String text, CoreLabel before, CoreLabel after, int width) {
        int end = before.endPosition();
        char last = text.charAt(end - 1);
        if (")]\"'”’".indexOf(last) >= 0 && end >= 2) {
            last = text.charAt(end - 2); // a closing mark after a comma ('disagree,"') continues
        }
        if (!Character.isLetterOrDigit(last)) {
            return false;
        }
        String word = before.word();
        if (FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) || NameConsistency.CALENDAR_WORDS.contains(word)) {
            return false; // "the week of⏎June 9", "moved to March⏎14"
        }
        char first = text.charAt(after.beginPosition());
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && "\"“'‘([".indexOf(first) < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', before.endPosition() - 1) + 1;
        int lineLength = text.substring(lineStart, before.endPosition()).strip().length();
        return lineLength + 1 + wordLength(text, after.beginPosition()) <= width;
    }

    /** How many lines a text's head may have: a headline, a byline, a date line, a dateline and a spare. */
    static final int HEAD_LINES = 5;

    /** Words after which a line is never over: articles, prepositions, conjunctions, forms of address without their period. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "in",
            "on", "at", "by", "for", "from", "with", "and", "or", "but", "nor", "that", "as", "than", "into", "onto",
            "over", "under", "about", "after", "before", "between", "against", "during", "without", "his", "her",
            "its", "their", "our", "my", "your", "this", "these", "those", "who", "which", "whose", "mr", "mrs", "ms", "dr");

    /**
     * The end of a text's head: the line break after its first line that ends a sentence (a full
     * stop, question or exclamation mark, perhaps before a closing quote or bracket), or after its
     * {@value #HEAD_LINES}th line, whichever comes first; blank lines are not counted.
     */
    static int headEnd(String text) {
        int start = 0;
        int lines = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines++;
                String bare = line.replaceAll("[\"'”’)\\]]+$", "");
                if (lines >= HEAD_LINES || !bare.isEmpty() && ".!?".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
                    return end;
                }
            }
            start = end + 1;
        }
        return text.length();
    }

    /** The length of the text's longest line, without its surrounding spaces. */
    static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            longest = Math.max(longest, text.substring(start, end).strip().length());
            start = end + 1;
        }
        return longest;
    }

    /**
     * The width a hard-wrapped text is wrapped at, at least: its longest line that ends with a word
     * or a comma and runs on into a line opening in small letters; {@link Integer#MAX_VALUE} when no
     * line does (the text is not wrapped).
     */
    static int wrapWidth(String text) {
        int width = -1;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                break;
            }
            String line = text.substring(start, end).strip();
            int next = end + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
            boolean runsOn = Character.isLetterOrDigit(last) || last == ',' || last == '-';
            if (runsOn && next < text.length() && Character.isLowerCase(text.charAt(next))) {
                width = Math.max(width, line.length());
            }
            start = end + 1;
        }
        return width < 0 ? Integer.MAX_VALUE : width;
    }

    private static int wordLength(String text, int begin) {
        int end = begin;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end - begin;
    }

    /** Tokens {@code [from, to)} of a sentence as a sentence of their own (also {@link ClockBreaks}'s cut). */
    static CoreMap part(String text, List<CoreLabel> labels, int from, int to) {
        CoreMap part = new ArrayCoreMap(4);
        int begin = labels.get(from).beginPosition();
        int end = labels.get(to - 1).endPosition();
        part.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(labels.subList(from, to)));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        return part;
    }
}
