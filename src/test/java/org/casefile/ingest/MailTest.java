package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E-mails: the body is the document, each attachment a document of its own. */
class MailTest {
    @TempDir
    static Path dir;
    private static TikaIngester ingester;
    private static byte[] pdf;

    @BeforeAll
    static void setUp() throws IOException {
        // attachments unpack into a folder of this test's own (as into the pipeline's run folder),
        // so another process's temporary folders cannot count
        Files.createDirectories(dir.resolve("run"));
        ingester = new TikaIngester(IngestOptions.defaults(), dir.resolve("run"));
        pdf = Files.readAllBytes(TestFiles.pdf(dir.resolve("order.pdf"), List.of(
                List.of("ORDER GRANTING THE MOTION", "Filed 04/21/21"),
                List.of("The motion is granted. The hearing of May 3, 2021 is vacated."))));
    }

    @AfterAll
    static void tearDown() {
        ingester.close();
    }

    private static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
    }

    private static String part(String boundary, String headers, String body) {
        return "--" + boundary + "\r\n" + headers + "\r\n\r\n" + body + "\r\n";
    }

    private static final String INNER = "From: Clerk <clerk@court.example>\r\nTo: Ann <ann@example.org>\r\n"
            + "Subject: Notice\r\nDate: Mon, 10 May 2021 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"inner\"\r\n\r\n"
            + part("inner", "Content-Type: text/plain; charset=utf-8", "The clerk sends the notice.")
            + part("inner", "Content-Type: text/plain; name=\"notice.txt\"\r\n"
                    + "Content-Disposition: attachment; filename=\"notice.txt\"", "Hearing set for June 1, 2021.")
            + "--inner--\r\n";

    private static Path mail() throws IOException {
        String png = base64(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        String eml = "From: Bob <bob@example.org>\r\nTo: Ann <ann@example.org>\r\nSubject: The order\r\n"
                + "Date: Tue, 11 May 2021 14:30:00 -0700\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                + part("outer", "Content-Type: multipart/alternative; boundary=\"alt\"",
                        part("alt", "Content-Type: text/plain; charset=utf-8", "Ann, the court granted the motion.")
                                + part("alt", "Content-Type: text/html; charset=utf-8",
                                        "<html><body><p>Ann, the court <b>granted</b> the motion.</p>"
                                                + "<img src=\"cid:logo\"></body></html>")
                                + "--alt--")
                + part("outer", "Content-Type: image/png\r\nContent-Disposition: inline; filename=\"logo.png\"\r\n"
                        + "Content-ID: <logo>\r\nContent-Transfer-Encoding: base64", png)
                + part("outer", "Content-Type: application/pdf; name=\"order.pdf\"\r\n"
                        + "Content-Disposition: attachment; filename=\"order.pdf\"\r\nContent-Transfer-Encoding: base64",
                        base64(pdf))
                + part("outer", "Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"fwd.eml\"",
                        INNER)
                + part("outer", "Content-Type: application/pdf; name=\"copy.pdf\"\r\n"
                        + "Content-Disposition: attachment; filename=\"copy.pdf\"\r\nContent-Transfer-Encoding: base64",
                        base64(pdf))
                + "--outer--\r\n";
        return Files.writeString(dir.resolve("mail.eml"), eml, StandardCharsets.UTF_8);
    }

    @Test
    void attachmentsBecomeDocumentsOfTheirOwn() throws IOException {
        Path eml = mail();
        String sha = TestFiles.sha256(eml);
        String mailId = TestFiles.idOf(sha);
        List<IngestedDocument> docs = ingester.ingestAll(new SourceFile(eml, "inbox/mail.eml", null), mailId, sha);
        assertThat(unpacked()).as("attachments are deleted").isEmpty();

        String pdfId = TestFiles.idOf(TestFiles.sha256(pdf));
        String fwdId = TestFiles.idOf(TestFiles.sha256(INNER.getBytes(StandardCharsets.UTF_8)));
        String noticeId = TestFiles.idOf(TestFiles.sha256("Hearing set for June 1, 2021.".getBytes(StandardCharsets.UTF_8)));
        String copyPath = "inbox/mail.eml!/copy.pdf";
        String copyId = TestFiles.idOf(TestFiles.sha256((TestFiles.sha256(pdf) + "\n" + copyPath)
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(docs).extracting(IngestedDocument::id, IngestedDocument::path, IngestedDocument::parent,
                IngestedDocument::status, IngestedDocument::mediaType).containsExactly(
                tuple(mailId, "inbox/mail.eml", null, DocumentStatus.OK, "message/rfc822"),
                tuple(pdfId, "inbox/mail.eml!/order.pdf", mailId, DocumentStatus.OK, "application/pdf"),
                tuple(fwdId, "inbox/mail.eml!/fwd.eml", mailId, DocumentStatus.OK, "message/rfc822"),
                tuple(noticeId, "inbox/mail.eml!/fwd.eml!/notice.txt", fwdId, DocumentStatus.OK, "text/plain"),
                tuple(copyId, copyPath, mailId, DocumentStatus.SKIPPED, null));

        IngestedDocument mail = docs.get(0);
        assertThat(mail.text()).isEqualTo("Ann, the court granted the motion.");
        assertThat(mail.title()).isEqualTo("The order");
        assertThat(mail.published()).isEqualTo(new PublicationDate(LocalDate.of(2021, 5, 11), DateSource.METADATA));
        IngestedDocument order = docs.get(1);
        assertThat(order.sha256()).isEqualTo(TestFiles.sha256(pdf));
        assertThat(order.pages()).isEqualTo(2);
        assertThat(order.text()).isEqualTo("ORDER GRANTING THE MOTION\nFiled 04/21/21\n\n"
                + "The motion is granted. The hearing of May 3, 2021 is vacated.");
        assertThat(order.publishedDate()).hasToString("2021-04-21");
        assertThat(docs.get(2).text()).isEqualTo("The clerk sends the notice.");
        assertThat(docs.get(2).publishedDate()).hasToString("2021-05-10");
        assertThat(docs.get(3).text()).isEqualTo("Hearing set for June 1, 2021.");
        assertThat(docs.get(4).duplicateOf()).isEqualTo(pdfId);
        assertThat(docs.get(4).error()).isEqualTo("same content as " + pdfId);
    }

    private static List<Path> unpacked() throws IOException {
        try (var files = Files.list(dir.resolve("run"))) {
            return files.toList();
        }
    }

    @Test
    void ingestAloneKeepsAttachmentsInTheText() throws IOException {
        Path eml = mail();
        IngestedDocument doc = ingester.ingest(new SourceFile(eml, "mail.eml", null), "dmail", "x");
        assertThat(doc.status()).isEqualTo(DocumentStatus.OK);
        assertThat(doc.text()).contains("Ann, the court granted the motion.", "ORDER GRANTING THE MOTION",
                "Hearing set for June 1, 2021.");
    }

    @Test
    void tikasTestMailWithTwoTextAttachments() throws IOException {
        Path eml = dir.resolve("testRFC822_multipart_attachments.eml");
        try (InputStream in = MailTest.class.getResourceAsStream("/test-documents/testRFC822_multipart_attachments.eml")) {
            assertThat(in).as("Tika's mail test jar on the class path").isNotNull();
            Files.copy(in, eml);
        }
        List<IngestedDocument> docs = ingester.ingestAll(new SourceFile(eml, "m.eml", null), "dmail", "x");
        assertThat(docs).extracting(IngestedDocument::path, IngestedDocument::parent, IngestedDocument::text)
                .containsExactly(
                        tuple("m.eml", null, "This is the html body of the main msg."),
                        tuple("m.eml!/Test TxtA.txt", "dmail", "This is Test TXTA File for parser"),
                        tuple("m.eml!/Test TxtB.txt", "dmail", "This is Test TXTB File for parser"));
        assertThat(docs.get(1).id()).isEqualTo(TestFiles.idOf(TestFiles.sha256(
                "This is Test TXTA File for parser".getBytes(StandardCharsets.US_ASCII))));
        assertThat(docs.get(0).title()).isEqualTo("EML 1");
    }

    @Test
    void attachmentNamesAreSafeFileNames() {
        assertThat(MailAttachments.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MailAttachments.safeName("C:\\Users\\ann\\brief?.pdf")).isEqualTo("brief_.pdf");
        assertThat(MailAttachments.safeName("..")).isEqualTo("attachment");
    }
}
