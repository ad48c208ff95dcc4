package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.List;

import java.util.Set;
import java.util.stream.Stream;




import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ContentHandler;

/** Bad input of every kind gets a status and a reason; none throws, none ends the run. */
class NastyFilesTest {
    @TempDir
    static Path dir;
    private static TikaIngester ingester;

    @BeforeAll
    static void generate() throws IOException {
        ingester = new TikaIngester(IngestOptions.defaults());
        TestFiles.writeBadFiles(dir);
    }

    @AfterAll
    static void tearDown() {
        ingester.close();
    }

    static Stream<String> files() {
        return Stream.of("good.pdf", "duplicate.pdf", "truncated.pdf", "random.bin", "random.pdf", "empty.pdf",
                "junk-before-header.pdf", "http-response.pdf", "fake.docx", "no-body.html", "control-chars.txt",
                "elf-binary", "encrypted.pdf", "owner-only.pdf", "300-pages.pdf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileGetsAStatusAndNoneThrows(String name) throws IOException {
        IngestedDocument doc = TestFiles.ingest(ingester, dir.resolve(name));
        assertThat(doc.status()).isNotNull();
        assertThat(doc.path()).isEqualTo(name);
        if (doc.status() == DocumentStatus.OK) {
            assertThat(doc.text()).isNotBlank().isEqualTo(TextNormalizer.normalize(doc.text()));
        } else {
            assertThat(doc.error()).as(name).isNotBlank().doesNotContain("\n");
            assertThat(doc.text()).isEmpty();
        }
        List<IngestedDocument> all = ingester.ingestAll(new SourceFile(dir.resolve(name), name, null), doc.id(), doc.sha256());
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).isEqualTo(doc);
    }

    @Test
    void goodFilesAndTheirCopiesParse() throws IOException {
        IngestedDocument good = TestFiles.ingest(ingester, dir.resolve("good.pdf"));
        IngestedDocument copy = TestFiles.ingest(ingester, dir.resolve("duplicate.pdf"));
        assertThat(good.status()).isEqualTo(DocumentStatus.OK);
        assertThat(good.pages()).isEqualTo(3);
        assertThat(good.ocr()).isFalse();
        assertThat(good.text()).startsWith("This is page 1 of the generated filing.\n");
        assertThat(copy.sha256()).isEqualTo(good.sha256()); // the pipeline skips it by its hash
        assertThat(copy.text()).isEqualTo(good.text());
        for (String name : List.of("junk-before-header.pdf", "http-response.pdf")) {
            IngestedDocument doc = TestFiles.ingest(ingester, dir.resolve(name));
            assertThat(doc.mediaType()).as(name).isEqualTo("application/pdf");
            assertThat(doc.text()).as(name).isEqualTo(good.text());
        }
        IngestedDocument text = TestFiles.ingest(ingester, dir.resolve("control-chars.txt"));
        assertThat(text.text()).isEqualTo("A line with control chars.\nAnd\nmore.");
    }

