package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Tokens written by hand for the language layer's rule tests: "word/X" items one space apart,
 * where X is a part-of-speech tag or an entity tag, whichever the rule reads.
 */
final class HandLabels {
    private HandLabels() {
    }

    /** The labels of the items, each with its X set by {@code setX} ({@code CoreLabel::setTag}, {@code CoreLabel::setNER}). */
    static List<CoreLabel> of(String items, BiConsumer<CoreLabel, String> setX) {
        List<CoreLabel> out = new ArrayList<>();
        for (String item : items.split(" ")) {
            int slash = item.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(item.substring(0, slash));
            setX.accept(l, item.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    /** The labels written back as "word/X" items. */
    static String show(List<CoreLabel> labels, Function<CoreLabel, String> x) {
        return String.join(" ", labels.stream().map(l -> l.word() + "/" + x.apply(l)).toList());
    }
}
