package org.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How an entity takes part in an event: who acts, who undergoes it, or neither. */
public enum ParticipantRole {
    AGENT, PATIENT, OTHER;

    /** As the JSON contract writes it: {@code agent}. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The contract's spelling, as {@link #json()}: text built from this value reads as the JSON does. */
    @Override
    public String toString() {
        return json();
    }

    /** The role the contract's word names, or none. */
    public static Optional<ParticipantRole> of(String json) {
        for (ParticipantRole r : values()) {
            if (r.json().equals(json)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
