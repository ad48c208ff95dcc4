package org.casefile.pipeline;

import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.extract.Rules;
import org.casefile.nlp.PastTense;
import org.casefile.nlp.SentenceSelector;
import org.casefile.nlp.Token;

/**
 * Which sentences the costly annotators run on, from what the extraction rules can use.
 *
 * <p>Tags and lemmas: sentences with a word that may be an event trigger or a claim cue in one of
 * its inflections ("fled" for "flee", "said" for "say"). A sentence with neither (nor a time
 * expression, which the annotator tags anyway) yields no event and no claim whatever its tags.
 *
 * <p>Sentences with a calendar date are tagged too: their verbs may be events of type {@code other}.
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

    /** The selector production uses. */
    public static SentenceSelector forRules(Rules rules) {
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Rules.Trigger t : rules.triggers()) {
            // the head of a verb trigger is its first word ("turn down"), of a noun its last ("press conference")
            String head = t.pos().equals("V") ? t.lemmas().get(0) : t.lemmas().get(t.lemmas().size() - 1);
            if (!t.pos().equals("N")) {
                verbs.add(head);
            }
            if (!t.pos().equals("V")) {
                nouns.add(head);
            }
            words.addAll(t.lemmas());
        }
        // a verb of speech in the past ("said", "told") is read without tags (an untagged token
        // carries the lemma of its past-tense reading); its other forms ("says", "say") need them
        // (claims read only their cue verbs this way; the other cue roles are words of the source
        // phrase, "the judge", "prosecutors", which need no tags)
        Set<String> speechOnly = new HashSet<>();
        rules.cues().forEach((lemma, roles) -> {
            if (roles.stream().anyMatch(r -> r.startsWith("speech"))) {
                speechOnly.add(lemma);
            }
        });
        Map<String, Boolean> memory = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.BiPredicate<String, Morphology> needsTags = (word, morphology) ->
                isInflectionOf(word, words, INFLECTED_TAGS, morphology)
                        || isInflectionOf(word, speechOnly, INFLECTED_TAGS, morphology) && !PastTense.isPastForm(word, morphology);
        SentenceSelector rulesOf = SentenceSelector.of(sentence -> anyWord(sentence, needsTags, memory), (tokens, hasDate) -> {
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
        });
        // a dated sentence's verbs may be events of type other, which need tags (not the parse)
        return new SentenceSelector() {
            @Override
            public boolean needsTags(List<String> words) {
                return rulesOf.needsTags(words);
            }

            @Override
            public boolean needsParse(List<Token> tokens, boolean hasDate) {
                return rulesOf.needsParse(tokens, hasDate);
            }

            @Override
            public boolean needsTagsWithDate() {
                return true;
            }
        };
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
                    morphology = new Morphology();
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
