package org.casefile.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.DateRange;

/**
 * A recurrence that SUTime ran on into the year after it ("grew every year from 1991 to 1997" read
 * as one date, 1992): two expressions, the set ("every year", P1Y) and the year stated after "from"
 * or "since" (1991), as TimeML marks them, the preposition a signal between.
 */
final class RecurringSpans {
    private static final Pattern RUN_ON = Pattern.compile(
            "(?i)((?:every|each)\\s+(year|month|week|day))(\\s+(?:from|since)\\s+)((?:19|20)\\d{2})");

    private RecurringSpans() {
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
            String unit = x.group(2).toLowerCase(Locale.ROOT);
            int setEnd = m.begin() + x.end(1);
            out.add(new TimeMention("SET", "P1" + Character.toUpperCase(unit.charAt(0)), x.group(1), m.begin(), setEnd,
                    m.sentence(), false, TimeMention.Resolution.NONE, null, null, null));
            int yearBegin = m.begin() + x.start(4);
            var range = DateRange.of(x.group(4));
            out.add(new TimeMention("DATE", x.group(4), x.group(4), yearBegin, yearBegin + 4, m.sentence(), true,
                    TimeMention.Resolution.EXPLICIT, range.map(DateRange::begin).orElse(null),
                    range.map(DateRange::end).orElse(null), range.map(DateRange::precision).orElse(null)));
        }
        return out;
    }
}
