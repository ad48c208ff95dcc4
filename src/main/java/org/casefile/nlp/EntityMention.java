package org.casefile.nlp;

/**
 * A typed name in the text, as tagged by NER (3-class CRF plus our regexner lists).
 *
 * @param type PERSON, LOCATION, ORGANIZATION, or a finer regexner type (CITY, COUNTRY,
 *     STATE_OR_PROVINCE, TITLE, NATIONALITY, CRIMINAL_CHARGE, ...)
 * @param tokenBegin first token (inclusive) within the sentence
 * @param tokenEnd last token (exclusive)
 */
public record EntityMention(String type, String text, int begin, int end, int sentence, int tokenBegin, int tokenEnd) {
}
