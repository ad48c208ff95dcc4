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
}
