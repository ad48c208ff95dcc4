package org.casefile.domain;

/**
 * What a fact-checker compares in a claim: an accusation, a finding (of a court, an official
 * body), a party's denial of an accusation, or none of these.
 */
public enum Stance implements ContractValue {
    ALLEGATION, FINDING, DENIAL, STATEMENT;

    @Override
    public String toString() {
        return json();
    }
}
