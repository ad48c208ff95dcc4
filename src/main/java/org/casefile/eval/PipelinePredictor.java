package org.casefile.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.extract.Claim;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.extract.Extractor;
import org.casefile.extract.Mention;
import org.casefile.extract.Participant;
import org.casefile.ingest.Citation;
import org.casefile.ingest.DateSource;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.PageMap;
import org.casefile.ingest.PublicationDate;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.LanguageAnnotator;

/**
 * Runs casefile's language layer and extractor on a gold document's text, with the gold
 * creation time as its publication date (as a manifest would give it), and maps the result to
 * the scorer's {@link Prediction} (entities, time expressions, events, and claims with their
 * speaker entity's names). Thread-safe.
 */
public final class PipelinePredictor {
    private final LanguageAnnotator annotator;
    private final Extractor extractor;

    public PipelinePredictor(LanguageAnnotator annotator, Extractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    public Prediction predict(GoldDocument gold) {
        IngestedDocument doc = new IngestedDocument("d" + gold.id(), gold.id(), null, "text/plain", null, null,
                gold.creationDate() == null ? null : new PublicationDate(gold.creationDate(), DateSource.MANIFEST),
                PageMap.NONE, gold.text(), false, DocumentStatus.OK, null, null, null);
        AnnotatedDocument annotated = annotator.annotate(doc);
        DocumentExtraction x = extractor.extract(annotated);
        String text = gold.text();
        List<Span> entities = annotated.entities().stream()
                .map(m -> new Span(m.begin(), m.end(), m.entityType().name())).toList();
        List<PredTimex> timexes = annotated.times().stream()
                .map(t -> new PredTimex(new Span(t.begin(), t.end(), t.type()), t.value())).toList();
        Map<String, Entity> byId = new HashMap<>();
        x.entities().forEach(e -> byId.put(e.id(), e));
        List<PredEvent> events = new ArrayList<>();
        for (Event e : x.events()) {
            Citation sentence = e.citations().get(0);
            List<Span> participants = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Participant p : e.participants()) {
                Entity entity = byId.get(p.entity());
                if (entity == null) {
                    continue;
                }
                names.add(entity.name());
                entity.aliases().forEach(names::add);
                for (Mention m : entity.mentions()) {
                    if (m.start() >= sentence.start() && m.end() <= sentence.end()) {
                        participants.add(span(text, m.citation(), entity.type().name()));
                    }
                }
            }
            events.add(new PredEvent(span(text, e.trigger(), e.type().json()), e.date().value(), participants, names,
                    onTimeline(e), e.isFact()));
        }
        List<PredClaim> claims = new ArrayList<>();
        for (Claim c : x.claims()) {
            Entity speaker = c.speaker() == null ? null : byId.get(c.speaker());
            List<String> names = new ArrayList<>();
            if (speaker != null) {
                names.add(speaker.name());
                names.addAll(speaker.aliases());
            }
            Citation first = c.citations().get(0);
            Citation last = c.citations().get(c.citations().size() - 1);
            Span b = span(text, first, null);
            Span e = span(text, last, null);
            claims.add(new PredClaim(Span.of(Math.min(b.begin(), e.begin()), Math.max(b.end(), e.end())),
                    c.kind(), c.stance(), c.speakerName(), names));
        }
        return new Prediction(gold.id(), entities, timexes, events, claims);
    }

    /**
     * Whether an event is a timeline entry for the scorer: a fact (positive, asserted), or a positive
     * planned event whose date a time expression of its own clause states ("deliveries will begin
     * in March 2008", "is set to land on Monday"). SemEval-2015 TimeLine puts future events with a
     * date on the timeline (MEANTIME marks them {@code time="FUTURE"}); a plan dated by nothing but
     * the publication day, a hypothetical, reported or negated event is no entry.
     */
    static boolean onTimeline(Event e) {
        if (e.isFact()) {
            return true;
        }
        return e.polarity() == Polarity.POSITIVE && e.modality() == Modality.PLANNED && e.date().isDated()
                && e.date().text() != null && e.date().derivation() != DateDerivation.PUBLICATION;
    }

    /** A citation's code-point range as the scorer's char span. */
    private static Span span(String text, Citation c, String type) {
        int begin = text.offsetByCodePoints(0, c.start());
        int end = text.offsetByCodePoints(begin, c.end() - c.start());
        return new Span(begin, end, type);
    }
}
