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
        assertThat(EntityType.coarseName("COUNTRY")).isEqualTo("LOCATION");
        assertThat(EntityType.coarseName("DURATION")).isEqualTo("DURATION");
        assertThat(EntityType.LOCATION.isTypeOf("STATE_OR_PROVINCE")).isTrue();
        assertThat(EntityType.PERSON.isTypeOf("ORGANIZATION")).isFalse();
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
