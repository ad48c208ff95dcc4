package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.casefile.extract.DocumentExtraction;
import org.casefile.ingest.DateSource;
import org.casefile.ingest.DocumentIds;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.Manifest;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.support.TestPipelines;
import org.junit.jupiter.api.Test;

/** One document from its bytes, with no input folder: what a cluster executor calls. No language models. */
class DocumentAnalyzerTest {
    private static final String STORY = "Quennell Ashby opened a bakery in Tarrowmere on a quiet morning.\n";

    private static Settings settings() {
        return new Settings(List.of(), null, TestPipelines.RULES, 1, IngestOptions.defaults());
    }

    private static DocumentAnalyzer withoutModels() {
        return new DocumentAnalyzer(settings(), doc -> new AnnotatedDocument(doc, List.of(), List.of(), List.of()));
    }

    @Test
    void bytesGiveADocumentNamedAsGivenWithA64BitContentId() throws IOException {
        byte[] bytes = STORY.getBytes(StandardCharsets.UTF_8);
        String sha = DocumentIds.sha256(bytes);
        try (DocumentAnalyzer analyzer = withoutModels()) {
            List<DocumentExtraction> xs = analyzer.analyze("hdfs://archive/2021/2021-05-11-bakery.txt", bytes, null);
            assertThat(xs).hasSize(1);
            var d = xs.get(0).document();
            assertThat(d.id()).isEqualTo("d" + sha.substring(0, 16)).hasSize(17);
            assertThat(d.path()).isEqualTo("hdfs://archive/2021/2021-05-11-bakery.txt");
            assertThat(d.sha256()).isEqualTo(sha);
            assertThat(d.status()).isEqualTo(DocumentStatus.OK);
            assertThat(d.text()).isEqualTo(STORY.strip());
            // the date in the file name is found as it is for a local file
            assertThat(d.published().date()).isEqualTo(LocalDate.of(2021, 5, 11));
            assertThat(d.published().source()).isEqualTo(DateSource.FILENAME);
            List<DocumentExtraction> again = analyzer.analyze("hdfs://archive/2021/2021-05-11-bakery.txt",
                    new ByteArrayInputStream(bytes), null);
            assertThat(again).isEqualTo(xs);
            try (var left = Files.list(analyzer.tempDir())) {
                assertThat(left.toList()).as("spooled copies are removed").isEmpty();
            }
        }
    }

    @Test
    void theManifestRowGivesTitleUrlAndDate() {
        var row = new Manifest.Entry("bakery.txt", LocalDate.of(2020, 2, 3), "A bakery opens", "https://example.org/b", null);
        try (DocumentAnalyzer analyzer = withoutModels()) {
            var d = analyzer.analyze("bakery.txt", STORY.getBytes(StandardCharsets.UTF_8), row).get(0).document();
            assertThat(d.title()).isEqualTo("A bakery opens");
            assertThat(d.url()).isEqualTo("https://example.org/b");
            assertThat(d.published().date()).isEqualTo(LocalDate.of(2020, 2, 3));
            assertThat(d.published().source()).isEqualTo(DateSource.MANIFEST);
        }
    }

    @Test
    void noContentIsEmptyAndLoadsNoModels() {
        int loads = DocumentAnalyzer.modelLoads();
        try (DocumentAnalyzer analyzer = new DocumentAnalyzer(settings())) {
            var d = analyzer.analyze("nothing.txt", new byte[0], null).get(0).document();
            assertThat(d.status()).isEqualTo(DocumentStatus.EMPTY);
            assertThat(d.error()).isEqualTo("the file is empty (0 bytes)");
            var bin = analyzer.analyze("tool.bin", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0}, null)
                    .get(0).document();
            assertThat(bin.status()).isEqualTo(DocumentStatus.SKIPPED);
        }
        assertThat(DocumentAnalyzer.modelLoads()).isEqualTo(loads);
    }

    @Test
    void fileNamesComeFromTheLastSegment() {
        assertThat(DocumentAnalyzer.fileName("s3a://bucket/a/b/story.html?x=1")).isEqualTo("story.html");
        assertThat(DocumentAnalyzer.fileName("mail.eml!/report.pdf")).isEqualTo("report.pdf");
        assertThat(DocumentAnalyzer.fileName("C:\\docs\\brief.docx")).isEqualTo("brief.docx");
        assertThat(DocumentAnalyzer.fileName("folder/")).isEqualTo("document");
        assertThat(DocumentAnalyzer.fileName("..")).isEqualTo("document");
    }
}
