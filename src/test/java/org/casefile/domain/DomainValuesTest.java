package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Precision.of("half-year")).contains(Precision.HALF_YEAR);
        assertThat(Precision.of("fortnight")).isEmpty();
        assertThat(Stance.DENIAL.json()).isEqualTo("denial");
        assertThat(ParticipantRole.of("patient")).contains(ParticipantRole.PATIENT);
        assertThat(ParticipantRole.of("bystander")).isEqualTo(Optional.empty());
        assertThat(Precision.HALF_YEAR + "/" + Stance.ALLEGATION + "/" + ParticipantRole.AGENT).isEqualTo("half-year/allegation/agent");
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
