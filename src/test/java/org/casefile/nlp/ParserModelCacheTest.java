package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser read from its binary copy parses exactly as the one read from CoreNLP's text model. */
class ParserModelCacheTest {
    private static DependencyParser fromText;

    @BeforeAll
    static void loadFromText() throws ReflectiveOperationException {
        // a parser of its own, read from the text here (CoreNLP's loadFromModelFile may hand out a shared one)
        fromText = new DependencyParser(CoreNlpConfig.depparse());
        java.lang.reflect.Method load = DependencyParser.class.getDeclaredMethod("loadModelFile", String.class, boolean.class);
        load.setAccessible(true);
        load.invoke(fromText, CoreNlpConfig.DEPPARSE_MODEL, false);
    }

    private static Object member(Object owner, Class<?> type, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    /** Every array, list and map the text loader fills, and the sizes it sets, are the same in both. */
    private static void assertSameModel(DependencyParser read) throws ReflectiveOperationException {
        assertThat(read).isNotSameAs(fromText);
        for (String name : List.of("knownWords", "knownPos", "knownLabels", "wordIDs", "posIDs", "labelIDs", "preComputed")) {
            assertThat(member(read, DependencyParser.class, name)).as(name).isEqualTo(member(fromText, DependencyParser.class, name));
        }
        Object a = member(read, DependencyParser.class, "classifier");
        Object b = member(fromText, DependencyParser.class, "classifier");
        for (String name : List.of("E", "W1", "W2")) {
            assertThat(java.util.Arrays.deepEquals((float[][]) member(a, a.getClass(), name), (float[][]) member(b, b.getClass(), name)))
                    .as(name).isTrue();
        }
        assertThat((float[]) member(a, a.getClass(), "b1")).isEqualTo((float[]) member(b, b.getClass(), "b1"));
        Object ca = member(read, DependencyParser.class, "config");
        Object cb = member(fromText, DependencyParser.class, "config");
        for (String name : List.of("hiddenSize", "embeddingSize", "numPreComputed", "numCached")) {
            assertThat(member(ca, ca.getClass(), name)).as(name).isEqualTo(member(cb, cb.getClass(), name));
        }
    }

    /** "The council of Brindlemoor approved the budget of the Quillhaven ferry on Tuesday ." with its tags. */
    private static List<TaggedWord> sentence() {
        String[] words = {"The", "council", "of", "Brindlemoor", "approved", "the", "budget", "of", "the", "Quillhaven",
            "ferry", "on", "Tuesday", "."};
        String[] tags = {"DT", "NN", "IN", "NNP", "VBD", "DT", "NN", "IN", "DT", "NNP", "NN", "IN", "NNP", "."};
        List<TaggedWord> tagged = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            tagged.add(new TaggedWord(words[i], tags[i]));
        }
        return tagged;
    }

    private static String parse(DependencyParser parser) {
        return parser.predict(sentence()).typedDependencies().toString();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void theFirstLoadWritesTheCopyAndTheSecondReadsItToTheSameParses(@TempDir Path cache)
            throws IOException, ReflectiveOperationException {
        DependencyParser first = ParserModelCache.load(CoreNlpConfig.DEPPARSE_MODEL, CoreNlpConfig.depparse(), cache);
        Path file = ParserModelCache.cacheFile(CoreNlpConfig.DEPPARSE_MODEL, cache);
        assertThat(files(cache)).containsExactly(file);
        assertThat(file.getFileName().toString()).matches("depparse-[0-9a-f]{8}-[0-9]+-[0-9a-f]+\\.bin");
        long written = Files.getLastModifiedTime(file).toMillis();

        DependencyParser second = ParserModelCache.load(CoreNlpConfig.DEPPARSE_MODEL, CoreNlpConfig.depparse(), cache);
        assertSameModel(second);
        assertThat(parse(first)).isEqualTo(parse(fromText));
        assertThat(parse(second)).isEqualTo(parse(fromText));
        assertThat(parse(second)).contains("nsubj(approved-5, council-2)", "obj(approved-5, budget-7)",
            "obl(approved-5, Tuesday-13)");
        // read, not written again
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(written);
        assertThat(files(cache)).containsExactly(file);
    }

    @Test
    void aDamagedCopyIsIgnoredAndWrittenAgain(@TempDir Path cache) throws IOException {
        ParserModelCache.load(CoreNlpConfig.DEPPARSE_MODEL, CoreNlpConfig.depparse(), cache);
        Path file = ParserModelCache.cacheFile(CoreNlpConfig.DEPPARSE_MODEL, cache);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        DependencyParser again = ParserModelCache.load(CoreNlpConfig.DEPPARSE_MODEL, CoreNlpConfig.depparse(), cache);
        assertThat(parse(again)).isEqualTo(parse(fromText));
        assertThat(Files.readAllBytes(file)).hasSize(bytes.length).isNotEqualTo(bytes);

        // cut short
        Files.write(file, java.util.Arrays.copyOf(bytes, 1000));
        assertThat(parse(ParserModelCache.load(CoreNlpConfig.DEPPARSE_MODEL, CoreNlpConfig.depparse(), cache)))
            .isEqualTo(parse(fromText));
        assertThat(Files.size(file)).isEqualTo(bytes.length);
        assertThat(files(cache)).containsExactly(file);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyMeansNoCache(@TempDir Path dir) throws IOException {
        Path notAFolder = dir.resolve("cache");
        Files.writeString(notAFolder, "a file where the folder should be");
        DependencyParser parser = ParserModelCache.load(CoreNlpConfig.DEPPARSE_MODEL, CoreNlpConfig.depparse(), notAFolder);
        assertThat(parse(parser)).isEqualTo(parse(fromText));
        assertThat(files(dir)).containsExactly(notAFolder);
    }

    @Test
    void aModelThatIsNoJarEntryIsNotCached(@TempDir Path cache) throws IOException {
        assertThat(ParserModelCache.cacheFile("no/such/model.gz", cache)).isNull();
        assertThat(files(cache)).isEmpty();
    }
}
