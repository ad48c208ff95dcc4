package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Times CoreNLP's default pipeline (SUTime over the whole text) reads right where casefile's own
 * rules had lost them, or where it rightly reads none (issue 14, dt20), on invented sentences with
 * what must not change.
 */
class DefaultWinsDatesTest {
    /** A Monday in July. */
    private static final LocalDate JULY = LocalDate.of(2031, 7, 7);

    @Test
    void aDateWrittenInNumbersWithItsYearIsThatDay() {
        assertThat(Texts.typedDates("The Pellarin air show was set for 7/8/31, a date that matches the jet's number.", JULY))
                .containsExactly("7/8/31=DATE:2031-07-08");
        assertThat(Texts.typedDates("The Tarnwick filing was dated 12/3/2030 and signed by two directors.", JULY))
                .containsExactly("12/3/2030=DATE:2030-12-03");
        // negative: a fraction and a count of games are no dates; a day and month alone stay as they were
        assertThat(Texts.typedDates("Brundor won 2/3 of the votes in Kessima.", JULY)).isEmpty();
        assertThat(Texts.typedDates("The Veltra pipe is 3/4 of an inch wide.", JULY)).isEmpty();
    }

    @Test
    void aTwoDigitYearIsTheNearestOfItsEndingAndNeedsAWordThatIntroducesADate() {
        // a year after the publication's, and one a century back, each the nearest of its ending
        assertThat(Texts.typedDates("The Quellmoor hearing is set for 7/8/32 in the county court.", JULY))
                .containsExactly("7/8/32=DATE:2032-07-08");
        assertThat(Texts.typedDates("The Quellmoor deed was filed 12/31/99 and never amended.", JULY))
                .containsExactly("12/31/99=DATE:1999-12-31");
        assertThat(Texts.typedDates("The Quellmoor deed was filed 12/31/99 and never amended.", LocalDate.of(1998, 3, 2)))
                .containsExactly("12/31/99=DATE:1999-12-31");
        assertThat(TimeExpressions.shortYear("XX70-02-01", JULY)).contains("2070-02-01");
        assertThat(TimeExpressions.shortYear("XX85-02-01", JULY)).contains("1985-02-01");
        assertThat(TimeExpressions.shortYear("XX85-02-01", LocalDate.of(2034, 1, 1))).contains("1985-02-01");
        assertThat(TimeExpressions.shortYear("XX85-02-01", null)).isEmpty();
        assertThat(TimeExpressions.shortYear("2031-07-08", JULY)).isEmpty();
        // negative: sizes and a rule of thumb written the same way are no dates
        assertThat(Texts.typedDates("The Veltra dress comes in sizes 8/10/12 and two colours.", JULY)).isEmpty();
        assertThat(Texts.typedDates("Brundor keeps to the 10/20/30 rule for his slides.", JULY)).isEmpty();
    }

    @Test
    void anAdverbOfTimeHyphenedToAModifierIsNoTime() {
        assertThat(Texts.typedDates("The now-cancelled deal had drawn protests from the Veltra union.", JULY)).isEmpty();
        assertThat(Texts.typedDates("A recently-announced plan will close three Marloe plants.", JULY)).isEmpty();
        assertThat(Texts.typedDates("The newly-elected mayor of Tarnwick took office on Monday.", JULY))
                .containsExactly("Monday=DATE:2031-07-07");
        // negative: the same adverbs as adverbs of the clause stay references to the time of writing
        assertThat(Texts.typedDates("The deal is now cancelled, the Veltra union said.", JULY))
                .containsExactly("now=DATE:PRESENT_REF");
        assertThat(Texts.typedDates("Marloe recently announced a plan to close three plants.", JULY))
                .containsExactly("recently=DATE:PAST_REF");
        assertThat(Texts.typedDates("Orders rose, and the Hallowmere plant now runs two shifts.", JULY))
                .containsExactly("now=DATE:PRESENT_REF");
        assertThat(Texts.typedDates("Orders have risen since, and now - as the owners say - the plant runs two shifts.", JULY))
                .containsExactly("now=DATE:PRESENT_REF");
    }
}
