package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** Relative expressions are anchored to the publication date only when they count from it. */
class TimeExpressionsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 4, 23);

    private static List<String> dates(String text) {
        return Texts.dates(text, PUBLISHED);
    }

    @Test
    void aDayCountedFromTheStorysEventStaysUnresolved() {
        // the day after the hearing, not the day after publication
        assertThat(dates("The hearing ended at 4:30 p.m. the next day, officials said."))
                .containsExactly("4:30 p.m. the next day=XXXX?");
        assertThat(dates("The jury returned at 1:00 p.m. the following day.")).containsExactly("1:00 p.m. the following day=XXXX?");
    }

    @Test
    void aDayCountedFromPublicationIsAnchored() {
        assertThat(dates("The vote is at 2 pm today.")).containsExactly("2 pm today=2021-04-23T14:00");
        assertThat(dates("He was arrested at 3 p.m. on Tuesday.")).containsExactly("3 p.m. on Tuesday=2021-04-20T15:00");
    }
}
