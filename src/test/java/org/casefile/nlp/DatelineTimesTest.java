package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The first sentence of a dateline story ("ORSKEVA, Oct. 16 (Xinhua) -- …", "CASTLEWICK, Maine
 * (AP) — …"): SUTime reads the text after the dateline apart, and the rules that look at a word
 * before or after an expression must find the same word as in the sentence without its dateline
 * (they looked that many tokens off, and those guarded by a position check did not fire).
 */
class DatelineTimesTest {
    /** A Thursday in October. */
    private static final LocalDate OCTOBER = LocalDate.of(2003, 10, 16);
    private static final String WIRE = "ORSKEVA, Oct. 16 (Xinhua) -- ";
    private static final String AP = "CASTLEWICK, Maine (AP) — ";

    @Test
    void aWordBeforeTheExpressionIsReadAsWithoutTheDateline() {
        for (String dateline : new String[] {"", AP}) {
            assertThat(Texts.typedDates(dateline + "The ferry line lost money for three consecutive years before 2001.", OCTOBER))
                    .containsExactly("three consecutive years=DURATION:P3Y", "2001=DATE:2001");
            assertThat(Texts.typedDates(dateline + "The fire broke out in mid-afternoon Tuesday.", OCTOBER))
                    .containsExactly("mid-afternoon Tuesday=TIME:2003-10-14TAF");
            assertThat(Texts.typedDates(dateline + "The buyer must pay within five business days.", OCTOBER))
                    .containsExactly("five business days=DURATION:P5D");
            assertThat(Texts.typedDates(dateline + "The Pellick mill was built at the turn of the century.", OCTOBER))
                    .containsExactly("the turn of the century=DATE:2000");
            assertThat(Texts.typedDates(dateline + "The Yardemoor trial is set for the week of Nov. 10.", OCTOBER))
                    .containsExactly("the week of Nov. 10=DATE:2003-W46");
            assertThat(Texts.typedDates(dateline + "The bypass was finished in the spring of last year.", OCTOBER))
                    .containsExactly("the spring of last year=DATE:2002-SP");
            assertThat(Texts.typedDates(dateline + "Growers expect more rain in coming weeks.", OCTOBER))
                    .containsExactly("coming weeks=DATE:FUTURE_REF");
        }
    }

    @Test
    void aWordAfterTheExpressionIsReadAsWithoutTheDateline() {
        for (String dateline : new String[] {"", AP}) {
            assertThat(Texts.typedDates(dateline + "The Brelling bank will cut 200 jobs by year-end.", OCTOBER))
                    .containsExactly("year-end=DATE:2003");
            assertThat(Texts.typedDates(dateline + "The council meets on Tuesday nights.", OCTOBER))
                    .containsExactly("Tuesday nights=SET:XXXX-WXX-2TNI");
            assertThat(Texts.typedDates(dateline + "The launch is set for 18:00 GMT on Saturday.", OCTOBER))
                    .containsExactly("18:00 GMT on Saturday=TIME:2003-10-18T18:00Z");
        }
        // the clock in a Xinhua story takes its day from the dateline
        assertThat(Texts.typedDates(WIRE + "The talks ended at 4:30 p.m.", OCTOBER))
                .containsExactly("Oct. 16=DATE:2003-10-16", "4:30 p.m.=TIME:2003-10-16T16:30");
        assertThat(Texts.typedDates(WIRE + "Tea exports rose 9 percent in the first half of this year.", OCTOBER))
                .containsExactly("Oct. 16=DATE:2003-10-16", "the first half of this year=DATE:2003-H1");
    }

    @Test
    void aWeekdayKeepsTheTenseOfItsVerbAfterADateline() {
        assertThat(Texts.typedDates(AP + "Sheriff Wennick Penhaven resigned Tuesday after the audit.", OCTOBER))
                .containsExactly("Tuesday=DATE:2003-10-14");
        assertThat(Texts.typedDates(AP + "Shares of Tamsley Mills closed 4 percent below Tuesday's closing price.", OCTOBER))
                .containsExactly("Tuesday=DATE:2003-10-14");
        // negative: a weekday a verb looks ahead to is the coming one
        assertThat(Texts.typedDates(AP + "The Pellick mill will close Tuesday.", OCTOBER))
                .containsExactly("Tuesday=DATE:2003-10-21");
    }

    @Test
    void aDatelineAddsNothingAndLosesNothing() {
        // negative: a date written with hyphens is found once, though the sentence is read in two parts
        assertThat(Texts.typedDates(AP + "The deed was signed on 8-7-1999.", OCTOBER))
                .containsExactly("8-7-1999=DATE:1999-08-07");
        assertThat(Texts.typedDates(WIRE + "The deed was signed on 8-7-1999.", OCTOBER))
                .containsExactly("Oct. 16=DATE:2003-10-16", "8-7-1999=DATE:1999-08-07");
        // negative: no time where the sentence without its dateline has none
        assertThat(Texts.typedDates(AP + "The Brelling plant was sold to a rival.", OCTOBER)).isEmpty();
        assertThat(Texts.typedDates(WIRE + "The Brelling plant was sold to a rival.", OCTOBER))
                .containsExactly("Oct. 16=DATE:2003-10-16");
        // negative: "a week or so ago" keeps its own words, not the words its token count would land on
        assertThat(Texts.dates(AP + "A hiker went missing a week or so ago near the ridge, rangers said.", OCTOBER))
                .containsExactly("a week or so ago=2003-W41");
    }
}
