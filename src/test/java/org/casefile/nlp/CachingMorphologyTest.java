package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remembered lemmas are CoreNLP's, for each word and tag, asked once or many times. */
class CachingMorphologyTest {
    @Test
    void aWordTaggedTwoWaysKeepsBothLemmas() {
        Morphology plain = new Morphology();
        Morphology first = new CachingMorphology();
        Morphology second = new CachingMorphology();
        List<String[]> cases = List.of(new String[] {"fined", "VBD"}, new String[] {"fined", "JJ"},
                new String[] {"leaves", "VBZ"}, new String[] {"leaves", "NNS"}, new String[] {"Brakvell", "NNP"},
                new String[] {"wrote", "VBD"}, new String[] {"under_way", "RB"}, new String[] {"geese", "NNS"});
        for (int round = 0; round < 2; round++) {
            for (String[] c : cases) {
                assertThat(first.lemma(c[0], c[1])).as("%s/%s", c[0], c[1]).isEqualTo(plain.lemma(c[0], c[1]));
                assertThat(second.lemma(c[0], c[1])).as("%s/%s", c[0], c[1]).isEqualTo(plain.lemma(c[0], c[1]));
            }
        }
        assertThat(first.lemma("leaves", "VBZ")).isEqualTo("leave");
        assertThat(first.lemma("leaves", "NNS")).isEqualTo("leaf");
        assertThat(first.lemma("fined", "VBD")).isEqualTo("fine");
        assertThat(first.lemma("fined", "JJ")).isEqualTo("fined");
        assertThat(second.lemma("under_way", "RB")).isEqualTo("under_way");
        assertThat(second.lemma("a\nb", "NN")).isEqualTo(plain.lemma("a\nb", "NN"));
    }
}
