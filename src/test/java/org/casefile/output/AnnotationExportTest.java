package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): the JSON-LD context,
 * an AnnotationCollection with an AnnotationPage, one Annotation per citation, and selectors that
 * resolve to the quote in the document's text.
 */
class AnnotationExportTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void everySelectorResolvesToItsQuote(String name, Path file) throws IOException {
        CaseModel c = OutputFixtures.read(file);
        Map<String, CaseModel.Document> docs = c.documents().stream()
                .collect(Collectors.toMap(CaseModel.Document::id, Function.identity()));
        Map<String, CaseModel.Document> bySource = c.documents().stream().filter(CaseModel.Document::isOk)
                .collect(Collectors.toMap(d -> source(d), Function.identity()));
        JsonNode root = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.ANNOTATIONS, c));

        assertThat(root.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        JsonNode page = root.get("first");
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(page.get("startIndex").asInt()).isZero();
        JsonNode items = page.get("items");
        List<CaseModel.Citation> citations = OutputFixtures.citations(c);
        assertThat(items).hasSize(citations.size());
        assertThat(root.get("total").asInt()).isEqualTo(citations.size());

        Set<String> ids = new HashSet<>();
        int pdfTargets = 0;
        for (JsonNode a : items) {
            assertThat(ids.add(a.get("id").asText())).isTrue();
            assertThat(a.get("id").asText()).startsWith("urn:casefile:");
            assertThat(a.get("type").asText()).isEqualTo("Annotation");
            assertThat(a.get("motivation").asText()).isIn("identifying", "describing", "questioning", "classifying");
            assertThat(a.get("body").get(0).get("type").asText()).isEqualTo("TextualBody");
            JsonNode target = a.get("target");
            CaseModel.Document d = bySource.get(target.get("source").asText());
            assertThat(d).as("source %s", target.get("source")).isNotNull();
            String text = d.text();
            JsonNode selectors = target.get("selector");
            JsonNode quote = selectors.get(0);
            JsonNode position = selectors.get(1);
            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            String exact = quote.get("exact").asText();
            int start = position.get("start").asInt();
            int end = position.get("end").asInt();
            assertThat(OutputFixtures.slice(text, start, end)).isEqualTo(exact);
            String prefix = quote.get("prefix").asText();
            String suffix = quote.get("suffix").asText();
            assertThat(prefix.codePointCount(0, prefix.length())).isEqualTo(Math.min(32, start));
            assertThat(text).contains(prefix + exact + suffix);
            int at = text.offsetByCodePoints(0, start - prefix.codePointCount(0, prefix.length()));
            assertThat(text.startsWith(prefix + exact + suffix, at)).isTrue();
            if (d.isPdf()) {
                pdfTargets++;
                JsonNode fragment = selectors.get(2);
                assertThat(selectors).hasSize(3);
                assertThat(fragment.get("type").asText()).isEqualTo("FragmentSelector");
                assertThat(fragment.get("conformsTo").asText()).isEqualTo("http://tools.ietf.org/rfc/rfc3778");
                assertThat(fragment.get("value").asText()).matches("page=[1-9][0-9]*");
                int pageNo = Integer.parseInt(fragment.get("value").asText().substring(5));
                assertThat(pageNo).isBetween(1, d.pages());
                assertThat(fragment.get("refinedBy")).isEqualTo(quote);
            } else {
                assertThat(selectors).hasSize(2);
            }
        }
        assertThat(pdfTargets).isEqualTo(citations.stream().filter(x -> docs.get(x.document()).isPdf()).count());
    }

    @Test
    void hostileAnnotationsHaveExactSelectors() throws IOException {
        CaseModel c = OutputFixtures.read(ExportSupport.hostile());
        JsonNode items = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.ANNOTATIONS, c)).get("first").get("items");
        JsonNode conflict = null;
        for (JsonNode a : items) {
            if (a.get("motivation").asText().equals("questioning")) {
                conflict = a;
            }
        }
        assertThat(conflict).isNotNull();
        assertThat(conflict.get("body").get(0).get("value").asText()).isEqualTo("arrest, dated 4 March 2020 by this source "
                + "(the case has 3 March 2020): Mallory was arrested in Springfield "
                + "<script>document.body.setAttribute('data-pwned','1')</script>");
        JsonNode target = conflict.get("target");
        // not a valid URL, so the document is named by its content hash (RFC 6920)
        assertThat(target.get("source").asText()).isEqualTo("ni:///sha-256;zDTeT-um7NxRAFlF3i_Jfqn5LWq0Jdyk0BzyVdivU-Q");
        assertThat(target.get("selector").toString()).isEqualTo("[{\"type\":\"TextQuoteSelector\","
                + "\"exact\":\"Mallory was arrested on 4 March 2020\",\"prefix\":\"Page one. \uD835\uDC9C \","
                + "\"suffix\":\" in Springfield.\\n\\nPage two: In 2\"},"
                + "{\"type\":\"TextPositionSelector\",\"start\":12,\"end\":48},"
                + "{\"type\":\"FragmentSelector\",\"conformsTo\":\"http://tools.ietf.org/rfc/rfc3778\",\"value\":\"page=1\","
                + "\"refinedBy\":{\"type\":\"TextQuoteSelector\",\"exact\":\"Mallory was arrested on 4 March 2020\","
                + "\"prefix\":\"Page one. \uD835\uDC9C \",\"suffix\":\" in Springfield.\\n\\nPage two: In 2\"}}]");
        // a javascript: URL is no source either
        assertThat(items.get(0).get("target").get("source").asText())
                .isEqualTo("ni:///sha-256;bYynWAUxXjbuIoNAF2NiC2ayRcvaD1dIoHl2FeAqVUM");
    }

    @Test
    void withoutTextsOnlyTheExactQuoteIsGiven() throws IOException {
        CaseModel c = OutputFixtures.read(ExportSupport.hostile());
        CaseModel noText = new CaseModel(c.schemaVersion(), c.generator(), c.createdAt(),
                c.documents().stream().map(d -> new CaseModel.Document(d.id(), d.path(), d.sha256(), d.mediaType(),
                        d.title(), null, d.published(), d.publishedFrom(), d.pages(), d.chars(), d.ocr(), d.status(),
                        d.error(), d.duplicateOf(), d.parent(), null)).toList(),
                c.entities(), c.dates(), c.events(), c.claims());
        JsonNode a = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.ANNOTATIONS, noText))
                .get("first").get("items").get(0);
        assertThat(a.get("target").get("source").asText())
                .isEqualTo("ni:///sha-256;bYynWAUxXjbuIoNAF2NiC2ayRcvaD1dIoHl2FeAqVUM");
        assertThat(a.get("target").get("selector").get(0).toString())
                .isEqualTo("{\"type\":\"TextQuoteSelector\",\"exact\":\"Mallory\"}");
    }

    private static String source(CaseModel.Document d) {
        if (org.casefile.output.html.Html.safeUrl(d.url()) != null) {
            return d.url();
        }
        byte[] hash = java.util.HexFormat.of().parseHex(d.sha256());
        return "ni:///sha-256;" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
