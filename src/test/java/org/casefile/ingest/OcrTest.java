package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scanned court PDFs through Tika and tesseract; about 5 s per page on a 2-core machine. */
class OcrTest {
    @Test
    void scanOfTwoPagesRecoversTheirWords() throws IOException {
        assumeTrue(Tesseract.isInstalled(), "tesseract is not installed");
        Path scan = TestFiles.courtPdf("scanned/image-pdf.pdf");
        String reference = Files.readString(TestFiles.courtPdf("scanned/image-pdf.reference-text-from-vector-pdf-p1-2.txt"),
                StandardCharsets.UTF_8);
        try (TikaIngester ingester = new TikaIngester(IngestOptions.defaults())) {
            IngestedDocument doc = TestFiles.ingest(ingester, scan);
            assertThat(doc.status()).as(doc.error()).isEqualTo(DocumentStatus.OK);
            assertThat(doc.ocr()).isTrue();
            assertThat(doc.pages()).isEqualTo(2);
            assertThat(TestFiles.wordRecall(reference, doc.text())).isGreaterThanOrEqualTo(0.9);
            assertThat(doc.text()).startsWith("(Slip Opinion) OCTOBER TERM, 2012 1\n\nSyllabus\n\nNOTE: Where it is feasible");
            // "No. 11-889. Argued April 23, 2013—Decided June 13, 2013" at the head of the text
            assertThat(doc.publishedDate()).hasToString("2013-06-13");
            assertThat(CourtPdfTest.pageText(doc, 2)).contains("Compact");
        }
    }

    @Test
    void scanOfOnePage() throws IOException {
        assumeTrue(Tesseract.isInstalled(), "tesseract is not installed");
        try (TikaIngester ingester = new TikaIngester(IngestOptions.defaults())) {
            IngestedDocument doc = TestFiles.ingest(ingester, TestFiles.courtPdf("scanned/image-pdf-2.pdf"));
            assertThat(doc.status()).isEqualTo(DocumentStatus.OK);
            assertThat(doc.ocr()).isTrue();
            assertThat(doc.pages()).isEqualTo(1);
            assertThat(doc.text()).contains("Charles R. Goodwin", "Morristown Driver’s Services");
            assertThat(doc.publishedDate()).hasToString("2019-07-31"); // "FILED Jul 31, 2019"
        }
    }

    @Test
    void withoutTesseractAScanNeedsOcr() throws IOException {
        try (TikaIngester ingester = new TikaIngester(IngestOptions.defaults(), false, null)) {
            IngestedDocument doc = TestFiles.ingest(ingester, TestFiles.courtPdf("scanned/image-pdf.pdf"));
            assertThat(doc.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(doc.error()).isEqualTo("needs OCR: install tesseract-ocr");
            assertThat(doc.ocr()).isFalse();
            assertThat(doc.text()).isEmpty();
        }
    }
}
