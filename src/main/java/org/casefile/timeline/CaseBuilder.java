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
import org.casefile.extract.Mention;
import org.casefile.extract.NameRules;
import org.casefile.extract.Participant;
import org.casefile.ingest.IngestedDocument;

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
        return build(extractions, CaseParts.NONE);
    }

    /**
     * The case of extractions whose dates and claims may be kept in {@code parts} (each
     * document's after those its extraction carries). With parts other than {@link CaseParts#NONE},
     * the case's dates and claims are {@link StreamedList}s read back from {@code parts} in
     * canonical order each time they are iterated: the same values, never all in memory at once.
     */
    public CaseFile build(List<DocumentExtraction> extractions, CaseParts parts) {
        List<DocumentExtraction> ordered = new ArrayList<>(extractions);
        ordered.sort(CANONICAL);
        // where each entity and event of the input is: its document's place in the order, its own in the document
        int entityCount = count(ordered, x -> x.entities().size());
        int eventCount = count(ordered, x -> x.events().size());
        int[] entityDoc = new int[entityCount];
        int[] entityIndex = new int[entityCount];
        int[] eventDoc = new int[eventCount];
        int[] eventIndex = new int[eventCount];
        List<Entity> all = new ArrayList<>(entityCount);
        for (int d = 0, n = 0, v = 0; d < ordered.size(); d++) {
            DocumentExtraction x = ordered.get(d);
            for (int i = 0; i < x.entities().size(); i++, n++) {
                entityDoc[n] = d;
                entityIndex[n] = i;
                all.add(x.entities().get(i));
            }
            for (int i = 0; i < x.events().size(); i++, v++) {
                eventDoc[v] = d;
                eventIndex[v] = i;
            }
        }
        EntityMerger.Result merged = new EntityMerger(names).merge(all, entityDoc);
        Map<String, String> ids = merged.caseIds();
        Set<String> named = new HashSet<>();
        merged.entities().stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION
                || e.type() == EntityType.PRODUCT).forEach(e -> named.add(e.id()));
        boolean bodiesKept = parts != CaseParts.NONE
                && ordered.stream().anyMatch(x -> parts.keepsBodies(x.document()));
        List<Entity> entities = merged.entities();
        // with bodies kept: what the case keeps to read them back (not the extractions): each
        // document, and what a document not kept there carries itself
        IngestedDocument[] docs = ordered.stream().map(DocumentExtraction::document).toArray(IngestedDocument[]::new);
        Map<Integer, List<Mention>> mentionsHeld = new java.util.HashMap<>();
        Map<Integer, CaseParts.EventBody> bodiesHeld = new java.util.HashMap<>();
        if (bodiesKept) {
            for (int n = 0; n < entityCount; n++) {
                if (!parts.keepsBodies(docs[entityDoc[n]])) {
                    mentionsHeld.put(n, all.get(n).mentions());
                }
            }
            for (int v = 0; v < eventCount; v++) {
                if (!parts.keepsBodies(docs[eventDoc[v]])) {
                    Event e = ordered.get(eventDoc[v]).events().get(eventIndex[v]);
                    bodiesHeld.put(v, new CaseParts.EventBody(e.summary(), e.citations(), e.trigger()));
                }
            }
            // only the entities' names and the positions of their members stay: mentions come back as they are written
            List<Entity> skeletons = merged.entities();
            List<int[]> members = merged.members();
            entities = readable(parts, "entities", new StreamedList<>(skeletons.size(), () -> new java.util.Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < skeletons.size();
                }

                @Override
                public Entity next() {
                    Entity e = skeletons.get(i);
                    List<Mention> mentions = new ArrayList<>();
                    for (int m : members.get(i)) {
                        List<Mention> held = mentionsHeld.get(m);
                        mentions.addAll(held != null ? held : parts.mentions(docs[entityDoc[m]], entityIndex[m]));
                    }
                    i++;
                    return new Entity(e.id(), e.type(), e.subtype(), e.name(), e.aliases(), mentions);
                }
            }));
        }

        EventMerger eventMerger = new EventMerger(named::contains);
        int ref = 0;
        for (DocumentExtraction x : ordered) {
            Map<String, org.casefile.extract.RelativeDate> relative = new java.util.HashMap<>();
            x.relativeDates().forEach(r -> relative.put(r.event(), r));
            for (Event e : x.events()) {
                // a participant that is no entity of the case (a role word) is left out
                List<Participant> participants = e.participants().stream().filter(p -> ids.containsKey(p.entity()))
                        .map(p -> new Participant(ids.get(p.entity()), p.role())).toList();
                eventMerger.add(new Event(e.id(), e.type(), e.lemma(), e.polarity(), e.modality(), e.summary(), e.date(), participants,
                        e.location() == null ? null : ids.get(e.location()), e.sources(), e.citations(), e.conflicts(),
                        e.charges(), e.trigger()), relative.get(e.id()), bodiesKept ? ref : -1);
                ref++;
            }
        }
        List<Event> events;
        if (bodiesKept) {
            events = readable(parts, "events", eventMerger.timeline(r -> {
                CaseParts.EventBody held = bodiesHeld.get(r);
                return held != null ? held : parts.event(docs[eventDoc[r]], eventIndex[r]);
            }));
        } else {
            events = eventMerger.timeline();
        }
        List<DocumentExtraction> dated = ordered.stream().map(x -> new DocumentExtraction(x.document(), List.of(),
                x.dates(), List.of(), x.claims(), List.of())).toList();
        List<DateFact> dates = parts == CaseParts.NONE ? numberDates(dated, parts).collect()
                : readable(parts, "dates", new StreamedList<>(
                        count(dated, x -> x.dates().size() + parts.dateCount(x.document())),
                        () -> numberDates(dated, parts).iterator()));
        List<Claim> claims = parts == CaseParts.NONE ? numberClaims(dated, parts, ids).collect()
                : readable(parts, "claims", new StreamedList<>(
                        count(dated, x -> x.claims().size() + parts.claimCount(x.document())),
                        () -> numberClaims(dated, parts, ids).iterator()));
        return new CaseFile(ordered.stream().map(DocumentExtraction::document).toList(), entities, dates, events, claims);
    }

    /**
     * {@code list} (read back from {@code parts}), checking as each iteration starts that the parts
     * can still be read ({@link CaseParts#checkReadable}): once they are closed, the case's list
     * fails before it gives anything, instead of part way through a case being written.
     */
    private static <T> List<T> readable(CaseParts parts, String what, List<T> list) {
        return new StreamedList<>(list.size(), () -> {
            parts.checkReadable(what);
            return list.iterator();
        });
    }

    private static int count(List<DocumentExtraction> xs, java.util.function.ToIntFunction<DocumentExtraction> n) {
        return xs.stream().mapToInt(n).sum();
    }

    /** The dates of the documents in order, numbered {@code t1, t2, …}. */
    private static Numbered<DateFact> numberDates(List<DocumentExtraction> ordered, CaseParts parts) {
        return new Numbered<>(ordered, x -> concat(x.dates(), parts.dates(x.document())),
                (d, n) -> new DateFact("t" + n, d.type(), d.value(), d.text(), d.anchored(), d.citation()));
    }

    /** The claims of the documents in order, numbered {@code c1, c2, …}, with their speakers' case ids. */
    private static Numbered<Claim> numberClaims(List<DocumentExtraction> ordered, CaseParts parts, Map<String, String> ids) {
        return new Numbered<>(ordered, x -> concat(x.claims(), parts.claims(x.document())),
                (c, n) -> new Claim("c" + n, c.speaker() == null ? null : ids.get(c.speaker()),
                        c.speakerName(), c.text(), c.kind(), c.stance(), c.citations(), c.polarity()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** One document's items at a time, renumbered across the case as they come. */
    private record Numbered<T>(List<DocumentExtraction> ordered, java.util.function.Function<DocumentExtraction, List<T>> of,
            java.util.function.BiFunction<T, Integer, T> numbered) {
        List<T> collect() {
            List<T> out = new ArrayList<>();
            iterator().forEachRemaining(out::add);
            return out;
        }

        java.util.Iterator<T> iterator() {
            return new java.util.Iterator<>() {
                private final java.util.Iterator<DocumentExtraction> docs = ordered.iterator();
                private java.util.Iterator<T> current = java.util.Collections.emptyIterator();
                private int n;

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && docs.hasNext()) {
                        current = of.apply(docs.next()).iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return numbered.apply(current.next(), ++n);
                }
            };
        }
    }
}
