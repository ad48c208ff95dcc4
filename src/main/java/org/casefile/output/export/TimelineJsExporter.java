package org.casefile.output.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.casefile.output.html.Html;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;
import org.casefile.output.model.CaseModel.Event;
import org.casefile.output.model.DateLabels;
import org.casefile.output.model.DerivationNote;

/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a title slide and one
 * slide per dated event. A slide has {@code start_date} (and, for a month, a year or any date
 * covering several days, {@code end_date} and a {@code display_date} such as "2014" or
 * "November 2014") as {year, month, day} components, {@code text.headline} (the summary),
 * {@code text.text} (HTML: the quotes with their sources, the participants, the number of sources
 * and any date conflicts), {@code group} (the event type) and {@code unique_id} (the event id).
 * Undated events are left out, as TimelineJS needs a start date, and so are the events the sources
 * do not assert as facts (negated, hypothetical, planned or only reported: "was not charged",
 * "intends to sue"); the title slide says how many of each and lists the latter with their passage.
 * All text is HTML-escaped, since TimelineJS renders it as HTML.
 */
public final class TimelineJsExporter implements Exporter {
    private static final int MAX_QUOTES = 3;

    @Override
    public void write(CaseModel c, OutputStream out) throws IOException {
        Json.writePretty(out, timeline(c));
    }

    /** The TimelineJS document. */
    public ObjectNode timeline(CaseModel c) {
        CaseIndex index = new CaseIndex(c);
        List<Event> facts = c.events().stream().filter(Event::isFact).toList();
        List<Event> notAsserted = c.events().stream().filter(e -> !e.isFact()).toList();
        List<Event> dated = facts.stream().filter(Event::isDated).toList();
        int undated = facts.size() - dated.size();
        long okDocs = c.documents().stream().filter(CaseModel.Document::isOk).count();

        ObjectNode root = Json.object();
        ObjectNode title = root.putObject("title");
        ObjectNode titleText = title.putObject("text");
        titleText.put("headline", "Case timeline");
        titleText.put("text", "<p>" + dated.size() + " dated events from " + okDocs + " documents, extracted by "
                + Html.escape(generator(c)) + ".</p><p>" + undated + (undated == 1 ? " undated event is" : " undated events are")
                + " left out of this timeline; see the case JSON or the HTML report.</p>" + notAsserted(notAsserted));
        root.put("scale", "human");
        ArrayNode events = root.putArray("events");
        for (Event e : dated) {
            events.add(slide(e, index));
        }
        return root;
    }

    private static ObjectNode slide(Event e, CaseIndex index) {
        ObjectNode s = Json.object();
        LocalDate begin = DateLabels.parse(e.date().begin());
        LocalDate end = DateLabels.parse(e.date().end());
        s.set("start_date", date(begin));
        if (DateLabels.isPartial(e.date()) && end != null) {
            s.set("end_date", date(end));
            s.put("display_date", DateLabels.label(e.date()));
        }
        ObjectNode text = s.putObject("text");
        text.put("headline", Html.escape(Html.shorten(e.summary(), 110)));
        text.put("text", body(e, index));
        s.put("group", e.type());
        s.put("unique_id", e.id());
        s.put("autolink", false);
        return s;
    }

    /** The events left off the timeline because no source asserts them, with how each is told. */
    private static String notAsserted(List<Event> events) {
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p>").append(events.size()).append(events.size() == 1
                ? " event is" : " events are").append(" not asserted as facts and left out (negated, hypothetical, "
                + "planned or only reported):</p><ul>");
        for (Event e : events) {
            b.append("<li>").append(Html.escape(e.stanceLabel() + " " + e.typeLabel())).append(": “")
                    .append(Html.escape(Html.shorten(e.citations().isEmpty() ? e.summary() : e.citations().get(0).text(), 160)))
                    .append("”</li>");
        }
        return b.append("</ul>").toString();
    }

    private static ObjectNode date(LocalDate d) {
        return Json.object().put("year", d.getYear()).put("month", d.getMonthValue()).put("day", d.getDayOfMonth());
    }

    private static String body(Event e, CaseIndex index) {
        StringBuilder b = new StringBuilder();
        if (e.lemma() != null && !e.lemma().isBlank()) {
            b.append("<p>Event: ").append(Html.escape(e.typeLabel())).append("</p>"); // the group says only "other"
        }
        if (e.summary().length() > 110) {
            b.append("<p>").append(Html.escape(e.summary())).append("</p>");
        }
        List<Citation> quotes = e.citations().stream().limit(MAX_QUOTES).toList();
        for (Citation q : quotes) {
            b.append("<blockquote>“").append(Html.escape(q.text())).append("”</blockquote>");
            b.append("<p>— ").append(source(q, index)).append("</p>");
        }
        if (e.citations().size() > MAX_QUOTES) {
            b.append("<p>and ").append(e.citations().size() - MAX_QUOTES).append(" more passages</p>");
        }
        if (!e.participants().isEmpty()) {
            b.append("<p>Participants: ").append(Html.escape(e.participants().stream()
                    .map(p -> index.entityName(p.entity()) + " (" + p.role() + ")")
                    .distinct().collect(Collectors.joining(", ")))).append("</p>");
        }
        if (e.location() != null) {
            b.append("<p>Place: ").append(Html.escape(index.entityName(e.location()))).append("</p>");
        }
        b.append("<p>Reported by ").append(e.sources()).append(e.sources() == 1 ? " source" : " sources");
        String clause = DerivationNote.of(e.date()).clause();
        if (clause != null) {
            b.append(Html.escape(clause));
        }
        b.append(".</p>");
        for (CaseModel.Conflict k : e.conflicts()) {
            b.append("<p><strong>Sources disagree:</strong> ").append(Html.escape(DateLabels.label(k.date())))
                    .append(" according to ")
                    .append(Html.escape(k.citations().stream().map(x -> index.documentLabel(x.document()))
                            .distinct().collect(Collectors.joining("; ")))).append(".</p>");
        }
        return b.toString();
    }

    static String source(Citation q, CaseIndex index) {
        CaseModel.Document d = index.document(q.document());
        StringBuilder b = new StringBuilder(Html.link(d == null ? null : d.url(), index.documentLabel(q.document())));
        if (d != null && d.published() != null) {
            b.append(", ").append(Html.escape(d.published()));
        }
        if (q.page() != null) {
            b.append(", page ").append(q.page());
        }
        return b.toString();
    }

    private static String generator(CaseModel c) {
        return c.generator() == null ? "casefile" : c.generator().name() + " " + c.generator().version();
    }
}
