package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid manifest is read with its warnings; its rows are found by file. */
class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void unknownColumnsAreWarningsAndTheRowsAreRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Brenna Coll spoke.\n");
        Files.writeString(dir.resolve("b.txt"), "Brenna Coll left.\n");
        Path csv = Files.writeString(dir.resolve("list.csv"),
                "\uFEFFPath,Published,publisher,title\r\na.txt,2020-02-29,Harbour Gazette,\"A, B\"\r\n\r\nb.txt,,,\r\n");

        Manifest m = Manifest.read(csv);

        assertThat(m.warnings()).containsExactly(csv + " line 1: unknown column 'publisher' is ignored "
                + "(known: path, published, title, url, source)");
        assertThat(m.entryFor(dir.resolve("a.txt"))).contains(
                new Manifest.Entry("a.txt", LocalDate.of(2020, 2, 29), "A, B", null, null));
        assertThat(m.entryFor(dir.resolve("b.txt"))).contains(new Manifest.Entry("b.txt", null, null, null, null));
        assertThat(m.entryFor(dir.resolve("c.txt"))).isEmpty();
        assertThat(m.isManifestFile(csv)).isTrue();
    }

    @Test
    void aHeaderWithAnUnclosedQuoteIsAnError() throws IOException {
        Path csv = Files.writeString(dir.resolve("list.csv"), "path,\"title\n");
        try {
            Manifest.read(csv);
            org.assertj.core.api.Assertions.fail("no error");
        } catch (Manifest.Invalid e) {
            assertThat(e.problems()).containsExactly(csv + " line 1: the header row is not valid: a quoted value is not closed");
        }
    }
}
