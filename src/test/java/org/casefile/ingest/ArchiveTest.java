package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Archives: one document per entry with {@code parent}, a depth limit, a zip bomb. */
class ArchiveTest {
    private static final String MINUTES = "Tolvane Krusk opened the Varnhollow council meeting on 4 June 2019.";
    private static final String LETTER = "The Emberlith ferry stopped running on 9 June 2019, Ada Quessary said.";

    @TempDir
    static Path dir;
    private static TikaIngester ingester;

    @BeforeAll
    static void setUp() {
        ingester = new TikaIngester(new IngestOptions(null, Duration.ofSeconds(60), 1_000_000,
                IngestOptions.DEFAULT_MAX_CHARS, "eng"));
    }

    @AfterAll
    static void tearDown() {
        ingester.close();
    }

    private static List<IngestedDocument> ingestAll(Path file) throws IOException {
        String sha = TestFiles.sha256(file);
        return ingester.ingestAll(new SourceFile(file, file.getFileName().toString(), null), TestFiles.idOf(sha), sha);
    }

    private static byte[] zip(Object... nameThenContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameThenContent[i]));
                Object content = nameThenContent[i + 1];
                zip.write(content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipIsOneDocumentPerEntryWithItsParentAndExactCitations() throws IOException {
        byte[] inner = zip("letter.txt", LETTER);
        Path f = Files.write(dir.resolve("papers.zip"),
                zip("minutes/june.txt", MINUTES, "../escape.txt", LETTER + " Again.", "inner.zip", inner,
                        "copy/june.txt", MINUTES));
        List<IngestedDocument> docs = ingestAll(f);
        IngestedDocument zipDoc = docs.get(0);
        String innerId = TestFiles.idOf(TestFiles.sha256(inner));
        String minutesId = TestFiles.idOf(TestFiles.sha256(MINUTES.getBytes(StandardCharsets.UTF_8)));
        assertThat(docs).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::error,
                IngestedDocument::parent).containsExactly(
                        tuple("papers.zip", DocumentStatus.SKIPPED, "an archive of 4 entries (each is a document of its own)", null),
                        tuple("papers.zip!/minutes/june.txt", DocumentStatus.OK, null, zipDoc.id()),
                        tuple("papers.zip!/escape.txt", DocumentStatus.OK, null, zipDoc.id()),
                        tuple("papers.zip!/inner.zip", DocumentStatus.SKIPPED, "an archive of 1 entry (each is a document of its own)", zipDoc.id()),
                        tuple("papers.zip!/inner.zip!/letter.txt", DocumentStatus.OK, null, innerId),
                        tuple("papers.zip!/copy/june.txt", DocumentStatus.SKIPPED, "same content as " + minutesId, zipDoc.id()));
        assertThat(zipDoc.mediaType()).isEqualTo("application/zip");
        IngestedDocument minutes = docs.get(1);
        assertThat(minutes.id()).isEqualTo(minutesId);
        assertThat(minutes.text()).isEqualTo(MINUTES);
        int at = MINUTES.indexOf("4 June 2019");
        Citation c = minutes.cite(at, at + "4 June 2019".length());
        assertThat(c).isEqualTo(new Citation(minutesId, at, at + 11, null, "4 June 2019"));
        assertThat(docs.get(4).text()).isEqualTo(LETTER);
        // the entry named ../escape.txt was written inside the run's folder, nowhere else
        assertThat(dir.getParent().resolve("escape.txt")).doesNotExist();
    }

    @Test
    void tarGzAnd7zAreSplitToo() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
            byte[] b = MINUTES.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry("notes/minutes.txt");
            e.setSize(b.length);
            out.putArchiveEntry(e);
            out.write(b);
            out.closeArchiveEntry();
        }
        Path tgz = dir.resolve("notes.tar.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            out.write(tar.toByteArray());
        }
        List<IngestedDocument> docs = ingestAll(tgz);
        assertThat(docs).extracting(IngestedDocument::status).containsExactly(DocumentStatus.SKIPPED,
                DocumentStatus.SKIPPED, DocumentStatus.OK);
        assertThat(docs.get(2).path()).endsWith(".tar!/notes/minutes.txt").startsWith("notes.tar.gz!/");
        assertThat(docs.get(2).text()).isEqualTo(MINUTES);

        Path seven = dir.resolve("letters.7z");
        try (SevenZOutputFile out = new SevenZOutputFile(seven.toFile())) {
            byte[] b = LETTER.getBytes(StandardCharsets.UTF_8);
            SevenZArchiveEntry e = out.createArchiveEntry(Files.writeString(dir.resolve("l.txt"), LETTER).toFile(),
                    "letters/ferry.txt");
            out.putArchiveEntry(e);
            out.write(b);
            out.closeArchiveEntry();
        }
        assertThat(ingestAll(seven)).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::text)
                .containsExactly(tuple("letters.7z", DocumentStatus.SKIPPED, ""),
                        tuple("letters.7z!/letters/ferry.txt", DocumentStatus.OK, LETTER));
    }

    @Test
    void linksInsideAnArchiveAreSkippedAndNamedNotReadAsEmptyOrAsText() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
            byte[] b = MINUTES.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry file = new TarArchiveEntry("board/minutes.txt");
            file.setSize(b.length);
            out.putArchiveEntry(file);
            out.write(b);
            out.closeArchiveEntry();
            TarArchiveEntry soft = new TarArchiveEntry("board/latest.txt", TarConstants.LF_SYMLINK);
            soft.setLinkName("minutes.txt");
            out.putArchiveEntry(soft);
            out.closeArchiveEntry();
            TarArchiveEntry hard = new TarArchiveEntry("board/copy.txt", TarConstants.LF_LINK);
            hard.setLinkName("board/minutes.txt");
            out.putArchiveEntry(hard);
            out.closeArchiveEntry();
        }
        Path t = Files.write(dir.resolve("board.tar"), tar.toByteArray());
        assertThat(ingestAll(t)).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::error)
                .containsExactly(tuple("board.tar", DocumentStatus.SKIPPED, "an archive of 3 entries (each is a document of its own)"),
                        tuple("board.tar!/board/minutes.txt", DocumentStatus.OK, null),
                        tuple("board.tar!/board/latest.txt", DocumentStatus.SKIPPED,
                                "a link inside the archive (to minutes.txt): not followed"),
                        tuple("board.tar!/board/copy.txt", DocumentStatus.SKIPPED,
                                "a link inside the archive (to board/minutes.txt): not followed"));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry file = new ZipArchiveEntry("letter.txt");
            out.putArchiveEntry(file);
            out.write(LETTER.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            ZipArchiveEntry link = new ZipArchiveEntry("passwords.txt");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        Path z = Files.write(dir.resolve("letters-linked.zip"), zip.toByteArray());
        assertThat(ingestAll(z)).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::error)
                .containsExactly(tuple("letters-linked.zip", DocumentStatus.SKIPPED, "an archive of 2 entries (each is a document of its own)"),
                        tuple("letters-linked.zip!/letter.txt", DocumentStatus.OK, null),
                        tuple("letters-linked.zip!/passwords.txt", DocumentStatus.SKIPPED,
                                "a link inside the archive (to /etc/passwd): not followed"));
    }

    @Test
    void anEncryptedZipEntryFailsAndIsListedNotLeftOut() throws IOException {
        byte[] zip = zip("open.txt", LETTER, "sealed/terms.txt", new byte[] {17, 99, -4, 23, 5, -120, 61, 8, 44, -7, 13, 90});
        markEncrypted(zip, "sealed/terms.txt"); // the flag a password-protected entry carries
        Path z = Files.write(dir.resolve("sealed.zip"), zip);
        assertThat(ingestAll(z)).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::error)
                .containsExactly(tuple("sealed.zip", DocumentStatus.SKIPPED, "an archive of 2 entries (each is a document of its own)"),
                        tuple("sealed.zip!/open.txt", DocumentStatus.OK, null),
                        tuple("sealed.zip!/sealed/terms.txt", DocumentStatus.FAILED, "encrypted: the entry needs a password"));
    }

    @Test
    void twoEmptyEntriesAreBothEmptyNotCopies() throws IOException {
        Path z = Files.write(dir.resolve("blanks.zip"), zip("blank/one.txt", "", "blank/two.txt", ""));
        List<IngestedDocument> docs = ingestAll(z);
        assertThat(docs).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::error)
                .containsExactly(tuple("blanks.zip", DocumentStatus.SKIPPED, "an archive of 2 entries (each is a document of its own)"),
                        tuple("blanks.zip!/blank/one.txt", DocumentStatus.EMPTY, "the file is empty (0 bytes)"),
                        tuple("blanks.zip!/blank/two.txt", DocumentStatus.EMPTY, "the file is empty (0 bytes)"));
        assertThat(docs).extracting(IngestedDocument::id).doesNotHaveDuplicates();
    }

    @Test
    void thirtyDeepStopsAtTheDepthLimitAndSaysSo() throws IOException {
        byte[] z = zip("bottom.txt", MINUTES);
        for (int i = 29; i >= 1; i--) {
            z = zip("level" + i + ".zip", z);
        }
        List<IngestedDocument> docs = ingestAll(Files.write(dir.resolve("deep.zip"), z));
        assertThat(docs).hasSize(TikaIngester.MAX_DEPTH + 1);
        IngestedDocument last = docs.get(docs.size() - 1);
        assertThat(last.path()).isEqualTo("deep.zip!/level1.zip!/level2.zip!/level3.zip!/level4.zip!/level5.zip");
        assertThat(last.status()).isEqualTo(DocumentStatus.SKIPPED);
        assertThat(last.error()).isEqualTo("an archive nested more than 5 levels deep: not opened");
        assertThat(docs).noneMatch(d -> d.status() == DocumentStatus.OK);
    }

    @Test
    @Timeout(60)
    void aZipBombIsNotInflatedPastTheSizeLimit() throws IOException {
        // 200 MB of zeros in about 200 KB; the size limit here is 1 MB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("minutes.txt"));
            zip.write(MINUTES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        List<IngestedDocument> docs = ingestAll(Files.write(dir.resolve("bomb.zip"), bytes.toByteArray()));
        assertThat(docs).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::error,
                IngestedDocument::sha256).containsExactly(
                        tuple("bomb.zip", DocumentStatus.SKIPPED, "an archive of 2 entries (each is a document of its own)",
                                TestFiles.sha256(bytes.toByteArray())),
                        tuple("bomb.zip!/zeros.txt", DocumentStatus.SKIPPED, "larger than the size limit of 1000000 bytes", null),
                        tuple("bomb.zip!/minutes.txt", DocumentStatus.OK, null,
                                TestFiles.sha256(MINUTES.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void entryPathsKeepTheirFoldersButNoDotSegmentsOrControls() {
        assertThat(MailAttachments.entryPath("a/./b/../c.txt")).isEqualTo("a/b/c.txt");
        assertThat(MailAttachments.entryPath("/abs\\win\\x.txt")).isEqualTo("abs/win/x.txt");
        assertThat(MailAttachments.entryPath("bad\u0007name.txt")).isEqualTo("bad_name.txt");
        assertThat(MailAttachments.entryPath("../..")).isNull();
    }
    /** Sets the "encrypted" bit of an entry's flags in its local and its central header. */
    private static void markEncrypted(byte[] zip, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            int sig = (zip[i] & 0xff) | (zip[i + 1] & 0xff) << 8 | (zip[i + 2] & 0xff) << 16 | (zip[i + 3] & 0xff) << 24;
            int nameAt = sig == 0x04034b50 ? i + 30 : sig == 0x02014b50 ? i + 46 : -1;
            int flagsAt = sig == 0x04034b50 ? i + 6 : i + 8;
            if (nameAt > 0 && nameAt + n.length <= zip.length
                    && java.util.Arrays.equals(zip, nameAt, nameAt + n.length, n, 0, n.length)) {
                zip[flagsAt] |= 1;
            }
        }
    }
}
