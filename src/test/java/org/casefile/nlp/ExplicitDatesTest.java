package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** Fully stated dates read without SUTime give what SUTime gives; anything else is SUTime's. */
class ExplicitDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 11);

    private static AnnotatedDocument annotate(String text) {
        return TestPipelines.annotator().annotate(Texts.document("d", text, PUBLISHED));
    }

    private static List<String> dates(String text) {
        return Texts.dates(text, PUBLISHED);
    }

    @Test
    void aYearAMonthAndAFullDateAfterAPrepositionAreRead() {
        assertThat(dates("He arrived in 2014, officials said.")).containsExactly("2014=2014");
        assertThat(dates("The weather turned cold in June 2014.")).containsExactly("June 2014=2014-06");
        assertThat(dates("The brief was due on September 23, 2020.")).containsExactly("September 23, 2020=2020-09-23");
        assertThat(dates("Flights resumed on Aug. 5, 2019.")).containsExactly("Aug. 5, 2019=2019-08-05");
    }

    @Test
    void aDatedSentenceIsTaggedOnlyWhenItNamesAPersonOrOrganisation() {
        // without a name its verbs can be no event of type other: words and entity tags only
        AnnotatedDocument a = annotate("The weather was cold in June 2014.");
        assertThat(a.sentences().get(0).tokens()).extracting(Token::isTagged).containsOnly(false);
        assertThat(a.times()).extracting(TimeMention::begin, TimeMention::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(24, 33));
        // with one its verbs may be (SentenceNeeds.taggedWhenDated): tags, no parse without a trigger
        AnnotatedDocument b = annotate("Tamsin Ordway painted the barn in June 2014.");
        assertThat(b.sentences().get(0).level()).isEqualTo(Sentence.Level.TAGGED);
        assertThat(b.sentences().get(0).tokens()).extracting(Token::pos)
                .containsExactly("NNP", "NNP", "VBD", "DT", "NN", "IN", "NNP", "CD", ".");
    }

    @Test
    void aMonthAndDayAMonthAndAWeekdayAloneAreReadAndResolvedByTense() {
        assertThat(dates("The judge ruled on Tuesday, his lawyer said.")).containsExactly("Tuesday=2021-05-11");
        assertThat(dates("The hearing will resume on Thursday.")).containsExactly("Thursday=2021-05-13");
        assertThat(dates("He was arrested on March 3 in Velmora.")).containsExactly("March 3=2021-03-03");
        assertThat(dates("The company opened an office in November.")).containsExactly("November=2020-11");
    }

    @Test
    void aRelativeDateStillTagsItsSentenceForTheTense() {
        AnnotatedDocument a = annotate("The judge ruled on Tuesday.");
        assertThat(a.sentences().get(0).tokens()).extracting(Token::pos).contains("VBD");
    }

    @Test
    void aClockTimeBesideAWeekdayIsReadWithIt() {
        // "a.m." makes a candidate word of its own, so the weekday's window is not read as "Tuesday" alone
        assertThat(dates("The hearing starts at 9 a.m. on Tuesday.")).containsExactly("9 a.m. on Tuesday=2021-05-11T09:00");
        assertThat(dates("The court opens at 10 a.m.")).containsExactly("10 a.m.=T10:00");
    }

    @Test
    void numbersThatAreNoTimesAreNotRead() {
        // a case number, a statute section, a reporter page: no dates
        assertThat(dates("Case 2:18-mj-00152-EFB Document 12 was filed.")).isEmpty();
        assertThat(dates("Appeals lie under 28 U.S.C. § 1292 in such cases.")).isEmpty();
        assertThat(dates("See Hantzis, 902 F.2d 1028, 1031 (1st Cir. 1990).")).containsExactly("1990=1990");
    }

    @Test
    void anythingAroundTheDateLeavesItToSutime() {
        assertThat(dates("Travel stopped in early 2020.")).containsExactly("early 2020=2020");
        assertThat(dates("He left Iraq on 22 June 2014.")).containsExactly("22 June 2014=2014-06-22");
        assertThat(dates("The hearing is set for Tuesday, June 22, 2021.")).containsExactly("Tuesday, June 22, 2021=2021-06-22");
        assertThat(dates("They met in 2013 and have talked weekly since.")).contains("2013=2013");
        assertThat(dates("He left on about November 17, 2016.")).containsExactly("about November 17, 2016=2016-11-17");
        assertThat(dates("The fiscal year ends in 2010-11.")).doesNotContain("2010=2010");
        assertThat(dates("That happened last Tuesday.")).containsExactly("last Tuesday=2021-05-04");
    }
}
