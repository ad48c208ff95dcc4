package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Run-on recurrences split into the set and the year (dt19), whatever SUTime typed them. */
class RecurringSpansTest {
    private static TimeMention mention(String type, String value, String text) {
        return new TimeMention(type, value, text, 10, 10 + text.length(), 0, false, TimeMention.Resolution.NONE, null,
                null, null);
    }

    private static List<String> split(TimeMention m) {
        return RecurringSpans.split(List.of(m)).stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void aSetOfAYearThatRanOnIntoTheYearIsSplit() {
        assertThat(split(mention("SET", "P1Y", "every year from 1991")))
                .containsExactly("every year=SET:P1Y", "1991=DATE:1991");
        assertThat(split(mention("DATE", "1992", "each month since 2004")))
                .containsExactly("each month=SET:P1M", "2004=DATE:2004");
    }

    @Test
    void otherMentionsStayAsTheyAre() {
        assertThat(split(mention("SET", "P1Y", "every year"))).containsExactly("every year=SET:P1Y");
        assertThat(split(mention("DATE", "1991", "since 1991"))).containsExactly("since 1991=DATE:1991");
    }
}
