package org.casefile.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One token. {@code begin}/{@code end} are UTF-16 char offsets into the document text.
 *
 * <p>How much a token carries depends on its sentence's {@link Sentence.Level}: a rule that reads
 * tags asks the sentence ({@link Sentence#isTagged}) or the token ({@link #isTagged}) first.
 *
 * @param index 0-based index within its sentence
 * @param lemma the lemma; in an untagged sentence ({@link Sentence.Level#TOKENS}), the lemma of the
 *     word read as a past tense ("said" is "say"), else the word itself
 * @param pos the part-of-speech tag, or null in an untagged sentence (one no later stage needed
 *     tags for, {@link SentenceSelector}): an untagged token has no tag, not an empty one
 * @param ner the entity tag ("O" when none)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    /** The possessive's tokens: "'s" and a lone apostrophe after a plural ("Acme's", "the Farms'"), straight or curly. */
    private static final java.util.Set<String> POSSESSIVE_MARKS = java.util.Set.of("'s", "\u2019s", "'", "\u2019");

    /** Whether a word is a possessive's token ("'s", or the apostrophe of "the Farms'"). */
    public static boolean isPossessiveMark(String word) {
        return POSSESSIVE_MARKS.contains(word);
    }

    /**
     * Whether an entity tag marks a word inside a name ("United States", "Court of Appeals"): such a
     * word is no event trigger or cue word. A criminal charge ("murder") is not a name.
     */
    public static boolean isNameTag(String ner) {
        return ner != null && !"O".equals(ner) && !"CRIMINAL_CHARGE".equals(ner);
    }

    /** Whether the token carries a part-of-speech tag (its sentence is {@link Sentence.Level#TAGGED} or more). */
    public boolean isTagged() {
        return pos != null;
    }

    /** Whether the token is tagged as a verb or a modal; false when untagged. */
    public boolean isVerb() {
        return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }

    /**
     * Whether the token is tagged as a verb that carries tense or a modal ("said", "is", "says",
     * "will"), not a participle or an infinitive ("according", "addressing", "to cut"); false when
     * untagged.
     */
    public boolean isFiniteVerb() {
        return pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"));
    }

    /** Whether a verb of its own tense ({@link #isFiniteVerb}) stands in {@code tokens[from, to)}. */
    public static boolean anyFiniteVerb(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
            if (tokens.get(i).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is tagged as an adverb; false when untagged. */
    public boolean isAdverb() {
        return pos != null && pos.startsWith("RB");
    }

    /** Whether the token is tagged as a noun; false when untagged. */
    public boolean isNoun() {
        return pos != null && pos.startsWith("NN");
    }

    /** Auxiliaries and modals, by lemma (and the contracted "'s", "'re", "'ve" by word). */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will", "would", "shall",
            "should", "can", "could", "may", "might", "must", "'s", "'re", "'ve");

    /**
     * Whether the tagged participle at {@code i} only modifies the noun after it, an adjective and no
     * verb of a clause of its own ("preferred shares", "the proposed merger"): it stands right
     * before a noun with no auxiliary or modal just before it ("was proposed merger" is no English).
     * The one test behind the tense of a date's clause ({@link Tense}) and an event's participants;
     * the two ask it with a difference each, kept because taking both everywhere moved measured
     * figures (TempEval-3 date values and MEANTIME participants): {@code gerunds}, a present
     * participle counts too ("the coming days"; the tense of a date's clause); {@code properNouns},
     * the noun may be a name ("selected Velmont-based Acme"; an event's participants).
     */
    public static boolean attributiveParticiple(List<Token> tokens, int i, boolean gerunds, boolean properNouns) {
        Token t = tokens.get(i);
        if (!"VBN".equals(t.pos()) && !(gerunds && "VBG".equals(t.pos())) || i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).pos();
        if (!"NN".equals(next) && !"NNS".equals(next) && !(properNouns && next != null && next.startsWith("NNP"))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return !AUXILIARIES.contains(before.lemma().toLowerCase(Locale.ROOT))
                && !AUXILIARIES.contains(before.word().toLowerCase(Locale.ROOT));
    }
}
