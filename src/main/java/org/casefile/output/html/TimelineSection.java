package org.casefile.output.html;

import org.casefile.domain.ParticipantRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;
import org.casefile.output.model.CaseModel.Event;
import org.casefile.output.model.DateLabels;
import org.casefile.output.model.DerivationNote;

/**
 * The report's timeline: an overview axis (exact days as dots, months and years as bands), the
 * date conflicts between sources, the dated events on a vertical axis grouped by year, and the
 * undated events apart, and apart again the events the sources do not assert as facts (negated,
 * hypothetical, planned, or only someone's word: "was not charged", "intends to sue"). Positions go into generated CSS rules (the page allows no inline style
 * attributes), which {@link #css()} returns.
 */
final class TimelineSection {
    private static final int VISIBLE_QUOTES = 2;
    private static final double DOT = 0.9;

    private final ReportContext ctx;
    private final List<Event> dated;
    private final List<Event> undated;
    private final List<Event> notAsserted;
    private final StringBuilder css = new StringBuilder();

    TimelineSection(ReportContext ctx) {
        this.ctx = ctx;
        this.dated = ctx.model.events().stream().filter(Event::isFact).filter(Event::isDated)
                .filter(e -> DateLabels.parse(e.date().begin()) != null)
                .sorted(Comparator.comparing((Event e) -> e.date().begin())
                        .thenComparing(e -> e.date().end() == null ? e.date().begin() : e.date().end(),
                                Comparator.reverseOrder()))
                .toList();
        this.undated = ctx.model.events().stream().filter(Event::isFact).filter(e -> !dated.contains(e))
                .sorted(Comparator.comparingInt(Event::sources).reversed()).toList();
        this.notAsserted = ctx.model.events().stream().filter(e -> !e.isFact()).toList();
    }

    List<Event> notAsserted() {
        return notAsserted;
    }

    /**
     * The events no source asserts as facts, each with how it is told ("negated", "hypothetical",
     * "planned", "reported") and its passages: kept off the timeline, never presented as having happened.
     */
    String notAssertedSection() {
        StringBuilder b = new StringBuilder("<section id=\"not-asserted\"><h2>Not asserted: negated, hypothetical, "
                + "planned or reported <span class=\"n\">")
                .append(ReportContext.plural(notAsserted.size(), "event", "events")).append("</span></h2>");
        if (notAsserted.isEmpty()) {
            return b.append("<p class=\"none\">Every event is told as a fact.</p></section>").toString();
        }
        b.append("<p class=\"hint\">The sources say these did not happen (negated), might happen (hypothetical), "
                + "are to happen (planned), or tell them only as what someone said or alleged (reported). "
                + "They are not on the timeline.</p>");
        b.append("<ol class=\"tl undated\">");
        notAsserted.forEach(e -> b.append(card(e, e.isDated() && DateLabels.parse(e.date().begin()) != null)));
        return b.append("</ol></section>").toString();
    }

    List<Event> dated() {
        return dated;
    }

    List<Event> undated() {
        return undated;
    }

    /** CSS rules for the overview positions (call after {@link #overview()}). */
    String css() {
        return css.toString();
    }

