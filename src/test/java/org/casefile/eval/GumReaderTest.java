package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GumReaderTest {
    private static final String TEXT = "Storm hits Oslo\n"
            + "Friday, January 3, 2020\n"
            + "Mayor Ann Berg can't leave city hall this week.\n"
            + "She left at 6am.";
    private static GoldDocument doc;

    @BeforeAll
    static void read() throws IOException {
        List<GoldDocument> docs = new GumReader().readFolder(TestData.resource("gum/xml"));
        assertThat(docs).hasSize(1);
        doc = docs.get(0);
    }

    @Test
    void textKeepsTheOriginalSpacingFromConllu() {
        assertThat(doc.id()).isEqualTo("GUM_test_storm");
        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(doc.tokens()).hasSize(26);
        assertThat(doc.tokens().get(12)).isEqualTo(new GoldToken("13", 2, 55, 57, "ca"));
        assertThat(doc.tokens().get(13)).isEqualTo(new GoldToken("14", 2, 57, 60, "n't"));
    }

    @Test
    void metadataDateIsTheCreationDateAndTheDatelineIsExposed() {
        assertThat(doc.creationDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(doc.creationDateOrigin()).isEqualTo(GoldDocument.DateOrigin.METADATA);
        assertThat(doc.datelineDate()).isEqualTo(LocalDate.of(2020, 1, 3));
    }

    @Test
    void datesAndTimesBecomeTimexes() {
        assertThat(doc.timexes()).containsExactly(
                new GoldTimex(new Span(16, 39, "DATE"), "2020-01-03", null, false),
                new GoldTimex(new Span(77, 86, "DATE"), null, "2019-12-30/2020-01-03", false),
                new GoldTimex(new Span(100, 103, "TIME"), "06:00:00", null, false));
        assertThat(doc.timexes()).extracting(t -> doc.textOf(t.span()))
                .containsExactly("Friday, January 3, 2020", "this week", "6am");
    }

    @Test
    void entitiesComeFromConlluWithMappedTypes() {
        assertThat(doc.entities()).extracting(e -> doc.textOf(e.span()))
                .containsExactly("Storm", "Oslo", "Friday, January 3, 2020", "Mayor Ann Berg",
                        "city hall", "this week", "She");
        assertThat(doc.entities()).extracting(GoldEntity::type)
                .containsExactly("EVENT", "LOC", "TIME", "PER", "LOC", "TIME", "PER");
        assertThat(doc.scoredEntities()).containsExactly(
                new GoldEntity(new Span(11, 15, "LOC"), "NAM", true, "Oslo"),
                new GoldEntity(new Span(40, 54, "PER"), "NAM", true, "Ann Berg"),
                new GoldEntity(new Span(67, 76, "LOC"), "", false, null),
                new GoldEntity(new Span(88, 91, "PER"), "", false, null));
        assertThat(doc.events()).isEmpty();
        assertThat(doc.participants()).isEmpty();
    }

    @Test
    void withoutConlluTokensAreJoinedBySpacesAndThereAreNoEntities() throws IOException {
        GoldDocument bare = new GumReader()
                .read(TestData.resource("gum/xml/GUM_test_storm.xml"), null);
        assertThat(bare.text()).isEqualTo("Storm hits Oslo\n"
                + "Friday , January 3 , 2020\n"
                + "Mayor Ann Berg ca n't leave city hall this week .\n"
                + "She left at 6 am .");
        assertThat(bare.entities()).isEmpty();
        assertThat(bare.timexes()).hasSize(3);
    }

    @Test
    void mismatchedTokenCountsAreAnError(@TempDir Path dir) throws IOException {
        Path conllu = dir.resolve("short.conllu");
        Files.writeString(conllu, "# text = Storm\n1\tStorm\tstorm\tNOUN\tNN\t_\t0\troot\t_\t_\n");
        assertThatThrownBy(() -> new GumReader()
                .read(TestData.resource("gum/xml/GUM_test_storm.xml"), conllu))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("has 1 words but");
    }
}
