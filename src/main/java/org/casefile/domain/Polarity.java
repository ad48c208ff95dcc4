package org.casefile.domain;

/** Whether a passage says an event happened ("was charged") or did not ("was not charged"). */
public enum Polarity implements ContractValue {
    POSITIVE, NEGATIVE;

    @Override
    public String toString() {
        return json();
    }
}
