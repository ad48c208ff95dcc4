package org.casefile.output.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.casefile.domain.Polarity;
import org.casefile.output.html.Html;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;
import org.casefile.output.model.DateLabels;

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD with the
 * {@value #CONTEXT} context: an {@code AnnotationCollection} whose first {@code AnnotationPage}
 * holds one {@code Annotation} per citation (entity mentions, dates, event passages and their
 * conflicting passages, claims).
 *
 * <p>Each target's {@code source} is the document's http(s) URL when known, else its content hash as an
 * RFC 6920 {@code ni:} URI. Its {@code selector} lists equivalent selectors of the passage:
 * a {@code TextQuoteSelector} (exact; prefix and suffix of up to {@value #CONTEXT_CHARS} code
 * points when the case carries the document texts), a {@code TextPositionSelector} (code points
 * into casefile's extracted text) and, for PDFs, a {@code FragmentSelector} {@code page=N}
 * conforming to RFC 3778, refined by the same TextQuoteSelector.
 */
public final class AnnotationExporter implements Exporter {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    public static final String PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778";
    public static final int CONTEXT_CHARS = 32;

    @Override
    public void write(CaseModel c, OutputStream out) throws IOException {
        Json.writePretty(out, collection(c));
    }

    /** The annotation collection. */
    public ObjectNode collection(CaseModel c) {
        CaseIndex index = new CaseIndex(c);
        ArrayNode items = Json.array();
        for (CaseModel.Entity e : c.entities()) {
            int n = 0;
            for (Citation x : e.mentions()) {
                String body = e.name() + " (" + e.type().name().toLowerCase(Locale.ROOT) + (e.subtype() == null ? "" : ", "
                        + e.subtype().name().toLowerCase(Locale.ROOT)) + ")";
                items.add(annotation("entity-" + e.id() + "-" + ++n, "identifying", body, e.type().name(), x, index, c));
            }
        }
        for (CaseModel.DateFact d : c.dates()) {
            if (d.citation() != null) {
                items.add(annotation("date-" + d.id(), "describing", d.type() + " " + d.value()
                        + (d.anchored() ? "" : " (not anchored)"), "TIMEX3", d.citation(), index, c));
            }
        }
        for (CaseModel.Event e : c.events()) {
            int n = 0;
            // an event no source asserts says how it is told ("charge (negated), …")
            String body = e.type() + (e.isFact() ? "" : " (" + e.stanceLabel() + ")") + ", "
                    + DateLabels.label(e.date()) + ": " + e.summary();
            for (Citation x : e.citations()) {
                items.add(annotation("event-" + e.id() + "-" + ++n, "describing", body, e.type(), x, index, c));
            }
            for (CaseModel.Conflict k : e.conflicts()) {
                String other = e.type() + ", dated " + DateLabels.label(k.date()) + " by this source (the case has "
                        + DateLabels.label(e.date()) + "): " + e.summary();
                for (Citation x : k.citations()) {
                    items.add(annotation("event-" + e.id() + "-" + ++n, "questioning", other, e.type(), x, index, c));
                }
            }
        }
        for (CaseModel.Claim cl : c.claims()) {
            int n = 0;
            String who = cl.speakerName() == null ? "unattributed" : cl.speakerName();
            for (Citation x : cl.citations()) {
                items.add(annotation("claim-" + cl.id() + "-" + ++n, "classifying",
                        stanceWord(cl) + " (" + cl.kind() + (cl.polarity() == Polarity.NEGATIVE ? ", negated: not said" : "")
                                + "), " + who, stanceWord(cl), x, index, c));
            }
        }
        ObjectNode root = Json.object();
        root.put("@context", CONTEXT);
        root.put("id", base(c) + "annotations");
        root.put("type", "AnnotationCollection");
        root.put("label", "casefile citations");
        root.put("total", items.size());
        ObjectNode page = root.putObject("first");
        page.put("id", base(c) + "annotations/page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return root;
    }

    private static ObjectNode annotation(String id, String motivation, String description, String tag,
            Citation x, CaseIndex index, CaseModel c) {
        ObjectNode a = Json.object();
        a.put("id", base(c) + id);
        a.put("type", "Annotation");
        a.put("motivation", motivation);
        if (c.createdAt() != null) {
            a.put("created", c.createdAt());
        }
        ArrayNode body = a.putArray("body");
        body.addObject().put("type", "TextualBody").put("purpose", "describing").put("value", description)
                .put("format", "text/plain");
        body.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", tag);
        a.set("target", target(x, index));
        return a;
    }

    private static ObjectNode target(Citation x, CaseIndex index) {
        CaseModel.Document d = index.document(x.document());
        ObjectNode t = Json.object();
        t.put("source", source(d, x.document()));
        ArrayNode selectors = t.putArray("selector");
        ObjectNode quote = quote(x, index);
        selectors.add(quote);
        selectors.addObject().put("type", "TextPositionSelector").put("start", x.start()).put("end", x.end());
        if (d != null && d.isPdf() && x.page() != null) {
            ObjectNode fragment = selectors.addObject();
            fragment.put("type", "FragmentSelector").put("conformsTo", PDF_FRAGMENT).put("value", "page=" + x.page());
            fragment.set("refinedBy", quote.deepCopy());
        }
        return t;
    }

    private static ObjectNode quote(Citation x, CaseIndex index) {
        ObjectNode q = Json.object().put("type", "TextQuoteSelector").put("exact", x.text());
        if (index.resolves(x)) {
            String prefix = index.prefix(x, CONTEXT_CHARS);
            String suffix = index.suffix(x, CONTEXT_CHARS);
            if (prefix != null) {
                q.put("prefix", prefix);
            }
            if (suffix != null) {
                q.put("suffix", suffix);
            }
        }
        return q;
    }

    /** The document's http(s) URL, else {@code ni:///sha-256;...} (RFC 6920), else a casefile URN. */
    static String source(CaseModel.Document d, String id) {
        String url = d == null ? null : Html.safeUrl(d.url());
        if (url != null) {
            return url;
        }
        if (d != null && d.sha256() != null) {
            byte[] hash = HexFormat.of().parseHex(d.sha256());
            return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        }
        return "urn:casefile:document:" + id;
    }

    private static String base(CaseModel c) {
        return "urn:casefile:" + CaseKey.of(c) + ":";
    }

    /** The claim's stance as the contract spells it ("allegation"). */
    private static String stanceWord(CaseModel.Claim claim) {
        return claim.stance() == null ? "null" : claim.stance().json();
    }

}
