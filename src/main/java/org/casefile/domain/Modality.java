package org.casefile.domain;

/**
 * How a passage presents an event: {@code asserted} by the writer as a fact; {@code
 * hypothetical} (a modal "could", "might", "would", a condition "if convicted", a threat);
 * {@code planned} (future: "will", "plans to", "is scheduled to", "intends to"); {@code
 * reported}: told as what a source said or alleged ("prosecutors said he bribed", "accused of
 * killing", "allegedly").
 */
public enum Modality implements ContractValue {
    ASSERTED, HYPOTHETICAL, PLANNED, REPORTED;

    @Override
    public String toString() {
        return json();
    }
}
