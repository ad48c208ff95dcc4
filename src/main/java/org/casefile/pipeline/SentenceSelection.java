package org.casefile.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.casefile.extract.Rules;
import org.casefile.nlp.ParseSelector;
import org.casefile.nlp.Token;

/**
 * The parser runs only where the events stage can use it: on sentences with an event trigger
 * that also hold a time expression or a participant (a person, an organisation or a title). A
 * trigger with neither yields no event, parsed or not.
 */
public final class SentenceSelection {
    private static final Set<String> PARTICIPANT_TAGS = Set.of("PERSON", "ORGANIZATION", "TITLE");

    private SentenceSelection() {
    }

    /** The selector production uses. */
    public static ParseSelector forRules(Rules rules) {
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        for (Rules.Trigger t : rules.triggers()) {
            // the head of a verb trigger is its first word ("turn down"), of a noun its last ("press conference")
            String head = t.pos().equals("V") ? t.lemmas().get(0) : t.lemmas().get(t.lemmas().size() - 1);
            if (!t.pos().equals("N")) {
                verbs.add(head);
            }
            if (!t.pos().equals("V")) {
                nouns.add(head);
            }
        }
        return (List<Token> tokens, boolean hasTime) -> {
            boolean trigger = false;
            boolean participant = false;
            for (Token t : tokens) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                trigger |= t.pos().startsWith("VB") && verbs.contains(lemma) || t.pos().startsWith("NN") && nouns.contains(lemma);
                participant |= PARTICIPANT_TAGS.contains(t.ner());
            }
            return trigger && (hasTime || participant);
        };
    }
}
