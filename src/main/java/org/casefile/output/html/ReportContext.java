package org.casefile.output.html;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;

/**
 * What the report's sections share: lookups, source numbers (S1, S2, ... by publication date),
 * anchors made from positions (never from ids in the file, which are not trusted), event-type
 * colour classes, and the rendering of a quoted passage with its source.
 */
final class ReportContext {
    static final int PALETTE = 14;
    private static final int CONTEXT = 60;

    final CaseModel model;
    final CaseIndex index;
    final List<CaseModel.Document> sources;
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final Map<String, Integer> eventNumbers = new HashMap<>();
    private final Map<String, Integer> entityNumbers = new HashMap<>();
    private final Map<String, Integer> typeColours = new LinkedHashMap<>();

    ReportContext(CaseModel model) {
        this.model = model;
        this.index = new CaseIndex(model);
        this.sources = model.documents().stream()
                .sorted(Comparator.comparing((CaseModel.Document d) -> !d.isOk())
                        .thenComparing(d -> d.published() == null ? "9999" : d.published())
                        .thenComparing(CaseModel.Document::path, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (int i = 0; i < sources.size(); i++) {
            sourceNumbers.putIfAbsent(sources.get(i).id(), i + 1);
        }
        for (int i = 0; i < model.events().size(); i++) {
            eventNumbers.putIfAbsent(model.events().get(i).id(), i + 1);
            typeColours.putIfAbsent(model.events().get(i).type(), typeColours.size() % PALETTE);
        }
        for (int i = 0; i < model.entities().size(); i++) {
            entityNumbers.putIfAbsent(model.entities().get(i).id(), i + 1);
        }
    }

    /** "S3", or "S?" for a document not in the case. */
    String sourceTag(String documentId) {
        Integer n = sourceNumbers.get(documentId);
        return n == null ? "S?" : "S" + n;
    }

    String sourceAnchor(String documentId) {
        Integer n = sourceNumbers.get(documentId);
        return n == null ? "sources" : "src-" + n;
    }

    String eventAnchor(String eventId) {
        return "ev-" + eventNumbers.getOrDefault(eventId, 0);
    }

    String entityAnchor(String entityId) {
        return "ent-" + entityNumbers.getOrDefault(entityId, 0);
    }

    /** The colour class of an event type: t0 ... t13. */
    String typeClass(String type) {
        return "t" + typeColours.getOrDefault(type, 0);
    }

    Map<String, Integer> typeColours() {
        return typeColours;
    }

    /** A link to the entity's row in the index (escaped name). */
    String entityLink(String entityId) {
        CaseModel.Entity e = index.entity(entityId);
        if (e == null) {
            return Html.text(entityId);
        }
        return "<a href=\"#" + entityAnchor(entityId) + "\">" + Html.text(e.name()) + "</a>";
    }

    /** A link to the source in the sources list, with its number and short title. */
    String sourceLink(Citation c) {
        CaseModel.Document d = index.document(c.document());
        StringBuilder b = new StringBuilder("<a class=\"src\" href=\"#").append(sourceAnchor(c.document()))
                .append("\">").append(sourceTag(c.document())).append("</a> ")
                .append(Html.text(Html.shorten(index.documentLabel(c.document()), 70)));
        if (d != null && d.published() != null) {
            b.append(", ").append(Html.text(d.published()));
        }
        if (c.page() != null) {
            b.append(", p.&nbsp;").append(c.page());
        }
        return b.toString();
    }

    /**
     * A quoted passage: the citation text, with some surrounding text (when the case carries the
     * document's text and the passage is short) in a muted style, and its source.
     */
    String quote(Citation c) {
        StringBuilder b = new StringBuilder("<blockquote>");
        boolean context = c.text().length() < 110 && index.resolves(c) && index.hasText(c.document());
        if (context) {
            b.append("<span class=\"ctx\">").append(Html.text(trimStart(index.prefix(c, CONTEXT)))).append("</span>");
        }
        b.append("<span class=\"q\">").append(Html.text(c.text())).append("</span>");
        if (context) {
            b.append("<span class=\"ctx\">").append(Html.text(trimEnd(index.suffix(c, CONTEXT)))).append("</span>");
        }
        b.append("<cite>").append(sourceLink(c)).append("</cite></blockquote>");
        return b.toString();
    }

    private static String trimStart(String prefix) {
        String p = prefix.replaceAll("\\s+", " ");
        int nl = p.indexOf(' ');
        return prefix.length() < CONTEXT || nl < 0 ? p : "…" + p.substring(nl + 1);
    }

    private static String trimEnd(String suffix) {
        String s = suffix.replaceAll("\\s+", " ");
        int sp = s.lastIndexOf(' ');
        return suffix.length() < CONTEXT || sp < 0 ? s : s.substring(0, sp) + "…";
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