    @Test
    void encryptedPdfFailsSayingSo() throws IOException {
        IngestedDocument doc = TestFiles.ingest(ingester, dir.resolve("encrypted.pdf"));
        assertThat(doc.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(doc.error()).isEqualTo("encrypted: the document needs a password");
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws IOException {
        IngestedDocument doc = TestFiles.ingest(ingester, dir.resolve("owner-only.pdf"));
        assertThat(doc.status()).isEqualTo(DocumentStatus.OK);
        assertThat(doc.pages()).isEqualTo(3);
    }

    @Test
    void brokenFilesFailWithTikasReasonInOneSentence() throws IOException {
        IngestedDocument truncated = TestFiles.ingest(ingester, dir.resolve("truncated.pdf"));
        assertThat(truncated.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(truncated.error()).startsWith("could not parse: the PDF is truncated or corrupt (").hasSizeLessThan(260);
        IngestedDocument random = TestFiles.ingest(ingester, dir.resolve("random.pdf"));
        assertThat(random.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(random.error()).startsWith("could not parse: ");
        IngestedDocument docx = TestFiles.ingest(ingester, dir.resolve("fake.docx"));
        assertThat(docx.status()).isIn(DocumentStatus.FAILED, DocumentStatus.SKIPPED);
    }

    @Test
    void notDocumentsEmptyFilesAndLargeFilesAreNotParsed() throws IOException {
        IngestedDocument random = TestFiles.ingest(ingester, dir.resolve("random.bin"));
        assertThat(random.status()).isEqualTo(DocumentStatus.SKIPPED);
        assertThat(random.error()).isEqualTo("not a document format (application/octet-stream)");
        IngestedDocument elf = TestFiles.ingest(ingester, dir.resolve("elf-binary"));
        assertThat(elf.status()).isEqualTo(DocumentStatus.SKIPPED);
        assertThat(elf.error()).startsWith("not a document format (application/x-");
        IngestedDocument empty = TestFiles.ingest(ingester, dir.resolve("empty.pdf"));
        assertThat(empty.status()).isEqualTo(DocumentStatus.EMPTY);
        assertThat(empty.error()).isEqualTo("the file is empty (0 bytes)");
        IngestedDocument noBody = TestFiles.ingest(ingester, dir.resolve("no-body.html"));
        assertThat(noBody.status()).isEqualTo(DocumentStatus.EMPTY);
        assertThat(noBody.error()).isEqualTo("no text after extraction");
        var small = new IngestOptions(null, IngestOptions.DEFAULT_TIMEOUT, 1000, IngestOptions.DEFAULT_MAX_CHARS, "eng");
        try (TikaIngester limited = new TikaIngester(small, false, null)) {
            IngestedDocument large = TestFiles.ingest(limited, dir.resolve("good.pdf"));
            assertThat(large.status()).isEqualTo(DocumentStatus.SKIPPED);
            assertThat(large.error()).isEqualTo("larger than the size limit of 1000 bytes");
        }
    }

    @Test
    void aParseThatTakesTooLongTimesOutAndTheNextOneWorks() throws IOException {
        IngestedDocument whole = TestFiles.ingest(ingester, dir.resolve("300-pages.pdf"));
        assertThat(whole.status()).isEqualTo(DocumentStatus.OK);
        assertThat(whole.pages()).isEqualTo(300);
        assertThat(whole.ocr()).isFalse();
        // 2 ms: far less than any machine needs for 300 pages (50 ms was sometimes enough when warm)
        var quick = new IngestOptions(null, Duration.ofMillis(2), IngestOptions.DEFAULT_MAX_BYTES,
                IngestOptions.DEFAULT_MAX_CHARS, "eng");
        try (TikaIngester impatient = new TikaIngester(quick, false, null)) {
            IngestedDocument doc = TestFiles.ingest(impatient, dir.resolve("300-pages.pdf"));
            assertThat(doc.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(doc.error()).isEqualTo("timed out after 0.002 s in the parse");
            assertThat(TestFiles.ingest(impatient, dir.resolve("empty.pdf")).status()).isEqualTo(DocumentStatus.EMPTY);
        }
        assertThat(TikaIngester.seconds(Duration.ofSeconds(120))).isEqualTo("120");
    }

    /** A parser that runs out of memory the way a huge image or table does. */
    private static final class Greedy implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            long[][] hog = new long[Integer.MAX_VALUE - 8][]; // more than any heap: OutOfMemoryError
            metadata.set("never", String.valueOf(hog.length));
        }
    }

    @Test
    void runningOutOfMemoryFailsTheDocumentNotTheRun() throws IOException {
        try (TikaIngester greedy = new TikaIngester(IngestOptions.defaults(), false, new Greedy())) {
            IngestedDocument doc = TestFiles.ingest(greedy, dir.resolve("good.pdf"));
            assertThat(doc.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(doc.error()).isEqualTo("ran out of memory while parsing");
            assertThat(TestFiles.ingest(greedy, dir.resolve("no-body.html")).status()).isEqualTo(DocumentStatus.EMPTY);
        }
    }
}
