package org.casefile.domain;

import java.util.Optional;

/** The finer type of a place (the entity's {@code subtype} in the JSON contract). */
public enum PlaceType {
    CITY, STATE_OR_PROVINCE, COUNTRY;

    /** The place type an entity tag names ({@code CITY}), or none ({@code LOCATION}, {@code PERSON}). */
    public static Optional<PlaceType> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag) {
            case "CITY" -> Optional.of(CITY);
            case "STATE_OR_PROVINCE" -> Optional.of(STATE_OR_PROVINCE);
            case "COUNTRY" -> Optional.of(COUNTRY);
            default -> Optional.empty();
        };
    }
}
