package org.casefile.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.DateRange;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.extract.Event;
import org.casefile.extract.EventDate;
import org.casefile.extract.Participant;
import org.casefile.extract.RelativeDate;
import org.casefile.ingest.Citation;

/**
 * Merges events that several passages report. Two reports of one type are one event only with
 * evidence that they are: a shared citation; or a shared named participant (a person or an
 * organisation of the case, never a role word such as "police") and compatible dates
 * ({@code 2018} contains {@code 2018-08-15}); or the same explicitly stated day and the same named
 * participants. Two arrests of two different people on one day stay two events. Two day-precise
 * dates a few days apart for the same event are kept as a conflict, not as two events.
 */
final class EventMerger {
    /** Day-precise dates this close are one event that sources date differently. */
    static final int CONFLICT_DAYS = 3;

    private static final class Merged {
        /** Order of creation: candidates are tried in this order, as a scan of all would. */
        final int seq;
        final EventType type;
        final String lemma;
        final Polarity polarity;
        Modality modality;
        String summary;
        EventDate date;
        String location;
        final Map<String, ParticipantRole> participants = new LinkedHashMap<>();
        final List<Citation> citations = new ArrayList<>();
        final Map<EventDate, List<Citation>> conflicts = new LinkedHashMap<>();
        final Citation trigger;
        final Set<String> charges = new java.util.LinkedHashSet<>();
        RelativeDate relative;
        /**
         * With bodies kept elsewhere ({@link #timeline(IntFunction)}): the reports (by the number
         * given to {@link #add}) whose citations make up {@link #citations}, in that order; those
         * of each conflicting date; the one whose summary is kept; the first (its trigger).
         */
        int[] citationRefs;
        int citationRefCount;
        Map<EventDate, List<Integer>> conflictRefs;
        int summaryRef = -1;
        final int triggerRef;

        Merged(Event e, int seq, int ref) {
            this.seq = seq;
            type = e.type();
            lemma = e.lemma();
            polarity = e.polarity();
            modality = e.modality();
            summary = e.summary();
            date = e.date();
            location = e.location();
            e.participants().forEach(p -> participants.putIfAbsent(p.entity(), p.role()));
            citations.addAll(e.citations());
            charges.addAll(e.charges());
            trigger = e.trigger();
            triggerRef = ref;
            summaryRef = ref;
            addCitationRef(ref);
        }

        void addCitationRef(int ref) {
            if (ref < 0) {
                return;
            }
            if (citationRefs == null) {
                citationRefs = new int[1];
            } else if (citationRefCount == citationRefs.length) {
                citationRefs = java.util.Arrays.copyOf(citationRefs, citationRefCount * 2);
            }
            citationRefs[citationRefCount++] = ref;
        }
    }

    private final List<Merged> merged = new ArrayList<>();
    /**
     * Blocking keys to the merged events that hold them: type and a cited document (for a shared
     * citation), type, a named participant and a year of the date (or "undated"), type, explicit
     * day and named participants. An
     * event is compared only with the merged events it shares a key with, in order of creation:
     * the same decisions as a scan of every merged event, without its quadratic cost.
     */
    private final Map<String, Set<Merged>> byKey = new java.util.HashMap<>();
    /** Whether a participant id is a named person or organisation of the case. */
    private final Predicate<String> named;

    /** @param named which participant ids are named people or organisations (others are no evidence) */
    EventMerger(Predicate<String> named) {
        this.named = named;
    }

    void add(Event e) {
        add(e, null, -1);
    }

    void add(Event e, RelativeDate relative) {
        add(e, relative, -1);
    }

