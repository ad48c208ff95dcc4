package org.casefile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.output.model.CaseModel;
import org.casefile.support.TestPipelines;

/**
 * Case JSON files for the output tests: the sample corpus's case with texts (written once per
 * JVM) and a small hand-made hostile case (HTML in every text field, a date conflict, partial
 * dates, a character outside the BMP before the citations, a failed document).
 */
final class OutputFixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private OutputFixtures() {
    }

    private static final class CorpusHolder {
        static final Path FILE = write();

        private static Path write() {
            try {
                Path dir = Files.createTempDirectory("casefile-output");
                dir.toFile().deleteOnExit();
                Path file = dir.resolve("corpus-case.json");
                MAPPER.writeValue(file.toFile(), TestPipelines.json(TestPipelines.corpusCase(), true));
                file.toFile().deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The sample corpus's case JSON, with texts. */
    static Path corpusFile() {
        return CorpusHolder.FILE;
    }

    /** The hand-made hostile case JSON. */
    static Path hostileFile() {
        try {
            return Path.of(OutputFixtures.class.getResource("/output/hostile-case.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CaseModel read(Path file) {
        try {
            return CaseModel.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every citation of the case: entity mentions, dates, event passages and their conflicts, claims. */
    static List<CaseModel.Citation> citations(CaseModel c) {
        List<CaseModel.Citation> all = new ArrayList<>();
        c.entities().forEach(e -> all.addAll(e.mentions()));
        c.dates().forEach(d -> all.add(d.citation()));
        c.events().forEach(e -> {
            all.addAll(e.citations());
            e.conflicts().forEach(k -> all.addAll(k.citations()));
        });
        c.claims().forEach(cl -> all.addAll(cl.citations()));
        return all;
    }

    /** Code points {@code [start, end)} of a text. */
    static String slice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }
}
