package org.casefile.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML files ({@code .tml}, as in the TempEval-3 TimeBank and AQUAINT data): the text is
 * the content of {@code <TEXT>} with its tags removed, exactly as written (so spans are offsets
 * into it); the inline {@code <TIMEX3>}s become gold timexes (type and value) and the
 * {@code <EVENT>}s gold events (class, and the factuality of their first {@code <MAKEINSTANCE>}:
 * {@link GoldFactuality#ofTimeMl}; a file that marks most instances negated is read as giving no
 * polarity). The {@code <DCT>}'s TIMEX3 is the document's creation
 * date, which the pipeline gets as the publication date (as a manifest would give it); it is not
 * scored, since it is not part of the text. TIMEX3s with no text (implicit anchors) are skipped.
 */
public final class TimeMlReader {

    /**
     * The news source a TimeBank or AQUAINT document id starts with: its letters before the first
     * digit, upper-cased ({@code APW19980213.1310} → {@code APW}, {@code wsj_0136} → {@code WSJ});
     * the whole id, upper-cased, when it has no digit.
     */
    public static String source(String docId) {
        int i = 0;
        while (i < docId.length() && Character.isLetter(docId.charAt(i))) {
            i++;
        }
        return (i == 0 ? docId : docId.substring(0, i)).toUpperCase(java.util.Locale.ROOT);
    }

    /** Every {@code .tml} file of a folder, in name order. */
    public List<GoldDocument> readFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
        List<GoldDocument> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    /** One TimeML file; the document id is the file name without {@code .tml}. */
    public GoldDocument read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
        try (InputStream in = Files.newInputStream(file)) {
            return read(id, XmlSupport.staxFactory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    private record Open(String tag, int begin, String type, String value, String eventId) {
    }

    /** An event read from the text, before its instance's attributes are known. */
    private record PendingEvent(Span span, String eventId) {
    }

    private static GoldDocument read(String id, XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        List<PendingEvent> pending = new ArrayList<>();
        Map<String, String[]> instances = new HashMap<>();
        Deque<Open> open = new ArrayDeque<>();
        LocalDate creation = null;
        boolean inText = false;
        boolean inDct = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                if ("TEXT".equals(tag)) {
                    inText = true;
                } else if ("DCT".equals(tag)) {
                    inDct = true;
                } else if ("TIMEX3".equals(tag) && (inDct || creation == null
                        && "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument")))
                        && !inText) {
                    creation = toDate(r.getAttributeValue(null, "value"));
                } else if (inText && ("TIMEX3".equals(tag) || "EVENT".equals(tag))) {
                    String type = "TIMEX3".equals(tag) ? r.getAttributeValue(null, "type")
                            : r.getAttributeValue(null, "class");
                    open.push(new Open(tag, text.length(), type, r.getAttributeValue(null, "value"),
                            r.getAttributeValue(null, "eid")));
                } else if ("MAKEINSTANCE".equals(tag)) {
                    // an event may have several instances ("taught on Monday and Tuesday"): the first speaks for it
                    instances.putIfAbsent(r.getAttributeValue(null, "eventID"), new String[] {
                        r.getAttributeValue(null, "polarity"), r.getAttributeValue(null, "modality"),
                        r.getAttributeValue(null, "tense")});
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String tag = r.getLocalName();
                if ("TEXT".equals(tag)) {
                    inText = false;
                } else if ("DCT".equals(tag)) {
                    inDct = false;
                } else if (inText && !open.isEmpty() && open.peek().tag().equals(tag)) {
                    Open o = open.pop();
                    if (text.length() > o.begin()) {
                        Span span = new Span(o.begin(), text.length(), o.type());
                        if ("TIMEX3".equals(tag)) {
                            timexes.add(new GoldTimex(span, o.value(), null, false));
                        } else {
                            pending.add(new PendingEvent(span, o.eventId()));
                        }
                    }
                }
            } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            }
        }
        timexes.sort(java.util.Comparator.comparingInt((GoldTimex t) -> t.span().begin()));
        // a file whose instances are mostly negated has no real polarity (a fault of some TE3 AQUAINT
        // files, where nearly every event, "said" included, is marked NEG): read it as not given
        long negated = instances.values().stream().filter(a -> "NEG".equals(a[0])).count();
        boolean polarityGiven = negated * 2 <= instances.size();
        List<GoldEvent> events = new ArrayList<>();
        for (PendingEvent e : pending) {
            String[] a = instances.get(e.eventId());
            events.add(new GoldEvent(e.span(), null, a == null ? GoldFactuality.UNKNOWN
                    : GoldFactuality.ofTimeMl(polarityGiven ? a[0] : null, a[1], a[2])));
        }
        events.sort(java.util.Comparator.comparingInt((GoldEvent e) -> e.span().begin()));
        return new GoldDocument(id, text.toString(), creation,
                creation == null ? GoldDocument.DateOrigin.NONE : GoldDocument.DateOrigin.TIMEML, null,
                List.of(), List.of(), timexes, events, List.of());
    }

    /** The date of a DCT value ({@code 1998-01-08}, {@code 1998-01-08T18:30:00}), or null. */
    static LocalDate toDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
