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

    @Test
    void aYearInTheNameOfAPlanOrAFairIsNoTime() {
        LocalDate june = LocalDate.of(1999, 7, 2);
        assertThat(Texts.typedDates("Kessima signed a joint venture called Pellarin 1980 to build satellites.", june)).isEmpty();
        assertThat(Texts.typedDates("Tarnwick will host Expo 2005, officials said.", june)).isEmpty();
        assertThat(Texts.typedDates("The Vision 2020 plan calls for new roads in Tarnwick.", june)).isEmpty();
        // negative: a year after a month, a holiday, "Fiscal", a place or a preposition stays a year
        assertThat(Texts.typedDates("Prices rose in March 1998 and fell at Christmas 1998.", june))
                .containsExactly("March 1998=DATE:1998-03", "Christmas 1998=DATE:1998-12-25");
        assertThat(Texts.typedDates("Marloe earned $3 million in Fiscal 1998, up from Fiscal 1997.", june))
                .containsExactly("1998=DATE:1998", "1997=DATE:1997");
        assertThat(Texts.typedDates("Since 1990 Marloe has built 300 homes in Tarnwick.", june))
                .containsExactly("1990=DATE:1990");
        assertThat(Texts.typedDates("The Sydney 2000 Olympics will open in September 2000.", june))
                .contains("September 2000=DATE:2000-09");
    }
}
