package org.casefile.output.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EntityType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.PlaceType;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.domain.Stance;
import org.casefile.domain.TimexType;
import org.casefile.output.CaseJsonLines;

/**
 * A case JSON file (contract version 1, {@code schema/casefile-v1.schema.json}) as read by the
 * exporters. It mirrors the contract field for field, independently of the pipeline's records, so
 * {@code casefile export} works on any contract-v1 file. Dates are ISO strings as in the file;
 * the contract's closed vocabularies are the domain's enums (entity type, place type, date type,
 * polarity, modality, participant role, precision, date derivation, claim kind and stance), read
 * by their JSON spelling: a word outside one is an error. An event's {@code type} stays a string:
 * the contract leaves it open (any word; this tool writes a {@code domain.EventType}).
 * Fields added by later 1.x versions are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseModel(String schemaVersion, Generator generator, String createdAt, List<Document> documents,
        List<Entity> entities, List<DateFact> dates, List<Event> events, List<Claim> claims) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CaseModel {
        documents = nonNull(documents);
        entities = nonNull(entities);
        dates = nonNull(dates);
        events = nonNull(events);
        claims = nonNull(claims);
    }

    /** Reads and checks a case JSON file, or a JSON Lines case folder ({@link CaseJsonLines}). */
    public static CaseModel read(Path file) throws IOException {
        if (CaseJsonLines.isCaseFolder(file)) {
            return of(CaseJsonLines.read(file));
        }
        // straight into the records, without a tree of the whole file first
        CaseModel model = null;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file));
                var parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                model = MAPPER.readValue(parser, CaseModel.class);
            }
        } catch (IOException e) {
            model = null; // not the contract's shape: the checks below say why
        }
        if (model != null && model.schemaVersion() != null && model.schemaVersion().matches("1\\.[0-9]+")) {
            return model;
        }
        try (var in = Files.newInputStream(file)) {
            return of(MAPPER.readTree(in));
        }
    }

    /** Reads a parsed case JSON; rejects other contract versions. */
    public static CaseModel of(JsonNode json) throws IOException {
        if (json == null || !json.isObject()) {
            throw new IOException("not a casefile case JSON (expected an object)");
        }
        String version = json.path("schemaVersion").asText("");
        if (!version.matches("1\\.[0-9]+")) {
            throw new IOException("not a casefile contract-v1 case JSON (schemaVersion \"" + version + "\")");
        }
        return MAPPER.treeToValue(json, CaseModel.class);
    }

    /** What produced the file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Generator(String name, String version, String corenlp, String tika) {
    }

    /** An input document; {@code text} is present only in files written with {@code --include-text}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String id, String path, String sha256, String mediaType, String title, String url,
            String published, String publishedFrom, Integer pages, int chars, boolean ocr, String status,
            String error, String duplicateOf, String parent,
            @JsonInclude(JsonInclude.Include.NON_NULL) String text) {
        @JsonIgnore
        public boolean isOk() {
            return "ok".equals(status);
        }

        @JsonIgnore
        public boolean isPdf() {
            return "application/pdf".equals(mediaType);
        }
    }

    /**
     * A passage: code points {@code [start, end)} of the document's text, and that text. An
     * entity's mention may carry the person's role there ({@code title}, since 1.1; null elsewhere
     * and left out of the JSON).
     */
    public record Citation(String document, int start, int end, Integer page, String text,
            @JsonInclude(JsonInclude.Include.NON_NULL) String title) {
        public Citation(String document, int start, int end, Integer page, String text) {
            this(document, start, end, page, text, null);
        }
    }

    /** A person, place, organisation or sum of money with every mention. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String id, EntityType type, PlaceType subtype, String name, List<String> aliases,
            List<Citation> mentions) {
        public Entity {
            aliases = nonNull(aliases);
            mentions = nonNull(mentions);
        }
    }

    /** A time expression with its TIMEX3 value. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateFact(String id, TimexType type, String value, String text, boolean anchored, Citation citation) {
    }

    /** When an event happened; {@code value} is null for undated events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EventDate(String value, String text, String begin, String end, Precision precision,
            boolean anchored, DateDerivation derivation) {
        @JsonIgnore
        public boolean isDated() {
            return value != null && begin != null;
        }
    }

    /** An entity taking part in an event. */
    public record Participant(String entity, ParticipantRole role) {
    }

    /** A date some sources give for an event, different from the event's date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conflict(EventDate date, List<Citation> citations) {
        public Conflict {
            citations = nonNull(citations);
        }
    }

    /**
     * Something that happened (or, when not {@link #isFact()}, that the sources deny or present as
     * possible, planned or as someone's word), with the passages that report it. {@code polarity}
     * and {@code modality} came with contract 1.1: absent (null) in a 1.0 file, which reads as
     * positive and asserted and is exported again without them. {@code lemma} (1.1) comes only with
     * type {@code other}: the word that reports the event.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String id, String type, @JsonInclude(JsonInclude.Include.NON_NULL) String lemma,
            @JsonInclude(JsonInclude.Include.NON_NULL) Polarity polarity,
            @JsonInclude(JsonInclude.Include.NON_NULL) Modality modality, String summary, EventDate date,
            List<Participant> participants, String location, int sources, List<Citation> citations,
            List<Conflict> conflicts, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> charges) {
        public Event {
            participants = nonNull(participants);
            citations = nonNull(citations);
            conflicts = nonNull(conflicts);
            charges = nonNull(charges);
        }

        /** The type as a reader sees it: with its lemma for type other ("other (open)"). */
        @JsonIgnore
        public String typeLabel() {
            return lemma == null || lemma.isBlank() ? type : type + " (" + lemma + ")";
        }

        /** Whether the sources tell it as having happened: positive and asserted. */
        @JsonIgnore
        public boolean isFact() {
            return (polarity == null || polarity == Polarity.POSITIVE) && (modality == null || modality == Modality.ASSERTED);
        }

        /**
         * How the sources tell an event that is no fact: "negated", "hypothetical", "planned",
         * "reported", or "negated, reported" ("denied killing"); null for a fact.
         */
        @JsonIgnore
        public String stanceLabel() {
            if (isFact()) {
                return null;
            }
            String m = modality == null || modality == Modality.ASSERTED ? null : modality.json();
            if (polarity == Polarity.NEGATIVE) {
                return m == null ? "negated" : "negated, " + m;
            }
            return m;
        }

        @JsonIgnore
        public boolean isDated() {
            return date != null && date.isDated();
        }
    }

    /**
     * Who said what, with its stance (allegation, finding, statement); {@code polarity} (since 1.1)
     * is negative when the speech is negated ("did not say that …"), null (absent) otherwise.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String id, String speaker, String speakerName, String text, ClaimKind kind, Stance stance,
            List<Citation> citations, @JsonInclude(JsonInclude.Include.NON_NULL) Polarity polarity) {
        public Claim {
            citations = nonNull(citations);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
