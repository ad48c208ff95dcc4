package org.casefile.extract;

import java.util.List;
import org.casefile.ingest.Citation;

/**
 * A person, place, organisation (or title, nationality, charge) with every mention cited.
 *
 * @param subtype CITY, STATE_OR_PROVINCE or COUNTRY for places, else null
 * @param name canonical name: the fullest form found
 * @param aliases other forms found (acronyms, short forms, variant spellings)
 */
public record Entity(String id, String type, String subtype, String name, List<String> aliases, List<Citation> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
