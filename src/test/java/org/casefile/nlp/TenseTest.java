package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.TestPipelines;
import org.casefile.ingest.DateSource;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.PageMap;
import org.casefile.ingest.PublicationDate;
import org.junit.jupiter.api.Test;

/** Weekday resolution on real CoreNLP tags: the tense of the clause decides. */
class TenseTest {
    private static List<TimeMention> times(String text, LocalDate published) {
        IngestedDocument doc = new IngestedDocument("dtest", "test.txt", null, "text/plain", null, null,
                published == null ? null : new PublicationDate(published, DateSource.OPTION), PageMap.NONE, text,
                false, DocumentStatus.OK, null, null, null);
        return TestPipelines.annotator().annotate(doc).times();
    }

    @Test
    void saidOnTuesdayLooksBackAndWillVoteOnTuesdayLooksAhead() {
        List<TimeMention> t = times("The mayor said on Tuesday that the council will vote on Tuesday.", LocalDate.of(2013, 3, 22));
        assertThat(t).extracting(TimeMention::value).containsExactly("2013-03-19", "2013-03-26");
        assertThat(t).allSatisfy(m -> assertThat(m.resolution()).isEqualTo(TimeMention.Resolution.PUBLICATION_DATE));
    }

    @Test
    void aHearingThatIsAwaitedIsAhead() {
        List<TimeMention> t = times("He is awaiting an immigration hearing on Thursday.", LocalDate.of(2021, 5, 11));
        assertThat(t).extracting(TimeMention::value).containsExactly("2021-05-13");
    }

    @Test
    void aMonthAndDayInAPastClauseIsTheNearestPastOne() {
        List<TimeMention> t = times("The judge ruled on March 3 that he could go.", LocalDate.of(2013, 3, 22));
        assertThat(t).extracting(TimeMention::value, TimeMention::anchored).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2013-03-03", true));
    }
    @Test
    void aPresentProgressiveTellsOfAnArrangementAheadButNotOfAPeriodOrAComparison() {
        LocalDate june = LocalDate.of(2017, 6, 7);
        assertThat(times("The sheriff, who is seeking a fourth term in November, has hired two deputies.", june))
                .extracting(TimeMention::value).containsExactly("2017-11");
        assertThat(times("Councilman Tobiah Wrenfield is running for the state Senate in October.", june))
                .extracting(TimeMention::value).containsExactly("2017-10");
        // negatives: a period reported on, a span looked back on, a comparison after a comma
        assertThat(times("The cooperative is publishing its accounts for November.", june))
                .extracting(TimeMention::value).containsExactly("2016-11");
        assertThat(times("The index is trading at 1,240, up from 1,180 in February.", june))
                .extracting(TimeMention::value).containsExactly("2017-02");
        assertThat(times("Residents of Quenby are still cleaning up after floods in March.", june))
                .extracting(TimeMention::value).containsExactly("2017-03");
        assertThat(times("Inspectors are examining the March 3 derailment near Fallowby.", june))
                .extracting(TimeMention::value).containsExactly("2017-03-03");
        assertThat(times("Rents in Quenby are rising faster than in January.", june))
                .extracting(TimeMention::value).containsExactly("2017-01");
    }
}
