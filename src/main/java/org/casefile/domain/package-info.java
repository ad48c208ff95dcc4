/**
 * Domain values every stage shares: entity types, place types, date precisions and ranges, claim
 * stances and participant roles. Plain Java: no CoreNLP or other library type, so rules and tests
 * can use them without loading models, and every stage may import this package.
 */
package org.casefile.domain;
