package org.casefile.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.casefile.extract.DocumentExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-document results kept in a state folder ({@code --state DIR}), so that an interrupted run
 * resumes where it stopped: a file whose content, manifest row and settings are unchanged is not
 * processed again. Each entry is written atomically; an entry that cannot be read, or that does
 * not hold a result for its file's content (a valid but wrong JSON value), is recomputed with a
 * warning.
 * Thread-safe.
 */
final class ResultCache {
    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
    private static final TypeReference<List<DocumentExtraction>> TYPE = new TypeReference<>() {
    };

    private final Path dir;
    private final String fingerprint;
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .setAnnotationIntrospector(new KeepTrigger())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The state keeps an event's trigger (its only {@code Citation}-typed member, left out of the
     * JSON contract by {@code @JsonIgnore}), so that a resumed result equals a fresh one.
     */
    private static final class KeepTrigger extends com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean hasIgnoreMarker(com.fasterxml.jackson.databind.introspect.AnnotatedMember m) {
            if (m.getDeclaringClass() == org.casefile.extract.Event.class
                    && m.getRawType() == org.casefile.ingest.Citation.class) {
                return false;
            }
            return super.hasIgnoreMarker(m);
        }
    }

    /**
     * @param dir the state folder (created if missing)
     * @param fingerprint everything besides a file's own content that its result depends on
     */
    ResultCache(Path dir, String fingerprint) throws IOException {
        Files.createDirectories(dir);
        this.fingerprint = fingerprint;
        String settings = SETTINGS_PREFIX + CasePipeline.sha256(fingerprint.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        int pruned = pruneOtherSettings(dir, settings);
        if (pruned > 0) {
            LOG.info("state: removed {} entries kept for other settings", pruned);
        }
        this.dir = Files.createDirectories(dir.resolve(settings));
        removeStaleTemps();
    }

    /** Entries live in one folder per settings fingerprint, {@code settings-HEX16}. */
    private static final String SETTINGS_PREFIX = "settings-";
    private static final java.util.regex.Pattern SETTINGS_FOLDER = java.util.regex.Pattern.compile("settings-[0-9a-f]{16}");

    /**
     * Whether a folder whose entries are {@code children} (as listed already) is a state folder: one
     * of them is a {@code settings-HEX16} folder of entries. Never follows links.
     */
    static boolean isStateFolder(List<Path> children) {
        return children.stream().anyMatch(c -> SETTINGS_FOLDER.matcher(c.getFileName().toString()).matches()
                && Files.isDirectory(c, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile(
            "settings-[0-9a-f]{16}|[0-9a-f]{2}");

    /**
     * Deletes the entries of other settings (older versions, rules or options): the folders of
     * other fingerprints, and the two-hex-digit folders of the layout before them. Nothing else
     * in the state folder is touched (its lock, a user's own files).
     *
     * @return how many entries were removed
     */
    private static int pruneOtherSettings(Path dir, String current) {
        int removed = 0;
        try (var top = Files.list(dir)) {
            for (Path sub : top.filter(Files::isDirectory).toList()) {
                String name = sub.getFileName().toString();
                if (name.equals(current) || !OURS.matcher(name).matches()) {
                    continue;
                }
                try (var files = Files.walk(sub)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        if (p.getFileName().toString().endsWith(".json")) {
                            removed++;
                        }
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("state: cannot remove entries kept for other settings: {}", e.toString());
        }
        return removed;
    }

    /**
     * Deletes the half-written entries ({@code entry*.tmp}) a killed run left; the command line
     * holds the state folder's lock while a pipeline uses it, so none belongs to a live run.
     */
    private void removeStaleTemps() {
        try (var files = Files.walk(dir, 2)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("entry")
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot clear temporary entries in {}: {}", dir, e.toString());
        }
    }

    /** Results read back from the state in this run. */
    int reused() {
        return reused.get();
    }

    /** Results computed (and stored) in this run. */
    int computed() {
        return computed.get();
    }

    private Path entry(String sha, String keyExtra) {
        String key = CasePipeline.sha256((fingerprint + "\n" + sha + "\n" + keyExtra).getBytes(StandardCharsets.UTF_8));
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    Optional<List<DocumentExtraction>> load(String sha, String keyExtra) {
        Path f = entry(sha, keyExtra);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        List<DocumentExtraction> results;
        try {
            results = mapper.readValue(f.toFile(), TYPE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("state entry {} unreadable ({}); processing again", f.getFileName(),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return Optional.empty();
        }
        if (results == null || results.isEmpty() || results.get(0) == null || results.get(0).document() == null
                || !sha.equals(results.get(0).document().sha256())) {
            LOG.warn("state entry {} does not hold its file's result; processing again", f.getFileName());
            return Optional.empty();
        }
        reused.incrementAndGet();
        return Optional.of(results);
    }

    /**
     * Keeps a result computed in this run; one that ran out of time is counted but not kept, so a
     * resumed run tries its file again.
     */
    void store(String sha, String keyExtra, List<DocumentExtraction> results) {
        computed.incrementAndGet();
        if (results.stream().anyMatch(x -> x.document().timedOut())) {
            return;
        }
        Path f = entry(sha, keyExtra);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "entry", ".tmp");
            mapper.writeValue(tmp.toFile(), results);
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("cannot write state entry {}: {}", f, e.getMessage());
        }
    }
}
