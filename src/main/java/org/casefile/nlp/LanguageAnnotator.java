package org.casefile.nlp;

import org.casefile.ingest.IngestedDocument;

/** Annotates the text of one ok document. Implementations are thread-safe. */
public interface LanguageAnnotator {
    AnnotatedDocument annotate(IngestedDocument document);
}
