package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A month or a day with its year unwritten in a clause of the simple present: a schedule ("the
 * lease expires in May") or a headline's past ("Jobless rate climbs in December"); the nearest such
 * month or day, however far ahead, where a clause with no tense looks ahead three months at most
 * (blind check of news dates, session 35: "The contract expires in May" in a January story was
 * the May gone by).
 */
class PresentScheduleDatesTest {
    /** A Wednesday in January. */
    private static final LocalDate JANUARY = LocalDate.of(2033, 1, 19);

    @Test
    void aScheduleInThePresentIsTheNearestMonthAhead() {
        assertThat(Texts.dates("The Harwick lease expires in May.", JANUARY)).containsExactly("May=2033-05");
        assertThat(Texts.dates("The Orrin Valley term ends in June.", JANUARY)).containsExactly("June=2033-06");
        assertThat(Texts.dates("The Harwick lease expires June 30.", JANUARY)).containsExactly("June 30=2033-06-30");
    }

    @Test
    void thePresentOfAMonthJustGoneIsThatMonth() {
        assertThat(Texts.dates("Jobless rate in Orrin Valley climbs in December", JANUARY))
                .containsExactly("December=2032-12");
    }

    @Test
    void thePastKeepsTheMonthGoneBy() {
        assertThat(Texts.dates("The Harwick lease expired in May.", JANUARY)).containsExactly("May=2032-05");
        assertThat(Texts.dates("The Harwick lease expired June 30.", JANUARY)).containsExactly("June 30=2032-06-30");
    }
}
