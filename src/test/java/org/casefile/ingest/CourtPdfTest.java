package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real court PDFs of the shared corpus (PROVENANCE.md), without OCR so that it stays fast. */
class CourtPdfTest {
    private static TikaIngester ingester;

    @BeforeAll
    static void setUp() {
        ingester = new TikaIngester(IngestOptions.defaults(), false, null);
    }

    @AfterAll
    static void tearDown() {
        ingester.close();
    }

    @ParameterizedTest(name = "{0}: {1} pages")
    @CsvSource({
        "text_layer/ca1_00117684624.pdf, 17",
        "text_layer/ca9_19.pdf, 15",
        "text_layer/gov.uscourts.cacd.652774.40.0.pdf, 4",
        "text_layer/gov.uscourts.njd.387907.32.0.pdf, 9",
        "text_layer/vector-pdf.pdf, 30",
        "robustness/broken-mime.pdf, 23",
        "robustness/rectangles_yes.pdf, 1",
        "scanned/gov.uscourts.cand.203343.17.0.pdf, 1",
        "scanned/gov.uscourts.cand.203070.27.0.pdf, 2",
    })
    void pageCountAndPageMapMatchPdfBox(String relative, int pages) throws IOException {
        Path file = TestFiles.courtPdf(relative);
        IngestedDocument doc = TestFiles.ingest(ingester, file);
        assertThat(doc.status()).as(doc.error()).isEqualTo(DocumentStatus.OK);
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.pages()).isEqualTo(pages);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Set<String> reference = longWords(stripper.getText(pdf));
                if (reference.size() < 10) {
                    continue; // an image page or a blank one
                }
                String slice = pageText(doc, page);
                Set<String> found = new HashSet<>(reference);
                found.retainAll(longWords(slice));
                assertThat((double) found.size() / reference.size())
                        .as("%s page %d: %s", relative, page, TestFiles.oneLine(slice))
                        .isGreaterThanOrEqualTo(0.9);
                if (page > 1) {
                    // and the page is not the previous page's text
                    Set<String> previous = longWords(pageText(doc, page - 1));
                    assertThat(previous.containsAll(reference)).as("%s page %d", relative, page).isFalse();
                }
            }
        }
    }

    /** The text of one page, by the page map. */
    static String pageText(IngestedDocument doc, int page) {
        List<Integer> starts = doc.pageMap().pageStarts();
        int begin = starts.get(page - 1);
        int end = page < starts.size() ? starts.get(page) : doc.text().length();
        return doc.text().substring(begin, end);
    }

    private static Set<String> longWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : TestFiles.words(text)) {
            if (w.length() >= 5) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void pleadingPaperLineNumbersStayOutOfTheText() throws IOException {
        IngestedDocument doc = TestFiles.ingest(ingester, TestFiles.courtPdf("text_layer/gov.uscourts.cacd.652774.40.0.pdf"));
        assertThat(doc.text().lines().filter(l -> l.strip().matches("\\d{1,2}"))).isEmpty();
        assertThat(doc.text()).contains(
                "On July 13, 2016, the Court issued a Temporary Restraining Order (“TRO”)\n"
                        + "and Order to Show Cause Re Preliminary Injunction that was set to expire on July\n"
                        + "25, 2016 based on Plaintiff ConsumerInfo.com, Inc. dba Experian Information\n"
                        + "Solutions’ (“Experian” or “Plaintiff”) Ex Parte Application for a TRO (Dkt. 10).\n"
                        + "At the July 25, 2016, hearing");
        assertThat(doc.text()).contains("\nrecord at the hearing on the matter.\n\nTHUS, IT IS HEREBY ORDERED THAT:\n\n1. ");
        assertThat(doc.text()).contains("\n\n3. The Court finds that no bond is required.\n\nIT IS SO ORDERED\n\n");
        assertThat(doc.text()).contains("(Dkt. 37). Upon consideration of the briefing in support of the\n");
        assertThat(doc.text()).contains("\n\nCase 8:16-cv-01261-DOC-KES   Document 40   Filed 08/05/16   "
                + "Page 2 of 4   Page ID #:366\n\n");
        assertThat(doc.publishedDate()).hasToString("2016-08-05");
        assertThat(doc.published().source()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void junkBeforeThePdfHeaderStillParses() throws IOException {
        IngestedDocument doc = TestFiles.ingest(ingester, TestFiles.courtPdf("robustness/broken-mime.pdf"));
        assertThat(doc.status()).isEqualTo(DocumentStatus.OK);
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.pages()).isEqualTo(23);
        assertThat(TestFiles.words(doc.text()).size()).isGreaterThan(6000);
    }

    @Test
    void zeroBytePdfIsEmpty() throws IOException {
        IngestedDocument doc = TestFiles.ingest(ingester, TestFiles.courtPdf("robustness/empty.pdf"));
        assertThat(doc.status()).isEqualTo(DocumentStatus.EMPTY);
        assertThat(doc.error()).isEqualTo("the file is empty (0 bytes)");
        assertThat(doc.text()).isEmpty();
    }
}
