package org.casefile.nlp;

import java.util.Optional;
import org.casefile.domain.EntityType;
import org.casefile.domain.PlaceType;

/**
 * A typed name in the text, as tagged by NER (3-class CRF plus our regexner lists).
 *
 * <p>The accessors are named {@code entityType}/{@code placeType} rather than {@code type}: code
 * written when the type was a tag string ({@code m.type().equals("PERSON")}) then fails to compile
 * instead of comparing an enum with a string.
 *
 * @param entityType PERSON, LOCATION, ORGANIZATION, MONEY, MISC, or an attribute type (TITLE,
 *     NATIONALITY, CRIMINAL_CHARGE, {@link EntityType#isAttribute})
 * @param placeType the finer type of a place the tagger named (CITY, COUNTRY, STATE_OR_PROVINCE), or null
 * @param tokenBegin first token (inclusive) within the sentence
 * @param tokenEnd last token (exclusive)
 */
public record EntityMention(EntityType entityType, PlaceType placeType, String text, int begin, int end, int sentence,
        int tokenBegin, int tokenEnd) {

    /** A mention of an entity tag ({@code CITY} gives a LOCATION of place type CITY), or none for a tag of no type. */
    public static Optional<EntityMention> ofTag(String tag, String text, int begin, int end, int sentence, int tokenBegin,
            int tokenEnd) {
        return EntityType.ofTag(tag).map(t -> new EntityMention(t, PlaceType.ofTag(tag).orElse(null), text, begin, end,
                sentence, tokenBegin, tokenEnd));
    }
}
