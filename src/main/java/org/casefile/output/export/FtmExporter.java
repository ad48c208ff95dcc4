package org.casefile.output.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.output.html.Html;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;
import org.casefile.output.model.DateLabels;

/**
 * FollowTheMoney entities (https://followthemoney.tech), line-delimited JSON
 * {@code {"id", "schema", "properties": {"name": ["..."], ...}}}, every property value an array of
 * strings. Mapping:
 * <ul>
 * <li>documents: {@code Pages} (PDF, office documents, anything paged), {@code HyperText} (HTML),
 * {@code PlainText} (other text), else {@code Document}; with {@code title}, {@code fileName},
 * {@code mimeType}, {@code publishedAt}, {@code sourceUrl}, {@code processingStatus},
 * {@code namesMentioned}, {@code locationMentioned} and, when copying texts, {@code bodyText}
 * ({@code indexText} for Pages, which has no bodyText);</li>
 * <li>PERSON entities: {@code Person}; ORGANIZATION: {@code Organization}; LOCATION:
 * {@code Address} ({@code full}, and {@code city} or {@code state} by subtype) since FtM has no
 * place schema and a city is no legal entity; each with {@code proof} pointing to the documents
 * that mention it;</li>
 * <li>one {@code Mention} per person or organisation and document ({@code document},
 * {@code resolved}, {@code name} as written, {@code detectedSchema}); places get none, as
 * Mention:resolved ranges over LegalEntity;</li>
 * <li>events: {@code Event} with {@code name}, {@code summary}, {@code date} (partial ISO) or
 * {@code startDate}/{@code endDate}, {@code keywords} (the type), {@code involved} (people and
 * organisations), {@code location}, {@code addressEntity}, {@code proof} (documents) and
 * {@code description} (the first passage).</li>
 * </ul>
 * Titles, nationalities, charges, dates and claims have no FtM schema and are left out.
 */
public final class FtmExporter implements Exporter {
    private final boolean copyText;

    /** @param copyText put each document's text (when the case has it) in bodyText/indexText */
    public FtmExporter(boolean copyText) {
        this.copyText = copyText;
    }

    @Override
    public void write(CaseModel c, OutputStream out) throws IOException {
        for (ObjectNode e : entities(c)) {
            Json.writeLine(out, e);
        }
    }

    /** All FtM entities of the case, in output order. */
    public List<ObjectNode> entities(CaseModel c) {
        CaseIndex index = new CaseIndex(c);
        String key = CaseKey.of(c);
        List<ObjectNode> out = new ArrayList<>();
        for (CaseModel.Document d : c.documents()) {
            out.add(document(d, c));
        }
        for (CaseModel.Entity e : c.entities()) {
            String schema = schema(e);
            if (schema == null) {
                continue;
            }
            Props p = new Props();
            p.add("name", e.name());
            p.addAll("alias", e.aliases());
            p.addAll("proof", documents(e.mentions()).stream().map(FtmExporter::documentId).toList());
            if (schema.equals("Address")) {
                p.add("full", e.name());
                if ("CITY".equals(e.subtype())) {
                    p.add("city", e.name());
                } else if ("STATE_OR_PROVINCE".equals(e.subtype())) {
                    p.add("state", e.name());
                }
            }
            out.add(entity(entityId(key, e.id()), schema, p));
        }
        for (CaseModel.Entity e : c.entities()) {
            String schema = schema(e);
            if (!"Person".equals(schema) && !"Organization".equals(schema)) {
                continue;
            }
            Map<String, Set<String>> names = new LinkedHashMap<>();
            e.mentions().forEach(m -> names.computeIfAbsent(m.document(), k -> new LinkedHashSet<>()).add(m.text()));
            for (var n : names.entrySet()) {
                Props p = new Props();
                p.add("document", documentId(n.getKey()));
                p.add("resolved", entityId(key, e.id()));
                p.addAll("name", n.getValue());
                p.add("detectedSchema", schema);
                out.add(entity(entityId(key, "mention-" + e.id() + "-" + n.getKey()), "Mention", p));
            }
        }
        for (CaseModel.Event ev : c.events()) {
            if (!ev.isFact()) {
                continue; // an FtM Event states that something happened: "was not charged" is none
            }
            out.add(event(ev, index, key));
        }
        return out;
    }

