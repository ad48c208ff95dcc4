package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.Generics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreNlpHashMapTest {
    @Test
    void aMapAnnouncedLargeOrSmallHoldsWhatIsPut() {
        // a map announced small keeps CoreNLP's table, and with it its order of iteration
        java.util.HashMap<String, Integer> plain = new java.util.HashMap<>(2);
        Map<String, Integer> two = new CoreNlpHashMap<>(2);
        for (String tag : new String[] {"VBD", "VBN"}) {
            plain.put(tag, 1);
            two.put(tag, 1);
        }
        assertThat(List.copyOf(two.keySet())).isEqualTo(List.copyOf(plain.keySet()));
        Map<String, Integer> small = new CoreNlpHashMap<>(512);
        Map<String, Integer> large = new CoreNlpHashMap<>(100_000);
        for (int i = 0; i < 2_000; i++) {
            small.put("w" + i, i);
            large.put("w" + i, i);
        }
        assertThat(small).hasSize(2_000).containsEntry("w1999", 1999).doesNotContainKey("w2000").isEqualTo(large);
        assertThat(new CoreNlpHashMap<>(small)).isEqualTo(small);
    }

    @Test
    void aClassAlreadyNamedInCoreNlpsPropertyIsKept() {
        String before = System.getProperty(Generics.HASH_MAP_PROPERTY);
        try {
            System.setProperty(Generics.HASH_MAP_PROPERTY, "java.util.LinkedHashMap");
            CoreNlpHashMap.use();
            assertThat(System.getProperty(Generics.HASH_MAP_PROPERTY)).isEqualTo("java.util.LinkedHashMap");
            System.clearProperty(Generics.HASH_MAP_PROPERTY);
            CoreNlpHashMap.use();
            assertThat(System.getProperty(Generics.HASH_MAP_PROPERTY)).isEqualTo(CoreNlpHashMap.class.getName());
        } finally {
            if (before == null) {
                System.clearProperty(Generics.HASH_MAP_PROPERTY);
            } else {
                System.setProperty(Generics.HASH_MAP_PROPERTY, before);
            }
        }
    }
}
