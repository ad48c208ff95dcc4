package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeantimeReaderTest {
    private static final String TEXT = "March 3, 2010\n"
            + "Acme Corp hired Jane Doe (CEO) in Paris on Monday, \"it's final\".";
    private static List<GoldDocument> docs;
    private static GoldDocument acme;

    @BeforeAll
    static void read() throws IOException {
        docs = new MeantimeReader(TestData.resource("meantime/tml"))
                .readFolder(TestData.resource("meantime/cat"));
        acme = docs.get(0);
    }

    @Test
    void readsEveryFileInNameOrder() {
        assertThat(docs).extracting(GoldDocument::id).containsExactly("900001", "900002");
    }

    @Test
    void rebuildsNaturalTextOneLinePerSentence() {
        assertThat(acme.text()).isEqualTo(TEXT);
        assertThat(acme.tokens()).hasSize(23);
        assertThat(acme.tokens().get(0)).isEqualTo(new GoldToken("1", 0, 0, 5, "March"));
        assertThat(acme.tokens().get(17)).isEqualTo(new GoldToken("18", 1, 65, 66, "\""));
        assertThat(acme.tokens().get(19)).isEqualTo(new GoldToken("20", 1, 68, 70, "'s"));
        for (GoldToken t : acme.tokens()) {
            assertThat(acme.text().substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        assertThat(docs.get(1).text()).isEqualTo("Acme plant\nAcme opened a plant in 2010.");
    }

    @Test
    void entitiesAreTypedThroughTheirInstance() {
        assertThat(acme.entities()).containsExactly(
                new GoldEntity(new Span(14, 23, "ORG"), "NAM", true, "Acme Corp"),
                new GoldEntity(new Span(30, 38, "PER"), "NAM", true, "Jane Doe"),
                new GoldEntity(new Span(48, 53, "LOC"), null, true, "Paris"),
                new GoldEntity(new Span(66, 68, "PRO"), "", false, "the hiring"),
                new GoldEntity(new Span(30, 43, "PER"), "", false, "Jane Doe"));
        assertThat(acme.textOf(acme.entities().get(0).span())).isEqualTo("Acme Corp");
        assertThat(acme.textOf(acme.entities().get(2).span())).isEqualTo("Paris");
        // a discontinuous markable (t8 + t11) gets the covering span
        assertThat(acme.textOf(acme.entities().get(4).span())).isEqualTo("Jane Doe (CEO");
        assertThat(acme.scoredEntities()).hasSize(4);
    }

    @Test
    void mentionWithoutInstanceHasNoType() throws IOException {
        GoldDocument plant = docs.get(1);
        assertThat(plant.entities()).extracting(GoldEntity::type).containsExactly(null, "ORG");
        assertThat(plant.entities().get(0).named()).isTrue();
        assertThat(plant.scoredEntities()).hasSize(1);
    }

    @Test
    void anchoredTimexesOnlyWithTheCreationTimeFlagged() {
        assertThat(acme.timexes()).containsExactly(
                new GoldTimex(new Span(0, 13, "DATE"), "2010-03-03", null, true),
                new GoldTimex(new Span(57, 63, "DATE"), "2010-03-01", null, false));
        assertThat(acme.textOf(acme.timexes().get(0).span())).isEqualTo("March 3, 2010");
    }

    @Test
    void creationTimeFromCatWinsOverTimeMl() {
        assertThat(acme.creationDate()).isEqualTo(LocalDate.of(2010, 3, 3));
        assertThat(acme.creationDateOrigin()).isEqualTo(GoldDocument.DateOrigin.CAT);
        assertThat(acme.datelineDate()).isNull();
    }

    @Test
    void missingCreationTimeComesFromTimeMl() {
        GoldDocument plant = docs.get(1);
        assertThat(plant.creationDate()).isEqualTo(LocalDate.of(2011, 5, 6));
        assertThat(plant.creationDateOrigin()).isEqualTo(GoldDocument.DateOrigin.TIMEML);
    }

    @Test
    void missingCreationTimeWithoutTimeMlIsNone() throws IOException {
        GoldDocument plant = new MeantimeReader()
                .read(TestData.resource("meantime/cat/900002_Acme_plant.xml"));
        assertThat(plant.creationDate()).isNull();
        assertThat(plant.creationDateOrigin()).isEqualTo(GoldDocument.DateOrigin.NONE);
    }

    @Test
    void eventsAreClassedThroughTheirInstance() {
        assertThat(acme.events()).containsExactly(
                new GoldEvent(new Span(24, 29, "OTHER"), "hire", GoldFactuality.FACT),
                new GoldEvent(new Span(71, 76, null), "final", GoldFactuality.FACT));
    }

    @Test
    void participantsLinkEventToEntityMentionsAndSkipValues() {
        Span hired = new Span(24, 29, "OTHER");
        assertThat(acme.participants()).containsExactly(
                new GoldParticipant(hired, new Span(14, 23, "ORG"), "Arg0"),
                new GoldParticipant(hired, new Span(30, 38, "PER"), "Arg1"),
                new GoldParticipant(hired, new Span(48, 53, "LOC"), "Argm-LOC"));
    }

    @Test
    void spacingRule() {
        assertThat(TextBuilder.meantimeSpace("Airbus", ",")).isFalse();
        assertThat(TextBuilder.meantimeSpace("world", "'s")).isFalse();
        assertThat(TextBuilder.meantimeSpace("(", "EADS")).isFalse();
        assertThat(TextBuilder.meantimeSpace("EADS", ")")).isFalse();
        assertThat(TextBuilder.meantimeSpace("US$", "13")).isFalse();
        assertThat(TextBuilder.meantimeSpace("said", "``")).isTrue();
        assertThat(TextBuilder.meantimeSpace("''", "he")).isTrue();
        assertThat(TextBuilder.meantimeSpace("do", "n't")).isFalse();
    }

    @Test
    void nameHeuristicForMentionsWithoutSyntacticType() {
        assertThat(MeantimeReader.looksNamed(List.of("the", "Air", "Force"))).isTrue();
        assertThat(MeantimeReader.looksNamed(List.of("Singapore", "Changi", "Airport"))).isTrue();
        assertThat(MeantimeReader.looksNamed(List.of("It"))).isFalse();
        assertThat(MeantimeReader.looksNamed(List.of("a", "European", "company"))).isFalse();
        assertThat(MeantimeReader.looksNamed(List.of("the"))).isFalse();
    }
}
