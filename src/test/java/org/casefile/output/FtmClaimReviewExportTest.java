package org.casefile.output;

import org.casefile.domain.EntityType;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FollowTheMoney entities (https://followthemoney.tech/explorer/schemata/) and schema.org Claim
 * JSON-LD (https://schema.org/Claim): required properties, value shapes, references.
 */
class FtmClaimReviewExportTest {
    /** FtM properties whose values are entity ids. */
    private static final Set<String> REFERENCES = Set.of("proof", "document", "resolved", "involved", "addressEntity");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void ftmEntitiesHaveTheirRequiredPropertiesAndResolve(String name, Path file) throws IOException {
        CaseModel c = OutputFixtures.read(file);
        List<JsonNode> entities = lines(ExportSupport.export(Format.FTM, c));
        Map<String, JsonNode> byId = new HashMap<>();
        Map<String, Integer> schemata = new HashMap<>();
        for (JsonNode e : entities) {
            assertThat(e.fieldNames()).toIterable().containsExactly("id", "schema", "properties");
            assertThat(byId.put(e.get("id").asText(), e)).as("duplicate id %s", e.get("id")).isNull();
            schemata.merge(e.get("schema").asText(), 1, Integer::sum);
            e.get("properties").properties().forEach(p -> {
                assertThat(p.getValue().isArray()).as(p.getKey()).isTrue();
                assertThat(p.getValue()).isNotEmpty();
                p.getValue().forEach(v -> assertThat(v.isTextual()).as(p.getKey()).isTrue());
            });
        }
        for (JsonNode e : entities) {
            JsonNode props = e.get("properties");
            switch (e.get("schema").asText()) {
                case "Person", "Organization", "Event" -> assertThat(props.has("name")).isTrue();
                case "Address" -> assertThat(props.has("full")).isTrue();
                case "Mention" -> {
                    assertThat(props.has("document")).isTrue();
                    assertThat(props.has("name")).isTrue();
                    assertThat(byId.get(props.get("resolved").get(0).asText()).get("schema").asText())
                            .isIn("Person", "Organization");
                }
                default -> assertThat(e.get("schema").asText()).isIn("Pages", "PlainText", "HyperText", "Document");
            }
            props.properties().forEach(p -> {
                if (REFERENCES.contains(p.getKey())) {
                    p.getValue().forEach(v -> assertThat(byId).as("%s -> %s", p.getKey(), v).containsKey(v.asText()));
                }
            });
            if (props.has("date")) {
                assertThat(props.get("date").get(0).asText()).matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
            }
        }
        assertThat(schemata.getOrDefault("Person", 0)).isEqualTo(count(c, "PERSON"));
        assertThat(schemata.getOrDefault("Organization", 0)).isEqualTo(count(c, "ORGANIZATION"));
        assertThat(schemata.getOrDefault("Address", 0)).isEqualTo(count(c, "LOCATION"));
        assertThat(schemata.getOrDefault("Event", 0)).isEqualTo((int) c.events().stream().filter(CaseModel.Event::isFact).count());
        int documents = schemata.getOrDefault("Pages", 0) + schemata.getOrDefault("PlainText", 0)
                + schemata.getOrDefault("HyperText", 0) + schemata.getOrDefault("Document", 0);
        assertThat(documents).isEqualTo(c.documents().size());
        long mentions = c.entities().stream().filter(e -> Set.of(EntityType.PERSON, EntityType.ORGANIZATION).contains(e.type()))
                .mapToLong(e -> e.mentions().stream().map(CaseModel.Citation::document).distinct().count()).sum();
        assertThat(schemata.getOrDefault("Mention", 0)).isEqualTo((int) mentions);
        for (CaseModel.Document d : c.documents()) {
            JsonNode doc = byId.get("casefile-doc-" + d.id());
            String expected = d.isPdf() ? "Pages" : "text/html".equals(d.mediaType()) ? "HyperText"
                    : "text/plain".equals(d.mediaType()) ? "PlainText" : d.mediaType() == null ? "Document" : "Pages";
            assertThat(doc.get("schema").asText()).as(d.path()).isEqualTo(expected);
        }
    }

    @Test
    void ftmOfTheHostileCaseIsExact() throws IOException {
        List<JsonNode> entities = lines(ExportSupport.export(Format.FTM, OutputFixtures.read(ExportSupport.hostile())));
        assertThat(entities).hasSize(3 + 3 + 4 + 4);
        String key = entities.get(3).get("id").asText().replace("-e1", "");
        assertThat(entities.get(3).toString()).isEqualTo("{\"id\":\"" + key + "-e1\",\"schema\":\"Person\",\"properties\":"
                + "{\"name\":[\"Mallory\"],\"proof\":[\"casefile-doc-dh1\",\"casefile-doc-dp2\"]}}");
        assertThat(entities.get(5).toString()).isEqualTo("{\"id\":\"" + key + "-e3\",\"schema\":\"Address\",\"properties\":"
                + "{\"name\":[\"Springfield\"],\"proof\":[\"casefile-doc-dh1\",\"casefile-doc-dp2\"],"
                + "\"full\":[\"Springfield\"],\"city\":[\"Springfield\"]}}");
        JsonNode arrest = entities.get(12);
        assertThat(arrest.get("schema").asText()).isEqualTo("Event");
        assertThat(arrest.get("properties").get("date").toString()).isEqualTo("[\"2020-03-03\"]");
        assertThat(arrest.get("properties").get("involved").toString()).isEqualTo("[\"" + key + "-e1\"]");
        assertThat(arrest.get("properties").get("addressEntity").toString()).isEqualTo("[\"" + key + "-e3\"]");
        assertThat(entities.get(10).get("properties").get("date").toString()).isEqualTo("[\"2019\"]");
        assertThat(entities.get(11).get("properties").get("date").toString()).isEqualTo("[\"2019-05\"]");
        JsonNode html = entities.get(0);
        assertThat(html.get("schema").asText()).isEqualTo("HyperText");
        assertThat(html.get("properties").has("sourceUrl")).isFalse();
        assertThat(entities.get(1).get("properties").get("indexText").get(0).asText()).startsWith("Page one.");
        assertThat(entities.get(2).get("properties").get("processingError").toString())
                .isEqualTo("[\"the PDF is encrypted\"]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void claimsAreSchemaOrgClaims(String name, Path file) throws IOException {
        CaseModel c = OutputFixtures.read(file);
        Map<String, CaseModel.Document> docs = new HashMap<>();
        c.documents().forEach(d -> docs.put(d.id(), d));
        JsonNode all = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.CLAIMREVIEW, c));
        assertThat(all.isArray()).isTrue();
        // a negated saying is left out: it would credit its speaker with the words
        List<CaseModel.Claim> said = c.claims().stream()
                .filter(cl -> cl.polarity() != org.casefile.domain.Polarity.NEGATIVE).toList();
        assertThat(all).hasSize(said.size());
        for (int i = 0; i < all.size(); i++) {
            JsonNode o = all.get(i);
            CaseModel.Claim cl = said.get(i);
            assertThat(o.get("@context").asText()).isEqualTo("https://schema.org");
            assertThat(o.get("@type").asText()).isEqualTo("Claim");
            assertThat(o.get("text").asText()).isEqualTo(cl.text());
            if (cl.speaker() != null || cl.speakerName() != null) {
                assertThat(o.get("author").get("@type").asText()).isIn("Person", "Organization");
                assertThat(o.get("author").get("name").asText()).isNotBlank();
            } else {
                assertThat(o.has("author")).isFalse();
            }
            List<String> cited = cl.citations().stream().map(CaseModel.Citation::document).distinct().toList();
            assertThat(o.get("appearance")).hasSize(cited.size());
            for (int j = 0; j < cited.size(); j++) {
                JsonNode work = o.get("appearance").get(j);
                CaseModel.Document d = docs.get(cited.get(j));
                assertThat(work.get("@type").asText()).isEqualTo("CreativeWork");
                assertThat(work.path("url").asText(null))
                        .isEqualTo(org.casefile.output.html.Html.safeUrl(d.url()) == null ? null : d.url());
                assertThat(work.path("datePublished").asText(null)).isEqualTo(d.published());
            }
            String firstPublished = cited.stream().map(docs::get).map(CaseModel.Document::published)
                    .filter(java.util.Objects::nonNull).sorted().findFirst().orElse(null);
            assertThat(o.path("datePublished").asText(null)).isEqualTo(firstPublished);
        }
    }

    @Test
    void claimReviewOfTheHostileCaseIsExact() throws IOException {
        JsonNode all = OutputFixtures.MAPPER.readTree(ExportSupport.export(Format.CLAIMREVIEW,
                OutputFixtures.read(ExportSupport.hostile())));
        JsonNode c1 = all.get(0);
        assertThat(c1.get("author").toString()).isEqualTo("{\"@type\":\"Organization\",\"name\":\"Acme Corp\","
                + "\"alternateName\":[\"<img src=x onerror=\\\"document.body.setAttribute('data-pwned','1')\\\">\"]}");
        assertThat(c1.get("datePublished").asText()).isEqualTo("2020-03-05");
        assertThat(c1.get("appearance").get(0).has("url")).isFalse();
        assertThat(c1.get("keywords").asText()).isEqualTo("allegation, reported");
        JsonNode c2 = all.get(1);
        assertThat(c2.get("author").toString()).isEqualTo("{\"@type\":\"Person\",\"name\":\"The court\"}");
        assertThat(c2.get("firstAppearance").get("name").asText()).isEqualTo("Order in the matter of Mallory");
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.split("\n")) {
            list.add(OutputFixtures.MAPPER.readTree(line));
        }
        return list;
    }

    private static int count(CaseModel c, String type) {
        return (int) c.entities().stream().filter(e -> type.equals(e.type().name())).count();
    }
}
