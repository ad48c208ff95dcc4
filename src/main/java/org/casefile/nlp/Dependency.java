package org.casefile.nlp;

/**
 * A basic dependency edge (Universal Dependencies) between two tokens of a sentence.
 *
 * @param relation e.g. {@code nsubj}, {@code obj}, {@code obl:tmod}
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
}
