package org.casefile.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The type of an entity, and of the tag a name was found under. The language layer tags finer
 * place types ({@link PlaceType}): their entity is a {@link #LOCATION}.
 */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MONEY, MISC,
    /** A maker's product named by its model ("Velcor V210", "the V210"; schema 1.1, additive). */
    PRODUCT,
    /** A role or office ("judge", "U.S. Attorney"): kept on the mention, never an entity of its own. */
    TITLE,
    /** "Iraqi", "American": kept on the mention, never an entity of its own. */
    NATIONALITY,
    /** "murder", "bribery": kept on the event, never an entity of its own. */
    CRIMINAL_CHARGE;

    private static final Map<String, EntityType> BY_NAME = Map.ofEntries(
            Map.entry("PERSON", PERSON), Map.entry("ORGANIZATION", ORGANIZATION), Map.entry("LOCATION", LOCATION),
            Map.entry("MONEY", MONEY), Map.entry("MISC", MISC), Map.entry("PRODUCT", PRODUCT), Map.entry("TITLE", TITLE),
            Map.entry("NATIONALITY", NATIONALITY), Map.entry("CRIMINAL_CHARGE", CRIMINAL_CHARGE));

    /**
     * The type of an entity tag: a place type ({@code CITY}) is a {@link #LOCATION}; a tag of no
     * entity type ({@code O}, {@code DATE}) has none.
     */
    public static Optional<EntityType> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        if (PlaceType.ofTag(tag).isPresent()) {
            return Optional.of(LOCATION);
        }
        return Optional.ofNullable(BY_NAME.get(tag));
    }

    /**
     * Whether this type is an attribute of a mention or an event ({@link #TITLE}, {@link
     * #NATIONALITY}, {@link #CRIMINAL_CHARGE}), not an entity of the case.
     */
    public boolean isAttribute() {
        return this == TITLE || this == NATIONALITY || this == CRIMINAL_CHARGE;
    }
}
