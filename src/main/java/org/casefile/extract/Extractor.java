package org.casefile.extract;

import org.casefile.nlp.AnnotatedDocument;

/** Extracts entities, dates, events and claims from one annotated document. Thread-safe. */
public interface Extractor {
    DocumentExtraction extract(AnnotatedDocument document);
}
