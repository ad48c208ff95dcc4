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
}
