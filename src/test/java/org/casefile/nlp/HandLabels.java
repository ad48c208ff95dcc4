package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
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

    /** A sentence of "word/NER" items. */
    static CoreMap sentence(String tagged) {
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, of(tagged, CoreLabel::setNER));
        return s;
    }

    /** Each sentence written back as "word/NER" items. */
    static List<String> nerTags(List<CoreMap> sentences) {
        return sentences.stream().map(s -> show(s.get(CoreAnnotations.TokensAnnotation.class), CoreLabel::ner)).toList();
    }
}
