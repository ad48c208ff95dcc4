package org.casefile.nlp;

import edu.stanford.nlp.util.Generics;
import java.util.HashMap;
import java.util.Map;

/**
 * The hash map CoreNLP makes through {@link Generics#newHashMap(int)}: TokensRegex's branch indexes start small.
 *
 * <p>TokensRegex, under SUTime's rules, starts a matcher at every token of a window for every
 * rule, and each start makes an index of branches announced at 512 entries; it holds a handful. Those
 * tables were about a tenth of a run's CPU, and a seventh of its garbage collections (JFR, issue
 * 17). CoreNLP names the class it makes its maps of in the system property
 * {@value Generics#HASH_MAP_PROPERTY}; {@link #use} sets it to this class, which asks for the
 * default table when exactly 512 entries are announced and for what is asked otherwise, so every
 * other map keeps CoreNLP's table and its order of iteration (the tagger reads a word's tags in the
 * order of a small map, and ties go to the first). Those indexes are only looked up, never iterated
 * by key; the output of the sample corpus and of a folder of 270 news texts is the same byte for byte.
 */
public final class CoreNlpHashMap<K, V> extends HashMap<K, V> {
    private static final long serialVersionUID = 1L;
    /** The size TokensRegex announces for each matcher's index of branches ({@code HashIndex(512)}). */
    private static final int BRANCH_INDEX = 512;

    public CoreNlpHashMap() {
        super();
    }

    public CoreNlpHashMap(int initialCapacity) {
        super(initialCapacity == BRANCH_INDEX ? 16 : initialCapacity);
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
        if (System.getProperty(Generics.HASH_MAP_PROPERTY) != null) {
            return;
        }
        try {
            // CoreNLP loads the class by its own loader: only name one that loader sees (not when
            // CoreNLP sits in a parent loader, as on a cluster's shared jars), or no map could be made
            Class.forName(CoreNlpHashMap.class.getName(), false, Generics.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        System.setProperty(Generics.HASH_MAP_PROPERTY, CoreNlpHashMap.class.getName());
    }
}
