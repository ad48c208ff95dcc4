package org.casefile.output.export;

import org.casefile.domain.EntityType;
import org.casefile.domain.Polarity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.casefile.output.html.Html;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;

/**
 * schema.org {@code Claim} (https://schema.org/Claim) JSON-LD, the item a {@code ClaimReview}
 * reviews: a JSON array with one self-contained node per claim ({@code @context}
 * https://schema.org). Each has {@code text}, {@code author} (the speaker as a {@code Person} or
 * {@code Organization}, left out when unknown), {@code appearance} (a {@code CreativeWork} per
 * source document, with its {@code url} where it is a valid http(s) URL), {@code firstAppearance} and
 * {@code datePublished} (of the earliest published source), and {@code keywords} (stance and kind).
 */
public final class ClaimReviewExporter implements Exporter {
    public static final String CONTEXT = "https://schema.org";

    @Override
    public void write(CaseModel c, OutputStream out) throws IOException {
        Json.writePretty(out, claims(c));
    }

    /** The claims as JSON-LD nodes. */
    public ArrayNode claims(CaseModel c) {
        CaseIndex index = new CaseIndex(c);
        String base = "urn:casefile:" + CaseKey.of(c) + ":claim-";
        ArrayNode all = Json.array();
        for (CaseModel.Claim cl : c.claims()) {
            if (cl.polarity() == Polarity.NEGATIVE) {
                // "did not say that …": a schema.org Claim with the speaker as author would credit
                // them with words they did not say
                continue;
            }
            ObjectNode o = all.addObject();
            o.put("@context", CONTEXT);
            o.put("@type", "Claim");
            o.put("@id", base + cl.id());
            o.put("identifier", cl.id());
            o.put("text", cl.text());
            ObjectNode author = author(cl, index);
            if (author != null) {
                o.set("author", author);
            }
            List<CaseModel.Document> docs = cl.citations().stream().map(Citation::document).distinct()
                    .map(index::document).filter(Objects::nonNull).toList();
            CaseModel.Document first = docs.stream().filter(d -> d.published() != null)
                    .min(Comparator.comparing(CaseModel.Document::published)).orElse(null);
            if (first != null) {
                o.put("datePublished", first.published());
            }
            ArrayNode appearance = o.putArray("appearance");
            docs.forEach(d -> appearance.add(work(d, index)));
            if (first != null) {
                o.set("firstAppearance", work(first, index));
            }
            o.put("keywords", cl.stance() + ", " + cl.kind());
        }
        return all;
    }

    private static ObjectNode author(CaseModel.Claim cl, CaseIndex index) {
        CaseModel.Entity speaker = index.entity(cl.speaker());
        String name = speaker != null ? speaker.name() : cl.speakerName();
        if (name == null || name.isBlank()) {
            return null;
        }
        String type = speaker != null && speaker.type() == EntityType.ORGANIZATION ? "Organization" : "Person";
        ObjectNode a = Json.object().put("@type", type).put("name", name);
        if (speaker != null && !speaker.aliases().isEmpty()) {
            a.set("alternateName", Json.strings(speaker.aliases()));
        }
        return a;
    }

    private static ObjectNode work(CaseModel.Document d, CaseIndex index) {
        ObjectNode w = Json.object().put("@type", "CreativeWork").put("name", index.documentLabel(d.id()));
        Json.putIf(w, "url", Html.safeUrl(d.url()));
        Json.putIf(w, "datePublished", d.published());
        Json.putIf(w, "encodingFormat", d.mediaType());
        w.put("identifier", d.id());
        return w;
    }
}
