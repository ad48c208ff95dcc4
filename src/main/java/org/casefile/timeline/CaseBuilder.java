package org.casefile.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.casefile.domain.EntityType;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.extract.NameRules;
import org.casefile.extract.Participant;

/**
 * Builds the case from the extractions of all documents: merges entities and events across
 * documents, orders the timeline and gives everything case-wide ids. Deterministic: the result
 * depends only on the set of extractions, not on their order in the list (the order in which
 * threads finished, files were listed or a cluster partitioned them): everything is first put in
 * canonical order (documents by path). Neither merge compares everything with everything: both
 * compare only what shares a blocking key ({@link EntityMerger}, {@link EventMerger}). The
 * extractions may come from anywhere, e.g. per-document results read back from JSON.
 */
public final class CaseBuilder {
    /** The order everything is merged and numbered in: by document path (unique in a case), then id. */
    static final Comparator<DocumentExtraction> CANONICAL = Comparator.comparing((DocumentExtraction x) -> x.document().path())
            .thenComparing(x -> x.document().id());

    private final NameRules names;

    /** @param names how names compare across documents (short given names, legal forms, long country names) */
    public CaseBuilder(NameRules names) {
        this.names = names;
    }

    /** Names compare by their spelling only ({@link NameRules#NONE}). */
    public CaseBuilder() {
        this(NameRules.NONE);
    }

    public CaseFile build(List<DocumentExtraction> extractions) {
        List<DocumentExtraction> ordered = new ArrayList<>(extractions);
        ordered.sort(CANONICAL);
        EntityMerger.Result merged = new EntityMerger(names).merge(
                ordered.stream().flatMap(x -> x.entities().stream()).toList());
        List<Entity> entities = merged.entities();
        Map<String, String> ids = merged.caseIds();
        Set<String> named = new HashSet<>();
        entities.stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                .forEach(e -> named.add(e.id()));

        List<DateFact> dates = new ArrayList<>();
        EventMerger eventMerger = new EventMerger(named::contains);
        List<Claim> claims = new ArrayList<>();
        for (DocumentExtraction x : ordered) {
            for (DateFact d : x.dates()) {
                dates.add(new DateFact("t" + (dates.size() + 1), d.type(), d.value(), d.text(), d.anchored(), d.citation()));
            }
            Map<String, org.casefile.extract.RelativeDate> relative = new java.util.HashMap<>();
            x.relativeDates().forEach(r -> relative.put(r.event(), r));
            for (Event e : x.events()) {
                // a participant that is no entity of the case (a role word) is left out
                List<Participant> participants = e.participants().stream().filter(p -> ids.containsKey(p.entity()))
                        .map(p -> new Participant(ids.get(p.entity()), p.role())).toList();
                eventMerger.add(new Event(e.id(), e.type(), e.lemma(), e.polarity(), e.modality(), e.summary(), e.date(), participants,
                        e.location() == null ? null : ids.get(e.location()), e.sources(), e.citations(), e.conflicts(),
                        e.charges(), e.trigger()), relative.get(e.id()));
            }
            for (Claim c : x.claims()) {
                claims.add(new Claim("c" + (claims.size() + 1), c.speaker() == null ? null : ids.get(c.speaker()),
                        c.speakerName(), c.text(), c.kind(), c.stance(), c.citations()));
            }
        }
        return new CaseFile(ordered.stream().map(DocumentExtraction::document).toList(), entities, dates,
                eventMerger.timeline(), claims);
    }
}
