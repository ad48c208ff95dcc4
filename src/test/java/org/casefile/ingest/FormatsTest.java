package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats besides PDF and HTML, written by the test: each gives its text, decoded right. */
class FormatsTest {
    private static final String SENTENCE = "FBI agents arrested Odelia Fenwright at his café in Marrowby on Aug. 15, 2018.";

    @TempDir
    static Path dir;
    private static TikaIngester ingester;

    @BeforeAll
    static void setUp() {
        ingester = new TikaIngester(IngestOptions.defaults());
    }

    @AfterAll
    static void tearDown() {
        ingester.close();
    }

    @Test
    void rtf() throws IOException {
        Path f = dir.resolve("notice.rtf");
        Files.writeString(f, "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 FBI agents arrested Odelia Fenwright at his "
                + "caf\\'e9 in Marrowby on Aug. 15, 2018.\\par}", StandardCharsets.US_ASCII);
        IngestedDocument d = TestFiles.ingest(ingester, f);
        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        assertThat(d.mediaType()).isEqualTo("application/rtf");
        assertThat(d.text()).isEqualTo(SENTENCE);
    }

    @Test
    void odt() throws IOException {
        Path f = dir.resolve("notice.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text><text:p>" + SENTENCE + "</text:p></office:text></office:body>"
                    + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        IngestedDocument d = TestFiles.ingest(ingester, f);
        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        assertThat(d.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(d.text()).isEqualTo(SENTENCE);
    }

    @Test
    void docx() throws IOException {
        Path f = dir.resolve("release.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("FOR IMMEDIATE RELEASE");
            doc.createParagraph().createRun().setText(SENTENCE);
            doc.write(out);
        }
        IngestedDocument d = TestFiles.ingest(ingester, f);
        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        assertThat(d.text()).isEqualTo("FOR IMMEDIATE RELEASE\n\n" + SENTENCE);
    }

    @Test
    void markdownIsTextWithoutMarkup() throws IOException {
        Path f = dir.resolve("notes.md");
        Files.writeString(f, "# Arrest\n\n" + SENTENCE + "\n");
        IngestedDocument d = TestFiles.ingest(ingester, f);
        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        assertThat(d.text()).isEqualTo("Arrest\n\n" + SENTENCE);
        assertThat(d.title()).isEqualTo("Arrest");
        assertThat(d.published()).isNull();
    }

    @Test
    void markdownFrontMatterGivesTitleAndDate() throws IOException {
        Path f = dir.resolve("ferry.md");
        Files.writeString(f, "---\ntitle: Ferry service ends on the Varnhollow line\ndate: 2019-06-10 08:30:00\n"
                + "tags: [ferry]\n---\n\n## Background\n\nThe **Emberlith** ferry stopped on [Sunday](https://example.org/a).\n\n"
                + "- Ada Quessary *said* so.\n- Nobody objected.\n");
        IngestedDocument d = TestFiles.ingest(ingester, f);
        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        assertThat(d.title()).isEqualTo("Ferry service ends on the Varnhollow line");
        assertThat(d.published()).isEqualTo(new PublicationDate(java.time.LocalDate.of(2019, 6, 10), DateSource.METADATA));
        assertThat(d.text()).isEqualTo("Background\n\nThe Emberlith ferry stopped on Sunday.\n\n"
                + "- Ada Quessary said so.\n- Nobody objected.");
    }

    @Test
    void aMarkdownDateThatIsNoDateIsNotGuessed() throws IOException {
        Path f = dir.resolve("undated.md");
        Files.writeString(f, "---\ndate: last Tuesday\n---\n\nThe Emberlith ferry stopped.\n");
        IngestedDocument d = TestFiles.ingest(ingester, f);
        assertThat(d.published()).isNull();
        assertThat(d.title()).isNull();
        assertThat(d.text()).isEqualTo("The Emberlith ferry stopped.");
    }

    @Test
    void aPlainTextHeadlineIsItsTitle() throws IOException {
        Path f = dir.resolve("ferry.txt");
        Files.writeString(f, "Emberlith ferry stops running after 40 years\n\n" + SENTENCE + "\n");
        assertThat(TestFiles.ingest(ingester, f).title()).isEqualTo("Emberlith ferry stops running after 40 years");
        assertThat(TikaIngester.headline("The ferry stopped.\n\nNobody objected.")).isNull();
        assertThat(TikaIngester.headline("VARNHOLLOW, June 9 --\n\nThe ferry stopped.")).isNull();
        assertThat(TikaIngester.headline("Monday, June 10, 2019\n\nThe ferry stopped.")).isNull();
        assertThat(TikaIngester.headline("Emberlith ferry stops\nThe ferry stopped.")).isNull();
        assertThat(TikaIngester.headline("Emberlith ferry stops\n\n")).isNull();
        assertThat(TikaIngester.headline("the ferry stops\n\nIt did.")).isNull();
    }

    @Test
    void plainTextInOtherEncodingsIsDecoded() throws IOException {
        String text = SENTENCE + " The judge’s order – issued later – freed him. Résumé, naïve, déjà vu.\n";
        Path utf16 = dir.resolve("utf16.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        Path cp1252 = dir.resolve("cp1252.txt");
        Files.write(cp1252, text.getBytes(Charset.forName("windows-1252")));
        for (Path f : new Path[] {utf16, cp1252}) {
            IngestedDocument d = TestFiles.ingest(ingester, f);
            assertThat(d.status()).as(f.toString()).isEqualTo(DocumentStatus.OK);
            assertThat(d.text()).as(f.toString()).isEqualTo(text.strip());
        }
    }

    @Test
    void utf8WithAFewBrokenBytesStaysUtf8AndLatinTextStaysLatin() throws IOException {
        String text = SENTENCE + " The judge’s order – issued later – freed him. Résumé, naïve, déjà vu.";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 2];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xE9; // a stray Latin-1 "é" and a lone continuation byte
        broken[good.length + 1] = (byte) 0x80;
        Path f = Files.write(dir.resolve("broken.txt"), broken);

        IngestedDocument d = TestFiles.ingest(ingester, f);

        assertThat(d.text()).isEqualTo(text); // the broken bytes decode as U+FFFD, which the normaliser drops
        assertThat(TextSniffer.mostlyUtf8(broken, broken.length)).isTrue();
        byte[] latin = text.getBytes(Charset.forName("windows-1252"));
        assertThat(TextSniffer.mostlyUtf8(latin, latin.length)).isFalse();
        byte[] ascii = "The ferry stopped.".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextSniffer.mostlyUtf8(ascii, ascii.length)).isFalse();
    }
}
