package org.casefile.tools;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the binary files of the sample corpus (a text-layer court order PDF, a press release
 * DOCX and an image-only "scanned" notice PDF) from plain-text sources kept in
 * {@code src/test/resources/corpus-src/}. The sources live outside {@code corpus/} because the
 * tool ingests every file under a corpus folder.
 *
 * <p>Usage: {@code CorpusGenerator [corpusDir [sourceDir]]}, defaults {@code corpus} and
 * {@code src/test/resources/corpus-src}.
 *
 * <h2>Source markup</h2>
 * <ul>
 *   <li>{@code % key: value} — a setting (only at the top of the file): {@code output} (file name
 *       in the corpus folder), {@code kind} ({@code pdf}, {@code docx} or {@code scan}),
 *       {@code title}, {@code author}, {@code created} (ISO date-time with offset; written as the
 *       creation and modification date), {@code font}, {@code size}, {@code leading} (line height of
 *       paragraphs, pt), {@code tight-leading} (line height of {@code #} and {@code |} lines),
 *       {@code gap} (extra space before and after {@code #} and {@code |} blocks, pt),
 *       {@code paragraph-gap} (extra space between paragraphs and headings, pt),
 *       {@code indent} (first-line indent of paragraphs, pt), {@code tab} (x of the text after a tab
 *       in a {@code |} line, pt from the left margin), {@code stamp} and {@code footer} (a line at the
 *       top / bottom of every page; {@code {page}} and {@code {pages}} are replaced).</li>
 *   <li>{@code # text} — a centred bold line; consecutive ones form one block.</li>
 *   <li>{@code ## text} — a bold heading, kept with the first lines of what follows.</li>
 *   <li>{@code | text} — a line kept as it is (no wrapping, no joining); a tab splits it into a
 *       left and a right column. Consecutive ones form one block that is not split across
 *       pages. {@code |} alone is an empty line.</li>
 *   <li>{@code === PAGE ===} — a page break.</li>
 *   <li>Any other non-blank lines are joined into a paragraph; a blank line ends it.</li>
 * </ul>
 *
 * <p>The output is meant to be byte-reproducible: every date the libraries write is fixed from
 * the {@code created} setting, the PDF trailer ID is a hash of the source, and the DOCX zip is
 * rewritten with fixed entry times. The scanned page is drawn with the DejaVu fonts when they are
 * installed (Debian's fonts-dejavu-core), else with Java's logical font, so its pixels depend on
 * the fonts of the machine.
 */
public final class CorpusGenerator {
    private static final float PAGE_W = PDRectangle.LETTER.getWidth();
    private static final float PAGE_H = PDRectangle.LETTER.getHeight();
    private static final float MARGIN = 72f;
    private static final int SCAN_DPI = 300;
    /** Zip entry time of the DOCX parts. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2022, 3, 29, 9, 15, 0);

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        Path sources = Path.of(args.length > 1 ? args[1] : "src/test/resources/corpus-src");
        if (!Files.isDirectory(sources)) {
            throw new IOException("no source folder " + sources.toAbsolutePath());
        }
        Files.createDirectories(corpus);
        List<Path> files;
        try (Stream<Path> s = Files.list(sources)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Source src = Source.parse(file);
            Path out = corpus.resolve(src.setting("output", null));
            byte[] bytes = switch (src.setting("kind", "pdf")) {
                case "pdf" -> textPdf(src);
                case "scan" -> scanPdf(src);
                case "docx" -> docx(src);
                default -> throw new IOException(file + ": unknown kind " + src.setting("kind", ""));
            };
            Files.write(out, bytes);
            System.out.println("wrote " + out + " (" + bytes.length + " bytes) from " + file.getFileName());
        }
    }

    // ---------------------------------------------------------------- source

    enum Type { CENTER, HEADING, LINES, PARA, PAGE }

    record Block(Type type, List<String> lines) {
    }

    record Source(Path file, Map<String, String> settings, List<Block> blocks, byte[] raw) {
        static Source parse(Path file) throws IOException {
            byte[] raw = Files.readAllBytes(file);
            String text = new String(raw, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Map<String, String> settings = new LinkedHashMap<>();
            List<Block> blocks = new ArrayList<>();
            List<String> current = new ArrayList<>();
            Type currentType = null;
            boolean header = true;
            for (String line : text.split("\n", -1)) {
                if (header && line.startsWith("%")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        settings.put(line.substring(1, colon).strip().toLowerCase(Locale.ROOT),
                                line.substring(colon + 1).strip());
                    }
                    continue;
                }
                header = false;
                Type type;
                String content;
                if (line.isBlank()) {
                    type = null;
                    content = null;
                } else if (line.strip().equals("=== PAGE ===")) {
                    type = Type.PAGE;
                    content = "";
                } else if (line.startsWith("## ")) {
                    type = Type.HEADING;
                    content = line.substring(3).strip();
                } else if (line.startsWith("# ")) {
                    type = Type.CENTER;
                    content = line.substring(2).strip();
                } else if (line.startsWith("|")) {
                    type = Type.LINES;
                    content = line.length() > 1 && line.charAt(1) == ' ' ? line.substring(2) : line.substring(1);
                    content = content.stripTrailing();
                } else {
                    type = Type.PARA;
                    content = line.strip();
                }
                boolean joins = type != null && type == currentType
                        && (type == Type.CENTER || type == Type.LINES || type == Type.PARA);
                if (!joins && currentType != null) {
                    blocks.add(new Block(currentType, List.copyOf(current)));
                    current.clear();
                    currentType = null;
                }
                if (type != null) {
                    current.add(content);
                    currentType = type;
                    if (type == Type.HEADING || type == Type.PAGE) {
                        blocks.add(new Block(type, List.copyOf(current)));
                        current.clear();
                        currentType = null;
                    }
                }
            }
            if (currentType != null) {
                blocks.add(new Block(currentType, List.copyOf(current)));
            }
            return new Source(file, settings, blocks, raw);
        }

        String setting(String key, String fallback) {
            String v = settings.get(key);
            if (v == null || v.isEmpty()) {
                if (fallback == null) {
                    throw new IllegalArgumentException(file + ": missing setting '" + key + "'");
                }
                return fallback;
            }
            return v;
        }

        float number(String key, float fallback) {
            return Float.parseFloat(setting(key, Float.toString(fallback)));
        }

        Calendar created() {
            OffsetDateTime t = OffsetDateTime.parse(setting("created", "2021-01-01T00:00:00Z"));
            GregorianCalendar cal = new GregorianCalendar(
                    TimeZone.getTimeZone(ZoneOffset.ofTotalSeconds(t.getOffset().getTotalSeconds())), Locale.ROOT);
            cal.clear();
            cal.setTimeInMillis(t.toInstant().toEpochMilli());
            return cal;
        }
    }

    // ---------------------------------------------------------------- layout

    /** Measures text in points. */
    interface Measure {
        float width(String text, boolean bold);
    }

    /** One line placed on a page: baseline y from the bottom, in points. */
    record Placed(float x, float y, boolean bold, String text, float justifyTo) {
    }

    /**
     * Lays the blocks out on Letter pages with 1-inch margins. Paragraph lines are justified
     * (justifyTo is the target width, 0 for a ragged line).
     */
    static List<List<Placed>> layout(Source src, Measure m) {
        float size = src.number("size", 12);
        float leading = src.number("leading", size * 2);
        float tight = src.number("tight-leading", size * 1.2f);
        float indent = src.number("indent", 36);
        float tab = src.number("tab", 288);
        float gap = src.number("gap", tight);
        float paraGap = src.number("paragraph-gap", 0);
        float width = PAGE_W - 2 * MARGIN;
        float top = PAGE_H - MARGIN - size;
        float bottom = MARGIN;

        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        pages.add(page);
        float y = top + tight; // baseline of the previous line; the first line goes to 'top'
        boolean fresh = true;
        List<Block> blocks = src.blocks();
        Type previous = null;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.type() == Type.PAGE) {
                page = new ArrayList<>();
                pages.add(page);
                y = top + tight;
                fresh = true;
                previous = null;
                continue;
            }
            boolean bold = block.type() == Type.CENTER || block.type() == Type.HEADING;
            float step = block.type() == Type.PARA || block.type() == Type.HEADING ? leading : tight;
            List<String[]> lines = new ArrayList<>(); // {text, right column or null, "j" if justified}
            if (block.type() == Type.PARA) {
                String text = String.join(" ", block.lines());
                for (String[] l : wrap(text, width, width - indent, bold, m)) {
                    lines.add(l);
                }
            } else if (block.type() == Type.HEADING) {
                for (String[] l : wrap(block.lines().get(0), width, width, true, m)) {
                    lines.add(new String[] {l[0], null, null});
                }
            } else {
                for (String l : block.lines()) {
                    int t = l.indexOf('\t');
                    lines.add(t < 0 ? new String[] {l, null, null}
                            : new String[] {l.substring(0, t).stripTrailing(), l.substring(t + 1).strip(), null});
                }
            }
            // extra space before a block: around # and | blocks, and between paragraphs
            float before = 0;
            if (previous != null) {
                boolean textish = (block.type() == Type.PARA || block.type() == Type.HEADING)
                        && (previous == Type.PARA || previous == Type.HEADING);
                before = textish ? paraGap : gap;
            }
            previous = block.type();
            // keep rules: LINES and CENTER blocks whole; a heading with two lines of what follows
            float need = lines.size() * step + before;
            if (block.type() == Type.HEADING) {
                need += 2 * leading;
            } else if (block.type() == Type.PARA) {
                need = Math.min(need, 2 * step); // no single first line at a page's foot
            }
            if (!fresh && y - need < bottom) {
                page = new ArrayList<>();
                pages.add(page);
                y = top + tight;
                fresh = true;
            }
            for (int i = 0; i < lines.size(); i++) {
                String[] l = lines.get(i);
                float lineStep = fresh ? tight : step + (i == 0 ? before : 0);
                if (!fresh && y - lineStep < bottom) {
                    page = new ArrayList<>();
                    pages.add(page);
                    y = top + tight;
                    lineStep = tight;
                }
                y -= lineStep;
                fresh = false;
                String text = l[0];
                float x = MARGIN;
                if (block.type() == Type.CENTER) {
                    x = (PAGE_W - m.width(text, true)) / 2;
                } else if (block.type() == Type.PARA && i == 0) {
                    x += indent;
                }
                float justify = 0;
                if (block.type() == Type.PARA && "j".equals(l[2])) {
                    justify = (i == 0 ? width - indent : width);
                }
                if (!text.isEmpty()) {
                    page.add(new Placed(x, y, bold, text, justify));
                }
                if (l[1] != null && !l[1].isEmpty()) {
                    page.add(new Placed(MARGIN + tab, y, bold, l[1], 0));
                }
            }
        }
        if (page.isEmpty() && pages.size() > 1) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    /** Greedy word wrap; every line but the last is marked "j" (justify). */
    static List<String[]> wrap(String text, float width, float firstWidth, boolean bold, Measure m) {
        List<String[]> out = new ArrayList<>();
        String[] words = text.split(" +");
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            float limit = out.isEmpty() ? firstWidth : width;
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (line.length() > 0 && m.width(candidate, bold) > limit) {
                out.add(new String[] {line.toString(), null, "j"});
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(new String[] {line.toString(), null, null});
        }
        return out;
    }

    static String pageText(String pattern, int page, int pages) {
        return pattern.replace("{page}", Integer.toString(page)).replace("{pages}", Integer.toString(pages));
    }

    // ---------------------------------------------------------------- text PDF

    static byte[] textPdf(Source src) throws IOException {
        boolean serif = !src.setting("font", "Times").toLowerCase(Locale.ROOT).startsWith("helv");
        PDType1Font regular = new PDType1Font(serif ? Standard14Fonts.FontName.TIMES_ROMAN
                : Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(serif ? Standard14Fonts.FontName.TIMES_BOLD
                : Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font stampFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float size = src.number("size", 12);
        Measure m = (text, b) -> {
            try {
                return (b ? bold : regular).getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<List<Placed>> pages = layout(src, m);
        String stamp = src.setting("stamp", "");
        String footer = src.setting("footer", "");
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (!stamp.isEmpty()) {
                        String s = pageText(stamp, p + 1, pages.size());
                        float w = stampFont.getStringWidth(s) / 1000f * 9;
                        text(cs, stampFont, 9, (PAGE_W - w) / 2, PAGE_H - 32, s, 0);
                    }
                    for (Placed l : pages.get(p)) {
                        float wordSpacing = 0;
                        int spaces = (int) l.text().chars().filter(c -> c == ' ').count();
                        if (l.justifyTo() > 0 && spaces > 0) {
                            wordSpacing = (l.justifyTo() - m.width(l.text(), l.bold())) / spaces;
                        }
                        text(cs, l.bold() ? bold : regular, size, l.x(), l.y(), l.text(), wordSpacing);
                    }
                    if (!footer.isEmpty()) {
                        String s = pageText(footer, p + 1, pages.size());
                        float w = regular.getStringWidth(s) / 1000f * 11;
                        text(cs, regular, 11, (PAGE_W - w) / 2, 40, s, 0);
                    }
                }
            }
            return save(doc, src);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s,
            float wordSpacing) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setWordSpacing(wordSpacing);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Fixed document information and trailer ID, so two runs write the same bytes. */
    private static byte[] save(PDDocument doc, Source src) throws IOException {
        PDDocumentInformation info = new PDDocumentInformation();
        String title = src.settings().getOrDefault("title", "");
        if (!title.isEmpty()) {
            info.setTitle(title);
        }
        String author = src.settings().getOrDefault("author", "");
        if (!author.isEmpty()) {
            info.setAuthor(author);
        }
        info.setCreationDate(src.created());
        info.setModificationDate(src.created());
        doc.setDocumentInformation(info);
        byte[] id = Arrays.copyOf(sha256(src.raw()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- scanned PDF

    /** Renders the page at 300 dpi, black on white, no anti-aliasing, and stores it as an image only. */
    static byte[] scanPdf(Source src) throws IOException {
        float scale = SCAN_DPI / 72f;
        float size = src.number("size", 12);
        boolean serif = src.setting("font", "SansSerif").toLowerCase(Locale.ROOT).startsWith("serif");
        Font regular = scanFont(serif, false).deriveFont(size * scale);
        Font bold = scanFont(serif, true).deriveFont(size * scale);
        int w = Math.round(PAGE_W * scale);
        int h = Math.round(PAGE_H * scale);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fmRegular = pg.getFontMetrics(regular);
        FontMetrics fmBold = pg.getFontMetrics(bold);
        Measure m = (text, b) -> (b ? fmBold : fmRegular).stringWidth(text) / scale;
        List<List<Placed>> pages = layout(src, m);
        pg.dispose();
        try (PDDocument doc = new PDDocument()) {
            for (List<Placed> lines : pages) {
                BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = img.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setColor(Color.BLACK);
                for (Placed l : lines) {
                    g.setFont(l.bold() ? bold : regular);
                    g.drawString(l.text(), Math.round(l.x() * scale), Math.round((PAGE_H - l.y()) * scale));
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PAGE_W, PAGE_H);
                }
            }
            return save(doc, src);
        }
    }

    /** DejaVu from the system when present (stable glyphs), else Java's logical font. */
    private static Font scanFont(boolean serif, boolean bold) {
        String name = "/usr/share/fonts/truetype/dejavu/DejaVu" + (serif ? "Serif" : "Sans")
                + (bold ? "-Bold" : "") + ".ttf";
        Path path = Path.of(name);
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                // fall through to the logical font
            }
        }
        return new Font(serif ? Font.SERIF : Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12);
    }

    // ---------------------------------------------------------------- DOCX

    static byte[] docx(Source src) throws IOException {
        String fontName = src.setting("font", "Calibri");
        int size = Math.round(src.number("size", 11));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            boolean firstCenter = true;
            for (Block block : src.blocks()) {
                switch (block.type()) {
                    case PAGE -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setPageBreak(true);
                    }
                    case CENTER -> {
                        for (String line : block.lines()) {
                            XWPFParagraph p = doc.createParagraph();
                            p.setAlignment(ParagraphAlignment.CENTER);
                            p.setSpacingAfter(200);
                            run(p, line, fontName, firstCenter ? size + 5 : size, true, false);
                            firstCenter = false;
                        }
                    }
                    case HEADING -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setSpacingAfter(120);
                        run(p, block.lines().get(0), fontName, size, true, false);
                    }
                    case LINES -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setSpacingAfter(200);
                        boolean italic = block.lines().size() == 1; // a one-line block is a subhead
                        if (italic) {
                            p.setAlignment(ParagraphAlignment.CENTER);
                        }
                        for (int i = 0; i < block.lines().size(); i++) {
                            XWPFRun r = run(p, block.lines().get(i).replace('\t', ' '), fontName, size, false, italic);
                            if (i < block.lines().size() - 1) {
                                r.addBreak();
                            }
                        }
                    }
                    case PARA -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setSpacingAfter(200);
                        run(p, String.join(" ", block.lines()), fontName, size, false, false);
                    }
                    default -> throw new IllegalStateException();
                }
            }
            var core = doc.getProperties().getCoreProperties();
            Date created = src.created().getTime();
            core.setCreated(Optional.of(created));
            core.setModified(Optional.of(created));
            core.setTitle(src.setting("title", ""));
            core.setCreator(src.setting("author", ""));
            core.setLastModifiedByUser(src.setting("author", ""));
            doc.write(raw);
        }
        return fixedZip(raw.toByteArray());
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    /** The same zip, entries in the same order, with a fixed time on every entry. */
    static byte[] fixedZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            zout.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_TIME);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
