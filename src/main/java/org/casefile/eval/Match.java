package org.casefile.eval;

/**
 * One gold-prediction pair of a one-to-one matching.
 *
 * @param gold      index in the gold list
 * @param predicted index in the predicted list
 */
public record Match(int gold, int predicted) {
}
