package org.casefile.pipeline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.casefile.ingest.Manifest;

/**
 * One input file of a cluster job, as it travels to the executors (Java-serialised; Spark's bean
 * encoders cannot carry records, so the job uses plain RDDs of these and of JSON strings).
 *
 * @param index the file's position in the local engine's order (name order per input), which
 *     fixes the order of the output and which copy of a content is the first
 * @param uri where an executor reads it (any Hadoop file system: {@code file:}, {@code hdfs:}, {@code s3a:})
 * @param name how the output names it (relative to the input given, as the local engine does)
 * @param row its manifest row, or null
 */
record WorkItem(int index, String uri, String name, Row row) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A manifest row in serialisable form. */
    record Row(String path, String published, String title, String url, String source) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Row of(Manifest.Entry e) {
            return e == null ? null
                    : new Row(e.path(), e.published() == null ? null : e.published().toString(), e.title(), e.url(), e.source());
        }

        Manifest.Entry entry() {
            return new Manifest.Entry(path, published == null ? null : LocalDate.parse(published), title, url, source);
        }

        @Override
        public String toString() {
            return path + "|" + published + "|" + title + "|" + url + "|" + source;
        }
    }
}
