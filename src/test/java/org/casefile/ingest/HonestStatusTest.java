package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A status says what happened: random bytes are no text, UTF-16 without a BOM is read, a cut text says so. */
class HonestStatusTest {
    private static final String STORY = "Tilde Brannagh told the Oakhurst council on 4 June 2019 that the bridge "
            + "contract had been signed \u201Cwithout a vote\u201D. Caf\u00E9 owners \u2014 \u00C9lodie Brun among them \u2014 objected.\n";

    @TempDir
    Path dir;
    private static TikaIngester ingester;

    @BeforeAll
    static void start() {
        ingester = new TikaIngester(IngestOptions.defaults());
    }

    @AfterAll
    static void stop() {
        ingester.close();
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void aCaseThatCasefileWroteIntoTheInputFolderIsSkippedAsItsOwnOutput() throws IOException {
        Path ownCase = Files.writeString(dir.resolve("case.json"), "{\n  \"schemaVersion\" : \"1.1\",\n  \"generator\" : {\n"
                + "    \"name\" : \"casefile\",\n    \"version\" : \"0.1.0\"\n  },\n  \"documents\" : [ ]\n}\n");
        IngestedDocument doc = TestFiles.ingest(ingester, ownCase);
        assertThat(doc.status()).isEqualTo(DocumentStatus.SKIPPED);
        assertThat(doc.error()).isEqualTo("a case written by casefile (its output, not a source document)");
        // any other JSON is read as a document
        Path other = Files.writeString(dir.resolve("records.json"), "{\"schemaVersion\": \"2\", \"generator\": {\"name\": "
                + "\"ledgerbot\"}, \"note\": \"Tilde Brannagh signed the bridge contract.\"}\n");
        assertThat(TestFiles.ingest(ingester, other).status()).isEqualTo(DocumentStatus.OK);
    }

    @Test
    void aReportThatCasefileWroteIntoTheInputFolderIsSkippedAsItsOwnOutput() throws IOException {
        String head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n";
        Path report = Files.writeString(dir.resolve("report.html"), head + "<meta name=\"generator\" content=\"casefile 0.1.0\">\n"
                + "<title>Case</title>\n</head>\n<body><p>Tilde Brannagh signed the bridge contract.</p></body>\n</html>\n");
        IngestedDocument doc = TestFiles.ingest(ingester, report);
        assertThat(doc.status()).isEqualTo(DocumentStatus.SKIPPED);
        assertThat(doc.error()).isEqualTo("a report written by casefile (its output, not a source document)");
        // another tool's page is read as a document
        Path other = Files.writeString(dir.resolve("story.html"), head + "<meta name=\"generator\" content=\"casefiler-cms 2\">\n"
                + "<title>Bridge</title>\n</head>\n<body><p>Tilde Brannagh signed the bridge contract.</p></body>\n</html>\n");
        assertThat(TestFiles.ingest(ingester, other).status()).isEqualTo(DocumentStatus.OK);
    }

    @Test
    void randomBytesNamedTxtAreSkippedAsNotText() throws IOException {
        for (int size : new int[] {300 * 1024, 4096, 1024}) {
            Path f = Files.write(dir.resolve("noise-" + size + ".txt"), random(size, size));
            IngestedDocument doc = TestFiles.ingest(ingester, f);
            assertThat(doc.status()).as("%d bytes", size).isEqualTo(DocumentStatus.SKIPPED);
            assertThat(doc.error()).isEqualTo("not text: the bytes look random or compressed");
            assertThat(doc.text()).isEmpty();
        }
    }

    @Test
    void decodedTextThatIsMostlyControlCharactersIsNotText() throws IOException {
        // short (no entropy verdict under 1 KiB) and full of control bytes
        byte[] b = random(600, 7);
        Path f = Files.write(dir.resolve("short-noise.txt"), b);
        IngestedDocument doc = TestFiles.ingest(ingester, f);
        assertThat(doc.status()).isEqualTo(DocumentStatus.SKIPPED);
        // Tika's charset detectors take these bytes for UTF-16LE: unassigned code points and lone surrogates
        assertThat(doc.error()).isEqualTo("not text: 14% of the characters are not valid text in UTF-16LE");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadInBothByteOrders() throws IOException {
        String text = STORY.repeat(3);
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            Path f = Files.write(dir.resolve("statement-" + cs.name() + ".txt"), text.getBytes(cs));
            IngestedDocument doc = TestFiles.ingest(ingester, f);
            assertThat(doc.status()).as(cs.name()).isEqualTo(DocumentStatus.OK);
            assertThat(doc.text()).isEqualTo(TextNormalizer.normalize(text));
            assertThat(doc.text()).startsWith("Tilde Brannagh told the Oakhurst council on 4 June 2019");
        }
    }

    @Test
    void realTextInManyScriptsStaysOk() throws IOException {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(3);
        for (int i = 0; i < 400; i++) {
            sb.append(STORY);
            // CJK ideographs, Greek and Cyrillic words: many byte values in UTF-8, still text
            for (int k = 0; k < 12; k++) {
                sb.appendCodePoint(0x4E00 + r.nextInt(0x5000));
            }
            sb.append(" \u0391\u03B8\u03AE\u03BD\u03B1 \u041C\u043E\u0441\u043A\u0432\u0430\n");
        }
        Path f = Files.writeString(dir.resolve("multilingual.txt"), sb.toString());
        IngestedDocument doc = TestFiles.ingest(ingester, f);
        assertThat(doc.status()).isEqualTo(DocumentStatus.OK);
        assertThat(doc.truncated()).isFalse();
        assertThat(doc.text()).startsWith("Tilde Brannagh told");
    }

    @Test
    void aTextCutAtTheLimitSaysSo() throws IOException {
        Path f = Files.writeString(dir.resolve("long.txt"), STORY.repeat(5));
        try (TikaIngester small = new TikaIngester(new IngestOptions(null, Duration.ofSeconds(30),
                IngestOptions.DEFAULT_MAX_BYTES, 100, "eng"))) {
            IngestedDocument doc = TestFiles.ingest(small, f);
            assertThat(doc.status()).isEqualTo(DocumentStatus.OK);
            assertThat(doc.truncated()).isTrue();
            assertThat(doc.text()).isEqualTo(STORY.substring(0, 100).strip());
            IngestedDocument whole = TestFiles.ingest(ingester, f);
            assertThat(whole.truncated()).isFalse();
        }
    }

    @Test
    void entropyOfTextAndOfRandomBytes() {
        byte[] english = STORY.repeat(40).getBytes(StandardCharsets.UTF_8);
        assertThat(TextSniffer.entropy(english, english.length)).isLessThan(5.0);
        assertThat(TextSniffer.looksRandom(english, english.length)).isFalse();
        byte[] noise = random(1 << 16, 11);
        assertThat(TextSniffer.entropy(noise, noise.length)).isGreaterThan(7.99);
        assertThat(TextSniffer.utf16WithoutBom(noise, noise.length)).isNull();
        assertThat(TextSniffer.utf16WithoutBom(english, english.length)).isNull();
    }
}
