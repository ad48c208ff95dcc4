/**
 * Domain values every stage shares: entity types, place types, date precisions and ranges, how an
 * event's date was obtained, TIMEX3 types, event types, polarities and modalities, participant
 * roles, claim kinds and stances. The contract's closed vocabularies are {@link
 * org.casefile.domain.ContractValue}s. Plain Java: no CoreNLP or other library type, so rules and tests
 * can use them without loading models, and every stage may import this package.
 */
package org.casefile.domain;
