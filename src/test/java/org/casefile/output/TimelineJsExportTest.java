package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): {@code events} required,
 * each slide with a {@code start_date} whose {@code year} is required; text headline and text;
 * group; unique ids; the title slide has no date.
 */
class TimelineJsExportTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void slidesFollowTheTimelineJsFormat(String name, Path file) throws IOException {
        CaseModel c = OutputFixtures.read(file);
        JsonNode t = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.TIMELINEJS, c));
        List<CaseModel.Event> facts = c.events().stream().filter(CaseModel.Event::isFact).toList();
        List<CaseModel.Event> dated = facts.stream().filter(CaseModel.Event::isDated).toList();
        int undated = facts.size() - dated.size();

        assertThat(t.get("scale").asText()).isEqualTo("human");
        assertThat(t.get("title").has("start_date")).isFalse();
        assertThat(t.get("title").get("text").get("headline").asText()).isEqualTo("Case timeline");
        assertThat(t.get("title").get("text").get("text").asText())
                .contains(undated + (undated == 1 ? " undated event is" : " undated events are") + " left out");
        long notAsserted = c.events().size() - facts.size();
        if (notAsserted > 0) {
            // each event no source asserts is listed apart with how it is told, never as a slide
            assertThat(t.get("title").get("text").get("text").asText())
                    .contains(notAsserted + (notAsserted == 1 ? " event is" : " events are") + " not asserted as facts");
            c.events().stream().filter(e -> !e.isFact()).forEach(e -> assertThat(t.get("title").get("text").get("text")
                    .asText()).contains(e.stanceLabel() + " " + e.type()));
        }
        JsonNode events = t.get("events");
        assertThat(events.isArray()).isTrue();
        assertThat(events).hasSize(dated.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode s = events.get(i);
            CaseModel.Event e = dated.get(i);
            LocalDate begin = LocalDate.parse(e.date().begin());
            JsonNode start = s.get("start_date");
            assertThat(start.get("year").isInt()).isTrue();
            assertThat(List.of(start.get("year").asInt(), start.get("month").asInt(), start.get("day").asInt()))
                    .containsExactly(begin.getYear(), begin.getMonthValue(), begin.getDayOfMonth());
            boolean partial = !e.date().begin().equals(e.date().end());
            assertThat(s.has("end_date")).isEqualTo(partial);
            assertThat(s.has("display_date")).isEqualTo(partial);
            if (partial) {
                LocalDate end = LocalDate.parse(e.date().end());
                JsonNode en = s.get("end_date");
                assertThat(List.of(en.get("year").asInt(), en.get("month").asInt(), en.get("day").asInt()))
                        .containsExactly(end.getYear(), end.getMonthValue(), end.getDayOfMonth());
            }
            assertThat(s.get("text").get("headline").asText()).isNotBlank();
            assertThat(s.get("text").get("text").asText()).contains("<blockquote>“");
            assertThat(s.get("group").asText()).isEqualTo(e.type());
            assertThat(s.get("unique_id").asText()).isEqualTo(e.id());
            assertThat(ids.add(s.get("unique_id").asText())).isTrue();
        }
    }

    @Test
    void hostileSlidesAreExactAndEscaped() throws IOException {
        JsonNode t = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.TIMELINEJS,
                OutputFixtures.read(ExportSupport.hostile())));
        JsonNode events = t.get("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("display_date").asText()).isEqualTo("2019");
        assertThat(events.get(1).get("display_date").asText()).isEqualTo("May 2019");
        assertThat(events.get(1).get("end_date").toString()).isEqualTo("{\"year\":2019,\"month\":5,\"day\":31}");
        JsonNode arrest = events.get(2);
        assertThat(arrest.get("start_date").toString()).isEqualTo("{\"year\":2020,\"month\":3,\"day\":3}");
        assertThat(arrest.get("text").get("headline").asText()).isEqualTo(
                "Mallory was arrested in Springfield &lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&lt;/script&gt;");
        assertThat(arrest.get("text").get("text").asText()).isEqualTo(
                "<blockquote>“Mallory was arrested in Springfield on 3 March 2020”</blockquote>"
                        + "<p>— <bdi>&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&lt;/script&gt; "
                        + "Evil headline &amp; more</bdi>, 2020-03-05</p>"
                        + "<p>Participants: Mallory (patient)</p><p>Place: Springfield</p><p>Reported by 2 sources.</p>"
                        + "<p><strong>Sources disagree:</strong> 4 March 2020 according to Order in the matter of Mallory.</p>");
        assertThat(t.toString()).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img");
        assertThat(t.get("title").get("text").get("text").asText())
                .isEqualTo("<p>3 dated events from 2 documents, extracted by casefile test.</p>"
                        + "<p>1 undated event is left out of this timeline; see the case JSON or the HTML report.</p>");
    }

    /** An event of type other shows its lemma in TimelineJS (its group stays the type) and in the HTML report. */
    @Test
    void anEventOfTypeOtherShowsItsLemma() throws IOException {
        CaseModel c = OutputFixtures.read(OutputFixtures.corpusFile());
        CaseModel.Event first = c.events().stream().filter(CaseModel.Event::isFact).filter(CaseModel.Event::isDated)
                .findFirst().orElseThrow();
        CaseModel.Event other = new CaseModel.Event(first.id(), "other", "outbid", first.polarity(), first.modality(),
                first.summary(), first.date(), first.participants(), first.location(), first.sources(), first.citations(),
                first.conflicts(), first.charges());
        List<CaseModel.Event> events = new java.util.ArrayList<>(c.events());
        events.set(events.indexOf(first), other);
        CaseModel changed = new CaseModel(c.schemaVersion(), c.generator(), c.createdAt(), c.documents(), c.entities(),
                c.dates(), events, c.claims());
        assertThat(other.typeLabel()).isEqualTo("other (outbid)");
        assertThat(first.typeLabel()).isEqualTo(first.type());
        JsonNode t = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.TIMELINEJS, changed));
        JsonNode slide = null;
        for (JsonNode s : t.get("events")) {
            if (s.get("unique_id").asText().equals(other.id())) {
                slide = s;
            }
        }
        assertThat(slide).isNotNull();
        assertThat(slide.get("group").asText()).isEqualTo("other");
        assertThat(slide.get("text").get("text").asText()).contains("<p>Event: other (outbid)</p>");
        String html = new org.casefile.output.html.HtmlReport().render(changed);
        assertThat(html).contains("<span class=\"type\"><bdi>other (outbid)</bdi></span>");
    }
}
