package org.casefile.domain;

/** How a claim is given: a direct quote or reported speech ({@code quote}, {@code reported} in the JSON). */
public enum ClaimKind implements ContractValue {
    QUOTE, REPORTED;

    @Override
    public String toString() {
        return json();
    }
}
