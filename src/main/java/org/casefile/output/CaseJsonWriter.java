package org.casefile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        MAPPER.writeValue(new NonClosingOutputStream(out), toJson(c));
        out.write('\n');
        out.flush();
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
