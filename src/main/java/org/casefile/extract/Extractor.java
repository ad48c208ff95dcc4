package org.casefile.extract;

import org.casefile.nlp.AnnotatedDocument;

/** Extracts entities, dates, events and claims from one annotated document. Thread-safe. */
public interface Extractor {
    DocumentExtraction extract(AnnotatedDocument document);

    /** What the extractor reads beyond words and entity tags, sentence by sentence. */
    default SentenceNeeds needs() {
        return SentenceNeeds.NONE;
    }
}
