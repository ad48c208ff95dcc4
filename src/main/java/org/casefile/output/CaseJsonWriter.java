package org.casefile.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.casefile.ingest.IngestedDocument;
import org.casefile.timeline.CaseFile;

/** Writes a {@link CaseFile} as the versioned case JSON. Thread-safe. */
public final class CaseJsonWriter {
    private static final ObjectMapper MAPPER = mapper();

    private final boolean includeText;

    public CaseJsonWriter(boolean includeText) {
        this.includeText = includeText;
    }

    /** The mapper used for the contract: ISO dates, fields in declaration order, indented. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public CaseJson toJson(CaseFile c) {
        return new CaseJson(CaseJson.SCHEMA_VERSION, Versions.generator(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                c.documents().stream().map(d -> DocumentJson.of(d, includeText)).toList(),
                c.entities(), c.dates(), c.events(), c.claims());
    }

    public void write(CaseFile c, OutputStream out) throws IOException {
        write(c, out, IngestedDocument::text);
    }

    /**
     * Writes the case as a stream, one record at a time (no tree of the whole case in memory);
     * the bytes are those of {@link #toJson} written by {@link #mapper()}.
     *
     * @param texts each document's text, for {@code --include-text} (a pipeline that kept texts
     *     on disk reads them back one at a time)
     */
    public void write(CaseFile c, OutputStream out, Function<IngestedDocument, String> texts) throws IOException {
        try (JsonGenerator g = MAPPER.writer().createGenerator(new NonClosingOutputStream(out))) {
            g.writeStartObject();
            g.writeStringField("schemaVersion", CaseJson.SCHEMA_VERSION);
            g.writeFieldName("generator");
            g.writeObject(Versions.generator());
            g.writeStringField("createdAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            g.writeArrayFieldStart("documents");
            for (IngestedDocument d : c.documents()) {
                g.writeObject(DocumentJson.of(d, includeText ? texts.apply(d) : null));
            }
            g.writeEndArray();
            writeArray(g, "entities", c.entities());
            writeArray(g, "dates", c.dates());
            writeArray(g, "events", c.events());
            writeArray(g, "claims", c.claims());
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeArray(JsonGenerator g, String name, List<?> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object v : values) {
            g.writeObject(v);
        }
        g.writeEndArray();
    }

    /** Jackson closes what it writes to; stdout must stay open. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
