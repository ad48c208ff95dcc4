package org.casefile.nlp;

import java.util.List;

/** Decides which sentences the dependency parser runs on (it is the costliest annotator). */
@FunctionalInterface
public interface ParseSelector {
    /** Never parse. */
    ParseSelector NONE = (tokens, hasTime) -> false;
    /** Parse every sentence (for measurement). */
    ParseSelector ALL = (tokens, hasTime) -> true;

    /**
     * @param tokens the sentence's tokens, tagged and lemmatised
     * @param hasTime whether SUTime found a time expression in it
     */
    boolean needsParse(List<Token> tokens, boolean hasTime);
}