    /**
     * Adds an event; {@code relative} (or null) dates it from another event of the case. Events
     * must come in a canonical order (documents by path, each document's events in its order):
     * the first merged event that may be the same one absorbs it.
     *
     * @param ref a number for this report (0, 1, 2, …) when its summary, quotes and trigger are
     *     kept elsewhere ({@link #timeline(IntFunction)} asks for them by it), else -1
     */
    void add(Event e, RelativeDate relative, int ref) {
        for (Merged m : candidates(e)) {
            if (!m.type.equals(e.type()) || !java.util.Objects.equals(m.lemma, e.lemma())) {
                continue; // two events of type other are one kind of event only with one lemma
            }
            if (!sameStance(m, e)) {
                continue; // "was not charged" or "could be charged" is never the charge that was brought
            }
            if (swappedRoles(m, e) && !shareCitation(m, e)) {
                continue; // "Lee shot his neighbor" and "Lee was shot": the doer of one is who suffers the other
            }
            if (!reportAddsNoOne(m, e)) {
                continue; // "police said X killed Y" is not the killing of Y another article states
            }
            EventDate before = m.date;
            if (shareCitation(m, e) || sameExplicitDay(m.date, e.date()) && namedOf(m).equals(namedOf(e))) {
                absorb(m, e, ref);
                index(m, e, before, true);
                return;
            }
            if (!shareNamedParticipant(m, e)) {
                continue;
            }
            Relation r = relation(m.date, e.date());
            if (r == Relation.COMPATIBLE) {
                absorb(m, e, ref);
                if (m.relative == null) {
                    m.relative = relative;
                }
                index(m, e, before, true);
                return;
            }
            if (r == Relation.CONFLICT) {
                m.conflicts.computeIfAbsent(e.date(), k -> new ArrayList<>()).addAll(e.citations());
                m.citations.addAll(e.citations());
                if (ref >= 0) {
                    if (m.conflictRefs == null) {
                        m.conflictRefs = new java.util.HashMap<>();
                    }
                    m.conflictRefs.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(ref);
                    m.addCitationRef(ref);
                }
                index(m, e, before, false);
                return;
            }
        }
        Merged added = new Merged(e, merged.size(), ref);
        added.relative = relative;
        merged.add(added);
        index(added, e, null, true);
    }

    private static String docKey(EventType type, String document) {
        return type + "\u0000doc\u0000" + document;
    }

    private static String whoKey(EventType type, String entity, String bucket) {
        return type + "\u0000who\u0000" + entity + "\u0000" + bucket;
    }

