package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.casefile.domain.EntityType;
import org.casefile.domain.PlaceType;
import org.casefile.ingest.IngestedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language layer on Stanford CoreNLP: one pipeline per instance, models loaded in the
 * constructor (so configuration errors show at start), shared by all worker threads.
 *
 * <p>Thread-safe: {@link StanfordCoreNLP#annotate(Annotation)} on distinct annotations, SUTime
 * extraction and dependency prediction are safe to call concurrently.
 */
public final class CoreNlpAnnotator implements LanguageAnnotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);

    static {
        CoreNlpHashMap.use(); // before CoreNLP's first map: this class loads the models
    }

    /** Tokens and sentences ({@link CoreNlpConfig#SPLIT_ANNOTATORS}). */
    private final StanfordCoreNLP splitter;
    /** Names on the sentences as {@link LineBreaks} cut them ({@link CoreNlpConfig#NAME_ANNOTATORS}). */
    private final StanfordCoreNLP namer;
    private final TimeExpressions times;
    private final Holidays holidays;
    /** One-word nationalities of the regexner lists ({@link NameBounds#loneNationality}). */
    private final java.util.Set<String> nationalities;
    /** One-word titles and their abbreviations ({@link NameBounds#leadingTitles}). */
    private final java.util.Set<String> titleWords;
    /** Words of a line of business of name-parts.txt ({@link NameBounds#businessRuns}). */
    private final java.util.Set<String> businessWords;
    private final MaxentTagger tagger;
    private final DependencyParser parser;
    private final SentenceSelector selector;
    private final double loadSeconds;

    /**
     * Loads the models.
     *
     * @param modelsDir folder with our editable lists
     * @param selector which sentences get tags and lemmas, and which a dependency parse
     */
    public CoreNlpAnnotator(Path modelsDir, SentenceSelector selector) {
        long t0 = System.nanoTime();
        // the parser, the tagger and SUTime's rules load on other threads while the CRF loads here
        var parserLoad = CompletableFuture.supplyAsync(() -> {
            if (selector == SentenceSelector.NONE) {
                return null;
            }
            DependencyParser p = ParserModelCache.load(CoreNlpConfig.DEPPARSE_MODEL, CoreNlpConfig.depparse(), CoreNlpConfig.modelCache());
            FeatureSlices.install(p);
            return p;
        });
        var taggerLoad = CompletableFuture.supplyAsync(() -> new MaxentTagger(CoreNlpConfig.POS_MODEL));
        var timesLoad = CompletableFuture.supplyAsync(TimeExpressions::new);
        java.util.Properties settings = CoreNlpConfig.pipeline(modelsDir);
        this.splitter = new StanfordCoreNLP(CoreNlpConfig.withAnnotators(settings, CoreNlpConfig.SPLIT_ANNOTATORS));
        // its requirements (tokens, sentences) are met by the splitter, on another pipeline
        this.namer = new StanfordCoreNLP(CoreNlpConfig.withAnnotators(settings, CoreNlpConfig.NAME_ANNOTATORS), false);
        CrfWords.install(NerClassifiers.of(namer));
        this.times = timesLoad.join();
        this.holidays = Holidays.load(modelsDir);
        this.nationalities = NameBounds.nationalities(modelsDir);
        this.businessWords = NameBounds.businessWords(modelsDir);
        this.titleWords = NameBounds.titleWords(modelsDir);
        this.tagger = taggerLoad.join();
        this.selector = selector;
        this.parser = parserLoad.join();
        this.loadSeconds = (System.nanoTime() - t0) / 1e9;
        LOG.info("CoreNLP models loaded in {} s", String.format("%.1f", loadSeconds));
    }

    public double loadSeconds() {
        return loadSeconds;
    }

    @Override
    public AnnotatedDocument annotate(IngestedDocument document) {
        Annotation annotation = new Annotation(document.text());
        splitter.annotate(annotation);
        // a headline, byline or dateline on a line of its own, with no blank line after it, is a
        // sentence of its own, before the name tagger reads its words in their sentence
        annotation.set(CoreAnnotations.SentencesAnnotation.class, LineBreaks.split(document.text(),
                annotation.get(CoreAnnotations.SentencesAnnotation.class), document.pageMap().isPaged() || document.ocr()));
        // a time's "a.m." that ends a sentence ("at 3 a.m. Ibekwe said …") ends it before the name tagger reads it
        annotation.set(CoreAnnotations.SentencesAnnotation.class, ClockBreaks.split(document.text(),
                annotation.get(CoreAnnotations.SentencesAnnotation.class)));
        namer.annotate(annotation);
        LocalDate published = document.publishedDate();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<TimeMention> timeMentions = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        // the words the document writes in small letters, which each name rule reads as no name
        Set<String> small = NameConsistency.smallWords(coreSentences);
        Datelines.apply(document.text(), coreSentences, small);
        NameBounds.leadingTitles(coreSentences, titleWords);
        CompanyShortNames.legalFormRuns(coreSentences, small);
        NameBounds.peopleReadAsOthers(coreSentences);
        TitledNames.apply(coreSentences, small);
        NameConsistency.apply(document.text(), coreSentences, small);
        CompanyShortNames.apply(coreSentences, small);
        CompanyShortNames.loneFirstWords(coreSentences, small);
        ProductNames.apply(coreSentences);
        NameBounds.businessRuns(coreSentences, businessWords, small);
        NameBounds.apply(coreSentences, nationalities);
        NameBounds.portfolios(coreSentences);
        NameBounds.staffFirms(coreSentences);
        NameBounds.titledOffices(coreSentences);
        Morphology morphology = new CachingMorphology(); // not thread-safe: one per document
        Headline.Lead leadCounter = new Headline.Lead();
        for (int si = 0; si < coreSentences.size(); si++) {
            // our own loop over sentences answers the document's deadline, as CoreNLP's annotators do
            if (Thread.currentThread().isInterrupted()) {
                throw new edu.stanford.nlp.util.RuntimeInterruptedException();
            }
            CoreMap cs = coreSentences.get(si);
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            boolean lead = leadCounter.next(document.text(), begin, end, labels.size(), si == 0 && Headline.is(document, begin, end));
            boolean mayHoldTime = TimeExpressions.isCandidate(document.text().substring(begin, end));
            boolean mayHoldHoliday = holidays.mayHold(document.text().substring(begin, end));
            boolean mayHoldYearPart = YearParts.mayHold(document.text().substring(begin, end));
            // SUTime's rules and the tense of a clause read tags; a stated date alone needs none
            boolean tagged = mayHoldTime && timesNeedTags(labels, published != null)
                    || (mayHoldHoliday || mayHoldYearPart) && published != null
                    || selector.needsTags(wordsOutsideNames(labels));
            if (tagged) {
                tagAndLemmatise(labels, morphology);
            }
            List<Token> tokens = tokens(labels, tagged, morphology);
            List<TimeMention> found = mayHoldTime ? timesIn(cs, si, tokens, published) : List.of();
            if (!tagged && selector.needsTagsWithDate() && found.stream().anyMatch(TimeMention::isCalendarDate)
                    && namesPersonOrOrganisation(labels)) {
                // the verbs a date can date are read from the tags (the times found stay as they are);
                // without a named person or organisation they are no event
                tagAndLemmatise(labels, morphology);
                tagged = true;
                tokens = tokens(labels, true, morphology);
            } else if (!tagged && selector.needsTagsWithDate() && published != null
                    && (si == 0 && Headline.is(document, begin, end) || lead || presentPerfect(labels, morphology))
                    && namesPersonOrOrganisation(labels)) {
                // a present perfect ("has opened"), the headline's present or the lead's simple past
                // dates its verb at the publication day: those verbs are read from the tags too
                tagAndLemmatise(labels, morphology);
                tagged = true;
                tokens = tokens(labels, true, morphology);
            }
            if (mayHoldHoliday) {
                found = holidays.with(document.text(), tokens, si, found, published);
            }
            if (mayHoldYearPart) {
                found = YearParts.with(document.text(), tokens, si, found, published);
            }
            found = ClockTimes.zoneTwins(ClockTimes.withDays(document.text(), tokens, si, found));
            List<TimeMention> references = ReferenceTimes.in(document.text(), tokens, si, found);
            if (!references.isEmpty()) {
                List<TimeMention> all = new ArrayList<>(found);
                all.addAll(references);
                all.sort(java.util.Comparator.comparingInt(TimeMention::begin));
                timeMentions.addAll(all);
            } else {
                timeMentions.addAll(found);
            }
            boolean hasDate = found.stream().anyMatch(TimeMention::isCalendarDate);
            List<Dependency> deps = parser != null && tagged && selector.needsParse(tokens, hasDate)
                    ? parse(cs) : List.of();
            Sentence.Level level = !deps.isEmpty() ? Sentence.Level.PARSED
                    : tagged ? Sentence.Level.TAGGED : Sentence.Level.TOKENS;
            sentences.add(new Sentence(si, begin, end, level, tokens, deps, lead));
            mentions.addAll(mentions(document.text(), si, tokens));
        }
        return new AnnotatedDocument(document, sentences, mentions,
                NarrativeDates.resolve(document.text(),
                        RecurringSpans.split(
                                FiscalQuarters.refine(document.text(), sentences, timeMentions, published)))
                        .stream().map(TimeMention::typedByValue).toList());
    }

    /**
     * The words of a sentence that may be an event trigger or a cue word: not those inside a name
     * ({@link Token#isNameTag}).
     */
    private static List<String> wordsOutsideNames(List<CoreLabel> labels) {
        List<String> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            if (!Token.isNameTag(l.ner())) {
                out.add(l.word());
            }
        }
        return out;
    }

    /** Words that may stand between "has" and its participle ("has been fined", "has now opened", "has not yet paid"). */
    private static final Set<String> PERFECT_GAP = Set.of("been", "also", "just", "now", "not", "n't", "yet", "already",
            "never", "ever", "since", "finally", "still", "again", "long");

    /**
     * Whether "has", "have" or "'ve" comes before a past form ("has opened", "have been fined"), read
     * from the words: the cheap gate before tagging; {@link Tense#perfectAuxiliary} reads the tags.
     */
    private static boolean presentPerfect(List<CoreLabel> labels, Morphology morphology) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            String w = labels.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (!w.equals("has") && !w.equals("have") && !w.equals("'ve")) {
                continue;
            }
            for (int k = i + 1; k < labels.size() && k <= i + 3; k++) {
                String next = labels.get(k).word().toLowerCase(java.util.Locale.ROOT);
                if (next.endsWith("ly") || PERFECT_GAP.contains(next)) {
                    continue;
                }
                if (PastTense.isPastForm(next, morphology)) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    private static boolean namesPersonOrOrganisation(List<CoreLabel> labels) {
        for (CoreLabel l : labels) {
            EntityType type = EntityType.ofTag(l.ner()).orElse(null);
            if (type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.PRODUCT) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokens(List<CoreLabel> labels, boolean tagged, Morphology morphology) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), tagged ? l.lemma() : PastTense.lemma(l.word(), morphology),
                    tagged ? l.tag() : null,
                    l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    /** What CoreNLP's pos and lemma annotators do, on one sentence. */
    private void tagAndLemmatise(List<CoreLabel> labels, Morphology morphology) {
        tagger.tagCoreLabels(labels);
        ClauseTags.repairFiniteVerb(labels);
        ClauseTags.repairHeldParticiple(labels);
        NameBounds.verbsInsideNames(labels);
        for (CoreLabel l : labels) {
            l.setLemma(morphology.lemma(l.word(), l.tag()));
        }
    }

    /** Whether reading the sentence's time expressions needs tags, part by part as {@link #timesIn} reads them. */
    private static boolean timesNeedTags(List<CoreLabel> labels, boolean published) {
        for (int[] p : timeParts(labels)) {
            if (TimeExpressions.needsTags(labels.subList(p[0], p[1]), published)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spans {@code [from, to)} of a sentence that SUTime reads apart: a leading dateline
     * ("SACRAMENTO, Calif. (March 29, 2022) —") and the rest, since SUTime drops the time
     * expressions that follow a date in a dateline; else the whole sentence.
     */
    private static List<int[]> timeParts(List<CoreLabel> labels) {
        int skip = Datelines.length(labels);
        return skip == 0 ? List.of(new int[] {0, labels.size()})
                : List.of(new int[] {0, skip}, new int[] {skip, labels.size()});
    }

    /** SUTime on a sentence, part by part ({@link #timeParts}). */
    private List<TimeMention> timesIn(CoreMap sentence, int index, List<Token> tokens, LocalDate published) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> parts = timeParts(labels);
        if (parts.size() == 1) {
            return times.extract(sentence, index, tokens, published);
        }
        List<TimeMention> out = new ArrayList<>();
        for (int[] p : parts) {
            out.addAll(times.extract(TimeExpressions.part(labels, p[0], p[1]), labels, index, tokens, published));
        }
        return out;
    }

    /**
     * Parses a sentence; a leading news dateline ("SACRAMENTO, Calif. (AP) —") is left out of the
     * parse, since the parser would make the place the root of the whole sentence.
     */
    private List<Dependency> parse(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int skip = Datelines.length(labels);
        GrammaticalStructure gs = parser.predict(skip == 0 ? labels : labels.subList(skip, labels.size()));
        List<Dependency> out = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            int gov = td.gov().index() == 0 ? -1 : td.gov().index() - 1 + skip;
            out.add(new Dependency(td.reln().toString(), gov, td.dep().index() - 1 + skip));
        }
        return out;
    }

    /** A place name and an organisation name side by side, in either order. */
    private static boolean isOrganisationOfPlace(EntityMention a, EntityMention b) {
        boolean aPlace = a.entityType() == EntityType.LOCATION;
        boolean bPlace = b.entityType() == EntityType.LOCATION;
        return aPlace && b.entityType() == EntityType.ORGANIZATION || bPlace && a.entityType() == EntityType.ORGANIZATION;
    }

    /** A single capital letter with a period at the start of a line: an outline marker. */
    private static boolean isOutlineLetter(String text, Token t) {
        return t.word().matches("[A-Z]\\.") && (t.begin() == 0 || text.charAt(t.begin() - 1) == '\n');
    }

    /** Words after which a title word is a verb: "to judge", "will witness". */
    private static final Set<String> BEFORE_VERB = Set.of("to", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "not", "n't");

    /**
     * A title-list match used as a verb: none of its words tagged as a noun or adjective, or, in an
     * untagged sentence, a single word after "to" or a modal.
     */
    private static boolean isVerbNotTitle(List<Token> tokens, int from, int to) {
        if (tokens.get(from).isTagged()) {
            for (int i = from; i < to; i++) {
                String pos = tokens.get(i).pos();
                if (pos.startsWith("NN") || pos.startsWith("JJ")) {
                    return false;
                }
            }
            return true;
        }
        return to - from == 1 && from > 0 && BEFORE_VERB.contains(tokens.get(from - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** How long a line may be and still be a label (a byline, a signature) rather than wrapped prose. */
    private static final int LABEL_LINE = 40;

    /**
     * A line break between two tokens after a short line: a byline's name and the publication on the
     * next line ("By Ann Lee" / "Harbor Gazette") are two names, though the tagger runs them together.
     * A long line is prose wrapped by its layout, where one name may run over the break.
     */
    static boolean labelLineBreak(String text, int beforeEnd, int afterBegin) {
        int br = -1;
        for (int i = beforeEnd; i < afterBegin && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                br = i;
                break;
            }
        }
        if (br < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, beforeEnd - 1)) + 1;
        return br - lineStart < LABEL_LINE;
    }

    private static final String LOCATION = "LOCATION";

    /**
     * The CRF's own place tag ({@code LOCATION}) beside a place list's finer tag, or the other way
     * round: the list has refined one word of a longer name the CRF read as one place ("Air France",
     * "Garuda Indonesia", "East Los Angeles", "North America", "People's Republic of China"). Two
     * refined names side by side ("Kansas City Missouri") stay two.
     */
    static boolean isSplitPlace(String tag, String next) {
        boolean tagPlace = PlaceType.ofTag(tag).isPresent();
        boolean nextPlace = PlaceType.ofTag(next).isPresent();
        return tag.equals(LOCATION) && nextPlace || tagPlace && next.equals(LOCATION);
    }

    /**
     * Words of a state's or district's own name before "of" ("People's Republic of China", "Eastern
     * District of California"); after another word "of" joins two places ("Anbar Province of Iraq").
     */
    private static final Set<String> STATE_FORMS = Set.of("Republic", "Kingdom", "Commonwealth", "Federation",
            "District", "State", "Principality", "Emirate", "Sultanate", "Islands");

    /** A token with a letter or a digit in it. */
    private static boolean isWord(Token t) {
        return t.word().chars().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * A place run with "Air" before another name, and not ending in "Base": an airline or an air
     * force ("Air Berlin", "Air Lanka", "United States Air Force"), where "Edwards Air Force Base"
     * stays a place.
     */
    static boolean isAirline(List<Token> tokens, int from, int to) {
        if (tokens.get(to - 1).word().equals("Base")) {
            return false;
        }
        for (int k = from; k + 1 < to; k++) {
            if (tokens.get(k).word().equals("Air") && Character.isUpperCase(tokens.get(k + 1).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A word of a name: a capital, then small letters (a hyphen or an apostrophe inside: "Okafor-Lind", "O'Neil"). */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’-]\\p{L}+)*");

    /**
     * Whether a person's run of four words is two people's names, given name and surname each:
     * the first and third words are listed given names and the second is none ("Greta Tolliver
     * Odell Finch"). One person's long name has a second given name or a particle in the second
     * place ("Mary Ann Lee Smith", "Jean Claude Van Damme") or no given name third ("Andrés Manuel
     * López Obrador"), a suffix last ("… Marcos Jr") or stands apposed after a comma.
     */
    static boolean twoFullNames(List<Token> tokens, int from, int to) {
        if (to - from != 4 || Set.of("Jr", "Sr", "Jnr", "Snr").contains(tokens.get(to - 1).word())
                || from > 0 && tokens.get(from - 1).word().equals(",")) {
            return false; // "Ferdinand Romualdez Marcos Jr"; "the nation's leader, NAME," is one person apposed
        }
        for (int k = from; k < to; k++) {
            if (!NAME_WORD.matcher(tokens.get(k).word()).matches()) {
                return false;
            }
            if (k > from && tokens.get(k).begin() - tokens.get(k - 1).end() != 1) {
                return false; // one space between the words, no line break
            }
        }
        return GivenNames.isGivenName(tokens.get(from).word()) && !GivenNames.isGivenName(tokens.get(from + 1).word())
                && GivenNames.isGivenName(tokens.get(from + 2).word());
    }

    /**
     * Runs of tokens with the same entity tag; a place run the place lists cut in two is one place
     * ({@link #isSplitPlace}), and one that opens with "Air" and another name is an organisation.
     */
    static List<EntityMention> mentions(String text, int sentence, List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            if (EntityType.ofTag(tag).isEmpty()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && !labelLineBreak(text, tokens.get(j - 1).end(), tokens.get(j).begin())) {
                if (tokens.get(j).ner().equals(tag)) {
                    j++;
                } else if (isSplitPlace(tag, tokens.get(j).ner()) && isWord(tokens.get(j - 1)) && isWord(tokens.get(j))
                        && !(j - i > 1 && tokens.get(j - 1).word().equals("of") && !STATE_FORMS.contains(tokens.get(j - 2).word()))) {
                    tag = LOCATION; // "Air France", "East Los Angeles": the CRF's one name, cut by a place list
                    j++;
                } else {
                    break;
                }
            }
            if (tag.equals(LOCATION) && isAirline(tokens, i, j)) {
                tag = "ORGANIZATION";
            }
            if (tokens.subList(i, j).stream().noneMatch(CoreNlpAnnotator::isWord)) {
                i = j; // a dash or a bracket the tagger put in a name: no name
                continue;
            }
            if (tag.equals("TITLE") && isVerbNotTitle(tokens, i, j)) {
                i = j;
                continue;
            }
            int last = j;
            if (last - i > 1 && tokens.get(last - 1).word().equals("of")) {
                last--; // "Taldoran Province of" before "Canada": the place ends before "of"
            }
            int first = i;
            if (j - i > 1 && isOutlineLetter(text, tokens.get(i)) && !tokens.get(i + 1).word().matches("[A-Z]\\.")) {
                first++; // "B. Ameen's Travel": a section letter, not an initial; "J. R. Hollisworth" opens with two initials
            }
            int b = tokens.get(first).begin();
            int e = tokens.get(last - 1).end();
            EntityMention m = EntityMention.ofTag(tag, text.substring(b, e), b, e, sentence, first, last).orElseThrow();
            EntityMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (tag.equals("PERSON") && twoFullNames(tokens, first, last)) {
                // "told Greta Tolliver Odell Finch would resign": two people side by side, no one person
                int mid = first + 2;
                out.add(EntityMention.ofTag(tag, text.substring(b, tokens.get(mid - 1).end()), b, tokens.get(mid - 1).end(),
                        sentence, first, mid).orElseThrow());
                out.add(EntityMention.ofTag(tag, text.substring(tokens.get(mid).begin(), e), tokens.get(mid).begin(), e,
                        sentence, mid, last).orElseThrow());
            } else if (previous != null && previous.tokenEnd() == first && isOrganisationOfPlace(previous, m)) {
                // "Singapore Airlines", "Air India", "U.S. Immigration and Customs Enforcement": one organisation
                out.set(out.size() - 1, new EntityMention(EntityType.ORGANIZATION, null, text.substring(previous.begin(), e),
                        previous.begin(), e, sentence, previous.tokenBegin(), last));
            } else {
                out.add(m);
            }
            i = j;
        }
        return out;
    }
}
