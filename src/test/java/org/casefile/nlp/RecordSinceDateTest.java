package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "The worst month since January 2009": the unit names a record, the time is the date after
 * "since" alone (not a month after it); a counted unit ("two months since January") is a count.
 */
class RecordSinceDateTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 22);

    @Test
    void aRecordUnitBeforeSinceIsNoCount() {
        assertThat(Texts.dates("It was the Orvan plant's worst month since January 2029.", PUBLISHED))
                .containsExactly("January 2029=2029-01");
        assertThat(Texts.dates("It was the Dovrant index's best day since March 3, 2029.", PUBLISHED))
                .containsExactly("March 3, 2029=2029-03-03");
        assertThat(Texts.dates("The Dovrant index had its best week since early March.", PUBLISHED))
                .containsExactly("early March=2031-03");
    }

    @Test
    void aCountedUnitStaysACount() {
        assertThat(Texts.dates("It has been two months since January at the Orvan plant.", PUBLISHED))
                .containsExactly("two months since January=2031-03");
        assertThat(Texts.dates("Output at the Orvan plant has fallen since January 2029.", PUBLISHED))
                .containsExactly("January 2029=2029-01");
    }
}
