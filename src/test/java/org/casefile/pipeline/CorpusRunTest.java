package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefile.domain.EntityType;
import org.casefile.ingest.Citation;
import org.casefile.ingest.DateSource;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/** The sample corpus end to end: statuses, dates, and every citation checked mechanically. */
class CorpusRunTest {
    private final CaseFile c = TestPipelines.corpusCase();

    private Map<String, IngestedDocument> byPath() {
        return c.documents().stream().collect(Collectors.toMap(IngestedDocument::path, Function.identity()));
    }

    @Test
    void everySampleDocumentIsOkAndTheReadmeIsSkipped() {
        assertThat(c.documents()).extracting(IngestedDocument::path, IngestedDocument::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("corpus/README.md", DocumentStatus.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("corpus/ap-style-ruling-report.txt", DocumentStatus.OK),
                org.assertj.core.groups.Tuple.tuple("corpus/court-order-2021-04-21.pdf", DocumentStatus.OK),
                org.assertj.core.groups.Tuple.tuple("corpus/news-2018-08-16-arrest.txt", DocumentStatus.OK),
                org.assertj.core.groups.Tuple.tuple("corpus/news-2021-05-11-press-conference.html", DocumentStatus.OK),
                org.assertj.core.groups.Tuple.tuple("corpus/press-release-2022-03-29.docx", DocumentStatus.OK),
                org.assertj.core.groups.Tuple.tuple("corpus/scanned-hearing-notice.pdf", DocumentStatus.OK));
    }

    @Test
    void publicationDatesComeFromTheExpectedSources() {
        Map<String, IngestedDocument> docs = byPath();
        assertThat(docs.get("corpus/ap-style-ruling-report.txt").published().source()).isEqualTo(DateSource.MANIFEST);
        assertThat(docs.get("corpus/ap-style-ruling-report.txt").publishedDate()).hasToString("2021-04-22");
        assertThat(docs.get("corpus/news-2021-05-11-press-conference.html").published().source()).isEqualTo(DateSource.METADATA);
        assertThat(docs.get("corpus/news-2021-05-11-press-conference.html").publishedDate()).hasToString("2021-05-11");
        assertThat(docs.get("corpus/court-order-2021-04-21.pdf").published().source()).isEqualTo(DateSource.TEXT);
        assertThat(docs.get("corpus/court-order-2021-04-21.pdf").publishedDate()).hasToString("2021-04-21");
        assertThat(docs.get("corpus/press-release-2022-03-29.docx").publishedDate()).hasToString("2022-03-29");
        assertThat(docs.get("corpus/news-2018-08-16-arrest.txt").publishedDate()).hasToString("2018-08-16");
        assertThat(docs.get("corpus/scanned-hearing-notice.pdf").publishedDate()).hasToString("2021-05-13");
    }

    @Test
    void pdfsHaveTheirPagesAndTheScanIsOcred() {
        Map<String, IngestedDocument> docs = byPath();
        assertThat(docs.get("corpus/court-order-2021-04-21.pdf").pages()).isEqualTo(5);
        assertThat(docs.get("corpus/court-order-2021-04-21.pdf").ocr()).isFalse();
        assertThat(docs.get("corpus/scanned-hearing-notice.pdf").pages()).isEqualTo(1);
        assertThat(docs.get("corpus/scanned-hearing-notice.pdf").ocr()).isTrue();
        assertThat(docs.get("corpus/scanned-hearing-notice.pdf").text()).contains("NOTICE OF HEARING");
        assertThat(docs.get("corpus/news-2021-05-11-press-conference.html").pages()).isNull();
    }

    @Test
    void everyCitationIsTheExactCodePointSliceOfItsDocumentOnItsPage() {
        Map<String, IngestedDocument> docs = c.documents().stream()
                .collect(Collectors.toMap(IngestedDocument::id, Function.identity()));
        List<Citation> all = new ArrayList<>();
        c.entities().forEach(e -> e.mentions().forEach(m -> all.add(m.citation())));
        c.dates().forEach(d -> all.add(d.citation()));
        c.events().forEach(e -> all.addAll(e.citations()));
        c.claims().forEach(cl -> all.addAll(cl.citations()));
        assertThat(all).hasSizeGreaterThan(200);
        for (Citation cit : all) {
            IngestedDocument d = docs.get(cit.document());
            assertThat(d).as("document of %s", cit).isNotNull();
            int[] cps = d.text().codePoints().toArray();
            assertThat(cit.end()).isLessThanOrEqualTo(cps.length);
            assertThat(new String(cps, cit.start(), cit.end() - cit.start())).isEqualTo(cit.text());
            if (d.pages() == null) {
                assertThat(cit.page()).isNull();
            } else {
                assertThat(cit.page()).isBetween(1, d.pages());
                int charStart = d.text().offsetByCodePoints(0, cit.start());
                assertThat(d.pageMap().pageAt(charStart)).isEqualTo(cit.page());
            }
        }
    }

    @Test
    void theCaseJsonValidatesAgainstTheSchema() {
        JsonNode json = TestPipelines.json(c, true);
        assertThat(TestPipelines.schemaErrors(json)).isEmpty();
        assertThat(json.get("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(json.at("/generator/corenlp").asText()).isEqualTo("4.5.10");
        assertThat(json.at("/generator/tika").asText()).isEqualTo("3.3.1");
        assertThat(json.at("/generator/version").asText()).isEqualTo("0.1.0");
        assertThat(json.get("documents")).hasSize(7);
    }

    @Test
    void theCaseKnowsItsMainPeopleOnce() {
        var people = c.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        var ameen = people.stream().filter(e -> e.name().contains("Ameen") && e.name().startsWith("Omar")).toList();
        assertThat(ameen).hasSize(1);
        assertThat(ameen.get(0).aliases()).contains("Ameen", "Omar Ameen");
        var sources = ameen.get(0).mentions().stream().map(m -> m.document()).distinct().count();
        assertThat(sources).isEqualTo(6);
        assertThat(people).extracting(e -> e.name()).contains("Rachelle Barbour", "Edmund F. Brennan", "Basim Elkarra");
    }
}
