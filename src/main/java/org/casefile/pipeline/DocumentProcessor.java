package org.casefile.pipeline;

import java.util.List;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Extractor;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.Ingester;
import org.casefile.ingest.SourceFile;
import org.casefile.nlp.LanguageAnnotator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file through every stage: ingest (an e-mail gives its attachments as documents too),
 * annotate, extract. Whatever goes wrong becomes the document's status. Thread-safe.
 */
final class DocumentProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentProcessor.class);

    private final Ingester ingester;
    private final LanguageAnnotator annotator;
    private final Extractor extractor;

    DocumentProcessor(Ingester ingester, LanguageAnnotator annotator, Extractor extractor) {
        this.ingester = ingester;
        this.annotator = annotator;
        this.extractor = extractor;
    }

    List<DocumentExtraction> process(SourceFile file, String id, String sha) {
        return ingester.ingestAll(file, id, sha).stream().map(this::analyse).toList();
    }

    private DocumentExtraction analyse(IngestedDocument doc) {
        if (!doc.isOk()) {
            return DocumentExtraction.empty(doc);
        }
        String stage = "nlp";
        try {
            var annotated = annotator.annotate(doc);
            stage = "extract";
            return extractor.extract(annotated);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String reason = "failed in the " + stage + " stage: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
            LOG.warn("{}: {}", doc.path(), reason);
            LOG.debug("stack trace", e);
            return DocumentExtraction.empty(doc.withStatus(DocumentStatus.FAILED, reason));
        }
    }
}
