package org.casefile.nlp;

import org.casefile.domain.DateRange;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.domain.Precision;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    /** Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2013, 3, 22);

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        assertThat(DateResolver.resolve("XXXX-WXX-2", PUBLISHED, Tense.PAST)).hasValue("2013-03-19");
        assertThat(DateResolver.resolve("XXXX-WXX-2", PUBLISHED, Tense.FUTURE)).hasValue("2013-03-26");
        // a future clause's weekday that is the publication's own is that day (the next is "next Friday")
        assertThat(DateResolver.resolve("XXXX-WXX-5", PUBLISHED, Tense.FUTURE)).hasValue("2013-03-22");
        assertThat(DateResolver.resolve("XXXX-WXX-5", PUBLISHED, Tense.PAST)).hasValue("2013-03-22");
        assertThat(DateResolver.resolve("XXXX-WXX-4", PUBLISHED, Tense.PRESENT)).hasValue("2013-03-28");
        assertThat(DateResolver.resolve("XXXX-WXX-3TNI", PUBLISHED, Tense.PAST)).hasValue("2013-03-20TNI");
    }

    @Test
    void aMonthAndDayWithoutYearIsTheNearestPastOneInPastClauses() {
        assertThat(DateResolver.resolve("XXXX-03-03", PUBLISHED, Tense.PAST)).hasValue("2013-03-03");
        assertThat(DateResolver.resolve("XXXX-04-21", PUBLISHED, Tense.PAST)).hasValue("2012-04-21");
        assertThat(DateResolver.resolve("XXXX-04-21", PUBLISHED, Tense.FUTURE)).hasValue("2013-04-21");
        assertThat(DateResolver.resolve("XXXX-03-03", PUBLISHED, Tense.FUTURE)).hasValue("2014-03-03");
        assertThat(DateResolver.resolve("XXXX-12", PUBLISHED, Tense.PAST)).hasValue("2012-12");
    }

    @Test
    void withoutAPublicationDateNothingIsResolved() {
        assertThat(DateResolver.resolve("XXXX-04-21", null, Tense.PAST)).isEmpty();
        assertThat(DateResolver.resolve("2021-04-21", PUBLISHED, Tense.PAST)).isEmpty();
    }

    @Test
    void rangesHaveTheirPrecision() {
        assertThat(DateRange.of("2018")).hasValue(new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), Precision.YEAR));
        assertThat(DateRange.of("2021-04")).hasValue(new DateRange(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30), Precision.MONTH));
        assertThat(DateRange.of("201X").orElseThrow().precision()).isEqualTo(Precision.DECADE);
        assertThat(DateRange.of("XXXX-04-21")).isEmpty();
        assertThat(DateRange.of("2018").orElseThrow().compatibleWith(DateRange.of("2018-08-15").orElseThrow())).isTrue();
        assertThat(DateRange.of("2018").orElseThrow().compatibleWith(DateRange.of("2019-08-15").orElseThrow())).isFalse();
    }
}
