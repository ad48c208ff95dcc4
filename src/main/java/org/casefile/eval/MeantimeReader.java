package org.casefile.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads MEANTIME CAT XML files (NewsReader) into {@link GoldDocument}s.
 *
 * <p>The text is rebuilt from the {@code <token>} elements, one line per sentence (sentence 0 is
 * the title, sentence 1 the dateline), tokens separated by a space except around punctuation as
 * described in {@link TextBuilder#meantimeSpace}; PTB quotes {@code ``} and {@code ''} are written
 * as {@code "}. A markable's span runs from its first to its last anchored token (a discontinuous
 * markable gets the covering span).
 * <ul>
 *   <li>entities: every ENTITY_MENTION; its type is the {@code ent_type} of the ENTITY instance it
 *       REFERS_TO (PER, ORG, LOC scored; PRO, FIN kept; {@code null} when it refers to none).
 *       It is named when its {@code syntactic_type} is NAM or PRE.NAM; about a third of the
 *       mentions have no {@code syntactic_type} attribute at all, and those are named when
 *       {@link #looksNamed capitalised};</li>
 *   <li>timexes: TIMEX3 markables anchored on tokens (the unanchored, implicit ones are left out);
 *       the creation time is the TIMEX3 with {@code functionInDocument="CREATION_TIME"}, else the
 *       DCT of the TimeML file whose name starts with the document's numeric id;</li>
 *   <li>events: every EVENT_MENTION, classed by the EVENT instance it REFERS_TO;</li>
 *   <li>participants: HAS_PARTICIPANT from an event mention to an entity mention (the relations
 *       whose target is a VALUE markable are left out).</li>
 * </ul>
 */
public final class MeantimeReader {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it",
            "they", "its", "our", "their", "his", "her", "this", "that", "these", "those", "which",
            "who", "whom", "whose");
    private final Path timemlDir;

    /** A reader without TimeML fallback for creation times. */
    public MeantimeReader() {
        this(null);
    }

    /**
     * @param timemlDir folder of SemEval-2015 TimeML files ({@code <id>_<title>.tml}) used when a
     *                  CAT file has no creation time; may be {@code null}
     */
    public MeantimeReader(Path timemlDir) {
        this.timemlDir = timemlDir;
    }

    /** Reads every {@code *.xml} of a folder, in file-name order. */
    public List<GoldDocument> readFolder(Path catDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(catDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(read(f));
        }
        return docs;
    }

    /** Reads one CAT XML file. */
    public GoldDocument read(Path catFile) throws IOException {
        Element root = XmlSupport.parse(catFile).getDocumentElement();
        String docId = XmlSupport.attr(root, "doc_id");
        if (docId == null) {
            docId = numericPrefix(catFile.getFileName().toString());
        }

        TextBuilder builder = new TextBuilder();
        Map<String, GoldToken> tokenById = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        String previous = null;
        int previousSentence = Integer.MIN_VALUE;
        for (Element t : XmlSupport.children(root, "token")) {
            String raw = t.getTextContent();
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            boolean space = sentence != previousSentence || TextBuilder.meantimeSpace(previous, raw);
            GoldToken token = builder.add(t.getAttribute("t_id"), sentence,
                    TextBuilder.meantimeSurface(raw), space);
            tokenById.put(token.id(), token);
            position.put(token.id(), position.size());
            previous = raw;
            previousSentence = sentence;
        }

        Map<String, Element> markables = new HashMap<>();
        Element markablesEl = XmlSupport.child(root, "Markables");
        List<Element> markableList = markablesEl == null
                ? List.of() : XmlSupport.children(markablesEl, null);
        for (Element m : markableList) {
            markables.put(m.getAttribute("m_id"), m);
        }

        Map<String, String> refersTo = new HashMap<>();
        List<Element> hasParticipant = new ArrayList<>();
        Element relations = XmlSupport.child(root, "Relations");
        if (relations != null) {
            for (Element r : XmlSupport.children(relations, null)) {
                if ("REFERS_TO".equals(r.getTagName())) {
                    Element target = XmlSupport.child(r, "target");
                    if (target == null) {
                        continue;
                    }
                    for (Element s : XmlSupport.children(r, "source")) {
                        refersTo.putIfAbsent(s.getAttribute("m_id"), target.getAttribute("m_id"));
                    }
                } else if ("HAS_PARTICIPANT".equals(r.getTagName())) {
                    hasParticipant.add(r);
                }
            }
        }

        List<GoldEntity> entities = new ArrayList<>();
        List<GoldTimex> timexes = new ArrayList<>();
        List<GoldEvent> events = new ArrayList<>();
        Map<String, Span> mentionSpans = new HashMap<>();
        String creationValue = null;
        for (Element m : markableList) {
            String mid = m.getAttribute("m_id");
            switch (m.getTagName()) {
                case "ENTITY_MENTION" -> {
                    Element instance = markables.get(refersTo.get(mid));
                    String type = instance == null ? null
                            : EntityTypes.normalize(instance.getAttribute("ent_type"));
                    Span span = anchorSpan(m, tokenById, position, type);
                    if (span == null) {
                        continue;
                    }
                    String syntactic = m.hasAttribute("syntactic_type")
                            ? m.getAttribute("syntactic_type") : null;
                    boolean named = syntactic == null
                            ? looksNamed(anchorTokens(m, tokenById))
                            : "NAM".equals(syntactic) || "PRE.NAM".equals(syntactic);
                    String name = instance == null ? null
                            : XmlSupport.attr(instance, "TAG_DESCRIPTOR");
                    entities.add(new GoldEntity(span, syntactic, named, name));
                    mentionSpans.put(mid, span);
                }
                case "TIMEX3" -> {
                    boolean dct = "CREATION_TIME".equals(m.getAttribute("functionInDocument"));
                    String value = XmlSupport.attr(m, "value");
                    if (dct && creationValue == null) {
                        creationValue = value;
                    }
                    Span span = anchorSpan(m, tokenById, position, XmlSupport.attr(m, "type"));
                    if (span != null) {
                        timexes.add(new GoldTimex(span, value, null, dct));
                    }
                }
                case "EVENT_MENTION" -> {
                    Element instance = markables.get(refersTo.get(mid));
                    String cls = instance == null ? null : XmlSupport.attr(instance, "class");
                    Span span = anchorSpan(m, tokenById, position, cls);
                    if (span != null) {
                        events.add(new GoldEvent(span, XmlSupport.attr(m, "pred"), GoldFactuality.ofMeantime(
                                XmlSupport.attr(m, "polarity"), XmlSupport.attr(m, "certainty"),
                                XmlSupport.attr(m, "time"))));
                        mentionSpans.put(mid, span);
                    }
                }
                default -> {
                    // SIGNAL, C-SIGNAL, VALUE and the unanchored instances are not scored
                }
            }
        }

        List<GoldParticipant> participants = new ArrayList<>();
        for (Element r : hasParticipant) {
            Element source = XmlSupport.child(r, "source");
            Element target = XmlSupport.child(r, "target");
            if (source == null || target == null) {
                continue;
            }
            Element sourceEl = markables.get(source.getAttribute("m_id"));
            Element targetEl = markables.get(target.getAttribute("m_id"));
            if (sourceEl == null || targetEl == null
                    || !"EVENT_MENTION".equals(sourceEl.getTagName())
                    || !"ENTITY_MENTION".equals(targetEl.getTagName())) {
                continue;
            }
            Span event = mentionSpans.get(source.getAttribute("m_id"));
            Span entity = mentionSpans.get(target.getAttribute("m_id"));
            if (event != null && entity != null) {
                participants.add(new GoldParticipant(event, entity,
                        XmlSupport.attr(r, "sem_role")));
            }
        }

        LocalDate creation = toDate(creationValue);
        GoldDocument.DateOrigin origin = GoldDocument.DateOrigin.CAT;
        if (creation == null) {
            creation = timemlCreationDate(docId);
            origin = creation == null ? GoldDocument.DateOrigin.NONE
                    : GoldDocument.DateOrigin.TIMEML;
        }
        return new GoldDocument(docId, builder.text(), creation, origin, null, builder.tokens(),
                entities, timexes, events, participants);
    }

    /**
     * The DCT value of the TimeML file for a document id, from the folder given at construction.
     *
     * @return the date, or {@code null} when there is no folder, file or DCT
     */
    LocalDate timemlCreationDate(String docId) throws IOException {
        if (timemlDir == null || !Files.isDirectory(timemlDir)) {
            return null;
        }
        Path match;
        try (Stream<Path> s = Files.list(timemlDir)) {
            match = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".tml") && docId.equals(numericPrefix(n));
            }).findFirst().orElse(null);
        }
        if (match == null) {
            return null;
        }
        Document tml = XmlSupport.parse(match);
        NodeList timexes = tml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element t = (Element) timexes.item(i);
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument"))) {
                return toDate(XmlSupport.attr(t, "value"));
            }
        }
        return null;
    }

    private static Span anchorSpan(Element markable, Map<String, GoldToken> tokenById,
                                   Map<String, Integer> position, String type) {
        GoldToken first = null;
        GoldToken last = null;
        for (Element a : XmlSupport.children(markable, "token_anchor")) {
            String id = a.getAttribute("t_id");
            GoldToken t = tokenById.get(id);
            if (t == null) {
                continue;
            }
            if (first == null || position.get(id) < position.get(first.id())) {
                first = t;
            }
            if (last == null || position.get(id) > position.get(last.id())) {
                last = t;
            }
        }
        return first == null ? null : new Span(first.begin(), last.end(), type);
    }

    private static List<String> anchorTokens(Element markable, Map<String, GoldToken> byId) {
        List<String> out = new ArrayList<>();
        for (Element a : XmlSupport.children(markable, "token_anchor")) {
            GoldToken t = byId.get(a.getAttribute("t_id"));
            if (t != null) {
                out.add(t.text());
            }
        }
        return out;
    }

    /**
     * Name test for mentions without {@code syntactic_type}: after a leading {@code the/a/an},
     * every token starts with an upper-case letter or a digit and the first is no pronoun.
     */
    static boolean looksNamed(List<String> tokens) {
        int i = 0;
        if (!tokens.isEmpty() && DETERMINERS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            i = 1;
        }
        if (i >= tokens.size() || PRONOUNS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = i; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (t.isEmpty() || !(Character.isUpperCase(t.charAt(0))
                    || Character.isDigit(t.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate toDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The leading digits of a file name ({@code 3307_Airbus...xml} gives {@code 3307}). */
    static String numericPrefix(String fileName) {
        int i = 0;
        while (i < fileName.length() && Character.isDigit(fileName.charAt(i))) {
            i++;
        }
        return fileName.substring(0, i);
    }
}
