package org.casefile.domain;

/**
 * The TIMEX3 type of a time expression (a date fact's {@code type}); the JSON spells it as TimeML
 * does, in capitals ({@code DURATION}), which is also the constant's {@code toString}.
 */
public enum TimexType implements ContractValue {
    DATE, TIME, DURATION, SET;

    @Override
    public String json() {
        return name();
    }
}
