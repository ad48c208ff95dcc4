package org.casefile.eval;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The walk the error files share: each scored pair, then the gold items and the predictions left unpaired. */
final class Mismatches {
    private Mismatches() {
    }

    /**
     * Calls {@code paired} for each pair of {@code pairs} in order, then {@code missed} for each
     * gold item no pair holds and {@code spurious} for each such prediction, in list order.
     */
    static <G, P> void each(List<G> gold, List<P> pred, List<Match> pairs, BiConsumer<G, P> paired,
            Consumer<G> missed, Consumer<P> spurious) {
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[pred.size()];
        for (Match m : pairs) {
            goldUsed[m.gold()] = true;
            predUsed[m.predicted()] = true;
            paired.accept(gold.get(m.gold()), pred.get(m.predicted()));
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!goldUsed[i]) {
                missed.accept(gold.get(i));
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!predUsed[i]) {
                spurious.accept(pred.get(i));
            }
        }
    }
}
