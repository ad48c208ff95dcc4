package org.casefile.output.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.casefile.output.model.CaseModel;

/**
 * JSON Lines (one JSON value per line, UTF-8, {@code \n}-terminated; https://jsonlines.org): one
 * record per document, entity, date, event and claim, in that order, each the contract's object
 * with {@code "kind"} ({@code document}, {@code entity}, {@code date}, {@code event}, {@code claim})
 * put first; a claim's own {@code kind} (quote or reported) becomes {@code claimKind}. No header
 * line: the line count is the number of records.
 */
public final class JsonlExporter implements Exporter {
    private final boolean copyText;

    /** @param copyText keep each document's {@code text} (when the case has it) */
    public JsonlExporter(boolean copyText) {
        this.copyText = copyText;
    }

    @Override
    public void write(CaseModel c, OutputStream out) throws IOException {
        for (CaseModel.Document d : c.documents()) {
            ObjectNode record = record("document", d);
            if (!copyText) {
                record.remove("text");
            }
            Json.writeLine(out, record);
        }
        writeAll(out, "entity", c.entities());
        writeAll(out, "date", c.dates());
        writeAll(out, "event", c.events());
        writeAll(out, "claim", c.claims());
    }

    private static void writeAll(OutputStream out, String kind, List<?> values) throws IOException {
        for (Object v : values) {
            Json.writeLine(out, record(kind, v));
        }
    }

    private static ObjectNode record(String kind, Object value) {
        ObjectNode fields = Json.mapper().valueToTree(value);
        ObjectNode record = Json.object().put("kind", kind);
        fields.properties().forEach(f -> record.set(f.getKey().equals("kind") ? kind + "Kind" : f.getKey(),
                f.getValue()));
        return record;
    }
}
