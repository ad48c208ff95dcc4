package org.casefile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/** Quick looks into a PDF before Tika parses it. Stateless and thread-safe. */
final class PdfChecks {
    /** How many pages {@link #drawsImages} looks at. */
    static final int PAGES_LOOKED_AT = 20;

    private PdfChecks() {
    }

    /** Whether "%PDF-" occurs in the first KB (after junk such as an HTTP response head). */
    static boolean headerNearStart(Path file) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    /** Whether one of the first pages of a PDF draws an image; false when PDFBox cannot tell. */
    static boolean drawsImages(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int seen = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                if (resources != null) {
                    for (COSName name : resources.getXObjectNames()) {
                        if (resources.isImageXObject(name)) {
                            return true;
                        }
                    }
                }
                if (++seen >= PAGES_LOOKED_AT) {
                    break;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
