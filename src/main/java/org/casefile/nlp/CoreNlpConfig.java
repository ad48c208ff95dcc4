package org.casefile.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The one place where CoreNLP's {@link Properties} are built. Every choice is commented; the
 * measurements behind them are in {@code ../shared/notes} and in our benchmark (README "Speed").
 */
public final class CoreNlpConfig {
    /** The 3-class CRF (PERSON, LOCATION, ORGANIZATION): the cheapest model with good names. */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** CoreNLP's default English tagger (left3words: the fastest of its English taggers). */
    public static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    /** Universal Dependencies parser, run only on the sentences that need it. */
    public static final String DEPPARSE_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private CoreNlpConfig() {
    }

    /** The annotators that make tokens and sentences, before {@link LineBreaks} cuts sentences further. */
    static final String SPLIT_ANNOTATORS = "tokenize,ssplit";
    /** The annotators that tag names, on the sentences as cut. */
    static final String NAME_ANNOTATORS = "ner,regexner";

    /** A copy of the settings with other annotators. */
    static Properties withAnnotators(Properties settings, String annotators) {
        Properties p = new Properties();
        p.putAll(settings);
        p.setProperty("annotators", annotators);
        return p;
    }

    /**
     * Properties of the main pipeline: tokenize, ssplit, ner (3-class CRF only) and our own
     * regexner lists, on every sentence. The tagger and lemmatiser ({@link #POS_MODEL}) run only on
     * the sentences a {@link SentenceSelector} picks; SUTime only on sentences that may hold a time
     * expression ({@link TimeExpressions}); the parser only where the selector says.
     *
     * @param modelsDir the folder with our editable lists ({@code models/})
     */
    public static Properties pipeline(Path modelsDir) {
        Properties p = new Properties();
        // no pos, lemma: the 3-class CRF reads no tags, so they are added afterwards where needed
        p.setProperty("annotators", SPLIT_ANNOTATORS + "," + NAME_ANNOTATORS);
        p.setProperty("tokenize.language", "en");
        // words as written: British spellings stay British ("colour"), and the tokenizer skips a
        // regular-expression pass per token (2% of the language layer's time)
        p.setProperty("tokenize.options", "americanize=false");
        // a blank line (paragraph break, page break) always ends a sentence: headlines,
        // datelines and captions must not run into the next paragraph (a single line break that is
        // meant as one ends a sentence too: LineBreaks, between the splitter and the name tagger)
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // only the 3-class CRF: the 4- and 7-class models cost ~58 µs/token more for no names we need
        p.setProperty("ner.model", NER_MODEL);
        // SUTime is ~280 µs/token: we run it ourselves on candidate sentences only
        p.setProperty("ner.useSUTime", "false");
        // numeric classifiers need SUTime's tagging and give us nothing we cite
        p.setProperty("ner.applyNumericClassifiers", "false");
        // fine-grained NER's 1,234 regular-expression entries are 72% of the default NER cost;
        // our own lists (below) give the finer types we need
        p.setProperty("ner.applyFineGrained", "false");
        // we build mentions from the token tags after regexner has refined them
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        List<String> lists = regexnerFiles(modelsDir);
        if (lists.isEmpty()) {
            throw new IllegalStateException("no regexner lists (*.txt) in " + modelsDir.resolve("regexner"));
        }
        p.setProperty("regexner.mapping", String.join(";", lists));
        // a name in our lists may refine the CRF's coarse tag (LOCATION -> COUNTRY), never a
        // different kind of name; ignorecase is set per file in its own header line
        p.setProperty("regexner.backgroundSymbol", "O,MISC");
        p.setProperty("regexner.verbose", "false");
        return p;
    }

