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
 * processed again. Each entry is written atomically; an unreadable entry is simply recomputed.
 * Thread-safe.
 */
final class ResultCache {
    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
    private static final TypeReference<List<DocumentExtraction>> TYPE = new TypeReference<>() {
    };

    private final Path dir;
    private final String fingerprint;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param dir the state folder (created if missing)
     * @param fingerprint everything besides a file's own content that its result depends on
     */
    ResultCache(Path dir, String fingerprint) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.fingerprint = fingerprint;
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
        try {
            return Optional.of(mapper.readValue(f.toFile(), TYPE));
        } catch (IOException | RuntimeException e) {
            LOG.warn("state entry {} unreadable ({}); processing again", f.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    void store(String sha, String keyExtra, List<DocumentExtraction> results) {
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
