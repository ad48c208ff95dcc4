package org.casefile.output.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.apache.commons.csv.CSVPrinter;
import org.casefile.output.OutputFiles;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;

/**
 * A folder of RFC 4180 CSV files (UTF-8, CRLF, header row, quoted where needed): one row per
 * document, entity, entity mention, date, event, claim and citation. {@code citations.csv} holds
 * the passages of dates, events (and their date conflicts) and claims, keyed by {@code kind} and
 * {@code id}; entity mentions are in {@code mentions.csv}. Multi-valued cells are joined with
 * {@code "; "}. A text cell that a spreadsheet could run as a formula gets a leading single quote
 * ({@link #neutralise}).
 */
public final class CsvExporter {
    /** Column headers, by file (new columns go at the end: ingest.OwnOutputs knows the tables by these heads). */
    public static final List<String> DOCUMENTS = List.of("id", "path", "sha256", "mediaType", "title", "url",
            "published", "publishedFrom", "pages", "chars", "ocr", "status", "error", "duplicateOf", "parent");
    public static final List<String> ENTITIES = List.of("id", "type", "subtype", "name", "aliases", "mentions",
            "documents");
    public static final List<String> MENTIONS = List.of("entity", "name", "document", "start", "end", "page", "text",
            "title");
    public static final List<String> DATES = List.of("id", "type", "value", "text", "anchored", "document", "start",
            "end", "page");
    public static final List<String> EVENTS = List.of("id", "type", "summary", "dateValue", "dateText", "dateBegin",
            "dateEnd", "datePrecision", "dateAnchored", "dateDerivation", "participants", "participantIds",
            "location", "locationId", "sources", "citations", "conflicts", "polarity", "modality");
    public static final List<String> CLAIMS = List.of("id", "speaker", "speakerName", "text", "kind", "stance",
            "documents", "polarity");
    public static final List<String> CITATIONS = List.of("kind", "id", "conflictDate", "document", "start", "end",
            "page", "text");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    /**
     * Writes the CSV files into {@code folder} (created if needed; existing files of the same
     * names replaced, each one atomically).
     */
    public void write(CaseModel c, Path folder) throws IOException {
        Files.createDirectories(folder);
        CaseIndex index = new CaseIndex(c);
        csv(folder, "documents.csv", DOCUMENTS, p -> {
            for (CaseModel.Document d : c.documents()) {
                p.printRecord(d.id(), d.path(), d.sha256(), d.mediaType(), d.title(), d.url(), d.published(),
                        d.publishedFrom(), d.pages(), d.chars(), d.ocr(), d.status(), d.error(), d.duplicateOf(),
                        d.parent());
            }
        });
        csv(folder, "entities.csv", ENTITIES, p -> {
            for (CaseModel.Entity e : c.entities()) {
                p.printRecord(e.id(), e.type(), e.subtype(), e.name(), join(e.aliases()), e.mentions().size(),
                        join(e.mentions().stream().map(Citation::document).distinct().toList()));
            }
        });
        csv(folder, "mentions.csv", MENTIONS, m -> {
            for (CaseModel.Entity e : c.entities()) {
                for (Citation x : e.mentions()) {
                    m.printRecord(e.id(), e.name(), x.document(), x.start(), x.end(), x.page(), x.text(), x.title());
                }
            }
        });
        csv(folder, "dates.csv", DATES, p -> {
            for (CaseModel.DateFact d : c.dates()) {
                Citation x = d.citation();
                p.printRecord(d.id(), d.type(), d.value(), d.text(), d.anchored(), x == null ? null : x.document(),
                        x == null ? null : x.start(), x == null ? null : x.end(), x == null ? null : x.page());
            }
        });
        csv(folder, "events.csv", EVENTS, p -> {
            for (CaseModel.Event e : c.events()) {
                CaseModel.EventDate d = e.date();
                p.printRecord(e.id(), e.type(), e.summary(), d.value(), d.text(), d.begin(), d.end(), d.precision(),
                        d.anchored(), d.derivation(),
                        join(e.participants().stream().map(x -> index.entityName(x.entity()) + " (" + x.role() + ")")
                                .toList()),
                        join(e.participants().stream().map(CaseModel.Participant::entity).toList()),
                        e.location() == null ? null : index.entityName(e.location()), e.location(), e.sources(),
                        e.citations().size(), e.conflicts().size(),
                        e.polarity() == null ? Polarity.POSITIVE.json() : e.polarity().json(),
                        e.modality() == null ? Modality.ASSERTED.json() : e.modality().json());
            }
        });
        csv(folder, "claims.csv", CLAIMS, p -> {
            for (CaseModel.Claim cl : c.claims()) {
                p.printRecord(cl.id(), cl.speaker(), cl.speakerName(), cl.text(), cl.kind(), cl.stance(),
                        join(cl.citations().stream().map(Citation::document).distinct().toList()),
                        cl.polarity() == null ? Polarity.POSITIVE.json() : cl.polarity().json());
            }
        });
        csv(folder, "citations.csv", CITATIONS, p -> {
            for (CaseModel.DateFact d : c.dates()) {
                if (d.citation() != null) {
                    citation(p, "date", d.id(), null, d.citation());
                }
            }
            for (CaseModel.Event e : c.events()) {
                for (Citation x : e.citations()) {
                    citation(p, "event", e.id(), null, x);
                }
                for (CaseModel.Conflict k : e.conflicts()) {
                    for (Citation x : k.citations()) {
                        citation(p, "event", e.id(), k.date().value(), x);
                    }
                }
            }
            for (CaseModel.Claim cl : c.claims()) {
                for (Citation x : cl.citations()) {
                    citation(p, "claim", cl.id(), null, x);
                }
            }
        });
    }

    /** The rows of one CSV file. */
    @FunctionalInterface
    private interface Rows {
        void print(SafePrinter p) throws IOException;
    }

    /**
     * Prints records with every text cell that a spreadsheet could take for a formula (starting
     * with {@code = + - @}, a tab or a carriage return) prefixed with a single quote, the OWASP
     * advice against CSV injection. Numbers and booleans are printed as they are.
     */
    static final class SafePrinter {
        private final CSVPrinter printer;

        SafePrinter(CSVPrinter printer) {
            this.printer = printer;
        }

        void printRecord(Object... values) throws IOException {
            Object[] safe = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                safe[i] = values[i] instanceof Number || values[i] instanceof Boolean || values[i] == null
                        ? values[i] : neutralise(values[i].toString());
            }
            printer.printRecord(safe);
        }
    }

    /** {@code value} with a leading single quote when a spreadsheet could run it as a formula. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    private static void csv(Path folder, String name, List<String> header, Rows rows) throws IOException {
        OutputFiles.write(folder.resolve(name), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
            rows.print(new SafePrinter(p));
            p.flush();
        });
    }

    private static void citation(SafePrinter p, String kind, String id, String conflictDate, Citation x)
            throws IOException {
        p.printRecord(kind, id, conflictDate, x.document(), x.start(), x.end(), x.page(), x.text());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining("; "));
    }
}
