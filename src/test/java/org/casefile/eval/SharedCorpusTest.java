package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The readers on the real annotated news in the shared folder (system property
 * {@code casefile.shared}, else {@code ../shared}); skipped when it is absent.
 */
class SharedCorpusTest {
    private static Path news;
    private static Path timeml;
    private static List<GoldDocument> meantime;
    private static List<TimelineTarget> timelines;
    private static List<GoldDocument> gum;

    @BeforeAll
    static void read() throws IOException {
        Path shared = Path.of(System.getProperty("casefile.shared", "../shared"));
        news = shared.resolve("corpus/news-annotated");
        if (!Files.isDirectory(news)) {
            return;
        }
        Path corpus1 = news.resolve("semeval2015-timeline-corpus1/corpus_1");
        timeml = corpus1.resolve("corpus_trackA_TimeML");
        meantime = new MeantimeReader(timeml).readFolder(
                news.resolve("meantime-airbus/intra_cross-doc_annotation/corpus_airbus"));
        timelines = TimelineGoldReader.resolve(new TimelineGoldReader().readFolder(
                corpus1.resolve("TimeLines_Gold_Standard"),
                corpus1.resolve("list_target_entities_corpus_1.txt")), meantime);
        gum = new GumReader().readFolder(news.resolve("gum-subset/xml"));
    }

    /** Each test reports as skipped, not silently absent, when the corpus is missing. */
    @BeforeEach
    void requireCorpus() {
        assumeTrue(meantime != null, "shared corpus not present: " + news);
    }

    private static <T> Map<String, Long> countBy(Stream<T> items, Function<T, String> key) {
        return items.collect(Collectors.groupingBy(t -> Objects.toString(key.apply(t)),
                TreeMap::new, Collectors.counting()));
    }

