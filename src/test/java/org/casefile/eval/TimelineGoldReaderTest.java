package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimelineGoldReaderTest {
    private static List<TimelineTarget> raw;
    private static List<TimelineTarget> resolved;

    @BeforeAll
    static void read() throws IOException {
        raw = new TimelineGoldReader().readFolder(TestData.resource("timeline/gold"),
                TestData.resource("timeline/list_target_entities.txt"));
        List<GoldDocument> docs = new MeantimeReader(TestData.resource("meantime/tml"))
                .readFolder(TestData.resource("meantime/cat"));
        resolved = TimelineGoldReader.resolve(raw, docs);
    }

    @Test
    void namesComeFromTheTargetListWhenTheHeaderIsMisspelt() {
        assertThat(raw).extracting(TimelineTarget::name).containsExactly("Acme Corp", "Jane Doe");
        assertThat(raw).extracting(TimelineTarget::headerName)
                .containsExactly("Acme Corp", "Jane Deo");
        assertThat(raw).extracting(TimelineTarget::fileName)
                .containsExactly("acme_corp.txt", "jane_doe.txt");
    }

    @Test
    void rowsAreParsedAndAGluedRowIsSplit() {
        List<TimelineEntry> rows = raw.get(0).entries();
        assertThat(rows).extracting(TimelineEntry::order).containsExactly(0, 1, 2, 3, 4);
        assertThat(rows).extracting(TimelineEntry::date).containsExactly(
                "XXXX-XX-XX", "2010-03-01", "2010-XX-XX", "2010-03-03", "2011-XX-XX");
        assertThat(rows).extracting(TimelineEntry::dated)
                .containsExactly(false, true, true, true, true);
        assertThat(raw.get(0).datedEntries()).hasSize(4);
        assertThat(rows.get(2).mentions()).containsExactly(
                TimelineMention.unresolved("900002-1-opened", "900002", 1, "opened"));
        assertThat(rows.get(3).mentions()).containsExactly(
                TimelineMention.unresolved("9000011-1-hired_Doe", "9000011", 1, "hired_Doe"));
        assertThat(rows.get(4).mentions()).containsExactly(
                TimelineMention.unresolved("900001-1-missing", "900001", 1, "missing"),
                TimelineMention.unresolved("not-a-mention", null, -1, "not-a-mention"));
    }

    @Test
    void mentionsResolveToEventSpans() {
        List<TimelineEntry> rows = resolved.get(0).entries();
        assertThat(rows.get(0).mentions().get(0)).isEqualTo(new TimelineMention(
                "900001-1-final", "900001", 1, "final", "900001", Span.of(71, 76), "final"));
        assertThat(rows.get(1).mentions().get(0)).isEqualTo(new TimelineMention(
                "900001-1-hired", "900001", 1, "hired", "900001", Span.of(24, 29), "hired"));
        assertThat(rows.get(2).mentions().get(0)).isEqualTo(new TimelineMention(
                "900002-1-opened", "900002", 1, "opened", "900002", Span.of(16, 22), "opened"));
    }

    @Test
    void mistypedDocIdIsRepairedAndSplitWordsResolveToTheFirstWord() {
        TimelineMention m = resolved.get(0).entries().get(3).mentions().get(0);
        assertThat(m).isEqualTo(new TimelineMention("9000011-1-hired_Doe", "9000011", 1,
                "hired_Doe", "900001", Span.of(24, 29), "hired"));
    }

    @Test
    void contiguousMultiWordMentionsCoverAllWords() {
        TimelineMention m = resolved.get(1).entries().get(0).mentions().get(1);
        assertThat(m.span()).isEqualTo(Span.of(30, 38));
        assertThat(m.text()).isEqualTo("Jane Doe");
    }

    @Test
    void unknownWordsStayUnresolved() {
        List<TimelineMention> ms = resolved.get(0).entries().get(4).mentions();
        assertThat(ms).extracting(TimelineMention::resolved).containsExactly(false, false);
        assertThat(ms.get(0).resolvedDocId()).isNull();
    }
}
