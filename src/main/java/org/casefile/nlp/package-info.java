/**
 * Language layer: Stanford CoreNLP annotation of clean text into sentences, tokens, typed entity
 * mentions and normalised time expressions. No CoreNLP type leaves this package.
 */
package org.casefile.nlp;
