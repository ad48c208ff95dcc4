package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** "last week", "next week", "this weekend" are ISO weeks, also where the week and its year differ. */
class WeekAcrossNewYearTest {

    @Test
    void lastWeekFromTheFirstWeekOfAYearIsTheLastWeekOfTheYearBefore() {
        // 2016-01-04 is the Monday of 2016-W01; the week before is 2015-W53
        assertThat(Texts.dates("In a telephone interview last week, Ms. Pellworth said she had learned a lot.",
                LocalDate.of(2016, 1, 4))).containsExactly("last week=2015-W53");
        assertThat(Texts.dates("Next week, the Orvan council will meet in Quillmere.", LocalDate.of(2020, 12, 30)))
                .containsExactly("Next week=2021-W01");
        assertThat(Texts.dates("This weekend, the Orvan council will meet in Quillmere.", LocalDate.of(2016, 1, 6)))
                .containsExactly("This weekend=2016-W01-WE");
    }

    @Test
    void inMidYearTheWeeksAreAsBefore() {
        assertThat(Texts.dates("Last week, the Orvan council met in Quillmere.", LocalDate.of(2016, 6, 8)))
                .containsExactly("Last week=2016-W22");
        assertThat(Texts.dates("Next week, the Orvan council will meet in Quillmere.", LocalDate.of(2016, 6, 8)))
                .containsExactly("Next week=2016-W24");
    }

    @Test
    void theWeekCountedFromTheStoryStaysUnresolved() {
        assertThat(Texts.dates("The previous week, the Orvan council met in Quillmere.", LocalDate.of(2016, 1, 4)))
                .containsExactly("The previous week=XXXX?");
    }
}
