package org.casefile.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The timeline mismatches of each target as tab-separated lines, for error study: {@code missed}
 * (a dated gold row no predicted fact matches, with what was predicted at its mention, if
 * anything) and {@code wrong} (a predicted entry that matches no dated gold row, with the gold row
 * at its place, if any), each with the event word, the dates and the sentence. Matching is that
 * of {@link Scorer#timeline}.
 */
public final class TimelineErrors {
    /** The column names, one line. */
    public static final String HEADER = "target\tkind\tdoc\tword\tgold date\tpred date\tnote\tsentence\n";

    private TimelineErrors() {
    }

    /** The mismatch lines of every target, each ending in a newline. */
    public static String lines(List<TimelineTarget> targets, List<GoldDocument> docs, List<Prediction> predictions) {
        BiPredicate<String, String> same = Scorer::sameEntityName;
        Map<String, GoldDocument> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        Map<String, List<PredEvent>> eventsByDoc = new HashMap<>();
        predictions.forEach(p -> eventsByDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).addAll(p.events()));
        StringBuilder sb = new StringBuilder();
        for (TimelineTarget t : targets) {
            List<PredEvent> correct = new ArrayList<>();
            for (TimelineEntry e : t.datedEntries()) {
                boolean hit = false;
                String note = "no event";
                TimelineMention at = null;
                for (TimelineMention m : e.mentions()) {
                    if (!m.resolved()) {
                        continue;
                    }
                    at = at == null ? m : at;
                    for (PredEvent pe : eventsByDoc.getOrDefault(m.resolvedDocId(), List.of())) {
                        if (!pe.span().overlaps(m.span())) {
                            continue;
                        }
                        boolean names = pe.entityNames().stream().anyMatch(n -> same.test(t.name(), n));
                        if (pe.onTimeline() && names && TimexValues.compatible(e.date(), pe.date())) {
                            hit = true;
                            correct.add(pe);
                        } else {
                            note = !pe.onTimeline() ? "not a fact" : !names ? "names " + pe.entityNames() : "date " + pe.date();
                        }
                    }
                }
                if (!hit) {
                    GoldDocument d = at == null ? null : byId.get(at.resolvedDocId());
                    sb.append(t.name()).append("\tmissed\t").append(at == null ? "" : at.resolvedDocId()).append('\t')
                            .append(at == null ? e.mentions().get(0).raw() : at.text()).append('\t').append(e.date())
                            .append("\t\t").append(at == null ? "unresolved" : note).append('\t')
                            .append(d == null ? "" : clean(TimexErrors.sentence(d.text(), at.span()))).append('\n');
                }
            }
            for (Map.Entry<String, List<PredEvent>> doc : eventsByDoc.entrySet()) {
                GoldDocument d = byId.get(doc.getKey());
                for (PredEvent pe : doc.getValue()) {
                    if (d == null || !pe.onTimeline() || !TimexValues.isKnownDate(pe.date())
                            || pe.entityNames().stream().noneMatch(n -> same.test(t.name(), n))
                            || correct.stream().anyMatch(c -> c == pe)) {
                        continue;
                    }
                    String gold = "";
                    for (TimelineEntry e : t.entries()) {
                        if (e.mentions().stream().anyMatch(m -> m.resolved() && m.resolvedDocId().equals(d.id())
                                && m.span().overlaps(pe.span()))) {
                            gold = e.date();
                        }
                    }
                    sb.append(t.name()).append("\twrong\t").append(d.id()).append('\t').append(pe.span().textIn(d.text()))
                            .append('\t').append(gold).append('\t').append(pe.date()).append('\t')
                            .append(gold.isEmpty() ? "no gold row" : "gold row").append('\t')
                            .append(clean(TimexErrors.sentence(d.text(), pe.span()))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
