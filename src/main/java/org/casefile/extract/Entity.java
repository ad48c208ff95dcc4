package org.casefile.extract;

import java.util.List;

/**
 * A person, place, organisation (or a sum of money) with every mention cited. Roles, nationalities
 * and charges are no entities of their own: a role stays on the person's mention ({@link Mention#title}).
 *
 * @param subtype CITY, STATE_OR_PROVINCE or COUNTRY for places, else null
 * @param name canonical name: the fullest form found
 * @param aliases other forms found (acronyms, short forms, variant spellings)
 */
public record Entity(String id, String type, String subtype, String name, List<String> aliases, List<Mention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