    /**
     * The dependency parser's settings. Its hidden layer has 1,000 units, so the part of it that
     * one feature (a word, tag or label at one position) adds costs 50,000 multiplications. The
     * parser can precompute that part for the features most frequent in its training data when it
     * loads (CoreNLP's default: 100,000 of them, 8 s of CPU and 800 MB), and it keeps the ones it
     * computes while parsing in a least-recently-used cache (default: 5,000).
     * <p>
     * We precompute none and cache 50,000 (at most 200 MB of floats): the parser runs on a few
     * percent of sentences, so loading is 1.7 s of CPU shorter than with 20,000 precomputed, and
     * the cache holds the features our documents use, where 5,000 thrashed. Measured on the
     * sentences of MEANTIME: a warm pass takes half the time it took with 20,000 precomputed and
     * the default cache. The output of {@code corpus/} and of the court PDFs is identical.
     */
    public static Properties depparse() {
        Properties p = new Properties();
        p.setProperty("numPreComputed", "0");
        p.setProperty("numCached", "50000");
        return p;
    }

    /**
     * The folder where files derived from the models are kept between runs (the parser's binary
     * copy, {@link ParserModelCache}): {@code -Dcasefile.modelCache}, which the launcher sets to
     * {@code target/model-cache}; null (no cache) when unset, as in tests and on Spark workers.
     */
    public static Path modelCache() {
        String dir = System.getProperty("casefile.modelCache");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** SUTime's own settings. */
    public static Properties sutime() {
        Properties p = new Properties();
        // holidays ("Christmas") via jollyday: cheap, and news uses them
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.binders", "0");
        return p;
    }

    /** The regexner list files ({@code *.txt}) under {@code modelsDir/regexner}, sorted by name; none without the folder. */
    private static List<Path> regexnerLists(Path modelsDir) throws java.io.IOException {
        Path dir = modelsDir.resolve("regexner");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(x -> x.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Whether a line of a regexner list is an entry: not blank, no comment (CoreNLP's reader knows no comments). */
    private static boolean isEntry(String line) {
        return !line.isBlank() && !line.stripLeading().startsWith("#");
    }

    /**
     * The first problem of the regexner lists under {@code modelsDir/regexner} that would stop the
     * name tagger from loading, as "FILE:LINE: problem", or null: an entry with fewer than two
     * tab-separated columns, or a word pattern that is no regular expression. Read before any model
     * loads, so that a bad list is a usage error, not a failure after the load.
     */
    public static String checkRegexnerLists(Path modelsDir) {
        Path dir = modelsDir.resolve("regexner");
        try {
            for (Path f : regexnerLists(modelsDir)) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!isEntry(line)) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length < 2 || cols[0].isBlank()) {
                        return f + ":" + (i + 1) + ": expected a pattern and a type, tab-separated: " + line.strip();
                    }
                    for (String word : cols[0].strip().split("\\s+")) {
                        try {
                            java.util.regex.Pattern.compile(word);
                        } catch (java.util.regex.PatternSyntaxException e) {
                            return f + ":" + (i + 1) + ": not a regular expression: " + word + " ("
                                    + e.getDescription() + ")";
                        }
                    }
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "cannot read " + dir + ": " + e.getMessage();
        }
        return null;
    }

    /**
     * The regexner list files under {@code modelsDir/regexner}, sorted by name. A file whose first
     * line is {@code # options: ignorecase=true} is matched without case.
     */
    static List<String> regexnerFiles(Path modelsDir) {
        Path dir = modelsDir.resolve("regexner");
        List<String> files = new ArrayList<>();
        try {
            for (Path f : regexnerLists(modelsDir)) {
                List<String> lines = Files.readAllLines(f);
                String first = lines.stream().findFirst().orElse("");
                String options = first.startsWith("# options:") ? first.substring("# options:".length()).strip() : "";
                if (options.contains("validpospattern")) {
                    // regexner runs before the (selective) tagger: a POS condition would match nothing
                    throw new IllegalStateException(f + ": the validpospattern option is not supported"
                            + " (the lists are matched before part-of-speech tagging)");
                }
                // CoreNLP's reader knows no comments: hand it a copy without them
                List<String> entries = lines.stream().filter(CoreNlpConfig::isEntry).toList();
                Path copy = Files.createTempFile("casefile-regexner-", ".tsv");
                copy.toFile().deleteOnExit();
                Files.write(copy, entries);
                String path = copy.toAbsolutePath().toString();
                files.add(options.isEmpty() ? path : options + "," + path);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
