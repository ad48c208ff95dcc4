package org.casefile.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a corpus: sums the per-document {@link Scorer} counts over all gold documents
 * (micro-average) and lays them out as a {@link Report}.
 *
 * <p>A gold document without a prediction counts as predicted empty; predictions for documents
 * not in the gold are ignored. Predicted entity types are normalised with {@link EntityTypes}
 * and only PER, ORG and LOC are kept, on both sides.
 *
 * <p>Rows: {@code entities} (relaxed, typed; extra {@code strictF1}), {@code entities untyped},
 * {@code entities named} (gold proper-name mentions only, typed), {@code timex} (relaxed; extras
 * {@code valueAcc}, {@code valueF1}, {@code typeAcc}, {@code strictF1}), {@code events} (extra
 * {@code partAcc}) and, with timelines, {@code timeline} and one {@code timeline: NAME} row per
 * target: gold = dated gold rows, pred = dated facts predicted for the target, tp = gold rows
 * found (recall = tp / gold); precision is the share of predicted entries that match a gold row
 * ({@link Scorer#timeline}), which can differ from tp / pred when one row has several mentions.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * @param timelines resolved gold timelines ({@link TimelineGoldReader#resolve}); may be
     *                  {@code null} or empty for corpora without timelines
     */
    public static Report evaluate(String title, List<GoldDocument> gold,
                                  List<Prediction> predictions, List<TimelineTarget> timelines) {
        return evaluate(title, gold, predictions, timelines, 0);
    }

    /**
     * As {@link #evaluate(String, List, List, List)}, with one more row {@code timex in scope}
     * when {@code timexSentences > 0}: the timex row on the first {@code timexSentences} sentences
     * of each document only, for a corpus that annotates timexes there and nowhere else (MEANTIME:
     * {@link GoldDocument#MEANTIME_TIMEX_SENTENCES}), where a timex further on is not an error.
     */
    public static Report evaluate(String title, List<GoldDocument> gold, List<Prediction> predictions,
                                  List<TimelineTarget> timelines, int timexSentences) {
        Map<String, Prediction> byDoc = new HashMap<>();
        for (Prediction p : predictions) {
            byDoc.merge(p.docId(), p, Evaluator::merge);
        }
        PRF typed = PRF.ZERO;
        PRF typedStrict = PRF.ZERO;
        PRF untyped = PRF.ZERO;
        PRF named = PRF.ZERO;
        TimexScore timex = TimexScore.ZERO;
        TimexScore timexInScope = TimexScore.ZERO;
        EventScore events = EventScore.ZERO;
        for (GoldDocument doc : gold) {
            Prediction p = byDoc.getOrDefault(doc.id(), Prediction.empty(doc.id()));
            List<Span> goldEntities = doc.scoredEntities().stream().map(GoldEntity::span)
                    .toList();
            List<Span> goldNamed = doc.scoredEntities().stream().filter(GoldEntity::named)
                    .map(GoldEntity::span).toList();
            List<Span> predEntities = scoredPredictions(p.entities());
            typed = typed.plus(Scorer.spans(goldEntities, predEntities, true));
            typedStrict = typedStrict.plus(Scorer.spansExact(goldEntities, predEntities, true));
            untyped = untyped.plus(Scorer.spans(goldEntities, predEntities, false));
            named = named.plus(Scorer.spans(goldNamed, predEntities, true));
            timex = timex.plus(Scorer.timexes(doc.timexes(), p.timexes()));
            if (timexSentences > 0) {
                timexInScope = timexInScope.plus(Scorer.timexes(doc.timexes(),
                        p.timexesBefore(doc.timexScopeEnd(timexSentences)).timexes()));
            }
            events = events.plus(Scorer.events(doc.events(), doc.participants(), p.events()));
        }
        List<Report.Row> rows = new ArrayList<>();
        rows.add(Report.Row.of("entities", typed).with("strictF1", typedStrict.f1()));
        rows.add(Report.Row.of("entities untyped", untyped));
        rows.add(Report.Row.of("entities named", named));
        rows.add(timexRow("timex", timex));
        if (timexSentences > 0) {
            rows.add(timexRow("timex in scope", timexInScope));
        }
        rows.add(Report.Row.of("events", events.spans())
                .with("partAcc", events.participantAccuracy()));
        rows.addAll(factualityRows(gold, predictions));
        if (timelines != null && !timelines.isEmpty()) {
            TimelineScore tl = Scorer.timeline(timelines, predictions);
            rows.add(new Report.Row("timeline", tl.dated(), tl.predicted(), tl.found(), tl.precision(),
                    tl.recall(), tl.f1(), Map.of()));
            for (TimelineScore.Target t : tl.targets()) {
                rows.add(new Report.Row("timeline: " + t.name(), t.dated(), t.predicted(), t.found(),
                        t.precision(), t.recall(), t.f1(), Map.of()));
            }
        }
        return new Report(title, rows);
    }

    /**
     * Event trigger rows for TimeML (TempEval-3), where every eventive verb and noun is an {@code
     * EVENT}: {@code events} (a predicted event matches a gold one when its trigger token overlaps
     * the gold span, one to one as in {@link Scorer#match}), {@code events fact} (the same with only
     * the timeline's entries: {@link PredEvent#onTimeline}) and one recall row {@code
     * events CLASS} per gold event class (OCCURRENCE, REPORTING, STATE ...), in name order.
     */
    public static List<Report.Row> triggerRows(List<GoldDocument> gold, List<Prediction> predictions) {
        Map<String, Prediction> byDoc = new HashMap<>();
        for (Prediction p : predictions) {
            byDoc.merge(p.docId(), p, Evaluator::merge);
        }
        PRF all = PRF.ZERO;
        PRF facts = PRF.ZERO;
        Map<String, int[]> byClass = new java.util.TreeMap<>();
        for (GoldDocument doc : gold) {
            Prediction p = byDoc.getOrDefault(doc.id(), Prediction.empty(doc.id()));
            List<Span> g = doc.events().stream().map(GoldEvent::span).toList();
            List<Match> pairs = Scorer.match(g, p.events().stream().map(PredEvent::span).toList(), false);
            all = all.plus(PRF.of(g.size(), p.events().size(), pairs.size()));
            List<PredEvent> factual = p.events().stream().filter(PredEvent::onTimeline).toList();
            facts = facts.plus(PRF.of(g.size(), factual.size(),
                    Scorer.match(g, factual.stream().map(PredEvent::span).toList(), false).size()));
            boolean[] found = new boolean[g.size()];
            pairs.forEach(m -> found[m.gold()] = true);
            for (int i = 0; i < g.size(); i++) {
                int[] counts = byClass.computeIfAbsent(String.valueOf(doc.events().get(i).eventClass()), k -> new int[2]);
                counts[0]++;
                counts[1] += found[i] ? 1 : 0;
            }
        }
        List<Report.Row> rows = new ArrayList<>();
        rows.add(Report.Row.of("events", all));
        rows.add(Report.Row.of("events fact", facts));
        byClass.forEach((c, n) -> rows.add(Report.Row.recall("events " + c, n[0], n[1])));
        rows.addAll(factualityRows(gold, predictions));
        return rows;
    }

    /**
     * Whether matched events are told as facts when the annotators say they happened, on the
     * event mentions matched as in {@link #triggerRows} whose gold factuality is known ({@link
     * GoldFactuality}); no rows when no gold event's is. {@code facts told}: of the matched events
     * told as facts, how many the gold calls a fact (precision; the extra {@code allFacts} is the
     * same for a system that told every event as a fact); {@code kept out NEGATED}, {@code
     * MODAL}, {@code FUTURE}: of the matched gold events of that kind, how many are not told as
     * facts (recall; 0 for that system); {@code facts kept}: of the matched gold facts, how many are
     * told as facts (reported speech and plans are not, though the annotators may call them facts).
     */
    public static List<Report.Row> factualityRows(List<GoldDocument> gold, List<Prediction> predictions) {
        Map<String, Prediction> byDoc = new HashMap<>();
        for (Prediction p : predictions) {
            byDoc.merge(p.docId(), p, Evaluator::merge);
        }
        Map<GoldFactuality, int[]> byKind = new java.util.EnumMap<>(GoldFactuality.class);
        for (GoldFactuality f : GoldFactuality.values()) {
            byKind.put(f, new int[2]);
        }
        for (GoldDocument doc : gold) {
            Prediction p = byDoc.getOrDefault(doc.id(), Prediction.empty(doc.id()));
            List<Span> g = doc.events().stream().map(GoldEvent::span).toList();
            for (Match m : Scorer.match(g, p.events().stream().map(PredEvent::span).toList(), false)) {
                int[] counts = byKind.get(doc.events().get(m.gold()).factuality());
                counts[0]++;
                counts[1] += p.events().get(m.predicted()).fact() ? 1 : 0;
            }
        }
        int known = 0;
        int toldAsFacts = 0;
        for (GoldFactuality f : GoldFactuality.values()) {
            if (f != GoldFactuality.UNKNOWN) {
                known += byKind.get(f)[0];
                toldAsFacts += byKind.get(f)[1];
            }
        }
        if (known == 0) {
            return List.of();
        }
        int[] facts = byKind.get(GoldFactuality.FACT);
        List<Report.Row> rows = new ArrayList<>();
        rows.add(new Report.Row("facts told", null, toldAsFacts, facts[1],
                toldAsFacts == 0 ? 0.0 : (double) facts[1] / toldAsFacts, null, null, Map.of())
                .with("allFacts", (double) facts[0] / known));
        for (GoldFactuality f : List.of(GoldFactuality.NEGATED, GoldFactuality.MODAL, GoldFactuality.FUTURE)) {
            int[] c = byKind.get(f);
            rows.add(Report.Row.recall("kept out " + f, c[0], c[0] - c[1]));
        }
        rows.add(Report.Row.recall("facts kept", facts[0], facts[1]));
        return rows;
    }

    private static Report.Row timexRow(String name, TimexScore timex) {
        return Report.Row.of(name, timex.relaxed())
                .with("valueAcc", timex.valueAccuracy())
                .with("valueF1", timex.valueF1())
                .with("typeAcc", timex.typeAccuracy())
                .with("strictF1", timex.strict().f1());
    }

    /** The predicted spans of the scored types, their types normalised ({@link EntityTypes}). */
    static List<Span> scoredPredictions(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            String t = EntityTypes.normalize(s.type());
            if (EntityTypes.isScored(t)) {
                out.add(s.withType(t));
            }
        }
        return out;
    }

    private static Prediction merge(Prediction a, Prediction b) {
        List<Span> e = new ArrayList<>(a.entities());
        e.addAll(b.entities());
        List<PredTimex> t = new ArrayList<>(a.timexes());
        t.addAll(b.timexes());
        List<PredEvent> v = new ArrayList<>(a.events());
        v.addAll(b.events());
        List<PredClaim> c = new ArrayList<>(a.claims());
        c.addAll(b.claims());
        return new Prediction(a.docId(), e, t, v, c);
    }
}
