package org.casefile.ingest;

/** Turns one file into an {@link IngestedDocument}. Implementations never throw for bad input. */
public interface Ingester {
    /**
     * @param file the file, already hashed
     * @param id its document id
     * @param sha256 its content hash
     */
    IngestedDocument ingest(SourceFile file, String id, String sha256);
}
