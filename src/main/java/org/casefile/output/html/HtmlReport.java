package org.casefile.output.html;

import org.casefile.domain.EntityType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casefile.output.export.Exporter;
import org.casefile.output.model.CaseModel;

/**
 * The case as one self-contained HTML page a journalist can open offline: a header with counts,
 * an overview axis, the date conflicts between sources, the dated events on a vertical timeline
 * (partial dates as bands), the undated events, an index of people, organisations and places,
 * the claims by speaker, and the sources.
 *
 * <p>Every piece of text from the case is HTML-escaped, links are kept only for http(s) URLs, and
 * anchors and CSS classes are made from positions, never from ids in the file. The page has no
 * script at all, and its Content-Security-Policy allows nothing but its own stylesheet (by hash):
 * no script, no network, no inline style attributes.
 */
public final class HtmlReport implements Exporter {

    @Override
    public void write(CaseModel c, OutputStream out) throws IOException {
        out.write(render(c).getBytes(StandardCharsets.UTF_8));
    }

    /** The page. */
    public String render(CaseModel c) {
        ReportContext ctx = new ReportContext(c);
        TimelineSection timeline = new TimelineSection(ctx);
        IndexSection index = new IndexSection(ctx);
        StringBuilder body = new StringBuilder();
        body.append(header(ctx, timeline));
        body.append("<main class=\"wrap\">");
        body.append(timeline.overview());
        body.append(timeline.conflicts());
        body.append(timeline.timeline());
        body.append(timeline.undatedSection());
        body.append(timeline.notAssertedSection());
        body.append(index.entities());
        body.append(index.claims());
        body.append(sources(ctx));
        body.append("</main>");
        body.append(footer(c));

        String css = ReportStyle.css() + timeline.css();
        StringBuilder page = new StringBuilder(body.length() + css.length() + 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp(css)).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"").append(Html.escape(generator(c))).append("\">\n")
                .append("<title>").append(Html.escape(title(ctx))).append("</title>\n")
                .append("<style>").append(css).append("</style>\n</head>\n<body>\n")
                .append(body).append("\n</body>\n</html>\n");
        return page.toString();
    }

    /** The Content-Security-Policy: nothing but the given stylesheet. */
    static String csp(String css) {
        return "default-src 'none'; script-src 'none'; style-src '" + hash(css) + "'; img-src 'none'; "
                + "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";
    }

    static String hash(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String title(ReportContext ctx) {
        String main = ctx.model.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .max(Comparator.comparingInt(e -> e.mentions().size())).map(CaseModel.Entity::name).orElse(null);
        return main == null ? "Case timeline" : "Case timeline: " + main;
    }

    private static String header(ReportContext ctx, TimelineSection t) {
        CaseModel c = ctx.model;
        long ok = c.documents().stream().filter(CaseModel.Document::isOk).count();
        long conflicts = c.events().stream().filter(e -> !e.conflicts().isEmpty()).count();
        String top = c.entities().stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                .sorted(Comparator.comparingInt((CaseModel.Entity e) -> -e.mentions().size())).limit(4)
                .map(e -> Html.text(e.name())).collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder("<header><div class=\"wrap\"><h1>").append(Html.text(title(ctx)))
                .append("</h1><p class=\"sub\">Built from ").append(ReportContext.plural((int) ok, "source document", "source documents"))
                .append(top.isEmpty() ? "" : ". Most mentioned: " + top).append(".</p><ul class=\"stats\">");
        stat(b, t.dated().size(), "dated events", false);
        stat(b, t.undated().size(), "undated events", false);
        stat(b, t.notAsserted().size(), "not asserted", false);
        stat(b, count(c, EntityType.PERSON), "people", false);
        stat(b, count(c, EntityType.ORGANIZATION), "organisations", false);
        stat(b, count(c, EntityType.LOCATION), "places", false);
        stat(b, c.claims().size(), "claims", false);
        stat(b, (int) conflicts, "date conflicts", conflicts > 0);
        b.append("</ul><nav><a href=\"#overview\">Overview</a><a href=\"#conflicts\">Conflicts</a>")
                .append("<a href=\"#timeline\">Timeline</a><a href=\"#undated\">Undated</a>")
                .append("<a href=\"#not-asserted\">Not asserted</a>")
                .append("<a href=\"#entities\">Who and where</a><a href=\"#claims\">Who said what</a>")
                .append("<a href=\"#sources\">Sources</a></nav></div></header>");
        return b.toString();
    }

    private static void stat(StringBuilder b, int n, String label, boolean warn) {
        b.append("<li").append(warn ? " class=\"warn\"" : "").append("><b>").append(n).append("</b><span>")
                .append(label).append("</span></li>");
    }

    private static int count(CaseModel c, EntityType type) {
        return (int) c.entities().stream().filter(e -> e.type() == type).count();
    }

    private static String sources(ReportContext ctx) {
        StringBuilder b = new StringBuilder("<section id=\"sources\"><h2>Sources <span class=\"n\">")
                .append(ctx.sources.size()).append("</span></h2><table class=\"docs\"><thead><tr><th>#</th>")
                .append("<th>Title</th><th>File</th><th>Published</th><th class=\"num\">Pages</th><th>Notes</th>")
                .append("</tr></thead><tbody>");
        for (CaseModel.Document d : ctx.sources) {
            b.append("<tr id=\"").append(ctx.sourceAnchor(d.id())).append("\"><td><b>")
                    .append(ctx.sourceTag(d.id())).append("</b></td><td>")
                    .append(Html.link(d.url(), d.title() == null ? "(untitled)" : d.title()));
            if (d.url() != null) {
                b.append("<div class=\"aka\">").append(Html.text(d.url())).append("</div>");
            }
            b.append("</td><td>").append(Html.text(d.path())).append("<div class=\"aka\">")
                    .append(Html.text(kind(d.mediaType()))).append("</div></td><td>")
                    .append(d.published() == null ? "unknown" : Html.text(d.published()));
            if (d.publishedFrom() != null) {
                b.append("<div class=\"aka\">from ").append(Html.text(d.publishedFrom())).append("</div>");
            }
            b.append("</td><td class=\"num\">").append(d.pages() == null ? "" : d.pages()).append("</td><td>");
            if (d.ocr()) {
                b.append("text read by OCR. ");
            }
            if (!d.isOk()) {
                b.append("<strong>").append(Html.text(d.status())).append("</strong>: ").append(Html.text(d.error()));
            }
            if (d.duplicateOf() != null) {
                b.append(" duplicate of ").append(ctx.sourceTag(d.duplicateOf()));
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table></section>").toString();
    }

    private static String kind(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        String m = mediaType.toLowerCase(Locale.ROOT);
        if (m.equals("application/pdf")) {
            return "PDF";
        } else if (m.equals("text/html") || m.equals("application/xhtml+xml")) {
            return "web page";
        } else if (m.contains("wordprocessingml") || m.equals("application/msword")) {
            return "Word document";
        } else if (m.startsWith("text/plain")) {
            return "text";
        }
        return mediaType;
    }

    private static String footer(CaseModel c) {
        return "<footer><div class=\"wrap\">Generated by " + Html.text(generator(c))
                + (c.createdAt() == null ? "" : " on " + Html.text(c.createdAt()))
                + ". Quotes are exact passages of each source's extracted text (muted text around them is context). "
                + "Dates marked as worked out from a publication date, and events, participants and claims, are "
                + "found automatically: check them against the sources.</div></footer>";
    }

    private static String generator(CaseModel c) {
        CaseModel.Generator g = c.generator();
        if (g == null) {
            return "casefile";
        }
        return g.name() + " " + g.version() + " (CoreNLP " + g.corenlp() + ", Tika " + g.tika() + ")";
    }
}