    private static GoldDocument doc(List<GoldDocument> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void meantimeCounts() {
        assertThat(meantime).hasSize(30);
        assertThat(meantime.stream().mapToInt(d -> d.tokens().size()).sum()).isEqualTo(9909);
        assertThat(countBy(meantime.stream().flatMap(d -> d.entities().stream()),
                GoldEntity::type)).containsExactly(entry("FIN", 22L), entry("LOC", 105L),
                entry("ORG", 491L), entry("PER", 92L), entry("PRO", 333L), entry("null", 31L));
        assertThat(meantime.stream().mapToInt(d -> d.scoredEntities().size()).sum())
                .isEqualTo(688);
        assertThat(meantime.stream().flatMap(d -> d.scoredEntities().stream())
                .filter(GoldEntity::named).count()).isEqualTo(456);
        assertThat(countBy(meantime.stream().flatMap(d -> d.timexes().stream()),
                GoldTimex::type)).containsExactly(entry("DATE", 72L), entry("DURATION", 15L),
                entry("SET", 1L), entry("TIME", 4L));
        assertThat(meantime.stream().flatMap(d -> d.timexes().stream())
                .filter(GoldTimex::creationTime).count()).isEqualTo(28);
        assertThat(countBy(meantime.stream().flatMap(d -> d.events().stream()),
                GoldEvent::eventClass)).containsExactly(entry("GRAMMATICAL", 65L),
                entry("OTHER", 533L), entry("SPEECH_COGNITIVE", 101L), entry("null", 5L));
        assertThat(meantime.stream().mapToInt(d -> d.participants().size()).sum())
                .isEqualTo(589);
    }

    @Test
    void twoDocumentsTakeTheirCreationDateFromTimeMl() {
        assertThat(meantime.stream()
                .filter(d -> d.creationDateOrigin() == GoldDocument.DateOrigin.TIMEML)
                .collect(Collectors.toMap(GoldDocument::id, GoldDocument::creationDate)))
                .containsOnly(entry("78496", LocalDate.of(2007, 9, 1)),
                        entry("8951", LocalDate.of(2005, 4, 27)));
        assertThat(meantime.stream()
                .filter(d -> d.creationDateOrigin() == GoldDocument.DateOrigin.CAT)).hasSize(28);
        assertThat(doc(meantime, "3307").creationDate()).isEqualTo(LocalDate.of(2005, 1, 18));
    }

    @Test
    void oneMeantimeDocumentInDetail() {
        GoldDocument d = doc(meantime, "3307");
        assertThat(d.text()).startsWith("Airbus launches world's largest passenger plane\n"
                + "January 18, 2005\n"
                + "In a ceremony attended by several European political leaders and 5,000 VIP "
                + "guests, Airbus unveiled plans for the A380, a twin-deck aircraft");
        assertThat(countBy(d.entities().stream(), GoldEntity::type)).containsExactly(
                entry("ORG", 7L), entry("PER", 11L), entry("PRO", 19L));
        assertThat(d.timexes()).hasSize(1);
        assertThat(d.textOf(d.timexes().get(0).span())).isEqualTo("January 18, 2005");
        assertThat(d.timexes().get(0).value()).isEqualTo("2005-01-18");
        assertThat(d.events()).hasSize(23);
        assertThat(d.participants()).hasSize(20);
        assertThat(d.scoredEntities().stream().filter(GoldEntity::named)
                .map(e -> d.textOf(e.span()) + "/" + e.type()))
                .contains("Noel Forgeard/PER", "Airbus/ORG", "Boeing/ORG");
    }

    @Test
    void everyMeantimeSpanIsMadeOfWholeTokens() {
        int spans = 0;
        for (GoldDocument d : meantime) {
            List<Span> all = new ArrayList<>();
            d.entities().forEach(e -> all.add(e.span()));
            d.timexes().forEach(t -> all.add(t.span()));
            d.events().forEach(e -> all.add(e.span()));
            d.participants().forEach(p -> {
                all.add(p.event());
                all.add(p.entity());
            });
            for (Span s : all) {
                List<GoldToken> inside = d.tokens().stream()
                        .filter(t -> t.begin() >= s.begin() && t.end() <= s.end()).toList();
                assertThat(inside).isNotEmpty();
                assertThat(inside.get(0).begin()).isEqualTo(s.begin());
                assertThat(inside.get(inside.size() - 1).end()).isEqualTo(s.end());
                String joined = inside.stream().map(GoldToken::text).collect(Collectors.joining());
                assertThat(d.textOf(s).replaceAll("[ \n]", "")).isEqualTo(joined);
                spans++;
            }
        }
        assertThat(spans).isEqualTo(1074 + 92 + 704 + 2 * 589);
    }

    @Test
    void meantimeSentencesMatchTheTimeMlSentences() throws IOException {
        Pattern sentence = Pattern.compile("<s id=\"(\\d+)\">(.*?)</s>");
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (GoldDocument d : meantime) {
            Path tml;
            try (Stream<Path> s = Files.list(timeml)) {
                tml = s.filter(p -> p.getFileName().toString().startsWith(d.id() + "_"))
                        .findFirst().orElseThrow();
            }
            Matcher m = sentence.matcher(Files.readString(tml));
            while (m.find()) {
                String expected = m.group(2).replace("&amp;", "&").replace("``", "\"")
                        .replace("''", "\"");
                String ours = d.sentence(Integer.parseInt(m.group(1))).stream()
                        .map(GoldToken::text).collect(Collectors.joining(" "));
                compared++;
                if (!expected.equals(ours)) {
                    differing.add(d.id() + "-" + m.group(1));
                }
            }
        }
        assertThat(compared).isEqualTo(446);
        // CAT has "#" for "£", "€" where TimeML has "$", a "''I'" token and an &#232; escape
        assertThat(differing).containsExactly("102977-0", "102977-2", "1173-27", "61389-9",
                "71426-7", "71426-11");
    }

    @Test
    void timelineCounts() {
        assertThat(timelines).extracting(TimelineTarget::name).containsExactly("Airbus",
                "Airbus A380", "Boeing", "Boeing 777", "Boeing 787 Dreamliner",
                "China Eastern Airlines", "EADS", "Louis Gallois", "Northrop Grumman", "Ryanair",
                "Scott Carson", "Singapore Airlines", "United States Air Force");
        assertThat(timelines).extracting(t -> t.entries().size())
                .containsExactly(44, 51, 72, 8, 27, 4, 7, 5, 9, 13, 3, 10, 23);
        assertThat(timelines).extracting(t -> t.datedEntries().size())
                .containsExactly(27, 39, 42, 5, 15, 4, 4, 4, 5, 6, 3, 9, 7);
        assertThat(timelines.get(12).headerName()).isEqualTo("United States Air Froce");
        List<TimelineMention> mentions = timelines.stream().flatMap(t -> t.entries().stream())
                .flatMap(e -> e.mentions().stream()).toList();
        assertThat(mentions).hasSize(388);
        assertThat(mentions.stream().filter(m -> !m.resolved()).map(TimelineMention::raw))
                .containsExactly("1173-39-said");
        assertThat(mentions.stream().filter(m -> m.resolved() && !m.docId()
                .equals(m.resolvedDocId())).map(m -> m.raw() + ">" + m.resolvedDocId()))
                .containsExactlyInAnyOrder("629292-7-travelling>62929", "738080-0-unveils>73808",
                        "7142614-14-takeover>71426", "7142614-16-takeover>71426");
        assertThat(mentions.stream().filter(m -> m.resolved()
                && !m.text().equals(m.word().replace('_', ' '))).map(TimelineMention::raw))
                .containsExactly("3307-3-take_away");
    }

    @Test
    void gumCounts() {
        assertThat(gum).extracting(GoldDocument::id).containsExactly("GUM_court_loan",
                "GUM_news_defector", "GUM_news_homeopathic", "GUM_news_imprisoned",
                "GUM_news_nasa", "GUM_news_questionnaire", "GUM_news_worship");
        assertThat(gum.stream().mapToInt(d -> d.tokens().size()).sum()).isEqualTo(5595);
        assertThat(gum.stream().mapToInt(d -> d.entities().size()).sum()).isEqualTo(1586);
        assertThat(countBy(gum.stream().flatMap(d -> d.scoredEntities().stream()),
                GoldEntity::type)).containsExactly(entry("LOC", 160L), entry("ORG", 167L),
                entry("PER", 429L));
        assertThat(gum.stream().flatMap(d -> d.scoredEntities().stream())
                .filter(GoldEntity::named).count()).isEqualTo(376);
        assertThat(countBy(gum.stream().flatMap(d -> d.timexes().stream()), GoldTimex::type))
                .containsExactly(entry("DATE", 45L), entry("TIME", 2L));
        assertThat(gum.stream().flatMap(d -> d.timexes().stream())
                .filter(t -> t.interval() != null).count()).isEqualTo(4);
    }

    @Test
    void gumMetadataDateDisagreesWithTheDatelineOnce() {
        GoldDocument imprisoned = doc(gum, "GUM_news_imprisoned");
        assertThat(imprisoned.creationDate()).isEqualTo(LocalDate.of(2011, 12, 2));
        assertThat(imprisoned.creationDateOrigin()).isEqualTo(GoldDocument.DateOrigin.METADATA);
        assertThat(imprisoned.datelineDate()).isEqualTo(LocalDate.of(2015, 5, 7));
        assertThat(gum.stream().filter(d -> d.datelineDate() != null
                && !d.datelineDate().equals(d.creationDate())).map(GoldDocument::id))
                .containsExactly("GUM_news_imprisoned");
    }

    @Test
    void gumTextLinesAreTheConlluSentenceTexts() throws IOException {
        for (GoldDocument d : gum) {
            List<String> expected = Files.readAllLines(
                            news.resolve("gum-subset/dep/" + d.id() + ".conllu")).stream()
                    .filter(l -> l.startsWith("# text = ")).map(l -> l.substring(9)).toList();
            assertThat(d.text().split("\n")).containsExactlyElementsOf(expected);
        }
        GoldDocument nasa = doc(gum, "GUM_news_nasa");
        assertThat(nasa.text()).startsWith("NASA celebrates 30th anniversary of first shuttle "
                + "launch; announces new homes for retired shuttles\nWednesday, April 13, 2011\n");
        assertThat(nasa.timexes().get(0).value()).isEqualTo("2011-04-13");
        assertThat(nasa.textOf(nasa.timexes().get(0).span()))
                .isEqualTo("Wednesday, April 13, 2011");
        assertThat(nasa.scoredEntities().get(0))
                .isEqualTo(new GoldEntity(new Span(0, 4, "ORG"), "NAM", true, "NASA"));
    }
}
