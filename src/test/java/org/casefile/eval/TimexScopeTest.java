package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MEANTIME annotates timexes in its first sentences only: a timex further on is not scored. */
class TimexScopeTest {
    // sentence 0 "Ferry sails", 1 "Tolvane sails in May .", 2 "It came back in 2004 ."
    private static final String TEXT = "Ferry sails\nTolvane sails in May .\nIt came back in 2004 .";
    private static final List<GoldToken> TOKENS = List.of(
            new GoldToken("1", 0, 0, 5, "Ferry"), new GoldToken("2", 0, 6, 11, "sails"),
            new GoldToken("3", 1, 12, 19, "Tolvane"), new GoldToken("4", 1, 20, 25, "sails"),
            new GoldToken("5", 1, 26, 28, "in"), new GoldToken("6", 1, 29, 32, "May"),
            new GoldToken("7", 1, 33, 34, "."),
            new GoldToken("8", 2, 35, 37, "It"), new GoldToken("9", 2, 38, 42, "came"),
            new GoldToken("10", 2, 43, 47, "back"), new GoldToken("11", 2, 48, 50, "in"),
            new GoldToken("12", 2, 51, 55, "2004"), new GoldToken("13", 2, 56, 57, "."));
    private static final GoldDocument DOC = new GoldDocument("77", TEXT, null, GoldDocument.DateOrigin.NONE, null,
            TOKENS, List.of(), List.of(new GoldTimex(new Span(29, 32, "DATE"), "2011-05", null, false)),
            List.of(), List.of());
    private static final Prediction PRED = new Prediction("77", List.of(),
            List.of(new PredTimex(new Span(29, 32, "DATE"), "2011-05"), new PredTimex(new Span(51, 55, "DATE"), "2004")),
            List.of());

    @Test
    void theScopeEndsWithTheLastTokenOfItsLastSentence() {
        assertThat(TEXT.substring(29, 32)).isEqualTo("May");
        assertThat(TEXT.substring(51, 55)).isEqualTo("2004");
        assertThat(DOC.timexScopeEnd(2)).isEqualTo(34);
        assertThat(DOC.timexScopeEnd(1)).isEqualTo(11);
        // a document shorter than the scope is scored whole
        assertThat(DOC.timexScopeEnd(6)).isEqualTo(TEXT.length());
    }

    @Test
    void aTimexAfterTheScopeIsLeftOutOfTheInScopeRowOnly() {
        assertThat(PRED.timexesBefore(34).timexes()).extracting(PredTimex::value).containsExactly("2011-05");
        assertThat(PRED.timexesBefore(TEXT.length()).timexes()).hasSize(2);
        Report r = Evaluator.evaluate("tiny", List.of(DOC), List.of(PRED), null, 2);
        Report.Row all = r.rows().stream().filter(x -> x.category().equals("timex")).findFirst().orElseThrow();
        Report.Row scoped = r.rows().stream().filter(x -> x.category().equals("timex in scope")).findFirst().orElseThrow();
        assertThat(all.predicted()).isEqualTo(2);
        assertThat(all.precision()).isEqualTo(0.5);
        assertThat(scoped.predicted()).isEqualTo(1);
        assertThat(scoped.precision()).isEqualTo(1.0);
        assertThat(scoped.extra()).containsEntry("valueF1", 1.0);
        // negative: without a scope there is no such row
        assertThat(Evaluator.evaluate("tiny", List.of(DOC), List.of(PRED), null).rows())
                .extracting(Report.Row::category).doesNotContain("timex in scope");
    }
}
