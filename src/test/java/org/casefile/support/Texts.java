package org.casefile.support;

import java.time.LocalDate;
import java.util.List;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.RuleExtractor;
import org.casefile.extract.Rules;
import org.casefile.ingest.DateSource;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.PageMap;
import org.casefile.ingest.PublicationDate;
import org.casefile.timeline.CaseBuilder;
import org.casefile.timeline.CaseFile;

/** Short texts written for a rule, through the real language layer and extractor. */
public final class Texts {
    private static final class Holder {
        static final Rules RULES = Rules.load(TestPipelines.RULES);
        static final RuleExtractor EXTRACTOR = new RuleExtractor(RULES);
    }

    private Texts() {
    }

    public static IngestedDocument document(String id, String text, LocalDate published) {
        return new IngestedDocument(id, id + ".txt", null, "text/plain", null, null,
                published == null ? null : new PublicationDate(published, DateSource.OPTION), PageMap.NONE, text,
                false, DocumentStatus.OK, null, null, null);
    }

    public static DocumentExtraction extract(String text, LocalDate published) {
        return extract("dtest", text, published);
    }

    public static DocumentExtraction extract(String id, String text, LocalDate published) {
        return Holder.EXTRACTOR.extract(TestPipelines.annotator().annotate(document(id, text, published)));
    }

    /**
     * The time expressions of a text as {@code text=value}, with {@code ?} after the value of one
     * left unanchored.
     */
    public static List<String> dates(String text, LocalDate published) {
        return TestPipelines.annotator().annotate(document("d", text, published)).times().stream()
                .map(t -> t.text() + "=" + t.value() + (t.anchored() ? "" : "?")).toList();
    }

    /** The time expressions of a text as {@code text=TYPE:value}. */
    public static List<String> typedDates(String text, LocalDate published) {
        return TestPipelines.annotator().annotate(document("d", text, published)).times().stream()
                .map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
    }

    /** Each event of a text as {@code trigger:[name:role, …]} (participants sorted), in order. */
    public static List<String> parties(String text, LocalDate published) {
        DocumentExtraction x = extract(text, published);
        java.util.Map<String, String> names = x.entities().stream()
                .collect(java.util.stream.Collectors.toMap(org.casefile.extract.Entity::id, org.casefile.extract.Entity::name));
        return x.events().stream().map(e -> e.trigger().text() + ":" + e.participants().stream()
                .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).sorted().toList()).toList();
    }

    /** Each event of a text as {@code trigger/type/date [name:role, …]} (participants in their order), in order. */
    public static List<String> datedParties(String text, LocalDate published) {
        DocumentExtraction x = extract(text, published);
        java.util.Map<String, String> names = x.entities().stream()
                .collect(java.util.stream.Collectors.toMap(org.casefile.extract.Entity::id, org.casefile.extract.Entity::name));
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end()) + "/"
                + e.type().name().toLowerCase() + "/" + e.date().value() + " "
                + e.participants().stream().map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).toList())
                .toList();
    }

    /** Each event of a text as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted), in order. */
    public static List<String> eventReadings(String text, LocalDate published) {
        DocumentExtraction x = extract(text, published);
        java.util.Map<String, String> names = x.entities().stream()
                .collect(java.util.stream.Collectors.toMap(org.casefile.extract.Entity::id, org.casefile.extract.Entity::name));
        return x.events().stream().map(e -> e.type().json() + "/" + e.lemma() + "/" + e.polarity().json() + "/"
                + e.modality().json() + "/" + e.date().value() + " " + e.participants().stream()
                        .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).sorted().toList())
                .toList();
    }

    /** Each claim of a text as {@code speaker: text}, in order. */
    public static List<String> saidBy(String text, LocalDate published) {
        return extract(text, published).claims().stream().map(c -> c.speakerName() + ": " + c.text()).toList();
    }

    /** Several texts as one case (ids d1, d2, …). */
    public static CaseFile caseOf(LocalDate published, String... texts) {
        List<DocumentExtraction> xs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            xs.add(extract("d" + (i + 1), texts[i], published));
        }
        return new CaseBuilder(Holder.RULES.names()).build(xs);
    }
}
