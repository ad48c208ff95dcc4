package org.casefile.output.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

/** JSON helpers shared by the exporters: one mapper (never closes what it writes to) and node builders. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** Puts {@code value} unless it is null or blank. */
    static ObjectNode putIf(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
        return o;
    }

    /** Writes one compact JSON value and a newline. */
    static void writeLine(OutputStream out, Object value) throws IOException {
        out.write(MAPPER.writeValueAsBytes(value));
        out.write('\n');
    }

    /** Writes an indented JSON value and a newline. */
    static void writePretty(OutputStream out, Object value) throws IOException {
        out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        out.write('\n');
    }
}
