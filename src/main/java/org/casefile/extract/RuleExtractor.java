package org.casefile.extract;

import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.ContractValue;
import org.casefile.domain.TimexType;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.TimeMention;

/** The extractor: entities, dates, events and claims by the rules under {@code models/}. Thread-safe. */
public final class RuleExtractor implements Extractor {
    private final EntityGrouper entities;
    private final EventExtractor events;
    private final ClaimExtractor claims;

    public RuleExtractor(Rules rules) {
        this.entities = new EntityGrouper(rules);
        this.events = new EventExtractor(rules);
        this.claims = new ClaimExtractor(rules);
    }

    /** Events read tags (and a parse where dated) around their triggers, claims around their cue verbs. */
    @Override
    public SentenceNeeds needs() {
        return events.needs().and(claims.needs());
    }

    @Override
    public DocumentExtraction extract(AnnotatedDocument annotated) {
        IngestedDocument doc = annotated.document();
        DocumentEntities found = entities.group(annotated);
        List<DateFact> dates = new ArrayList<>();
        for (TimeMention t : annotated.times()) {
            dates.add(new DateFact(doc.id() + ":t" + dates.size(), ContractValue.parse(TimexType.class, t.type()), t.value(), t.text(), t.anchored(),
                    doc.cite(t.begin(), t.end())));
        }
        List<QuoteSpans.Quote> quotes = QuoteSpans.find(doc.text()); // read once, for the events and the claims
        // each speech cue with its source, read once: claims, and the sayings of named sources as events
        List<Attributions.Found> attributions = claims.attributions(annotated, found, quotes);
        EventExtractor.Found events = this.events.extract(annotated, found, quotes, attributions);
        return new DocumentExtraction(doc, found.entities(), dates, events.events(),
                claims.extract(annotated, found, quotes, attributions), events.relativeDates());
    }
}
