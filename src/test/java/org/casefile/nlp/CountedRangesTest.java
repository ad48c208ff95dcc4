package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Ranges of counts, so many times a unit, season months and units counted on (dt33): "two to three
 * weeks" (one span, its count unstated: PXW), "between four and six days", "twice a day" (a SET over
 * the count), "the winter months", "the week after next", "a decade later"; each with what must not change.
 */
class CountedRangesTest {
    /** A Wednesday in March. */
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 12);

    @Test
    void aRangeOfCountsIsOneSpanOfItsUnitCountUnstated() {
        assertThat(Texts.typedDates("Repairs to the Quellin viaduct will take two to three weeks.", MARCH))
                .containsExactly("two to three weeks=DURATION:PXW");
        assertThat(Texts.typedDates("The Brackwater talks could last three or four months.", MARCH))
                .containsExactly("three or four months=DURATION:PXM");
        assertThat(Texts.typedDates("The Ossington dryer was shut for between four and six days.", MARCH))
                .containsExactly("four and six days=DURATION:PXD");
        // negative: one count stays as it is, and vague alternatives keep their vague value
        assertThat(Texts.typedDates("The Ossington dryer was shut for six days.", MARCH))
                .containsExactly("six days=DURATION:P6D");
        assertThat(Texts.typedDates("A ruling on the Velloby appeal could take weeks or months.", MARCH))
                .containsExactly("weeks or months=DURATION:PXW");
    }

    @Test
    void soManyTimesAUnitIsOneSetOverTheCount() {
        assertThat(Texts.typedDates("Staff at Wrenfield Hospice turn the patients twice a day.", MARCH))
                .containsExactly("twice a day=SET:P1D");
        assertThat(Texts.typedDates("The Colbury board meets four times a year.", MARCH))
                .containsExactly("four times a year=SET:P1Y");
        // negative: a rate of an amount keeps its own span; "times" with no count is no count
        assertThat(Texts.typedDates("The Dunlow pump moves 300 litres a minute.", MARCH))
                .noneMatch(d -> d.contains("300"));
    }

    @Test
    void seasonMonthsAreTheSeason() {
        assertThat(Texts.typedDates("Visits to the Harrowgate spa drop in the winter months.", MARCH))
                .containsExactly("winter months=DATE:2025-WI");
        // negative: months with no season stay a vague span
        assertThat(Texts.typedDates("Visits to the Harrowgate spa fell for months.", MARCH))
                .containsExactly("months=DURATION:PXM");
    }

    @Test
    void theUnitAfterNextIsTwoOn() {
        assertThat(Texts.typedDates("The Pennock council will vote on the plan the week after next.", MARCH))
                .containsExactly("the week after next=DATE:2025-W13");
        assertThat(Texts.typedDates("The Pennock council will vote on the plan the month after next.", MARCH))
                .containsExactly("the month after next=DATE:2025-05");
        assertThat(TimeExpressions.afterNext("2025-W52")).isEqualTo("2026-W02");
        // negative: the week after an event is no week after next
        assertThat(Texts.typedDates("The Pennock council will vote on the plan next week.", MARCH))
                .containsExactly("next week=DATE:2025-W12");
    }

    @Test
    void aDecadeLaterCountsTenYearsFromTheYearNamed() {
        assertThat(Texts.typedDates("Orrin Vale opened the mill in 2009. A decade later it closed.", MARCH))
                .containsExactly("2009=DATE:2009", "A decade later=DATE:2019");
    }
}
