package org.casefile.pipeline;

import java.util.List;
import java.util.Locale;
import org.casefile.extract.Rules;
import org.casefile.nlp.ParseSelector;
import org.casefile.nlp.Token;

/** The parser runs only on sentences with an event trigger: the events stage is its only user. */
public final class SentenceSelection {
    private SentenceSelection() {
    }

    /** The selector production uses: sentences holding a trigger of {@code rules}. */
    public static ParseSelector forRules(Rules rules) {
        return (List<Token> tokens, boolean hasTime) -> {
            for (Token t : tokens) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                for (Rules.Trigger trigger : rules.triggers()) {
                    if (trigger.lemmas().get(trigger.lemmas().size() - 1).equals(lemma) && trigger.posMatches(t.pos())) {
                        return true;
                    }
                }
            }
            return false;
        };
    }
}
