package org.casefile.nlp;

import java.util.List;
import java.util.Optional;

/**
 * One sentence: its tokens and, when the sentence was parsed, its dependency edges (empty when the
 * parser did not run on it). Offsets are UTF-16 char offsets into the document text.
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public boolean isParsed() {
        return !dependencies.isEmpty();
    }

    /** The edge whose dependent is {@code token}, if parsed. */
    public Optional<Dependency> headOf(int token) {
        return dependencies.stream().filter(d -> d.dependent() == token).findFirst();
    }

    /** The edges governed by {@code token}. */
    public List<Dependency> childrenOf(int token) {
        return dependencies.stream().filter(d -> d.governor() == token).toList();
    }

    /** Index of the token that holds char {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (offset >= t.begin() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
