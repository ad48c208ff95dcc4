package org.casefile.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
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
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.extract.Mention;
import org.casefile.ingest.Citation;
import org.casefile.ingest.IngestedDocument;
import org.casefile.timeline.CaseParts;
import org.casefile.timeline.CaseParts.EventBody;

/**
 * What each document of a run leaves behind that no merge compares, appended to one file as each
 * document is done: its dates and claims (at 10,000 news stories about 120,000 dates and 160,000
 * claims), its entities' mentions, its events' summaries, quotes and triggers. Read back while
 * the case is written: a document's dates and claims at a time, an entity's or event's part at a
 * time. Memory keeps where each document's part starts and where each of its values ends.
 * Thread-safe.
 */
final class PartsFile implements CaseParts, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** One document's kept dates and claims. */
    record Kept(List<DateFact> dates, List<Claim> claims) {
    }

    private static final ObjectReader KEPT = MAPPER.readerFor(Kept.class);
    private static final ObjectReader MENTIONS = MAPPER.readerFor(new TypeReference<List<Mention>>() { });
    private static final ObjectReader EVENT = MAPPER.readerFor(EventBody.class);

    /**
     * Where a document's part is: from {@code offset}, JSON values one after the other (its
     * dates and claims, then each entity's mentions, then each event's body), value {@code i}
     * ending {@code ends[i]} bytes after {@code offset}.
     */
    private record Where(long offset, int[] ends, int dates, int claims, int entities) {
    }

    private final Path file;
    private final FileChannel channel;
    private volatile boolean closed;
    private final Map<String, Where> where = new ConcurrentHashMap<>();
    private long end;

    PartsFile(Path file) throws IOException {
        this.file = file;
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** A document is known by its path and id (the path is unique in a case; a repeated attachment shares its id). */
    private static String key(IngestedDocument d) {
        return d.path() + "\n" + d.id();
    }

    /**
     * Writes the extraction's dates and claims, its entities' mentions and its events' bodies
     * ({@link EventBody}) to the file and returns it without them (entities and events as
     * skeletons: what the merges compare); on an error the extraction is returned as it is.
     */
    DocumentExtraction keep(DocumentExtraction x) throws IOException {
        if (x.dates().isEmpty() && x.claims().isEmpty() && x.entities().isEmpty() && x.events().isEmpty()) {
            return x;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] ends = new int[1 + x.entities().size() + x.events().size()];
        int i = 0;
        MAPPER.writeValue(bytes, new Kept(x.dates(), x.claims()));
        ends[i++] = bytes.size();
        for (Entity e : x.entities()) {
            MAPPER.writeValue(bytes, e.mentions());
            ends[i++] = bytes.size();
        }
        for (Event e : x.events()) {
            MAPPER.writeValue(bytes, new EventBody(e.summary(), e.citations(), e.trigger()));
            ends[i++] = bytes.size();
        }
        long at;
        synchronized (this) {
            at = end;
            end += bytes.size();
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
        for (long pos = at; buf.hasRemaining(); ) {
            pos += channel.write(buf, pos);
        }
        if (where.putIfAbsent(key(x.document()), new Where(at, ends, x.dates().size(), x.claims().size(),
                x.entities().size())) != null) {
            throw new IllegalStateException("a second result for " + x.document().path());
        }
        String doc = x.document().id();
        List<Entity> entities = x.entities().stream().map(e -> new Entity(e.id(), e.type(), e.subtype(), e.name(), e.aliases(),
                List.of())).toList();
        List<Event> events = x.events().stream().map(e -> new Event(e.id(), e.type(), e.lemma(), e.polarity(), e.modality(), "",
                e.date(), e.participants(), e.location(), e.sources(), skeletons(e.citations(), doc),
                e.conflicts().stream().map(c -> new Event.DateConflict(c.date(), skeletons(c.citations(), doc))).toList(),
                e.charges(), null)).toList();
        return new DocumentExtraction(x.document(), entities, List.of(), events, List.of(), x.relativeDates());
    }

    /** Citations that quote nothing: where they are, which is what the event merge compares. */
    private static List<Citation> skeletons(List<Citation> citations, String doc) {
        return citations.stream().map(c -> new Citation(c.document().equals(doc) ? doc : c.document(), c.start(), c.end(),
                c.page(), "")).toList();
    }

    @Override
    public void checkReadable(String what) {
        if (closed) {
            throw closedFor("the case's " + what);
        }
    }

    private IllegalStateException closedFor(String subject) {
        return new IllegalStateException(subject + " are read back from " + file + ", which was closed"
                + " (with the pipeline that ran the case): write the case before closing its pipeline");
    }

    /** Value {@code item} of a document's part. */
    private <T> T read(IngestedDocument d, int item, ObjectReader reader) {
        if (closed) {
            throw closedFor("the parts of " + d.path());
        }
        Where w = where.get(key(d));
        int from = item == 0 ? 0 : w.ends()[item - 1];
        ByteBuffer buf = ByteBuffer.allocate(w.ends()[item] - from);
        try {
            for (long pos = w.offset() + from; buf.hasRemaining(); ) {
                int n = channel.read(buf, pos);
                if (n < 0) {
                    throw new IOException("the file ends early");
                }
                pos += n;
            }
            return reader.readValue(buf.array());
        } catch (IOException e) {
            throw new UncheckedIOException("the parts of " + d.path() + " cannot be read back", e);
        }
    }

    private Kept read(IngestedDocument d) {
        return where.containsKey(key(d)) ? read(d, 0, KEPT) : new Kept(List.of(), List.of());
    }

    @Override
    public boolean keepsBodies(IngestedDocument d) {
        return where.containsKey(key(d));
    }

    @Override
    public List<Mention> mentions(IngestedDocument d, int index) {
        return read(d, 1 + index, MENTIONS);
    }

    @Override
    public EventBody event(IngestedDocument d, int index) {
        return read(d, 1 + where.get(key(d)).entities() + index, EVENT);
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
        closed = true;
        channel.close();
    }
}
