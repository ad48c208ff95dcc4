package org.casefile.nlp;

import org.casefile.domain.DateRange;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime, run only on sentences that may hold a time expression, always without a document date
 * (so nothing is ever anchored to the day the tool runs); relative values are then resolved here
 * against the real publication date, by {@link DateResolver} for partial dates (tense-aware) and
 * by SUTime's own resolution for offsets ("yesterday", "last year").
 *
 * <p>Thread-safe.
 */
final class TimeExpressions {
    /** Prepositions of time before "the fall" that make it the season ("in the fall", "by the fall of 2031"). */
    private static final String FALL_PREPOSITIONS = "in|during|by|until|through|since|over";

    private static final String UNIT_WORD = "(?i)(?:second|minute|hour|day|night|week|weekend|month|quarter|season|year|decade|century)s?";

    /** Words without which a sentence holds no time expression worth SUTime's cost. */
    private static final Pattern CANDIDATE = Pattern.compile(
            // a year from 1800 to 2099: statute sections ("§ 1292"), reporter pages ("F.2d 1028") and
            // docket numbers ("No. 20-1507") are four-digit numbers too, and SUTime reads them as years
            "\\b(?:(?:1[89]|20)\\d\\ds?|\\d{1,2}/\\d{1,2}(?:/(?:19|20)\\d\\d)?|"
                    // month and weekday names are capitalised: "may" and "march" alone are verbs
                    + "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                    + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|"
                    + "SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
                    + "Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    + "Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|"
                    + "Christmas|Easter|(?i:this|last|next|early|late) fall|"
                    // "in the fall", "by the fall of 2031": the season; "the fall of the city" is no time
                    + "(?i:" + FALL_PREPOSITIONS + ") the fall(?!\\s+of\\s+(?!(?:19|20)\\d\\d))|"
                    + "(?i:today|tonight|yesterday|tomorrow|ago|years?|months?|weeks?|days?|decades?|centur(?:y|ies)|"
                    + "hours?|minutes?|seconds|morning|afternoon|evening|night|noon|midnight|weekend|quarter|overnight|"
                    + "mornings|afternoons|evenings|nights|weekends|"
                    + "spring|summer|autumn|winter|annual(?:ly)?|daily|weekly|monthly|hourly|quarters|nineteen|"
                    + "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
                    + "\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)))\\b"
                    // a decade with its century left out: "the '90s", "the mid-'80s"
                    + "|['\u2019]\\d0s\\b");