    private ObjectNode document(CaseModel.Document d, CaseModel c) {
        String schema = documentSchema(d);
        Props p = new Props();
        p.add("title", d.title());
        p.add("fileName", CaseIndex.fileName(d.path()));
        p.add("mimeType", d.mediaType());
        p.add("publishedAt", d.published());
        p.add("sourceUrl", Html.safeUrl(d.url()));
        p.add("processingStatus", d.status());
        p.add("processingError", d.error());
        for (CaseModel.Entity e : c.entities()) {
            if (e.mentions().stream().anyMatch(m -> m.document().equals(d.id()))) {
                String s = schema(e);
                if ("Address".equals(s)) {
                    p.add("locationMentioned", e.name());
                } else if (s != null) {
                    p.add("namesMentioned", e.name());
                }
            }
        }
        if (copyText && d.text() != null && !d.text().isEmpty()) {
            p.add(schema.equals("Pages") ? "indexText" : "bodyText", d.text());
        }
        return entity(documentId(d.id()), schema, p);
    }

    private static ObjectNode event(CaseModel.Event ev, CaseIndex index, String key) {
        Props p = new Props();
        p.add("name", Html.shorten(ev.summary(), 120));
        p.add("summary", ev.summary());
        String iso = DateLabels.partialIso(ev.date());
        if (iso != null) {
            p.add("date", iso);
        } else if (ev.isDated()) {
            p.add("startDate", ev.date().begin());
            p.add("endDate", ev.date().end());
        }
        p.add("keywords", ev.type());
        for (CaseModel.Participant x : ev.participants()) {
            CaseModel.Entity e = index.entity(x.entity());
            String s = e == null ? null : schema(e);
            if ("Person".equals(s) || "Organization".equals(s)) {
                p.add("involved", entityId(key, e.id()));
            }
        }
        if (ev.location() != null) {
            p.add("location", index.entityName(ev.location()));
            CaseModel.Entity place = index.entity(ev.location());
            if (place != null && "Address".equals(schema(place))) {
                p.add("addressEntity", entityId(key, place.id()));
            }
        }
        p.addAll("proof", documents(ev.citations()).stream().map(FtmExporter::documentId).toList());
        if (!ev.citations().isEmpty()) {
            p.add("description", ev.citations().get(0).text());
        }
        return entity(entityId(key, ev.id()), "Event", p);
    }

    /** The FtM schema for a casefile entity type, or null when FtM has none. */
    static String schema(CaseModel.Entity e) {
        return switch (e.type()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case LOCATION -> "Address";
            default -> null;
        };
    }

    static String documentSchema(CaseModel.Document d) {
        String m = d.mediaType() == null ? "" : d.mediaType().toLowerCase(Locale.ROOT);
        if (d.pages() != null || m.equals("application/pdf") || m.startsWith("application/msword")
                || m.startsWith("application/vnd.openxmlformats-officedocument")
                || m.startsWith("application/vnd.oasis.opendocument") || m.equals("application/rtf")) {
            return "Pages";
        }
        if (m.equals("text/html") || m.equals("application/xhtml+xml")) {
            return "HyperText";
        }
        return m.startsWith("text/") ? "PlainText" : "Document";
    }

    static String documentId(String id) {
        return "casefile-doc-" + id;
    }

    static String entityId(String key, String id) {
        return "casefile-" + key + "-" + id;
    }

    private static List<String> documents(List<Citation> citations) {
        return citations.stream().map(Citation::document).distinct().toList();
    }

    private static ObjectNode entity(String id, String schema, Props p) {
        ObjectNode o = Json.object().put("id", id).put("schema", schema);
        ObjectNode props = o.putObject("properties");
        p.values.forEach((k, v) -> props.set(k, Json.strings(v)));
        return o;
    }

    /** Multi-valued string properties, in insertion order, without duplicates or blanks. */
    private static final class Props {
        final Map<String, Set<String>> values = new LinkedHashMap<>();

        void add(String property, String value) {
            if (value != null && !value.isBlank()) {
                values.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value);
            }
        }

        void addAll(String property, Collection<String> vs) {
            vs.forEach(v -> add(property, v));
        }
    }
}
