/**
 * Ingestion: files to clean, citable text with metadata and a page map.
 *
 * <p>Apache Tika parses every format; {@link org.casefile.ingest.TextNormalizer} normalises the
 * text once, before any offset is computed, so the text we cite is the text we output. Each file
 * ends as an {@link org.casefile.ingest.IngestedDocument} with a status, never as an exception;
 * {@link org.casefile.ingest.Ingester#ingestAll} also returns the documents a file holds (an
 * e-mail's attachments), each naming its {@code parent}.
 */
package org.casefile.ingest;
