package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real court PDFs of ../shared together with the generated bad files, through the whole
 * pipeline in one run: every file once with its expected status, and every citation into a PDF
 * on the page that holds its text.
 */
class CourtFolderPipelineTest {
    @TempDir
    static Path dir;
    private static CaseFile result;

    @BeforeAll
    static void run() throws IOException {
        Path courts = TestFiles.courtPdfs();
        try (Stream<Path> files = Files.walk(courts)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".pdf")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        TestFiles.writeBadFiles(dir);
        Files.delete(dir.resolve("300-pages.pdf")); // its text is 300 copies of one page: ingest tests cover it
        result = TestPipelines.run(List.of(dir), IngestOptions.defaults(), 2);
    }

    private static Map<String, IngestedDocument> byName() {
        return result.documents().stream().collect(Collectors.toMap(d -> Path.of(d.path()).getFileName().toString(),
                Function.identity()));
    }

    @Test
    void everyFileAppearsOnceWithItsStatus() throws IOException {
        long files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.count();
        }
        assertThat(result.documents()).hasSize((int) files);
        Map<String, IngestedDocument> docs = byName();
        for (String ok : List.of("ca1_00117684624.pdf", "ca9_19.pdf", "gov.uscourts.cacd.652774.40.0.pdf",
                "gov.uscourts.njd.387907.32.0.pdf", "vector-pdf.pdf", "image-pdf.pdf", "image-pdf-2.pdf",
                "broken-mime.pdf", "rectangles_yes.pdf", "duplicate.pdf", "junk-before-header.pdf", "control-chars.txt")) {
            assertThat(docs.get(ok).status()).as(ok).isEqualTo(DocumentStatus.OK);
        }
        assertThat(docs.get("empty.pdf").status()).isEqualTo(DocumentStatus.EMPTY);
        assertThat(docs.get("encrypted.pdf").status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(docs.get("encrypted.pdf").error()).contains("encrypted");
        assertThat(docs.get("truncated.pdf").status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(docs.get("random.bin").status()).isEqualTo(DocumentStatus.SKIPPED);
        assertThat(docs.get("elf-binary").status()).isIn(DocumentStatus.SKIPPED, DocumentStatus.FAILED);
        // the same bytes twice: the first in path order is processed, the other points to it
        assertThat(docs.get("good.pdf").status()).isEqualTo(DocumentStatus.SKIPPED);
        assertThat(docs.get("good.pdf").duplicateOf()).isEqualTo(docs.get("duplicate.pdf").id());
        assertThat(docs.get("broken-mime.pdf").pages()).isEqualTo(23);
        assertThat(docs.get("vector-pdf.pdf").pages()).isEqualTo(30);
        assertThat(docs.get("image-pdf.pdf").ocr()).isTrue();
        assertThat(result.documents()).allSatisfy(d -> {
            if (d.status() != DocumentStatus.OK) {
                assertThat(d.error()).as(d.path()).isNotBlank();
            }
        });
    }

    @Test
    void everyCitationIntoAPdfNamesThePageThatHoldsItsText() {
        Map<String, IngestedDocument> byId = result.documents().stream()
                .collect(Collectors.toMap(IngestedDocument::id, Function.identity(), (a, b) -> a));
        List<Citation> citations = new java.util.ArrayList<>();
        result.entities().forEach(e -> e.mentions().forEach(m -> citations.add(m.citation())));
        result.events().forEach(e -> citations.addAll(e.citations()));
        result.dates().forEach(d -> citations.add(d.citation()));
        List<Citation> intoPdfs = citations.stream().filter(c -> byId.get(c.document()).pages() != null).toList();
        assertThat(intoPdfs).hasSizeGreaterThan(500);
        for (Citation c : intoPdfs) {
            IngestedDocument d = byId.get(c.document());
            int charStart = d.text().offsetByCodePoints(0, c.start());
            int charEnd = d.text().offsetByCodePoints(charStart, c.end() - c.start());
            assertThat(d.text().substring(charStart, charEnd)).isEqualTo(c.text());
            int page = c.page();
            int pageStart = d.pageMap().pageStarts().get(page - 1);
            int pageEnd = page < d.pages() ? d.pageMap().pageStarts().get(page) : d.text().length();
            assertThat(charStart).as("%s on page %d", c.text(), page).isBetween(pageStart, pageEnd);
        }
    }
}
