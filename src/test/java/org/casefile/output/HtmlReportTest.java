package org.casefile.output;

import org.casefile.domain.Stance;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.casefile.output.html.HtmlReport;
import org.casefile.output.model.CaseModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML report's structure, its escaping and its Content-Security-Policy (parsed with jsoup). */
class HtmlReportTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casefile.output.ExportSupport#cases")
    void reportHasEverySectionAndEveryEvent(String name, Path file) throws Exception {
        CaseModel c = OutputFixtures.read(file);
        String html = new HtmlReport().render(c);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("link, img, iframe, object, embed, form, base")).isEmpty();
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> assertThat(a.getKey()).as("event handler on %s", e.tagName()).doesNotStartWith("on"));
        }
        page.select("a[href]").forEach(a -> assertThat(a.attr("href")).matches("#[a-z0-9-]+|https?://.+"));
        page.select("a[href^=#]").forEach(a -> assertThat(page.getElementById(a.attr("href").substring(1)))
                .as("anchor %s", a.attr("href")).isNotNull());

        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        String css = page.selectFirst("style").data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(csp.attr("content")).isEqualTo("default-src 'none'; script-src 'none'; style-src 'sha256-" + hash
                + "'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'");
        assertThat(page.head().child(1)).isEqualTo(csp);

        assertThat(page.select("section").eachAttr("id")).containsExactly("overview", "conflicts", "timeline",
                "undated", "not-asserted", "entities", "claims", "sources");
        long facts = c.events().stream().filter(CaseModel.Event::isFact).count();
        long dated = c.events().stream().filter(CaseModel.Event::isFact).filter(CaseModel.Event::isDated).count();
        assertThat(page.select("#timeline li.ev")).hasSize((int) dated);
        assertThat(page.select("#undated li.ev")).hasSize((int) (facts - dated));
        assertThat(page.select("#not-asserted li.ev")).hasSize(c.events().size() - (int) facts);
        assertThat(page.select("#overview a.mk")).hasSize((int) dated);
        assertThat(page.select("#timeline li.ev.band")).hasSize((int) c.events().stream().filter(CaseModel.Event::isFact)
                .filter(e -> e.isDated() && !e.date().begin().equals(e.date().end())).count());
        assertThat(page.select("li.ev.disputed")).hasSize((int) c.events().stream()
                .filter(e -> !e.conflicts().isEmpty()).count());
        for (Element ev : page.select("li.ev")) {
            assertThat(ev.select(".type")).hasSize(1);
            assertThat(ev.select(".count").text()).matches("[0-9]+ sources?");
            assertThat(ev.select("blockquote")).isNotEmpty();
            assertThat(ev.select("blockquote cite a.src").text()).matches("(S[0-9]+ ?)+");
        }
        int indexed = (int) c.entities().stream().filter(e -> e.type().name().matches("PERSON|ORGANIZATION|LOCATION")).count();
        assertThat(page.select("#entities table.idx tbody tr")).hasSize(indexed);
        assertThat(page.select("#claims li.claim")).hasSize(c.claims().size());
        assertThat(page.select("#claims .stance.allegation").size() - 1)
                .isEqualTo((int) c.claims().stream().filter(x -> x.stance() == Stance.ALLEGATION).count());
        assertThat(page.select("#sources tbody tr")).hasSize(c.documents().size());
    }

    @Test
    void documentTextIsShownAsTextNeverAsMarkup() {
        CaseModel c = OutputFixtures.read(ExportSupport.hostile());
        String html = new HtmlReport().render(c);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("</textarea>").doesNotContainIgnoringCase("href=\"javascript").doesNotContain("<i>");
        assertThat(html.indexOf("</style>")).isEqualTo(html.lastIndexOf("</style>"));
        Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("Case timeline: Mallory");
        // the text is all there, as text
        assertThat(page.select("#undated .q").text())
                .isEqualTo("<script>document.body.setAttribute('data-pwned','1')</script> The judge said the filing was late.");
        assertThat(page.select("#undated .type").text()).isEqualTo("filing</style><script>document.body.setAttribute('data-pwned','1')</script>");
        assertThat(page.select("#sources tbody tr").get(0).select("td").get(1).text()).isEqualTo(
                "<script>document.body.setAttribute('data-pwned','1')</script> Evil headline & more "
                        + "javascript:document.body.setAttribute('data-pwned','1')");
        assertThat(page.select("#sources tbody tr a")).isEmpty();
        assertThat(page.select("#claims li.claim").get(2).select(".said").text())
                .isEqualTo("“<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">”");
        // the conflict is highlighted in the summary and in the event
        assertThat(page.select("#conflicts li").text()).isEqualTo("arrest: Mallory was arrested in Springfield "
                + "<script>document.body.setAttribute('data-pwned','1')</script> — this timeline uses 3 March 2020 (S1); "
                + "4 March 2020 (S2)");
        Element arrest = page.selectFirst("li.ev.disputed");
        assertThat(arrest.select(".flag").text()).isEqualTo("sources disagree on the date");
        assertThat(arrest.select(".conflict").text()).isEqualTo("4 March 2020 according to S2: Page one. \uD835\uDC9C "
                + "Mallory was arrested on 4 March 2020 in Springfield. Page two: In 2019 Acme Corp hired…"
                + "S2 Order in the matter of Mallory, 2021-01-10, p. 1");
        assertThat(arrest.select(".conflict .q").text()).isEqualTo("Mallory was arrested on 4 March 2020");
        // partial dates are bands with their range
        assertThat(page.select("#timeline li.ev.band .when").eachText())
                .containsExactly("2019 some time in the year", "May 2019 some day in the month");
        assertThat(page.select("#timeline li.ev.day .when").eachText()).containsExactly("3 March 2020");
        assertThat(page.select("#sources tbody tr").get(2).text()).contains("failed: the PDF is encrypted");
    }

    @Test
    void aSourceGivingTheOtherDateIsListedOnceUnderThatDate() throws Exception {
        CaseModel c = OutputFixtures.read(OutputFixtures.hostileFile());
        // as the pipeline writes it: the event's passages include the one that gives the other date
        List<CaseModel.Event> events = c.events().stream().map(e -> {
            if (e.conflicts().isEmpty()) {
                return e;
            }
            List<CaseModel.Citation> all = new java.util.ArrayList<>(e.citations());
            e.conflicts().forEach(k -> all.addAll(k.citations()));
            return new CaseModel.Event(e.id(), e.type(), e.lemma(), e.polarity(), e.modality(), e.summary(), e.date(),
                    e.participants(), e.location(), e.sources(), all, e.conflicts(), e.charges());
        }).toList();
        CaseModel both = new CaseModel(c.schemaVersion(), c.generator(), c.createdAt(), c.documents(), c.entities(),
                c.dates(), events, c.claims());
        Document page = Jsoup.parse(new HtmlReport().render(both));
        assertThat(page.select("#conflicts li").text()).endsWith("— this timeline uses 3 March 2020 (S1); "
                + "4 March 2020 (S2)");
    }
}