    /**
     * Expressions relative to a time named in the story rather than to the publication date:
     * "the next day" is the day after the story's event, while "next week" counts from publication.
     */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "\\b(?:earlier|later|before|after|afterwards?|previous|prior|following|same|that|then|the\\s+next)\\b",
            Pattern.CASE_INSENSITIVE);

    private final TimeExpressionExtractor extractor =
            TimeExpressionExtractorFactory.createExtractor("sutime", CoreNlpConfig.sutime());

    static boolean isCandidate(String sentenceText) {
        return CANDIDATE.matcher(sentenceText).find();
    }

    /**
     * @param sentence a CoreNLP sentence with tagged tokens
     * @param tokens our view of the same tokens (for tense)
     * @param published the document's publication date, or null
     */
    List<TimeMention> extract(CoreMap sentence, int sentenceIndex, List<Token> tokens, LocalDate published) {
        return extract(sentence, sentence.get(CoreAnnotations.TokensAnnotation.class), sentenceIndex, tokens, published);
    }

    /**
     * The time expressions of a part of a sentence ({@link #part}: the text after a dateline),
     * read with the whole sentence's labels, so that a token's index is the same in the labels
     * and in {@code tokens} (the part's own labels start at the dateline's end, which put every
     * look at a word before or after an expression that many tokens off).
     *
     * @param sentence       the part SUTime reads (the whole sentence but for a dateline's)
     * @param sentenceLabels the whole sentence's CoreNLP tokens, as many as {@code tokens}
     */
    List<TimeMention> extract(CoreMap sentence, List<CoreLabel> sentenceLabels, int sentenceIndex, List<Token> tokens,
            LocalDate published) {
        List<TimeMention> out = new ArrayList<>();
        List<CoreLabel> labels = sentenceLabels;
        Integer sentenceYear = null;
        int sentenceYearEnd = -1; // token after the date that gave the year
        List<CoreMap> read = inWindows(sentence);
        for (int k = 0; k < read.size(); k++) {
            CoreMap te = read.get(k);
            Timex timex = te.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = te.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = te.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || begin == null || end == null || end <= begin) {
                continue; // SUTime can join a clock to the day before it with no text between ("Tuesday at 18:00")
            }
            int tokenBegin = tokenIndex(tokens, begin);
            int tokenEnd = tokenIndex(tokens, end - 1) + 1;
            String type = timex.timexType();
            String raw = timex.value();
            String text = te.get(CoreAnnotations.TextAnnotation.class);
            Matcher everyFromNow = EVERY_FROM_NOW.matcher(text);
            if ("SET".equals(type) && raw == null && everyFromNow.matches()) {
                // "every two years from now on": how often from now on (SUTime reads the count from now and
                // gives no value); "now" is a reference of its own (ReferenceTimes)
                Integer n = everyFromNow.group(2) == null ? Integer.valueOf(1) : everyFromNow.group(2).matches("\\d{1,3}")
                        ? Integer.valueOf(everyFromNow.group(2)) : NumberWords.value(everyFromNow.group(2).toLowerCase(java.util.Locale.ROOT));
                if (n != null) {
                    raw = "P" + n + Character.toUpperCase(everyFromNow.group(3).charAt(0));
                    text = everyFromNow.group(1);
                    end = begin + everyFromNow.end(1);
                    tokenEnd = tokenIndex(tokens, end - 1) + 1;
                }
            }
            int countedDays = qualifiedDaysStart(text, tokens, tokenBegin, tokenEnd);
            if (countedDays >= 0 && countedDays < labels.size() && labels.get(countedDays).beginPosition() == tokens.get(countedDays).begin()) {
                // "within five business days", "10 trading days": a length of so many such days (SUTime: the
                // weekdays of this week, or days of no count)
                String n = tokens.get(countedDays).word();
                if (countedDays + 2 < tokens.size() && tokens.get(countedDays + 1).word().equals("-")) {
                    n = n + "-" + tokens.get(countedDays + 2).word(); // "thirty-five"
                }
                type = "DURATION";
                raw = "P" + (n.matches("\\d{1,3}") ? n : spelledCount(n)) + "D";
                tokenBegin = countedDays;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            if (isPrepositionPast(text, tokens, tokenEnd)) {
                continue; // "continue past the Nov. 30 deadline", "past midnight": a preposition, no past
            }
            if ("DATE".equals(type) && isYearInName(text, tokens, tokenBegin)) {
                continue; // "Agenda 2000", "Vision 2010", "Orion 1980": a name that holds a number, no year
            }
            if (isUnitToUnit(tokens, tokenBegin, tokenEnd)) {
                continue; // "the quarter-to-quarter comparison", "year-on-year growth": a kind of comparison, no time
            }
            if ("TIME".equals(type) && raw != null && tokenEnd < tokens.size()
                    && isClockSuffix(tokens.get(tokenEnd).word()) && !MERIDIEM.matcher(text).find()
                    && tokenEnd < labels.size() && labels.get(tokenEnd).beginPosition() == tokens.get(tokenEnd).begin()) {
                // "ended at 4:30 p.m.": SUTime sometimes reads the clock without its "p.m."
                raw = withMeridiem(raw, tokens.get(tokenEnd).word());
                end = labels.get(tokenEnd).endPosition();
                text = text + labels.get(tokenEnd).before() + labels.get(tokenEnd).originalText();
                tokenEnd++;
            }
            if ("TIME".equals(type) && raw != null && raw.matches(".*T\\d\\d(?::\\d\\d)?") && tokenEnd < tokens.size()
                    && tokenEnd < labels.size() && tokens.get(tokenEnd).word().matches("GMT|UTC|[ECMP][SD]T")
                    && labels.get(tokenEnd).beginPosition() == tokens.get(tokenEnd).begin()) {
                // "at 18:00 UTC": SUTime sometimes reads the clock without its zone, which is part of it
                end = labels.get(tokenEnd).endPosition();
                text = text + labels.get(tokenEnd).before() + labels.get(tokenEnd).originalText();
                tokenEnd++;
            }
            Matcher clocks = CLOCK_RANGE.matcher(text);
            if ("TIME".equals(type) && clocks.matches() && tokenBegin > 0 && tokenBegin < labels.size()
                    && tokens.get(tokenBegin - 1).word().matches("(?i)from|between")) {
                // "from 9 to 5 p.m.", "from 2:30 to 4 p.m.": two clocks, the ends of one range (SUTime reads
                // "nine to five" as 4:51); the first takes the second's half of the day unless it would
                // then come after it ("from 9 to 5 p.m." is 9 a.m.)
                boolean pm = Character.toLowerCase(clocks.group(5).charAt(0)) == 'p';
                int firstHour = Integer.parseInt(clocks.group(1));
                int secondHour = Integer.parseInt(clocks.group(3));
                int second = secondHour % 12 + (pm ? 12 : 0); // "12 p.m." is noon, "12 a.m." midnight
                int sameHalf = firstHour % 12 + (pm ? 12 : 0);
                int first = sameHalf <= second ? sameHalf : firstHour % 12; // "from 10 to 12 p.m." is 10 a.m.
                if (first < 24 && second < 24) {
                    String firstValue = String.format(java.util.Locale.ROOT, "T%02d:%s", first,
                            clocks.group(2) == null ? "00" : clocks.group(2));
                    int firstEnd = begin + clocks.end(clocks.group(2) == null ? 1 : 2);
                    out.add(new TimeMention("TIME", firstValue, text.substring(0, firstEnd - begin), begin, firstEnd,
                            sentenceIndex, true, TimeMention.Resolution.EXPLICIT, null, null, null));
                    raw = String.format(java.util.Locale.ROOT, "T%02d:%s", second, clocks.group(4) == null ? "00" : clocks.group(4));
                    begin = begin + clocks.start(3);
                    text = text.substring(clocks.start(3));
                    tokenBegin = tokenIndex(tokens, begin);
                }
            }
            Matcher lone = LONE_CLOCK.matcher(text);
            if (("TIME".equals(type) || "SET".equals(type)) && lone.lookingAt() && tokenBegin >= 3 && tokenBegin <= tokens.size()
                    && (tokens.get(tokenBegin - 1).word().equalsIgnoreCase("and") && tokens.get(tokenBegin - 3).word().equalsIgnoreCase("between")
                    || tokens.get(tokenBegin - 1).word().equalsIgnoreCase("to") && tokens.get(tokenBegin - 3).word().equalsIgnoreCase("from"))) {
                // "between 2 and 4 p.m.", "from 9 to 5 p.m.": two clocks, the ends of one range (SUTime reads the second alone);
                // the first takes the second's half of the day unless it would then come after it
                Matcher firstClock = BARE_CLOCK.matcher(tokens.get(tokenBegin - 2).word());
                Token firstToken = tokens.get(tokenBegin - 2);
                if (firstClock.matches() && !overlapsLonger(out, firstToken.begin(), firstToken.end())) {
                    boolean pm = Character.toLowerCase(lone.group(3).charAt(0)) == 'p';
                    int second = Integer.parseInt(lone.group(1)) % 12 + (pm ? 12 : 0);
                    int firstHour = Integer.parseInt(firstClock.group(1));
                    int sameHalf = firstHour % 12 + (pm ? 12 : 0);
                    int first = sameHalf <= second ? sameHalf : firstHour % 12;
                    if (firstHour <= 12 && second < 24) {
                        String firstValue = String.format(java.util.Locale.ROOT, "T%02d:%s", first,
                                firstClock.group(2) == null ? "00" : firstClock.group(2));
                        out.add(new TimeMention("TIME", firstValue, firstToken.word(), firstToken.begin(), firstToken.end(),
                                sentenceIndex, true, TimeMention.Resolution.EXPLICIT, null, null, null));
                    }
                }
            }
            Matcher fromNow = FROM_NOW_THEN.matcher(text);
            boolean countedFromNow = false;
            if (published != null && fromNow.matches()) {
                // "A decade from now, today's pupils will vote": SUTime reads one expression across the
                // comma; the count ends at "now", and "today" after it is the day of writing
                String counted = fromNowValue(fromNow.group(1), published);
                if (counted != null) {
                    int cut = begin + fromNow.end(1);
                    int restBegin = begin + fromNow.start(2);
                    String rest = fromNow.group(2);
                    if (rest.equalsIgnoreCase("today")) {
                        var day = DateRange.of(published.toString());
                        out.add(new TimeMention("DATE", published.toString(), rest, restBegin, restBegin + rest.length(),
                                sentenceIndex, true, TimeMention.Resolution.PUBLICATION_DATE, day.map(DateRange::begin).orElse(null),
                                day.map(DateRange::end).orElse(null), day.map(DateRange::precision).orElse(null)));
                    }
                    type = "DATE";
                    raw = counted;
                    text = fromNow.group(1);
                    end = cut;
                    tokenEnd = tokenIndex(tokens, cut - 1) + 1;
                    countedFromNow = true;
                }
            }
            if ("once".equalsIgnoreCase(text) && tokenEnd + 1 < tokens.size()
                    && tokens.get(tokenEnd).word().matches("(?i)a|an|per|every|each")
                    && (tokens.get(tokenEnd + 1).word().matches(UNIT_WORD)
                    || tokens.get(tokenEnd).word().matches("(?i)every|each") && tokenEnd + 2 < tokens.size()
                    && (tokens.get(tokenEnd + 1).word().matches("(?i)other|\\d+") || NumberWords.value(tokens.get(tokenEnd + 1).word()) != null)
                    && tokens.get(tokenEnd + 2).word().matches(UNIT_WORD))) {
                continue; // "once a month", "once every four years": how often, not some time in the past
            }
            String recurring = ExplicitDates.RECURRING_PARTS.get(text);
            if (recurring != null && tokenEnd == tokenBegin + 1 && tokenBegin < labels.size()
                    && labels.get(tokenBegin).beginPosition() == tokens.get(tokenBegin).begin()) {
                if (!ExplicitDates.recurringUse(labels, tokenBegin, 0)) {
                    continue; // "long mornings", "sleepless nights", "the evenings of May": no time of them
                }
                type = "SET"; // "works nights", "open evenings": every such part of the day (SUTime: TIME "TMO")
                raw = recurring;
            }
            if (raw == null && "DURATION".equals(type) && timex.altVal() != null) {
                Matcher spanRange = DURATION_RANGE.matcher(timex.altVal());
                if (spanRange.matches()) {
                    // "12 to 18 months": a span of a length between two counts, of no one stated length (PXM);
                    // one written as two of different units keeps its lower bound, as does one number SUTime
                    // read as a range ("thirty-seven years", see compoundCount)
                    raw = RANGE_WORDS.matcher(text).matches() ? vagueRange(spanRange.group(1), spanRange.group(2))
                            : spanRange.group(1);
                }
            }
            if (raw != null && raw.matches("XXXX-WXX-[1-7]") && tokenEnd < tokens.size() && tokenEnd < labels.size()
                    && labels.get(tokenEnd).beginPosition() == tokens.get(tokenEnd).begin()
                    && tokens.get(tokenEnd).word().matches("(?i)mornings|afternoons|evenings|nights")) {
                // "on Tuesday nights": every Tuesday night, a set, no one day
                String part = tokens.get(tokenEnd).word().toLowerCase(java.util.Locale.ROOT);
                raw = raw + "T" + (part.startsWith("m") ? "MO" : part.startsWith("a") ? "AF" : part.startsWith("e") ? "EV" : "NI");
                type = "SET";
                end = labels.get(tokenEnd).endPosition();
                text = text + labels.get(tokenEnd).before() + labels.get(tokenEnd).originalText();
                tokenEnd++;
            } else if (raw != null && raw.matches("XXXX-WXX-[1-7].*") && text.matches("(?i).*days|.*(?:mornings|afternoons|evenings|nights)")) {
                type = "SET"; // "on Mondays": every Monday
            }
            if (text.matches("(?s).*\\s(?:may|march)") && tokenEnd - 1 > tokenBegin && tokenEnd <= labels.size()
                    && !String.valueOf(raw).matches("(?:\\d{4}|XXXX)-0[35].*")
                    && labels.get(tokenEnd - 2).beginPosition() == tokens.get(tokenEnd - 2).begin()) {
                // "in the next few months may want": the verb written in lower case is no month of the span
                tokenEnd--;
                end = labels.get(tokenEnd - 1).endPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            if (text.matches("(?is)end\\s+\\S.*") && tokenBegin + 1 < tokenEnd && tokenBegin + 1 < labels.size()
                    && labels.get(tokenBegin + 1).beginPosition() == tokens.get(tokenBegin + 1).begin()
                    && (tokens.get(tokenBegin).pos() != null && tokens.get(tokenBegin).pos().startsWith("VB")
                    || tokenBegin > 0 && tokens.get(tokenBegin - 1).word().matches("(?i)will|would|'ll|to|could|may|might|should|must|can"))) {
                // "the strike will end Friday": the verb is no part of the day SUTime read with it
                tokenBegin++;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            String decade = shortDecade(text, raw);
            boolean fullDecade = raw != null && raw.matches("\\d{3}X?") && text.matches("(?:1[89]|20)\\d0['\u2019]?s");
            if (decade != null || fullDecade) {
                // "the late '90s": SUTime gives the decade of no century, as a set; "the late 1970s": it
                // reads the decade without the part and the article before it, which are of it
                type = "DATE";
                raw = decade != null ? decade : raw;
                int b = tokenBegin;
                if (b > 0 && tokens.get(b - 1).word().equals("-")) {
                    b--;
                }
                if (b > 0 && tokens.get(b - 1).word().matches("(?i)early|late|mid")) {
                    b--;
                } else {
                    b = tokenBegin;
                }
                if (b > 0 && tokens.get(b - 1).word().equalsIgnoreCase("the")) {
                    b--;
                }
                if (b < tokenBegin && b < labels.size() && labels.get(b).beginPosition() == tokens.get(b).begin()) {
                    tokenBegin = b;
                    begin = labels.get(b).beginPosition();
                    text = textOf(labels, tokenBegin, tokenEnd);
                }
            }
            if (raw != null && text.matches("(?is)(?:.*\\s)?(?:mid-?)?(?:1[89]|20)\\d0") && raw.matches("\\d{3}0|\\d{3}X")
                    && tokenEnd < tokens.size() && tokenEnd < labels.size()
                    && tokens.get(tokenEnd).word().matches("['\u2019]s") && tokens.get(tokenEnd).begin() == end
                    && labels.get(tokenEnd).beginPosition() == tokens.get(tokenEnd).begin()
                    && (text.matches("(?is)the\\s.*") || tokenBegin > 0 && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("the"))) {
                // "the 1960's", "the late 1970's" (the decade as the New York Times and others wrote it):
                // the decade, not the year ("1960's budget", with no "the", stays a year)
                type = "DATE";
                raw = raw.substring(0, 3) + "X";
                end = labels.get(tokenEnd).endPosition();
                tokenEnd++;
                if (!text.matches("(?is)the\\s.*")) {
                    tokenBegin--;
                    begin = labels.get(tokenBegin).beginPosition();
                }
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            Matcher years = YEAR_RANGE.matcher(text);
            if (years.matches() && Integer.parseInt(years.group(3)) > Integer.parseInt(years.group(1))) {
                // "1996-2000", "(2031-2035)": two years, the ends of a range, where SUTime gives one span of hours
                int second = begin + years.start(3);
                var first = DateRange.of(years.group(1));
                if (!overlapsLonger(out, begin, begin + 4)) {
                    out.add(new TimeMention("DATE", years.group(1), years.group(1), begin, begin + 4, sentenceIndex, true,
                            TimeMention.Resolution.EXPLICIT, first.map(DateRange::begin).orElse(null),
                            first.map(DateRange::end).orElse(null), first.map(DateRange::precision).orElse(null)));
                }
                type = "DATE";
                raw = years.group(3);
                text = years.group(3);
                begin = second;
                tokenBegin = tokenIndex(tokens, second);
            }
            int[] shortRange = shortYearRange(tokens, tokenBegin);
            if (shortRange != null && tokens.get(tokenBegin).begin() == begin
                    && (end == tokens.get(tokenBegin).end() || end == tokens.get(tokenBegin + 2).end())) {
                // "the 1998-99 season", "the 2001-02 school year": a season or a school or fiscal year that
                // runs across two years, one expression named by the year it starts in ("2001-02" is no
                // February, and "1998-99" no year 1998 alone)
                type = "DATE";
                raw = Integer.toString(shortRange[0]);
                end = tokens.get(tokenBegin + 2).end();
                tokenEnd = tokenBegin + 3;
                text = tokens.get(tokenBegin).word() + tokens.get(tokenBegin + 1).word() + tokens.get(tokenBegin + 2).word();
            }
            if (raw != null && raw.matches("\\d{4}-(?:SP|FA)") && tokenBegin > 0 && tokenEnd - tokenBegin >= 3
                    && tokens.get(tokenBegin).word().matches("Springs|Falls|SPRINGS|FALLS")
                    && tokens.get(tokenBegin + 1).word().equalsIgnoreCase("in")
                    && Character.isUpperCase(tokens.get(tokenBegin - 1).word().charAt(0))) {
                // "moved to Kelby Springs in 1961", "Niagara Falls in 1970": the place's last word is no
                // season (SUTime read "Springs in 1961" as the spring of 1961); the year is the time
                raw = raw.substring(0, 4);
                tokenBegin += 2;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            Optional<String> ranged = rangeYear(raw, tokens, tokenEnd, k + 1 < read.size() ? read.get(k + 1) : null);
            if (ranged.isPresent()) {
                raw = ranged.get(); // "from June to August 2002": June of 2002
            }
            String value = raw;
            TimeMention.Resolution resolution = countedFromNow ? TimeMention.Resolution.PUBLICATION_DATE
                    : TimeMention.Resolution.EXPLICIT;
            if ("DURATION".equals(type) && (isAge(text, tokens, tokenEnd) || isBareDay(text, tokens, tokenBegin)
                    || isOrdinalSecond(text, tokens, tokenEnd) || isDayModifier(text, tokens, tokenEnd)
                    || isNamePart(text, tokens, tokenBegin) || isPossessed(text, tokens, tokenBegin)
                    || isCapitalisedLengthInName(text, tokens, tokenEnd)) || AGE.matcher(text).matches()) {
                continue; // "a 6-year-old", "his day in court", "Sandra Day O'Connor": no time expression
            }
            if (tokenEnd > tokenBegin && tokenEnd <= tokens.size() && (tokens.get(tokenEnd - 1).word().matches("(?i).+-olds?")
                    || "DATE".equals(type) && isAge(text, tokens, tokenEnd))) {
                continue; // "the century-old chain", "a decade-old dispute": the age of a thing (SUTime: "the century")
            }
            if (isOrdinalRun(text, tokens, tokenBegin, tokenEnd)) {
                continue; // "the fifth week in a row", "its third straight year": a count of a run, no time
            }
            if ("DATE".equals(type) && isWeekdayKind(text, tokens, tokenEnd)) {
                continue; // "taught Sunday school", "in their Sunday best": a kind of school or clothes, no day
            }
            if (isByTheUnit(text, tokens, tokenBegin, tokenEnd)) {
                continue; // "paid by the hour", "rents rooms by the week": a rate of pay or sale, no time
            }
            if (text.matches("[012]\\d[0-5]\\d") && Integer.parseInt(text.substring(0, 2)) < 24
                    && tokenEnd < tokens.size() && tokenEnd < labels.size()
                    && labels.get(tokenEnd).beginPosition() == tokens.get(tokenEnd).begin()
                    && tokens.get(tokenEnd).word().matches("GMT|UTC|[ECMP][SD]T")) {
                // "at 1930 GMT", "0415 EST": a 24-hour clock with its zone (as wire services write it), no year
                type = "TIME";
                raw = "T" + text.substring(0, 2) + ":" + text.substring(2);
                value = raw;
                end = labels.get(tokenEnd).endPosition();
                text = textOf(labels, tokenBegin, tokenEnd + 1);
                tokenEnd++;
            }
            if (text.matches("0\\d{3}") && "DATE".equals(type)) {
                continue; // no year of the news is written with a leading zero: "0415 GMT" is a 24-hour clock
            }
            if (isMarch(text, tokens, tokenEnd) || isTitle(text, tokens, tokenBegin) || isQuotedTitle(text, tokens, tokenBegin, tokenEnd)
                    || isNameToday(text, tokens, tokenBegin) || isSeasonInName(text, tokens, tokenBegin, tokenEnd)) {
                continue; // "the March of the Widows", "''48 Hours''"
            }
            if (isPartOfDayModifier(text, tokens, tokenEnd) || isCompoundModifier(text, tokens, tokenBegin, tokenEnd)
                    || isFrequencyNamePart(text, tokens, tokenBegin) || isHyphenedAdverb(text, tokens, tokenEnd)) {
                continue; // "the morning talk show", "a last-minute offer": a kind of thing, no time of it
            }
            if (allPerson(tokens, tokenBegin, tokenEnd)) {
                continue; // "Jan Ostry", "May Trelm": a name the entity tagger read as a person
            }
            if (FRACTION.matcher(text).find() || isQuarterOf(text, tokens, tokenEnd)) {
                continue; // "about three-quarters of its food": a fraction, no span of time
            }
            if ("DURATION".equals(type) && text.equalsIgnoreCase("year") && tokenBegin >= 2
                    && tokens.get(tokenBegin - 1).word().matches("(?i)school|academic|crop|marketing|model|tax")
                    && tokens.get(tokenBegin - 2).word().matches("(?:1[89]|20)?\\d\\d")) {
                continue; // "the 2001-02 school year", "the 1999 model year": the year named, no year-long span
            }
            if ("DURATION".equals(type) && text.strip().matches(PLURAL_UNIT) && tokenBegin > 0
                    && afterLengthAdjective(tokens, tokenBegin)) {
                continue; // "16-hour days", "two-week stints": the days are the thing measured, the length is "16-hour"
            }
            if (GamePeriods.isGameQuarter(text, sentence.get(CoreAnnotations.TextAnnotation.class))) {
                continue; // "scored 14 points in the fourth quarter": a part of a game, no calendar quarter
            }
            if ("DURATION".equals(type)) {
                int[] span = {tokenBegin, tokenEnd};
                String stated = statedCount(labels, span, value);
                if (stated != null) {
                    // "5 1/2 hours", "two more weeks", "a minute and a half": SUTime read the unit alone
                    value = stated;
                    tokenBegin = span[0];
                    tokenEnd = span[1];
                    begin = labels.get(tokenBegin).beginPosition();
                    end = labels.get(tokenEnd - 1).endPosition();
                    text = textOf(labels, tokenBegin, tokenEnd);
                }
                value = compoundCount(text, value);
            }
            Matcher approximate = STATED_SPAN.matcher(value == null ? "" : value);
            if ("DURATION".equals(type) && approximate.matches() && tokenEnd + 2 < tokens.size()
                    && tokens.get(tokenEnd).word().equalsIgnoreCase("or") && tokens.get(tokenEnd + 1).word().equalsIgnoreCase("so")
                    && tokens.get(tokenEnd + 2).word().equalsIgnoreCase("ago")) {
                // "a week or so ago": about a week back, a date as "a week ago" is
                type = "DATE";
                String counted = text + " ago";
                end = tokens.get(tokenEnd + 2).end();
                text = textOf(labels, tokenBegin, tokenEnd + 3);
                tokenEnd += 3;
                if (published != null) {
                    int n = Integer.parseInt(approximate.group(1));
                    LocalDate back = switch (approximate.group(2)) {
                        case "Y" -> published.minusYears(n);
                        case "M" -> published.minusMonths(n);
                        case "W" -> published.minusWeeks(n);
                        default -> published.minusDays(n);
                    };
                    value = atStatedGranularity(counted, back.toString());
                    raw = value;
                    resolution = TimeMention.Resolution.PUBLICATION_DATE;
                } else {
                    value = "XXXX";
                    raw = null;
                }
            }
            Optional<String> inherited = sameClause(tokens, sentenceYearEnd, tokenBegin)
                    ? inheritYear(raw, sentenceYear) : Optional.empty();
            Optional<String> fromNamedDay = published != null && "DATE".equals(type) && raw != null
                    && raw.matches("XXXX-\\d{2}-\\d{2}") && DAYS_FROM_NAMED_DAY.matcher(text.strip()).matches()
                    ? DateResolver.resolve(raw, published, tenseOf(tokens, tokenBegin, tokenEnd)) : Optional.empty();
            if (inherited.isPresent()) {
                // "in June 2014 and arrived in November": November of the year just named
                value = inherited.get();
                resolution = TimeMention.Resolution.EXPLICIT;
            } else if (fromNamedDay.isPresent()) {
                // "the day before Nov. 20": counted from a day the text names, not from one the story
                // told before; its year is found as that day's would be
                value = fromNamedDay.get();
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
            } else if (isRelative(raw)) {
                resolution = TimeMention.Resolution.NONE;
                // "two years earlier", "the same day", "the next morning" count from a time the story
                // has just named, not from the publication date: they stay unresolved
                if ("DATE".equals(type) && VAGUE_AGO.matcher(text.strip()).matches()) {
                    value = "PAST_REF"; // "several years ago", "weeks ago": some time back, no year or week of it
                } else if (published != null && ("DATE".equals(type) || "TIME".equals(type)) && !ANAPHORIC.matcher(countedFromPublication(text)).find()) {
                    Tense tense = tenseOf(tokens, tokenBegin, tokenEnd);
                    String said = text;
                    String partial = raw;
                    boolean planned = tense == Tense.UNKNOWN && (Tense.pastPlanning(tokens, tokenBegin)
                            || thingNow(tokens, tokenBegin, tokenEnd))
                            || tense == Tense.PAST && Tense.askedForThingToCome(tokens, tokenBegin);
                    boolean limit = tense == Tense.UNKNOWN && isLimit(tokens, tokenBegin);
                    Optional<String> resolved = shortYear(partial, published)
                            .or(() -> DateResolver.namedMonth(said, published))
                            .or(() -> DateResolver.byWeekday(said, partial, published))
                            .or(() -> planned ? plannedDay(partial, published) : Optional.empty())
                            .or(() -> limit ? nearestEither(partial, published) : Optional.empty())
                            .or(() -> DateResolver.resolve(partial, published, tense));
                    if (resolved.isEmpty()) {
                        resolved = sutimeResolve(te, published);
                    }
                    if (resolved.isEmpty()) {
                        resolved = weekOffset(text, published); // SUTime fails on a week across the new year
                    }
                    if (resolved.isPresent()) {
                        value = limit ? nearestWeekend(atStatedGranularity(text, resolved.get()), published)
                                : pastWeekend(atStatedGranularity(text, resolved.get()), published, tense);
                        value = previousUnit(text, value, published);
                        resolution = TimeMention.Resolution.PUBLICATION_DATE;
                    }
                }
            }
            Matcher unitOfYear = UNIT_OF_THE_YEAR.matcher(text);
            if (published != null && "DATE".equals(type) && (value == null || value.startsWith("XXXX")) && unitOfYear.matches()) {
                // "the hottest day of the year", "its busiest week of the year": the day is told by what
                // happened in it; the year is the publication's (SUTime: "day of the year", no value)
                begin = begin + unitOfYear.start(1);
                tokenBegin = tokenIndex(tokens, begin);
                text = unitOfYear.group(1);
                value = Integer.toString(published.getYear());
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
            }
            if (published != null && "DATE".equals(type) && THE_NEW_YEAR.matcher(text.strip()).matches()
                    && (text.strip().startsWith("the") || tokenBegin > 0 && tokens.get(tokenBegin - 1).word().equals("the"))) {
                // "return in the new year", "early in the new year": the year about to begin (or just
                // begun), not its first day (SUTime: New Year's Day)
                type = "DATE";
                value = Integer.toString(published.getMonthValue() >= 7 ? published.getYear() + 1 : published.getYear());
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
            }
            Matcher agoThis = AGO_THIS.matcher(text.strip());
            if (published != null && agoThis.matches()) {
                // "two years ago this month", "a year ago this week": that month (week) so many years back
                String n = agoThis.group(1).toLowerCase(java.util.Locale.ROOT);
                Integer count = n.matches("\\d+") ? Integer.valueOf(n) : n.matches("an?") ? Integer.valueOf(1) : NumberWords.value(n);
                if (count != null) {
                    String unit = agoThis.group(2).toLowerCase(java.util.Locale.ROOT);
                    LocalDate back = unit.startsWith("year") ? published.minusYears(count)
                            : unit.startsWith("month") ? published.minusMonths(count) : published.minusWeeks(count);
                    // "a week ago today", "a year ago today": that very day so many weeks (years) back
                    String within = agoThis.group(4) != null ? "day" : agoThis.group(3).toLowerCase(java.util.Locale.ROOT);
                    type = "DATE";
                    value = within.equals("day") ? back.toString() : within.equals("week") ? isoWeek(back) : within.equals("month") ? back.toString().substring(0, 7)
                            : Integer.toString(back.getYear());
                    resolution = TimeMention.Resolution.PUBLICATION_DATE;
                }
            }
            if (published != null && "TIME".equals(type) && text.equalsIgnoreCase("overnight")) {
                // "crews worked overnight", "Tokyo stocks fell overnight": the night before the day of
                // writing; "will work overnight", "is expected overnight" the night of that day
                Tense tense = tenseOf(tokens, tokenBegin, tokenEnd);
                LocalDate night = tense == Tense.FUTURE || tense == Tense.PRESENT ? published : published.minusDays(1);
                value = night + "TNI";
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
            }
            if (value == null) {
                value = fallbackValue(te);
            }
            if (value == null && RecurringSpans.runsOn(text)) {
                type = "SET"; // "every year since the 1990s": SUTime gave no value; RecurringSpans splits it
                value = "P1Y";
            }
            if (value == null) {
                continue;
            }
            if (("DATE".equals(type) || "DURATION".equals(type)) && ORDINAL_DAY.matcher(text.strip()).matches()) {
                // "the third day of the strike": a day counted from the strike's start, which the
                // publication date does not give; "it is the third day", "today is the third day"
                // is the day of writing
                type = "DATE";
                boolean today = published != null && tokenBegin >= 2 && text.strip().toLowerCase(java.util.Locale.ROOT).endsWith("day")
                        && tokens.get(tokenBegin - 1).word().matches("(?i)is|'s|’s")
                        && tokens.get(tokenBegin - 2).word().matches("(?i)it|today|this");
                value = today ? published.toString() : "XXXX";
                resolution = today ? TimeMention.Resolution.PUBLICATION_DATE : TimeMention.Resolution.NONE;
            }
            if ("TIME".equals(type) && value.matches("\\d{4}-\\d\\d-\\d\\dT00:00") && MIDNIGHT_OF_DAY.matcher(text).find()) {
                // "midnight Friday", "at midnight on March 3": the end of that day (news and ISO 8601)
                value = value.substring(0, 11) + "24:00";
            }
            String counted = countedSpan(type, value, text);
            TimeMention ofYear = null;
            if (counted != null) {
                Matcher spanOfYear = SPAN_OF_YEAR.matcher(text);
                // ("the first two quarters of 2029" stays one, a half: see halfOfYear)
                String year = spanOfYear.matches() && halfOfYear(text) == null ? yearOfSpan(spanOfYear.group(2), value, published) : null;
                if (year != null) {
                    // "the first nine months of 1997", "the first eight months of the year": TimeML marks
                    // the span and the year it lies in apart (P9M and 1997)
                    int yearBegin = begin + spanOfYear.start(2);
                    String yearText = spanOfYear.group(2);
                    var yearRange = DateRange.of(year);
                    ofYear = new TimeMention("DATE", year, yearText, yearBegin, yearBegin + yearText.length(), sentenceIndex, true,
                            yearText.matches("\\d{4}") ? TimeMention.Resolution.EXPLICIT : TimeMention.Resolution.PUBLICATION_DATE,
                            yearRange.map(DateRange::begin).orElse(null), yearRange.map(DateRange::end).orElse(null),
                            yearRange.map(DateRange::precision).orElse(null));
                    text = spanOfYear.group(1);
                    end = begin + spanOfYear.end(1);
                    tokenEnd = tokenIndex(tokens, end - 1) + 1;
                }
                type = "DURATION"; // "the first nine months of 1997": nine months long, not a day of them
                value = counted;
                resolution = TimeMention.Resolution.EXPLICIT;
            }
            Matcher inRow = UNITS_BEFORE_YEAR.matcher(text.strip());
            Integer rowCount = inRow.matches() && ofYear == null && tokenBegin >= 2 && tokenBegin - 2 < labels.size()
                    && IN_A_ROW.matcher(tokens.get(tokenBegin - 1).word()).matches()
                    && labels.get(tokenBegin - 2).beginPosition() == tokens.get(tokenBegin - 2).begin()
                    ? countOf(tokens.get(tokenBegin - 2).word()) : null;
            if (rowCount != null && "DATE".equals(type)) {
                // "for three consecutive years before 1999": SUTime read "years before 1999" as 1998; the
                // count and its unit are a length, the year a date of its own (TimeML marks them apart)
                int yearBegin = begin + inRow.start(2);
                String yearText = inRow.group(2);
                var yearRange = DateRange.of(yearText);
                ofYear = new TimeMention("DATE", yearText, yearText, yearBegin, yearBegin + yearText.length(), sentenceIndex, true,
                        TimeMention.Resolution.EXPLICIT, yearRange.map(DateRange::begin).orElse(null),
                        yearRange.map(DateRange::end).orElse(null), yearRange.map(DateRange::precision).orElse(null));
                tokenEnd = tokenBegin + 1;
                tokenBegin -= 2;
                begin = labels.get(tokenBegin).beginPosition();
                end = labels.get(tokenEnd - 1).endPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
                type = "DURATION";
                value = "P" + rowCount + Character.toUpperCase(inRow.group(1).charAt(0));
                resolution = TimeMention.Resolution.EXPLICIT;
            }
            if (("DATE".equals(type) || "TIME".equals(type)) && implausible(value, text)) {
                // "and 20th centuries" read as the year 3923, "the new millennium" as a thousand
                // years around the publication: no value is better than an invented one
                value = "XXXX";
                resolution = TimeMention.Resolution.NONE;
            }
            if ("DURATION".equals(type) && EARLY_DAYS.matcher(text.strip()).matches()) {
                // "the early days of his career", "in the old days": a time gone by, no length (TimeML's PAST_REF)
                type = "DATE";
                value = "PAST_REF";
                resolution = TimeMention.Resolution.NONE;
            }
            Matcher anaphoricSeason = ANAPHORIC_SEASON.matcher(text.strip());
            if ("DATE".equals(type) && "XXXX".equals(value) && anaphoricSeason.matches()) {
                // "the following spring": a season of a year the story names, not given here (SUTime: no value)
                value = "XXXX-" + SEASON_CODES.get(anaphoricSeason.group(1).toLowerCase(java.util.Locale.ROOT));
            }
            if (isGenericToday(text, tokens, tokenEnd)) {
                // "in today's economy", "today's teenagers": the present age, no day (TimeML's PRESENT_REF)
                type = "DATE";
                value = "PRESENT_REF";
                resolution = TimeMention.Resolution.NONE;
            }
            Matcher twoDays = TWO_DAYS.matcher(text.strip());
            if (published != null && twoDays.matches()) {
                // "the day before yesterday", "the day after tomorrow": two days from the publication's
                type = "DATE";
                value = published.plusDays(twoDays.group(1) != null ? -2 : 2).toString();
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
            }
            String beforeEvent = "DATE".equals(type) || "TIME".equals(type) ? unitBeforeEvent(text, tokens, tokenEnd) : null;
            if (beforeEvent != null) {
                // "told her the day after the report", "the week before the vote": a day counted from an
                // event the text names, not from the publication (no date is better than an invented one)
                type = "DATE";
                value = beforeEvent;
                resolution = TimeMention.Resolution.NONE;
            }
            Matcher aroundNamed = UNIT_AROUND_NAMED.matcher(text.strip());
            if (published != null && aroundNamed.matches() && tokenEnd < tokens.size() && tokenEnd - 2 > tokenBegin
                    && Token.isPossessiveMark(tokens.get(tokenEnd).word()) && tokenEnd - 2 < labels.size()
                    && labels.get(tokenEnd - 2).beginPosition() == tokens.get(tokenEnd - 2).begin()) {
                // "the week following last month's collapse", "the day before this year's vote": a unit
                // counted from the event the possessive names, which no date places; the time of the
                // text is the month or year that event belongs to (SUTime reads one unit's length)
                type = "DATE";
                value = unitFromPublication(aroundNamed.group(1), aroundNamed.group(2), published);
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
                tokenBegin = tokenEnd - 2;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            Optional<String> namedSeason = "DATE".equals(type) ? DateResolver.namedSeason(text, published) : Optional.empty();
            if (namedSeason.isPresent()) {
                value = namedSeason.get(); // "last spring" in a July story: that year's (SUTime: the year before's)
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
            }
            if (published != null && text.strip().matches("(?i)the\\s+century") && tokenBegin >= 2 && tokenBegin - 2 < labels.size()
                    && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("of")
                    && tokens.get(tokenBegin - 2).word().equalsIgnoreCase("turn")
                    && labels.get(tokenBegin - 2).beginPosition() == tokens.get(tokenBegin - 2).begin()) {
                // "at the turn of the century": the year the centuries meet nearest the publication (2000 in
                // 1999 or 2004), the one before when a clause of the past tells of a turn yet to come
                type = "DATE";
                int turn = (published.getYear() + 50) / 100 * 100;
                if (turn > published.getYear() && tenseOf(tokens, tokenBegin, tokenEnd) == Tense.PAST) {
                    turn -= 100; // "built at the turn of the century" in 1998: about 1900
                }
                value = Integer.toString(turn);
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
                tokenBegin -= 2;
                if (tokenBegin > 0 && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("the")
                        && labels.get(tokenBegin - 1).beginPosition() == tokens.get(tokenBegin - 1).begin()) {
                    tokenBegin--;
                }
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            String nextUnit = nextUnit(text, published);
            if (nextUnit != null) {
                type = "DATE"; // "into the next century": the century after the publication's
                value = nextUnit;
                resolution = TimeMention.Resolution.PUBLICATION_DATE;
            }
            value = "DURATION".equals(type) ? timeMlUnit(value, text) : value;
            if ("DURATION".equals(type) && tokenBegin >= 2 && tokenBegin - 1 < labels.size()
                    && text.strip().matches(RATE_UNIT) && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("per")
                    && labels.get(tokenBegin - 1).beginPosition() == tokens.get(tokenBegin - 1).begin()
                    && isRate("per " + text.strip(), tokens, tokenBegin - 1)) {
                // "130 million tons per year": SUTime read the unit alone; the rate is "per year", as "a year" is
                tokenBegin--;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            if ("DURATION".equals(type) && isRate(text, tokens, tokenBegin)) {
                type = "SET"; // "15 a year", "700 seats a week": how often, each year, no span
            }
            Matcher otherUnit = EVERY_OTHER.matcher(text.strip());
            if ("SET".equals(type) && otherUnit.matches()) {
                // "every other year", "every other week": each second one (SUTime: every one)
                String unit = otherUnit.group(1).toLowerCase(java.util.Locale.ROOT);
                value = unit.equals("day") ? "P2D" : unit.equals("week") ? "P2W" : unit.equals("month") ? "P2M" : "P2Y";
            }
            String recent = recentSpan(text);
            if (recent != null && ("DURATION".equals(type) || "DATE".equals(type))) {
                type = "DURATION"; // "recent years": a span of unknown length up to now
                value = recent;
            }
            String reference = vagueReference(type, value, text, tokens, tokenBegin);
            if (reference != null) {
                type = "DATE"; // "past years", "these days", "in coming months": TimeML's references
                value = reference;
                if (text.strip().indexOf(' ') < 0 && tokenBegin > 0 && tokenBegin - 1 < labels.size()
                        && REFERENCE_MODIFIERS.containsKey(tokens.get(tokenBegin - 1).word().toLowerCase(java.util.Locale.ROOT))
                        && labels.get(tokenBegin - 1).beginPosition() == tokens.get(tokenBegin - 1).begin()) {
                    // the modifier that makes the unit a reference is part of it: "in coming days", "unlike
                    // past years" (SUTime read "days" alone, or "past" and "years" as two)
                    tokenBegin--;
                    begin = labels.get(tokenBegin).beginPosition();
                    text = textOf(labels, tokenBegin, tokenEnd);
                }
            }
            if ("DURATION".equals(type) && isSomeDay(text, tokens, tokenBegin, tokenEnd)) {
                type = "DATE"; // "will one day be": some time to come, not a day long
                value = "FUTURE_REF";
            }
            value = timeMlCentury(value).replaceFirst("(T\\d\\d(?::\\d\\d)?)[-+]\\d{4}$", "$1");
            if (value.matches(".*T\\d\\d(?::\\d\\d)?") && text.matches("(?s).*\\b(?:GMT|UTC)\\)?")) {
                value = value + "Z"; // "at 18:00 UTC": ISO 8601 marks a time in UTC with "Z"
            }
            String half = halfOfYear(text);
            if (half != null) {
                type = "DATE"; // "the last half of 1989", "the first two quarters of 1990"
                value = half;
                resolution = TimeMention.Resolution.EXPLICIT;
            }
            String season = tokenBegin >= 2 && "DATE".equals(type) && value.matches("\\d{4}")
                    && RELATIVE_YEAR.matcher(text.strip()).matches() && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("of")
                    && labels.get(tokenBegin - 2).beginPosition() == tokens.get(tokenBegin - 2).begin()
                    ? SEASON_CODES.get(tokens.get(tokenBegin - 2).word().toLowerCase(java.util.Locale.ROOT)) : null;
            if (season != null) {
                // "the spring of last year": that season of the year SUTime resolved (it read the year alone)
                tokenBegin -= 2;
                if (tokenBegin > 0 && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("the")
                        && labels.get(tokenBegin - 1).beginPosition() == tokens.get(tokenBegin - 1).begin()) {
                    tokenBegin--;
                }
                value = value + "-" + season;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            if ("DURATION".equals(type) && "P1Y".equals(value) && text.equalsIgnoreCase("year")) {
                int[] span = {tokenBegin, tokenEnd};
                String yearEnd = published == null ? null : yearEnd(labels, span, published);
                if (yearEnd != null) {
                    // "by year-end", "since year end", "by year's end": the end of a year, a date
                    type = "DATE";
                    value = yearEnd;
                    resolution = TimeMention.Resolution.PUBLICATION_DATE;
                    tokenEnd = span[1];
                    end = labels.get(tokenEnd - 1).endPosition();
                    text = textOf(labels, tokenBegin, tokenEnd);
                }
            }
            if (raw != null && raw.matches("\\d{4}.*")) {
                sentenceYear = Integer.valueOf(raw.substring(0, 4));
                sentenceYearEnd = tokenEnd;
            }
            int clockAt = clockBeforePartOfDay(type, value, tokens, tokenBegin);
            if (clockAt >= 0 && clockAt < labels.size() && labels.get(clockAt).beginPosition() == tokens.get(clockAt).begin()) {
                // "at 11 p.m. Thursday night", "about 2 a.m. Sunday morning": the clock on that day, one
                // TIME (SUTime reads the day and its part and drops the clock before them)
                Matcher clock = LONE_CLOCK.matcher(textOf(labels, clockAt, tokenBegin).replace(" ", ""));
                if (clock.matches()) {
                    int hour = Integer.parseInt(clock.group(1)) % 12 + (Character.toLowerCase(clock.group(3).charAt(0)) == 'p' ? 12 : 0);
                    value = value.substring(0, 10) + String.format(java.util.Locale.ROOT, "T%02d:%s", hour,
                            clock.group(2) == null ? "00" : clock.group(2));
                    tokenBegin = clockAt;
                    begin = labels.get(tokenBegin).beginPosition();
                    text = textOf(labels, tokenBegin, tokenEnd);
                    int clockBegin = begin;
                    int clockEnd = end;
                    out.removeIf(o -> o.begin() >= clockBegin && o.end() <= clockEnd);
                }
            }
            Matcher midPart = tokenBegin > 0 && tokenBegin - 1 < labels.size()
                    ? MID_PART_OF_DAY.matcher(tokens.get(tokenBegin - 1).word()) : null;
            if ("DATE".equals(type) && midPart != null && midPart.matches() && value.matches("(?:\\d{4}|XXXX)-(?:\\d\\d-\\d\\d|WXX-[1-7])")
                    && labels.get(tokenBegin - 1).beginPosition() == tokens.get(tokenBegin - 1).begin()) {
                // "mid-afternoon yesterday", "in midmorning Tuesday": a part of that day, a TIME (SUTime reads the day alone)
                String part = midPart.group(1).toLowerCase(java.util.Locale.ROOT);
                type = "TIME";
                value = value + (part.equals("morning") ? "TMO" : part.equals("afternoon") ? "TAF" : "TEV");
                tokenBegin--;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
            }
            if ("DATE".equals(type) && value.matches("\\d{4}-\\d\\d-\\d\\d") && tokenBegin >= 3 && tokenBegin - 3 < labels.size()
                    && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("of")
                    && tokens.get(tokenBegin - 2).word().equalsIgnoreCase("week")
                    && tokens.get(tokenBegin - 3).word().equalsIgnoreCase("the")
                    && labels.get(tokenBegin - 3).beginPosition() == tokens.get(tokenBegin - 3).begin()) {
                // "the week of April 20", "during the week of Jan. 5": the (ISO) week holding that day
                value = isoWeek(LocalDate.parse(value));
                tokenBegin -= 3;
                begin = labels.get(tokenBegin).beginPosition();
                text = textOf(labels, tokenBegin, tokenEnd);
                int weekBegin = begin;
                int weekEnd = end;
                out.removeIf(o -> o.begin() >= weekBegin && o.end() <= weekEnd);
            }
            boolean anchored = !isRelative(value);
            if (!anchored) {
                resolution = TimeMention.Resolution.NONE;
            }
            if (overlapsLonger(out, begin, end)) {
                continue; // SUTime can give one expression twice ("third-quarter"), or a part of one it gave
            }
            var range = "DATE".equals(type) || "TIME".equals(type) ? DateRange.of(value) : Optional.<DateRange>empty();
            out.add(new TimeMention(type, value, text, begin, end, sentenceIndex, anchored, resolution,
                    range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                    range.map(DateRange::precision).orElse(null)));
            if (ofYear != null && !overlapsLonger(out, ofYear.begin(), ofYear.end())) {
                out.add(ofYear);
            }
            TimeMention rangeEnd = "DATE".equals(type) ? dayRangeEnd(value, text, tokens, tokenEnd, sentenceIndex, anchored, resolution) : null;
            if (rangeEnd != null && !overlapsLonger(out, rangeEnd.begin(), rangeEnd.end())) {
                out.add(rangeEnd); // "Aug. 3-5", "Sept. 13 and 14": the last day of the range is a date too
            }
        }
        return countedRanges(countedKindDays(dashedDates(lengthsPerUnit(weekEnds(weekdayRanges(approximate(joinedLengths(fractionsOfUnits(
                alternatives(out, tokens), tokens), tokens), tokens, published), tokens, published), tokens, published), tokens),
                tokens, sentence.get(CoreAnnotations.TokensAnnotation.class), sentenceIndex), // the part's own span
                tokens, sentence.get(CoreAnnotations.TokensAnnotation.class), sentenceIndex), tokens);
    }

    private static final Pattern COUNTED_RANGE = Pattern.compile(
            "(?i)(\\d+|[a-z]+)\\s+(?:to|or|and)\\s+(?:\\d+|[a-z]+)\\s+(day|week|month|year|hour|minute)s?");
    private static final Pattern TIMES_WORD = Pattern.compile("(?i)twice|thrice|once|times");
    /** One count of a unit ("six days"), the last of a range SUTime read alone ("between four and six days"). */
    private static final Pattern ONE_COUNT = Pattern.compile("(?i)(\\d+|[a-z]+)\\s+(day|week|month|year|hour|minute)s?");
    private static final Pattern SEASON_WORD = Pattern.compile("(?i)summer|winter|spring|autumn|fall");

    /**
     * Spans given as a range of counts or as so many times a unit, where SUTime reads part of them:
     * <ul>
     * <li>"two to three weeks", "ten or twelve days": one DURATION of that unit, its count unstated
     * (PXW): either end alone would state a length the text does not (TimeBank writes such ranges three
     * ways: P2W, two spans, PXM);</li>
     * <li>"between four and six days", SUTime reading "six days" alone: the same span from the first count;</li>
     * <li>"twice a day", "three times a week", "once a month": the SET (P1D) spans the count, as TimeML
     * writes it (its frequency, 2X, being the count);</li>
     * <li>"the summer months", "winter months": the season, not a vague number of months.</li>
     * </ul>
     */
    static List<TimeMention> countedRanges(List<TimeMention> found, List<Token> tokens) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int n = 0; n < out.size(); n++) {
            TimeMention m = out.get(n);
            int first = tokenIndex(tokens, m.begin());
            if (first < 0 || first >= tokens.size() || tokens.get(first).begin() != m.begin()) {
                continue;
            }
            if ("DURATION".equals(m.type())) {
                Matcher r = COUNTED_RANGE.matcher(m.text().strip());
                if (r.matches() && rangeCount(r.group(1)) != null) {
                    out.set(n, withSpan(m, m.type(), unstatedCount(r.group(2)), m.text(), m.begin(), m.end()));
                    continue;
                }
                Matcher single = ONE_COUNT.matcher(m.text().strip());
                if (single.matches() && rangeCount(single.group(1)) != null && first >= 3
                        && tokens.get(first - 1).word().equalsIgnoreCase("and")
                        && tokens.get(first - 3).word().equalsIgnoreCase("between")
                        && rangeCount(tokens.get(first - 2).word()) != null) {
                    Token low = tokens.get(first - 2); // "between four and six days": from "four"
                    String text = low.word() + " and " + m.text();
                    out.set(n, withSpan(m, m.type(), unstatedCount(single.group(2)), text, low.begin(), m.end()));
                    continue;
                }
                if (m.value().equals("PXM") && m.text().strip().equalsIgnoreCase("months") && n > 0
                        && SEASON_WORD.matcher(tokens.get(Math.max(0, first - 1)).word()).matches()
                        && out.get(n - 1).end() == tokens.get(first - 1).end() && "DATE".equals(out.get(n - 1).type())) {
                    TimeMention season = out.get(n - 1); // "the summer months": the season
                    out.set(n - 1, withSpan(season, season.type(), season.value(),
                            season.text() + " " + m.text(), season.begin(), m.end()));
                    out.remove(n);
                    n--;
                    continue;
                }
            }
            int last = tokenIndex(tokens, m.end() - 1);
            if ("DATE".equals(m.type()) && m.text().strip().matches("(?i)the\\s+(?:week|month|year)") && last + 2 < tokens.size()
                    && tokens.get(last + 1).word().equalsIgnoreCase("after") && tokens.get(last + 2).word().equalsIgnoreCase("next")) {
                String value = afterNext(m.value()); // "the week after next": two weeks on from this one
                if (value != null) {
                    var range = DateRange.of(value);
                    out.set(n, new TimeMention(m.type(), value, m.text() + " after next", m.begin(), tokens.get(last + 2).end(),
                            m.sentence(), m.anchored(), m.resolution(), range.map(DateRange::begin).orElse(null),
                            range.map(DateRange::end).orElse(null), range.map(DateRange::precision).orElse(null)));
                }
                continue;
            }
            if ("SET".equals(m.type()) && m.text().strip().matches("(?i)an?\\s+(?:day|week|month|year|hour|minute)") && first >= 1
                    && TIMES_WORD.matcher(tokens.get(first - 1).word()).matches()) {
                int from = first - 1; // "twice a day", "three times a week"
                if (tokens.get(from).word().equalsIgnoreCase("times")) {
                    if (from < 1 || rangeCount(tokens.get(from - 1).word()) == null) {
                        continue;
                    }
                    from--;
                }
                int begin = tokens.get(from).begin();
                if (n > 0 && out.get(n - 1).end() > begin) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int i = from; i < first; i++) {
                    text.append(tokens.get(i).word()).append(' ');
                }
                out.set(n, withSpan(m, m.type(), m.value(), text + m.text(), begin, m.end()));
            }
        }
        return out;
    }

    private static Integer rangeCount(String word) {
        return word.matches("\\d{1,4}") ? Integer.valueOf(word) : NumberWords.value(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A length of the unit whose count the text leaves open: a range of counts states neither end alone (PXW, PTXH). */
    private static String unstatedCount(String unit) {
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        return switch (u) {
            case "hour" -> "PTXH";
            case "minute" -> "PTXM";
            default -> "PX" + Character.toUpperCase(u.charAt(0));
        };
    }

    /** The week, month or year two on from the one a value names ("2025-W11" 2025-W13), or null for another value. */
    static String afterNext(String value) {
        if (value.matches("\\d{4}-W\\d\\d")) {
            LocalDate monday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY).plusWeeks(2);
            return isoWeek(monday);
        }
        if (value.matches("\\d{4}-\\d\\d")) {
            return java.time.YearMonth.parse(value).plusMonths(2).toString();
        }
        return value.matches("\\d{4}") ? Integer.toString(Integer.parseInt(value) + 2) : null;
    }

    private static TimeMention withSpan(TimeMention m, String type, String value, String text, int begin, int end) {
        return new TimeMention(type, value, text, begin, end, m.sentence(), m.anchored(), m.resolution(), m.rangeBegin(),
                m.rangeEnd(), m.precision());
    }

    /**
     * "Eight trading days after Oct. 12", "five business days later": a length of so many such days,
     * the count and the kind of day with it, where SUTime read only "days later" (no value) or nothing;
     * what it read from "days" on goes, "later" or "after" staying out of the length as TimeML marks
     * it. A count that is part of a larger number or a clock ("1,200 working days") is left.
     */
    static List<TimeMention> countedKindDays(List<TimeMention> found, List<Token> tokens, List<CoreLabel> labels, int sentenceIndex) {
        if (labels.isEmpty()) {
            return found;
        }
        int partBegin = labels.get(0).beginPosition();
        int partEnd = labels.get(labels.size() - 1).endPosition();
        List<TimeMention> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token count = tokens.get(i - 1);
            if (!DAY_KIND.matcher(tokens.get(i).word()).matches() || !tokens.get(i + 1).word().equalsIgnoreCase("days")
                    || count.begin() < partBegin || tokens.get(i + 1).end() > partEnd) {
                continue;
            }
            String n = count.word();
            Integer value = n.matches("[1-9]\\d{0,2}") ? Integer.valueOf(n) : spelledCount(n);
            if (value == null || i >= 2 && tokens.get(i - 2).word().matches("-|,|\\.")) {
                continue;
            }
            int begin = count.begin();
            int end = tokens.get(i + 1).end();
            int closing = i + 2 < tokens.size() && tokens.get(i + 2).word().matches("(?i)later|earlier|ago|afterwards?")
                    ? tokens.get(i + 2).end() : end;
            boolean whole = false;
            for (TimeMention f : out == null ? found : out) {
                whole |= f.begin() <= begin && f.end() >= end || f.begin() < begin && f.end() > begin
                        || f.begin() >= begin && f.begin() < end && f.end() > closing; // "days after Sept. 14": SUTime's, left
            }
            if (whole) {
                continue; // read already ("10 trading days" by the loop above), or inside a longer time
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.removeIf(f -> f.begin() >= begin && f.begin() < end); // "days later": SUTime's reading from "days" on
            out.add(new TimeMention("DURATION", "P" + value + "D", count.word() + " " + tokens.get(i).word() + " " + tokens.get(i + 1).word(), begin, end, sentenceIndex,
                    true, TimeMention.Resolution.EXPLICIT, null, null, null));
        }
        if (out != null) {
            out.sort(java.util.Comparator.comparingInt(TimeMention::begin));
        }
        return out == null ? found : out;
    }

    /**
     * "the week following last month", "the day before this year": a unit around a week, month or year
     * named from the publication; group 1 "last", "this" or "next", group 2 its unit.
     */
    private static final Pattern UNIT_AROUND_NAMED = Pattern.compile("(?i)the\\s+(?:days?|nights?|weeks?|weekend|months?)\\s+"
            + "(?:after|before|following|preceding)\\s+(last|this|next)\\s+(week|month|year)");

    /** The week, month or year that "last", "this" or "next" names from the publication date. */
    static String unitFromPublication(String which, String unit, LocalDate published) {
        int step = which.equalsIgnoreCase("last") ? -1 : which.equalsIgnoreCase("next") ? 1 : 0;
        return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "week" -> isoWeek(published.plusWeeks(step));
            case "month" -> java.time.YearMonth.from(published).plusMonths(step).toString();
            default -> Integer.toString(published.getYear() + step);
        };
    }

    /** "the day", "the week": a unit that "after" or "before" an event may count from. */
    private static final Pattern UNIT_OF_EVENT = Pattern.compile("(?i)the\\s+(day|night|morning|evening|week|month|year)");
    private static final java.util.Map<String, String> UNKNOWN_OF_UNIT = java.util.Map.of("day", "XXXX-XX-XX",
            "night", "XXXX-XX-XXTNI", "morning", "XXXX-XX-XXTMO", "evening", "XXXX-XX-XXTEV", "week", "XXXX-WXX",
            "month", "XXXX-XX", "year", "XXXX");

    /**
     * The value of no known date for "the day after the report", "the week before the vote": a unit
     * read alone by SUTime, followed by "after" or "before" and a noun phrase that is no time (an
     * event, which the publication date does not date); null for anything else ("the day after
     * Christmas" and "the day before yesterday" SUTime reads whole, "the day before." closes).
     */
    static String unitBeforeEvent(String text, List<Token> tokens, int tokenEnd) {
        Matcher m = UNIT_OF_EVENT.matcher(text.strip());
        if (!m.matches() || tokenEnd + 1 >= tokens.size()
                || !tokens.get(tokenEnd).word().matches("(?i)after|before|following|preceding")) {
            return null;
        }
        String next = tokens.get(tokenEnd + 1).word();
        if (isCandidateToken(next) || next.matches("(?i)\\d.*|next|last|this|that|then|now")) {
            return null;
        }
        if (!next.matches("(?i)the|a|an|his|her|its|their|our|my|your") && !Character.isUpperCase(next.charAt(0))) {
            return null; // "the day before he left": a clause, which the story may date; left as it was
        }
        return UNKNOWN_OF_UNIT.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** "8-7-1999", "12-31-2000": month, day and four-digit year joined by hyphens, as American copy writes a date. */
    private static final Pattern DASHED_DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d\\d)");

    /**
     * Dates written in numbers joined by hyphens, month first ("arrived on 8-7-1999"), which SUTime
     * does not read (it reads "8/7/1999"); not after a word that introduces a number ("Case No.").
     */
    static List<TimeMention> dashedDates(List<TimeMention> found, List<Token> tokens, List<CoreLabel> labels, int sentenceIndex) {
        if (labels.isEmpty()) {
            return found;
        }
        // the part of the sentence SUTime read (a dateline is read apart from the rest)
        int partBegin = labels.get(0).beginPosition();
        int partEnd = labels.get(labels.size() - 1).endPosition();
        List<TimeMention> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Matcher m = DASHED_DATE.matcher(t.word());
            if (!m.matches() || t.begin() < partBegin || t.end() > partEnd
                    || i > 0 && tokens.get(i - 1).word().matches("(?i)no\\.?|nos\\.?|case|number|docket|#|file")) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (java.time.DateTimeException e) {
                continue; // "13-5-1999": no month 13 (day-first copy is left unread)
            }
            boolean taken = false;
            for (TimeMention f : out == null ? found : out) {
                taken |= f.begin() < t.end() && t.begin() < f.end();
            }
            if (taken) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            var day = DateRange.of(date.toString());
            out.add(new TimeMention("DATE", date.toString(), t.word(), t.begin(), t.end(), sentenceIndex, true,
                    TimeMention.Resolution.EXPLICIT, day.map(DateRange::begin).orElse(null),
                    day.map(DateRange::end).orElse(null), day.map(DateRange::precision).orElse(null)));
        }
        return out == null ? found : out;
    }

    private static final Pattern LENGTH_VALUE = Pattern.compile("PT?\\d+([DHMW])");
    private static final Pattern EACH_UNIT = Pattern.compile("P(T?)1([DHMWY])");

    /**
     * "six days a week", "24 hours a day", "nine months a year": how much of each larger unit, one
     * SET of that unit (TimeML: value P1W, six days its frequency), where SUTime read a length and
     * a rate apart. "three times a week" SUTime reads whole; "six days in a week" stays two.
     */
    static List<TimeMention> lengthsPerUnit(List<TimeMention> found, List<Token> tokens) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int n = 0; n + 1 < out.size(); n++) {
            TimeMention length = out.get(n);
            TimeMention each = out.get(n + 1);
            Matcher l = LENGTH_VALUE.matcher(length.value());
            Matcher e = EACH_UNIT.matcher(each.value());
            int last = tokenIndex(tokens, length.end() - 1);
            if (!"DURATION".equals(length.type()) || !"SET".equals(each.type()) || !l.matches() || !e.matches()
                    || last < 0 || last + 1 >= tokens.size() || tokens.get(last + 1).begin() != each.begin()
                    || !each.text().strip().matches("(?i)an?\\s+\\S+")) {
                continue;
            }
            // the length's unit is smaller than the rate's: "days a week", "hours a day", "months a year"
            String units = "THDWMY";
            int small = l.group(1).equals("M") && length.value().startsWith("PT") ? 0 : units.indexOf(l.group(1));
            int large = units.indexOf(e.group(2));
            if (small < 0 || large <= small || !e.group(1).isEmpty()) {
                continue;
            }
            String text = length.text() + " ".repeat(Math.max(1, each.begin() - length.end())) + each.text();
            out.set(n, new TimeMention("SET", each.value(), text, length.begin(), each.end(), length.sentence(),
                    each.anchored(), each.resolution(), null, null, null));
            out.remove(n + 1);
        }
        return out;
    }

    /**
     * "week-end", "week-ends", as older and British copy writes the weekend, which the tokenizer
     * splits at its hyphen and SUTime reads as a week ("the week" W28, "week" P1W): "the week-end"
     * is that weekend (in a past clause the one gone by), "on week-ends" every weekend (a SET), and
     * "week-end flights", "a week-end break" a kind of thing, no time.
     */
    static List<TimeMention> weekEnds(List<TimeMention> found, List<Token> tokens, LocalDate published) {
        List<TimeMention> out = new ArrayList<>(found.size());
        for (TimeMention m : found) {
            int last = tokenIndex(tokens, m.end() - 1);
            if (last < 0 || last + 2 >= tokens.size() || !tokens.get(last).word().equalsIgnoreCase("week")
                    || !tokens.get(last + 1).word().equals("-") || tokens.get(last + 1).begin() != m.end()
                    || tokens.get(last + 2).begin() != tokens.get(last + 1).end()
                    || !tokens.get(last + 2).word().matches("(?i)ends?")) {
                out.add(m);
                continue;
            }
            Token end = tokens.get(last + 2);
            boolean plural = end.word().equalsIgnoreCase("ends");
            Token after = last + 3 < tokens.size() ? tokens.get(last + 3) : null;
            if (after != null && Character.isLowerCase(after.word().charAt(0))
                    && (after.isTagged() ? after.pos().matches("NNS?") : after.word().matches("[a-z]+s"))) {
                continue; // "week-end flights": a kind of flight, no time
            }
            String text = m.text() + "-" + end.word();
            int first = tokenIndex(tokens, m.begin());
            String value;
            String type = "DATE";
            if (plural) {
                type = "SET";
                value = "XXXX-WXX-WE"; // "on week-ends": every weekend
            } else if (m.value().matches("\\d{4}-W\\d\\d")) {
                value = published == null ? m.value() + "-WE"
                        : pastWeekend(m.value() + "-WE", published, tenseOf(tokens, first, last + 3));
            } else {
                value = "XXXX-WXX-WE";
            }
            var range = DateRange.of(value);
            boolean anchored = !isRelative(value);
            out.add(new TimeMention(type, value, text, m.begin(), end.end(), m.sentence(), anchored,
                    anchored ? m.resolution() : TimeMention.Resolution.NONE, range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                    range.map(DateRange::precision).orElse(null)));
        }
        return out;
    }

    /** One unit, "a century", "an hour": SUTime's values for them. */
    private static final Pattern ONE_OF_UNIT = Pattern.compile("(?i)(?:a|an|one)\\s+(century|decade|year|day|hour|minute)");
    /** Each unit in the next smaller one, the value a half, a quarter or one and a half of it takes. */
    private static final java.util.Map<String, String[]> FRACTIONS = java.util.Map.of(
            // unit: half, quarter, one and a half (null: no whole count of a smaller unit)
            "century", new String[] {"P50Y", "P25Y", "P150Y"},
            "decade", new String[] {"P5Y", null, "P15Y"},
            "year", new String[] {"P6M", "P3M", "P18M"},
            "day", new String[] {"PT12H", "PT6H", "PT36H"},
            "hour", new String[] {"PT30M", "PT15M", "PT90M"},
            "minute", new String[] {"PT30S", "PT15S", "PT90S"});

    /**
     * "half a century" (P50Y), "half an hour" (PT30M), "a quarter of a century" (P25Y), "a decade and a
     * half" (P15Y): a part of one unit, or one and a half, is one length, as TimeML marks it; SUTime
     * reads the unit alone (P1C, PT1H) and "a quarter" as three months. "A year and a half" and "an
     * hour and a half" SUTime already reads whole, and are kept as it gives them.
     */
    static List<TimeMention> fractionsOfUnits(List<TimeMention> found, List<Token> tokens) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int n = 0; n < out.size(); n++) {
            TimeMention m = out.get(n);
            Matcher unit = ONE_OF_UNIT.matcher(m.text().strip());
            int i = tokenIndex(tokens, m.begin());
            int last = tokenIndex(tokens, m.end() - 1);
            Matcher bare = BARE_UNIT.matcher(m.text().strip());
            if ("DURATION".equals(m.type()) && bare.matches() && i >= 1 && i == last) {
                // "a quarter-century rivalry", "a half-century of rule", "a quarter century": SUTime reads
                // "a quarter" as three months and the unit alone (P1C)
                Token dash = tokens.get(i - 1);
                boolean hyphen = i >= 2 && dash.word().equals("-") && tokens.get(i - 2).end() == dash.begin()
                        && dash.end() == m.begin();
                int part = hyphen ? i - 2 : i - 1;
                String word = tokens.get(part).word().toLowerCase(java.util.Locale.ROOT);
                String[] values = FRACTIONS.get(bare.group(1).toLowerCase(java.util.Locale.ROOT));
                String value = word.equals("half") ? values[0] : word.equals("quarter") ? values[1] : null;
                // not "the first half year", "its second quarter-century": an ordinal part of a larger unit
                if (value != null && !(part >= 1 && tokens.get(part - 1).word().matches("(?i)first|second|third|fourth|latter"))) {
                    TimeMention joined = joinFraction(out, m, tokens, tokens.get(part).begin(), m.end(), value);
                    out.set(out.indexOf(m), joined);
                    n = -1; // the list has changed: read it again from its start
                }
                continue;
            }
            if (!"DURATION".equals(m.type()) || !unit.matches() || i < 0 || last < 0) {
                continue;
            }
            String[] values = FRACTIONS.get(unit.group(1).toLowerCase(java.util.Locale.ROOT));
            String value = null;
            int begin = m.begin();
            int end = m.end();
            if (i >= 1 && tokens.get(i - 1).word().equalsIgnoreCase("half")
                    && !(i >= 2 && tokens.get(i - 2).word().matches("(?i)and|the|first|second|last|latter|its|this"))) {
                value = values[0]; // "half a century", not "the first half a year"
                begin = tokens.get(i - 1).begin();
            } else if (i >= 3 && tokens.get(i - 1).word().equalsIgnoreCase("of") && tokens.get(i - 2).word().equalsIgnoreCase("quarter")
                    && tokens.get(i - 3).word().matches("(?i)a|one") && values[1] != null) {
                value = values[1]; // "a quarter of a century"
                begin = tokens.get(i - 3).begin();
            } else if (last + 3 < tokens.size() && tokens.get(last + 1).word().equalsIgnoreCase("and")
                    && tokens.get(last + 2).word().matches("(?i)a|one") && tokens.get(last + 3).word().equalsIgnoreCase("half")
                    && unit.group(1).toLowerCase(java.util.Locale.ROOT).matches("century|decade")) {
                value = values[2]; // "a decade and a half"
                end = tokens.get(last + 3).end();
            }
            if (value == null) {
                continue;
            }
            TimeMention joined = joinFraction(out, m, tokens, begin, end, value);
            out.set(out.indexOf(m), joined);
            out.removeIf(o -> o != joined && o.end() > joined.begin() && o.begin() < joined.end());
            n = out.indexOf(joined);
        }
        return out;
    }

    /** A unit alone, as SUTime reads it after a hyphen: "century" in "quarter-century". */
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)(century|decade|year|day|hour|minute)");

    /**
     * The one DURATION {@code value} over {@code [begin, end)} and every other mention that overlaps
     * it ("nearly a quarter", which SUTime read as three months); those others are removed from
     * {@code out}.
     */
    private static TimeMention joinFraction(List<TimeMention> out, TimeMention m, List<Token> tokens, int begin, int end,
            String value) {
        for (TimeMention o : out) {
            if (o != m && o.end() > begin && o.begin() < end) {
                begin = Math.min(begin, o.begin()); // "nearly a quarter" SUTime read as three months
                end = Math.max(end, o.end());
            }
        }
        {
            int from = begin;
            int to = end;
            StringBuilder text = new StringBuilder();
            int at = -1;
            for (Token t : tokens) {
                if (t.begin() >= from && t.end() <= to) {
                    text.append(at < 0 ? "" : " ".repeat(Math.max(0, t.begin() - at))).append(t.word());
                    at = t.end();
                }
            }
            TimeMention joined = new TimeMention("DURATION", value, text.toString(), begin, end, m.sentence(), m.anchored(),
                    m.resolution(), null, null, null);
            out.removeIf(o -> o != m && o.end() > from && o.begin() < to);
            return joined;
        }
    }

    /** A count from now, then a comma and more that SUTime read with it: "A decade from now, today". */
    private static final Pattern FROM_NOW_THEN = Pattern.compile("(?is)((?:(?:about|some|roughly)\\s+)?\\S+\\s+"
            + "(?:year|decade|month|week|day)s?\\s+from\\s+now)\\s*,\\s*(.+)");
    private static final Pattern FROM_NOW = Pattern.compile("(?i)(?:(?:about|some|roughly)\\s+)?(\\S+)\\s+"
            + "(year|decade|month|week|day)s?\\s+from\\s+now");

    /**
     * "two years from now" (2001 in 1999), "a month from now", at the granularity of its unit (a
     * decade's at a year's); null if no count.
     */
    static String fromNowValue(String text, LocalDate published) {
        Matcher m = FROM_NOW.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String count = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Integer n = count.matches("\\d{1,3}") ? Integer.valueOf(count) : count.matches("a|an") ? Integer.valueOf(1)
                : NumberWords.value(count);
        if (n == null) {
            return null;
        }
        LocalDate day = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "decade" -> published.plusYears(10L * n);
            case "year" -> published.plusYears(n);
            case "month" -> published.plusMonths(n);
            case "week" -> published.plusWeeks(n);
            default -> published.plusDays(n);
        };
        return atStatedGranularity(text, day.toString()); // the year, month or ISO week its unit names
    }

    /** A length of one unit with its count stated: "three hours" (PT3H), "41 minutes" (PT41M). */
    private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d+)([YMWDHS])");
    /** A count and its unit, nothing else: "41 minutes", "three months", "a day". */
    private static final Pattern COUNT_AND_UNIT = Pattern.compile("(?i)(?:\\d+|a|an|[a-z]+(?:-[a-z]+)?)\\s+"
            + "(?:second|minute|hour|day|week|month|year)s?");
    /** Words before a length that make it a span counted from now or from an event, no length to add to. */
    private static final Pattern NOT_A_PLAIN_LENGTH = Pattern.compile("(?i).*\\b(?:the|past|next|last|first|final|"
            + "recent|coming|previous|following|other|every|each|per)\\b.*");
    private static final String UNIT_ORDER = "YMWDHNS"; // N: minutes, written M after T

    /** Whether the first token after {@code end} closes the phrase: a mark of punctuation or the sentence's end. */
    private static boolean endsPhrase(List<Token> tokens, int end) {
        for (Token t : tokens) {
            if (t.begin() >= end) {
                return t.word().matches("[.,;:!?)\\]]|-RRB-|--");
            }
        }
        return true;
    }

    /**
     * "three hours and 41 minutes", "four years and three months", "1 hour, 52 minutes": one length
     * written in two units, as TimeML marks it (PT3H41M, P4Y3M); SUTime reads two. The second unit is
     * smaller than the first, neither is in weeks, and the two are joined by "and", or by a comma
     * alone when the second closes the phrase; "the past two years and the next six months", "three
     * days, 12 hours of it in private" are two spans.
     */
    static List<TimeMention> joinedLengths(List<TimeMention> found, List<Token> tokens) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention a = out.get(i);
            TimeMention b = out.get(i + 1);
            Matcher first = ONE_UNIT.matcher(a.value());
            Matcher second = ONE_UNIT.matcher(b.value());
            if (!"DURATION".equals(a.type()) || !"DURATION".equals(b.type()) || !first.matches() || !second.matches()
                    || !COUNT_AND_UNIT.matcher(b.text().strip()).matches() || NOT_A_PLAIN_LENGTH.matcher(a.text()).matches()) {
                continue;
            }
            int firstRank = UNIT_ORDER.indexOf(unitCode(first));
            int secondRank = UNIT_ORDER.indexOf(unitCode(second));
            if (secondRank <= firstRank || unitCode(first) == 'W' || unitCode(second) == 'W') {
                continue; // (weeks join no other unit in ISO 8601)
            }
            List<String> between = new ArrayList<>();
            for (Token t : tokens) {
                if (t.begin() >= a.end() && t.end() <= b.begin()) {
                    between.add(t.word().toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (!(between.equals(List.of("and")) || between.equals(List.of(",")) || between.equals(List.of(",", "and")))) {
                continue;
            }
            if (between.equals(List.of(",")) && !endsPhrase(tokens, b.end())) {
                continue; // "ran three days, 12 hours of it behind closed doors", "two years, three months after": two
            }
            String date = "";
            String time = "";
            for (Matcher m : List.of(first, second)) {
                String part = m.group(2) + m.group(3);
                if (m.group(1).isEmpty()) {
                    date += part;
                } else {
                    time += part;
                }
            }
            String value = "P" + date + (time.isEmpty() ? "" : "T" + time);
            StringBuilder text = new StringBuilder(a.text());
            int at = a.end();
            for (Token t : tokens) {
                if (t.begin() >= a.end() && t.end() <= b.begin()) {
                    text.append(t.word().equals(",") ? "" : " ".repeat(Math.max(1, t.begin() - at))).append(t.word());
                    at = t.end();
                }
            }
            text.append(" ".repeat(Math.max(1, b.begin() - at))).append(b.text());
            out.set(i, new TimeMention("DURATION", value, text.toString(), a.begin(), b.end(), a.sentence(), a.anchored(),
                    a.resolution(), null, null, null));
            out.remove(i + 1);
        }
        return out;
    }

    private static char unitCode(Matcher oneUnit) {
        char unit = oneUnit.group(3).charAt(0);
        return !oneUnit.group(1).isEmpty() && unit == 'M' ? 'N' : unit;
    }

    /** Whether no past verb ("cut" read VBD, "had", "was", "were") stands before token {@code first} in its sentence. */
    private static boolean noPastBefore(List<Token> tokens, int first) {
        for (int i = 0; i < first; i++) {
            Token t = tokens.get(i);
            if ("VBD".equals(t.pos()) || t.word().matches("(?i)had|was|were|'d")) {
                return false;
            }
        }
        return true;
    }

    /** A length of one unit, its count stated: P2W, PT10H. */
    private static final Pattern COUNTED_LENGTH = Pattern.compile("P(T?)\\d+([A-Z])");
    /** "the next year", "next month": the unit after the publication's. */
    private static final Pattern NEXT_ONE = Pattern.compile("(?i)(?:the\\s+)?next\\s+(year|month|week)");

    /**
     * Approximate forms, one expression each: "a year or two", "two or three weeks" (a span of that
     * unit whose count is not stated, PXY, PXW; "in a year or two" in a clause that is not past, some
     * time to come, FUTURE_REF), "the next year or so", "two years or so" (the words "or so" belong
     * to the expression; "the next year or so" in a clause that is not past is the year after the
     * publication's). "A week or so ago" is read where it is found.
     */
    static List<TimeMention> approximate(List<TimeMention> found, List<Token> tokens, LocalDate published) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            TimeMention m = out.get(i);
            int first = tokenIndex(tokens, m.begin());
            int after = first;
            while (after >= 0 && after < tokens.size() && tokens.get(after).begin() < m.end()) {
                after++;
            }
            if (first < 0 || after < 0 || after > tokens.size()) {
                continue;
            }
            String type = m.type();
            String value = m.value();
            int begin = m.begin();
            int end = m.end();
            int from = first;
            boolean or = after + 1 < tokens.size() && tokens.get(after).word().equalsIgnoreCase("or");
            String next = or ? tokens.get(after + 1).word().toLowerCase(java.util.Locale.ROOT) : "";
            Matcher length = COUNTED_LENGTH.matcher(value);
            boolean ago = after + 2 < tokens.size() && tokens.get(after + 2).word().equalsIgnoreCase("ago");
            Matcher nextOne = NEXT_ONE.matcher(m.text().strip());
            Tense nextTense = published != null && "XXXX".equals(value) && nextOne.matches() ? tenseOf(tokens, first, after) : Tense.PAST;
            // an infinitive no past governs ("expect the bank to cut rates over the next year") counts from the writing too
            boolean ahead = nextTense == Tense.PRESENT || nextTense == Tense.FUTURE
                    || nextTense == Tense.UNKNOWN && noPastBefore(tokens, first);
            if (or && next.equals("so") && !ago && ("DURATION".equals(type) || "DATE".equals(type))) {
                end = tokens.get(after + 1).end(); // "two years or so", "the next year or so"
                if (ahead) {
                    value = nextOne(nextOne.group(1), published);
                }
            } else if (ahead && first > 0 && tokens.get(first - 1).word().matches("(?i)over|during|within|in|through|throughout")) {
                // "will hire 200 workers over the next year": the year after the publication's, as "the
                // next year or so" and "over the past year" (the year before) are; a story's "the next
                // year" in the past counts from its own year (NarrativeDates)
                value = nextOne(nextOne.group(1), published);
            } else if ("DURATION".equals(type) && length.matches() && or && (NumberWords.value(next) != null || next.matches("\\d+"))
                    && !(after + 2 < tokens.size() && tokens.get(after + 2).word().matches(UNIT_WORD))) {
                end = tokens.get(after + 1).end(); // "a year or two", "a day or two"
                value = "P" + length.group(1) + "X" + length.group(2);
            } else if ("DURATION".equals(type) && length.matches() && first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("or")
                    && (NumberWords.value(tokens.get(first - 2).word()) != null || tokens.get(first - 2).word().matches("\\d+"))
                    && (NumberWords.value(tokens.get(first).word()) != null || tokens.get(first).word().matches("\\d+"))) {
                from = first - 2; // "two or three weeks"
                begin = tokens.get(from).begin();
                value = "P" + length.group(1) + "X" + length.group(2);
            } else {
                continue;
            }
            if (!value.equals(m.value()) && "DURATION".equals(type) && from > 0 && tokens.get(from - 1).word().equalsIgnoreCase("in")
                    && tenseOf(tokens, from, after) != Tense.PAST) {
                type = "DATE"; // "may, in a year or two, save": some time to come
                value = "FUTURE_REF";
            }
            if (overlapsOther(out, i, begin, end)) {
                continue;
            }
            String text = tokensText(tokens, from, tokenIndex(tokens, end - 1) + 1);
            var range = "DATE".equals(type) ? DateRange.of(value) : Optional.<DateRange>empty();
            out.set(i, new TimeMention(type, value, text, begin, end, m.sentence(), m.anchored(),
                    value.equals(m.value()) ? m.resolution() : TimeMention.Resolution.PUBLICATION_DATE,
                    range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                    range.map(DateRange::precision).orElse(null)));
        }
        return out;
    }

    /** The year, month or week after the publication's. */
    private static String nextOne(String unit, LocalDate published) {
        return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "year" -> Integer.toString(published.getYear() + 1);
            case "month" -> java.time.YearMonth.from(published).plusMonths(1).toString();
            default -> isoWeek(published.plusWeeks(1));
        };
    }

    private static boolean overlapsOther(List<TimeMention> out, int self, int begin, int end) {
        for (int j = 0; j < out.size(); j++) {
            if (j != self && out.get(j).begin() < end && begin < out.get(j).end()) {
                return true;
            }
        }
        return false;
    }

    /** The words of tokens {@code [from, to)} with the spaces between them as written (one at least). */
    private static String tokensText(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to && i < tokens.size(); i++) {
            if (i > from) {
                b.append(" ".repeat(Math.max(1, tokens.get(i).begin() - tokens.get(i - 1).end())));
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    /**
     * Words that make a date the limit or the term of something rather than the time of the
     * clause's event: "extended to Nov. 16", "returned by Jan. 14", "payable Dec. 1", "effective
     * Feb. 1". A past-tense clause says nothing of which side of the publication such a date lies
     * on: it is taken nearest to the publication date.
     */
    /** The words of a clock time before a day: "9", "10:30", "a.m.", "EST", ",". */
    private static final Pattern CLOCK_PART = Pattern.compile("\\d{1,2}(?::\\d\\d)?|[aApP]\\.?[mM]\\.?|[ECMP][SD]T|GMT|UTC|,");

    /** Verbs of a term's end, not past, whose "in" before a month or a year gives that end. */
    private static final java.util.Set<String> ENDS_IN = java.util.Set.of("expires", "expire", "ends", "end", "due");

    private static final java.util.Set<String> LIMIT_WORDS = java.util.Set.of("to", "until", "till", "through",
            "by", "payable", "effective", "record", "between", "deadline", "expires", "expiring", "due", "ends", "ending");

    /**
     * Whether the day follows a "by" that opens the sentence or a clause after a comma ("By
     * Wednesday afternoon, the council cited …", "…, and by Friday it had"): a time the clause
     * after it had reached, which a past clause puts in the past. Not "had to file by Wednesday":
     * a deadline inside the clause.
     */
    static boolean frontedBy(List<Token> tokens, int tokenBegin) {
        int i = tokenBegin - 1;
        while (i >= 0 && CLOCK_PART.matcher(tokens.get(i).word()).matches() && !tokens.get(i).word().equals(",")) {
            i--;
        }
        if (i < 0 || !tokens.get(i).word().equalsIgnoreCase("by")) {
            return false;
        }
        return i == 0 || tokens.get(i - 1).word().matches(",|;|(?i)and|but") || tokens.get(i - 1).word().matches("``|\"|“");
    }

    static boolean isLimit(List<Token> tokens, int tokenBegin) {
        int i = tokenBegin - 1;
        while (i >= 0 && CLOCK_PART.matcher(tokens.get(i).word()).matches()) {
            i--; // "until 9 a.m. EST Tuesday": the limit is the day's too
        }
        if (i >= 0 && tokens.get(i).word().equalsIgnoreCase("on")) {
            i--; // "payable on Dec. 1"
        }
        if (i >= 1 && tokens.get(i).word().equalsIgnoreCase("in")
                && ENDS_IN.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return true; // "the lease expires in May", "her term ends in June": a term's end (not "expired in May")
        }
        if (i >= 1 && tokens.get(i).word().equalsIgnoreCase("as")
                && tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT).matches("soon|early")) {
            return true; // "as soon as Tuesday", "as early as June": the first day something can happen
        }
        return i >= 0 && LIMIT_WORDS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether "would" (or "'d") stands before {@code token} in its clause (back to a comma, a
     * semicolon or a colon) and no "will" or "shall" in it, before or after: "would not charge him in
     * the May 10 shooting", but not "said she would appeal, and the March 3 hearing will decide".
     */
    private static boolean wouldBefore(List<Token> tokens, int token) {
        for (int k = token + 1; k < tokens.size(); k++) {
            String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                break;
            }
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                return false;
            }
        }
        for (int k = token - 1; k >= 0; k--) {
            String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                return false;
            }
            if (w.equals("would") || w.equals("'d")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tense that places a relative date ({@link Tense#of}), with readings of its own: a day
     * that owns a noun ("Friday's purchases") is already past unless the clause looks ahead, one
     * after "since" unless the clause is a future perfect ("will have been shut since October");
     * a limit ({@link #isLimit}) of a present or future clause is ahead ("expires Nov. 16", "will
     * double by August"), of any other the nearest such day.
     */
    static Tense tenseOf(List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (forwardMarketMonth(tokens, tokenBegin, tokenEnd)) {
            // "oil for January delivery rose", "March futures fell": a contract for a month to come,
            // whatever the tense of the day's trading
            return Tense.FUTURE;
        }
        if (Tense.monthAhead(tokens, tokenBegin)) {
            return Tense.FUTURE; // "signals cut in June", "sees growth returning in March": the coming month
        }
        if (Tense.monthOfThingDone(tokens, tokenBegin)) {
            return Tense.PAST; // "Minister quits in June row": the row has taken place
        }
        Tense when = whenClause(tokens, tokenEnd);
        if (when != null && !(when == Tense.PAST && isLimit(tokens, tokenBegin) && willBefore(tokens, tokenBegin))) {
            return when; // "would run from April 2, when he was suspended": the day the clause tells of
        }
        Tense tense0 = tenseOfClause(tokens, tokenBegin, tokenEnd);
        if (tense0 == Tense.UNKNOWN) {
            Tense shared = startingParticiple(tokens, tokenBegin);
            if (shared != null) {
                return shared; // "would raise the wage, starting in January": the clause's time
            }
        }
        return tense0;
    }

    /** Participles that set when the clause before them starts: "starting in January". */
    private static final java.util.Set<String> STARTING = java.util.Set.of("starting", "beginning");

    /**
     * The future of the clause a participle of start leans on ("The bill would raise the wage,
     * starting in January": the coming January), when the date follows it (after "in", "on",
     * "from", "with" or nothing), or a present clause ("is open daily, starting Monday": a start not yet
     * reached); null when none does or that clause does not look ahead (a past
     * clause's start, "cut 200 jobs, beginning in March", and "effective Feb. 1" after a past
     * announcement, which TimeBank dates ahead, keep their reading).
     */
    private static Tense startingParticiple(List<Token> tokens, int tokenBegin) {
        int i = tokenBegin - 1;
        if (i >= 0 && tokens.get(i).word().toLowerCase(java.util.Locale.ROOT).matches("in|on|from|with")) {
            i--;
        }
        if (i < 1 || !STARTING.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        Tense clause = Tense.of(tokens, i, i);
        // a present's start is not yet reached either: "The store is open 24 hours a day, starting Monday"
        return clause == Tense.FUTURE || clause == Tense.PRESENT ? Tense.FUTURE : null;
    }

    /**
     * The tense of a clause opened by "when" right after the date (a comma between or none) that
     * tells what happened or will happen then: "from April 2, when he was suspended" (past), "on
     * June 8, when he will have served" (ahead); a verb of saying is skipped for the verb of what
     * was said ("on July 1, when the city said it would begin": that "would", no tense); null when
     * no such clause follows, or its verb is a present or of no tense ("on Friday, when the markets
     * open", "on Monday, when asked"). {@link #tenseOf} leaves a past one after a limit of a clause
     * with "will" ("will continue until June 5, when they voted": no past day can end what is ahead).
     */
    private static Tense whenClause(List<Token> tokens, int tokenEnd) {
        int i = tokenEnd;
        if (i < tokens.size() && tokens.get(i).word().equals(",")) {
            i++;
        }
        if (i + 1 >= tokens.size() || !tokens.get(i).word().equalsIgnoreCase("when") || !tokens.get(i).isTagged()) {
            return null;
        }
        int verb = nextVerb(tokens, i + 1);
        if (verb >= 0 && REPORTING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
            int said = nextVerb(tokens, verb + 1);
            if (said < 0) {
                return null;
            }
            String w = tokens.get(said).word().toLowerCase(java.util.Locale.ROOT);
            return tokens.get(said).pos().equals("MD") ? (w.matches("will|'ll|shall|wo") ? Tense.FUTURE : null)
                    : tokens.get(said).pos().equals("VBD") ? Tense.PAST : null;
        }
        Tense t = Tense.of(tokens, i + 1, i + 1);
        return t == Tense.PAST || t == Tense.FUTURE ? t : null;
    }

    /** Verbs of saying, whose own tense is the saying's, not the time's ("when officials said …"). */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("say", "tell", "announce", "report",
            "state", "add", "note", "claim", "confirm", "predict", "explain", "write", "disclose", "estimate", "insist",
            "warn", "argue");

    /** The first verb at or after {@code from} within eight tokens and before a mark ending the clause; -1 when none. */
    private static int nextVerb(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + 8; j++) {
            Token t = tokens.get(j);
            if (t.word().matches("[;:.!?]|--")) {
                return -1;
            }
            if (t.isVerb() && !Token.isNameTag(t.ner())) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the clause before {@code tokenBegin} has "will", "'ll" or "shall" ("The strike will continue until June 5"). */
    private static boolean willBefore(List<Token> tokens, int tokenBegin) {
        for (int j = tokenBegin - 1; j >= 0 && j >= tokenBegin - 12; j--) {
            Token t = tokens.get(j);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.matches("[;:.!?]|--|that|which|who|but|while|because|although")) {
                return false;
            }
            if ("MD".equals(t.pos()) && w.matches("will|'ll|shall|wo")) {
                return true;
            }
        }
        return false;
    }

    /** What a market's closing figure is of: "Monday's closing price", "Friday's closing level". */
    private static final java.util.Set<String> CLOSING_FIGURES = java.util.Set.of("price", "prices", "level", "levels",
            "bell", "rate", "rates", "value");

    /**
     * Whether a day's possessive owns a market's close at {@code k}: "closing" before a figure
     * ("Monday's closing price"), or "close" itself ("from Friday's close"); never "Friday's closing
     * arguments" or "Sunday's closing ceremony".
     */
    private static boolean marketClose(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
        return w.equals("close") || w.equals("closing") && k + 1 < tokens.size()
                && CLOSING_FIGURES.contains(tokens.get(k + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    private static Tense tenseOfClause(List<Token> tokens, int tokenBegin, int tokenEnd) {
        int prospect = tokenBegin > 0 && tokens.get(tokenBegin).isTagged() ? Tense.prospectHead(tokens, tokenBegin) : -1;
        if (prospect >= 0) {
            return Tense.ofProspect(tokens, prospect); // "fear a shortage in August": the coming one
        }
        Tense tense = Tense.of(tokens, Math.max(0, tokenBegin), Math.max(tokenBegin, tokenEnd));
        if (namesThing(tokens, tokenBegin, tokenEnd)) {
            // "setting a Jan. 14 return date": a date naming a thing has no tense, the nearest; a future
            // clause's is ahead ("the November election will decide"), a present one's see #thingNow;
            // the subject of an active past has taken place ("the May 2 ceremony drew 300 people")
            // (a "would" is a future seen from the past or a condition: "would not charge him in the May 10
            // shooting" names a shooting of any side of the day, the nearest)
            return tense == Tense.FUTURE && !wouldBefore(tokens, tokenBegin)
                    || tense == Tense.PAST && subjectOfPast(tokens, tokenBegin, tokenEnd) ? tense : Tense.UNKNOWN;
        }
        boolean since = tokenBegin > 0 && tokens.get(tokenBegin - 1).word().equalsIgnoreCase("since");
        boolean possessive = tokenEnd > 0 && tokenEnd < tokens.size() && tokens.get(tokenEnd).word().equals("'s");
        if (since && tense == Tense.FUTURE && !futurePerfect(tokens, tokenBegin)) {
            // "his results since January would be erased", "the fee will apply to sales since
            // Monday": a start already reached; only "will have been shut since October" may look ahead
            return Tense.PAST;
        }
        if (possessive && marketClose(tokens, tokenEnd + 1)) {
            // "a premium over Monday's closing price", "will rise from Friday's close": a market's
            // close is on record only once the day is over, whatever the clause's tense
            return Tense.PAST;
        }
        if (possessive && !since && tense == Tense.FUTURE && wouldBefore(tokens, tokenBegin)) {
            // "said she would appeal Monday's ruling": a "would" is a future seen from the past or a
            // condition, and the day that owns the thing may lie either side: the nearest
            return Tense.UNKNOWN;
        }
        if (since || possessive) {
            return tense == Tense.FUTURE ? tense : Tense.PAST;
        }
        boolean deadline = tokenEnd > 0 && tokenEnd < tokens.size()
                && tokens.get(tokenEnd).word().toLowerCase(java.util.Locale.ROOT).startsWith("deadline");
        if (isLimit(tokens, tokenBegin) || deadline) {
            if (isLimit(tokens, tokenBegin) && postponed(tokens, tokenBegin)) {
                return Tense.FUTURE; // "postponed until Tuesday": the day it was put off to lies ahead
            }
            if (tense == Tense.PAST && notUntil(tokens, tokenBegin)) {
                return Tense.PAST; // "did not notify the state until July 23": it did so on that day, past
            }
            if (tense == Tense.PAST && activeThrough(tokens, tokenBegin)) {
                return Tense.PAST; // "crews worked through the weekend": the span the work filled, gone by
            }
            if (tense == Tense.PAST && frontedBy(tokens, tokenBegin)) {
                return Tense.PAST; // "By Wednesday afternoon, the council cited …": a past reached by then
            }
            if (tense == Tense.PAST && byPastPerfect(tokens, tokenBegin)) {
                return Tense.PAST; // "the storm had passed by Saturday morning": a past reached by then
            }
            return tense == Tense.FUTURE || tense == Tense.PRESENT ? Tense.FUTURE : Tense.UNKNOWN;
        }
        return tense;
    }

    /**
     * Whether the day follows a "by" whose clause is a past perfect ("the storm had passed by
     * Saturday morning", "had fallen 4 percent by Friday"): a past that had been reached by then,
     * which lies before the writing. Not "had to file by Wednesday" (an obligation, no perfect),
     * nor a "would have" or "will have" (a future perfect).
     */
    static boolean byPastPerfect(List<Token> tokens, int tokenBegin) {
        int i = tokenBegin - 1;
        while (i >= 0 && CLOCK_PART.matcher(tokens.get(i).word()).matches() && !tokens.get(i).word().equals(",")) {
            i--;
        }
        if (i < 1 || !tokens.get(i).word().equalsIgnoreCase("by")) {
            return false;
        }
        for (int j = i - 1; j >= 1 && j >= i - 10; j--) {
            Token t = tokens.get(j);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.matches("[;:.!?,]|--|that|which|who|but|while|because|although|when")) {
                return false;
            }
            if ("VBN".equals(t.pos())) {
                for (int k = j - 1; k >= 0 && k >= j - 3; k--) {
                    String h = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
                    if (h.equals("had") || h.equals("'d")) {
                        return k == 0 || !tokens.get(k - 1).word().toLowerCase(java.util.Locale.ROOT).matches("would|will|'ll");
                    }
                    if (!"RB".equals(tokens.get(k).pos()) && !h.equals("been")) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Whether "will have" or "would have" stands before token {@code before} in its sentence ("will have been shut since …"). */
    private static boolean futurePerfect(List<Token> tokens, int before) {
        for (int i = 1; i < before; i++) {
            String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            String prev = tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("have") && (prev.equals("will") || prev.equals("would") || prev.equals("'ll") || prev.equals("shall"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the thing a date names ({@link #namesThing}) is the subject of an active past verb:
     * no verb before it in the sentence, and the first verb after it a past that is no passive or
     * progressive auxiliary ("The May 2 ceremony in Velmont drew 300 people", "the June 4 vote was a
     * rout"; not "the May 2 deadline was announced Tuesday", whose deadline may lie ahead, nor "the
     * June vote, which was called Monday").
     */
    static boolean subjectOfPast(List<Token> tokens, int tokenBegin, int tokenEnd) {
        for (int i = 0; i < tokenBegin; i++) {
            if (tokens.get(i).isVerb() || !tokens.get(i).isTagged()) {
                return false;
            }
            if (tokens.get(i).word().equalsIgnoreCase("for") && "IN".equals(tokens.get(i).pos())) {
                // "Tickets for the Oct. 3 concert went on sale": what the subject is for, not what took place
                return false;
            }
        }
        for (int i = tokenEnd; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word().matches(",|;|:|--|(?i)which|that|who")) {
                return false;
            }
            if (!t.isVerb()) {
                continue;
            }
            if (!"VBD".equals(t.pos())) {
                return false;
            }
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (lemma.equals("be") || lemma.equals("get")) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).isAdverb()) {
                    j++;
                }
                return j < tokens.size() && !"VBN".equals(tokens.get(j).pos()) && !"VBG".equals(tokens.get(j).pos())
                        && !"TO".equals(tokens.get(j).pos());
            }
            return !lemma.equals("have") || i + 1 >= tokens.size() || !"TO".equals(tokens.get(i + 1).pos());
        }
        return false;
    }

    /** A date before the noun it names a thing by, after an article: "the November election", "a Jan. 14 return date". */
    private static boolean namesThing(List<Token> tokens, int tokenBegin, int tokenEnd) {
        return tokenBegin > 0 && tokenEnd < tokens.size() && tokens.get(tokenBegin - 1).word().matches("(?i)a|an|the")
                && tokens.get(tokenEnd).isNoun() && !"'s".equals(tokens.get(tokenEnd).word());
    }

    /**
     * A date naming a thing in a present clause ("the June deadline is approaching", "the November
     * election is a test"): the thing is planned, the coming such day unless the one gone by is
     * much nearer ({@link #plannedDay}: "the March primary is over" in an April story).
     */
    static boolean thingNow(List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (!namesThing(tokens, tokenBegin, tokenEnd)) {
            return false;
        }
        if (tokenBegin >= 2 && tokens.get(tokenBegin - 2).word().equalsIgnoreCase("for") && "IN".equals(tokens.get(tokenBegin - 2).pos())) {
            // "Tickets for the Oct. 3 concert went on sale", "campaigned for the June 5 primary": what a
            // thing or an act is for is planned, the coming one unless the one gone by is much nearer
            return true;
        }
        // the present verb is the thing's own: its subject's ("the June deadline is approaching") or its
        // object's ("faces the June deadline"), a few words away with no comma or other verb between
        // ("is continuing to try to sell itself, under a June agreement" says nothing of the agreement)
        for (int i = tokenBegin - 2; i >= 0 && i >= tokenBegin - 4; i--) {
            Token t = tokens.get(i);
            if (t.isVerb() || ",".equals(t.word())) {
                return "VBZ".equals(t.pos()) || "VBP".equals(t.pos());
            }
        }
        for (int i = tokenEnd + 1; i < tokens.size() && i <= tokenEnd + 3; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || ",".equals(t.word())) {
                return "VBZ".equals(t.pos()) || "VBP".equals(t.pos());
            }
        }
        return false;
    }

    /** Auxiliaries between a negation and its verb ("had not been charged until"). */
    private static final java.util.Set<String> UNTIL_AUXILIARIES = java.util.Set.of("be", "been", "being", "was", "were",
            "is", "are", "had", "has", "have", "did", "do", "does", "'s", "'d");
    /** Words that open a clause of its own between a negation and "until" ("did not say why … until"). */
    private static final java.util.Set<String> UNTIL_CLAUSE_OPENERS = java.util.Set.of("why", "when", "whether", "that",
            "which", "who", "where", "how", "if");
    /** How far back from "until" a negation of its clause may stand ("had not told anyone in the family until"). */
    private static final int NEGATION_REACH = 10;

    /**
     * Whether the limit is an "until" that a negated clause reaches ("did not notify regulators
     * until July 23", "It was not until Tuesday that"): what was not done before the day was done
     * on it, so the day is no term lying ahead but the time of the event.
     */
    static boolean notUntil(List<Token> tokens, int tokenBegin) {
        int u = tokenBegin - 1;
        while (u >= 0 && CLOCK_PART.matcher(tokens.get(u).word()).matches()) {
            u--;
        }
        if (u < 1 || !tokens.get(u).word().toLowerCase(java.util.Locale.ROOT).matches("until|till")) {
            return false;
        }
        boolean verb = false;
        for (int i = u - 1; i >= Math.max(0, u - NEGATION_REACH); i--) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
            boolean main = t.isVerb() && !UNTIL_AUXILIARIES.contains(w);
            if (w.equals(";") || w.equals("but") || w.equals("and") || w.equals(",")
                    || UNTIL_CLAUSE_OPENERS.contains(w) || verb && main) {
                // another clause's negation: "did not explain why the road was closed until Friday"
                return false;
            }
            verb |= main;
        }
        return false;
    }

    private static final Pattern CLOCK_RANGE = Pattern.compile(
            "(\\d{1,2})(?::(\\d\\d))?\\s*(?:to|until|till|-|–)\\s*(\\d{1,2})(?::(\\d\\d))?\\s*([aApP])\\.?[mM]\\.?");
    /** The middle of a part of the day, written as one word: "mid-afternoon", "midmorning". */
    private static final Pattern MID_PART_OF_DAY = Pattern.compile("(?i)mid-?(morning|afternoon|evening)");
    /** One clock with its half of the day: "4 p.m.", "11:30 a.m.". */
    private static final Pattern LONE_CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?\\s*([aApP])\\.?[mM]\\.?");
    /** An hour with no half of the day: "2", "9:30". */
    private static final Pattern BARE_CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)\\b[ap]\\.?m\\b");
    private static final Pattern CLOCK_HOUR = Pattern.compile("T(\\d\\d)");

    /** A clock value with the hour an "a.m." or "p.m." after it gives: {@code T04:30} and "p.m." give {@code T16:30}. */
    static String withMeridiem(String value, String suffix) {
        Matcher m = CLOCK_HOUR.matcher(value);
        if (!m.find()) {
            return value;
        }
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return value;
        }
        boolean pm = Character.toLowerCase(suffix.charAt(0)) == 'p';
        int h24 = hour % 12 + (pm ? 12 : 0);
        return value.substring(0, m.start(1)) + String.format(java.util.Locale.ROOT, "%02d", h24) + value.substring(m.end(1));
    }

    /**
     * The first token of a clock with its "a.m." or "p.m." right before a day and its part ("11 p.m.
     * Thursday night", "11:30 p.m. Thursday night": value {@code 1998-02-12TNI}), or -1.
     */
    static int clockBeforePartOfDay(String type, String value, List<Token> tokens, int tokenBegin) {
        if (!"TIME".equals(type) || value == null || !value.matches("\\d{4}-\\d\\d-\\d\\dT(?:MO|AF|EV|NI)") || tokenBegin < 2
                || !isClockSuffix(tokens.get(tokenBegin - 1).word())) {
            return -1;
        }
        int at = tokenBegin - 2;
        if (!BARE_CLOCK.matcher(tokens.get(at).word()).matches() || Integer.parseInt(tokens.get(at).word().split(":")[0]) > 12) {
            return -1;
        }
        boolean pm = Character.toLowerCase(tokens.get(tokenBegin - 1).word().charAt(0)) == 'p';
        boolean night = value.endsWith("NI");
        // the clock must fall in the part of the day: "11 p.m. Thursday night", not "9 a.m. Thursday night"
        return value.endsWith("MO") && !pm || (value.endsWith("AF") || value.endsWith("EV") || night) && pm ? at : -1;
    }

    /**
     * "1998-99", "2001-02" at token {@code i} (a year, a hyphen and the next year's last two digits,
     * written together): the two years, or null; none in a number a case, docket or room is known by
     * ("Case No. 2023-24").
     */
    static int[] shortYearRange(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).word().matches("(?i)no\\.?|nos?\\.|case|docket|room|#")) {
            return null;
        }
        if (i < 0 || i + 2 >= tokens.size() || !tokens.get(i).word().matches("(?:1[89]|20)\\d\\d")
                || !tokens.get(i + 1).word().matches("-|\u2013") || !tokens.get(i + 2).word().matches("\\d\\d")
                || tokens.get(i + 1).begin() != tokens.get(i).end() || tokens.get(i + 2).begin() != tokens.get(i + 1).end()
                || i + 3 < tokens.size() && tokens.get(i + 3).begin() == tokens.get(i + 2).end()
                && tokens.get(i + 3).word().matches("-|\u2013|\\d.*")) {
            return null; // "2001-02-15" is a day
        }
        int first = Integer.parseInt(tokens.get(i).word());
        int second = Integer.parseInt(tokens.get(i + 2).word());
        return second == (first + 1) % 100 ? new int[] {first, first + 1} : null;
    }

    /** Two years joined by a dash, "1996-2000", that SUTime reads as one span. */
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:1[89]|20)\\d\\d)(\\s*[-\u2013]\\s*)((?:1[89]|20)\\d\\d)");

    /** SUTime's value of a span given as a range of counts, "two to three weeks": {@code P2W/P3W}. */
    private static final Pattern DURATION_RANGE = Pattern.compile("(P(?:T?\\d+[A-Z])+)/(P(?:T?\\d+[A-Z])+)");
    /** Two counts joined as a range: "12 to 18", "two or three", "10-12" (not "thirty-seven", one number). */
    private static final Pattern RANGE_WORDS = Pattern.compile("(?is).*\\s(?:to|or|through)\\s.*|.*\\d\\s*[-\u2013]\\s*\\d.*");

    /**
     * The value of a span between two lengths of one unit ("12 to 18 months", P12M and P18M): that
     * unit, its count unknown (PXM); the lower bound when the two differ in unit or are equal.
     */
    static String vagueRange(String low, String high) {
        Matcher a = COUNTED_LENGTH.matcher(low);
        Matcher b = COUNTED_LENGTH.matcher(high);
        if (!a.matches() || !b.matches() || !a.group(2).equals(b.group(2)) || !a.group(1).equals(b.group(1)) || low.equals(high)) {
            return low;
        }
        return "P" + a.group(1) + "X" + a.group(2);
    }

    private static final Pattern SHORT_DECADE_TEXT = Pattern.compile("(?i)(?:the\\s+)?['\u2019](\\d)0s");

    /**
     * "the '90s", "'80s" as TimeML writes a decade ({@code 199X}, shortened later to {@code 199}): the
     * twentieth century's from the '30s on, this century's for the '00s and '10s; null for anything
     * else, and for the '20s, which can be either.
     */
    static String shortDecade(String text, String raw) {
        Matcher m = SHORT_DECADE_TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches() || raw != null && !raw.matches("XX\\dX|\\d{3}X?|\\d{2}\\dX")) {
            return null;
        }
        int d = m.group(1).charAt(0) - '0';
        return d >= 3 ? "19" + d + "X" : d <= 1 ? "20" + d + "X" : null;
    }

    /** The words that join the two ends of a range: "from June to August", "between March and May", "Jan. 5-9". */
    private static final Pattern RANGE_JOIN = Pattern.compile("(?i)to|through|thru|until|till|and|-|--|–|—");
    private static final Pattern PARTIAL = Pattern.compile("XXXX-(\\d\\d)(-\\d\\d)?");
    private static final Pattern STATED = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)(?:-\\d\\d)?");

    /**
     * The first end of a range that names its year only once, at its second end ("from June to
     * August 2002", "between March and May 2001", "from Dec. 5 to Jan. 9, 2002"): the year of the
     * second end, or the one before when the first month comes later in the year. Empty when the
     * value is no month or day without a year, or no dated second end follows across one joining
     * word.
     */
    static Optional<String> rangeYear(String raw, List<Token> tokens, int tokenEnd, CoreMap next) {
        Matcher partial = PARTIAL.matcher(raw == null ? "" : raw);
        if (next == null || !partial.matches() || tokenEnd + 1 >= tokens.size()
                || !RANGE_JOIN.matcher(tokens.get(tokenEnd).word()).matches()) {
            return Optional.empty();
        }
        Integer nextBegin = next.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Timex nextTimex = next.get(TimeAnnotations.TimexAnnotation.class);
        if (nextBegin == null || nextTimex == null || nextTimex.value() == null
                || tokens.get(tokenEnd + 1).begin() != nextBegin) {
            return Optional.empty();
        }
        Matcher stated = STATED.matcher(nextTimex.value());
        if (!stated.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(stated.group(1));
        int month = Integer.parseInt(partial.group(1));
        if (month > Integer.parseInt(stated.group(2))) {
            year--; // "from December to February 2002": December 2001
        }
        return Optional.of(year + raw.substring(4));
    }

    /** Verbs that put something off to a later time: "postponed until", "delayed the vote to". */
    private static final java.util.Set<String> PUT_OFF = java.util.Set.of("postpone", "delay", "adjourn",
            "reschedule", "defer", "extend", "recess");

    /**
     * Whether the limit follows "through" right after a verb in the simple past ("worked through the
     * weekend", "fought through the night"): what it did filled the time, which has gone by; not a
     * passive ("were held through the weekend") nor a verb that puts something off ("extended through
     * Friday"), whose limit may lie ahead.
     */
    static boolean activeThrough(List<Token> tokens, int tokenBegin) {
        int u = tokenBegin - 1;
        if (u < 1 || !tokens.get(u).word().equalsIgnoreCase("through")) {
            return false;
        }
        Token verb = tokens.get(u - 1);
        String lemma = verb.lemma() == null ? verb.word().toLowerCase(java.util.Locale.ROOT) : verb.lemma().toLowerCase(java.util.Locale.ROOT);
        return "VBD".equals(verb.pos()) && !PUT_OFF.contains(lemma);
    }

    /**
     * Whether a verb that puts something off governs the limit before token {@code tokenBegin}
     * ("postponed until Tuesday", "extended its deadline until Friday"): within six tokens, no
     * clause break between.
     */
    static boolean postponed(List<Token> tokens, int tokenBegin) {
        for (int i = tokenBegin - 2; i >= 0 && i >= tokenBegin - 7; i--) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";") || CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (PUT_OFF.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COUNTED_SPAN = Pattern.compile("(?i)(?:the\\s+)?(?:first|last|past|next|final)\\s+"
            + "(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\\s+"
            // "the next 12 to 18 months": a range of counts, of no one stated length (PXM)
            + "((?:to|or|-|\u2013)\\s*(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+)?"
            + "(months|weeks|years|days|quarters|hours)\\b.*");
    /** An interval of days SUTime gives a counted span: {@code 2023-11-21/2025-02-21}, no TimeML value. */
    private static final Pattern INTERVAL = Pattern.compile("\\d{4}-\\d\\d-\\d\\d\\S*/\\d{4}-\\S+");

    /**
     * "the first nine months of 1997", "the next several days" that SUTime left without a value
     * ({@code XXXX}): a span of that length, as TimeML marks it; null for anything else.
     */
    static String countedSpan(String type, String value, String text) {
        Matcher m = COUNTED_SPAN.matcher(text.strip());
        if (!"DATE".equals(type) || !("XXXX".equals(value) || INTERVAL.matcher(value).matches()) || !m.matches()) {
            return null;
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        n = n.equals("several") || n.equals("few") || m.group(2) != null ? "X"
                : NumberWords.value(n) != null ? String.valueOf(NumberWords.value(n)) : n;
        String unit = m.group(3).toLowerCase(java.util.Locale.ROOT);
        return switch (unit) {
            case "hours" -> "PT" + n + "H";
            case "quarters" -> "P" + n + "Q";
            default -> "P" + n + Character.toUpperCase(unit.charAt(0));
        };
    }

    private static final Pattern MIXED_NUMBER = Pattern.compile("(\\d{1,3})[\\s\u00a0]+(?:1/2|\u00bd)");
    private static final Pattern UNIT = Pattern.compile("(?i)(?:(a|an)\\s+)?(minute|hour|day|week|month|year)s?");

    /**
     * The length a duration states in words SUTime does not read: a number before the unit with a
     * half ("5 1/2 hours" PT5H30M, "2 1/2 years" P2Y6M) or "more" ("two more weeks" P2W, "20 more
     * years"), or "and a half" after "a"/"an" and the unit ("a minute and a half" PT1M30S) or after
     * the count and before the unit ("two and a half years" P2Y6M). The span
     * {@code [begin, end)} (token indexes) grows to cover those words; null when none is there.
     */
    static String statedCount(List<CoreLabel> labels, int[] span, String value) {
        if (span[0] < 0 || span[1] > labels.size() || span[0] >= span[1]) {
            return null;
        }
        Matcher u = UNIT.matcher(textOf(labels, span[0], span[1]));
        if (!u.matches()) {
            return null;
        }
        String unit = u.group(2).toLowerCase(java.util.Locale.ROOT);
        int begin = span[0];
        int end = span[1];
        String number = null;
        boolean half = false;
        if (u.group(1) != null) {
            if (end + 2 < labels.size() && labels.get(end).word().equalsIgnoreCase("and")
                    && labels.get(end + 1).word().equalsIgnoreCase("a") && labels.get(end + 2).word().equalsIgnoreCase("half")) {
                number = "1";
                half = true;
                end += 3;
            }
        } else if (value != null && value.matches("PT?X[A-Z]")) {
            int i = begin - 1;
            boolean more = false;
            if (i >= 0 && labels.get(i).word().toLowerCase(java.util.Locale.ROOT).matches("more|additional|extra|further")) {
                more = true;
                i--;
            }
            if (i >= 0 && labels.get(i).word().matches("1/2|\u00bd")) {
                half = true;
                i--;
            } else if (!more && i >= 3 && labels.get(i).word().equalsIgnoreCase("half")
                    && labels.get(i - 1).word().equalsIgnoreCase("a") && labels.get(i - 2).word().equalsIgnoreCase("and")) {
                half = true; // "two and a half years": the count, then its half
                i -= 3;
            }
            Matcher joined = i >= 0 ? MIXED_NUMBER.matcher(labels.get(i).word()) : null;
            if (joined != null && joined.matches()) {
                number = joined.group(1); // the tokenizer keeps "5 1/2" as one token
                half = true;
                begin = i;
            } else if ((more || half) && i >= 0) {
                String w = labels.get(i).word().toLowerCase(java.util.Locale.ROOT);
                number = w.matches("\\d{1,3}") ? w
                        : NumberWords.value(w) != null ? String.valueOf(NumberWords.value(w)) : null;
                begin = i;
            }
        }
        if (number == null) {
            return null;
        }
        String stated = switch (unit) {
            case "minute" -> half ? "PT" + number + "M30S" : "PT" + number + "M";
            case "hour" -> half ? "PT" + number + "H30M" : "PT" + number + "H";
            case "day" -> half ? "P" + number + "DT12H" : "P" + number + "D";
            case "year" -> half ? "P" + number + "Y6M" : "P" + number + "Y";
            default -> half ? null : "P" + number + Character.toUpperCase(unit.charAt(0));
        };
        if (stated != null) {
            span[0] = begin;
            span[1] = end;
        }
        return stated;
    }

    private static final Pattern COMPOUND_COUNT = Pattern.compile("(?i)(?:.*\\s)?(twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety)[-\u2010\u2011](one|two|three|four|five|six|seven|eight|nine)\\s+\\S+");

    /**
     * A duration counted with a hyphenated number word ("thirty-seven years", "twenty-four hours"),
     * which SUTime reads as its tens alone (P30Y): the value with the whole count; else the value.
     */
    static String compoundCount(String text, String value) {
        Matcher m = COMPOUND_COUNT.matcher(text.strip());
        if (value == null || !m.matches()) {
            return value;
        }
        int tens = NumberWords.tens(m.group(1));
        int count = tens + NumberWords.value(m.group(2));
        return value.matches("PT?" + tens + "[A-Z]") ? value.replace(Integer.toString(tens), Integer.toString(count)) : value;
    }

    private static final Pattern HALF = Pattern.compile("(?i)(?:at\\s+least\\s+)?(?:the\\s+)?(?:(first|second|last|latter)\\s+half|"
            + "(first|last)\\s+two\\s+quarters)\\s+of\\s+((?:19|20)\\d\\d)");

    /** "the first half of 1990" {@code 1990-H1}, "the last half of 1989", "the first two quarters of 1990"; else null. */
    static String halfOfYear(String text) {
        Matcher m = HALF.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String which = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
        return m.group(3) + (which.equals("first") ? "-H1" : "-H2");
    }

    /**
     * "year" SUTime read alone out of "year-end", "year end", "year's end": the end of the
     * publication's year, or of the year before after "since" ("up 4% since year-end"), as TimeML
     * writes it (the year; the end is its {@code mod}). The span {@code [begin, end)} grows to
     * "end"; null when no "end" follows.
     */
    static String yearEnd(List<CoreLabel> labels, int[] span, LocalDate published) {
        int i = span[1];
        if (i < labels.size() && labels.get(i).word().matches("-|'s")) {
            i++;
        }
        if (i >= labels.size() || !labels.get(i).word().equalsIgnoreCase("end")) {
            return null;
        }
        int b = span[0];
        boolean since = b > 0 && labels.get(b - 1).word().equalsIgnoreCase("since");
        span[1] = i + 1;
        return String.valueOf(since ? published.getYear() - 1 : published.getYear());
    }

    /** The text of tokens {@code [from, to)} as written. */
    static String textOf(List<CoreLabel> labels, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                text.append(labels.get(i).before());
            }
            text.append(labels.get(i).originalText());
        }
        return text.toString();
    }

    /** TimeML's units for long spans: decades {@code E}, centuries {@code C}, millennia {@code L} ("P2000Y" is "P2L"). */
    static String timeMlUnit(String value, String text) {
        Matcher quarters = QUARTER_MONTHS.matcher(value);
        if (quarters.matches() && QUARTER_WORD.matcher(text).find()) {
            // "the past two quarters", "several quarters": TimeML counts in quarters (P2Q, PXQ), SUTime in months
            if (quarters.group(1).equals("X")) {
                return "PXQ";
            }
            int months = Integer.parseInt(quarters.group(1));
            return months % 3 == 0 ? "P" + months / 3 + "Q" : value;
        }
        Matcher m = Pattern.compile("P(\\d+|X)Y").matcher(value);
        if (!m.matches()) {
            return value;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String[][] units = {{"centur", "C", "100"}, {"decade", "E", "10"}, {"millenni", "L", "1000"},
            {"thousand years", "L", "1000"}};
        for (String[] u : units) {
            if (!t.contains(u[0])) {
                continue;
            }
            if (m.group(1).equals("X")) {
                return "PX" + u[1];
            }
            int years = Integer.parseInt(m.group(1));
            int per = Integer.parseInt(u[2]);
            if (u[1].equals("E") && years > per) {
                return value; // "two decades": TimeBank writes P20Y ("a decade" is P1E)
            }
            return years % per == 0 ? "P" + years / per + u[1] : value;
        }
        return value;
    }

    private static final Pattern QUARTER_MONTHS = Pattern.compile("P(\\d+|X)M");
    private static final Pattern QUARTER_WORD = Pattern.compile("(?i)\\bquarters?\\b");

    /**
     * "March of the"/"of a" and a capitalised name: a march ("the March of the Widows"), no month;
     * "March of the following year" stays a month.
     */
    static boolean isMarch(String text, List<Token> tokens, int tokenEnd) {
        if (text.equals("march") || text.equals("may") || text.matches("(?:march|may)\\s+fall")) {
            return true; // written in lower case, "the march", "may" are a noun and a verb: news capitalises months
        }
        return text.equals("March") && tokenEnd + 2 < tokens.size()
                && tokens.get(tokenEnd).word().equals("of")
                && tokens.get(tokenEnd + 1).word().toLowerCase(java.util.Locale.ROOT).matches("the|a|an")
                && Character.isUpperCase(tokens.get(tokenEnd + 2).word().charAt(0));
    }

    /**
     * A number and a capitalised unit right after an opening quote mark: a title ("''48 Hours''"),
     * no span of time. A title-case headline's "After 48 Hours" stays a duration.
     */
    static boolean isTitle(String text, List<Token> tokens, int tokenBegin) {
        return tokenBegin > 0 && text.matches("\\d+ (?:Minutes|Hours|Days|Weeks|Months|Years)")
                && tokens.get(tokenBegin - 1).word().matches("``|''|\"|“|‘|`|'");
    }

    /** Words a season may follow that make it no name: "Early Spring", "Last Summer" in a title-case headline. */
    private static final Pattern SEASON_QUALIFIER = Pattern.compile(
            "(?i)this|last|next|early|late|mid|in|of|by|until|since|during|the|that|each|every|coming|past");

    /**
     * A capitalised season, part of a day or century inside a sentence next to another proper noun:
     * a name ("the Arab Spring", "Christian Summer", "Autumn Pellworth", "the Summer Olympics", "the
     * Dellwick Morning Post", "the Century Plaza Hotel"), no time; news writes these in lower case. Not at the sentence start, and not after a word that qualifies a
     * season ("Last Summer", "In Spring" in a title-case headline).
     */
    static boolean isSeasonInName(String text, List<Token> tokens, int tokenBegin, int tokenEnd) {
        String word = text.strip();
        if (word.matches("(?i)the\\s+\\S+") && tokenBegin + 1 < tokenEnd) {
            word = word.substring(4).strip(); // "the Century City Towers": SUTime took the article
            tokenBegin++;
        }
        if (word.matches("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+(?:Morning|Afternoon|Evening|Night)") && tokenBegin + 1 < tokenEnd) {
            word = word.substring(word.indexOf(' ')).strip(); // "Monday Night Football": the weekday is no qualifier
            tokenBegin++;
        }
        if (word.matches("Springs|Falls|FALLS|SPRINGS") && tokenBegin > 0 && tokenEnd - tokenBegin == 1) {
            return true; // "Larkspur Falls", "Palm Springs": a season is never plural, with or without tags
        }
        if (!word.matches("Spring|Summer|Autumn|Winter|Fall|Morning|Afternoon|Evening|Night|Century|Millennium")
                || tokenBegin <= 0 || tokenEnd > tokens.size()) {
            return false;
        }
        Token before = tokens.get(tokenBegin - 1);
        Token after = tokenEnd < tokens.size() ? tokens.get(tokenEnd) : null;
        return properNoun(before) && !SEASON_QUALIFIER.matcher(before.word()).matches()
                && !MONTH_OR_DAY.matcher(before.word()).matches()
                || after != null && properNoun(after) && !MONTH_OR_DAY.matcher(after.word()).matches();
    }

    private static final Pattern MONTH_OR_DAY = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
            + "[a-z]*\\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");

    private static boolean properNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
    }

    private static final String OPENING_QUOTE = "``|\"|“|‘|`";
    private static final String CLOSING_QUOTE = "''|\"|”|’|'";

    /**
     * A time phrase written in title case alone between quote marks ("on ABC's ``This Week,''"):
     * the title of a programme or a work, no time.
     */
    static boolean isQuotedTitle(String text, List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (tokenBegin <= 0 || tokenEnd >= tokens.size() || !tokens.get(tokenBegin - 1).word().matches(OPENING_QUOTE)) {
            return false;
        }
        for (String w : text.strip().split("\\s+")) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        int close = tokenEnd;
        if (tokens.get(close).word().matches("[,.!?]") && close + 1 < tokens.size()) {
            close++;
        }
        return tokens.get(close).word().matches(CLOSING_QUOTE);
    }

    /**
     * "Today" with a capital after a capitalised word inside a sentence ("USA Today", "VOA
     * Today"): the name of a paper or a programme.
     */
    static boolean isNameToday(String text, List<Token> tokens, int tokenBegin) {
        if (!text.equals("Today") && !text.equals("TODAY") || tokenBegin <= 0) {
            return false;
        }
        String before = tokens.get(tokenBegin - 1).word();
        if (text.equals("TODAY")) {
            return before.matches("\\p{Lu}{2,}"); // "USA TODAY", as the paper writes its name
        }
        return Character.isUpperCase(before.charAt(0)) && before.chars().anyMatch(Character::isLetter);
    }

    /**
     * "a quarter" before "of" and no unit of time ("more than a quarter of the market"): a
     * fraction, no span of time; "a quarter of a century" stays one. "The quarters of" with no
     * count are rooms.
     */
    static boolean isQuarterOf(String text, List<Token> tokens, int tokenEnd) {
        if (text.strip().toLowerCase(java.util.Locale.ROOT).matches("(?:the\\s+)?quarters") && tokenEnd < tokens.size()
                && tokens.get(tokenEnd).word().equalsIgnoreCase("of")) {
            return true; // "the quarters of the guards": rooms, with no count or modifier of a span of time
        }
        if (!text.strip().toLowerCase(java.util.Locale.ROOT).matches("(?:.*\\s)?(?:a|one)\\s+quarter")
                || tokenEnd >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(tokenEnd);
        if (next.word().equals("-") && tokenEnd + 1 < tokens.size()) {
            next = tokens.get(tokenEnd + 1); // "a quarter-point cut"
        }
        String word = next.word().toLowerCase(java.util.Locale.ROOT);
        if (!word.equals("of")) {
            // "cut its rate by a quarter point", "a quarter percent", "a quarter stake": a fraction of
            // the measure after it; "a quarter century", "a quarter hour" stay lengths of time
            return Character.isLowerCase(next.word().charAt(0)) && !QUARTER_UNITS.matcher(word).matches()
                    && (next.isTagged() ? next.pos().matches("NNS?") : word.matches("points?|percent(?:age)?"));
        }
        for (int i = tokenEnd + 1; i < tokens.size() && i <= tokenEnd + 2; i++) {
            if (tokens.get(i).word().toLowerCase(java.util.Locale.ROOT).matches("century|hour|year|mile")) {
                return false;
            }
        }
        return true;
    }

    /** Units of time a quarter of which is a length ("a quarter century", "a quarter hour"). */
    private static final Pattern QUARTER_UNITS = Pattern.compile("century|centuries|hour|hours|year|years");

    /** Whether every token of {@code [begin, end)} is tagged as a person's name. */
    static boolean allPerson(List<Token> tokens, int begin, int end) {
        if (begin < 0 || end > tokens.size() || begin >= end) {
            return false;
        }
        for (int i = begin; i < end; i++) {
            if (!"PERSON".equals(tokens.get(i).ner())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:one|two|three)-quarters?\\b");

    private static final Pattern VAGUE_SPAN = Pattern.compile("(?i)(?:the\\s+)?(recent|past|coming|upcoming|these)\\s+"
            + "(?:years|months|weeks|days|decades|quarters|hours|minutes|centuries)");
    private static final Pattern VAGUE = Pattern.compile("PT?X[A-Z]");
    private static final java.util.Map<String, String> REFERENCE_MODIFIERS = java.util.Map.of(
            "past", "PAST_REF", "coming", "FUTURE_REF", "upcoming", "FUTURE_REF", "these", "PRESENT_REF");

    private static final Pattern RECENT_SPAN = Pattern.compile("(?i)(?:the\\s+)?(?:most\\s+)?recent\\s+"
            + "(years|months|weeks|days|decades|quarters|hours|minutes|centuries)");
    private static final java.util.Map<String, String> VAGUE_UNITS = java.util.Map.of("years", "PXY", "months", "PXM",
            "weeks", "PXW", "days", "PXD", "decades", "PXE", "quarters", "PXQ", "hours", "PTXH", "minutes", "PTXM",
            "centuries", "PXC");

    /**
     * "recent years", "in recent months": a span of no stated length that reaches the present,
     * TimeML's duration of unknown count ({@code PXY}), as TimeBank's wire and newspaper files write
     * it; null for anything else.
     */
    static String recentSpan(String text) {
        Matcher m = RECENT_SPAN.matcher(text.strip());
        return m.matches() ? VAGUE_UNITS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
    }

    /**
     * A span of no stated length named by a modifier of the present, past or future ("past
     * decades", "the coming months", "these days"): TimeML's {@code PAST_REF},
     * {@code FUTURE_REF}, {@code PRESENT_REF}, not a duration; null for anything else. A stated
     * number keeps it a duration ("the past three years").
     */
    static String vagueReference(String type, String value, String text, List<Token> tokens, int tokenBegin) {
        Matcher m = VAGUE_SPAN.matcher(text.strip());
        if (m.matches() && ("DURATION".equals(type) || "DATE".equals(type))) {
            return REFERENCE_MODIFIERS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        if (!"DURATION".equals(type) || value == null || !VAGUE.matcher(value).matches()) {
            return null;
        }
        if (text.strip().indexOf(' ') < 0 && tokenBegin > 0) {
            return REFERENCE_MODIFIERS.get(tokens.get(tokenBegin - 1).word().toLowerCase(java.util.Locale.ROOT));
        }
        return null;
    }

    private static final Pattern NOT_BEFORE_SOME_DAY = Pattern.compile("(?i)for|in|within|of|a|the|each|every|per|than|"
            + "only|just|over|after|until|by|about|nearly|almost|least|on|at|to|from|that|this|its|his|her|their|first|"
            + "last|another|same|single|full|whole|lasts?|lasted|takes?|took|taken|spend|spent|waits?|waited|needs?");
    private static final Pattern NOT_AFTER_SOME_DAY = Pattern.compile("(?i)later|earlier|after|before|ago|of|and|or|"
            + "off|to|per|a|-|long|old|early|late");

    /**
     * "one day" used as an adverb of a clause about the future ("the mill will one day reopen",
     * "may one day lead"): some time to come ({@code FUTURE_REF}), not a day-long span; with a
     * preposition or determiner before it ("for one day", "the one day"), a count after it ("one day
     * later") or no future, it stays a duration.
     */
    static boolean isSomeDay(String text, List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (!text.strip().equalsIgnoreCase("one day") || tokenBegin <= 0 || tokenEnd > tokens.size()) {
            return false;
        }
        if (NOT_BEFORE_SOME_DAY.matcher(tokens.get(tokenBegin - 1).word()).matches()
                || tokenEnd < tokens.size() && NOT_AFTER_SOME_DAY.matcher(tokens.get(tokenEnd).word()).matches()) {
            return false;
        }
        return tokens.get(tokenBegin).isTagged() && Tense.of(tokens, tokenBegin, tokenEnd) == Tense.FUTURE;
    }

    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");

    /** The Saturday of the ISO week a {@code WEEKEND} match names ("2031-W10-WE"). */
    private static LocalDate weekendSaturday(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(java.time.DayOfWeek.SATURDAY);
    }

    /**
     * "over the weekend" in a past clause: the last weekend before publication, not the coming
     * one SUTime gives on a weekday.
     */
    static String pastWeekend(String value, LocalDate published, Tense tense) {
        Matcher m = WEEKEND.matcher(value);
        if (tense != Tense.PAST || !m.matches()) {
            return value;
        }
        LocalDate saturday = weekendSaturday(m);
        if (!saturday.isAfter(published)) {
            return value;
        }
        return isoWeek(saturday.minusWeeks(1)) + "-WE";
    }

    /**
     * A weekend that limits a clause whose tense does not place it ("were held through the
     * weekend", "will stay open through the weekend"): the nearer of the one gone by and the coming
     * one, as {@link #nearestEither} does for a day (a Monday's story is the weekend just ended, a
     * Thursday's the coming one). Any other value as it is.
     */
    static String nearestWeekend(String value, LocalDate published) {
        Matcher m = WEEKEND.matcher(value);
        if (!m.matches()) {
            return value;
        }
        LocalDate saturday = weekendSaturday(m);
        if (!saturday.isAfter(published)) {
            return value;
        }
        long ahead = saturday.toEpochDay() - published.toEpochDay();
        long behind = published.toEpochDay() - saturday.minusWeeks(1).plusDays(1).toEpochDay();
        return behind < ahead ? isoWeek(saturday.minusWeeks(1)) + "-WE" : value;
    }

    /** The ISO week of a day, as TIMEX3 writes it: "2015-W53", "2016-W01". */
    static String isoWeek(LocalDate d) {
        int week = d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W" + (week < 10 ? "0" : "") + week;
    }

    private static final Pattern WEEK_OFFSET = Pattern.compile(
            "(?i)(?:the\\s+)?(last|past|previous|this|next|coming)\\s+week(end)?");

    /**
     * "last week", "this weekend", "next week" against the publication date: the ISO week one
     * before, of or after the publication's (its weekend: "-WE"). SUTime gives these itself, but
     * fails on a publication date whose ISO week belongs to another year ("last week" on
     * 2016-01-04 is 2015-W53).
     */
    static Optional<String> weekOffset(String text, LocalDate published) {
        Matcher m = WEEK_OFFSET.matcher(text == null ? "" : text.strip());
        if (published == null || !m.matches()) {
            return Optional.empty();
        }
        String which = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int step = which.equals("this") ? 0 : which.equals("next") || which.equals("coming") ? 1 : -1;
        return Optional.of(isoWeek(published.plusWeeks(step)) + (m.group(2) == null ? "" : "-WE"));
    }

    private static final Pattern PREVIOUS_UNIT = Pattern.compile("(?i)(?:the\\s+)?(?:past|last)\\s+(year|decade|century)");

    /**
     * "the past year", "the last decade": the calendar unit before the publication's, as "last
     * year" is, where SUTime gave the publication's own.
     */
    static String previousUnit(String text, String value, LocalDate published) {
        Matcher m = PREVIOUS_UNIT.matcher(text.strip());
        if (!m.matches()) {
            return value;
        }
        String unit = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String year = String.valueOf(published.getYear());
        if (unit.equals("year") && value.equals(year)) {
            return String.valueOf(published.getYear() - 1);
        }
        if (unit.equals("decade") && value.matches("\\d{3}X?") && year.startsWith(value.substring(0, 3))) {
            return (Integer.parseInt(value.substring(0, 3)) - 1) + "X";
        }
        if (unit.equals("century") && value.matches("\\d{2}(?:XX)?") && year.startsWith(value.substring(0, 2))) {
            return (Integer.parseInt(value.substring(0, 2)) - 1) + "XX";
        }
        return value;
    }

    private static final Pattern TWO_DAYS = Pattern.compile("(?i)(?:the\\s+)?day\\s+(before)\\s+yesterday"
            + "|(?:the\\s+)?day\\s+(after)\\s+tomorrow");

    private static final Pattern NEXT_UNIT = Pattern.compile("(?i)(?:the\\s+)?(?:next|coming)\\s+century");

    /**
     * "the next century", "the coming century": the century after the publication's, in TimeML's form
     * ({@code 21} in 2031); null for other text or with no publication date. ("the next decade" is
     * as often the next ten years, a span, and is left as SUTime reads it.)
     */
    static String nextUnit(String text, LocalDate published) {
        if (published == null || !NEXT_UNIT.matcher(text.strip()).matches()) {
            return null;
        }
        return Integer.toString(published.getYear() / 100 + 1);
    }

    /** TimeML writes a decade {@code 197} and a century {@code 19}, where SUTime gives {@code 197X}, {@code 19XX}. */
    static String timeMlCentury(String value) {
        if (value.matches("\\d{3}X")) {
            return value.substring(0, 3);
        }
        return value.matches("\\d{2}XX") ? value.substring(0, 2) : value;
    }

    private static final Pattern EARLIER_THIS = Pattern.compile(
            "(?i)^(?:earlier|later)\\s+(?:on\\s+)?(?=(?:this|last|next|yesterday|today|tomorrow|tonight|monday|tuesday|"
                    + "wednesday|thursday|friday|saturday|sunday)\\b)");

    /**
     * The text that tells whether an expression counts from the publication date: "earlier this
     * month", "later this year", "earlier yesterday", "earlier Friday" do ("this month" is the publication's month), so the leading
     * "earlier"/"later" is left out of the anaphora test.
     */
    static String countedFromPublication(String text) {
        return EARLIER_THIS.matcher(text).replaceFirst("");
    }

    private static final Pattern STATED_SPAN = Pattern.compile("P(\\d{1,3})([YMWD])");

    /** No news text means a later year without writing it. */
    private static final int LATEST_YEAR = 2200;
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})(?:-.*)?");
    private static final Pattern YEARS_INTERVAL = Pattern.compile("(\\d{4})-\\S*/(\\d{4})-\\S*");

    /**
     * A value SUTime computed that no news text means: a year after 2200 that the text does not
     * write ("and 20th centuries" as 3923), or an interval of a century or more
     * counted around a day ("the new millennium" as 1498-11-10/2498-11-10).
     */
    static boolean implausible(String value, String text) {
        Matcher interval = YEARS_INTERVAL.matcher(value);
        if (interval.matches()) {
            return Math.abs(Integer.parseInt(interval.group(2)) - Integer.parseInt(interval.group(1))) >= 100;
        }
        Matcher year = YEAR_FIRST.matcher(value);
        return year.matches() && Integer.parseInt(year.group(1)) > LATEST_YEAR
                && !text.contains(year.group(1));
    }

    /** A count back of no stated number: "several years ago", "a few weeks ago", "months ago". */
    /**
     * A part of day alone before a common noun it modifies ("on the morning talk show", "evening
     * prayers", "the night shift"): a kind of show or shift, not a time of day (TimeML marks only
     * expressions that name a time).
     */
    static boolean isPartOfDayModifier(String text, List<Token> tokens, int tokenEnd) {
        if (!text.matches("(?i)morning|afternoon|evening|night|overnight") || tokenEnd >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(tokenEnd);
        return next.isNoun() && !next.pos().startsWith("NNP") && Character.isLowerCase(next.word().charAt(0))
                && !next.word().matches("(?i)hours?|times?|session|sessions");
    }

    /**
     * "China Daily", "LA Weekly": an adjective of frequency written with a capital after a capitalised
     * word inside a sentence is part of a name, no time. Before a common noun ("the annual meeting",
     * "daily flights") it stays a set of times, as TimeML marks it (TimeBank's WSJ files leave most of
     * them out, its wire files mark half of them).
     */
    static boolean isFrequencyNamePart(String text, List<Token> tokens, int tokenBegin) {
        if (!text.matches("Annual|Daily|Weekly|Monthly|Quarterly|Yearly|Nightly|Hourly|Biweekly|Semiannual")
                || tokenBegin == 0) {
            return false;
        }
        String before = tokens.get(tokenBegin - 1).word();
        return Character.isLetter(before.charAt(0)) && Character.isUpperCase(before.charAt(0));
    }

    /**
     * A unit joined by a hyphen to a word that is no number, the whole a modifier before a noun
     * ("a last-minute offer", "a long-term loan", "a one-time charge" is a number): no time.
     */
    static boolean isCompoundModifier(String text, List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (!text.matches("(?i)minute|hour|day|week|month|year|decade|century") || tokenBegin == 0
                || tokenEnd >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(tokenBegin - 1);
        String word;
        if (before.word().equals("-") && tokenBegin >= 2 && tokens.get(tokenBegin - 2).end() == before.begin()) {
            word = tokens.get(tokenBegin - 2).word(); // "last - minute", as the tokenizer splits it
        } else if (before.word().endsWith("-")) {
            word = before.word().substring(0, before.word().length() - 1);
        } else {
            return false;
        }
        return before.end() == tokens.get(tokenBegin).begin() && word.matches("(?i)[a-z]+")
                && NumberWords.value(word.toLowerCase(java.util.Locale.ROOT)) == null
                && !word.matches("(?i)a|an|half|quarter|mid|multi|several|many|few");
    }

    /**
     * An adverb of time joined by a hyphen, with no space, to the word after it, the whole a
     * modifier before a noun ("the now-cancelled deal", "a recently-announced plan", "the
     * once-mighty mill", "the currently-serving judge"): a description of the thing, no time of
     * its own (TimeML marks none; "the deal is now cancelled" keeps "now").
     */
    static boolean isHyphenedAdverb(String text, List<Token> tokens, int tokenEnd) {
        if (!text.matches("(?i)now|recently|once|currently|formerly|newly|previously|lately") || tokenEnd + 1 >= tokens.size()) {
            return false;
        }
        Token hyphen = tokens.get(tokenEnd);
        Token next = tokens.get(tokenEnd + 1);
        return hyphen.word().equals("-") && tokens.get(tokenEnd - 1).end() == hyphen.begin() && hyphen.end() == next.begin()
                && Character.isLetter(next.word().charAt(0));
    }

    /** "every two years from now": a set counted from now, as SUTime reads it with "from now" (no value). */
    private static final Pattern EVERY_FROM_NOW = Pattern.compile("(?i)(every\\s+(?:(\\S+)\\s+)?(year|month|week|day)s?)\\s+from\\s+now");

    /** The span and the year of "the first nine months of 1997", "the last six months of the year". */
    private static final Pattern SPAN_OF_YEAR = Pattern.compile("(?is)(.*\\S)\\s+of\\s+((?:(?:19|20)\\d\\d)|(?:the|this|last)\\s+year)");

    /**
     * The year of "of 1997", "of the year", "of this year", "of last year" after a counted span: the
     * year written, else the year of SUTime's interval, else the publication's (the year before's
     * for "last year"); null with no publication date for a year not written.
     */
    static String yearOfSpan(String yearText, String value, LocalDate published) {
        String y = yearText.strip().toLowerCase(java.util.Locale.ROOT);
        if (y.matches("\\d{4}")) {
            return y;
        }
        if (published == null) {
            return null;
        }
        if (y.startsWith("last")) {
            return Integer.toString(published.getYear() - 1);
        }
        Matcher interval = YEAR_FIRST.matcher(value == null ? "" : value);
        return y.startsWith("the") && value != null && INTERVAL.matcher(value).matches() && interval.matches()
                ? interval.group(1) : Integer.toString(published.getYear());
    }

    private static final Pattern DAY_KIND = Pattern.compile("(?i)business|trading|working|calendar|school");

    /**
     * The index of the count before "five business days", "10 trading days", "eight working days" when
     * SUTime read the days alone ("days", "business days"); else -1.
     */
    static int qualifiedDaysStart(String text, List<Token> tokens, int tokenBegin, int tokenEnd) {
        String t = text.strip();
        if (tokenEnd > tokens.size() || tokenBegin <= 0 || !t.matches("(?i)(?:(?:business|trading|working|calendar|school)\\s+)?days")) {
            return -1;
        }
        int kind = t.indexOf(' ') > 0 ? tokenBegin : tokenBegin - 1;
        if (kind < 1 || !DAY_KIND.matcher(tokens.get(kind).word()).matches()) {
            return -1;
        }
        String n = tokens.get(kind - 1).word().toLowerCase(java.util.Locale.ROOT);
        if (kind >= 3 && NumberWords.value(n) != null && NumberWords.value(n) < 10 && tokens.get(kind - 2).word().equals("-")
                && NumberWords.tens(tokens.get(kind - 3).word()) != null) {
            return kind - 3; // "thirty-five working days", read as three words
        }
        return n.matches("\\d{1,3}") || spelledCount(n) != null ? kind - 1 : -1;
    }

    /** A count spelled out: "seven", "twenty", "thirty-five"; null for any other word. */
    static Integer spelledCount(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        Integer n = NumberWords.value(w) != null ? NumberWords.value(w) : NumberWords.tens(w);
        int hyphen = w.indexOf('-');
        if (n == null && hyphen > 0 && NumberWords.tens(w.substring(0, hyphen)) != null) {
            Integer unit = NumberWords.value(w.substring(hyphen + 1));
            n = unit != null && unit < 10 ? NumberWords.tens(w.substring(0, hyphen)) + unit : null;
        }
        return n;
    }

    /** Words after which "past" is a preposition: a determiner, a number, a name, a time of the clock. */
    private static final Pattern AFTER_PAST_PREPOSITION = Pattern.compile("(?i)the|a|an|this|that|these|those|its|his|her|"
            + "their|our|my|your|noon|midnight|dawn|\\d.*");

    /**
     * "past" read alone where it is a preposition ("would continue past the Nov. 30 deadline", "worked
     * past midnight", "rose past 8,000"): no reference to the past. "in the past", "past years" stay.
     */
    static boolean isPrepositionPast(String text, List<Token> tokens, int tokenEnd) {
        if (!text.strip().equalsIgnoreCase("past") || tokenEnd >= tokens.size()) {
            return false;
        }
        int at = tokenEnd - 1;
        if (at > 0 && tokens.get(at - 1).word().matches("(?i)the|this|that|recent|distant|not-too-distant")) {
            return false; // "In the past the agency ignored complaints": a noun, a time gone by
        }
        String next = tokens.get(tokenEnd).word();
        return AFTER_PAST_PREPOSITION.matcher(next).matches()
                || Character.isUpperCase(next.charAt(0)) && Character.isLetter(next.charAt(0));
    }

    /**
     * Capitalised words a year follows as a date, not as part of a name: months and days ("Sept
     * 1998"), seasons and holidays ("Spring 1999", "Christmas 1997"), the kinds of year ("Fiscal
     * 1999", "Class of", "Model"), and words of a title-case headline ("Sales Rose In 1998").
     */
    private static final Pattern BEFORE_YEAR_DATE = Pattern.compile("Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
            + "Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|Thanksgiving|Hanukkah|Passover|Ramadan|Eve|Day|"
            + "Halloween|Kippur|Diwali|Eid|Lent|Advent|Pentecost|Hogmanay|Throughout|Over|Starting|Effective|Beginning|"
            + "Within|Across|Into|Under|Spanning|Covering|Including|Excluding|Except|Versus|Vs|Per|Like|"
            + "Fiscal|Calendar|Year|Years|Model|Class|Vintage|Season|Budget|Census|Election|Elections|Campaign|"
            + "Midterm|Midterms|Early|Late|Mid|End|Since|In|Of|By|For|From|To|Until|Till|Through|Before|After|"
            + "During|Around|About|Circa|And|Or|The|At|On|Between|Than|Back|Last|Next|This|That|Only|"
            + "Ended|Ending|Begun|Began|Born|Died|Founded|Established|Est|Dated|Filed|Copyright");

    /**
     * A year right after a capitalised word inside a sentence that is no month, season, holiday or
     * word of a headline ({@link #BEFORE_YEAR_DATE}): part of a name ("the Agenda 2000 reforms",
     * "Vision 2010", "Orion 1980"), no time.
     */
    static boolean isYearInName(String text, List<Token> tokens, int tokenBegin) {
        if (!text.matches("(?:19|20)\\d\\d") || tokenBegin < 2) {
            return false; // a sentence's first word may be capitalised only for opening it ("Throughout 1998,")
        }
        String before = tokens.get(tokenBegin - 1).word();
        if (!before.matches("\\p{Lu}\\p{Ll}{2,}") || BEFORE_YEAR_DATE.matcher(before).matches()
                || CalendarWords.MONTHS_AND_WEEKDAYS.contains(before.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (tokenBegin + 1 < tokens.size() && GAMES_AFTER_YEAR.matcher(tokens.get(tokenBegin + 1).word()).matches()) {
            return false; // "the Sydney 2000 Olympics", "the Turin 2006 Games": the host city and the year they are held
        }
        return tokens.get(tokenBegin - 1).end() < tokens.get(tokenBegin).begin(); // "Agenda 2000", not "Vision2000"
    }

    /**
     * Events named by a host city and their year: the year is the event's date ("Sydney 2000
     * Olympics", "Hanover 2000 Expo"). Not a summit, a conference or a championship: "Horizon 2020
     * Conference", "Vision 2030 Summit", "Formula 2000 Championship" name a programme or a class.
     */
    private static final Pattern GAMES_AFTER_YEAR = Pattern.compile("Olympics|Olympic|Paralympics|Paralympic|Games|"
            + "Expo|Exposition");

    private static final String COMPARED_UNIT = "(?i)day|week|month|quarter|year";
    private static final String COMPARED_LINK = "(?i)to|on|over";

    /**
     * A unit in a compound of two units joined by hyphens, as the tokenizer splits it ("quarter - to -
     * quarter", "year - on - year", "day - to - day"): a kind of comparison or of routine, no time.
     */
    static boolean isUnitToUnit(List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (tokenBegin < 0 || tokenEnd > tokens.size() || tokenEnd <= tokenBegin) {
            return false;
        }
        return tokenEnd + 3 <= tokens.size() && tokens.get(tokenEnd - 1).word().matches(COMPARED_UNIT)
                && joined(tokens, tokenEnd - 1, tokenEnd + 3) && tokens.get(tokenEnd).word().equals("-")
                && tokens.get(tokenEnd + 1).word().matches(COMPARED_LINK) && tokens.get(tokenEnd + 2).word().equals("-")
                && tokens.get(tokenEnd + 3).word().matches(COMPARED_UNIT)
                || tokenBegin >= 4 && tokens.get(tokenBegin).word().matches(COMPARED_UNIT)
                && joined(tokens, tokenBegin - 4, tokenBegin) && tokens.get(tokenBegin - 1).word().equals("-")
                && tokens.get(tokenBegin - 2).word().matches(COMPARED_LINK) && tokens.get(tokenBegin - 3).word().equals("-")
                && tokens.get(tokenBegin - 4).word().matches(COMPARED_UNIT);
    }

    /** Whether the tokens {@code from} to {@code to} (inclusive) follow each other with no space. */
    private static boolean joined(List<Token> tokens, int from, int to) {
        if (to >= tokens.size()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).end() != tokens.get(i + 1).begin()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a year", "per week" right after a count or an amount ("15 a year", "$2 million a year",
     * "700 seats a week", "twice a month"): a rate, which TimeML marks as a SET of each such unit.
     * "for a year", "take a year" stay spans.
     */
    static boolean isRate(String text, List<Token> tokens, int tokenBegin) {
        if (!text.matches("(?i)(?:a|an|per)\\s+(?:second|minute|hour|day|night|week|month|quarter|year)") || tokenBegin == 0) {
            return false;
        }
        if (isAmount(tokens.get(tokenBegin - 1))) {
            return true;
        }
        // "40,000 tons of zinc per year", "two barrels of crude oil a day": an amount of a substance
        int i = tokenBegin - 1;
        while (i > 0 && tokenBegin - i <= 3 && tokens.get(i).pos() != null && tokens.get(i).pos().matches("NN|JJ")) {
            i--;
        }
        return i > 0 && i < tokenBegin - 1 && tokens.get(i).word().equalsIgnoreCase("of") && isAmount(tokens.get(i - 1));
    }

    private static boolean isAmount(Token before) {
        String w = before.word().toLowerCase(java.util.Locale.ROOT);
        return "CD".equals(before.pos()) || "NNS".equals(before.pos()) || w.matches("\\d[\\d.,]*|million|billion|"
                + "thousand|hundred|percent|%|times|twice|once|thrice") || NumberWords.value(w) != null;
    }

    /**
     * A limit of a clause whose tense does not place it ("effective Feb. 1", "pay down the loan by
     * February"): the nearer of the day before and the day after the publication, with no leaning
     * to the past (a limit looks ahead as often as back); empty when the value is no partial date.
     */
    static Optional<String> nearestEither(String partial, LocalDate published) {
        return backOrAhead(partial, published, (behind, before) -> before < behind);
    }

    /**
     * The day a past planning set ("scheduled the trial for Oct. 14"): what is planned lies ahead of
     * the planning, and a report comes before the day more often than after it, so the coming such
     * day unless the one gone by is less than half as far back as the coming one is ahead ("the vote
     * scheduled for Jan. 9" in a story of Jan. 12 is the one three days back).
     */
    static Optional<String> plannedDay(String partial, LocalDate published) {
        return backOrAhead(partial, published, (behind, before) -> !(2 * behind < before));
    }

    /**
     * The partial date resolved to the publication's past or its future: the future one when
     * {@code takeAhead} says so of the days from the past one's end to publication ({@code behind})
     * and from publication to the future one's start ({@code before}); empty when either is no date.
     */
    private static Optional<String> backOrAhead(String partial, LocalDate published,
            java.util.function.BiPredicate<Long, Long> takeAhead) {
        Optional<String> back = DateResolver.resolve(partial, published, Tense.PAST);
        Optional<String> ahead = DateResolver.resolve(partial, published, Tense.FUTURE);
        if (back.isEmpty() || ahead.isEmpty()) {
            return Optional.empty();
        }
        var b = DateRange.of(back.get());
        var a = DateRange.of(ahead.get());
        if (b.isEmpty() || a.isEmpty()) {
            return Optional.empty();
        }
        long behind = published.toEpochDay() - b.get().end().toEpochDay();
        long before = a.get().begin().toEpochDay() - published.toEpochDay();
        return Optional.of(takeAhead.test(behind, before) ? ahead.get() : back.get());
    }

    /** "the third day", "the 10th straight day", "its second week", "its 12th year": a day (week, month, year) counted within some event. */
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:(?:(?:straight|consecutive|full)\\s+)?(?:day|week|month)"
            // "the third consecutive quarter", "a fifth straight year": counted from a start, no calendar quarter
            + "|(?:straight|consecutive|successive)\\s+(?:quarter|year)"
            // "now in its 12th year", "the war's third year", "his 22nd season": counted from a start
            // (SUTime had "third year" two years after the publication's)
            + "|year|season)");
    /** "midnight" with the day it ends: "midnight Friday", "Friday at midnight". */
    private static final Pattern MIDNIGHT_OF_DAY = Pattern.compile("(?i)\\bmidnight\\b.*\\w|\\w.*\\bmidnight\\b");

    private static final Pattern VAGUE_AGO = Pattern.compile("(?i)(?:(?:a\\s+)?few|several|many|some|(?:a\\s+)?couple\\s+of)?\\s*"
            + "(?:years|decades|months|weeks|days|hours|minutes)\\s+ago");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(years?|decades?|centur(?:y|ies)|months?|weeks?)\\s+(?:ago|earlier|before|from\\s+now)\\b");

    /**
     * A date counted back or on in years, months or weeks ("a year ago", "two months earlier", "a
     * decade from now") named at that granularity: the year, the month or the ISO week, not the day
     * it was counted to.
     */
    static String atStatedGranularity(String text, String value) {
        Matcher m = AGO.matcher(text);
        if (!m.find() || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        String unit = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (unit.startsWith("year") || unit.startsWith("decade") || unit.startsWith("centur")) {
            return value.substring(0, 4); // "a decade ago", "a century ago": a year
        }
        if (unit.startsWith("month")) {
            return value.substring(0, 7);
        }
        return isoWeek(LocalDate.parse(value));
    }

    private static final Pattern AGE = Pattern.compile("(?i).*\\b(?:years?|months?|weeks?|days?)[- ]old$");

    /**
     * Whether a duration is an age: "6-year-old", "52 years old", or a duration the word "old"
     * follows ("a 6-year -old"); an age is no time expression in TimeML.
     */
    static boolean isAge(String text, List<Token> tokens, int tokenEnd) {
        if (AGE.matcher(text).matches()) {
            return true;
        }
        int i = tokenEnd;
        if (i < tokens.size() && tokens.get(i).word().equals("-")) {
            i++;
        }
        // "a 17-year-old", "17-year-olds" (the noun)
        return i < tokens.size() && tokens.get(i).word().matches("(?i)-?olds?");
    }

    private static final Pattern UNIT_OF_THE_YEAR = Pattern.compile("(?i)(?:the\\s+)?(?:day|week|weekend|month|night)\\s+of\\s+(the\\s+year)");
    /** "the new year" written in lower case: the coming year, not the holiday. */
    private static final Pattern THE_NEW_YEAR = Pattern.compile("(?:the\\s+)?new\\s+year");
    /** A day or two before or after a month and day the text names: "the day before Nov. 20", "two days after March 3". */
    private static final Pattern DAYS_FROM_NAMED_DAY = Pattern.compile("(?i)(?:the|a|one|two|three|\\d)\\s+(?:days?\\s+)?"
            + "(?:before|after)\\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            // a holiday of a fixed day, which names its month and day as a date does ("the day after Christmas")
            + "|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year\\W?s(?:\\s+Day|\\s+Eve)?|Halloween|Valentine\\W?s\\s+Day)");
    private static final Pattern AGO_THIS = Pattern.compile("(?i)(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|twenty|thirty|forty|fifty)\\s+(years?|months?|weeks?)\\s+ago\\s+(?:this\\s+(week|month|year)|(today))");
    private static final Pattern EVERY_OTHER = Pattern.compile("(?i)every\\s+other\\s+(day|week|month|year)");

    private static final String ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            + "twelfth|\\d{1,3}(?:st|nd|rd|th))";
    private static final Pattern ORDINAL_RUN = Pattern.compile("(?i)\\b" + ORDINAL + "\\s+(?:(?:straight|consecutive|successive)\\s+"
            + "(?:days?|weeks?|months?|quarters?|years?|sessions?|seasons?)|(?:(?:straight|consecutive|successive)\\s+)?"
            + "(?:day|week|month|quarter|year|session|season)\\s+in\\s+a\\s+row)\\b");

    /**
     * "for the fifth week in a row", "its third straight year of gains", "the third consecutive
     * month": the place of a time in a run of them, counted from the run's start, which TimeML
     * annotators leave unmarked (TimeBank marks no such phrase); the words around the mention are
     * read, since SUTime may give the unit alone ("year") or the whole phrase.
     */
    static boolean isOrdinalRun(String text, List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (!text.matches("(?is).*\\b(?:days?|weeks?|months?|quarters?|years?|sessions?|seasons?)(?:\\s+in\\s+a\\s+row)?")
                || tokenBegin < 0 || tokenEnd > tokens.size()) {
            return false;
        }
        int from = Math.max(0, tokenBegin - 3);
        int to = Math.min(tokens.size(), tokenEnd + 3);
        StringBuilder window = new StringBuilder();
        int unitAt = -1;
        for (int i = from; i < to; i++) {
            if (i == tokenEnd - 1) {
                unitAt = window.length();
            }
            window.append(tokens.get(i).word()).append(' ');
        }
        Matcher m = ORDINAL_RUN.matcher(window);
        while (m.find()) {
            if (m.start() <= unitAt && unitAt < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "paid by the hour", "rented by the week", "growing by the day": "by the" and a unit with nothing
     * after it that names one such unit ("by the day's end", "by the week of May 4" do).
     */
    static boolean isByTheUnit(String text, List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (!text.matches("(?i)the\\s+(?:minute|hour|day|night|week|month|year)") || tokenBegin == 0) {
            return false;
        }
        if (!tokens.get(tokenBegin - 1).word().equalsIgnoreCase("by")) {
            return false;
        }
        return tokenEnd >= tokens.size() || !tokens.get(tokenEnd).word().matches("(?i)of|'s|’s|after|before|when");
    }

    /** "a second" or "the second" before a noun: an ordinal ("a second term", "for the second time"), no span of time. */
    static boolean isOrdinalSecond(String text, List<Token> tokens, int tokenEnd) {
        return ORDINAL_SECOND.matcher(text).matches() && tokenEnd < tokens.size() && tokens.get(tokenEnd).pos() != null
                && tokens.get(tokenEnd).pos().startsWith("NN");
    }

    private static final Pattern ORDINAL_SECOND = Pattern.compile("(?i)(a|the|one) second");

    /**
     * Nouns of an age or a people that "today's" places in the present age, not on the day of
     * writing ("in today's economy", "today's teenagers", "today's world"): a closed class. What is
     * done or shown on a day keeps the day ("today's vote", "today's editions", "today's session").
     */
    private static final java.util.Set<String> AGE_NOUNS = java.util.Set.of("world", "economy", "society", "culture",
            "climate", "environment", "marketplace", "workplace", "youth", "generation", "generations", "children",
            "kids", "teenagers", "teens", "youngsters", "parents", "families", "consumers", "workers", "students",
            "voters", "standards", "technology", "era", "age", "times");

    /**
     * "today" before "'s" and a noun of an age or a people ({@link #AGE_NOUNS}), adjectives between
     * ("today's young voters", "in today's global economy"): the present age, TimeML's
     * {@code PRESENT_REF}.
     */
    static boolean isGenericToday(String text, List<Token> tokens, int tokenEnd) {
        if (!text.strip().equalsIgnoreCase("today") || tokenEnd + 1 >= tokens.size()
                || !tokens.get(tokenEnd).word().matches("'s|’s")) {
            return false;
        }
        for (int i = tokenEnd + 1; i < tokens.size() && i <= tokenEnd + 4; i++) {
            String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (AGE_NOUNS.contains(w)) {
                return true;
            }
            if (!tokens.get(i).isTagged() || !tokens.get(i).pos().matches("JJ.*|VBN|NN")) {
                return false; // "today's young voters": adjectives (or a noun modifier) before the noun
            }
        }
        return false;
    }

    /** Nouns a weekday's name before them makes a kind of thing, not a day ("Sunday school", "Sunday best"). */
    private static final java.util.Set<String> WEEKDAY_KINDS = java.util.Set.of("school", "schools", "best");

    /** A weekday's name alone before a noun of {@link #WEEKDAY_KINDS}: no day ("taught Sunday school for years"). */
    static boolean isWeekdayKind(String text, List<Token> tokens, int tokenEnd) {
        return WEEKDAY_NAME.matcher(text.strip()).matches() && tokenEnd < tokens.size()
                && WEEKDAY_KINDS.contains(tokens.get(tokenEnd).word());
    }

    /**
     * "a day" before a common noun it modifies ("a day hike", "a day trip", "a day pass"): a kind of
     * trip or ticket, no span of a day.
     */
    static boolean isDayModifier(String text, List<Token> tokens, int tokenEnd) {
        if (!text.strip().equalsIgnoreCase("a day") || tokenEnd >= tokens.size() || !tokens.get(tokenEnd).isTagged()) {
            return false;
        }
        Token next = tokens.get(tokenEnd);
        return next.pos().equals("NN") && Character.isLowerCase(next.word().charAt(0))
                && !next.word().matches("(?i)earlier|later|ago|before|after|off|or|and");
    }

    /**
     * "day" alone, with neither a number nor "a" before it ("his day in court", "a sad day", "on
     * days when"): no span of time. "that day" and "the same day" are left as SUTime reads them.
     */
    static boolean isBareDay(String text, List<Token> tokens, int tokenBegin) {
        if (!text.equals("day")) {
            return false;
        }
        String before = tokenBegin > 0 ? tokens.get(tokenBegin - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        return !before.equals("that") && !before.equals("same");
    }

    private static final Pattern VAGUE_SPAN_VALUE = Pattern.compile("PT?X[A-Z]");

    /**
     * "weeks or months", "days or even weeks": two vague spans offered as alternatives are one span
     * of unknown length (TimeML's value is the first's), not two.
     */
    static List<TimeMention> alternatives(List<TimeMention> found, List<Token> tokens) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention a = out.get(i);
            TimeMention b = out.get(i + 1);
            if (!"DURATION".equals(a.type()) || !"DURATION".equals(b.type()) || !VAGUE_SPAN_VALUE.matcher(a.value()).matches()
                    || !VAGUE_SPAN_VALUE.matcher(b.value()).matches()) {
                continue;
            }
            List<String> between = new ArrayList<>();
            StringBuilder text = new StringBuilder(a.text());
            int at = a.end();
            for (Token t : tokens) {
                if (t.begin() >= a.end() && t.end() <= b.begin()) {
                    between.add(t.word().toLowerCase(java.util.Locale.ROOT));
                    text.append(" ".repeat(Math.max(1, t.begin() - at))).append(t.word());
                    at = t.end();
                }
            }
            if (between.isEmpty() || !between.get(0).equals("or") || between.size() > 2
                    || between.size() == 2 && !between.get(1).equals("even")) {
                continue;
            }
            text.append(" ".repeat(Math.max(1, b.begin() - at))).append(b.text());
            out.set(i, new TimeMention(a.type(), a.value(), text.toString(), a.begin(), b.end(), a.sentence(), a.anchored(),
                    a.resolution(), a.rangeBegin(), a.rangeEnd(), a.precision()));
            out.remove(i + 1);
        }
        return out;
    }

    private static final Pattern WEEKDAY_NAME = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d\\d");
    /** A month's name or its abbreviation, in any case (used with {@code (?i)}). */
    private static final String MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DAY_OF_MONTH = "\\d{1,2}(?:st|nd|rd|th)?";
    /** A month's name alone: "June", "Sept.". */
    private static final Pattern MONTH_NAME_TEXT = Pattern.compile("(?i)" + MONTH_WORD);
    /** A day of a month with no year written: "June 3", "Sept. 13", "3 June". */
    private static final Pattern MONTH_DAY_TEXT = Pattern.compile("(?i)(?:" + MONTH_WORD + "\\s+" + DAY_OF_MONTH + "|"
            + DAY_OF_MONTH + "\\s+" + MONTH_WORD + ")");

    /**
     * "from Monday to Wednesday", "Tuesday through Friday": two dates, the ends of one range, so the
     * second weekday is never before the first. Each is read alone (a future clause takes the next
     * Monday but the Wednesday of this week); where they cross, the range is moved as a whole to the
     * side of the publication the first day lies on: a range starting after the publication ends on
     * the first such weekday after its start, one starting before it starts on the last such weekday
     * before its end. The same holds of days and months with their year unwritten, a year the step
     * ("ran from June 3 to June 9", "from December to February"); and such a range is shorter than
     * its step, so an end read a step or more after its start (the end follows "to", a limit read as
     * the nearest such day) is moved back to the first after the start.
     */
    static List<TimeMention> weekdayRanges(List<TimeMention> found, List<Token> tokens, LocalDate published) {
        if (published == null) {
            return found;
        }
        List<TimeMention> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention a = out.get(i);
            TimeMention b = out.get(i + 1);
            boolean days = DAY_VALUE.matcher(a.value()).matches() && DAY_VALUE.matcher(b.value()).matches();
            boolean months = MONTH_VALUE.matcher(a.value()).matches() && MONTH_VALUE.matcher(b.value()).matches()
                    && MONTH_NAME_TEXT.matcher(a.text().strip()).matches() && MONTH_NAME_TEXT.matcher(b.text().strip()).matches();
            if (!"DATE".equals(a.type()) || !"DATE".equals(b.type()) || !days && !months) {
                continue;
            }
            boolean weekdays = days && WEEKDAY_NAME.matcher(a.text()).matches() && WEEKDAY_NAME.matcher(b.text()).matches();
            if (days && !weekdays && !(MONTH_DAY_TEXT.matcher(a.text().strip()).matches()
                    && MONTH_DAY_TEXT.matcher(b.text().strip()).matches())) {
                continue;
            }
            List<String> between = new ArrayList<>();
            for (Token t : tokens) {
                if (t.begin() >= a.end() && t.end() <= b.begin()) {
                    between.add(t.word().toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (between.size() != 1 || !between.get(0).matches("to|through|thru|until|till|-|--|–|—")) {
                continue; // "Monday and Wednesday" are two days, in either order
            }
            LocalDate start = LocalDate.parse(months ? a.value() + "-01" : a.value());
            LocalDate end = LocalDate.parse(months ? b.value() + "-01" : b.value());
            java.time.Period step = weekdays ? java.time.Period.ofWeeks(1) : java.time.Period.ofYears(1);
            if (!end.isBefore(start.plus(step))) {
                // "ran from June 3 to June 9": the end is read as a limit, the nearest June 9, a year after the
                // start the clause's tense placed; a range with its year unwritten is shorter than a year
                while (!end.isBefore(start.plus(step))) {
                    end = end.minus(step);
                }
                out.set(i + 1, months ? withMonth(b, end) : withDay(b, end));
                continue;
            }
            if (!end.isBefore(start)) {
                continue;
            }
            if (start.isAfter(published)) {
                while (end.isBefore(start)) {
                    end = end.plus(step);
                }
                out.set(i + 1, months ? withMonth(b, end) : withDay(b, end));
            } else {
                while (start.isAfter(end)) {
                    start = start.minus(step);
                }
                out.set(i, months ? withMonth(a, start) : withDay(a, start));
            }
        }
        return out;
    }

    private static TimeMention withMonth(TimeMention m, LocalDate day) {
        return withValue(m, java.time.YearMonth.from(day).toString());
    }

    private static TimeMention withDay(TimeMention m, LocalDate day) {
        return withValue(m, day.toString());
    }

    private static TimeMention withValue(TimeMention m, String value) {
        var range = DateRange.of(value);
        return new TimeMention(m.type(), value, m.text(), m.begin(), m.end(), m.sentence(), m.anchored(),
                m.resolution(), range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                range.map(DateRange::precision).orElse(null));
    }

    private static final Pattern MONTH_DAY_VALUE = Pattern.compile("([\\dX]{4}-\\d\\d)-(\\d\\d)");

    /**
     * The end of a range of days written with its month once ("Aug. 3-5", "March 10 to 15",
     * "Sept. 13 and 14"): the second day, of the first one's month and year; null when the words
     * after the date ({@code tokens} from {@code tokenEnd}) are no such range (a count, an amount,
     * a unit, a day that is not later).
     */
    static TimeMention dayRangeEnd(String value, String text, List<Token> tokens, int tokenEnd, int sentence,
            boolean anchored, TimeMention.Resolution resolution) {
        Matcher v = MONTH_DAY_VALUE.matcher(value);
        if (!v.matches() || !text.matches("(?s).*\\b\\d{1,2}") || tokenEnd + 1 >= tokens.size()
                || !tokens.get(tokenEnd).word().matches("(?i)-|–|--|to|through|thru|until|till|and")
                || !tokens.get(tokenEnd + 1).word().matches("\\d{1,2}")) {
            return null;
        }
        int first = Integer.parseInt(v.group(2));
        int last = Integer.parseInt(tokens.get(tokenEnd + 1).word());
        if (last <= first || last > 31 || tokenEnd + 2 < tokens.size()
                && tokens.get(tokenEnd + 2).word().matches("(?i)[a-z%].*") && !tokens.get(tokenEnd + 2).word().matches("(?i)in|at|on|and|or|to|for|with|from|when|as|by")) {
            return null; // "Aug. 3 and 5 percent", "Aug. 3 to 5 p.m.", "March 10 to 15 years"
        }
        String endValue = v.group(1) + "-" + (last < 10 ? "0" : "") + last;
        var range = DateRange.of(endValue);
        Token t = tokens.get(tokenEnd + 1);
        return new TimeMention("DATE", endValue, t.word(), t.begin(), t.end(), sentence, anchored, resolution,
                range.map(DateRange::begin).orElse(null), range.map(DateRange::end).orElse(null),
                range.map(DateRange::precision).orElse(null));
    }

    /**
     * "Acme's year", "its finest hour", "their week": a unit owned by someone is that one's time of
     * success or trouble, no span of a stated length.
     */
    static boolean isPossessed(String text, List<Token> tokens, int tokenBegin) {
        if (!text.matches("(?i)hour|day|week|month|year|decade") || tokenBegin == 0) {
            return false;
        }
        int i = tokenBegin - 1;
        if ("JJS".equals(tokens.get(i).pos()) && i > 0) {
            i--; // "the company's finest hour"
        }
        return tokens.get(i).word().matches("(?i)'s|’s|'|his|her|its|their|our|my|your");
    }

    /**
     * A unit word written with a capital inside a sentence ("Sandra Day O'Connor", "International
     * Women's Day"): part of a name.
     */
    static boolean isNamePart(String text, List<Token> tokens, int tokenBegin) {
        return tokenBegin > 0 && text.matches("(?:Day|Days|Week|Weeks|Month|Year|Years|Hour|Century)")
                && !tokens.get(tokenBegin - 1).word().matches("[.!?:\"'`]+");
    }

    /**
     * "the Six-Day War", "the Hundred Years War", "the Seven Years' War": a length written with
     * capitals before a capitalised noun is part of a name (the war's), no span of time.
     */
    static boolean isCapitalisedLengthInName(String text, List<Token> tokens, int tokenEnd) {
        if (!text.matches("(?:the\\s+)?(?:[A-Z][a-z]+[- ])+(?:Day|Days|Week|Weeks|Month|Months|Year|Years|Hour|Hours)") || tokenEnd >= tokens.size()) {
            return false;
        }
        int next = tokenEnd;
        if (tokens.get(next).word().matches("'|’") && next + 1 < tokens.size()) {
            next++; // "the Seven Years' War"
        }
        String w = tokens.get(next).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
    }

    /**
     * Whether an expression already read overlaps {@code [begin, end)} and is at least as long;
     * a shorter one that overlaps is dropped in favour of the new one.
     */
    private static boolean overlapsLonger(List<TimeMention> out, int begin, int end) {
        for (int i = 0; i < out.size(); i++) {
            TimeMention m = out.get(i);
            if (m.begin() < end && begin < m.end()) {
                if (m.end() - m.begin() >= end - begin) {
                    return true;
                }
                out.remove(i--);
            }
        }
        return false;
    }

    /** Tokens on either side of a candidate word that SUTime reads with it. */
    static final int WINDOW = 4;
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d\\d|\\d{1,2}(?:[ap]\\.?m\\.?)?");

    /**
     * SUTime's cost grows with the tokens it reads: it reads windows of {@value #WINDOW} tokens
     * around the candidate words of a sentence instead of the whole sentence, and not even those
     * when the window holds nothing but a fully stated date ({@link ExplicitDates}).
     */
    private List<CoreMap> inWindows(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        boolean[] candidates = candidates(labels);
        List<CoreMap> found = new ArrayList<>();
        for (int[] w : windows(candidates)) {
            // a sentence can be very long (a text with no sentence ends): answer a deadline between windows
            if (Thread.currentThread().isInterrupted()) {
                throw new edu.stanford.nlp.util.RuntimeInterruptedException();
            }
            Optional<CoreMap> plain = ExplicitDates.of(labels, w[0], w[1], candidates);
            if (plain.isPresent()) {
                found.add(plain.get());
            } else {
                List<CoreMap> read = new ArrayList<>(sutime(labels, w[0], w[1]));
                read = read.stream().flatMap(te -> reread(labels, te).stream()).collect(java.util.stream.Collectors.toList());
                List<CoreMap> more = ExplicitDates.leftOver(labels, w[0], w[1], read); // may lengthen what SUTime read
                found.addAll(read);
                found.addAll(more);
                found.addAll(lostDeictic(labels, w[0], w[1], found));
            }
        }
        return found;
    }

    /** A time counted from the publication in two words: "this morning", "last week", "next month". */
    private static final Pattern DEICTIC_UNIT = Pattern.compile(
            "(?i)morning|afternoon|evening|night|week|weekend|month|year|quarter|spring|summer|fall|autumn|winter");

    /**
     * "this morning", "last week", "next month" in tokens {@code [from, to)} that no reading covers:
     * SUTime can join such a time to a span after it ("resumed this morning after a two-day break")
     * and then give back only the span; each is read alone again.
     */
    private List<CoreMap> lostDeictic(List<CoreLabel> labels, int from, int to, List<CoreMap> read) {
        List<CoreMap> out = new ArrayList<>();
        for (int i = from; i + 1 < to; i++) {
            if (!labels.get(i).word().matches("(?i)this|last|next") || !DEICTIC_UNIT.matcher(labels.get(i + 1).word()).matches()) {
                continue;
            }
            int b = labels.get(i).beginPosition();
            int e = labels.get(i + 1).endPosition();
            boolean covered = read.stream().anyMatch(x -> {
                Integer xb = x.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer xe = x.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                return xb != null && xe != null && xb < e && b < xe;
            });
            if (!covered) {
                CoreMap alone = best(readAlone(labels, i, i + 2));
                if (alone != null) {
                    out.add(alone);
                }
            }
        }
        return out;
    }

    private static final Pattern NAMED_DAY = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|"
            + "January|February|March|April|June|July|August|September|October|November|December|"
            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:this|last|next)");

    /**
     * The tokens of the text from {@code begin} to {@code end}: {a, b}, from a to b (exclusive), the
     * last token starting at {@code begin} and the last ending at {@code end}; -1 where none does.
     */
    private static int[] tokenSpan(List<CoreLabel> labels, int begin, int end) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).beginPosition() == begin) {
                a = i;
            }
            if (labels.get(i).endPosition() == end) {
                b = i + 1;
            }
        }
        return new int[] {a, b};
    }

    /**
     * "began to fall Tuesday afternoon", "prices may fall next year": SUTime reads the verb "fall"
     * as the season with the time after it. Unless a word that makes it the season stands before it
     * ("this fall", "in the fall", "last fall"), the time after the verb is read alone; null when
     * "fall" is the season.
     */
    private List<CoreMap> fallAsVerb(List<CoreLabel> labels, int begin, int end) {
        int[] span = tokenSpan(labels, begin, end);
        int a = span[0];
        int b = span[1];
        if (a < 0 || b <= a + 1) {
            return null;
        }
        String before = a > 0 ? labels.get(a - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        if (BEFORE_SEASON.contains(before) || before.matches("the|in|of|during|by|until|since|through|each|every|this|its")) {
            return null;
        }
        CoreMap best = best(readAlone(labels, a + 1, b));
        return best == null ? List.of() : List.of(best);
    }

    /**
     * "on November 11, three days later than planned": SUTime adds the count to the date before
     * it, while the count only compares that date with another; the date is read alone (null when
     * it has no value alone). With no "than" ("in 1992, and three years later") the count is a
     * time of its own and is read alone too, after the date.
     */
    private List<CoreMap> dateThenCount(List<CoreLabel> labels, int begin, int end) {
        int[] span = tokenSpan(labels, begin, end);
        int a = span[0];
        int b = span[1];
        int comma = -1;
        for (int i = Math.max(a, 0); i < labels.size() && comma < 0; i++) {
            if (labels.get(i).word().equals(",")) {
                comma = i;
            }
        }
        if (a < 0 || comma <= a || b <= comma + 1) {
            return null;
        }
        CoreMap date = best(readAlone(labels, a, comma));
        if (date == null) {
            return null;
        }
        if (b < labels.size() && labels.get(b).word().equalsIgnoreCase("than")) {
            // the count compares the date with another ("three days later than planned"): no day of its own
            return List.of(date);
        }
        // "founded in 1992, and three years later": a day of its own, counted from the date before
        int c = comma + 1;
        while (c < b && labels.get(c).word().toLowerCase(java.util.Locale.ROOT).matches("and|then|but|only")) {
            c++;
        }
        List<CoreMap> count = c < b ? readAlone(labels, c, b) : List.of();
        return count.isEmpty() ? List.of(date) : List.of(date, count.get(0));
    }

    /** "2019, the same year": the date before the comma and the words after it, each read alone; null when the date has no value. */
    private List<CoreMap> dateThenSame(List<CoreLabel> labels, int begin, int end) {
        int[] span = tokenSpan(labels, begin, end);
        int a = span[0];
        int b = span[1];
        int comma = -1;
        for (int i = b - 1; i >= Math.max(a, 0) && comma < 0; i--) {
            if (labels.get(i).word().equals(",")) {
                comma = i; // the last comma: "Jan. 3, 2019, the same day"
            }
        }
        if (a < 0 || comma <= a || b <= comma + 1) {
            return null;
        }
        CoreMap date = best(readAlone(labels, a, comma));
        if (date == null) {
            return null;
        }
        List<CoreMap> same = readAlone(labels, comma + 1, b);
        return same.isEmpty() ? List.of(date) : List.of(date, same.get(0));
    }

    /**
     * SUTime sometimes reads a date together with words that count from something else ("Nov. 3,
     * the day before", "days after Oct. 12, the day before", "Monday before leaving", "the early
     * hours of Thursday morning", "the second this year") and gives the whole no value: the date
     * inside (from its month or weekday name, or "this"/"last"/"next", to a comma or a closing
     * "before"/"after") is read again alone and kept when it has a value. A stated count before
     * it ("for more than four hours Friday") is a span of its own: the two are read apart, and
     * both kept when both have a value.
     */
    private List<CoreMap> reread(List<CoreLabel> labels, CoreMap te) {
        Timex timex = te.get(TimeAnnotations.TimexAnnotation.class);
        String text = te.get(CoreAnnotations.TextAnnotation.class);
        Integer begin = te.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = te.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (timex != null && text != null && begin != null && end != null
                && text.matches("(?is)[^,]+,\\s+(?:\\S+\\s+){1,3}(?:later|earlier)")) {
            List<CoreMap> parts = dateThenCount(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null && SPAN_FROM_DAY.matcher(text).matches()) {
            List<CoreMap> parts = spanFromDay(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null
                && text.matches("(?is).+,\\s+(?:the\\s+same|that)\\s+(?:day|week|month|year)")) {
            // "in 2019, the same year": the date and the unit that repeats it, read apart (the second
            // is the story's own, see NarrativeDates), where SUTime gives the whole no value
            List<CoreMap> parts = dateThenSame(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null && (timex.value() == null || "XXXX".equals(timex.value()))
                && COMMA_JOINED.matcher(text).matches()) {
            List<CoreMap> parts = commaApart(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null && (timex.value() == null || timex.value().equals("XXXX"))
                && TIME_AFTER_SPAN.matcher(text).matches()) {
            List<CoreMap> parts = timeThenSpan(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null && YEAR_TO_COUNT.matcher(text).matches()) {
            List<CoreMap> parts = yearThenCount(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null && CLOCK_TO_CLOCK.matcher(text).matches()) {
            List<CoreMap> parts = clockToClock(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null && DAY_PLACE_CLOCK.matcher(text).matches()) {
            List<CoreMap> parts = dayThenClock(labels, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        if (timex != null && text != null && begin != null && end != null
                && (UNIT_SINCE.matcher(text).matches() || RATE_SINCE.matcher(text).matches())) {
            List<CoreMap> since = sinceAlone(labels, te, begin, end);
            if (since != null) {
                return since;
            }
        }
        if (timex != null && text != null && begin != null && end != null && text.matches("(?is)fall\\s+\\S.*")) {
            List<CoreMap> verb = fallAsVerb(labels, begin, end);
            if (verb != null) {
                return verb;
            }
        }
        if (timex != null && text != null && begin != null && end != null && text.matches("(?s)(?:may\\s+)?(?i:last)\\s+\\S.*")) {
            // "a round that may last months", "could last weeks": after a modal "last" is the verb
            // whatever its tag (SUTime reads a lower-case "may" before it as the month)
            int[] at = tokenSpan(labels, begin, end);
            int last = text.startsWith("may") ? at[0] + 1 : at[0];
            boolean modal = last > 0 && labels.get(last - 1).word().matches(MODAL);
            // "to begin this summer and last about 18 months": before "about", "nearly", "for" … the
            // adjective never stands ("the last about …" is no English), the verb does
            boolean approximated = last >= 0 && last + 2 < at[1] && labels.get(last + 1).word().matches(LAST_VERB_NEXT);
            if (modal || approximated) {
                List<CoreMap> verb = lastAsVerb(labels, last, at[1], true);
                if (verb != null) {
                    return verb;
                }
            }
        }
        if (timex == null || text == null || begin == null || end == null
                || timex.value() != null && !timex.value().equals("XXXX") && !text.matches("(?is).*\\b(?:before|after)")) {
            return List.of(te);
        }
        // the expression's tokens: from a to b (exclusive)
        int[] span = tokenSpan(labels, begin, end);
        int a = span[0];
        int b = span[1];
        if (text.matches("(?i)last\\s+.*")) {
            List<CoreMap> verb = lastAsVerb(labels, a, b, false);
            if (verb != null) {
                return verb;
            }
        }
        if (timex.value() == null && timex.altVal() != null && !timex.altVal().contains("INTERSECT")
                && !text.matches("(?is).*\\b(?:before|after)")) {
            return List.of(te); // "late last week", "later this year": SUTime's own offset, resolved later
        }
        if (a < 0 || b <= a + 1) {
            return List.of(te);
        }
        List<CoreMap> listed = listed(labels, timex, a, b);
        if (listed != null) {
            return listed;
        }
        int f = a;
        boolean counted = false;
        while (f < b && !NAMED_DAY.matcher(labels.get(f).word()).matches()) {
            String w = labels.get(f).word().toLowerCase(java.util.Locale.ROOT);
            if (w.matches("\\d+") || NumberWords.value(w) != null || w.matches("several|few")) {
                counted = true; // "four hours Friday": a stated count SUTime read with its day
            }
            f++;
        }
        if (counted) {
            // only a span right before its day: "two weeks from Friday" counts from the day
            // "three days last week": a span and the week it fell in (the two are read apart only
            // when SUTime gave the whole no value)
            boolean offset = f < b && labels.get(f).word().matches("(?i)this|last|next");
            if (f < b && f > a + 1 && (timex.value() == null || timex.value().equals("XXXX"))) {
                // "three days in late September", "for three hours on Monday": the span and the month or
                // day it fell in, read apart
                int u = f - 1;
                while (u > a && labels.get(u).word().matches("(?i)in|on|of|during|early|late|mid|mid-|the")) {
                    u--;
                }
                if (u < f - 1 && labels.get(u).word().matches("(?i)(?:second|minute|hour|day|week|month|year)s?")) {
                    return apart(labels, te, a, u + 1, b);
                }
            }
            return f < b && f > a && (!offset || timex.value() == null || timex.value().equals("XXXX"))
                    && labels.get(f - 1).word().matches("(?i)(?:second|minute|hour|day|week|month|year)s?")
                    ? apart(labels, te, a, f, b) : List.of(te);
        }
        if (f >= b || f > 0 && labels.get(f - 1).word().matches("(?i)the|previous|preceding|following|prior|same|that")) {
            return List.of(te); // "the next morning", "the last day": counted from the story, see NarrativeDates
        }
        int e = b;
        if (labels.get(e - 1).word().matches("(?i)before|after")) {
            e--;
        }
        for (int i = f + 1; i < e; i++) {
            if (labels.get(i).word().equals(",")) {
                e = i;
                break;
            }
        }
        if (f == a && e == b || e <= f) {
            return List.of(te);
        }
        CoreMap best = best(readAlone(labels, f, e));
        if (best == null) {
            // "the early hours of Sunday": SUTime cannot read "Sunday" alone either; what it leaves out is read here
            List<CoreMap> left = ExplicitDates.leftOver(labels, f, e, new ArrayList<>());
            best = left.size() == 1 ? left.get(0) : null;
        }
        return best == null ? List.of(te) : List.of(best);
    }

    /**
     * A list SUTime read as one expression and could not value ("a few years ago, several weeks
     * ago", SUTime's intersection of two offsets): each part between the commas, "and" and "or"
     * read alone; null when there is no such list or a part has no value alone.
     */
    private List<CoreMap> listed(List<CoreLabel> labels, Timex timex, int a, int b) {
        if (timex.value() != null || timex.altVal() == null || !timex.altVal().contains("INTERSECT")) {
            return null;
        }
        List<CoreMap> parts = new ArrayList<>();
        int from = a;
        for (int i = a; i <= b; i++) {
            if (i < b && !labels.get(i).word().matches("(?i),|and|or")) {
                continue;
            }
            if (i > from) {
                CoreMap part = best(readAlone(labels, from, i));
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            from = i + 1;
        }
        boolean joined = false;
        boolean allAgo = true;
        for (int i = a; i < b; i++) {
            joined |= labels.get(i).word().matches("(?i)and|or");
            allAgo &= !labels.get(i).word().equals(",") || labels.get(i - 1).word().equalsIgnoreCase("ago");
        }
        allAgo &= labels.get(b - 1).word().equalsIgnoreCase("ago");
        // "Sunday, March 8", "Oct. 12, the day before": a comma alone joins a date and its apposition
        return parts.size() > 1 && (joined || allAgo) ? parts : null;
    }

    /** A day, a place after "in", and a clock after "at" that SUTime read as one TIME. */
    private static final Pattern DAY_PLACE_CLOCK = Pattern.compile("(?is)(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday|today|yesterday|tomorrow)\\s+in\\s+[^\\d]+?\\s+at\\s+\\d.*");

    /**
     * "made its first flight Tuesday in Quenlow at 18:00 UTC": the day and the clock, read apart
     * (the place between is no part of a time; the clock then takes the day, see NarrativeDates);
     * null when either has no value alone.
     */
    private List<CoreMap> dayThenClock(List<CoreLabel> labels, int begin, int end) {
        int[] span = tokenSpan(labels, begin, end);
        int a = span[0];
        int b = span[1];
        if (a < 0 || b <= a + 4) {
            return null;
        }
        int at = -1;
        for (int i = b - 1; i > a + 2; i--) {
            if (labels.get(i).word().equalsIgnoreCase("at")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return null;
        }
        CoreMap day = best(readAlone(labels, a, a + 1));
        CoreMap clock = best(readAlone(labels, at + 1, b));
        return day == null || clock == null ? null : List.of(day, clock);
    }

    /** A modal before a verb: "may", "could", "will" ("may last months"). */
    private static final String MODAL = "(?i)may|might|will|would|could|can|should|must|'ll";

    /** Words after "last" that only the verb takes: an approximation or "for" before a length ("last about 18 months"). */
    private static final String LAST_VERB_NEXT = "(?i)about|nearly|almost|roughly|around|approximately|for";

    /**
     * "will last one day", "is expected to last two weeks": "last" tagged as a verb, or after a
     * modal whatever its tag, is no "last" of a date; the span after it (tokens {@code a} to
     * {@code b}, exclusive) is read alone (kept when it has a value). Null when "last" is no verb here.
     *
     * @param verb whether the words after "last" already show it is the verb ({@link #LAST_VERB_NEXT})
     */
    private List<CoreMap> lastAsVerb(List<CoreLabel> labels, int a, int b, boolean verb) {
        boolean afterModal = verb || a > 0 && labels.get(a - 1).word().matches(MODAL);
        if (a < 0 || b <= a + 1 || !afterModal && (labels.get(a).tag() == null || !labels.get(a).tag().startsWith("VB"))) {
            return null; // after a modal it is the verb whatever its tag ("a round that may last months")
        }
        CoreMap span = best(readAlone(labels, a + 1, b));
        return span == null ? List.of() : List.of(span);
    }

    /**
     * A rate and a time joined across one comma: "seven days a week, beginning next month". Only a
     * rate before the comma: "days after Oct. 12, the day before the plunge" and "this coming
     * Sunday, March eighth" are other joins (a count from a day, a day and its date).
     */
    private static final Pattern COMMA_JOINED = Pattern.compile("(?is)[^,]*\\b(?:a|an|per)\\s+(?:day|week|month|year),\\s+[^,]+");

    /**
     * "seven days a week, beginning next month": SUTime joins a set and a time after a comma into one
     * expression of no value; the two sides read apart (null when either has no value alone).
     */
    private List<CoreMap> commaApart(List<CoreLabel> labels, int begin, int end) {
        int[] at = tokenSpan(labels, begin, end);
        if (at[0] < 0 || at[1] < 0) {
            return null;
        }
        for (int c = at[0] + 1; c + 1 < at[1]; c++) {
            if (labels.get(c).word().equals(",")) {
                List<CoreMap> left = readAlone(labels, at[0], c);
                CoreMap right = best(readAlone(labels, c + 1, at[1]));
                if (best(left) == null || right == null) {
                    return null;
                }
                List<CoreMap> both = new ArrayList<>(left); // "seven days" and "a week": joined as one set later
                both.add(right);
                return both;
            }
        }
        return null;
    }

    /** A year, "to" and a count of units: "2026 to six years" (of "sentenced in 2026 to six years"). */
    private static final Pattern YEAR_TO_COUNT = Pattern.compile(
            "(?is)(?:1[89]|20)\\d\\d\\s+to\\s+(?:\\S+\\s+){1,3}(?:second|minute|hour|day|week|month|year|decade)s?");

    /**
     * "was sentenced in March 2026 to six years", "jailed in 2025 to eight months": SUTime reads the
     * year and the count after "to" as one range of lengths (PXY) and the month before it alone (of the
     * publication's year); the date (with a month name right before the year) and the count, read apart.
     * Null after "from" or "between" ("from 2019 to …" is a range of dates) or when a part has no value.
     */
    private List<CoreMap> yearThenCount(List<CoreLabel> labels, int begin, int end) {
        int[] at = tokenSpan(labels, begin, end);
        if (at[0] < 0 || at[1] < 0 || at[0] + 3 > at[1] || !labels.get(at[0] + 1).word().equalsIgnoreCase("to")) {
            return null;
        }
        int from = at[0];
        if (from > 0 && MONTH_NAME.matcher(labels.get(from - 1).word()).matches()) {
            from--; // "March 2026"
        }
        if (from > 0 && labels.get(from - 1).word().matches("(?i)from|between")) {
            return null;
        }
        CoreMap date = best(readAlone(labels, from, at[0] + 1));
        CoreMap count = best(readAlone(labels, at[0] + 2, at[1]));
        Timex t = count == null ? null : count.get(TimeAnnotations.TimexAnnotation.class);
        if (date == null || t == null || !"DURATION".equals(t.timexType())) {
            return null;
        }
        return List.of(date, count);
    }

    private static final Pattern MONTH_NAME = Pattern.compile("(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|"
            + "January|February|March|April|May|June|July|August|September|October|November|December");

    /** Two hours in digits joined by "to", the second with its half of the day or a day after it: "9 to 5 p.m. on weekdays". */
    private static final Pattern CLOCK_TO_CLOCK = Pattern.compile("(?is)\\d{1,2}(?::\\d\\d)?\\s+to\\s+\\d{1,2}(?::\\d\\d)?"
            + "(?!\\s+(?:second|minute|hour|day|night|week|month|quarter|year|decade)s?\\b)(?:\\s+\\S.*)?");

    /**
     * "open from 9 to 5 p.m. on weekdays", "from 10 to 6 on Saturdays": SUTime reads two hours in
     * digits joined by "to" as minutes to an hour ("ten to six", 5:50); in digits they are a range's two
     * ends (the first is read with the second's half of the day later, see "between 2 and 4 p.m."). The
     * second end and what follows it, read alone; null when it has no value alone.
     */
    private List<CoreMap> clockToClock(List<CoreLabel> labels, int begin, int end) {
        int[] at = tokenSpan(labels, begin, end);
        if (at[0] < 0 || at[1] < 0 || at[0] + 3 > at[1] || !labels.get(at[0] + 1).word().equalsIgnoreCase("to")) {
            return null;
        }
        CoreMap second = best(readAlone(labels, at[0] + 2, at[1]));
        return second == null ? null : List.of(second);
    }

    /** A time, "after" or "before", and an article's span: "this morning after a two-day break". */
    private static final Pattern TIME_AFTER_SPAN = Pattern.compile(
            "(?is)\\S.*?\\s(?:after|before)\\s+(?:a|an)\\s+\\S+(?:\\s+\\S+)?");

    /**
     * "resumed this morning after a two-day break", "last week after a two-week recess": SUTime
     * reads the time and the span after "after" (or "before") and its article as one offset with no
     * value; the time and the span, read apart (null when either has no value alone).
     */
    private List<CoreMap> timeThenSpan(List<CoreLabel> labels, int begin, int end) {
        int[] at = tokenSpan(labels, begin, end);
        if (at[0] < 0 || at[1] < 0) {
            return null;
        }
        for (int k = at[0] + 1; k + 2 < at[1] + 1 && k + 2 <= at[1]; k++) {
            if (labels.get(k).word().matches("(?i)after|before") && labels.get(k + 1).word().matches("(?i)an?")) {
                CoreMap time = best(readAlone(labels, at[0], k));
                CoreMap span = k + 2 < at[1] ? best(readAlone(labels, k + 2, at[1])) : null;
                Timex t = span == null ? null : span.get(TimeAnnotations.TimexAnnotation.class);
                if (time == null || t == null || !"DURATION".equals(t.timexType())) {
                    return null;
                }
                return List.of(time, span);
            }
        }
        return null;
    }

    /** A count of units from a day: "two weeks from Aug. 26", "a week from Friday" (not "from now"). */
    private static final Pattern SPAN_FROM_DAY = Pattern.compile("(?is)(?:\\S+\\s+){1,2}(?:day|week|month|year)s?\\s+from\\s+"
            + "(?!now\\b|today\\b|tomorrow\\b|yesterday\\b)\\S.*");

    /**
     * "shut for two weeks from Aug. 26": after "for" (or "lasting") the count is how long, and the
     * day is when it starts, read apart; without it ("a week from Friday") the count is an offset
     * from the day and the whole is one date. Null when it is not so or a part has no value alone.
     */
    private List<CoreMap> spanFromDay(List<CoreLabel> labels, int begin, int end) {
        int[] at = tokenSpan(labels, begin, end);
        if (at[0] <= 0 || !labels.get(at[0] - 1).word().matches("(?i)for|lasting")) {
            return null;
        }
        int from = at[0];
        while (from < at[1] && !labels.get(from).word().equalsIgnoreCase("from")) {
            from++;
        }
        if (from == at[0] || from + 1 >= at[1]) {
            return null;
        }
        CoreMap span = best(readAlone(labels, at[0], from));
        CoreMap day = best(readAlone(labels, from + 1, at[1]));
        return span == null || day == null ? null : List.of(span, day);
    }

    /**
     * A stated span and the day after it that SUTime read as one ("more than four hours Friday"):
     * tokens {@code [a, f)} and {@code [f, b)} read apart; the first reading when either part has
     * no value alone.
     */
    private List<CoreMap> apart(List<CoreLabel> labels, CoreMap te, int a, int f, int b) {
        CoreMap span = best(readAlone(labels, a, f));
        CoreMap day = best(readAlone(labels, f, b));
        if (span == null || day == null) {
            return List.of(te);
        }
        return List.of(span, day);
    }

    /** The longest reading with a value (or a relative value SUTime keeps apart, "THIS P1Y"), or null. */
    private static CoreMap best(List<CoreMap> again) {
        CoreMap best = null;
        for (CoreMap m : again) {
            Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            boolean valued = t != null && (t.value() != null && !t.value().equals("XXXX")
                    || t.value() == null && t.altVal() != null && !t.altVal().contains("INTERSECT"));
            if (valued && (best == null
                    || m.get(CoreAnnotations.TextAnnotation.class).length() > best.get(CoreAnnotations.TextAnnotation.class).length())) {
                best = m;
            }
        }
        return best;
    }

    /** A year counted from the publication: "last year", "this year", "next year". */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)(?:last|this|next)\\s+year");
    /** Nouns of a commodity market that make the month before them one still to come ("for March delivery", "June futures"). */
    private static final java.util.Set<String> FORWARD_MARKET = java.util.Set.of("delivery", "futures", "contract", "contracts");

    /**
     * A month named as a market's contract: "for January delivery", or the month alone before
     * "futures" or "contract" ("March futures fell"); never a delivery that a determiner or an
     * owner makes a past event ("since the March delivery of its first jets", "took its March
     * delivery").
     */
    private static boolean forwardMarketMonth(List<Token> tokens, int tokenBegin, int tokenEnd) {
        if (tokenEnd <= tokenBegin || tokenEnd >= tokens.size() || !MONTH_NAME_TEXT.matcher(tokens.get(tokenEnd - 1).word()).matches()) {
            return false;
        }
        String next = tokens.get(tokenEnd).word().toLowerCase(java.util.Locale.ROOT);
        if (!FORWARD_MARKET.contains(next)) {
            return false;
        }
        String before = tokenBegin > 0 ? tokens.get(tokenBegin - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        return next.equals("delivery") ? before.equals("for")
                : !java.util.Set.of("the", "a", "its", "their", "his", "her", "our", "this", "that").contains(before)
                        && !before.endsWith("'s");
    }

    /** A unit of time alone, singular ("year" of "per year"). */
    private static final String RATE_UNIT = "(?i)second|minute|hour|day|night|week|month|quarter|year";
    /** A unit of time alone, plural ("days" of "16-hour days"). */
    private static final String PLURAL_UNIT = "(?i)seconds|minutes|hours|days|nights|weeks|months|years";
    /** A hyphened length used as an adjective: "16-hour", "two-week", "10-year". */
    private static final Pattern LENGTH_ADJECTIVE = Pattern.compile(
            "(?i)[\\w.]+-(?:second|minute|hour|day|night|week|month|year|decade)");
    /** Days long gone: "the early days", "the old days", "the earliest days". */
    private static final Pattern EARLY_DAYS = Pattern.compile("(?i)(?:the\\s+)?(?:early|earliest|old|olden)\\s+days");
    /**
     * Whether the token before {@code i} ends a hyphened length used as an adjective ("16-hour days",
     * "two-week stints"), one token or split at its hyphen ("16", "-", "hour").
     */
    static boolean afterLengthAdjective(List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        if (LENGTH_ADJECTIVE.matcher(before.word()).matches()) {
            return true;
        }
        return i >= 3 && before.word().matches("(?i)second|minute|hour|day|night|week|month|year|decade")
                && tokens.get(i - 2).word().equals("-") && tokens.get(i - 2).end() == before.begin()
                && tokens.get(i - 3).end() == tokens.get(i - 2).begin();
    }

    /** Plural units before or after a year, as SUTime reads them alone: "years before 1999". */
    private static final Pattern UNITS_BEFORE_YEAR = Pattern.compile(
            "(?i)(years|months|weeks|days)\\s+(?:before|after|until|since)\\s+((?:1[89]|20)\\d\\d)");
    /** Words that put a count of units in a row: "three consecutive years", "five straight months". */
    private static final Pattern IN_A_ROW = Pattern.compile("(?i)consecutive|straight|successive|running");

    /** A count written in figures or words ("3", "three", "twenty", "thirty-five"), or null. */
    private static Integer countOf(String word) {
        return word.matches("\\d{1,3}") ? Integer.valueOf(word) : spelledCount(word);
    }

    /** A season counted from a time the story names: "the following spring", "that summer". */
    private static final Pattern ANAPHORIC_SEASON = Pattern.compile(
            "(?i)(?:the\\s+)?(?:following|next|previous|preceding|same|that)\\s+(spring|summer|fall|autumn|winter)");

    /** The seasons and their TIMEX3 codes. */
    private static final java.util.Map<String, String> SEASON_CODES = java.util.Map.of("spring", "SP", "summer", "SU",
            "fall", "FA", "autumn", "FA", "winter", "WI");

    /** A unit of no stated count before "since" and a date: "(the worst) month since January 2009". */
    private static final Pattern UNIT_SINCE = Pattern.compile(
            "(?is)(?:minute|hour|day|week|month|quarter|year|decade)s?\\s+since\\s+\\S.*");

    /** A rate's unit before "since" and a date, SUTime's span starting at its article: "a year since 1995". */
    private static final Pattern RATE_SINCE = Pattern.compile("(?is)(?:a|an|per)\\s+(?:day|week|month|quarter|year)\\s+(?:since|from)\\s+(?!now\\b)\\S.*");

    /**
     * "the worst month since January 2009", "its biggest one-day drop since March": SUTime reads
     * the unit with the date, as a count from it (2009-02); the unit has no count here, it names
     * the kind of record: only the date after "since" is a time, read alone. A counted unit ("a
     * year since the war", "two months since March") is left as SUTime read it; null then, or when
     * the date alone has no value.
     */
    private List<CoreMap> sinceAlone(List<CoreLabel> labels, CoreMap te, int begin, int end) {
        int[] span = tokenSpan(labels, begin, end);
        int a = span[0];
        int b = span[1];
        if (a >= 0 && a + 3 < b && labels.get(a).word().matches("(?i)a|an|per") && labels.get(a + 2).word().matches("(?i)since|from")) {
            // "has grown 8 percent a year since 1995", "30,000 passengers a day from next month": a rate, then the date it runs from
            if (a == 0 || !isRateWord(labels.get(a - 1))) {
                return null; // "a year since the flood": a count of one year
            }
            CoreMap rate = best(readAlone(labels, a, a + 2));
            CoreMap date = best(readAlone(labels, a + 3, b));
            return rate == null || date == null ? null : List.of(rate, date);
        }
        if (a < 0 || b <= a + 2 || !labels.get(a + 1).word().equalsIgnoreCase("since")) {
            return null;
        }
        if (a > 0) {
            String before = labels.get(a - 1).word().toLowerCase(java.util.Locale.ROOT);
            if (before.matches("a|an|\\d+(?:\\.\\d+)?|several|few|many|some") || NumberWords.value(before) != null) {
                return null;
            }
        }
        CoreMap date = best(readAlone(labels, a + 2, b));
        return date == null ? null : List.of(date);
    }

    /** A count or an amount a rate follows: "8 percent", "$2 million", "700 seats", "twice" (see {@link #isRate}). */
    private static boolean isRateWord(CoreLabel label) {
        String w = label.word().toLowerCase(java.util.Locale.ROOT);
        return "CD".equals(label.tag()) || "NNS".equals(label.tag()) || w.matches("\\d[\\d.,]*|million|billion|"
                + "thousand|hundred|percent|%|times|twice|once|thrice") || NumberWords.value(w) != null;
    }

    /** SUTime on fresh copies of tokens {@code [f, e)}; empty when it cannot read them alone. */
    private List<CoreMap> readAlone(List<CoreLabel> labels, int f, int e) {
        List<CoreMap> again;
        try {
            // fresh tokens: SUTime has already annotated these in the first reading
            List<CoreLabel> copies = new ArrayList<>(e - f);
            for (int i = f; i < e; i++) {
                CoreLabel l = labels.get(i);
                CoreLabel c = new CoreLabel();
                c.setWord(l.word());
                c.setValue(l.value());
                c.setOriginalText(l.originalText());
                c.setTag(l.tag());
                c.setLemma(l.lemma());
                c.setNER(l.ner());
                c.setBefore(l.before());
                c.setAfter(l.after());
                c.setBeginPosition(l.beginPosition());
                c.setEndPosition(l.endPosition());
                c.setIndex(l.index());
                copies.add(c);
            }
            again = sutime(copies, 0, copies.size());
        } catch (edu.stanford.nlp.util.RuntimeInterruptedException x) {
            throw x;
        } catch (RuntimeException x) {
            return List.of(); // SUTime cannot read every part alone: keep its first reading
        }
        return again;
    }

    /** SUTime alone on tokens {@code [from, to)} of a tagged sentence. */
    List<CoreMap> sutime(List<CoreLabel> labels, int from, int to) {
        return extractor.extractTimeExpressionCoreMaps(part(labels, from, to), (String) null);
    }

    /**
     * Whether reading the time expressions of these tokens needs part-of-speech tags: SUTime reads
     * them, and so does the tense of a clause that resolves a relative value ("Tuesday",
     * "November") against a publication date. False when every window holds only a date read by
     * {@link ExplicitDates} that needs no tense.
     *
     * @param published whether the document has a publication date to resolve against
     */
    static boolean needsTags(List<CoreLabel> labels, boolean published) {
        boolean[] candidates = candidates(labels);
        for (int[] w : windows(candidates)) {
            Optional<CoreMap> plain = ExplicitDates.of(labels, w[0], w[1], candidates);
            if (plain.isEmpty() || published && isRelative(plain.get().get(TimeAnnotations.TimexAnnotation.class).value())) {
                return true;
            }
        }
        return false;
    }

    static boolean[] candidates(List<CoreLabel> labels) {
        boolean[] candidates = new boolean[labels.size()];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = isCandidateToken(labels.get(i).word()) && !isCaseNumberPart(labels, i)
                    || isShortYearDate(labels, i)
                    || isSeasonFall(labels, i)
                    || i > 0 && isClockSuffix(labels.get(i).word()) && CLOCK.matcher(labels.get(i - 1).word()).matches();
        }
        return candidates;
    }

    private static final Pattern SHORT_YEAR_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d\\d");
    /** Words after which a number like "7/8/31" is a date: "set for 7/8/31", "dated 12/3/30", "Filed 04/21/21". */
    private static final java.util.Set<String> BEFORE_SHORT_YEAR_DATE = java.util.Set.of("on", "dated", "filed", "entered",
            "signed", "issued", "by", "from", "until", "through", "since", "before", "after", "for", "of", "date", "to");

    /**
     * A date in numbers with a two-digit year ("set for 7/8/31", "Filed 04/21/21") after a word that
     * introduces a date; alone, such numbers are as often sizes or rules ("sizes 8/10/12", "the
     * 10/20/30 rule"). A four-digit year ("12/3/2030") is a candidate of its own.
     */
    private static boolean isShortYearDate(List<CoreLabel> labels, int i) {
        return i > 0 && SHORT_YEAR_DATE.matcher(labels.get(i).word()).matches()
                && BEFORE_SHORT_YEAR_DATE.contains(labels.get(i - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> BEFORE_SEASON = java.util.Set.of("this", "last", "next", "early",
            "late", "that", "past", "coming");

    /**
     * "fall" as a season: after "this", "last", "next", "early", "late" ("last fall") or a preposition
     * of time and "the" ("in the fall", "by the fall of 2031"); not the verb or "the fall of" an event.
     */
    private static boolean isSeasonFall(List<CoreLabel> labels, int i) {
        if (i <= 0 || !labels.get(i).word().equalsIgnoreCase("fall")) {
            return false;
        }
        if (BEFORE_SEASON.contains(labels.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        // "in the fall", "until the fall of 2031": the season after a preposition of time; not "the fall of
        // the city", an event
        boolean of = i + 1 < labels.size() && labels.get(i + 1).word().equalsIgnoreCase("of");
        return i >= 2 && labels.get(i - 1).word().equalsIgnoreCase("the")
                && labels.get(i - 2).word().toLowerCase(java.util.Locale.ROOT).matches(FALL_PREPOSITIONS)
                && (!of || i + 2 < labels.size() && labels.get(i + 2).word().matches("(?:19|20)\\d\\d"));
    }

    /** Windows {@code [from, to)} around the candidate tokens; overlapping windows are merged. */
    static List<int[]> windows(boolean[] candidates) {
        List<int[]> out = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int i = 0; i <= candidates.length; i++) {
            boolean candidate = i < candidates.length && candidates[i];
            if (candidate && from >= 0 && i - WINDOW <= to) {
                to = Math.min(candidates.length, i + WINDOW + 1);
            } else if (candidate || i == candidates.length) {
                if (from >= 0) {
                    out.add(new int[] {from, to});
                }
                from = Math.max(0, i - WINDOW);
                to = Math.min(candidates.length, i + WINDOW + 1);
            }
        }
        return out;
    }

    /**
     * A clock-like number joined by a hyphen to what follows: the start of a federal case number
     * ("2:18-mj-00152"), not a time of day.
     */
    private static boolean isCaseNumberPart(List<CoreLabel> labels, int i) {
        CoreLabel l = labels.get(i);
        return l.word().indexOf(':') > 0 && i + 1 < labels.size() && l.after().isEmpty()
                && labels.get(i + 1).word().startsWith("-")
                || isCodedNumberStart(labels, i);
    }

    /** A docket's code of letters ("CV", "cr", "mj"); not a word that joins two numbers ("2019-to-2020"). */
    private static final Pattern CASE_CODE = Pattern.compile("\\p{Lu}{1,4}|\\p{Ll}{2,3}");
    private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("to", "or", "and", "in", "on", "ish",
            "era", "odd", "plus", "via", "per");

    /**
     * A number joined by hyphens, with no space, to a short code of letters and a further hyphen: a
     * docket or case number ("Case No. 2025-CV-0417", "24-cr-00311"), where the year names no date.
     * "1990-era" and "2019-2020" are none (no hyphen after the letters; no letters).
     */
    private static boolean isCodedNumberStart(List<CoreLabel> labels, int i) {
        if (i + 3 >= labels.size() || !Character.isDigit(labels.get(i).word().charAt(0))) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!labels.get(k).after().isEmpty()) {
                return false;
            }
        }
        String code = labels.get(i + 2).word();
        return labels.get(i + 1).word().equals("-") && CASE_CODE.matcher(code).matches()
                && !JOINING_WORDS.contains(code.toLowerCase(java.util.Locale.ROOT)) && labels.get(i + 3).word().startsWith("-");
    }

    private static final Pattern CLOCK_SUFFIX = Pattern.compile("[aApP]\\.[mM]\\.?|AM|PM|am|pm");

    /** "a.m.", "PM" after a number: the tokenizer splits "9 a.m." in two, and the number alone is no candidate. */
    private static boolean isClockSuffix(String word) {
        return CLOCK_SUFFIX.matcher(word).matches();
    }

    private static final Pattern SHORT_DECADE = Pattern.compile("['\u2019]\\d0s");

    private static boolean isCandidateToken(String word) {
        String w = word.endsWith(".") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
        if (w.length() > 4 && w.regionMatches(true, 0, "mid-", 0, 4)) {
            w = w.substring(4); // "mid-1996", "mid-November": one token
        }
        return CANDIDATE.matcher(w).matches() || CLOCK.matcher(w).matches() && w.contains(":") || SHORT_DECADE.matcher(w).matches();
    }

    /** Tokens {@code [from, to)} of a sentence as a sentence of their own. */
    static CoreMap part(List<CoreLabel> labels, int from, int to) {
        List<CoreLabel> sub = labels.subList(from, to);
        CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, sub);
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sub.get(0).beginPosition());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sub.get(sub.size() - 1).endPosition());
        StringBuilder text = new StringBuilder();
        for (CoreLabel l : sub) {
            text.append(l.before()).append(l.originalText());
        }
        m.set(CoreAnnotations.TextAnnotation.class, text.toString().strip());
        return m;
    }

    /** Words and marks that end the clause a stated year lends itself in ({@link #sameClause}). */
    static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(";", "that", "which", "who",
            "but", "while", "will", "would", "although", "because");

    /**
     * Whether a date stated at token {@code from} lends its year to one at {@code to}: within 10
     * tokens and no clause break between ("in June 2014 and in November" does; "invited in July
     * 2014, they will join on March 12" and "approved in 2014 that ... through Sept. 29" do not).
     * Nor does a year in a clause of the present ("took office in 1993 and is seeking a second term
     * in November": a verb of the present or a modal between), nor one inside a relative clause set
     * off by commas ("The mayor, who was elected in 1993, lost the race in November").
     */
    static boolean sameClause(List<Token> tokens, int from, int to) {
        if (from < 0 || to < from || to - from > 10) {
            return false;
        }
        boolean comma = false;
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w) && !(i == to - 1 && w.equals("that"))) {
                // "that" right before the time is its determiner ("arrived that November"), no clause break
                return false;
            }
            if (t.isTagged() && t.pos().matches("VBZ|VBP|MD") && !Token.isNameTag(t.ner())) {
                return false; // "… in 1993 and is seeking a second term in November": another time
            }
            comma |= w.equals(",");
        }
        return !(comma && relativeAside(tokens, from));
    }

    /**
     * Whether the words before token {@code end} are a relative clause set off by a comma: ", who",
     * ", which", ", where" and no comma between it and {@code end} (at most ten words back).
     */
    private static boolean relativeAside(List<Token> tokens, int end) {
        for (int i = end - 1; i >= 1 && i >= end - 10; i--) {
            String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",")) {
                return false;
            }
            if (w.matches("who|which|where|whose") && tokens.get(i - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code XXXX-11}, {@code XXXX-11-03} or a season {@code XXXX-SU} with the year of an earlier
     * explicit date of the sentence ("in 2014, the summer": the summer of 2014).
     */
    static Optional<String> inheritYear(String raw, Integer year) {
        if (year == null || raw == null || !raw.matches("XXXX-(?:\\d{2}(-\\d{2})?|SP|SU|FA|WI)")) {
            return Optional.empty();
        }
        return Optional.of(year + raw.substring(4));
    }

    private static final Pattern SHORT_YEAR_VALUE = Pattern.compile("XX(\\d\\d)(-\\d\\d-\\d\\d)");

    /**
     * A date written with a two-digit year ("7/8/31", SUTime's {@code XX31-07-08}): the year of that
     * ending nearest the publication's, a century either way ("7/8/32" in a story of 2031 is 2032,
     * "12/31/99" in one of 1998 is 1999, "04/21/21" in one of 2023 is 2021); SUTime would put every
     * such year at or before the publication's. Empty for any other value.
     */
    static Optional<String> shortYear(String value, LocalDate published) {
        Matcher m = value == null ? null : SHORT_YEAR_VALUE.matcher(value);
        if (published == null || m == null || !m.matches()) {
            return Optional.empty();
        }
        int two = Integer.parseInt(m.group(1));
        int year = published.getYear() - Math.floorMod(published.getYear(), 100) + two;
        if (year - published.getYear() > 50) {
            year -= 100;
        } else if (published.getYear() - year > 50) {
            year += 100;
        }
        return Optional.of(year + m.group(2));
    }

    /** True when the value needs an anchor it does not have (XXXX, REF, an offset, none at all). */
    static boolean isRelative(String value) {
        return value == null || value.contains("X") && !value.matches("\\d{3}X|\\d{2}XX|P.*|R.*")
                || value.contains("REF") || value.contains("OFFSET") || value.contains("THIS")
                || value.contains("PREV") || value.contains("NEXT");
    }

    private static Optional<String> sutimeResolve(CoreMap te, LocalDate published) {
        TimeExpression expression = te.get(TimeExpression.Annotation.class);
        if (expression == null || expression.getTemporal() == null) {
            return Optional.empty();
        }
        try {
            SUTime.Temporal resolved = expression.getTemporal().resolve(
                    new SUTime.IsoDate(published.getYear(), published.getMonthValue(), published.getDayOfMonth()), 0);
            String v = resolved == null ? null : resolved.getTimexValue();
            return v == null || isRelative(v) ? Optional.empty() : Optional.of(v);
        } catch (RuntimeException e) {
            return Optional.empty(); // SUTime cannot resolve some composites; they stay unresolved
        }
    }

    /**
     * The value of an expression SUTime could give none ("two years earlier" without its reference
     * time): a date of unknown value, kept unresolved.
     */
    private static String fallbackValue(CoreMap te) {
        Timex timex = te.get(TimeAnnotations.TimexAnnotation.class);
        return timex != null && ("DATE".equals(timex.timexType()) || "TIME".equals(timex.timexType())) ? "XXXX" : null;
    }

    private static int tokenIndex(List<Token> tokens, int charOffset) {
        for (Token t : tokens) {
            if (charOffset < t.end()) {
                return t.index();
            }
        }
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).index();
    }
}
