package org.casefile.pipeline;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.extract.Extractor;
import org.casefile.extract.RuleExtractor;
import org.casefile.extract.Rules;
import org.casefile.extract.SentenceNeeds;
import org.casefile.nlp.CachingMorphology;
import org.casefile.nlp.PastTense;
import org.casefile.nlp.SentenceSelector;
import org.casefile.nlp.Token;

/**
 * Which sentences the costly annotators run on, from what the extractors declare they read
 * ({@link Extractor#needs}), as CoreNLP derives its annotators from their {@code requires()}.
 *
 * <p>Tags and lemmas: sentences with a word that may be an event trigger or a claim cue in one of
 * its inflections ("fled" for "flee", "said" for "say"). A sentence with neither (nor a time
 * expression, which the annotator tags anyway) yields no event and no claim whatever its tags.
 *
 * <p>Sentences with a calendar date and a named person or organisation are tagged too: their verbs may
 * be events of type {@code other}.
 *
 * <p>The parser: sentences with an event trigger and a calendar date, where it tells which
 * clause the date belongs to. Elsewhere participants get their roles from word order
 * ({@code EventExtractor.roleByPosition}).
 */
public final class SentenceSelection {
    /** Tags under which a word form is read back to its lemma: past, third person, -ing, plural. */
    private static final String[] INFLECTED_TAGS = {"VBD", "VBN", "VBZ", "VBG", "NNS"};

    private SentenceSelection() {
    }

    /** The selector production uses: what the rule extractor needs. */
    public static SentenceSelector forRules(Rules rules) {
        return forExtractor(new RuleExtractor(rules));
    }

    /** A selector that annotates each sentence as far as the extractor needs ({@link Extractor#needs}). */
    public static SentenceSelector forExtractor(Extractor extractor) {
        return of(extractor.needs());
    }

    /** A selector from declared needs. */
    public static SentenceSelector of(SentenceNeeds needs) {
        Set<String> words = needs.tagged();
        Set<String> unlessPast = needs.taggedUnlessPast();
        Set<String> verbs = needs.parsedVerbs();
        Set<String> nouns = needs.parsedNouns();
        Map<String, Boolean> memory = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.BiPredicate<String, Morphology> needsTags = (word, morphology) ->
                isInflectionOf(word, words, INFLECTED_TAGS, morphology)
                        || isInflectionOf(word, unlessPast, INFLECTED_TAGS, morphology) && !PastTense.isPastForm(word, morphology);
        return SentenceSelector.of(sentence -> anyWord(sentence, needsTags, memory), (tokens, hasDate) -> {
            if (!hasDate) {
                return false;
            }
            for (Token t : tokens) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (t.pos().startsWith("VB") && verbs.contains(lemma) || t.pos().startsWith("NN") && nouns.contains(lemma)) {
                    return true;
                }
            }
            return false;
        }, needs.taggedWhenDated());
    }

    /** Whether a word of the sentence, read as any inflection, is one of the lemmas. */
    static boolean mayHoldLemma(List<String> sentence, Set<String> lemmas) {
        return anyWord(sentence, (w, m) -> isInflectionOf(w, lemmas, INFLECTED_TAGS, m), new java.util.HashMap<>());
    }

    /**
     * Whether a word of the sentence passes the test, with a memory of the words already tested (a
     * language has far fewer word forms than a batch has tokens; the memory is dropped when it
     * grows past {@value #MAX_MEMORY}).
     */
    static boolean anyWord(List<String> sentence, java.util.function.BiPredicate<String, Morphology> test,
            Map<String, Boolean> memory) {
        Morphology morphology = null; // not thread-safe: one per call, made only on a new word
        for (String word : sentence) {
            Boolean known = memory.get(word);
            if (known == null) {
                if (morphology == null) {
                    morphology = new CachingMorphology();
                }
                known = test.test(word, morphology);
                if (memory.size() >= MAX_MEMORY) {
                    memory.clear();
                }
                memory.put(word, known);
            }
            if (known) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_MEMORY = 200_000;

    private static boolean isInflectionOf(String word, Set<String> lemmas, String[] tags, Morphology morphology) {
        String w = word.toLowerCase(Locale.ROOT);
        if (lemmas.contains(w)) {
            return true;
        }
        if (w.length() < 3 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        for (String tag : tags) {
            if (lemmas.contains(morphology.lemma(w, tag))) {
                return true;
            }
        }
        return false;
    }
}
