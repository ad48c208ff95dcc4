package org.casefile.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.DateRange;

/**
 * A recurrence that SUTime ran on into the year after it ("grew every year from 1991 to 1997" read
 * as one date, 1992; "every two years since 1985" as 1987; "every year since the 1990s" as no value
 * at all): two expressions, the set ("every year", P1Y; "every two years", "every other year", P2Y)
 * and the year or decade stated after "from" or "since" (1991; "the mid-1990s", 199), as TimeML
 * marks them, the preposition a signal between.
 */
final class RecurringSpans {
    private static final Pattern RUN_ON = Pattern.compile(
            "(?i)((?:every|each)\\s+(?:(other|\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+)?"
            + "(year|month|week|day|quarter)s?)(\\s+(?:from|since)\\s+)((?:19|20)\\d{2}|(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?"
            + "((?:19|20)\\d)0'?s)");

    private RecurringSpans() {
    }

    /** Whether a text is such a run-on recurrence ("every year since the 1990s"), whatever value SUTime gave it. */
    static boolean runsOn(String text) {
        return RUN_ON.matcher(text).matches();
    }

    /**
     * The mentions with each run-on recurrence split in two, whatever SUTime typed it (a date of
     * the year after, or a set of P1Y that would lose the year); the others as they are.
     */
    static List<TimeMention> split(List<TimeMention> mentions) {
        List<TimeMention> out = new ArrayList<>(mentions.size());
        for (TimeMention m : mentions) {
            Matcher x = RUN_ON.matcher(m.text());
            if (!x.matches()) {
                out.add(m);
                continue;
            }
            String unit = x.group(3).toLowerCase(Locale.ROOT);
            int count = count(x.group(2));
            int setEnd = m.begin() + x.end(1);
            out.add(new TimeMention("SET", "P" + count + Character.toUpperCase(unit.charAt(0)), x.group(1), m.begin(), setEnd,
                    m.sentence(), false, TimeMention.Resolution.NONE, null, null, null));
            int yearBegin = m.begin() + x.start(5);
            String value = x.group(6) != null ? x.group(6) : x.group(5); // "the mid-1990s": the decade, 199
            var range = DateRange.of(value);
            out.add(new TimeMention("DATE", value, x.group(5), yearBegin, m.begin() + x.end(5), m.sentence(), true,
                    TimeMention.Resolution.EXPLICIT, range.map(DateRange::begin).orElse(null),
                    range.map(DateRange::end).orElse(null), range.map(DateRange::precision).orElse(null)));
        }
        return out;
    }

    /** The count of units between "every" and the unit: 1 for none, 2 for "other". */
    private static int count(String word) {
        if (word == null) {
            return 1;
        }
        if (word.equalsIgnoreCase("other")) {
            return 2;
        }
        if (word.matches("\\d+")) {
            return Integer.parseInt(word);
        }
        Integer n = NumberWords.value(word.toLowerCase(Locale.ROOT));
        return n == null ? 1 : n;
    }
}
