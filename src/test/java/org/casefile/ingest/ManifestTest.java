package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid manifest is read with its warnings; its rows are found by file. */
class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void unknownColumnsAreWarningsAndTheRowsAreRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Brenna Quillfeather spoke.\n");
        Files.writeString(dir.resolve("b.txt"), "Brenna Quillfeather left.\n");
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

    @Test
    void aRowWithMoreValuesThanColumnsIsAnError() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Brenna Quillfeather spoke.\n");
        Files.writeString(dir.resolve("b.txt"), "Brenna Quillfeather left.\n");
        Path csv = Files.writeString(dir.resolve("list.csv"), "path,published,title\na.txt,2020-02-29,Quillfeather, in court\n"
                + "b.txt,2020-03-01,Quillfeather leaves,,\n"); // empty values past the columns: a spreadsheet's trailing commas
        try {
            Manifest.read(csv);
            org.assertj.core.api.Assertions.fail("no error");
        } catch (Manifest.Invalid e) {
            assertThat(e.problems()).containsExactly(csv + " line 2: 4 values where the header row has 3 columns"
                    + " (a comma in a value that is not quoted?)");
        }
    }

    @Test
    void aTitleCommaThatShiftsTheValuesIntoTheUrlIsAnErrorThoughTheExtraValuesAreEmpty() throws IOException {
        Files.writeString(dir.resolve("c.txt"), "Brenna Quillfeather returned.\n");
        Files.writeString(dir.resolve("d.txt"), "Brenna Quillfeather stayed.\n");
        Path csv = Files.writeString(dir.resolve("list.csv"), "path,published,title,url,source\n"
                + "c.txt,2021-04-22,Quillfeather, back in court,,\n"
                + "d.txt,2021-04-23,Quillfeather stays,https://example.org/quillfeather-stays,\n");
        try {
            Manifest.read(csv);
            org.assertj.core.api.Assertions.fail("no error");
        } catch (Manifest.Invalid e) {
            assertThat(e.problems()).containsExactly(csv + " line 2: 'url' is no address: 'back in court'"
                    + " (a comma in a value that is not quoted?)");
        }
    }

    @Test
    void manifestsOfTwoFoldersAreReadAsOneAndAFileListedByBothIsAnError() throws IOException {
        Path east = Files.createDirectories(dir.resolve("east"));
        Files.writeString(east.resolve("a.txt"), "Brenna Quillfeather spoke.\n");
        Files.writeString(dir.resolve("b.txt"), "Brenna Quillfeather left.\n");
        Path top = Files.writeString(dir.resolve("manifest.csv"), "path,published\nb.txt,2019-05-01\n");
        Path inner = Files.writeString(east.resolve("manifest.csv"), "path,published\na.txt,2019-06-01\n");

        Manifest m = Manifest.readAll(List.of(top, inner));

        assertThat(m.entryFor(east.resolve("a.txt")).map(Manifest.Entry::published)).contains(LocalDate.of(2019, 6, 1));
        assertThat(m.entryFor(dir.resolve("b.txt")).map(Manifest.Entry::published)).contains(LocalDate.of(2019, 5, 1));
        assertThat(m.isManifestFile(top)).isTrue();
        assertThat(m.isManifestFile(inner)).isTrue();

        Files.writeString(top, "path,published\nb.txt,2019-05-01\neast/a.txt,2019-06-02\n");
        try {
            Manifest.readAll(List.of(top, inner));
            org.assertj.core.api.Assertions.fail("no error");
        } catch (Manifest.Invalid e) {
            assertThat(e.problems()).containsExactly(inner + ": " + east.resolve("a.txt") + " is listed by " + top + " too");
        }
    }
}
