package org.casefile.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.Loader;
import java.util.Random;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Shared helpers of the ingest tests: the shared corpus, generated PDFs, hashes, word counts. */
final class TestFiles {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private TestFiles() {
    }

    /** The shared corpus folder {@code court-pdfs/}; skips the test when it is absent. */
    static Path courtPdfs() {
        Path shared = org.casefile.support.TestPipelines.shared();
        assumeTrue(shared != null, "no shared folder (-Dcasefile.shared, else ../shared)");
        Path dir = shared.resolve("corpus").resolve("court-pdfs");
        assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir);
        return dir;
    }

    /** A file of the shared court PDFs; skips the test when it is absent. */
    static Path courtPdf(String relative) {
        Path file = courtPdfs().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        return file;
    }

    /** Ingests a file with its real hash and id, named by its file name. */
    static IngestedDocument ingest(TikaIngester ingester, Path file) throws IOException {
        String sha = sha256(file);
        return ingester.ingest(new SourceFile(file, file.getFileName().toString(), null), idOf(sha), sha);
    }

    /** Writes a PDF whose page {@code i} (1-based) holds the lines {@code pages.get(i - 1)}. */
    static Path pdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF of {@code n} pages saying "This is page i of the generated filing." and more. */
    static Path pagesPdf(Path file, int n) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            pages.add(List.of("This is page " + i + " of the generated filing.",
                    "The parties met on May " + (1 + i % 28) + ", 2021 and agreed on nothing at all.",
                    "Nothing else happened on page " + i + "."));
        }
        return pdf(file, pages);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** The id the pipeline gives a file: "d" + 16 hex digits of its SHA-256. */
    static String idOf(String sha) {
        return DocumentIds.of(sha);
    }

    /** Lower-case alphanumeric words, in order. */
    static List<String> words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Share of the reference's words (as a multiset) found in the text. */
    static double wordRecall(String reference, String text) {
        Map<String, Integer> have = new HashMap<>();
        for (String w : words(text)) {
            have.merge(w, 1, Integer::sum);
        }
        List<String> want = words(reference);
        int found = 0;
        for (String w : want) {
            Integer n = have.get(w);
            if (n != null && n > 0) {
                found++;
                have.put(w, n - 1);
            }
        }
        return want.isEmpty() ? 1.0 : (double) found / want.size();
    }

    static String oneLine(String s) {
        return StringUtils.abbreviate(s.replace('\n', ' '), 120);
    }
    /**
     * Writes the generated bad files into {@code dir}: a duplicate, truncated, random, empty,
     * junk-prefixed, encrypted and 300-page PDF, random bytes, a fake DOCX, an ELF binary, an HTML
     * page without a body, a text with control characters.
     */
    static void writeBadFiles(Path dir) throws IOException {
        Path good = TestFiles.pagesPdf(dir.resolve("good.pdf"), 3);
        byte[] bytes = Files.readAllBytes(good);
        Files.write(dir.resolve("duplicate.pdf"), bytes);
        Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        byte[] random = new byte[20_000];
        new Random(42).nextBytes(random);
        Files.write(dir.resolve("random.bin"), random);
        Files.write(dir.resolve("random.pdf"), random);
        Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Files.write(dir.resolve("junk-before-header.pdf"), concat(Arrays.copyOf(random, 300), bytes));
        Files.write(dir.resolve("http-response.pdf"), concat(
                "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.US_ASCII), bytes));
        Files.write(dir.resolve("fake.docx"), random);
        Files.writeString(dir.resolve("no-body.html"), "<html><head><title>Nothing</title></head></html>");
        Files.writeString(dir.resolve("control-chars.txt"), "A line\u0000 with \u0007control\u001B chars.\r\nAnd\u2028more.");
        Files.write(dir.resolve("elf-binary"), concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, random));
        protect(good, dir.resolve("encrypted.pdf"), "secret");
        protect(good, dir.resolve("owner-only.pdf"), "");
        TestFiles.pagesPdf(dir.resolve("300-pages.pdf"), 300);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** An AES-encrypted copy; an empty user password opens it, but copying text is forbidden. */
    private static void protect(Path pdf, Path out, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(out.toFile());
        }
    }

}
