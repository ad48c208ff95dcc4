package org.casefile.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.extract.Event;
import org.casefile.extract.EventDate;
import org.casefile.extract.EventType;
import org.casefile.extract.Participant;
import org.casefile.extract.RelativeDate;
import org.casefile.ingest.Citation;
import org.casefile.nlp.TimexRange;

/**
 * Merges events that several passages report: same type and the same day, or same type,
 * overlapping participants and compatible dates ({@code 2018} contains {@code 2018-08-15}). Two
 * day-precise dates a few days apart for the same event are kept as a conflict, not as two events.
 */
final class EventMerger {
    /** Day-precise dates this close are one event that sources date differently. */
    static final int CONFLICT_DAYS = 3;

    private static final class Merged {
        final EventType type;
        final Event.Polarity polarity;
        Event.Modality modality;
        String summary;
        EventDate date;
        String location;
        final Map<String, String> participants = new LinkedHashMap<>();
        final List<Citation> citations = new ArrayList<>();
        final Map<EventDate, List<Citation>> conflicts = new LinkedHashMap<>();
        final Citation trigger;
        RelativeDate relative;

        Merged(Event e) {
            type = e.type();
            polarity = e.polarity();
            modality = e.modality();
            summary = e.summary();
            date = e.date();
            location = e.location();
            e.participants().forEach(p -> participants.putIfAbsent(p.entity(), p.role()));
            citations.addAll(e.citations());
            trigger = e.trigger();
        }
    }

    private final List<Merged> merged = new ArrayList<>();

    void add(Event e) {
        add(e, null);
    }

    /** Adds an event; {@code relative} (or null) dates it from another event of the case. */
    void add(Event e, RelativeDate relative) {
        for (Merged m : merged) {
            if (!sameStance(m, e)) {
                continue; // "was not charged" or "could be charged" is never the charge that was brought
            }
            if (m.type.equals(e.type()) && sameDay(m.date, e.date())) {
                // one case rarely has two rulings (arrests, hearings) on one day: sources that name
                // the actors differently ("a federal judge", "Magistrate Judge Brennan") report one event
                absorb(m, e);
                return;
            }
            if (!m.type.equals(e.type()) || !shareParticipant(m, e)) {
                continue;
            }
            Relation r = relation(m.date, e.date());
            if (r == Relation.COMPATIBLE) {
                absorb(m, e);
                if (m.relative == null) {
                    m.relative = relative;
                }
                return;
            }
            if (r == Relation.CONFLICT) {
                m.conflicts.computeIfAbsent(e.date(), k -> new ArrayList<>()).addAll(e.citations());
                m.citations.addAll(e.citations());
                return;
            }
        }
        Merged added = new Merged(e);
        added.relative = relative;
        merged.add(added);
    }

    /**
     * Dates the events known only relative to another ("20 days after the ruling") where exactly
     * one event of the anchor's type, sharing a participant, has a day-precise date.
     */
    private void computeRelativeDates() {
        for (Merged m : merged) {
            if (m.date.isDated() || m.relative == null) {
                continue;
            }
            java.util.Set<LocalDate> anchors = new java.util.HashSet<>();
            for (Merged other : merged) {
                if (other != m && other.type.equals(m.relative.anchorType()) && "day".equals(other.date.precision())
                        && other.participants.keySet().stream().anyMatch(m.participants::containsKey)) {
                    anchors.add(other.date.begin());
                }
            }
            if (anchors.size() != 1) {
                continue;
            }
            java.time.Period period = java.time.Period.parse(m.relative.duration());
            LocalDate anchor = anchors.iterator().next();
            LocalDate day = m.relative.sign() > 0 ? anchor.plus(period) : anchor.minus(period);
            m.date = new EventDate(day.toString(), m.relative.text(), day, day, "day", true,
                    EventDate.Derivation.COMPUTED);
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
        var ra = TimexRange.of(a.value());
        var rb = TimexRange.of(b.value());
        if (ra.isEmpty() || rb.isEmpty()) {
            return Relation.DIFFERENT;
        }
        if (ra.get().compatibleWith(rb.get())) {
            return Relation.COMPATIBLE;
        }
        if ("day".equals(ra.get().precision()) && "day".equals(rb.get().precision())
                && Math.abs(ChronoUnit.DAYS.between(ra.get().begin(), rb.get().begin())) <= CONFLICT_DAYS) {
            return Relation.CONFLICT;
        }
        return Relation.DIFFERENT;
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
        Set<Event.Modality> factual = Set.of(Event.Modality.ASSERTED, Event.Modality.REPORTED);
        return m.modality == e.modality() || factual.contains(m.modality) && factual.contains(e.modality());
    }

    private static boolean sameDay(EventDate a, EventDate b) {
        return "day".equals(a.precision()) && "day".equals(b.precision()) && a.begin().equals(b.begin());
    }

    private static boolean shareParticipant(Merged m, Event e) {
        if (m.participants.isEmpty() && e.participants().isEmpty()) {
            return false;
        }
        Set<String> ids = new HashSet<>(m.participants.keySet());
        return e.participants().stream().anyMatch(p -> ids.contains(p.entity()));
    }

    private static void absorb(Merged m, Event e) {
        if (e.modality() == Event.Modality.ASSERTED) {
            m.modality = Event.Modality.ASSERTED;
        }
        if (precisionRank(e.date()) > precisionRank(m.date)) {
            m.date = e.date();
            m.summary = e.summary();
        }
        if (m.location == null) {
            m.location = e.location();
        }
        e.participants().forEach(p -> m.participants.merge(p.entity(), p.role(),
                (old, neu) -> old.equals("other") ? neu : old));
        m.citations.addAll(e.citations());
    }

    private static int precisionRank(EventDate d) {
        if (!d.isDated() || d.begin() == null) {
            return d.isDated() ? 1 : 0;
        }
        return (int) Math.max(2, 100_000 - ChronoUnit.DAYS.between(d.begin(), d.end()));
    }

    /** The merged events in timeline order (by date.begin, undated last) with case ids v1, v2, … */
    List<Event> timeline() {
        computeRelativeDates();
        List<Merged> ordered = new ArrayList<>(merged);
        ordered.sort(Comparator.comparing((Merged m) -> m.date.begin() == null)
                .thenComparing(m -> m.date.begin(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.date.end(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.citations.get(0).document())
                .thenComparingInt(m -> m.citations.get(0).start()));
        List<Event> out = new ArrayList<>();
        for (Merged m : ordered) {
            List<Participant> participants = new ArrayList<>();
            m.participants.forEach((id, role) -> participants.add(new Participant(id, role)));
            long sources = m.citations.stream().map(Citation::document).distinct().count();
            List<Event.DateConflict> conflicts = new ArrayList<>();
            m.conflicts.forEach((d, c) -> conflicts.add(new Event.DateConflict(d, c)));
            out.add(new Event("v" + (out.size() + 1), m.type, m.polarity, m.modality, m.summary, m.date, participants, m.location,
                    (int) sources, m.citations, conflicts, m.trigger));
        }
        return out;
    }
}
