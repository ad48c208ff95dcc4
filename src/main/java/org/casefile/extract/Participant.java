package org.casefile.extract;

import org.casefile.domain.ParticipantRole;

/** An entity taking part in an event: {@code agent} (who acts), {@code patient} (who undergoes it) or {@code other}. */
public record Participant(String entity, ParticipantRole role) {
}
