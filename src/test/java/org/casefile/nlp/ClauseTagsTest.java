package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-tagged sentences ("word/TAG"): the repair reads tags only. */
class ClauseTagsTest {

    private static List<CoreLabel> tagged(String sentence) {
        return HandLabels.of(sentence, CoreLabel::setTag);
    }

    private static String tags(List<CoreLabel> labels) {
        return HandLabels.show(labels, CoreLabel::tag);
    }

    @Test
    void theOneParticipleOfASentenceWithNoFiniteVerbIsItsSimplePast() {
        List<CoreLabel> s = tagged("A/DT jury/NN on/IN Thursday/NNP convicted/VBN Odran/NNP Fessick/NNP of/IN fraud/NN ./.");
        ClauseTags.repairFiniteVerb(s);
        assertThat(tags(s)).isEqualTo("A/DT jury/NN on/IN Thursday/NNP convicted/VBD Odran/NNP Fessick/NNP of/IN fraud/NN ./.");
    }

    @Test
    void aHeadlineAPassiveAndAReducedRelativeKeepTheirTags() {
        String[] unchanged = {
            // a headline: no stop at its end
            "Jury/NN in/IN Tarnwick/NNP on/IN Friday/NNP convicted/VBN Odran/NNP Fessick/NNP",
            // a passive
            "On/IN Friday/NNP ,/, Odran/NNP Fessick/NNP was/VBD convicted/VBN of/IN fraud/NN ./.",
            // a reduced relative beside the finite verb
            "The/DT man/NN arrested/VBN on/IN Friday/NNP was/VBD released/VBN on/IN bail/NN ./.",
            // no object after the participle
            "A/DT jury/NN in/IN Tarnwick/NNP on/IN Friday/NNP convicted/VBN of/IN fraud/NN ./."};
        for (String sentence : unchanged) {
            List<CoreLabel> s = tagged(sentence);
            ClauseTags.repairFiniteVerb(s);
            assertThat(tags(s)).isEqualTo(sentence);
        }
    }
}
