package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The end of a term told in the present, "in" and a month: "the lease expires in May" in a
 * January story is the May ahead, however far (blind check of news dates, session 35: it was the
 * May gone by). Other presents about a month keep the nearest reading that looks back: a denial
 * or an audit tells of a past month.
 */
class PresentScheduleDatesTest {
    /** A Wednesday in January. */
    private static final LocalDate JANUARY = LocalDate.of(2033, 1, 19);

    @Test
    void aTermThatEndsInAMonthEndsInTheOneAhead() {
        assertThat(Texts.dates("The Harwick lease expires in May.", JANUARY)).containsExactly("May=2033-05");
        assertThat(Texts.dates("The Orrin Valley term ends in June.", JANUARY)).containsExactly("June=2033-06");
        assertThat(Texts.dates("The Harwick lease expires in August.", JANUARY)).containsExactly("August=2033-08");
        assertThat(Texts.dates("The Harwick lease expires June 30.", JANUARY)).containsExactly("June 30=2033-06-30");
    }

    @Test
    void aTermThatEndedOrAnotherPresentAboutAMonthLooksBack() {
        assertThat(Texts.dates("The Harwick lease expired in May.", JANUARY)).containsExactly("May=2032-05");
        assertThat(Texts.dates("Idris Palomeque denies taking the money in August.", JANUARY))
                .containsExactly("August=2032-08");
        assertThat(Texts.dates("The Orrin Valley audit covers spending from August to December.", JANUARY))
                .containsExactly("August=2032-08", "December=2032-12");
    }

    /** A Monday in February. */
    private static final LocalDate FEBRUARY = LocalDate.of(2034, 2, 6);

    @Test
    void aTimetablesPresentLooksAhead() {
        // an opening, a close, a departure, a return: the next such month or day, however far
        assertThat(Texts.dates("The Quarrington lacrosse league begins in September.", FEBRUARY))
                .containsExactly("September=2034-09");
        assertThat(Texts.dates("The Selbury exhibition closes in January.", FEBRUARY)).containsExactly("January=2035-01");
        assertThat(Texts.dates("The Vantorre squad leaves for Guelmar in August.", FEBRUARY))
                .containsExactly("August=2034-08");
        assertThat(Texts.dates("The Selbury gallery opens its doors in September.", FEBRUARY))
                .containsExactly("September=2034-09");
        assertThat(Texts.dates("Parliament reconvenes in October.", FEBRUARY)).containsExactly("October=2034-10");
    }

    @Test
    void aTimetableVerbWithAnObjectATrendOrAPastKeepsItsReading() {
        // a state after "to" (a headline's past), a day just gone, a span now running, a trend, a past:
        // not a timetable's present
        assertThat(Texts.dates("Vantorre returns to growth in January.", FEBRUARY)).containsExactly("January=2034-01");
        assertThat(Texts.dates("Selbury Museum reopens on Feb. 3 after two-year closure", FEBRUARY))
                .containsExactly("Feb. 3=2034-02-03", "two-year=P2Y");
        assertThat(Texts.dates("The Guelmar session, which begins in January and ends in May, is half over.", FEBRUARY))
                .containsExactly("January=2034-01", "May=2034-05");
        assertThat(Texts.dates("Quarrington sales begin to fall in September.", FEBRUARY))
                .containsExactly("September=2033-09");
        assertThat(Texts.dates("The Selbury exhibition closed in September.", FEBRUARY))
                .containsExactly("September=2033-09");
    }
}
