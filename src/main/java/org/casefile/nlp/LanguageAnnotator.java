package org.casefile.nlp;

import org.casefile.ingest.IngestedDocument;

/** Annotates the text of one ok document. Implementations are thread-safe. */
public interface LanguageAnnotator {
    AnnotatedDocument annotate(IngestedDocument document);

    /**
     * Returns once {@link #annotate} can start at once: an annotator whose models load in the
     * background waits for them here (the others are ready when constructed).
     *
     * @throws ModelLoadException when the models could not be loaded
     */
    default void awaitReady() {
    }
}
