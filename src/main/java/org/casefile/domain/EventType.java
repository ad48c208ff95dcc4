package org.casefile.domain;

import java.util.Locale;

/**
 * What kind of thing happened. The JSON and {@code models/event-triggers.txt} spell each type in
 * lower case with spaces ("arrest", "extradition request").
 */
public enum EventType implements ContractValue {
    ARREST, DETENTION, RELEASE, CHARGE, ACCUSATION, RULING, HEARING, FILING, EXTRADITION_REQUEST, ARREST_WARRANT,
    KILLING, ATTACK, TRAVEL, STATEMENT, APPEAL, SENTENCING, CONVICTION, TESTIMONY,
    PLEA, TRIAL, VERDICT, RESIGNATION, APPOINTMENT, ELECTION, DEATH, INJURY, AGREEMENT, ACQUISITION,
    ANNOUNCEMENT, DEPORTATION,
    /** An eventive word outside the trigger list with a named participant; the event carries its lemma. */
    OTHER;

    /** Words joined by a space: "extradition request". */
    @Override
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
        return json();
    }

    /** Whether the event is itself a request, which a verb of asking or wanting reports ("wants him extradited"). */
    public boolean isRequest() {
        return this == EXTRADITION_REQUEST;
    }
}
