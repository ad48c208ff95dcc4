package org.casefile.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The general references to the present, the past and the future ("now", "currently", "at present",
 * "recently", "as soon as possible", "the future"): TIMEX3 dates of value {@code PRESENT_REF}, {@code PAST_REF} or
 * {@code FUTURE_REF}, as TimeML annotates them. They are read from the words alone (no tags, no
 * SUTime: the sentences need not be selected for them) and are never anchored: they place
 * nothing on a calendar.
 */
final class ReferenceTimes {
    /** Adverbs that refer to the time of writing or just before it. */
    private static final Map<String, String> ADVERBS = Map.of(
            "now", "PRESENT_REF", "currently", "PRESENT_REF", "nowadays", "PRESENT_REF",
            "recently", "PAST_REF", "lately", "PAST_REF");
    /** "the past", "the future" as a noun phrase of their own. */
    private static final Map<String, String> NOUNS = Map.of("past", "PAST_REF", "future", "FUTURE_REF",
            "present", "PRESENT_REF");
    private static final Set<String> NOUN_MODIFIERS = Set.of("near", "distant", "recent", "immediate",
            "foreseeable", "not-too-distant", "very");
    /**
     * Words after "the past"/"the future" that make it a modifier or part of a longer expression
     * ("the past year", "the past few weeks", "the future king"): those are left to SUTime, or are
     * no time expression.
     */
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks",
            "day", "days", "decade", "decades", "century", "centuries", "quarter", "quarters", "hour", "hours",
            "minute", "minutes", "season", "seasons", "weekend", "weekends", "night", "nights", "few", "several",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "couple", "many");

    private ReferenceTimes() {
    }

    /**
     * The reference expressions of a sentence that overlap none of {@code found}.
     *
     * @param text     the document text
     * @param tokens   the sentence's tokens
     * @param sentence the sentence index
     * @param found    the time expressions already read in the sentence
     */
    static List<TimeMention> in(String text, List<Token> tokens, int sentence, List<TimeMention> found) {
        List<TimeMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            String value = ADVERBS.get(w);
            int first = i;
            int last = i;
            if (value != null && TimeExpressions.isHyphenedAdverb(w, tokens, i + 1)) {
                value = null; // "the now-cancelled deal", "a recently-announced plan": part of a modifier
            } else if (value != null) {
                if (i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("right") && w.equals("now")) {
                    first = i - 1; // "right now"
                }
            } else if (w.equals("soon")) {
                String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
                String after = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
                if (before.equals("as") && after.equals("as") && i + 2 < tokens.size()
                        && tokens.get(i + 2).word().equalsIgnoreCase("possible")) {
                    value = "FUTURE_REF"; // "as soon as possible": some time to come
                    first = i - 1;
                    last = i + 2;
                }
                // "soon" alone is left out: MEANTIME and GUM never mark it, TimeBank only now and then
            } else if (w.equals("present") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("at")
                    && endsPhrase(tokens, i)) {
                value = "PRESENT_REF"; // "at present", as "currently" ("at present levels" is an adjective's)
                first = i - 1;
            } else if (w.equals("term") && i > 1 && tokens.get(i - 2).word().equalsIgnoreCase("the")
                    && tokens.get(i - 1).word().matches("(?i)near|short") && endsPhrase(tokens, i)) {
                value = "FUTURE_REF"; // "in the near term", "over the short term": the time just ahead
                first = i - 2; // ("at a later date" is left out: TimeBank marks it, MEANTIME does not)
            } else if (w.equals("time") && i > 1 && tokens.get(i - 1).word().equalsIgnoreCase("the")
                    && tokens.get(i - 2).word().equalsIgnoreCase("at") && endsClause(tokens, i)) {
                value = "PAST_REF"; // "At the time, the mine employed 800", "said at the time.": then, back then
                first = i - 1;
            } else if (w.matches("while|time") && i > 1 && tokens.get(i - 1).word().matches("(?i)a|some")
                    && (w.equals("while") == tokens.get(i - 1).word().equalsIgnoreCase("a"))
                    && forBefore(tokens, i - 2) >= 0) {
                value = "PXX"; // "for a while", "for some time", "for quite some time": a span of no stated length
                first = forBefore(tokens, i - 2) + 1;
            } else if (NOUNS.containsKey(w) && isNounPhrase(tokens, i)) {
                value = NOUNS.get(w);
                first = tokens.get(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i - 2;
            }
            if (value == null) {
                continue;
            }
            int b = tokens.get(first).begin();
            int e = tokens.get(last).end();
            if (overlaps(found, b, e) || overlaps(out, b, e)) {
                continue;
            }
            out.add(new TimeMention(value.startsWith("P") ? "DURATION" : "DATE", value, text.substring(b, e), b, e, sentence, false,
                    TimeMention.Resolution.NONE, null, null, null));
        }
        return out;
    }

    /**
     * "the past", "the near future" ending a noun phrase: after "the" (or "the" and a modifier),
     * not before a time unit, a number or a noun it would modify ("the past year", "the future
     * king": a capitalised word, a word in {@link #TIME_UNITS}); "the present" only after "to" or
     * "until" ("up to the present"), since it is mostly an adjective ("the present case").
     */
    private static boolean isNounPhrase(List<Token> tokens, int i) {
        boolean afterThe = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the");
        boolean afterModifier = i > 1 && tokens.get(i - 2).word().equalsIgnoreCase("the")
                && NOUN_MODIFIERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
        if (!afterThe && !afterModifier) {
            return false;
        }
        if (tokens.get(i).word().equalsIgnoreCase("present")) {
            int before = afterThe ? i - 2 : i - 3;
            String prep = before >= 0 ? tokens.get(before).word().toLowerCase(Locale.ROOT) : "";
            if (!prep.equals("to") && !prep.equals("until") && !prep.equals("till")) {
                return false;
            }
        }
        return endsPhrase(tokens, i);
    }

    /**
     * The index of the "for" that opens a vague span ending before {@code i + 1} ("for a while", "for
     * some time", "for quite some time"), or -1.
     */
    private static int forBefore(List<Token> tokens, int i) {
        if (i >= 1 && tokens.get(i).word().equalsIgnoreCase("quite")) {
            i--;
        }
        return i >= 0 && tokens.get(i).word().equalsIgnoreCase("for") ? i : -1;
    }

    /**
     * Whether the word at {@code i} ends its clause: the sentence ends or a punctuation mark, "and"
     * or "but" follows ("at the time, the mine", "at the time and"); not a clause or an "of" that would
     * make the time its own ("at the time of the attack", "at the time Howes was captured").
     */
    private static boolean endsClause(List<Token> tokens, int i) {
        if (i + 1 == tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).word();
        return next.matches("[,.;:!?]|''|\"|\u201d|--|(?i)and|but");
    }

    /** Whether the word at {@code i} ends a noun phrase: the sentence or a punctuation mark or a word that can follow one. */
    private static boolean endsPhrase(List<Token> tokens, int i) {
        if (i + 1 == tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).word();
        if (next.isEmpty()) {
            return true;
        }
        char c = next.charAt(0);
        if (!Character.isLetterOrDigit(c)) {
            return true;
        }
        String lower = next.toLowerCase(Locale.ROOT);
        // a following noun would make "past"/"future" its modifier; words that can follow a noun
        // phrase (verbs, prepositions, conjunctions) are told apart by a short closed list
        return AFTER_NOUN_PHRASE.contains(lower);
    }

    /** Words that can follow "the past"/"the future" when it is a noun phrase of its own. */
    private static final Set<String> AFTER_NOUN_PHRASE = Set.of("and", "or", "but", "is", "was", "will", "would",
            "could", "may", "might", "looks", "look", "holds", "held", "remains", "remain", "as", "than", "when",
            "if", "because", "for", "in", "with", "to", "that", "which", "who", "are", "were", "has", "had",
            "have", "seems", "seemed", "appears", "appeared", "did", "does", "do", "the", "a", "an", "he", "she",
            "they", "we", "i", "it", "you", "there", "so", "too", "anyway", "though", "still", "again");

    private static boolean overlaps(List<TimeMention> mentions, int b, int e) {
        for (TimeMention m : mentions) {
            if (m.begin() < e && b < m.end()) {
                return true;
            }
        }
        return false;
    }
}
