package org.casefile.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

/**
 * Scores predictions against gold for one document (or one list of spans), independently of the
 * pipeline.
 *
 * <p>Matching is relaxed, as in TempEval-3 and MUC: a predicted span matches a gold span when
 * they share at least one char, and each span is used at most once. The one-to-one matching is
 * greedy over all overlapping pairs, taken in this order: exact boundaries first, then larger
 * overlap, then earlier gold span, then earlier prediction. With {@code requireType} a pair
 * also needs equal types (compare normalised labels, see {@link EntityTypes}). See {@link PRF}
 * for the conventions on empty inputs.
 */
public final class Scorer {
    private Scorer() {
    }

    /** The greedy one-to-one relaxed matching described in the class comment. */
    public static List<Match> match(List<Span> gold, List<Span> predicted, boolean requireType) {
        return match(gold, predicted, requireType, false);
    }

    private static List<Match> match(List<Span> gold, List<Span> predicted, boolean requireType,
                                     boolean exactOnly) {
        record Candidate(int g, int p, boolean exact, int overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span gs = gold.get(g);
            for (int p = 0; p < predicted.size(); p++) {
                Span ps = predicted.get(p);
                boolean exact = gs.sameBounds(ps);
                if (!gs.overlaps(ps) && !exact || exactOnly && !exact
                        || requireType && !Objects.equals(gs.type(), ps.type())) {
                    continue;
                }
                candidates.add(new Candidate(g, p, exact, gs.overlap(ps)));
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.exact())
                .thenComparing(c -> -c.overlap())
                .thenComparingInt(Candidate::g)
                .thenComparingInt(Candidate::p));
        return oneToOne(candidates, Candidate::g, Candidate::p, gold.size(), predicted.size());
    }

    /**
     * Greedy one-to-one matching: each candidate pair, in the order given, is taken when neither its
     * gold nor its predicted item is taken yet. Matches come back in gold order.
     */
    static <C> List<Match> oneToOne(List<C> ordered, ToIntFunction<C> gold, ToIntFunction<C> predicted,
            int goldSize, int predictedSize) {
        boolean[] goldUsed = new boolean[goldSize];
        boolean[] predUsed = new boolean[predictedSize];
        List<Match> out = new ArrayList<>();
        for (C c : ordered) {
            int g = gold.applyAsInt(c);
            int p = predicted.applyAsInt(c);
            if (!goldUsed[g] && !predUsed[p]) {
                goldUsed[g] = true;
                predUsed[p] = true;
                out.add(new Match(g, p));
            }
        }
        out.sort(Comparator.comparingInt(Match::gold));
        return out;
    }

    /** Relaxed-span precision, recall and F1; with {@code requireType} types must be equal. */
    public static PRF spans(List<Span> gold, List<Span> predicted, boolean requireType) {
        return PRF.of(gold.size(), predicted.size(), match(gold, predicted, requireType).size());
    }

    /** Like {@link #spans} but only exact boundaries match (TempEval-3 "strict"). */
    public static PRF spansExact(List<Span> gold, List<Span> predicted, boolean requireType) {
        return PRF.of(gold.size(), predicted.size(),
                match(gold, predicted, requireType, true).size());
    }

    /**
     * TIMEX3 scores: relaxed and strict span matching (types ignored), then value and type
     * accuracy over the relaxed pairs; see {@link TimexScore}.
     */
    public static TimexScore timexes(List<GoldTimex> gold, List<PredTimex> predicted) {
        List<Span> g = gold.stream().map(GoldTimex::span).toList();
        List<Span> p = predicted.stream().map(PredTimex::span).toList();
        List<Match> pairs = match(g, p, false);
        int valuePairs = 0;
        int valueCorrect = 0;
        int typeCorrect = 0;
        for (Match m : pairs) {
            GoldTimex gt = gold.get(m.gold());
            PredTimex pt = predicted.get(m.predicted());
            if (gt.value() != null) {
                valuePairs++;
                if (Objects.equals(TimexValues.normalize(gt.value()),
                        TimexValues.normalize(pt.value()))) {
                    valueCorrect++;
                }
            }
            if (gt.type() != null && gt.type().equalsIgnoreCase(Objects.toString(pt.span().type(),
                    ""))) {
                typeCorrect++;
            }
        }
        return new TimexScore(PRF.of(g.size(), p.size(), pairs.size()),
                spansExact(g, p, false), valuePairs, valueCorrect, typeCorrect);
    }

