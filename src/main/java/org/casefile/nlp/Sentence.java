package org.casefile.nlp;

import java.util.List;
import java.util.Optional;

/**
 * One sentence: its tokens, how far the language layer annotated it ({@link Level}), when the
 * sentence was parsed, its dependency edges (empty when the parser did not run on it), and whether
 * it is one of the story's lead sentences in its own voice ({@link Headline.Lead}: the first body
 * sentences after any headline, not a quote), whose simple past may tell the story's news. Offsets
 * are UTF-16 char offsets into the document text.
 */
public record Sentence(int index, int begin, int end, Level level, List<Token> tokens, List<Dependency> dependencies,
        boolean lead) {
    /**
     * How far a sentence was annotated; each level includes the ones before it. The language layer
     * annotates a sentence only as far as a later stage needs ({@link SentenceSelector}).
     */
    public enum Level {
        /**
         * Words and entity tags. No part-of-speech tag ({@link Token#pos} is null),
         * and a token's lemma is the lemma of the word read as a past tense ("said" gives "say"),
         * else the word itself.
         */
        TOKENS,
        /** Part-of-speech tags and lemmas. */
        TAGGED,
        /** Tags, lemmas and dependency edges. */
        PARSED
    }

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        if ((level == Level.PARSED) == dependencies.isEmpty()) {
            throw new IllegalArgumentException("a sentence is PARSED exactly when it has dependency edges: " + level);
        }
        boolean tagged = level != Level.TOKENS;
        if (tokens.stream().anyMatch(t -> t.isTagged() != tagged)) {
            throw new IllegalArgumentException("a sentence's tokens carry tags exactly when it is TAGGED or PARSED: " + level);
        }
    }

    /** A sentence outside the lead. */
    public Sentence(int index, int begin, int end, Level level, List<Token> tokens, List<Dependency> dependencies) {
        this(index, begin, end, level, tokens, dependencies, false);
    }

    /** A sentence outside the lead whose level is read from its tokens and edges. */
    public Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
        this(index, begin, end, !dependencies.isEmpty() ? Level.PARSED
                : tokens.stream().noneMatch(Token::isTagged) && !tokens.isEmpty() ? Level.TOKENS
                : Level.TAGGED, tokens, dependencies, false);
    }

    public boolean isParsed() {
        return level == Level.PARSED;
    }

    /** Whether tokens carry part-of-speech tags and lemmas ({@link Level#TAGGED} or more). */
    public boolean isTagged() {
        return level != Level.TOKENS;
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
