package org.casefile.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * What an extractor needs the language layer to annotate, sentence by sentence, as a CoreNLP
 * annotator declares its {@code requires()}: the pipeline derives which sentences get tags and a
 * parse from the needs of the extractors it runs, so a new rule cannot silently read tags the
 * language layer skipped. Words are lemmas, lower case.
 *
 * @param tagged a sentence holding one of these lemmas in any inflection needs tags and lemmas
 *     ("fled" for "flee")
 * @param taggedUnlessPast like {@code tagged}, except that the past form is read without tags: an
 *     untagged token carries the lemma of its past-tense reading ({@link
 *     org.casefile.nlp.Sentence.Level#TOKENS}), so "said" needs nothing and "says" needs tags
 * @param parsedVerbs a tagged sentence with a calendar date and one of these lemmas as a verb
 *     needs a dependency parse
 * @param parsedNouns the same, with the lemma as a noun
 * @param taggedWhenDated every sentence with a calendar date needs tags and lemmas (its verbs may
 *     be events of type {@code other})
 */
public record SentenceNeeds(Set<String> tagged, Set<String> taggedUnlessPast, Set<String> parsedVerbs,
        Set<String> parsedNouns, boolean taggedWhenDated) {
    /** Needs nothing beyond words and entity tags. */
    public static final SentenceNeeds NONE = new SentenceNeeds(Set.of(), Set.of(), Set.of(), Set.of(), false);

    /** Needs that do not ask for every dated sentence's tags. */
    public SentenceNeeds(Set<String> tagged, Set<String> taggedUnlessPast, Set<String> parsedVerbs,
            Set<String> parsedNouns) {
        this(tagged, taggedUnlessPast, parsedVerbs, parsedNouns, false);
    }

    public SentenceNeeds {
        tagged = Set.copyOf(tagged);
        taggedUnlessPast = Set.copyOf(taggedUnlessPast);
        parsedVerbs = Set.copyOf(parsedVerbs);
        parsedNouns = Set.copyOf(parsedNouns);
    }

    /** What both need. */
    public SentenceNeeds and(SentenceNeeds other) {
        return new SentenceNeeds(union(tagged, other.tagged), union(taggedUnlessPast, other.taggedUnlessPast),
                union(parsedVerbs, other.parsedVerbs), union(parsedNouns, other.parsedNouns),
                taggedWhenDated || other.taggedWhenDated);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
