package org.casefile.nlp;

import java.lang.reflect.Field;

/** A private member of a pinned CoreNLP class, opened for reading and setting (the speed-ups of issue 17). */
final class Members {
    private Members() {
    }

    static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
