package org.casefile.ingest;

import java.util.List;

/** Turns one file into {@link IngestedDocument}s. Implementations never throw for bad input. */
public interface Ingester {
    /**
     * The file as one document.
     *
     * @param file the file, already hashed
     * @param id its document id
     * @param sha256 its content hash
     */
    IngestedDocument ingest(SourceFile file, String id, String sha256);

    /**
     * The file as a document, followed by the documents it holds that stand on their own (an
     * e-mail's attachments), each with {@code parent} set to the id of the document holding it.
     * The first element is always the file's own document.
     */
    default List<IngestedDocument> ingestAll(SourceFile file, String id, String sha256) {
        return List.of(ingest(file, id, sha256));
    }

    /**
     * {@link #ingestAll(SourceFile, String, String)} within a deadline shared by the file and
     * everything inside it: what is not parsed by then is {@code failed} ("timed out").
     *
     * @param deadlineNanos a {@link System#nanoTime()} value
     */
    default List<IngestedDocument> ingestAll(SourceFile file, String id, String sha256, long deadlineNanos) {
        return ingestAll(file, id, sha256);
    }
}
