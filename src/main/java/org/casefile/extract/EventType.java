package org.casefile.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of thing happened. The JSON and {@code models/event-triggers.txt} spell each type in
 * lower case with spaces ("arrest", "extradition request").
 */
public enum EventType {
    ARREST, DETENTION, RELEASE, CHARGE, ACCUSATION, RULING, HEARING, FILING, EXTRADITION_REQUEST, ARREST_WARRANT,
    KILLING, ATTACK, TRAVEL, STATEMENT, APPEAL, SENTENCING, CONVICTION, TESTIMONY,
    PLEA, TRIAL, VERDICT, RESIGNATION, APPOINTMENT, ELECTION, DEATH, INJURY, AGREEMENT, ACQUISITION,
    ANNOUNCEMENT, DEPORTATION,
    /** An eventive word outside the trigger list with a named participant; the event carries its lemma. */
    OTHER;

    /** The type as written in the JSON and the trigger file: "extradition request". */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
        return label();
    }

    /** Whether the event is itself a request, which a verb of asking or wanting reports ("wants him extradited"). */
    public boolean isRequest() {
        return this == EXTRADITION_REQUEST;
    }

    /** The type a label names ("arrest warrant"), if any. */
    public static Optional<EventType> of(String label) {
        for (EventType t : values()) {
            if (t.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
