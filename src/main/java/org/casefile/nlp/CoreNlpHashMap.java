package org.casefile.nlp;

import edu.stanford.nlp.util.Generics;
import java.util.HashMap;
import java.util.Map;

/**
 * The hash map CoreNLP makes through {@link Generics#newHashMap(int)}, starting small.
 *
 * <p>TokensRegex, under SUTime's rules, starts a matcher at every token of a window for every
 * rule, and each start makes an index of branches sized for 512 entries; it holds a handful. Those
 * tables were about a tenth of a run's CPU, and a seventh of its garbage collections (JFR, issue
 * 17). CoreNLP names the class it makes its maps of in the system property
 * {@value Generics#HASH_MAP_PROPERTY}; {@link #use} sets it to this class, which asks for the
 * default table when 512 or fewer entries are announced and otherwise for what is asked. A map
 * with a smaller start grows as needed and holds the same entries; the output of the sample corpus
 * and of a folder of 270 news texts is the same byte for byte.
 */
public final class CoreNlpHashMap<K, V> extends HashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private static final int SMALL = 512;

    public CoreNlpHashMap() {
        super();
    }

    public CoreNlpHashMap(int initialCapacity) {
        super(initialCapacity <= SMALL ? 16 : initialCapacity);
    }

    public CoreNlpHashMap(Map<? extends K, ? extends V> m) {
        super(m);
    }

    /**
     * Names this class in CoreNLP's property unless something else is named there. It takes effect
     * only when called before CoreNLP's {@code Generics} class is first used; later it changes
     * nothing, and the maps are CoreNLP's plain ones.
     */
    static void use() {
        if (System.getProperty(Generics.HASH_MAP_PROPERTY) == null) {
            System.setProperty(Generics.HASH_MAP_PROPERTY, CoreNlpHashMap.class.getName());
        }
    }
}
