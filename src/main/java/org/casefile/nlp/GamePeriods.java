package org.casefile.nlp;

import java.util.regex.Pattern;

/**
 * Quarters of a game, which sports reports name as business news names quarters of a year: "scored
 * 14 points in the fourth quarter", "threw two touchdown passes in the first quarter" are a part of
 * one game, no calendar quarter and no TIMEX3 (TimeML marks times of the calendar and the clock; a
 * game's quarters, halves, innings and periods are measures of play). A sentence is read as a game's
 * when it holds a word only play uses or a score ("31-24", not a vote: "ruled 5-4") and no word of
 * money or business, which keeps
 * "Acme's profit fell in the fourth quarter" and "the team lost money in the fourth quarter" quarters
 * of the year.
 */
final class GamePeriods {
    private GamePeriods() {
    }

    /**
     * Words of play that no other news uses so ("points" of a game, "touchdowns", "rebounds"); not
     * "game", "goals" or "scored", which business and politics use too ("release the game in the
     * fourth quarter", "meet its goals").
     */
    private static final Pattern PLAY = Pattern.compile("(?i)\\b(?:points|touchdowns?|field\\s+goals?|"
            + "halftime|half-time|overtime|quarterback|rebounds?|assists|baskets?|free\\s+throws?|three-pointers?|"
            + "jumpers?|interceptions?|fumbled?|fumbles|punts?|scoreless|buzzer|(?:sat|sit|sits)\\s+out)\\b");
    /** A score such as "31-24" or "21-7". */
    private static final Pattern SCORE = Pattern.compile("(?<![-\\d.,$])\\b\\d{1,3}-\\d{1,3}\\b(?![-\\d])");
    /** Words before a count of votes, which looks like a score: "ruled 5-4", "voted 52-48", "a 6-3 decision". */
    private static final Pattern VOTE_BEFORE = Pattern.compile("(?i)(?:ruled|voted|vote|votes|margin)\\s*$");
    private static final Pattern VOTE_AFTER = Pattern.compile("(?i)^\\s*(?:vote|votes|decision|ruling|majority|split)\\b");

    /** Words of money, markets and business: a quarter beside them is the calendar's or a company's. */
    private static final Pattern BUSINESS = Pattern.compile("(?i)\\b(?:profits?|earnings|revenues?|sales|income|"
            + "loss|losses|percent|percentage|shares?|stocks?|dividends?|economy|economic|growth|gdp|fiscal|quarterly|"
            + "analysts?|billion|million|money|output|orders|deliveries|inflation|unemployment|company|companies|"
            + "results|index|market|markets|prices?|rates?|vote|votes|budget|spending|investors?|forecasts?|outlook|"
            + "demand|costs?|charges?|guidance|estimates?)\\b|[$%\u00a3\u20ac]");
    /** A quarter named by its number alone: "the fourth quarter", "fourth-quarter", "the final quarter". */
    private static final Pattern NUMBERED_QUARTER = Pattern.compile("(?i)(?:the\\s+)?(?:first|second|third|fourth|final)"
            + "[- ]quarter");

    /** Whether the sentence reports play in a game, with no word of money or business in it. */
    static boolean inGame(String sentence) {
        return sentence != null && (PLAY.matcher(sentence).find() || hasScore(sentence))
                && !BUSINESS.matcher(sentence).find();
    }

    /** Whether the sentence holds a word of money, markets or business ("profit", "sales", "$"). */
    static boolean isBusiness(String sentence) {
        return sentence != null && BUSINESS.matcher(sentence).find();
    }

    /** Whether the sentence holds a score that is no count of votes ("won 31-24"; not "the court ruled 5-4"). */
    private static boolean hasScore(String sentence) {
        java.util.regex.Matcher m = SCORE.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 12), m.start());
            if (!VOTE_BEFORE.matcher(before).find() && !VOTE_AFTER.matcher(sentence.substring(m.end())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text}, a time expression of {@code sentence}, is a numbered quarter of a game. */
    static boolean isGameQuarter(String text, String sentence) {
        return NUMBERED_QUARTER.matcher(text.strip()).matches() && inGame(sentence);
    }
}
