package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.casefile.output.export.Format;
import org.casefile.output.html.HtmlReport;
import org.casefile.output.model.CaseModel;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * An event the text gives no date for, placed at the publication day by its tense ({@code
 * derivation: publication}), says so wherever its day is shown; an explicit day does not.
 */
class TenseDatedEventTest {

    private static String story(String derivation, String text) throws Exception {
        return """
                {"schemaVersion": "1.1",
                 "documents": [{"id": "d1", "path": "brackwater.txt", "title": "Brackwater mill reopens", "published": "2031-04-09",
                                "chars": 60, "status": "ok"}],
                 "events": [{"id": "v1", "type": "other", "lemma": "reopen", "summary": "The Brackwater mill has reopened.",
                             "date": {"value": "2031-04-09", "text": %s, "begin": "2031-04-09", "end": "2031-04-09",
                                      "precision": "day", "anchored": true, "derivation": "%s"},
                             "sources": 1,
                             "citations": [{"document": "d1", "start": 0, "end": 33, "text": "The Brackwater mill has reopened."}]}]}
                """.formatted(text == null ? "null" : "\"" + text + "\"", derivation);
    }

    @Test
    void aTenseDatedEventSaysItsDayComesFromThePublicationDate() throws Exception {
        CaseModel c = CaseModel.of(new ObjectMapper().readTree(story("publication", null)));
        String card = Jsoup.parse(new HtmlReport().render(c)).select("#timeline .card, .card").text();
        assertThat(card).contains("No date in the text: the tense of the passage places it at or just before the source's publication date.");
        String timeline = ExportSupport.export(Format.TIMELINEJS, c);
        assertThat(timeline).contains("; no date in the text: the tense places it at or just before the publication date.");
    }

    @Test
    void anExplicitDayHasNoSuchNote() throws Exception {
        CaseModel c = CaseModel.of(new ObjectMapper().readTree(story("explicit", "April 9, 2031")));
        assertThat(new HtmlReport().render(c)).doesNotContain("No date in the text");
        assertThat(ExportSupport.export(Format.TIMELINEJS, c)).doesNotContain("no date in the text");
    }
}
