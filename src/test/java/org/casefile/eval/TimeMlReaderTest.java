package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
    private static final String TEXT = "\nThe Quellmoor council voted Monday & will meet again soon.\n\n"
            + "Mayor Ilse Vantrowe said it ran daily.\n";

    private static GoldDocument doc() throws IOException {
        List<GoldDocument> docs = new TimeMlReader().readFolder(TestData.resource("timeml"));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void textIsTheTextElementWithoutTagsAndTheDctIsTheCreationDate() throws IOException {
        GoldDocument doc = doc();
        assertThat(doc.id()).isEqualTo("TEST20310304.0001");
        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(doc.creationDate()).isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(doc.creationDateOrigin()).isEqualTo(GoldDocument.DateOrigin.TIMEML);
        assertThat(doc.tokens()).isEmpty();
    }

    @Test
    void inlineTimexesKeepTypeAndValueAndEmptyOnesAndTheDctAreLeftOut() throws IOException {
        GoldDocument doc = doc();
        assertThat(doc.timexes()).containsExactly(
                new GoldTimex(new Span(29, 35, "DATE"), "2031-03-03", null, false),
                new GoldTimex(new Span(54, 58, "DATE"), "FUTURE_REF", null, false),
                new GoldTimex(new Span(93, 98, "SET"), "P1D", null, false));
        assertThat(doc.timexes()).extracting(t -> doc.textOf(t.span())).containsExactly("Monday", "soon", "daily");
    }

    @Test
    void eventsCarryTheirClass() throws IOException {
        GoldDocument doc = doc();
        assertThat(doc.events()).extracting(e -> doc.textOf(e.span())).containsExactly("voted", "meet", "said");
        assertThat(doc.events()).extracting(GoldEvent::eventClass).containsExactly("OCCURRENCE", "OCCURRENCE", "REPORTING");
    }

    @Test
    void errorLinesNameMissedSpuriousAndWrongValues() throws IOException {
        GoldDocument doc = doc();
        Prediction p = new Prediction(doc.id(), List.of(), List.of(
                new PredTimex(new Span(29, 35, "DATE"), "2031-03-10"),
                new PredTimex(new Span(1, 4, "DATE"), "XXXX")), List.of());
        String lines = TimexErrors.lines("sys", doc, p);
        assertThat(lines.split("\n")).containsExactly(
                "sys\tTEST20310304.0001\t2031-03-04\tvalue\tMonday\tDATE\t2031-03-03\tMonday\tDATE\t2031-03-10\t"
                        + "The Quellmoor council voted Monday & will meet again soon.",
                "sys\tTEST20310304.0001\t2031-03-04\tmissed\tsoon\tDATE\tFUTURE_REF\t\t\t\t"
                        + "The Quellmoor council voted Monday & will meet again soon.",
                "sys\tTEST20310304.0001\t2031-03-04\tmissed\tdaily\tSET\tP1D\t\t\t\tMayor Ilse Vantrowe said it ran daily.",
                "sys\tTEST20310304.0001\t2031-03-04\tspurious\t\t\t\tThe\tDATE\tXXXX\t"
                        + "The Quellmoor council voted Monday & will meet again soon.");
        assertThat(Scorer.timexes(doc.timexes(), p.timexes()).valueCorrect()).isZero();
    }

    @Test
    void aDocumentsSourceIsTheLettersItsIdStartsWith() {
        assertThat(TimeMlReader.source("TEST20310304.0001")).isEqualTo("TEST");
        assertThat(TimeMlReader.source("qbx_0042")).isEqualTo("QBX");
        assertThat(TimeMlReader.source("QBX_0043")).isEqualTo("QBX");
        assertThat(TimeMlReader.source("ab1234")).isEqualTo("AB");
        assertThat(TimeMlReader.source("9910")).isEqualTo("9910");
        assertThat(TimeMlReader.source("plain")).isEqualTo("PLAIN");
    }
    @Test
    void eventTriggersAreScoredOnTheirTokenWithFactsAndGoldClassesApart() throws IOException {
        GoldDocument doc = doc();
        // "voted" found as a fact, "meet" as a plan (no fact), "council" is no event; "said" missed
        Prediction p = new Prediction(doc.id(), List.of(), List.of(), List.of(
                new PredEvent(new Span(23, 28, "other"), "2031-03-03", List.of(), List.of(), true),
                new PredEvent(new Span(43, 47, "other"), null, List.of(), List.of(), false),
                new PredEvent(new Span(15, 22, "other"), null, List.of(), List.of(), true)));
        assertThat(doc.textOf(p.events().get(0).span())).isEqualTo("voted");
        assertThat(doc.textOf(p.events().get(2).span())).isEqualTo("council");
        List<Report.Row> rows = Evaluator.triggerRows(List.of(doc), List.of(p));
        assertThat(rows).extracting(Report.Row::category).containsExactly(
                "events", "events fact", "events OCCURRENCE", "events REPORTING");
        assertThat(rows).extracting(Report.Row::gold, Report.Row::predicted, Report.Row::tp).containsExactly(
                tuple(3, 3, 2), tuple(3, 2, 1), tuple(2, null, 2), tuple(1, null, 0));
        assertThat(rows.get(0).precision()).isEqualTo(2.0 / 3);
        assertThat(rows.get(1).precision()).isEqualTo(0.5);
        assertThat(rows.get(3).recall()).isZero();
        // no prediction at all: nothing found, nothing claimed
        List<Report.Row> none = Evaluator.triggerRows(List.of(doc), List.of());
        assertThat(none.get(0).tp()).isZero();
        assertThat(none.get(0).predicted()).isZero();
        assertThat(EventErrors.lines(doc, p, true).split("\n")).containsExactly(
                "matched\tTEST20310304.0001\tvoted\tfact\tother\tThe Quellmoor council voted Monday & will meet again soon.",
                "matched\tTEST20310304.0001\tmeet\tnot a fact\tother\tThe Quellmoor council voted Monday & will meet again soon.",
                "spurious\tTEST20310304.0001\tcouncil\tfact\tother\tThe Quellmoor council voted Monday & will meet again soon.",
                "missed\tTEST20310304.0001\tsaid\t-\tREPORTING\tMayor Ilse Vantrowe said it ran daily.");
    }
}
