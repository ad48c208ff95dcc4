package org.casefile.nlp;

import java.util.List;
import org.casefile.ingest.IngestedDocument;

/** A document after the language layer: sentences, entity mentions and time expressions. */
public record AnnotatedDocument(IngestedDocument document, List<Sentence> sentences,
        List<EntityMention> entities, List<TimeMention> times) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }
}
