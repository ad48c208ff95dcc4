package org.casefile.output.html;

import java.util.EnumSet;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Polarity;
import org.casefile.domain.Stance;
import org.casefile.domain.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;
import org.casefile.output.model.CaseModel.Entity;
import org.casefile.output.model.CaseModel.Event;
import org.casefile.output.model.DateLabels;

/** The report's entity index (people, organisations, places, other terms) and its claims by speaker. */
final class IndexSection {
    private static final int EVENT_LINKS = 5;

    private final ReportContext ctx;

    IndexSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    String entities() {
        StringBuilder b = new StringBuilder("<section id=\"entities\"><h2>Who and where</h2>")
                .append("<p class=\"hint\">Mentions per source (S1, S2... as listed under Sources) and the events each takes part in.</p>");
        b.append(table("People", EntityType.PERSON));
        b.append(table("Organisations", EntityType.ORGANIZATION));
        b.append(table("Places", EntityType.LOCATION));
        List<Entity> other = ctx.model.entities().stream()
                .filter(e -> !EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION).contains(e.type()))
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size())).toList();
        if (!other.isEmpty()) {
            b.append("<details class=\"other\"><summary>Other terms (titles, nationalities, charges...) <span class=\"n\">")
                    .append(other.size()).append("</span></summary><p>");
            b.append(other.stream().map(e -> "<span id=\"" + ctx.entityAnchor(e.id()) + "\">" + Html.text(e.name())
                    + " <span class=\"kind\">" + Html.text(e.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    + "</span> <span class=\"n\">" + e.mentions().size() + "</span></span>")
                    .collect(Collectors.joining(" · ")));
            b.append("</p></details>");
        }
        return b.append("</section>").toString();
    }

    private String table(String title, EntityType type) {
        List<Entity> list = ctx.model.entities().stream().filter(e -> e.type() == type)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size())
                        .thenComparing(Entity::name)).toList();
        StringBuilder b = new StringBuilder("<h3>").append(title).append(" <span class=\"n\">").append(list.size())
                .append("</span></h3>");
        if (list.isEmpty()) {
            return b.append("<p class=\"none\">None found.</p>").toString();
        }
        b.append("<table class=\"idx\"><thead><tr><th>Name</th><th class=\"num\">Mentions</th><th>Where</th>")
                .append("<th>Events</th></tr></thead><tbody>");
        for (Entity e : list) {
            b.append("<tr id=\"").append(ctx.entityAnchor(e.id())).append("\"><td class=\"name\">")
                    .append(Html.text(e.name()));
            if (e.subtype() != null) {
                b.append(" <span class=\"kind\">").append(Html.text(e.subtype().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '))).append("</span>");
            }
            if (!e.aliases().isEmpty()) {
                b.append("<div class=\"aka\">also ").append(Html.text(String.join(", ", e.aliases()))).append("</div>");
            }
            b.append("</td><td class=\"num\">").append(e.mentions().size()).append("</td><td>")
                    .append(where(e.mentions())).append("</td><td>").append(events(e)).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** "S1 ×5 · S2 ×11 (pp. 1, 2, 4)". */
    private String where(List<Citation> mentions) {
        Map<String, List<Citation>> byDoc = new LinkedHashMap<>();
        mentions.forEach(m -> byDoc.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m));
        return byDoc.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ctx::sourceTag)))
                .map(en -> {
                    Set<Integer> pages = new TreeSet<>();
                    en.getValue().forEach(m -> {
                        if (m.page() != null) {
                            pages.add(m.page());
                        }
                    });
                    return "<a class=\"src\" href=\"#" + ctx.sourceAnchor(en.getKey()) + "\" title=\""
                            + Html.escape(ctx.index.documentLabel(en.getKey())) + "\">" + ctx.sourceTag(en.getKey())
                            + "</a>&nbsp;×" + en.getValue().size()
                            + (pages.isEmpty() ? "" : " <span class=\"pp\">(p.&nbsp;" + pages.stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")) + ")</span>");
                })
                .collect(Collectors.joining(" · "));
    }

    private String events(Entity e) {
        List<Event> evs = ctx.model.events().stream()
                .filter(v -> e.id().equals(v.location()) || v.participants().stream().anyMatch(p -> e.id().equals(p.entity())))
                .toList();
        if (evs.isEmpty()) {
            return "";
        }
        String links = evs.stream().limit(EVENT_LINKS)
                .map(v -> "<a href=\"#" + ctx.eventAnchor(v.id()) + "\">" + Html.text(v.typeLabel())
                        + (v.isDated() ? " (" + Html.text(DateLabels.label(v.date())) + ")" : "") + "</a>")
                .collect(Collectors.joining(", "));
        return links + (evs.size() > EVENT_LINKS ? " <span class=\"more\">and " + (evs.size() - EVENT_LINKS)
                + " more</span>" : "");
    }

    String claims() {
        StringBuilder b = new StringBuilder("<section id=\"claims\"><h2>Who said what <span class=\"n\">")
                .append(ReportContext.plural(ctx.model.claims().size(), "claim", "claims")).append("</span></h2>");
        if (ctx.model.claims().isEmpty()) {
            return b.append("<p class=\"none\">No quotes or reported statements found.</p></section>").toString();
        }
        b.append("<p class=\"hint\"><span class=\"stance allegation\">allegation</span> an accusation; "
                + "<span class=\"stance finding\">finding</span> what a court or official found; "
                + "<span class=\"stance statement\">statement</span> anything else.</p>");
        Map<String, List<CaseModel.Claim>> bySpeaker = new LinkedHashMap<>();
        for (CaseModel.Claim c : ctx.model.claims()) {
            bySpeaker.computeIfAbsent(speaker(c), k -> new ArrayList<>()).add(c);
        }
        List<Map.Entry<String, List<CaseModel.Claim>>> speakers = new ArrayList<>(bySpeaker.entrySet());
        speakers.sort(Comparator.comparing((Map.Entry<String, List<CaseModel.Claim>> en) -> en.getKey().isEmpty())
                .thenComparing(en -> -en.getValue().stream().filter(c -> c.stance() != Stance.STATEMENT).count())
                .thenComparing(en -> -en.getValue().size()));
        b.append("<div class=\"speakers\">");
        for (var en : speakers) {
            b.append("<div class=\"speaker\"><h3>").append(en.getKey().isEmpty() ? "Unattributed"
                    : Html.text(en.getKey())).append(" <span class=\"n\">").append(en.getValue().size())
                    .append("</span></h3><ul class=\"claims\">");
            for (CaseModel.Claim c : en.getValue()) {
                b.append("<li class=\"claim ").append(stanceClass(c.stance())).append("\"><span class=\"stance ")
                        .append(stanceClass(c.stance())).append("\">").append(Html.text(c.stance() == null ? "" : c.stance().json()))
                        .append("</span> <span class=\"kind\">").append(c.kind() == ClaimKind.QUOTE ? "quoted" : "reported")
                        .append("</span>").append(c.polarity() == Polarity.NEGATIVE
                                ? " <span class=\"negated\">negated: the source did not say this</span>" : "")
                        .append("<p class=\"said\">").append(c.kind() == ClaimKind.QUOTE ? "“" : "")
                        .append(Html.text(c.text())).append(c.kind() == ClaimKind.QUOTE ? "”" : "").append("</p>");
                c.citations().stream().map(Citation::document).distinct().forEach(d -> {
                    Citation first = c.citations().stream().filter(x -> x.document().equals(d)).findFirst().orElseThrow();
                    b.append("<cite>").append(ctx.sourceLink(first)).append("</cite>");
                });
                b.append("</li>");
            }
            b.append("</ul></div>");
        }
        return b.append("</div></section>").toString();
    }

    private String speaker(CaseModel.Claim c) {
        Entity e = ctx.index.entity(c.speaker());
        if (e != null) {
            return e.name();
        }
        return c.speakerName() == null ? "" : c.speakerName();
    }

    private static String stanceClass(Stance stance) {
        return stance == Stance.ALLEGATION || stance == Stance.FINDING ? stance.json() : "statement";
    }
}