    String overview() {
        StringBuilder b = new StringBuilder("<section id=\"overview\"><h2>Overview</h2>");
        if (dated.isEmpty()) {
            return b.append("<p class=\"none\">No dated events.</p></section>").toString();
        }
        LocalDate from = LocalDate.of(dated.stream().mapToInt(e -> begin(e).getYear()).min().orElseThrow(), 1, 1);
        LocalDate to = LocalDate.of(dated.stream().mapToInt(e -> end(e).getYear()).max().orElseThrow() + 1, 1, 1);
        double days = ChronoUnit.DAYS.between(from, to);
        b.append("<p class=\"hint\">Each mark is an event: a dot for a known day, a band for a month or a year "
                + "(the event happened some time within it). Select a mark to read the event.</p>");
        b.append("<div class=\"ov\"><div class=\"ov-track\">");
        List<Double> laneEnds = new ArrayList<>();
        int n = 0;
        for (Event e : dated) {
            n++;
            double left = ChronoUnit.DAYS.between(from, begin(e)) / days * 100;
            boolean band = DateLabels.isPartial(e.date());
            double width = band ? Math.max(DOT, (ChronoUnit.DAYS.between(begin(e), end(e)) + 1) / days * 100) : DOT;
            if (!band) {
                left = Math.max(0, left - DOT / 2);
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > left - 0.3) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(0.0);
            }
            laneEnds.set(lane, left + width);
            css.append(String.format(Locale.ROOT, ".m%d{left:%.3f%%;width:%.3f%%;top:%dpx}", n, left, width, 8 + lane * 16));
            b.append("<a class=\"mk ").append(band ? "band " : "dot ").append(ctx.typeClass(e.type())).append(" m")
                    .append(n).append("\" href=\"#").append(ctx.eventAnchor(e.id())).append("\" title=\"")
                    .append(Html.escape(DateLabels.label(e.date()) + " · " + e.typeLabel() + ": "
                            + Html.shorten(e.summary(), 120))).append("\"></a>");
        }
        css.append(String.format(Locale.ROOT, ".ov-track{height:%dpx}", 16 + laneEnds.size() * 16));
        b.append("</div><div class=\"ov-axis\">");
        for (int y = from.getYear(); y < to.getYear(); y++) {
            double left = ChronoUnit.DAYS.between(from, LocalDate.of(y, 1, 1)) / days * 100;
            css.append(String.format(Locale.ROOT, ".y%d{left:%.3f%%}", y - from.getYear(), left));
            b.append("<span class=\"yr y").append(y - from.getYear()).append("\">").append(y).append("</span>");
        }
        b.append("</div></div><ul class=\"legend\">");
        ctx.typeColours().forEach((type, colour) -> {
            long count = ctx.model.events().stream().filter(e -> e.type().equals(type)).count();
            b.append("<li><span class=\"sw t").append(colour).append("\"></span>").append(Html.text(type))
                    .append(" <span class=\"n\">").append(count).append("</span></li>");
        });
        return b.append("</ul></section>").toString();
    }

    String conflicts() {
        List<Event> withConflicts = ctx.model.events().stream().filter(e -> !e.conflicts().isEmpty()).toList();
        StringBuilder b = new StringBuilder("<section id=\"conflicts\"><h2>Where sources disagree</h2>");
        if (withConflicts.isEmpty()) {
            return b.append("<p class=\"none\">No source gives a different date for any event.</p></section>")
                    .toString();
        }
        b.append("<ul class=\"conflicts\">");
        for (Event e : withConflicts) {
            b.append("<li><a href=\"#").append(ctx.eventAnchor(e.id())).append("\">")
                    .append(Html.text(e.typeLabel())).append(": ").append(Html.text(Html.shorten(e.summary(), 140)))
                    .append("</a> — this timeline uses <strong>").append(Html.text(DateLabels.label(e.date())))
                    .append("</strong> (").append(sourceTags(givingTheTimelinesDate(e))).append(")");
            for (CaseModel.Conflict k : e.conflicts()) {
                b.append("; <strong class=\"alt\">").append(Html.text(DateLabels.label(k.date())))
                        .append("</strong> (").append(sourceTags(k.citations())).append(")");
            }
            b.append("</li>");
        }
        return b.append("</ul></section>").toString();
    }

    String timeline() {
        StringBuilder b = new StringBuilder("<section id=\"timeline\"><h2>Timeline <span class=\"n\">")
                .append(ReportContext.plural(dated.size(), "dated event", "dated events")).append("</span></h2>");
        int year = Integer.MIN_VALUE;
        for (Event e : dated) {
            int y = begin(e).getYear();
            if (y != year) {
                if (year != Integer.MIN_VALUE) {
                    b.append("</ol>");
                }
                b.append("<h3 class=\"year\">").append(y).append("</h3><ol class=\"tl\">");
                year = y;
            }
            b.append(card(e, true));
        }
        if (year != Integer.MIN_VALUE) {
            b.append("</ol>");
        }
        return b.append("</section>").toString();
    }

    String undatedSection() {
        StringBuilder b = new StringBuilder("<section id=\"undated\"><h2>Undated events <span class=\"n\">")
                .append(ReportContext.plural(undated.size(), "event", "events")).append("</span></h2>");
        if (undated.isEmpty()) {
            return b.append("<p class=\"none\">Every event has a date.</p></section>").toString();
        }
        b.append("<p class=\"hint\">No date could be found for these events; most reported first.</p>");
        b.append("<ol class=\"tl undated\">");
        undated.forEach(e -> b.append(card(e, false)));
        return b.append("</ol></section>").toString();
    }

    private String card(Event e, boolean isDated) {
        boolean band = isDated && DateLabels.isPartial(e.date());
        StringBuilder b = new StringBuilder("<li class=\"ev ").append(isDated ? (band ? "band" : "day") : "nodate")
                .append(e.conflicts().isEmpty() ? "" : " disputed").append("\" id=\"")
                .append(ctx.eventAnchor(e.id())).append("\">");
        if (isDated) {
            b.append("<div class=\"when\"><span class=\"date\">").append(Html.text(DateLabels.label(e.date())))
                    .append("</span>");
            String range = rangeNote(e.date());
            if (range != null) {
                b.append(" <span class=\"range\">").append(Html.text(range)).append("</span>");
            }
            b.append("</div>");
        }
        b.append("<div class=\"card ").append(ctx.typeClass(e.type())).append("\"><div class=\"head\">")
                .append("<span class=\"type\">").append(Html.text(e.typeLabel())).append("</span>");
        if (e.stanceLabel() != null) {
            b.append("<span class=\"flag\">").append(Html.text(e.stanceLabel())).append("</span>");
        }
        b.append("<span class=\"count\">").append(ReportContext.plural(e.sources(), "source", "sources"))
                .append("</span>");
        if (!e.conflicts().isEmpty()) {
            b.append("<span class=\"flag\">sources disagree on the date</span>");
        }
        b.append("</div>");
        if (!summaryIsQuoted(e)) {
            b.append("<p class=\"sum\">").append(Html.text(e.summary())).append("</p>");
        }
        String who = e.participants().stream().map(p -> ctx.entityLink(p.entity())
                + (p.role() == null || p.role() == ParticipantRole.OTHER ? "" : " <span class=\"role\">" + Html.text(p.role().json()) + "</span>"))
                .distinct().collect(Collectors.joining(", "));
        if (!who.isEmpty() || e.location() != null) {
            b.append("<p class=\"who\">");
            if (!who.isEmpty()) {
                b.append("<span class=\"lbl\">Who</span> ").append(who);
            }
            if (e.location() != null) {
                b.append(who.isEmpty() ? "" : " &nbsp;·&nbsp; ").append("<span class=\"lbl\">Where</span> ")
                        .append(ctx.entityLink(e.location()));
            }
            b.append("</p>");
        }
        List<Citation> quotes = onePerSourceFirst(e.citations());
        quotes.stream().limit(VISIBLE_QUOTES).forEach(q -> b.append(ctx.quote(q)));
        if (quotes.size() > VISIBLE_QUOTES) {
            b.append("<details><summary>").append(quotes.size() - VISIBLE_QUOTES).append(" more passage")
                    .append(quotes.size() - VISIBLE_QUOTES == 1 ? "" : "s").append("</summary>");
            quotes.stream().skip(VISIBLE_QUOTES).forEach(q -> b.append(ctx.quote(q)));
            b.append("</details>");
        }
        String note = DerivationNote.of(e.date()).sentence();
        if (note != null) {
            b.append("<p class=\"note\">").append(Html.text(note)).append("</p>");
        }
        for (CaseModel.Conflict k : e.conflicts()) {
            b.append("<div class=\"conflict\"><strong>").append(Html.text(DateLabels.label(k.date())))
                    .append("</strong> according to ").append(sourceTags(k.citations())).append(":");
            k.citations().forEach(q -> b.append(ctx.quote(q)));
            b.append("</div>");
        }
        return b.append("</div></li>").toString();
    }

    /** Whether a passage already shows the summary (the summary may be a shortened passage ending in "…"). */
    private static boolean summaryIsQuoted(Event e) {
        String s = e.summary().strip();
        if (s.endsWith("…")) {
            s = s.substring(0, s.length() - 1).strip();
        } else if (s.endsWith("...")) {
            s = s.substring(0, s.length() - 3).strip();
        }
        String summary = s;
        return e.citations().stream().anyMatch(c -> c.text().contains(summary));
    }

    /** The passages with the first of each source up front, so the visible quotes show different sources. */
    private static List<Citation> onePerSourceFirst(List<Citation> citations) {
        List<Citation> first = new ArrayList<>();
        List<Citation> rest = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Citation c : citations) {
            (seen.add(c.document()) ? first : rest).add(c);
        }
        first.addAll(rest);
        return first;
    }

    private static String rangeNote(CaseModel.EventDate d) {
        if (d.precision() == null) {
            return DateLabels.isPartial(d) ? "within this range" : null;
        }
        return switch (d.precision()) {
            case DAY, TIME -> null;
            case MONTH -> "some day in the month";
            case YEAR -> "some time in the year";
            default -> DateLabels.isPartial(d) ? "within this range" : null;
        };
    }

    /**
     * The event's passages from sources that give no other date: a source whose passage gives
     * another date is listed once, under that date (the event's passages include it too).
     */
    private static List<Citation> givingTheTimelinesDate(Event e) {
        java.util.Set<String> other = new java.util.HashSet<>();
        e.conflicts().forEach(k -> k.citations().forEach(c -> other.add(c.document())));
        List<Citation> own = e.citations().stream().filter(c -> !other.contains(c.document())).toList();
        return own.isEmpty() ? e.citations() : own;
    }

    private String sourceTags(List<Citation> citations) {
        return citations.stream().map(Citation::document).distinct()
                .map(d -> "<a class=\"src\" href=\"#" + ctx.sourceAnchor(d) + "\">" + ctx.sourceTag(d) + "</a>")
                .collect(Collectors.joining(" "));
    }

    private static LocalDate begin(Event e) {
        return DateLabels.parse(e.date().begin());
    }

    private static LocalDate end(Event e) {
        LocalDate end = DateLabels.parse(e.date().end());
        return end == null ? begin(e) : end;
    }
}
