package org.casefile.timeline;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose elements are not held in memory: each iteration computes them again
 * in the same order (e.g. reading them back from disk), so a case with millions of dates or claims
 * costs the heap only what one document's share does. {@link #size()} is known in advance;
 * {@link #get(int)} walks the list from its start (use iteration).
 */
public final class StreamedList<T> extends AbstractList<T> {
    private final int size;
    private final Supplier<Iterator<T>> elements;

    /** @param elements gives a new iterator over exactly {@code size} elements, the same ones each time */
    public StreamedList(int size, Supplier<Iterator<T>> elements) {
        this.size = size;
        this.elements = elements;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<T> it = elements.get();
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < size;
            }

            @Override
            public T next() {
                if (given >= size || !it.hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return it.next();
            }
        };
    }

    /** Compares by iteration ({@link AbstractList#equals} would call {@link #get} for every index). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof java.util.List<?> other) || other.size() != size) {
            return false;
        }
        Iterator<T> a = iterator();
        Iterator<?> b = other.iterator();
        while (a.hasNext() && b.hasNext()) {
            if (!java.util.Objects.equals(a.next(), b.next())) {
                return false;
            }
        }
        return !a.hasNext() && !b.hasNext();
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (T t : this) {
            h = 31 * h + java.util.Objects.hashCode(t);
        }
        return h;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        Iterator<T> it = iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }
}
