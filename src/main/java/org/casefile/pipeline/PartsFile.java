package org.casefile.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.extract.DocumentExtraction;
import org.casefile.ingest.IngestedDocument;
import org.casefile.timeline.CaseParts;

/**
 * The dates and claims of each document of a run, appended to one file as each document is done
 * (they are most of what a document leaves behind: at 10,000 news stories about 120,000 dates
 * and 160,000 claims) and read back one document at a time while the case is written. Memory
 * keeps only where each document's part starts and how many of each it holds. Thread-safe.
 */
final class PartsFile implements CaseParts, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One document's kept part. */
    record Kept(List<DateFact> dates, List<Claim> claims) {
    }

    private record Where(long offset, int length, int dates, int claims) {
    }

    private final FileChannel channel;
    private final Map<String, Where> where = new ConcurrentHashMap<>();
    private long end;

    PartsFile(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** A document is known by its path and id (the path is unique in a case; a repeated attachment shares its id). */
    private static String key(IngestedDocument d) {
        return d.path() + "\n" + d.id();
    }

    /**
     * Writes the extraction's dates and claims to the file and returns it without them; on an
     * error the extraction is returned as it is (kept in memory).
     */
    DocumentExtraction keep(DocumentExtraction x) throws IOException {
        if (x.dates().isEmpty() && x.claims().isEmpty()) {
            return x;
        }
        byte[] bytes = MAPPER.writeValueAsBytes(new Kept(x.dates(), x.claims()));
        long at;
        synchronized (this) {
            at = end;
            end += bytes.length;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        for (long pos = at; buf.hasRemaining(); ) {
            pos += channel.write(buf, pos);
        }
        if (where.putIfAbsent(key(x.document()), new Where(at, bytes.length, x.dates().size(), x.claims().size())) != null) {
            throw new IllegalStateException("a second result for " + x.document().path());
        }
        return new DocumentExtraction(x.document(), x.entities(), List.of(), x.events(), List.of(), x.relativeDates());
    }

    private Kept read(IngestedDocument d) {
        Where w = where.get(key(d));
        if (w == null) {
            return new Kept(List.of(), List.of());
        }
        ByteBuffer buf = ByteBuffer.allocate(w.length());
        try {
            for (long pos = w.offset(); buf.hasRemaining(); ) {
                int n = channel.read(buf, pos);
                if (n < 0) {
                    throw new IOException("the file ends early");
                }
                pos += n;
            }
            return MAPPER.readValue(buf.array(), Kept.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the dates and claims of " + d.path() + " cannot be read back", e);
        }
    }

    @Override
    public int dateCount(IngestedDocument d) {
        Where w = where.get(key(d));
        return w == null ? 0 : w.dates();
    }

    @Override
    public int claimCount(IngestedDocument d) {
        Where w = where.get(key(d));
        return w == null ? 0 : w.claims();
    }

    @Override
    public List<DateFact> dates(IngestedDocument d) {
        return dateCount(d) == 0 ? List.of() : read(d).dates();
    }

    @Override
    public List<Claim> claims(IngestedDocument d) {
        return claimCount(d) == 0 ? List.of() : read(d).claims();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
