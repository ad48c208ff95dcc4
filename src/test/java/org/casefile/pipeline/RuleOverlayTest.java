package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.extract.NameKey;
import org.casefile.extract.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case overlay adds its lines to the general rules of one run and leaves models/ as it is. */
class RuleOverlayTest {

    @Test
    void anOverlayAddsItsLinesAndItsListsToACopyOfTheModels(@TempDir Path tmp) throws Exception {
        Path models = Files.createDirectories(tmp.resolve("models/regexner"));
        Files.writeString(models.resolve("30-places.txt"), "# places\nQuellmoor\tCITY\tO,LOCATION\t2\n");
        Files.writeString(tmp.resolve("models/aliases.txt"), "# aliases\nRepublic of Veskaria\tVeskaria");
        Path overlay = Files.createDirectories(tmp.resolve("case-rules/regexner"));
        Files.writeString(overlay.resolve("30-places.txt"), "Dunraith\tCITY\tO,LOCATION\t2\n");
        Files.writeString(overlay.resolve("60-case.txt"), "Harrow Mill Works\tORGANIZATION\tO\t2\n");
        Files.writeString(tmp.resolve("case-rules/aliases.txt"), "Dunraith\tDunrath\n");

        Path merged = RuleOverlay.merge(tmp.resolve("models"), List.of(tmp.resolve("case-rules")));

        assertThat(merged).isNotEqualTo(tmp.resolve("models"));
        assertThat(Files.readAllLines(merged.resolve("regexner/30-places.txt"))).containsExactly(
                "# places", "Quellmoor\tCITY\tO,LOCATION\t2", "# added by the overlay case-rules", "Dunraith\tCITY\tO,LOCATION\t2");
        assertThat(Files.readAllLines(merged.resolve("regexner/60-case.txt"))).containsExactly("Harrow Mill Works\tORGANIZATION\tO\t2");
        assertThat(Files.readAllLines(merged.resolve("aliases.txt"))).containsExactly(
                "# aliases", "Republic of Veskaria\tVeskaria", "# added by the overlay case-rules", "Dunraith\tDunrath");
        // the defaults are untouched
        assertThat(Files.readString(models.resolve("30-places.txt"))).isEqualTo("# places\nQuellmoor\tCITY\tO,LOCATION\t2\n");
        assertThat(Files.exists(models.resolve("60-case.txt"))).isFalse();
    }

    @Test
    void withoutOverlaysTheModelsFolderIsUsedAsItIs(@TempDir Path tmp) throws Exception {
        assertThat(RuleOverlay.merge(tmp, List.of())).isEqualTo(tmp);
    }

    @Test
    void theShippedRulesKnowNoneOfTheSampleCasesOwnNames() throws Exception {
        // the sample corpus's places and organisations live in its overlay, not in the defaults
        Rules shipped = Rules.load(Path.of("models"));
        Rules withCase = Rules.load(RuleOverlay.merge(Path.of("models"), List.of(Path.of("overlays", "sample-corpus"))));
        List<String> overlayOnly = Files.readAllLines(Path.of("overlays", "sample-corpus", "aliases.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1]).toList();
        assertThat(overlayOnly).isNotEmpty();
        for (String alias : overlayOnly) {
            assertThat(shipped.aliasToCanonical()).as(alias).doesNotContainKey(NameKey.of(alias));
            assertThat(withCase.aliasToCanonical()).as(alias).containsKey(NameKey.of(alias));
        }
        for (String list : List.of("regexner/10-organizations.txt", "regexner/30-places.txt")) {
            String defaults = Files.readString(Path.of("models").resolve(list));
            for (String line : Files.readAllLines(Path.of("overlays", "sample-corpus").resolve(list))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    assertThat(defaults).as(list).doesNotContain(line.split("\t")[0] + "\t");
                }
            }
        }
    }
}
