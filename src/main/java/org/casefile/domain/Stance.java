package org.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a fact-checker compares in a claim: an accusation, a finding (of a court, an official
 * body), a party's denial of an accusation, or none of these.
 */
public enum Stance {
    ALLEGATION, FINDING, DENIAL, STATEMENT;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The contract's spelling, as {@link #json()}: text built from this value reads as the JSON does. */
    @Override
    public String toString() {
        return json();
    }
}
