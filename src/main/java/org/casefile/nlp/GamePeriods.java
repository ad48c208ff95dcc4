package org.casefile.nlp;

import java.util.regex.Pattern;

/**
 * Quarters of a game, which sports reports name as business news names quarters of a year: "scored
 * 14 points in the fourth quarter", "threw two touchdown passes in the first quarter" are a part of
 * one game, no calendar quarter and no TIMEX3 (TimeML marks times of the calendar and the clock; a
 * game's quarters, halves, innings and periods are measures of play). A sentence is read as a game's
 * when it holds a word of play or a score ("31-24") and no word of money or business, which keeps
 * "Acme's profit fell in the fourth quarter" and "the team lost money in the fourth quarter" quarters
 * of the year.
 */
final class GamePeriods {
    private GamePeriods() {
    }

    /** Words of play, and a score such as "31-24" or "21-7". */
    private static final Pattern PLAY = Pattern.compile("(?i)\\b(?:points|touchdowns?|field\\s+goals?|goals?|"
            + "halftime|half-time|overtime|quarterback|rebounds?|assists|baskets?|free\\s+throws?|three-pointers?|"
            + "jumpers?|interceptions?|fumbled?|fumbles|yards|punts?|scored|scoring|scoreless|"
            + "game|games|playoffs?|buzzer|(?:sat|sit|sits)\\s+out)\\b"
            + "|(?<![-\\d.,$])\\b\\d{1,3}-\\d{1,3}\\b(?![-\\d])");
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
        return sentence != null && PLAY.matcher(sentence).find() && !BUSINESS.matcher(sentence).find();
    }

    /** Whether {@code text}, a time expression of {@code sentence}, is a numbered quarter of a game. */
    static boolean isGameQuarter(String text, String sentence) {
        return NUMBERED_QUARTER.matcher(text.strip()).matches() && inGame(sentence);
    }
}
