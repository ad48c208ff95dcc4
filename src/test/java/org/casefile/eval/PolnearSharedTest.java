package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casefile.ingest.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PolNeAR reader on the real dev split in the shared folder (system property
 * {@code casefile.shared}, else {@code ../shared}); skipped when it is absent.
 */
class PolnearSharedTest {
    private static Path polnear;
    private static List<AttributionDocument> dev;

    @BeforeAll
    static void read() throws IOException {
        Path shared = Path.of(System.getProperty("casefile.shared", "../shared"));
        polnear = shared.resolve("corpus/news-annotated/polnear");
        if (Files.isRegularFile(polnear.resolve("metadata.tsv"))) {
            dev = new PolnearReader().readSplit(polnear, "dev", 0);
        }
    }

    @BeforeEach
    void requireCorpus() {
        assumeTrue(dev != null, "PolNeAR not present: " + polnear);
    }

    private static long count(java.util.function.Predicate<GoldAttribution> p) {
        return dev.stream().flatMap(d -> d.attributions().stream()).filter(p).count();
    }

    @Test
    void devSplitCounts() {
        assertThat(dev).hasSize(84);
        assertThat(dev).allSatisfy(d -> assertThat(d.published()).isBetween(LocalDate.of(2015, 1, 1),
                LocalDate.of(2016, 12, 31)));
        assertThat(count(a -> true)).isEqualTo(2192);
        assertThat(count(a -> a.source() != null)).isEqualTo(2066);
        assertThat(count(a -> a.content().pieces().size() > 1)).isEqualTo(301);
        assertThat(dev.stream().mapToLong(d -> d.attributions().stream()
                .filter(a -> a.directQuote(d.text())).count()).sum()).isEqualTo(361);
        assertThat(dev.stream().mapToLong(d -> d.attributions().stream()
                .filter(a -> AttributionScorer.nameHead(a.source(), d.text()) != null).count()).sum())
                .isEqualTo(1065);
    }

    @Test
    void firstListedAnnotatorAndOffsetsInsideTheText() {
        AttributionDocument two = dev.stream().filter(d -> d.id().startsWith("politico_2016-09-08_flynn"))
                .findFirst().orElseThrow();
        assertThat(two.annotator()).isEqualTo("4b22");
        assertThat(dev).allSatisfy(d -> assertThat(d.attributions()).allSatisfy(a -> {
            assertThat(a.content().range().end()).isLessThanOrEqualTo(d.text().length());
            assertThat(a.content().text()).isNotBlank();
        }));
    }

    @Test
    void normalisedTextsAlignWithTheStoredOnes() {
        // casefile reads each article as production ingest gives it and its spans map back
        List<String> unaligned = dev.stream()
                .filter(d -> NormalizedText.alignment(d.text(), TextNormalizer.normalize(d.text())) == null)
                .map(AttributionDocument::id).toList();
        // two articles hold decomposed characters that NFC composes: they are read as stored
        assertThat(unaligned).hasSize(2);
    }
}
