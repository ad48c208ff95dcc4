package org.casefile.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parts of a year that business news names with no year, which SUTime does not read: "the first
 * half", "the second half", "first-half profit" (TimeML: {@code 1998-H1}) and "midyear" ("expects a
 * recovery by midyear": the year, whose middle it is). The year comes from the publication date and
 * the tense of the clause: a past clause tells of the last such part that has ended or is ending,
 * any other of the next one not yet over. A half is read only in a sentence of money or business
 * that is no game's ("scored in the second half" is a part of play); one with "of" after it ("the
 * second half of trading", "the first half of the century") is left to SUTime or is no year's.
 */
final class YearParts {
    private static final Pattern MAY_HOLD = Pattern.compile("(?i)\\b(?:(?:first|second|latter)[- ]half|mid-?year)\\b");
    private static final Pattern HALF = Pattern.compile("(?i)first|second|latter");
    private static final Pattern BEFORE_MIDYEAR = Pattern.compile("(?i)by|at|until|till|in|around|before|after|since|"
            + "from|through|toward|towards|near|about");

    private YearParts() {
    }

    /** Whether the text may name such a part (a cheap test before the tokens are tagged). */
    static boolean mayHold(String text) {
        return MAY_HOLD.matcher(text).find();
    }

    /**
     * The sentence's time expressions with its parts of a year added in text order; a "year" SUTime
     * read out of "mid-year" gives way. No publication date, no tags or no such part: {@code found}.
     */
    static List<TimeMention> with(String text, List<Token> tokens, int sentence, List<TimeMention> found, LocalDate published) {
        if (published == null || tokens.isEmpty() || !tokens.get(0).isTagged()) {
            return found;
        }
        String sentenceText = text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        boolean business = GamePeriods.isBusiness(sentenceText) && !GamePeriods.inGame(sentenceText);
        List<TimeMention> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int[] span = business ? half(tokens, i) : null;
            String value = null;
            if (span != null) {
                boolean first = tokens.get(i).word().equalsIgnoreCase("first");
                value = halfValue(first, published, tense(tokens, span));
            } else if ((span = midyear(tokens, i)) != null) {
                value = midyearValue(published, tense(tokens, span));
            }
            if (value == null) {
                continue;
            }
            int b = tokens.get(span[0]).begin();
            int e = tokens.get(span[1] - 1).end();
            if (overlapsOther(found, b, e)) {
                continue;
            }
            var range = org.casefile.domain.DateRange.of(value);
            added.add(new TimeMention("DATE", value, text.substring(b, e), b, e, sentence, true,
                    TimeMention.Resolution.PUBLICATION_DATE, range.map(r -> r.begin()).orElse(null),
                    range.map(r -> r.end()).orElse(null), range.map(r -> r.precision()).orElse(null)));
            i = span[1] - 1;
        }
        if (added.isEmpty()) {
            return found;
        }
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention m : found) {
            if (added.stream().noneMatch(a -> a.begin() <= m.begin() && m.end() <= a.end())) {
                out.add(m);
            }
        }
        out.addAll(added);
        out.sort(Comparator.comparingInt(TimeMention::begin));
        return out;
    }

    private static final Pattern LOOKS_AHEAD = Pattern.compile("(?i)would|will|'ll|could|should|might|may|expected|"
            + "expects?|forecasts?|projected");

    /**
     * The tense of the clause ({@link TimeExpressions#tenseOf}), but a past one with a modal or a word
     * of forecast after the part in its clause looks ahead: "said output in the first half would
     * reach 2 million tonnes", "said second-half results would depend on prices".
     */
    private static Tense tense(List<Token> tokens, int[] span) {
        Tense tense = TimeExpressions.tenseOf(tokens, span[0], span[1]);
        if (tense != Tense.PAST) {
            return tense;
        }
        for (int k = span[1]; k < tokens.size() && !tokens.get(k).word().matches("[,;:]"); k++) {
            if (LOOKS_AHEAD.matcher(tokens.get(k).word()).matches()) {
                return Tense.FUTURE;
            }
        }
        return tense;
    }

    /**
     * The tokens {@code [from, to)} of "the first half" (ending a phrase: no "of", no noun after it,
     * "the second half hour" is none) or of "first-half" before a noun ("first-half profit"), with the
     * ordinal at {@code i}; else null.
     */
    private static int[] half(List<Token> tokens, int i) {
        if (!HALF.matcher(tokens.get(i).word()).matches() || i + 1 >= tokens.size()) {
            return null;
        }
        int h = i + 1;
        boolean hyphen = false;
        if (tokens.get(h).word().equals("-") && h + 1 < tokens.size() && tokens.get(i).end() == tokens.get(h).begin()
                && tokens.get(h).end() == tokens.get(h + 1).begin()) {
            h++;
            hyphen = true;
        }
        if (!tokens.get(h).word().equalsIgnoreCase("half")) {
            return null;
        }
        Token next = h + 1 < tokens.size() ? tokens.get(h + 1) : null;
        if (hyphen) {
            // "first-half profit", "second-half sales": a half of the year, as "third-quarter profit" is a quarter
            return next != null && next.pos() != null && next.pos().matches("NNS?") ? new int[] {i, h + 1} : null;
        }
        if (i == 0 || !tokens.get(i - 1).word().equalsIgnoreCase("the")) {
            return null;
        }
        if (next != null && (next.word().matches("(?i)of|-") || next.pos() != null && next.pos().matches("NNS?|CD|JJ"))) {
            return null; // "the second half of trading", "the first half hour", "the second half-century"
        }
        return new int[] {i - 1, h + 1};
    }

    /** The tokens of "midyear", "mid-year" after a preposition of time and before no noun; else null. */
    private static int[] midyear(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        int last;
        if (w.equalsIgnoreCase("midyear") || w.equalsIgnoreCase("mid-year")) {
            last = i;
        } else if (w.equalsIgnoreCase("mid") && i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")
                && tokens.get(i + 2).word().equalsIgnoreCase("year") && tokens.get(i).end() == tokens.get(i + 1).begin()
                && tokens.get(i + 1).end() == tokens.get(i + 2).begin()) {
            last = i + 2;
        } else {
            return null;
        }
        if (i == 0 || !BEFORE_MIDYEAR.matcher(tokens.get(i - 1).word()).matches()) {
            return null; // "a midyear review", "the mid-year budget": a kind of thing
        }
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        if (next != null && next.pos() != null && next.pos().matches("NNS?|CD") || next != null && next.word().equals("-")) {
            return null;
        }
        return new int[] {i, last + 1};
    }

    /**
     * The half of a year: in a past clause the last first (second) half that has ended or nearly so
     * (a first half from June, a second half only in December; else the year before's); in a present
     * clause the half that runs or has just ended (a second half in January or February is the year
     * before's: results are told in the present); in a future one the next not yet over (a first half
     * after June is the next year's).
     */
    static String halfValue(boolean first, LocalDate published, Tense tense) {
        int year = published.getYear();
        int month = published.getMonthValue();
        if (tense == Tense.PAST) {
            year = first ? (month >= 6 ? year : year - 1) : (month == 12 ? year : year - 1);
        } else if (tense == Tense.PRESENT) {
            // results told in the present: the half that runs or has just ended ("first-half profit
            // jumps" in August, "second-half sales are down" in January: the year before's)
            year = !first && month <= 2 ? year - 1 : year;
        } else if (tense == Tense.FUTURE) {
            year = first && month > 6 ? year + 1 : year;
        }
        return year + (first ? "-H1" : "-H2");
    }

    /** The year whose middle "midyear" is: in a past clause the last middle reached, in any other the next one. */
    static String midyearValue(LocalDate published, Tense tense) {
        int year = published.getYear();
        int month = published.getMonthValue();
        if (tense == Tense.PAST) {
            return Integer.toString(month >= 6 ? year : year - 1);
        }
        return Integer.toString(month <= 7 ? year : year + 1);
    }

    /** Whether a mention overlaps {@code [b, e)} without lying inside it. */
    private static boolean overlapsOther(List<TimeMention> mentions, int b, int e) {
        for (TimeMention t : mentions) {
            if (t.begin() < e && b < t.end() && (t.begin() < b || t.end() > e)) {
                return true;
            }
        }
        return false;
    }
}
