package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** "The following Monday", "the previous Friday" count from the day the story last named. */
class WeekdayAroundStoryDayTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 22);

    @Test
    void fromTheDayJustNamed() {
        assertThat(Texts.dates("The Orvan plant closed on April 11, 2031. It reopened the following Friday.", PUBLISHED))
                .containsExactly("April 11, 2031=2031-04-11", "the following Friday=2031-04-18");
        // the same weekday: a week on
        assertThat(Texts.dates("The Orvan plant closed on Friday, April 11, 2031. It reopened the following Friday.", PUBLISHED))
                .containsExactly("Friday, April 11, 2031=2031-04-11", "the following Friday=2031-04-18");
        // a day named a few sentences back
        assertThat(Texts.dates("The Dovrant index closed on Friday, April 18, 2031. Brokers left early. Volume was thin. "
                + "The index fell 4.5% from the previous Friday.", PUBLISHED))
                .containsExactly("Friday, April 18, 2031=2031-04-18", "the previous Friday=2031-04-11");
    }

    @Test
    void withNoDayNamedItStaysUnresolved() {
        assertThat(Texts.dates("The Dovrant index fell 4.5% from the previous Friday.", PUBLISHED))
                .containsExactly("the previous Friday=XXXX?");
    }
}