    /**
     * The date buckets a merged event is filed under: each year its date covers, "u" when
     * undated, the value itself when it is no calendar range.
     */
    private static List<String> buckets(EventDate date, int marginDays) {
        if (!date.isDated()) {
            return List.of("u");
        }
        var range = DateRange.of(date.value());
        if (range.isEmpty()) {
            return List.of("v" + date.value());
        }
        int from = range.get().begin().minusDays(marginDays).getYear();
        int to = range.get().end().plusDays(marginDays).getYear();
        List<String> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add("y" + y);
        }
        return out;
    }

    /** The key of an explicitly stated day with its named participants, or null. */
    private static String dayKey(EventType type, EventDate date, Set<String> namedIds) {
        if (date.precision() == Precision.DAY && date.begin() != null && date.derivation() == DateDerivation.EXPLICIT) {
            return type + "\u0000day\u0000" + date.begin() + "\u0000" + new java.util.TreeSet<>(namedIds);
        }
        return null;
    }

    /**
     * The merged events sharing a blocking key with {@code e}, in order of creation: a cited
     * document; a named participant in a year its date could share (compatible dates overlap,
     * conflicting ones are at most {@value #CONFLICT_DAYS} days apart); an explicit day with the
     * same named participants. Every merged event that the rules could join with {@code e} is
     * among them.
     */
    private List<Merged> candidates(Event e) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        e.citations().forEach(c -> keys.add(docKey(e.type(), c.document())));
        Set<String> who = namedOf(e);
        List<String> buckets = buckets(e.date(), CONFLICT_DAYS);
        for (String id : who) {
            buckets.forEach(b -> keys.add(whoKey(e.type(), id, b)));
        }
        String day = dayKey(e.type(), e.date(), who);
        if (day != null) {
            keys.add(day);
        }
        Set<Merged> found = new HashSet<>();
        for (String k : keys) {
            found.addAll(byKey.getOrDefault(k, Set.of()));
        }
        List<Merged> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(m -> m.seq));
        return out;
    }

    /**
     * Files a merged event under the keys it gained from the report it just took in: the report's
     * documents; its named participants (all of the merged event's when its date changed) under
     * the buckets of the merged event's date; its current day key. A key it held before stays
     * (candidates are checked anyway).
     *
     * @param before the merged event's date before, or null for a new one
     * @param absorbed whether the report's participants joined it
     */
    private void index(Merged m, Event e, EventDate before, boolean absorbed) {
        List<String> keys = new ArrayList<>();
        e.citations().forEach(c -> keys.add(docKey(m.type, c.document())));
        Set<String> who = before == null || !before.equals(m.date) ? namedOf(m) : absorbed ? namedOf(e) : Set.of();
        if (!who.isEmpty()) {
            List<String> buckets = buckets(m.date, 0);
            for (String id : who) {
                buckets.forEach(b -> keys.add(whoKey(m.type, id, b)));
            }
        }
        String day = dayKey(m.type, m.date, namedOf(m));
        if (day != null) {
            keys.add(day);
        }
        for (String k : keys) {
            byKey.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(m);
        }
    }

    /**
     * Dates the events known only relative to another ("20 days after the ruling") where exactly
     * one event of the anchor's type, sharing a participant, has a day-precise date.
     */
    private void computeRelativeDates() {
        Map<EventType, List<Merged>> dayPrecise = new java.util.EnumMap<>(EventType.class);
        for (Merged m : merged) {
            if (m.date.precision() == Precision.DAY) {
                dayPrecise.computeIfAbsent(m.type, k -> new ArrayList<>()).add(m);
            }
        }
        for (Merged m : merged) {
            if (m.date.isDated() || m.relative == null) {
                continue;
            }
            java.util.Set<LocalDate> anchors = new java.util.HashSet<>();
            for (Merged other : dayPrecise.getOrDefault(m.relative.anchorType(), List.of())) {
                if (other != m && other.type.equals(m.relative.anchorType()) && other.date.precision() == Precision.DAY
                        && other.participants.keySet().stream().filter(named).anyMatch(m.participants::containsKey)) {
                    anchors.add(other.date.begin());
                }
            }
            if (anchors.size() != 1) {
                continue;
            }
            java.time.Period period = java.time.Period.parse(m.relative.duration());
            LocalDate anchor = anchors.iterator().next();
            LocalDate day = m.relative.sign() > 0 ? anchor.plus(period) : anchor.minus(period);
            m.date = new EventDate(day.toString(), m.relative.text(), day, day, Precision.DAY, true,
                    DateDerivation.COMPUTED);
            dayPrecise.computeIfAbsent(m.type, k -> new ArrayList<>()).add(m); // may anchor a later one
        }
    }

    private enum Relation { COMPATIBLE, CONFLICT, DIFFERENT }

    private static Relation relation(EventDate a, EventDate b) {
        if (!a.isDated() || !b.isDated()) {
            return a.isDated() == b.isDated() ? Relation.COMPATIBLE : Relation.DIFFERENT;
        }
        if (a.value().equals(b.value())) {
            return Relation.COMPATIBLE;
        }
        var ra = DateRange.of(a.value());
        var rb = DateRange.of(b.value());
        if (ra.isEmpty() || rb.isEmpty()) {
            return Relation.DIFFERENT;
        }
        if (ra.get().compatibleWith(rb.get()) || tenseCompatible(a, b) || tenseCompatible(b, a)) {
            return Relation.COMPATIBLE;
        }
        if (ra.get().precision() == Precision.DAY && rb.get().precision() == Precision.DAY
                && Math.abs(ChronoUnit.DAYS.between(ra.get().begin(), rb.get().begin())) <= CONFLICT_DAYS) {
            return Relation.CONFLICT;
        }
        return Relation.DIFFERENT;
    }

    /**
     * Whether a publication day that only a tense gives ({@code derivation: publication}, "has
     * won") fits another date: the event happened at or a few days before it, so a day up to
     * {@value #CONFLICT_DAYS} days earlier (or another story's publication day that close) is the
     * same event, not a conflict.
     */
    private static boolean tenseCompatible(EventDate byTense, EventDate other) {
        if (byTense.derivation() != DateDerivation.PUBLICATION || byTense.begin() == null || other.begin() == null
                || other.precision() != Precision.DAY) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(other.begin(), byTense.begin());
        return other.derivation() == DateDerivation.PUBLICATION ? Math.abs(days) <= CONFLICT_DAYS
                : days >= 0 && days <= CONFLICT_DAYS;
    }

    /** Both dates the same day, each stated in full in its text. */
    private static boolean sameExplicitDay(EventDate a, EventDate b) {
        return a.precision() == Precision.DAY && b.precision() == Precision.DAY && a.begin() != null
                && a.begin().equals(b.begin()) && a.derivation() == DateDerivation.EXPLICIT
                && b.derivation() == DateDerivation.EXPLICIT;
    }

    /**
     * Whether two reports may be one event: the same polarity, and the same modality, except that
     * what a source is reported to say ("police said he was arrested") and what is asserted ("he
     * was arrested") are one event, asserted.
     */
    private static boolean sameStance(Merged m, Event e) {
        if (m.polarity != e.polarity()) {
            return false;
        }
        Set<Modality> factual = Set.of(Modality.ASSERTED, Modality.REPORTED);
        return m.modality == e.modality() || factual.contains(m.modality) && factual.contains(e.modality());
    }

    /**
     * A reported event and an asserted one are one event only when the reported one names no doer
     * or undergoer the asserted one does not ("police said Ivo Marr was arrested" and "Ivo Marr was
     * arrested"); otherwise the merge would state as fact who did what only a source says ("police
     * said Rusk killed Edda Vink" beside "Edda Vink was killed"). A party of type other (a court
     * whose warrant reports it) is no such claim.
     */
    private boolean reportAddsNoOne(Merged m, Event e) {
        if (m.modality == e.modality() || m.modality != Modality.REPORTED && e.modality() != Modality.REPORTED) {
            return true;
        }
        // the stated one must name each of them as a doer or undergoer too: naming the accused only
        // beside the act ("took part in the killing", role other) does not say who did it
        Set<String> merged = partiesOf(m);
        Set<String> added = new HashSet<>();
        e.participants().stream().filter(p -> reportedParty(p.entity(), p.role())).forEach(p -> added.add(p.entity()));
        return m.modality == Modality.REPORTED ? added.containsAll(merged) : merged.containsAll(added);
    }

    /** The named doers and undergoers of a merged event. */
    private Set<String> partiesOf(Merged m) {
        Set<String> out = new HashSet<>();
        m.participants.forEach((id, role) -> {
            if (reportedParty(id, role)) {
                out.add(id);
            }
        });
        return out;
    }

    /** A named doer or undergoer of a reported event: any role but other (a court whose warrant reports it). */
    private boolean reportedParty(String id, ParticipantRole role) {
        return named.test(id) && role != ParticipantRole.OTHER;
    }

    private Set<String> namedOf(Merged m) {
        Set<String> out = new HashSet<>(m.participants.keySet());
        out.removeIf(named.negate());
        return out;
    }

    private Set<String> namedOf(Event e) {
        Set<String> out = new HashSet<>();
        e.participants().stream().map(Participant::entity).filter(named).forEach(out::add);
        return out;
    }

    /** Whether one participant is the agent of one report and the patient of the other. */
    private static boolean swappedRoles(Merged m, Event e) {
        for (Participant p : e.participants()) {
            ParticipantRole held = m.participants.get(p.entity());
            if (held == ParticipantRole.AGENT && p.role() == ParticipantRole.PATIENT
                    || held == ParticipantRole.PATIENT && p.role() == ParticipantRole.AGENT) {
                return true;
            }
        }
        return false;
    }

    private boolean shareNamedParticipant(Merged m, Event e) {
        Set<String> ids = namedOf(m);
        return namedOf(e).stream().anyMatch(ids::contains);
    }

    /** The same passage of the same document reports both. */
    private static boolean shareCitation(Merged m, Event e) {
        for (Citation a : m.citations) {
            for (Citation b : e.citations()) {
                if (a.document().equals(b.document()) && a.start() < b.end() && b.start() < a.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void absorb(Merged m, Event e, int ref) {
        if (e.modality() == Modality.ASSERTED) {
            m.modality = Modality.ASSERTED;
        }
        if (precisionRank(e.date()) > precisionRank(m.date) || replacesTenseDay(m.date, e.date())) {
            m.date = e.date();
            m.summary = e.summary();
            m.summaryRef = ref;
        }
        if (m.location == null) {
            m.location = e.location();
        }
        e.participants().forEach(p -> m.participants.merge(p.entity(), p.role(),
                (old, neu) -> old == ParticipantRole.OTHER ? neu : old));
        m.citations.addAll(e.citations());
        m.addCitationRef(ref);
        m.charges.addAll(e.charges());
    }

    /**
     * Whether a day replaces a publication day that only a tense gave: a day the text states, or
     * an earlier publication day (the event happened by then).
     */
    private static boolean replacesTenseDay(EventDate held, EventDate other) {
        if (held.derivation() != DateDerivation.PUBLICATION || other.precision() != Precision.DAY
                || other.begin() == null) {
            return false;
        }
        return other.derivation() != DateDerivation.PUBLICATION || other.begin().isBefore(held.begin());
    }

    private static int precisionRank(EventDate d) {
        if (!d.isDated() || d.begin() == null) {
            return d.isDated() ? 1 : 0;
        }
        return (int) Math.max(2, 100_000 - ChronoUnit.DAYS.between(d.begin(), d.end()));
    }

    /** The merged events in timeline order (by date.begin, undated last) with case ids v1, v2, … */
    List<Event> timeline() {
        return timeline(null);
    }

    /**
     * The merged events in timeline order (by date.begin, undated last) with case ids v1, v2, …
     *
     * @param bodies null when every report was added whole; else the summary, quotes and trigger
     *     of each report by its number ({@link #add(Event, RelativeDate, int)}): the events are
     *     then a {@link StreamedList} that asks for them as each event is iterated
     */
    List<Event> timeline(IntFunction<CaseParts.EventBody> bodies) {
        computeRelativeDates();
        List<Merged> ordered = new ArrayList<>(merged);
        ordered.sort(Comparator.comparing((Merged m) -> m.date.begin() == null)
                .thenComparing(m -> m.date.begin(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.date.end(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.citations.get(0).document())
                .thenComparingInt(m -> m.citations.get(0).start()));
        if (bodies != null) {
            return new StreamedList<>(ordered.size(), () -> new java.util.Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < ordered.size();
                }

                @Override
                public Event next() {
                    Merged m = ordered.get(i++);
                    return event(m, i, withBodies(m, bodies));
                }
            });
        }
        List<Event> out = new ArrayList<>();
        for (Merged m : ordered) {
            out.add(event(m, out.size() + 1, m));
        }
        return out;
    }

    /** What a merged event quotes, read back from its reports' bodies. */
    private record Quoted(String summary, List<Citation> citations, Map<EventDate, List<Citation>> conflicts, Citation trigger) {
    }

    private static Quoted withBodies(Merged m, IntFunction<CaseParts.EventBody> bodies) {
        Map<Integer, CaseParts.EventBody> read = new HashMap<>();
        IntFunction<CaseParts.EventBody> body = ref -> read.computeIfAbsent(ref, bodies::apply);
        List<Citation> citations = new ArrayList<>();
        for (int k = 0; k < m.citationRefCount; k++) {
            citations.addAll(body.apply(m.citationRefs[k]).citations());
        }
        Map<EventDate, List<Citation>> conflicts = new LinkedHashMap<>();
        for (EventDate d : m.conflicts.keySet()) {
            List<Citation> cs = new ArrayList<>();
            m.conflictRefs.get(d).forEach(ref -> cs.addAll(body.apply(ref).citations()));
            conflicts.put(d, cs);
        }
        return new Quoted(body.apply(m.summaryRef).summary(), citations, conflicts, body.apply(m.triggerRef).trigger());
    }

    private static Event event(Merged m, int number, Merged quoted) {
        return event(m, number, new Quoted(quoted.summary, quoted.citations, quoted.conflicts, quoted.trigger));
    }

    private static Event event(Merged m, int number, Quoted q) {
        List<Participant> participants = new ArrayList<>();
        m.participants.forEach((id, role) -> participants.add(new Participant(id, role)));
        long sources = m.citations.stream().map(Citation::document).distinct().count();
        List<Event.DateConflict> conflicts = new ArrayList<>();
        q.conflicts().forEach((d, c) -> conflicts.add(new Event.DateConflict(d, c)));
        return new Event("v" + number, m.type, m.lemma, m.polarity, m.modality, q.summary(), m.date, participants,
                m.location, (int) sources, q.citations(), conflicts, List.copyOf(m.charges), q.trigger());
    }
}
