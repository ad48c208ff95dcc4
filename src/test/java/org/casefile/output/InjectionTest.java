package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casefile.output.export.CsvExporter;
import org.casefile.output.html.HtmlReport;
import org.casefile.output.model.CaseModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheet formulas in CSV cells and bidi overrides in the HTML report: shown, never obeyed. */
class InjectionTest {
    private static final String RLO = "\u202E";
    private static final String PDF = "\u202C";
    private static final String RLI = "\u2067";
    private static final String PDI = "\u2069";
    private static final String LRM = "\u200E";

    @TempDir
    Path tmp;

    /** The hostile case with formulas and bidi controls in a title, a URL, a name and a quote. */
    private static CaseModel poisoned() throws IOException {
        ObjectNode json = (ObjectNode) OutputFixtures.tree(ExportSupport.hostile());
        ObjectNode doc = (ObjectNode) json.at("/documents/0");
        doc.put("title", "=HYPERLINK(\"https://example.net/x\",\"Report\")");
        doc.put("url", "https://example.org/report" + RLO + "fdp.exe");
        ObjectNode doc2 = (ObjectNode) json.at("/documents/1");
        doc2.put("title", "Ruling " + RLO + "4 March 2020" + PDF + " on Vellmar" + LRM);
        doc2.put("path", "@SUM(A1:A9)");
        ObjectNode claim = (ObjectNode) json.at("/claims/0");
        claim.put("text", "-2+3 " + RLI + "said the clerk" + PDI);
        claim.put("speakerName", "+Tobin Reyes");
        ((ObjectNode) json.at("/claims/0/citations/0")).put("text", "\t=cmd|' /C calc'!A0");
        ((ObjectNode) json.at("/entities/0")).put("name", "\r=1+1 Mallory");
        return CaseModel.of(json);
    }

    @Test
    void csvCellsThatCouldBeFormulasGetALeadingQuote() throws IOException {
        new CsvExporter().write(poisoned(), tmp);

        CSVRecord doc1 = rows("documents.csv").get(0);
        assertThat(doc1.get("title")).isEqualTo("'=HYPERLINK(\"https://example.net/x\",\"Report\")");
        assertThat(rows("documents.csv").get(1).get("path")).isEqualTo("'@SUM(A1:A9)");
        CSVRecord claim = rows("claims.csv").get(0);
        assertThat(claim.get("text")).isEqualTo("'-2+3 " + RLI + "said the clerk" + PDI);
        assertThat(claim.get("speakerName")).isEqualTo("'+Tobin Reyes");
        assertThat(rows("citations.csv").stream().filter(r -> r.get("kind").equals("claim") && r.get("id").equals("c1"))
                .findFirst().orElseThrow().get("text")).isEqualTo("'\t=cmd|' /C calc'!A0");
        assertThat(rows("entities.csv").get(0).get("name")).isEqualTo("'\r=1+1 Mallory");
        // numbers, including negative ones, and ordinary text stay as they are
        assertThat(rows("citations.csv").get(0).get("start")).matches("[0-9]+");
        assertThat(rows("documents.csv").get(0).get("url")).isEqualTo("https://example.org/report" + RLO + "fdp.exe");
        // no cell anywhere starts with a formula character
        for (String f : List.of("documents.csv", "entities.csv", "mentions.csv", "dates.csv", "events.csv", "claims.csv",
                "citations.csv")) {
            for (CSVRecord r : rows(f)) {
                for (String cell : r) {
                    assertThat(cell).as(f).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                            .doesNotStartWith("\t").doesNotStartWith("\r");
                    if (cell.startsWith("-")) {
                        assertThat(cell).as(f).matches("-[0-9]+");
                    }
                }
            }
        }
    }

    @Test
    void neutraliseFollowsTheOwaspList() {
        assertThat(List.of("=1", "+1", "-1", "@a", "\t1", "\r1", "a=1", "", "1-2", "'=x"))
                .map(CsvExporter::neutralise)
                .containsExactly("'=1", "'+1", "'-1", "'@a", "'\t1", "'\r1", "a=1", "", "1-2", "'=x");
    }

    private List<CSVRecord> rows(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(tmp.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void bidiControlsAreShownNotObeyedAndUntrustedTextIsIsolated() throws IOException {
        String html = new HtmlReport().render(poisoned());

        assertThat(html.codePoints().filter(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F).count()).as("bidi controls left in the page").isZero();
        Document page = Jsoup.parse(html);
        Element row2 = page.select("#sources tbody tr").get(1);
        assertThat(row2.select("td").get(1).select("bdi").first().text())
                .isEqualTo("Ruling ⟨U+202E⟩4 March 2020⟨U+202C⟩ on Vellmar⟨U+200E⟩");
        Element row1 = page.select("#sources tbody tr").get(0);
        // the link's target is percent-encoded; its text is shown with the marker
        assertThat(row1.select("a").attr("href")).isEqualTo("https://example.org/report%E2%80%AEfdp.exe");
        assertThat(row1.select(".aka bdi").first().text()).isEqualTo("https://example.org/report⟨U+202E⟩fdp.exe");
        Element claim = page.select("#claims li.claim").stream()
                .filter(li -> li.text().contains("said the clerk")).findFirst().orElseThrow();
        assertThat(claim.select(".said bdi").text()).isEqualTo("-2+3 ⟨U+2067⟩said the clerk⟨U+2069⟩");
        assertThat(page.select("#claims .speaker h3 bdi").eachText()).contains("=1+1 Mallory", "Acme Corp");
        // every quoted passage and every summary is isolated from the text around it
        assertThat(page.select(".q")).isNotEmpty().allMatch(q -> q.child(0).tagName().equals("bdi"));
        assertThat(page.select("p.sum")).allMatch(p -> p.child(0).tagName().equals("bdi"));
        assertThat(page.title()).doesNotContain(RLO);
    }
}
