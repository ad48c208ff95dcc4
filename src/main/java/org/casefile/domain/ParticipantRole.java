package org.casefile.domain;

/** How an entity takes part in an event: who acts, who undergoes it, or neither ({@code agent} in the JSON). */
public enum ParticipantRole implements ContractValue {
    AGENT, PATIENT, OTHER;

    @Override
    public String toString() {
        return json();
    }
}
