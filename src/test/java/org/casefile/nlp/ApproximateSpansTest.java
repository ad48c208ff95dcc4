package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Approximate and ranged spans are one expression each, of no one stated count: "a year or two",
 * "two or three weeks", "12 to 18 months", "the next year or so"; a span in seconds and the day
 * after it are two expressions.
 */
class ApproximateSpansTest {
    private static final LocalDate APRIL = LocalDate.of(2031, 4, 14);

    @Test
    void alternativeCountsAreOneSpanOfThatUnit() {
        assertThat(Texts.typedDates("Repairs to the Castor bridge will take a day or two.", APRIL))
                .containsExactly("a day or two=DURATION:PXD");
        assertThat(Texts.typedDates("The Castor talks could last two or three weeks.", APRIL))
                .containsExactly("two or three weeks=DURATION:PXW");
        assertThat(Texts.typedDates("Voters may, in a year or two, see the Castor bridge rebuilt.", APRIL))
                .containsExactly("a year or two=DATE:FUTURE_REF");
    }

    @Test
    void aRangeOfCountsIsOneSpanOfThatUnit() {
        assertThat(Texts.typedDates("The Castor program will take 12 to 18 months.", APRIL))
                .containsExactly("12 to 18 months=DURATION:PXM");
    }

    @Test
    void orSoBelongsToTheExpression() {
        assertThat(Texts.typedDates("The Castor plant will be closed over the next year or so.", APRIL))
                .containsExactly("the next year or so=DATE:2032");
        // a past clause: the year after some time of the story, not the publication's
        assertThat(Texts.typedDates("Hollin spent the next year or so in Castor.", APRIL))
                .containsExactly("the next year or so=DATE:XXXX");
        assertThat(Texts.typedDates("The Castor mill closed a month or so ago.", APRIL))
                .containsExactly("a month or so ago=DATE:2031-03");
    }

    @Test
    void secondsAndTheirDayAreTwoExpressions() {
        assertThat(Texts.typedDates("The Castor engine fired for ten seconds on Wednesday.", APRIL))
                .containsExactly("ten seconds=DURATION:PT10S", "Wednesday=DATE:2031-04-09");
        // one count, no alternative: a plain span
        assertThat(Texts.typedDates("The Castor engine fired for two hours or more.", APRIL))
                .containsExactly("two hours=DURATION:PT2H");
    }
}
