package org.casefile.extract;

/** An entity taking part in an event: {@code agent} (who acts), {@code patient} (who undergoes it) or {@code other}. */
public record Participant(String entity, String role) {
}
