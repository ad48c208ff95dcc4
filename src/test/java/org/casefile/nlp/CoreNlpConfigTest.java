package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CoreNLP settings built from a models folder. */
class CoreNlpConfigTest {
    @Test
    void aListIsHandedToCoreNlpWithoutItsCommentsAndWithItsOptions(@TempDir Path models) throws IOException {
        Files.createDirectories(models.resolve("regexner"));
        Files.write(models.resolve("regexner/places.txt"), List.of("# options: ignorecase=true", "# a comment",
                "Velmora\tCITY\tO,LOCATION\t1", "", "Quillfield\tCITY\tO,LOCATION\t1"));
        Properties p = CoreNlpConfig.pipeline(models);
        assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,ner,regexner");
        String mapping = p.getProperty("regexner.mapping");
        assertThat(mapping).startsWith("ignorecase=true,");
        Path copy = Path.of(mapping.substring("ignorecase=true,".length()));
        assertThat(Files.readAllLines(copy)).containsExactly("Velmora\tCITY\tO,LOCATION\t1", "Quillfield\tCITY\tO,LOCATION\t1");
    }

    @Test
    void aPartOfSpeechConditionIsRefusedAtStartSinceTheListsRunBeforeTagging(@TempDir Path models) throws IOException {
        Files.createDirectories(models.resolve("regexner"));
        Files.write(models.resolve("regexner/titles.txt"), List.of("# options: validpospattern=^NN.*", "judge\tTITLE"));
        assertThatThrownBy(() -> CoreNlpConfig.pipeline(models))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("titles.txt: the validpospattern option is not supported"
                        + " (the lists are matched before part-of-speech tagging)");
    }

    @Test
    void aModelsFolderWithoutListsIsAnErrorAtStart(@TempDir Path models) {
        assertThatThrownBy(() -> CoreNlpConfig.pipeline(models))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no regexner lists (*.txt) in ");
    }
}
