/**
 * Orchestration: runs the stages (ingest, nlp, extract, timeline) over a batch of files in
 * parallel, with the one immutable {@link org.casefile.pipeline.Settings} record.
 */
package org.casefile.pipeline;
