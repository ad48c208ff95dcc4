package org.casefile.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
        String shared = System.getProperty("casefile.shared");
        assumeTrue(shared != null, "system property casefile.shared is not set");
        Path dir = Path.of(shared, "corpus", "court-pdfs");
        assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir);
        return dir;
    }

    /** A file of the shared court PDFs; skips the test when it is absent. */
    static Path courtPdf(String relative) {
        Path file = courtPdfs().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        return file;
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

    /** The id the pipeline gives a file: "d" + 12 hex digits of its SHA-256. */
    static String idOf(String sha) {
        return "d" + sha.substring(0, 12);
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
}
