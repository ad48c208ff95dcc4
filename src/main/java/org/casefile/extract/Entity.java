package org.casefile.extract;

import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.domain.PlaceType;

/**
 * A person, place, organisation (or a sum of money) with every mention cited. Roles, nationalities
 * and charges are no entities of their own: a role stays on the person's mention ({@link Mention#title}).
 *
 * @param type PERSON, ORGANIZATION, LOCATION, MONEY or MISC: never a role, nationality or charge
 *     ({@link EntityType#isAttribute})
 * @param subtype the finer type of a place, else null
 * @param name canonical name: the fullest form found
 * @param aliases other forms found (acronyms, short forms, variant spellings)
 */
public record Entity(String id, EntityType type, PlaceType subtype, String name, List<String> aliases, List<Mention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