    /**
     * Event scores: relaxed span matching of event mentions (classes ignored), then participant
     * accuracy: among the gold HAS_PARTICIPANT pairs whose event was matched, the share whose
     * matched predicted event has a participant span overlapping the gold entity span.
     */
    public static EventScore events(List<GoldEvent> gold, List<GoldParticipant> participants,
                                    List<PredEvent> predicted) {
        List<Span> g = gold.stream().map(GoldEvent::span).toList();
        List<Span> p = predicted.stream().map(PredEvent::span).toList();
        List<Match> pairs = match(g, p, false);
        Map<Integer, PredEvent> matchedByGold = new HashMap<>();
        for (Match m : pairs) {
            matchedByGold.put(m.gold(), predicted.get(m.predicted()));
        }
        int pairCount = 0;
        int hits = 0;
        for (GoldParticipant gp : participants) {
            PredEvent pe = null;
            for (int i = 0; i < g.size() && pe == null; i++) {
                if (g.get(i).sameBounds(gp.event())) {
                    pe = matchedByGold.get(i);
                }
            }
            if (pe == null) {
                continue;
            }
            pairCount++;
            if (pe.participants().stream().anyMatch(s -> s.overlaps(gp.entity()))) {
                hits++;
            }
        }
        return new EventScore(PRF.of(g.size(), p.size(), pairs.size()), pairCount, hits);
    }

    /** {@link #timeline(List, List, BiPredicate)} with {@link #sameEntityName}. */
    public static TimelineScore timeline(List<TimelineTarget> targets,
                                         List<Prediction> predictions) {
        return timeline(targets, predictions, Scorer::sameEntityName);
    }

    /**
     * Timeline precision and recall, an entry matching when its event mention and its date match
     * the gold row's. Only predicted facts (positive, asserted: {@link PredEvent#onTimeline}) are
     * timeline entries. A dated gold row (not {@code XXXX}) of a target is found when one of its
     * resolved mentions (see {@link TimelineGoldReader#resolve}) overlaps a predicted entry of
     * the same document that names the target ({@code sameEntity.test(target, name)} for one of
     * its entity names) and whose date is {@link TimexValues#compatible} with the row's date.
     * The target's predicted entries are its facts with a known date (a year at least) in any
     * gold document; an entry is correct when it is such a match of a dated row (several
     * mentions of one row are each correct: the row lists them as one event), wrong otherwise
     * (an undated gold row, another date, no gold event).
     */
    public static TimelineScore timeline(List<TimelineTarget> targets,
                                         List<Prediction> predictions,
                                         BiPredicate<String, String> sameEntity) {
        Map<String, List<PredEvent>> eventsByDoc = new HashMap<>();
        for (Prediction p : predictions) {
            eventsByDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).addAll(p.events());
        }
        List<TimelineScore.Target> out = new ArrayList<>();
        for (TimelineTarget t : targets) {
            Set<PredEvent> correct = Collections.newSetFromMap(new IdentityHashMap<>());
            int dated = 0;
            int found = 0;
            int unresolved = 0;
            for (TimelineEntry e : t.datedEntries()) {
                dated++;
                if (e.mentions().stream().noneMatch(TimelineMention::resolved)) {
                    unresolved++;
                    continue;
                }
                boolean hit = false;
                for (TimelineMention m : e.mentions()) {
                    if (!m.resolved()) {
                        continue;
                    }
                    for (PredEvent pe : eventsByDoc.getOrDefault(m.resolvedDocId(), List.of())) {
                        if (pe.onTimeline() && pe.span().overlaps(m.span())
                                && TimexValues.compatible(e.date(), pe.date())
                                && names(pe, t.name(), sameEntity)) {
                            hit = true;
                            correct.add(pe);
                        }
                    }
                }
                if (hit) {
                    found++;
                }
            }
            int predicted = 0;
            for (List<PredEvent> events : eventsByDoc.values()) {
                for (PredEvent pe : events) {
                    if (pe.onTimeline() && TimexValues.isKnownDate(pe.date()) && names(pe, t.name(), sameEntity)) {
                        predicted++;
                    }
                }
            }
            out.add(new TimelineScore.Target(t.name(), dated, found, unresolved, predicted,
                    correct.size()));
        }
        return new TimelineScore(out);
    }

    private static boolean names(PredEvent pe, String target, BiPredicate<String, String> sameEntity) {
        return pe.entityNames().stream().anyMatch(n -> sameEntity.test(target, n));
    }

    /**
     * Default entity-name test: equal after lower-casing and reducing every run of characters
     * other than letters and digits to one space ({@code "Boeing 787-Dreamliner"} equals
     * {@code "boeing 787 dreamliner"}).
     */
    public static boolean sameEntityName(String a, String b) {
        return a != null && b != null && nameKey(a).equals(nameKey(b)) && !nameKey(a).isEmpty();
    }

    private static String nameKey(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
