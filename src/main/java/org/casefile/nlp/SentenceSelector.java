package org.casefile.nlp;

import java.util.List;

/**
 * Decides which sentences get the costly annotators. Tokens, sentences and entity tags are
 * computed everywhere; part-of-speech tags and lemmas (about a quarter of the language layer's
 * time when run on every sentence) only where a later stage reads them; the dependency parser
 * (the costliest of all) only where it decides something.
 */
public interface SentenceSelector {
    /** Tags every sentence, parses none. */
    SentenceSelector NONE = of(words -> true, (tokens, hasDate) -> false);
    /** Tags and parses every sentence (for measurement). */
    SentenceSelector ALL = of(words -> true, (tokens, hasDate) -> true);

    /**
     * Whether a sentence needs part-of-speech tags and lemmas. Sentences that may hold a time
     * expression are always tagged (SUTime's rules and the tense of a clause read the tags).
     *
     * @param words the sentence's words as the tokenizer wrote them, without those inside a name
     *     (no name is a trigger or a cue word)
     */
    boolean needsTags(List<String> words);

    /**
     * Whether a tagged sentence needs a dependency parse.
     *
     * @param tokens the sentence's tokens, tagged and lemmatised
     * @param hasDate whether SUTime found a calendar date in it ({@link TimeMention#isCalendarDate()})
     */
    boolean needsParse(List<Token> tokens, boolean hasDate);

    /**
     * Whether a sentence with a calendar date ({@link TimeMention#isCalendarDate()}) and a named
     * person or organisation needs tags and
     * lemmas even when {@link #needsTags} and its time expressions do not: the extraction reads the
     * verbs a date can date (events of type {@code other}). Default: no.
     */
    default boolean needsTagsWithDate() {
        return false;
    }

    /** A selector from its two decisions. */
    static SentenceSelector of(java.util.function.Predicate<List<String>> tags,
            java.util.function.BiPredicate<List<Token>, Boolean> parse) {
        return of(tags, parse, false);
    }

    /** A selector from its decisions, {@code tagsWithDate} being {@link #needsTagsWithDate()}. */
    static SentenceSelector of(java.util.function.Predicate<List<String>> tags,
            java.util.function.BiPredicate<List<Token>, Boolean> parse, boolean tagsWithDate) {
        return new SentenceSelector() {
            @Override
            public boolean needsTags(List<String> words) {
                return tags.test(words);
            }

            @Override
            public boolean needsParse(List<Token> tokens, boolean hasDate) {
                return parse.test(tokens, hasDate);
            }

            @Override
            public boolean needsTagsWithDate() {
                return tagsWithDate;
            }
        };
    }
}
