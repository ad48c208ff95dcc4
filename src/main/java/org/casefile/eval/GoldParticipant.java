package org.casefile.eval;

/**
 * A gold HAS_PARTICIPANT relation: an event mention and one of its participant entity mentions.
 *
 * @param event  span of the event mention (equal to the span of a {@link GoldEvent})
 * @param entity span of the participant entity mention (equal to the span of a
 *               {@link GoldEntity}, typed as that entity)
 * @param role   semantic role (PropBank Arg0, Arg1, Argm-LOC...), or {@code null}
 */
public record GoldParticipant(Span event, Span entity, String role) {
}
