package org.casefile.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GUM documents: the TEI-like XML ({@code xml/NAME.xml}) and, for entity spans and
 * spacing, the matching CoNLL-U file ({@code dep/NAME.conllu}).
 *
 * <p>The XML holds one token per line (word, tags, lemma... separated by tabs) inside
 * {@code <s>} and markup elements. The text is rebuilt one line per sentence; within a sentence
 * tokens are separated by a space unless the CoNLL-U says {@code SpaceAfter=No} (or the token is
 * inside a multiword token), which restores the original spacing. Without a CoNLL-U file tokens
 * are joined with single spaces and the document has no entities.
 * <ul>
 *   <li>creation date: the {@code dateCreated} attribute of {@code <text>} (metadata);
 *       {@link GoldDocument#datelineDate()} is the first {@code <date rend="bold">}, the dateline
 *       printed in the article, which may disagree with the metadata;</li>
 *   <li>timexes: {@code <date when=...>} is a DATE with that value, {@code <time when=...>} a TIME
 *       with the raw value ({@code 06:00:00}); {@code from/to} and {@code notBefore/notAfter}
 *       ranges are DATEs without a value and with {@link GoldTimex#interval()} set;</li>
 *   <li>entities: the CoNLL-U {@code Entity=} mentions, typed person to PER, organization to ORG,
 *       place to LOC, others upper-cased; a mention is named when a word of its minimal span is
 *       a PROPN; its name is the GUM identity (Wikipedia title) when there is one.</li>
 * </ul>
 * GUM has no event or participant annotation, so those lists are empty.
 */
public final class GumReader {

    private record XmlToken(String form, int sentence) {
    }

    private record OpenDate(int firstToken, String element, String when, String start,
                            String end, boolean bold) {
    }

    private record XmlTimex(int first, int last, String element, String when, String interval) {
    }

    /** Reads every {@code *.xml} of a folder, with CoNLL-U files from the sibling {@code dep}. */
    public List<GoldDocument> readFolder(Path xmlDir) throws IOException {
        Path depDir = xmlDir.toAbsolutePath().resolveSibling("dep");
        List<Path> files;
        try (Stream<Path> s = Files.list(xmlDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            String base = f.getFileName().toString().replaceFirst("\\.xml$", "");
            Path conllu = depDir.resolve(base + ".conllu");
            docs.add(read(f, Files.isRegularFile(conllu) ? conllu : null));
        }
        return docs;
    }

    /**
     * Reads one document.
     *
     * @param conllu the matching CoNLL-U file, or {@code null}
     * @throws IOException when the files cannot be read or their token counts differ
     */
    public GoldDocument read(Path xmlFile, Path conllu) throws IOException {
        List<XmlToken> xmlTokens = new ArrayList<>();
        List<XmlTimex> dates = new ArrayList<>();
        String[] meta = new String[2];
        LocalDate dateline = parseXml(xmlFile, xmlTokens, dates, meta);
        Conllu dep = conllu == null ? null : Conllu.read(conllu);
        if (dep != null && dep.words.size() != xmlTokens.size()) {
            throw new IOException(conllu + " has " + dep.words.size() + " words but "
                    + xmlFile + " has " + xmlTokens.size() + " tokens");
        }

        TextBuilder builder = new TextBuilder();
        for (int i = 0; i < xmlTokens.size(); i++) {
            boolean space = i == 0 || dep == null || dep.words.get(i - 1).spaceAfter();
            XmlToken t = xmlTokens.get(i);
            builder.add(Integer.toString(i + 1), t.sentence(), t.form(), space);
        }
        List<GoldToken> tokens = builder.tokens();

        List<GoldTimex> timexes = new ArrayList<>();
        for (XmlTimex d : dates) {
            String type = "time".equals(d.element()) ? "TIME" : "DATE";
            Span span = new Span(tokens.get(d.first()).begin(), tokens.get(d.last()).end(), type);
            timexes.add(new GoldTimex(span, d.when(), d.interval(), false));
        }

        List<GoldEntity> entities = new ArrayList<>();
        if (dep != null) {
            for (Conllu.Mention m : dep.mentions) {
                Span span = new Span(tokens.get(m.first()).begin(), tokens.get(m.last()).end(),
                        EntityTypes.normalize(m.etype()));
                boolean named = false;
                for (int p : m.minSpan()) {
                    int w = m.first() + p - 1;
                    if (w >= m.first() && w <= m.last()
                            && "PROPN".equals(dep.words.get(w).upos())) {
                        named = true;
                    }
                }
                entities.add(new GoldEntity(span, named ? "NAM" : "", named, m.identity()));
            }
            entities.sort(Comparator.comparingInt((GoldEntity e) -> e.span().begin())
                    .thenComparingInt(e -> -e.span().end()));
        }

        LocalDate created = toDate(meta[1]);
        return new GoldDocument(meta[0], builder.text(), created,
                created == null ? GoldDocument.DateOrigin.NONE : GoldDocument.DateOrigin.METADATA,
                dateline, tokens, entities, timexes, List.of(), List.of());
    }

    /** Fills tokens and dates; meta gets the text id and dateCreated; returns the dateline. */
    private static LocalDate parseXml(Path file, List<XmlToken> tokens, List<XmlTimex> dates,
                                      String[] meta) throws IOException {
        LocalDate dateline = null;
        int sentence = -1;
        Deque<OpenDate> open = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = XmlSupport.staxFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("text".equals(name)) {
                        meta[0] = r.getAttributeValue(null, "id");
                        meta[1] = r.getAttributeValue(null, "dateCreated");
                    } else if ("s".equals(name)) {
                        sentence++;
                    } else if ("date".equals(name) || "time".equals(name)) {
                        String when = r.getAttributeValue(null, "when");
                        String start = firstNonNull(r.getAttributeValue(null, "from"),
                                r.getAttributeValue(null, "notBefore"));
                        String end = firstNonNull(r.getAttributeValue(null, "to"),
                                r.getAttributeValue(null, "notAfter"));
                        boolean bold = "bold".equals(r.getAttributeValue(null, "rend"));
                        open.push(new OpenDate(tokens.size(), name, when, start, end, bold));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (("date".equals(name) || "time".equals(name)) && !open.isEmpty()) {
                        OpenDate d = open.pop();
                        if (tokens.size() > d.firstToken()) {
                            String interval = d.when() == null && (d.start() != null
                                    || d.end() != null)
                                    ? nullToEmpty(d.start()) + "/" + nullToEmpty(d.end()) : null;
                            dates.add(new XmlTimex(d.firstToken(), tokens.size() - 1, name,
                                    d.when(), interval));
                        }
                        if (d.bold() && dateline == null && "date".equals(name)) {
                            dateline = toDate(d.when());
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS) {
                    for (String line : r.getText().split("\n")) {
                        if (!line.isBlank()) {
                            tokens.add(new XmlToken(line.split("\t", 2)[0].strip(),
                                    Math.max(sentence, 0)));
                        }
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        dates.sort(Comparator.comparingInt(XmlTimex::first));
        return dateline;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static LocalDate toDate(String value) {
        if (value == null || value.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
