package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared domain values, and the package rules that keep them usable without the models. */
class DomainValuesTest {
    private static final Path MAIN = Path.of("src/main/java/org/casefile");

    @Test
    void entityTypesOfTags() {
        assertThat(EntityType.ofTag("CITY")).contains(EntityType.LOCATION);
        assertThat(EntityType.ofTag("PERSON")).contains(EntityType.PERSON);
        assertThat(EntityType.ofTag("O")).isEmpty();
        assertThat(EntityType.ofTag("DATE")).isEmpty();
        assertThat(EntityType.ofTag(null)).isEmpty();
        assertThat(EntityType.ofTag("COUNTRY")).contains(EntityType.LOCATION);
        assertThat(EntityType.ofTag("DURATION")).isEmpty();
        assertThat(EntityType.TITLE.isAttribute()).isTrue();
        assertThat(EntityType.PERSON.isAttribute()).isFalse();
        assertThat(PlaceType.ofTag("COUNTRY")).contains(PlaceType.COUNTRY);
        assertThat(PlaceType.ofTag("LOCATION")).isEmpty();
    }

    @Test
    void dateRangesAndPrecisions() {
        assertThat(DateRange.of("2018")).contains(
                new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), Precision.YEAR));
        assertThat(DateRange.of("2019-H2")).contains(
                new DateRange(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31), Precision.HALF_YEAR));
        assertThat(DateRange.of("2018-08-15T10:00").map(DateRange::precision)).contains(Precision.TIME);
        assertThat(DateRange.of("P3D")).isEmpty();
        assertThat(DateRange.of("2018-02-30")).isEmpty();
        assertThat(DateRange.of("2018").get().compatibleWith(DateRange.of("2018-08-15").get())).isTrue();
        assertThat(DateRange.of("2018-07").get().compatibleWith(DateRange.of("2018-08-15").get())).isFalse();
        assertThat(Precision.HALF_YEAR.json()).isEqualTo("half-year");
        assertThat(ContractValue.find(Precision.class, "half-year")).contains(Precision.HALF_YEAR);
        assertThat(ContractValue.find(Precision.class, "fortnight")).isEmpty();
        assertThat(ContractValue.find(Precision.class, "HALF_YEAR")).isEmpty();
        assertThat(ContractValue.find(Precision.class, null)).isEmpty();
        assertThat(Stance.DENIAL.json()).isEqualTo("denial");
        assertThat(ContractValue.parse(ParticipantRole.class, "patient")).isEqualTo(ParticipantRole.PATIENT);
        assertThat(ContractValue.find(ParticipantRole.class, "bystander")).isEqualTo(Optional.empty());
        assertThat(Precision.HALF_YEAR + "/" + Stance.ALLEGATION + "/" + ParticipantRole.AGENT).isEqualTo("half-year/allegation/agent");
    }

    @Test
    void contractValuesParseTheirJsonSpellingOnlyAndSayWhatTheyAccept() {
        assertThat(ContractValue.parse(DateDerivation.class, "publication-date")).isEqualTo(DateDerivation.PUBLICATION_DATE);
        assertThatThrownBy(() -> ContractValue.parse(Precision.class, "fortnight"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown precision \"fortnight\" (expected one of: time, day, weekend, week, month, quarter, "
                        + "season, half-year, year, decade, century)");
        assertThatThrownBy(() -> ContractValue.parse(ParticipantRole.class, "AGENT"))
                .hasMessage("unknown participant role \"AGENT\" (expected one of: agent, patient, other)");
        assertThatThrownBy(() -> ContractValue.parse(Stance.class, null))
                .hasMessage("unknown stance null (expected one of: allegation, finding, denial, statement)");
    }

    @Test
    void eventAndClaimValuesAreSpelledAsTheContractDoes() {
        assertThat(EventType.EXTRADITION_REQUEST + "/" + EventType.ARREST_WARRANT.json()).isEqualTo("extradition request/arrest warrant");
        assertThat(ContractValue.parse(EventType.class, "arrest warrant")).isEqualTo(EventType.ARREST_WARRANT);
        assertThat(ContractValue.find(EventType.class, "arrest-warrant")).isEmpty();
        assertThat(EventType.EXTRADITION_REQUEST.isRequest()).isTrue();
        assertThat(EventType.ARREST_WARRANT.isRequest()).isFalse();
        assertThat(Polarity.NEGATIVE + "/" + Modality.HYPOTHETICAL + "/" + ClaimKind.REPORTED).isEqualTo("negative/hypothetical/reported");
        assertThat(TimexType.DURATION + "/" + TimexType.SET.json()).isEqualTo("DURATION/SET");
        assertThat(ContractValue.parse(TimexType.class, "TIME")).isEqualTo(TimexType.TIME);
        assertThatThrownBy(() -> ContractValue.parse(TimexType.class, "date"))
                .hasMessage("unknown timex type \"date\" (expected one of: DATE, TIME, DURATION, SET)");
        assertThatThrownBy(() -> ContractValue.parse(ClaimKind.class, "paraphrase"))
                .hasMessage("unknown claim kind \"paraphrase\" (expected one of: quote, reported)");
    }

    /** Jackson writes and reads each value by its contract spelling, and refuses any other word. */
    record Sample(Precision precision, DateDerivation derivation, Stance stance, ParticipantRole role, EventType type,
            Polarity polarity, Modality modality, ClaimKind kind, TimexType timex) {
    }

    @Test
    void jacksonWritesAndReadsTheContractSpelling() throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Sample sample = new Sample(Precision.HALF_YEAR, DateDerivation.PUBLICATION_DATE, Stance.DENIAL, ParticipantRole.AGENT,
                EventType.EXTRADITION_REQUEST, Polarity.NEGATIVE, Modality.PLANNED, ClaimKind.QUOTE, TimexType.DURATION);
        String json = mapper.writeValueAsString(sample);
        assertThat(json).isEqualTo("{\"precision\":\"half-year\",\"derivation\":\"publication-date\","
                + "\"stance\":\"denial\",\"role\":\"agent\",\"type\":\"extradition request\",\"polarity\":\"negative\","
                + "\"modality\":\"planned\",\"kind\":\"quote\",\"timex\":\"DURATION\"}");
        assertThat(mapper.readValue(json, Sample.class)).isEqualTo(sample);
        assertThatThrownBy(() -> mapper.readValue("{\"precision\":\"HALF_YEAR\"}", Sample.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class)
                .hasMessageStartingWith("Cannot deserialize value of type `org.casefile.domain.Precision` from String "
                        + "\"HALF_YEAR\": not one of the values accepted for Enum class: [")
                .hasMessageContaining(" half-year,"); // Jackson lists the accepted words in no fixed order
    }

    @Test
    void theDomainPackageNeedsNoOtherStageAndNoLanguageLibrary() {
        assertThat(importsOf("domain")).noneMatch(i -> i.startsWith("org.casefile.") || i.startsWith("edu.stanford."));
    }

    @Test
    void extractionCallsNoCoreNlpHelperAndTheTimelineNoLanguageLayerType() {
        assertThat(importsOf("extract")).doesNotContain("org.casefile.nlp.CoreNlpAnnotator")
                .noneMatch(i -> i.startsWith("edu.stanford."));
        assertThat(importsOf("timeline")).noneMatch(i -> i.startsWith("org.casefile.nlp."));
    }

    @Test
    void noStageNamesAStageAboveIt() {
        // ingest -> nlp -> extract -> timeline -> output; domain below them all (imports and qualified names)
        List<String> order = List.of("domain", "ingest", "nlp", "extract", "timeline", "output");
        for (int i = 0; i < order.size(); i++) {
            List<String> above = order.subList(i + 1, order.size());
            assertThat(stagesNamedIn(order.get(i))).as("stages %s names", order.get(i))
                    .noneMatch(above::contains).doesNotContain("pipeline", "cli", "eval");
        }
    }

    /** The org.casefile packages a stage's sources (its sub-packages too) name, itself left out. */
    private static java.util.Set<String> stagesNamedIn(String pkg) {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("org\\.casefile\\.([a-z]+)\\.");
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            java.util.Set<String> out = new java.util.TreeSet<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = named.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
            out.remove(pkg);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> importsOf(String pkg) {
        try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(l -> l.startsWith("import ")).map(l -> l.replaceFirst("import (static )?", "").replace(";", "").strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
