package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences cut after a clock time's "a.m." or "p.m." that ends a sentence. The splitter reads the
 * abbreviation's period as the abbreviation's only, so "… radioed for help at 3 a.m. Ibekwe said
 * rescuers arrived …" runs two sentences into one: the second's speaker and verb fall inside the
 * first one's content. A sentence is cut after "a.m." or "p.m." when the next word opens a sentence
 * as few words go on a time: a capitalised pronoun, article or conjunction ("He", "The", "But"), or
 * a capitalised name followed by a verb of the past or present in small letters ("Ibekwe said",
 * "Police arrived"). A weekday, a month or a time zone after the time ("3 a.m. Monday", "9 p.m.
 * Eastern time") is the time's and never cut. Tokens, tags and offsets are unchanged. Stateless.
 */
final class ClockBreaks {
    private ClockBreaks() {
    }

    private static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "A.M.", "P.M.");

    /** Capitalised words that open a sentence and go on no time. */
    private static final Set<String> OPENERS = Set.of("he", "she", "it", "they", "we", "i", "the", "a", "an", "but",
            "his", "her", "its", "their", "this", "that", "there", "when", "by", "after", "before", "then", "no");

    /** Words that name a time's zone or part ("Eastern time", "local time", "GMT"). */
    private static final Set<String> ZONES = Set.of("eastern", "central", "pacific", "mountain", "atlantic", "local",
            "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt",
            "ct", "mt", "greenwich", "british", "daylight", "standard");

    /** Finite verbs in small letters that may follow a sentence's first name ("Ibekwe said"). */
    private static final Set<String> VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "was", "is",
            "were", "are", "had", "has", "have", "will", "would", "could", "did", "does");

    /** The sentences of a text, those that run on past a time's "a.m." or "p.m." cut there. */
    static List<CoreMap> split(String text, List<CoreMap> sentences) {
        List<CoreMap> out = null;
        for (int si = 0; si < sentences.size(); si++) {
            CoreMap s = sentences.get(si);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            for (int i = 1; i + 1 < labels.size(); i++) {
                if (!CLOCK.contains(labels.get(i - 1).word()) || i < 2 || !labels.get(i - 2).word().matches("\\d{1,2}(:\\d\\d)?")
                        || !opensSentence(labels, i)) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(sentences.subList(0, si));
                }
                out.add(LineBreaks.part(text, labels, from, i));
                from = i;
            }
            if (out != null) {
                out.add(from == 0 ? s : LineBreaks.part(text, labels, from, labels.size()));
            }
        }
        return out == null ? sentences : out;
    }

    /** Whether the word at {@code i} opens a new sentence rather than going on with the time before it. */
    static boolean opensSentence(List<CoreLabel> labels, int i) {
        String w = labels.get(i).word();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
            return false; // small letters go on the sentence; capitals alone may be a zone ("EST")
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (NameConsistency.CALENDAR_WORDS.contains(w) || ZONES.contains(lower)) {
            return false;
        }
        if (OPENERS.contains(lower)) {
            return true;
        }
        return i + 1 < labels.size() && VERBS.contains(labels.get(i + 1).word());
    }
}
