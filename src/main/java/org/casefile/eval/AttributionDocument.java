package org.casefile.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A news article with its gold attributions (PolNeAR).
 *
 * @param id           the article's file name without {@code .txt}
 * @param text         the article text as stored (offsets index it)
 * @param published    the publication date from the corpus metadata, or {@code null}
 * @param annotator    whose annotation is used
 * @param attributions the gold attributions, in the order of the annotation file
 */
public record AttributionDocument(String id, String text, LocalDate published, String annotator,
                                  List<GoldAttribution> attributions) {

    public AttributionDocument {
        attributions = List.copyOf(attributions);
    }

    /**
     * The document as the other harness parts take it (text and publication date, no token or
     * entity gold), for {@link PipelinePredictor}.
     */
    public GoldDocument toGoldDocument() {
        return new GoldDocument(id, text, published,
                published == null ? GoldDocument.DateOrigin.NONE : GoldDocument.DateOrigin.METADATA,
                null, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
