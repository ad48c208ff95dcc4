package org.casefile.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A case as a folder of JSON Lines, the output of large (cluster) runs: {@code header.json} holds
 * {@code schemaVersion}, {@code generator} and {@code createdAt}; each array of the case JSON is a
 * sub-folder ({@code documents/}, {@code entities/}, {@code dates/}, {@code events/},
 * {@code claims/}) of part files {@code part-NNNNN.jsonl}, one record of the contract per line,
 * in the case JSON's order. Read back ({@link #read}), it is the same case JSON.
 */
public final class CaseJsonLines {
    /** The arrays of the contract, each a sub-folder. */
    public static final List<String> ARRAYS = List.of("documents", "entities", "dates", "events", "claims");
    public static final String HEADER = "header.json";
    /** The single case JSON a run may write beside the parts. */
    public static final String CASE_JSON = "case.json";
    /** Records per part file. */
    public static final int PART_SIZE = 10_000;

    private static final ObjectMapper LINES = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CaseJsonLines() {
    }

    /** Opens a file of the folder for writing, by its path relative to the folder ("documents/part-00000.jsonl"). */
    @FunctionalInterface
    public interface Opener {
        OutputStream create(String relative) throws IOException;
    }

    /** Writes a case JSON tree as the folder's files. */
    public static void write(ObjectNode caseJson, Opener opener) throws IOException {
        ObjectNode header = caseJson.deepCopy();
        ARRAYS.forEach(header::remove);
        try (OutputStream o = opener.create(HEADER)) {
            CaseJsonWriter.mapper().writeValue(o, header);
        }
        for (String array : ARRAYS) {
            JsonNode records = caseJson.path(array);
            int part = 0;
            int n = 0;
            OutputStream o = null;
            try {
                for (JsonNode r : records) {
                    if (o == null || n == PART_SIZE) {
                        if (o != null) {
                            o.close();
                        }
                        o = opener.create(array + "/" + String.format("part-%05d.jsonl", part++));
                        n = 0;
                    }
                    LINES.writeValue(o, r);
                    o.write('\n');
                    n++;
                }
                if (o == null) {
                    opener.create(array + "/part-00000.jsonl").close(); // an empty array: an empty part
                }
            } finally {
                if (o != null) {
                    o.close();
                }
            }
        }
    }

    /** True when {@code dir} is such a folder. */
    public static boolean isCaseFolder(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(HEADER));
    }

    /** The case JSON tree of a folder written by {@link #write}. */
    public static ObjectNode read(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode header = mapper.readTree(dir.resolve(HEADER).toFile());
        if (header == null || !header.isObject()) {
            throw new IOException("not a casefile JSON Lines folder: " + dir.resolve(HEADER) + " is not an object");
        }
        ObjectNode out = (ObjectNode) header;
        for (String array : ARRAYS) {
            ArrayNode records = out.putArray(array);
            Path sub = dir.resolve(array);
            if (!Files.isDirectory(sub)) {
                throw new IOException("not a casefile JSON Lines folder: " + sub + " is missing");
            }
            List<Path> parts;
            try (Stream<Path> s = Files.list(sub)) {
                parts = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
            for (Path part : parts) {
                try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            records.add(mapper.readTree(line));
                        }
                    }
                }
            }
        }
        return out;
    }
}
