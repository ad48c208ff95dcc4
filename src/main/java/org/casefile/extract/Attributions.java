package org.casefile.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.EntityType;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.Datelines;
import org.casefile.nlp.Dependency;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.TimeMention;
import org.casefile.nlp.Token;

/**
 * Stage one of who-said-what: each attribution cue of a sentence (a speech verb, "according to")
 * with the source phrase the grammar gives it and the content it reports. Word order and the
 * sentence's punctuation stand in for a parse:
 * <ul>
 * <li>source first: {@code SOURCE [, apposition,] [also] said [to X] [that|:] CONTENT};</li>
 * <li>content first: {@code CONTENT, SOURCE said} and {@code CONTENT, said SOURCE};</li>
 * <li>{@code According to SOURCE, CONTENT} and {@code CONTENT, according to SOURCE};</li>
 * <li>{@code …, saying CONTENT}: the source is the subject of the main clause.</li>
 * </ul>
 * Which entity the source phrase means is stage two ({@link ClaimExtractor}).
 */
final class Attributions {
    /** A source phrase: its tokens, and the name in it that speaks, if any. */
    record Source(int sentence, int tokenBegin, int tokenEnd, int begin, int end, EntityMention name,
            String title, boolean pronoun) {
    }

    /**
     * One attribution: the cue's token and lemma, the source phrase, and the content's char offsets;
     * {@code boundRelative} when it is a relative clause bound to its noun ("voters who say …"),
     * whose source is no antecedent for a quote after it; {@code gapBegin} to {@code gapEnd} (or -1)
     * the source and its verb set off inside the content ("The permit, his campaign said, had …"),
     * which is then cited as the two pieces around them.
     */
    record Found(int sentence, int cue, String cueLemma, Source source, int contentBegin, int contentEnd,
            boolean boundRelative, int gapBegin, int gapEnd) {
        Found(int sentence, int cue, String cueLemma, Source source, int contentBegin, int contentEnd) {
            this(sentence, cue, cueLemma, source, contentBegin, contentEnd, false);
        }

        Found(int sentence, int cue, String cueLemma, Source source, int contentBegin, int contentEnd,
                boolean boundRelative) {
            this(sentence, cue, cueLemma, source, contentBegin, contentEnd, boundRelative, -1, -1);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    /** Quantifiers that may stand alone as a clause's subject and speak for a group ("Some say", "Most believe"). */
    /** Forms of "be" and "have": after "the other" they open no saying ("the other was …"). */
    private static final Set<String> BE_OR_HAVE = Set.of("is", "was", "are", "were", "be", "been", "has", "have", "had",
            "'s", "\u2019s");
    /** Parts of a text named by a number ("Rule 7", "Article 12", "Section 4b"), which say what they set out. */
    private static final Set<String> NUMBERED_DOCUMENTS = Set.of("rule", "article", "section", "clause", "paragraph",
            "amendment", "resolution", "regulation", "chapter", "directive", "exhibit", "proposition", "statute");
    private static final Set<String> QUANTIFIERS = Set.of("some", "most", "many", "several", "few", "others", "both",
            "half", "none", "one");
    /** The pronouns after "of" that a quantifier takes its group from ("most of them"). */
    private static final Set<String> OF_WHOM = Set.of("them", "those", "us");
    /** Words after which a quantifier opens a clause as its subject ("but many say", "as some believe"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "whereas", "yet", "so", "as",
            "though", "although", "because", "since", "still");
    /** A party and state after a legislator's name ("Ann Lee, R-Ore., said"). */
    private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");
    /** Words that may stand between a subject and its verb ("he also said", "she has long argued"). */
    private static final Set<String> BETWEEN = Set.of("also", "later", "previously", "recently", "repeatedly",
            "then", "once", "has", "have", "had", "would", "will", "did", "does", "do", "again", "further",
            "publicly", "privately", "earlier", "often", "frequently", "never", "reportedly", "flatly", "simply",
            "quickly", "first", "initially", "ultimately", "finally", "still", "long", "always", "already",
            "even", "now", "just", "separately", "specifically", "explicitly", "since", "'s", "'ve",
            "'d", "could", "can", "may", "might", "should", "must", "shall", "is", "was", "are", "were", "be",
            "been", "not", "n't", "however", "too", "tersely", "angrily", "bluntly", "openly", "falsely",
            "correctly", "rightly", "wrongly", "pointedly", "emphatically", "insistently");
    /** Words that open a fronted phrase before the subject ("After the vote, …", "Shortly after …,"). */
    private static final Set<String> FRONTED = Set.of("after", "before", "when", "while", "as", "since", "shortly",
            "in", "on", "at", "despite", "following", "during", "with", "without", "although", "though", "because",
            "if", "amid", "earlier", "later", "last", "hours", "days", "minutes", "moments", "soon", "once", "like",
            "unlike", "asked", "speaking", "responding", "writing", "according");
    /** Adjectives whose "to" or "with" phrase says which people a noun means ("sources close to the governor"). */
    private static final Set<String> CLOSE_TO = Set.of("close", "closest", "familiar", "loyal", "allied", "linked",
            "connected", "aligned", "friendly");
    /** Prepositions after a speaker's name that say where or when the words were said ("said Ann Lee at a rally"). */
    private static final Set<String> SPOKEN_WHERE = Set.of("at", "after", "in", "on", "during", "before", "outside",
            "inside", "following", "near", "while", "when");
    /** Prepositions whose phrase modifies the noun before it ("officials at the port", "voters in Ohio"). */
    private static final Set<String> POST_MODIFIERS = Set.of("at", "in", "on", "from", "inside", "outside",
            "across", "within", "near", "around", "throughout");
    /**
     * Words after a group that say it answered a poll ("those surveyed", "voters polled", "voters
     * overall"): the group before them speaks.
     */
    private static final Set<String> RESPONDENTS = Set.of("surveyed", "polled", "questioned", "interviewed",
            "sampled", "overall");
    /** Words that open a relative clause inside commas ("X, who chairs the panel, said"). */
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose", "whom", "where", "when");
    /** Determiners and possessives that may open a common-noun source ("the campaign", "his lawyer"). */
    private static final Set<String> NP_WORDS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "these", "those", "some", "many", "several", "two", "three", "both", "other",
            "most", "few", "one", "another", "each", "all", "my", "your", "'s", "'", "of", "for", "at");
    /** Words that open a noun phrase and never continue one after its noun. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his", "their",
            "its", "our", "my", "your", "some", "several", "both", "each", "another");
    /** Fractions that name a share of a group ("a third", "a majority"). */
    private static final Set<String> SHARES = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
            "majority", "minority", "plurality");
    /** A figure ("22", "4.5", "1,200"). */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    /** Number words that may open a share ("Six in 10", "one in five"). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    /** Verbs of speech whose topic may follow "of" as well as "about" ("warned of storms", "spoke of a deal"). */
    private static final Set<String> OF_TOPIC = Set.of("warn", "speak", "complain", "boast", "talk");
    /** Words tagged as prepositions that open a clause ("said whether …", "said if …"). */
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if", "because", "although", "though",
            "since", "unless", "once", "as", "while", "after", "before", "until");
    /** Prepositions in "-ing", which open a phrase of their own, never a participle's object ("during", "including"). */
    private static final Set<String> ING_PREPOSITIONS = Set.of("during", "including", "regarding", "concerning",
            "according", "following", "excluding", "pending", "notwithstanding", "barring", "considering");
    /** Words that never end a source phrase. */
    private static final Set<String> NOT_HEADS = Set.of("that", "this", "there", "what", "which", "who", "as",
            "and", "or", "but", "if", "because", "so", "than", "also", "it", "to", "of", "for", "at", "in", "on",
            "by", "with", "from", "about");

    private final Rules rules;

    Attributions(Rules rules) {
        this.rules = rules;
    }

    /**
     * The attributions of one sentence, given its mentions, which of them name someone who can speak
     * (a person or an organisation, as the grouping decided), which name a person (as the grouping
     * decided: "The town's mayor, Ann Lee," whose name the tagger read as a place), the quotes that
     * touch it and its times.
     */
    List<Found> of(AnnotatedDocument annotated, Sentence s, List<EntityMention> mentions, Predicate<EntityMention> speaks,
            Predicate<EntityMention> person, List<QuoteSpans.Quote> quotes, List<TimeMention> times) {
        View v = view(annotated, s, mentions, speaks, person, quotes, times);
        List<Token> toks = v.toks;
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (v.insideQuote(t.begin())) {
                continue;
            }
            if (t.word().equalsIgnoreCase("according") && i + 1 < toks.size()
                    && toks.get(i + 1).word().equalsIgnoreCase("to")) {
                Found back = accordingToBefore(annotated, v, i, speaks);
                if (back != null) {
                    found.add(back);
                    continue;
                }
                accordingTo(v, i).ifPresent(found::add);
                continue;
            }
            Found owned = nounCue(v, i);
            if (owned == null) {
                owned = messageBeforeColon(v, i);
            }
            if (owned != null) {
                found.add(owned);
                continue;
            }
            String lemma = cueLemma(v, i);
            if (lemma == null) {
                lemma = thatClauseVerb(v, i);
                if (lemma != null && rules.isModalityCue(lemma, "hypothetical-verb") && expletiveBefore(v, i)) {
                    lemma = null; // "It seems that …", "it would appear that …": no one holds the clause
                }
            }
            if (lemma == null) {
                continue;
            }
            Found f = verbCue(v, i, lemma);
            boolean quoteCue = rules.isCue(lemma, "speech") || rules.isCue(lemma, "speech-that");
            if (f == null && quoteCue) {
                f = adjacentQuote(v, i, lemma);
            } else if (f != null && quoteCue && opensAdjunct(v, f)) {
                // "“…!” Ann Lee said as she left.": the quote before is what was said, not the
                // clause of time after the verb
                Found quoted = adjacentQuote(v, i, lemma);
                f = quoted != null ? quoted : f;
            }
            if (f != null && lemma.equals("put it") && (f.contentBegin() < t.begin() && f.gapBegin() < 0
                    || f.source().name() == null
                    && f.source().title() == null && !f.source().pronoun())) {
                f = null; // "as Ann Lee put it, …": only what follows, and only someone's
            }
            if (f != null && (askedInQuestion(v, i) || hypothetical(v, i, lemma) || wonNotSaid(v, i, lemma, f))) {
                f = null;
            }
            if (f != null) {
                found.add(f);
            }
        }
        // a bound relative clause inside another attribution's words, or on the noun another
        // attribution's source ends with ("critics who called it sexist" in what Ann Lee said, "said
        // one shop owner who asked not to be named"), is a detail of that claim, not a claim
        // (one after a comparison or a contrast is a second clause: "…, compared with 35 percent who
        // say the same")
        found.removeIf(f -> f.boundRelative() && found.stream().anyMatch(g -> g != f
                && (g.contentBegin() <= f.source().begin() && f.source().begin() < g.contentEnd()
                        && !SECOND_CLAUSE.matcher(v.text.substring(g.contentBegin(), f.source().begin())).find()
                        || g.source() != null && g.source().tokenEnd() == f.source().tokenEnd())));
        // a saying or a view inside an indirect question is asked about, never held ("Asked by Ann
        // Lee whether he believed the port was safe, Tom Kim said …": he is not said to believe it)
        // (a relative clause set off by commas is told, not asked: "asked why Dovan, who said he
        // was innocent, had fled" keeps Dovan's claim)
        found.removeIf(f -> !setOffRelative(v.sentence, f.cue(), f.source()) && found.stream().anyMatch(g -> g != f && g.cueLemma().equals("ask")
                && g.contentBegin() <= toks.get(f.cue()).begin() && toks.get(f.cue()).begin() < g.contentEnd()
                && ASKED_QUESTION.stream().anyMatch(w -> v.text.regionMatches(true, g.contentBegin(), w + " ", 0, w.length() + 1))));
        // a proverb that the sentence quotes as one ("Fortune favors the bold, as the saying goes")
        // holds no one's stance: only a verb of speech in it still attributes ("…, as the saying
        // goes, Ann Lee said")
        // (only in the proverb's own clause: "As the saying goes, all politics is local, and the
        // governor endorsed Ann Lee" keeps the governor's stance)
        int[] proverb = toks.isEmpty() ? null : proverbClause(v.text, toks.get(0).begin(), toks.get(toks.size() - 1).end());
        if (proverb != null) {
            // (nor is the mark itself a saying: "As the song says, the times are changing")
            found.removeIf(f -> !rules.isCue(f.cueLemma(), "speech") && !rules.isCue(f.cueLemma(), "speech-that")
                    && toks.get(f.cue()).begin() >= proverb[0] && toks.get(f.cue()).begin() < proverb[1]
                    || toks.get(f.cue()).begin() >= proverb[2] && toks.get(f.cue()).begin() < proverb[3]);
        }
        if (found.isEmpty()) {
            inRecord(v).or(() -> inTrailingRecord(v)).ifPresent(found::add);
        }
        labelled(v, found).ifPresent(found::add);
        found.replaceAll(f -> {
            Source work = publishedWork(v, f.source());
            return work == f.source() ? f : new Found(f.sentence(), f.cue(), f.cueLemma(), work, f.contentBegin(),
                    f.contentEnd(), f.boundRelative(), f.gapBegin(), f.gapEnd());
        });
        return found;
    }

    /** Words that may stand between a work's participle and the place or body it came out in or by. */
    private static final Set<String> OUT_LINKS = Set.of("in", "by", "on", "last", "this", "earlier", "the", "a", "an",
            "journal", "online");

    /**
     * The source of a study or report that the text says came out somewhere ("Research published
     * Tuesday in the Hollin Medical Review found …", "A study published in the Journal of X on Monday
     * found …", "a report released Monday by the central bank said …"): the work speaks, never the
     * journal it came out in nor the day inside its span; a body after "by" made it and speaks for it.
     * Any other source is returned as it is.
     */
    private Source publishedWork(View v, Source src) {
        if (src == null || src.pronoun()) {
            return src;
        }
        List<Token> toks = v.toks;
        int end = src.tokenEnd() - 1;
        for (int k = Math.max(0, src.tokenBegin() - 8); k + 1 < end; k++) {
            Token t = toks.get(k);
            if (!t.isNoun() || !record(t) && !rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "findings")
                    || !CAME_OUT.contains(v.lower(k + 1))) {
                continue;
            }
            // the work's own phrase: its determiner and modifiers before the noun
            int b = k;
            while (b > 0 && b > src.tokenBegin() - 8 && !v.inTime[b - 1] && v.nameAt[b - 1] == null
                    && (Set.of("a", "an", "the", "new", "latest").contains(v.lower(b - 1)) || v.isAdjective(b - 1)
                            || toks.get(b - 1).isNoun() && Character.isLowerCase(toks.get(b - 1).word().charAt(0)))) {
                b--;
            }
            if (b > src.tokenBegin() || b > firstContentToken(v, 0) && !isPunct(toks.get(b - 1).word())
                    && !Set.of("that", "and", "but").contains(v.lower(b - 1))) {
                return src; // the work is an object or inside another phrase ("cited a study published in …")
            }
            int by = -1;
            for (int x = k + 2; x <= end; x++) {
                boolean inSource = x >= src.tokenBegin();
                if (!inSource && !v.inTime[x] && !OUT_LINKS.contains(v.lower(x))) {
                    return src;
                }
                if (isPunct(toks.get(x).word()) || toks.get(x).isVerb() && !v.inTime[x]) {
                    return src;
                }
                if (by < 0 && v.lower(x).equals("by")) {
                    by = x;
                }
            }
            if (by >= 0) {
                // "a report published Monday by the central bank": the body that made it speaks
                int last = end;
                while (last > by && (v.inTime[last] || Set.of("on", "last", "this", "earlier").contains(v.lower(last)))) {
                    last--;
                }
                Source maker = v.phrase(by + 1, last);
                return maker != null ? maker : src;
            }
            Source work = v.phrase(b, k);
            return work != null ? work : src;
        }
        return src;
    }

    /**
     * Whether the verb at {@code cue} opens a relative clause set off by a comma that tells a saying
     * of its own, perhaps after auxiliaries, a negation and adverbs ("Dovan, who said …", "Dovan, who
     * has since repeatedly said …", "Dovan, who hasn't said …"): the relative word is "who", or
     * "which" after a named source ("Acme, which has long argued …"). A "which" after a common noun
     * mostly takes up the whole clause before the comma ("… rejected the budget, which suggests the
     * mayor has lost support": the budget suggests nothing), so it is no such saying. One definition
     * for {@link ClaimExtractor} (a nested saying kept inside another claim) and for the indirect
     * question check here.
     */
    static boolean setOffRelative(Sentence s, int cue, Source source) {
        List<Token> toks = s.tokens();
        int x = cue - 1;
        while (x > 0 && (AUXILIARIES.contains(lowerAt(toks, x)) || UNTAGGED_ADVERBS.contains(lowerAt(toks, x))
                || Set.of("not", "n't").contains(lowerAt(toks, x))
                || s.isTagged() && toks.get(x).pos() != null && toks.get(x).pos().startsWith("RB"))) {
            x--;
        }
        if (x <= 0 || !lowerAt(toks, x - 1).equals(",")) {
            return false;
        }
        String rel = lowerAt(toks, x);
        return rel.equals("who") || rel.equals("which") && source != null && source.name() != null;
    }

    private static String lowerAt(List<Token> toks, int i) {
        return toks.get(i).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * Modifiers that put a noun of speech in someone else's mouth ("his alleged threat", "her
     * purported promise", "the so-called pledge"): the owner is not said to have spoken.
     */
    private static final Set<String> HEARSAY = Set.of("alleged", "purported", "so-called", "supposed", "rumored",
            "rumoured", "reported");

    /** A proverb's mark: "as the (old) saying goes", "as the adage has it", "as the song says". */
    private static final java.util.regex.Pattern PROVERB = java.util.regex.Pattern.compile(
            "(?i)\\b(?:saying|adage|proverb|maxim|old line|cliche|clich\u00e9|old joke)\\s+(?:goes|has it|says)\\b"
            + "|(?<=\\bas the )song\\s+(?:goes|says)\\b");

    /** Where a clause ends: a comma before "and", "but", "while" or "yet", a semicolon, a dash. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            "(?i),\\s+(?:and|but|while|yet|so)\\b|;|\\s[\u2014\u2013]\\s|\\s--\\s");

    /**
     * The span of the clause a proverb's mark ({@link #PROVERB}) sets off in the sentence from
     * {@code begin} to {@code end}: after a mark that opens the sentence ("As the saying goes, …"),
     * what follows its comma up to the next clause's break; after one that closes a clause ("…, as
     * the saying goes"), what runs from the last break before it. Then where the mark itself
     * begins and ends. Null with no mark.
     */
    static int[] proverbClause(String text, int begin, int end) {
        java.util.regex.Matcher m = PROVERB.matcher(text).region(begin, end);
        if (!m.find()) {
            return null;
        }
        String before = text.substring(begin, m.start());
        if (before.strip().matches("(?i)[\"'\u201C\u2018]?\\s*(?:as|like)\\s+(?:the|an?|that)(?:\\s+old)?\\s*")) {
            java.util.regex.Matcher b = CLAUSE_BREAK.matcher(text).region(m.end(), end);
            // (past the mark's own comma: "As the saying goes, X" reads on from X)
            int from = m.end();
            return new int[] {from, b.find() ? b.start() : end, m.start(), m.end()};
        }
        int from = begin;
        java.util.regex.Matcher b = CLAUSE_BREAK.matcher(text).region(begin, m.start());
        while (b.find()) {
            from = b.end();
        }
        return new int[] {from, m.end(), m.start(), m.end()};
    }

    /** Auxiliaries that open a question ("Did Lee say …?", "Why would Lee tell …?"). */
    private static final Set<String> QUESTION_AUXILIARIES = Set.of("did", "does", "do", "will", "would", "can", "could",
            "should", "has", "have", "had", "is", "are", "was", "were", "might", "must");

    /**
     * Whether the verb of saying at {@code cue}, outside quotation marks, stands in a yes-or-no
     * question: the sentence ends in "?" and opens (after "and", "but" or "so") with an auxiliary
     * ("Did Ann Lee say that the bridge would close?", "Does he know what that entails?"): it asks
     * whether, so no one is said to have said it. A question word presupposes the saying ("Why
     * had he asserted that …?" says he did) and "Lee asked: will the bridge close?" opens with its
     * source; both keep their claims.
     */
    private static boolean askedInQuestion(View v, int cue) {
        List<Token> toks = v.toks;
        int last = toks.size() - 1;
        while (last > 0 && v.isQuoteMark(last)) {
            last--;
        }
        if (last <= cue || !toks.get(last).word().equals("?") || v.insideQuote(toks.get(last).begin())) {
            return false;
        }
        int first = firstContentToken(v, 0);
        while (first < cue && Set.of("and", "but", "so", "or").contains(v.lower(first))) {
            first++;
        }
        if (first >= cue) {
            return false;
        }
        String w = v.lower(first);
        return QUESTION_AUXILIARIES.contains(w) && !toks.get(first).isNoun();
    }

    /**
     * Whether "claim" at {@code cue} takes a prize or a toll as its object, no words of anyone's
     * ("claimed the title", "claimed a bronze medal", "the crash claimed three lives"): a noun of class
     * {@code prize} in word-classes.txt ends the object's first noun phrase and no verb follows in it
     * (a clause is what was claimed: "claimed the title was stolen").
     */
    private boolean wonNotSaid(View v, int cue, String lemma, Found f) {
        if (!lemma.equals("claim") || f.contentBegin() < v.toks.get(cue).end()) {
            return false;
        }
        for (int k = cue + 1; k < v.toks.size() && v.toks.get(k).begin() < f.contentEnd(); k++) {
            Token t = v.toks.get(k);
            if (t.begin() < f.contentBegin()) {
                continue;
            }
            String w = v.lower(k);
            if (rules.inClass(t, "prize")) {
                for (int x = k + 1; x < v.toks.size() && v.toks.get(x).begin() < f.contentEnd(); x++) {
                    if (v.toks.get(x).isFiniteVerb() || v.lower(x).equals("that")) {
                        return false;
                    }
                }
                return true;
            }
            if (v.sentence.isTagged() ? !(t.pos().startsWith("DT") || t.pos().startsWith("PRP") || t.pos().startsWith("JJ")
                    || t.pos().equals("CD") || t.pos().equals("POS") || t.pos().startsWith("NN"))
                    : !Character.isUpperCase(t.word().charAt(0)) && !Set.of("the", "a", "an", "his", "her", "its", "their").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Adverbs after "would" that tell a later act in a story's past ("would later say"). */
    private static final Set<String> LATER = Set.of("later", "eventually", "subsequently", "soon", "then", "afterward",
            "afterwards", "ultimately");

    /**
     * Whether the verb of saying at {@code cue} is only supposed: a plain verb of speech with
     * "would", "could" or "might" before it, not negated, in a sentence with a condition ("If
     * asked, most residents would say the road is unsafe"): nothing was said. "Ann Lee would later
     * say that …" tells what she said; "would not say whether …" is a refusal, a negated claim;
     * "would support", "would seek to" are stated positions and aims, as PolNeAR reads them.
     */
    private boolean hypothetical(View v, int cue, String lemma) {
        if (!rules.isCue(lemma, "speech") || rules.isCue(lemma, "position") || rules.isCue(lemma, "intention")) {
            return false;
        }
        boolean condition = false;
        for (int c = 0; c < cue; c++) {
            if (Set.of("if", "unless").contains(v.lower(c)) && !v.insideQuote(v.toks.get(c).begin())) {
                condition = true;
            }
        }
        if (!condition) {
            return false;
        }
        int x = cue - 1;
        while (x > 0 && v.tagged() && v.toks.get(x).pos().startsWith("RB")) {
            String w = v.lower(x);
            if (LATER.contains(w) || w.equals("not") || w.equals("n't") || w.equals("never")) {
                return false;
            }
            x--;
        }
        if (x < 0 || !Set.of("would", "could", "might", "'d").contains(v.lower(x)) || v.insideQuote(v.toks.get(x).begin())) {
            return false;
        }
        for (int y = Math.max(0, x - 3); y < x; y++) {
            if (Set.of("neither", "nobody", "none", "no", "nor").contains(v.lower(y))) {
                return false; // "neither side would say so": a refusal, a negated claim
            }
        }
        return true;
    }

    /** Adjectives that may stand between an owner and a noun of speech ("his repeated claims", "her earlier warning"). */
    private static final int NOUN_MODIFIERS = 2;

    /**
     * A noun of speech or of held view (role {@code speech-noun}: "claim", "warning", "promise")
     * with an owner before it and its clause after it: "that" and a clause with a subject of its
     * own ("his warning that the plant would close", "Ann Lee's claim that the fund is empty",
     * "the judges' statement that …"), or, for a noun of promise (role {@code speech-noun-to}),
     * "to" and a verb ("her pledge to repeal the fee"). The owner speaks: a possessive pronoun
     * or a phrase before "'s". Null for a noun that is only a topic ("the claim was rejected",
     * "his statement on Monday"), a "that" that opens a relative clause ("the claim that
     * was rejected"), a noun with no owner ("a claim that …": who claimed is not said) and a
     * question.
     */
    private Found nounCue(View v, int i) {
        List<Token> toks = v.toks;
        Token t = toks.get(i);
        if (!v.tagged() || !t.isNoun() || Token.isNameTag(t.ner()) || i + 3 >= toks.size()) {
            return null;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (!rules.isCue(lemma, "speech-noun")) {
            return null;
        }
        String next = v.lower(i + 1);
        boolean that = next.equals("that") && !toks.get(i + 2).isVerb() && !isPunct(toks.get(i + 2).word())
                && !toks.get(i + 2).pos().equals("MD") && finiteVerbAhead(v, i + 2);
        boolean to = next.equals("to") && rules.isCue(lemma, "speech-noun-to") && toks.get(i + 2).pos().equals("VB");
        // "Ann Lee's view is that the toll will hurt farmers": the noun's clause after a copula
        boolean copula = Set.of("is", "was", "remains", "remained").contains(next) && i + 4 < toks.size()
                && v.lower(i + 2).equals("that") && !toks.get(i + 3).isVerb() && !isPunct(toks.get(i + 3).word())
                && !toks.get(i + 3).pos().equals("MD") && finiteVerbAhead(v, i + 3);
        that |= copula;
        int last = toks.size() - 1;
        while (last > i && v.isQuoteMark(last)) {
            last--;
        }
        if (!that && !to || toks.get(last).word().equals("?")) {
            return null;
        }
        if (that && !copula && relativeThat(v, i + 1)) {
            return null; // "her statement that she gave to the detectives": the noun is the clause's object
        }
        int p = i - 1;
        while (p > 0 && i - p <= NOUN_MODIFIERS && (v.isAdjective(p) && !toks.get(p).pos().equals("POS")
                && !toks.get(p).pos().equals("PRP$") || toks.get(p).pos().startsWith("RB"))) {
            if (HEARSAY.contains(v.lower(p))) {
                return null; // "Ann Lee's alleged threat that …": others say she made it; she is no source
            }
            p--;
        }
        if (p < 0) {
            return null;
        }
        Source owner;
        String w = v.lower(p);
        if (Set.of("his", "her", "their", "its").contains(w) && toks.get(p).pos().equals("PRP$")) {
            owner = new Source(v.sentence.index(), p, p + 1, toks.get(p).begin(), toks.get(p).end(), null, null, true);
        } else if ((w.equals("'s") || w.equals("\u2019s") || w.equals("'")) && p > 0 && toks.get(p).pos().equals("POS")) {
            owner = v.core(p - 1);
            if (owner == null || owner.pronoun()) {
                return null;
            }
        } else {
            return null;
        }
        int from = copula ? i + 3 : that ? i + 2 : i + 1;
        Found f = content(v, i, lemma, owner, from, clauseEnd(v, from)).orElse(null);
        return f == null ? null : beforeMainVerb(v, f);
    }

    /** Verbs that hand over a noun of speech ("had a message for", "sent a warning to", "offered advice"). */
    private static final Set<String> HANDING_VERBS = Set.of("have", "send", "deliver", "give", "offer", "issue", "repeat");

    /**
     * "The union had a simple message for the owners: pay up", "Lee sent a blunt warning to rivals:
     * …": a noun of speech (role {@code speech-noun} or {@code counsel-noun}) that is the object of a verb of handing over
     * ({@link #HANDING_VERBS}) and is followed, past a listener after "for" or "to", by a colon: the
     * verb's subject says what follows the colon. Null for any other shape, or with no subject
     * before the verb.
     */
    private Found messageBeforeColon(View v, int i) {
        List<Token> toks = v.toks;
        Token t = toks.get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (!v.tagged() || !t.isNoun() || Token.isNameTag(t.ner())
                || !rules.isCue(lemma, "speech-noun") && !rules.isCue(lemma, "counsel-noun")) {
            return null;
        }
        int colon = i + 1;
        if (colon < toks.size() && Set.of("for", "to").contains(v.lower(colon))) {
            colon++;
            // a hyphen inside a word of the listener's phrase ("for his players at half-time:") goes on
            while (colon < toks.size() && colon - i <= 8 && (!isPunct(toks.get(colon).word())
                    || colon > i + 1 && innerHyphen(v, colon))) {
                colon++;
            }
        }
        if (colon + 2 >= toks.size() || !toks.get(colon).word().equals(":") || v.insideQuote(toks.get(colon).begin())) {
            return null;
        }
        int vb = i - 1;
        while (vb > 0 && i - vb <= 4 && (DETERMINERS.contains(v.lower(vb)) || v.isAdjective(vb)
                || toks.get(vb).pos().startsWith("RB") || toks.get(vb).pos().equals("PRP$") || v.lower(vb).equals("one"))) {
            vb--;
        }
        Token verb = toks.get(vb);
        if (!verb.isVerb()
                || !HANDING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int j = vb - 1;
        while (j >= 0 && v.between(j)) {
            j--;
        }
        Source src = j >= 0 ? v.sourceEndingAt(j) : null;
        if (src == null) {
            return null;
        }
        return content(v, i, t.lemma().toLowerCase(Locale.ROOT), src, colon + 1, toks.size()).orElse(null);
    }

    /** Auxiliaries of a verb group ("had", "would have", "was"). */
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "having", "do", "does", "did", "be",
            "been", "being", "is", "are", "was", "were", "am");

    /**
     * Whether the "that" at {@code th} after a noun of speech opens a relative clause on the noun
     * rather than the noun's content: followed by a subject and a verb that takes a noun of speech as its object (word class {@code utter}: "made", "gave",
     * "issued", "broke") with no object of its own after it ("the statement that she gave to the
     * detectives", "the claim that he made in May", "the promise that he broke."). "Her statement
     * that she had never met him" and "his claim that she gave birth" keep their clause. (The
     * tagger's WDT is no sign: it tags "his warning that illegal immigrants …" so too.)
     */
    private boolean relativeThat(View v, int th) {
        List<Token> toks = v.toks;
        int m = th + 1;
        int limit = Math.min(toks.size(), th + 8);
        while (m < limit && !toks.get(m).isVerb() && !toks.get(m).pos().equals("MD") && !isPunct(toks.get(m).word())) {
            m++; // the relative clause's subject
        }
        if (m >= limit || m == th + 1 || isPunct(toks.get(m).word())) {
            return false;
        }
        // auxiliaries and adverbs before the verb itself ("she had earlier given")
        while (m + 1 < toks.size() && (toks.get(m).pos().equals("MD") || AUXILIARIES.contains(v.lower(m)))
                && (toks.get(m + 1).isVerb() || toks.get(m + 1).pos().startsWith("RB"))) {
            m++;
            while (m + 1 < toks.size() && toks.get(m).pos().startsWith("RB")) {
                m++;
            }
        }
        Token verb = toks.get(m);
        if (!verb.isVerb() || !rules.inClass(verb.lemma(), "utter")) {
            return false;
        }
        if (m + 1 >= toks.size()) {
            return true;
        }
        Token next = toks.get(m + 1);
        String p = next.pos();
        return isPunct(next.word()) || v.inTime[m + 1] || p.equals("IN") || p.equals("TO");
    }

    /**
     * A noun of speech (role {@code speech-noun}) that opens the object at {@code k} and is followed
     * by "that" ("his claim that …", "the senator's assertion that …", "the allegation that …"):
     * its index when an owner (a possessive or a phrase with "'s") stands before it, minus its
     * index when none does, 0 when the object is no such noun.
     */
    private int ownedSpeechNoun(View v, int k) {
        List<Token> toks = v.toks;
        if (!v.tagged()) {
            return 0;
        }
        boolean owner = false;
        for (int x = k; x < Math.min(toks.size() - 1, k + 7); x++) {
            Token t = toks.get(x);
            String w = v.lower(x);
            if (t.isNoun() && !Token.isNameTag(t.ner()) && rules.isCue(t.lemma().toLowerCase(Locale.ROOT), "speech-noun")
                    && v.lower(x + 1).equals("that")) {
                return owner ? x : -x;
            }
            if (t.pos().equals("POS") || t.pos().equals("PRP$")) {
                owner = true;
            } else if (!(DETERMINERS.contains(w) || t.isNoun() || v.isAdjective(x) || t.pos().startsWith("RB")
                    || t.pos().equals("VBN") || t.pos().equals("HYPH"))) {
                return 0;
            }
        }
        return 0;
    }

    /** What opens a second clause before a source: a comparison or a contrast after a comma. */
    private static final Pattern SECOND_CLAUSE = Pattern.compile(
            ",\\s*(?:compared (?:with|to)|versus|vs\\.?|while|whereas)\\s*$");

    /** Words that may stand before a labelling name ("Former Gov. Ann Lee:", "The Harbor Institute:"). */
    private static final Set<String> LABEL_WORDS = Set.of("the", "former", "ex", "-", "\u2014", "\u2013", "--");

    /**
     * "Ann Lee: Harbor Fee Will Be Repealed.", "Harbor Institute poll: Lee leads by nine": a sentence
     * that opens with nothing but a person's or an organisation's name (titles before it) or a phrase
     * headed by a poll or a study (role {@code record}), then a colon, gives the rest of the sentence
     * to that source, as headlines and transcripts do. Never a label that is no source ("Correction:",
     * "Editor's note:", "Q:"), a name inside a longer phrase ("Lee Addresses the Crowd:", "Reaction to
     * Lee:"), nor when the words after the colon name a source of their own ("Lee: A new poll found
     * …" is the poll's).
     */
    private Optional<Found> labelled(View v, List<Found> found) {
        List<Token> toks = v.toks;
        int first = firstContentToken(v, 0);
        int colon = first;
        while (colon < toks.size() && colon - first <= 8 && !toks.get(colon).word().equals(":")) {
            colon++;
        }
        if (colon >= toks.size() || colon == first || colon - first > 8 || !toks.get(colon).word().equals(":")
                || v.insideQuote(toks.get(colon).begin())) {
            return Optional.empty();
        }
        int last = colon - 1;
        Source src;
        if (v.nameAt[last] != null) {
            for (int k = first; k <= last; k++) {
                if (v.nameAt[k] == null && v.titleAt[k] == null && !LABEL_WORDS.contains(v.lower(k))) {
                    return Optional.empty();
                }
            }
            src = v.phrase(first, last);
            if (src == null || src.name() == null) {
                return Optional.empty();
            }
        } else if (record(toks.get(last)) && colon - first <= 5) {
            for (int k = first; k < last; k++) {
                if (!Character.isUpperCase(toks.get(k).word().codePointAt(0)) && v.nameAt[k] == null) {
                    return Optional.empty(); // "New Harbor poll:", not "a look at the poll:"
                }
            }
            int b = toks.get(first).begin();
            int e = toks.get(last).end();
            src = new Source(v.sentence.index(), first, colon, b, e, null, v.text.substring(b, e), false);
        } else {
            return Optional.empty();
        }
        int after = toks.get(colon).end();
        for (Found f : found) {
            if (f.contentEnd() > after) {
                // the words after the colon have a source of their own ("Lee: a poll found …"; in a
                // transcript "LEE: I think …" the label speaks for the "I" of that claim)
                return Optional.empty();
            }
        }
        // a label needs a clause after it, or words in quotation marks: "Lee: Now or never" is a
        // heading of the writer's, not a claim
        Optional<Found> f = content(v, colon, ":", src, colon + 1, toks.size());
        return f.filter(c -> "\"\u201C\u2018'".indexOf(v.text.charAt(c.contentBegin())) >= 0
                || words(v.text, c.contentBegin(), c.contentEnd()) >= 5);
    }

    /**
     * "In the latest Harbor Institute poll, Ann Lee leads by nine points": a sentence with no other
     * cue that opens with "In" and a phrase headed by a poll, a survey or a study (role {@code
     * record}) reports what that record found; the phrase is the source, the clause after the comma
     * the content.
     */
    private Optional<Found> inRecord(View v) {
        List<Token> toks = v.toks;
        int in = firstContentToken(v, 0);
        if (in >= toks.size() || !v.lower(in).equals("in")) {
            return Optional.empty();
        }
        int comma = in + 1;
        while (comma < toks.size() && comma - in <= 14 && !toks.get(comma).word().equals(",") && !v.isQuoteMark(comma)) {
            comma++;
        }
        if (comma >= toks.size() || comma - in > 14 || comma < in + 2 || !toks.get(comma).word().equals(",")
                || recordHead(v, in + 1, comma) < 0) {
            return Optional.empty();
        }
        Source src = v.phrase(in + 1, comma - 1);
        if (src == null) {
            int b = toks.get(in + 1).begin();
            int e = toks.get(comma - 1).end();
            src = new Source(v.sentence.index(), in + 1, comma, b, e, null, v.text.substring(b, e), false);
        }
        return content(v, in, "in", src, comma + 1, toks.size());
    }

    /**
     * The poll or survey noun that heads the phrase from {@code from} to {@code to} (exclusive), or
     * -1: a record noun within the first ten words with no verb before it, and after it only words
     * that modify it, no finite verb ("a Harbor Institute poll", "a new Kestrel poll released
     * Friday", "the April survey of likely voters", "a poll last month"; never "the poll showed").
     */
    private int recordHead(View v, int from, int to) {
        int head = -1;
        for (int x = from; x < to; x++) {
            Token t = v.toks.get(x);
            if (head < 0 && record(t) && x - from < 10 && !t.isVerb()) {
                head = x;
            } else if (v.tagged() && t.isVerb() && !Character.isUpperCase(t.word().codePointAt(0))
                    && (head < 0 || !Set.of("VBN", "VBG").contains(t.pos()))) {
                // (a name's word the tagger read as a verb is none: "the Morning Consult poll"; after
                // the noun only a participle modifies it: "in the polls in order to be …" is no source)
                return -1;
            }
        }
        return head;
    }

    /**
     * "Ann Lee leads by six points in a new Harbor Institute poll", "Kim fell to 10 percent in the
     * latest survey released Monday": a sentence with no other cue whose clause ends with "in" and a
     * poll or survey (role {@code record}, with only its modifiers after it) reports what the record
     * found; the phrase after "in" is the source, the clause before it the content. The clause must
     * tell a standing (word class {@code standing}: "leads", "ahead", "percent", "points") and have
     * a verb, so "voters took part in the survey" and "Kim's rise in the polls has alarmed …" say
     * nothing of it.
     */
    private Optional<Found> inTrailingRecord(View v) {
        List<Token> toks = v.toks;
        int first = firstContentToken(v, 0);
        for (int in = first + 2; in + 1 < toks.size(); in++) {
            if (!v.lower(in).equals("in") || v.insideQuote(toks.get(in).begin())) {
                continue;
            }
            int end = in + 1;
            while (end < toks.size() && !Set.of(",", ";", ".", "?", "!", ":", "--", "\u2014").contains(toks.get(end).word())) {
                end++;
            }
            int head = recordHead(v, in + 1, end);
            if (head < 0 || !pollTail(v, head + 1, end)
                    || end < toks.size() && toks.get(end).word().equals(",") && finiteVerbAhead(v, end + 1)) {
                continue;
            }
            // the clause that ends with the poll: after the last comma with a verb after it ("Lee
            // leads her rival, Tom Kim, by six points in …" is one clause), past a word that
            // subordinates it ("While he trails …", "…, where Kim has led …")
            int from = first;
            boolean verbAfter = false;
            for (int x = in - 1; x > first; x--) {
                verbAfter |= toks.get(x).isVerb();
                if (verbAfter && toks.get(x).word().equals(",") && !v.insideQuote(toks.get(x).begin())) {
                    from = x + 1;
                    break;
                }
            }
            while (from < in && (SUBORDINATORS.contains(v.lower(from)) || Set.of("but", "and", "so", "yet", "where")
                    .contains(v.lower(from)))) {
                from++;
            }
            boolean standing = false;
            boolean verb = false;
            boolean relative = false;
            for (int x = from; x < in; x++) {
                Token t = toks.get(x);
                standing |= rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "standing")
                        || rules.inClass(t.word().toLowerCase(Locale.ROOT), "standing") || t.word().equals("%");
                verb |= t.isVerb();
                // a relative clause's standing is its noun's, said in passing ("attacking a rival who
                // is far behind him in the polls", "Kim, who leads in the polls")
                relative |= RELATIVE.contains(v.lower(x)) || v.lower(x).equals("that");
            }
            if (!standing || !verb || relative || in - from < 3) {
                continue;
            }
            Source src = v.phrase(in + 1, end - 1);
            if (src == null) {
                int b = toks.get(in + 1).begin();
                int e = toks.get(end - 1).end();
                src = new Source(v.sentence.index(), in + 1, end, b, e, null, v.text.substring(b, e), false);
            }
            int b = toks.get(from).begin();
            return span(v, in, "in", src, b, toks.get(in - 1).end());
        }
        return Optional.empty();
    }

    /**
     * Whether what follows a trailing poll's noun leaves it a poll of people: nothing, a participle
     * ("released Friday", "conducted by …"), "by" its maker, or "of" people ("of likely voters", "of
     * 1,000 adults", "of Ohioans"); not "a survey of coral reefs" or "the survey area", which no one
     * answered.
     */
    private boolean pollTail(View v, int from, int end) {
        if (from >= end) {
            return true;
        }
        Token next = v.toks.get(from);
        String w = v.lower(from);
        if (w.equals("by") || next.pos() != null && Set.of("VBN", "VBG").contains(next.pos())
                || next.pos() == null && w.matches("[a-z]+(?:ed|ing)")) {
            return true;
        }
        if (!w.equals("of")) {
            return false;
        }
        for (int x = from + 1; x < end && x < from + 5; x++) {
            Token t = v.toks.get(x);
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (rules.inClass(lemma, "people") || rules.inClass(lemma, "person") || word.endsWith("s")
                    && (rules.inClass(word.substring(0, word.length() - 1), "people")
                        || rules.inClass(word.substring(0, word.length() - 1), "person"))
                    || Character.isUpperCase(t.word().codePointAt(0)) && t.word().endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a source phrase is headed by a poll, a study or a report (role {@code record} or word
     * class {@code findings}: "The April survey", "A review of the accounts by the auditor"): its
     * first noun, before any "of" or "by" phrase.
     */
    private boolean research(View v, Source src) {
        for (int x = src.tokenBegin(); x < src.tokenEnd(); x++) {
            Token t = v.toks.get(x);
            if (record(t) || rules.inClass(t.lemma(), "findings")) {
                return true;
            }
            if (Set.of("of", "by", "from", "for", "in", "on", "with", ",").contains(v.lower(x))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a noun, singular or plural, has the role {@code record} ("poll", "polls", "studies"). */
    private boolean record(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return rules.isCue(t.lemma().toLowerCase(Locale.ROOT), "record") || rules.isCue(w, "record")
                || w.endsWith("ies") && rules.isCue(w.substring(0, w.length() - 3) + "y", "record")
                || w.endsWith("s") && rules.isCue(w.substring(0, w.length() - 1), "record");
    }

    /** One sentence's tokens with the names, titles and times over them. */
    private View view(AnnotatedDocument annotated, Sentence s, List<EntityMention> mentions,
            Predicate<EntityMention> speaks, Predicate<EntityMention> person, List<QuoteSpans.Quote> quotes,
            List<TimeMention> times) {
        String text = annotated.document().text();
        List<Token> toks = s.tokens();
        EntityMention[] nameAt = new EntityMention[toks.size()];
        for (EntityMention m : mentions) {
            if (m.sentence() == s.index() && speaks.test(m)) {
                for (int i = m.tokenBegin(); i < m.tokenEnd() && i < toks.size(); i++) {
                    nameAt[i] = m;
                }
            }
        }
        EntityMention[] titleAt = new EntityMention[toks.size()];
        for (EntityMention m : mentions) {
            if (m.sentence() == s.index() && m.entityType() == EntityType.TITLE) {
                for (int i = m.tokenBegin(); i < m.tokenEnd() && i < toks.size(); i++) {
                    titleAt[i] = m;
                }
            }
        }
        boolean[] inTime = new boolean[toks.size()];
        for (TimeMention t : times) {
            if (t.sentence() == s.index()) {
                for (Token tok : toks) {
                    if (tok.begin() >= t.begin() && tok.end() <= t.end()) {
                        inTime[tok.index()] = true;
                    }
                }
            }
        }
        return new View(text, toks, nameAt, titleAt, inTime, quotes, s, person, w -> rules.inClass(w, "body"),
                w -> java.util.stream.Stream.of("published", "telling", "findings", "work", "research").anyMatch(c -> rules.inClass(w, c)),
                w -> rules.inClass(w, "access"), w -> rules.inClass(w, "place-office"), w -> rules.inClass(w, "relative"));
    }

    /**
     * Who says a quote that no speech verb attributes, from the sentence it stands in: the name or
     * pronoun that opens the sentence before the quote ("Ann Lee thanked the crew for “…”", "As
     * Ann Lee put it, “…”", "Ann Lee continued:" when the quote opens the next sentence), or the
     * name that labels it before a colon ("More from Ann Lee: “…”"). {@code before} is the offset
     * where the quote opens; a quote that opens the sentence has no subject in it. Null when the
     * sentence opens with no name or personal pronoun, when the name only owns the subject ("Ann
     * Lee's critics"), or when another quote stands earlier in the sentence.
     */
    Source quoteSubject(AnnotatedDocument annotated, Sentence s, List<EntityMention> mentions, Predicate<EntityMention> speaks,
            Predicate<EntityMention> person, List<QuoteSpans.Quote> quotes, List<TimeMention> times, int before) {
        View v = view(annotated, s, mentions, speaks, person, quotes, times);
        List<Token> toks = v.toks;
        int k = 0;
        while (k < toks.size() && toks.get(k).begin() < before) {
            k++;
        }
        int first = firstContentToken(v, 0);
        if (first >= k) {
            return null;
        }
        for (int i = first; i < k; i++) {
            if (v.isQuoteMark(i) || v.insideQuote(toks.get(i).begin())) {
                return null;
            }
        }
        // "More from Ann Lee: “…”", "- Ann Lee: “…”": a name that only labels what follows
        if (k - 2 >= first && toks.get(k - 1).word().equals(":") && v.nameAt[k - 2] != null) {
            Source named = v.core(k - 2);
            // people who write together label it too ("- Ann Lee and Tom Kim: “…”")
            int from = v.group(named) ? named.tokenBegin() : v.nameAt[k - 2].tokenBegin();
            boolean label = from <= first || Datelines.isDash(toks.get(from - 1).word())
                    || from >= 2 && v.lower(from - 1).equals("from") && v.lower(from - 2).equals("more");
            if (label) {
                return v.core(k - 2);
            }
        }
        int start = first;
        for (int i = first; i < Math.min(k, first + 12); i++) {
            String w = toks.get(i).word();
            if (ASIDE_DASHES.contains(w) || v.agencyDash(i)) {
                start = i + 1; // past a dateline ("DOVER, Del. (AP) —", "DOVER (Harbor Wire) -")
                break;
            }
        }
        if (start < k && Set.of("and", "but", "so", "yet", "still", "or").contains(v.lower(start))) {
            start++;
        }
        if (start + 1 < k && v.lower(start).equals("as") && v.nameAt[start + 1] != null) {
            start++; // "As Ann Lee put it, “…”"
        } else if (start < k && FRONTED.contains(v.lower(start))) {
            // a fronted phrase ("Speaking at the rally, …") holds no subject
            int c = start + 1;
            while (c < k && !toks.get(c).word().equals(",")) {
                c++;
            }
            start = c + 1;
        }
        if (start >= k) {
            return null;
        }
        if (Set.of("he", "she", "they", "we", "i").contains(v.lower(start))) {
            return v.core(start);
        }
        // titles and modifiers may stand before the name ("Harbor pilot Ann Lee", "The former mayor Ann Lee")
        int i = start;
        while (i < k && i - start < 8 && v.nameAt[i] == null && (v.titleAt[i] != null || v.isAdjective(i)
                || v.isNounLike(i) || Set.of("the", "a", "an").contains(v.lower(i)))) {
            i++;
        }
        if (i >= k || v.nameAt[i] == null) {
            return null;
        }
        int end = v.headOfNameChain(v.nameAt[i].tokenEnd() - 1, k);
        if (end + 1 < toks.size() && Set.of("'s", "'").contains(v.lower(end + 1))) {
            return null; // "Ann Lee's critics": the name only owns the subject
        }
        if (subjectVerbPassive(toks, end + 1, k)) {
            return null; // "Ann Lee was charged with “…”", "Lee is described as “…”": someone else's words
        }
        Source src = v.core(end);
        return src != null && src.name() != null ? src : null;
    }


    /**
     * Whether the verb group of the subject ending before {@code from} is passive, whatever its verb
     * ("Ann Lee was charged with “…”": the quote is not hers): the first verb up to {@code to} a form of
     * "be" or "get" with a past participle after it, adverbs between ("was later charged"). Unlike
     * {@link #passiveCue}, which asks it of a known speech verb, this finds the verb group first.
     */
    private static boolean subjectVerbPassive(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!PASSIVE_AUXILIARIES.contains(w)) {
                if (t.isVerb()) {
                    return false; // the subject's own verb ("thanked", "put")
                }
                continue;
            }
            for (int j = i + 1; j < Math.min(to, i + 4); j++) {
                Token n = toks.get(j);
                String nw = n.word().toLowerCase(Locale.ROOT);
                if (pastParticiple(n)) {
                    return true;
                }
                boolean adverb = n.isTagged() ? n.pos().startsWith("RB") : nw.endsWith("ly") || UNTAGGED_ADVERBS.contains(nw);
                if (!adverb) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * A sentence that is only an attribution says the quote next to it: "“…?” Ann Lee said." and
     * "“…!” said Ann Lee, a lawyer." (a question or exclamation mark ends the quote's sentence),
     * the quote that closes right before it in the same paragraph; "Ann Lee said:" and "Said Ann
     * Lee:", the quote that opens right after it, in this or the next paragraph.
     */
    private Found adjacentQuote(View v, int i, String lemma) {
        List<Token> toks = v.toks;
        int first = firstContentToken(v, 0);
        Source src;
        int after;
        if (i == first) {
            int end = v.phraseEnd(i + 1);
            src = end > i + 1 ? v.phrase(i + 1, end - 1) : null;
            after = end;
        } else {
            int j = i - 1;
            while (j >= 0 && v.between(j)) {
                j--;
            }
            src = j >= 0 ? v.sourceEndingAt(j) : null;
            if (src != null && (src.tokenBegin() != first || passiveCue(v, j + 1, i))) {
                return null; // "“…?” Ann Lee was asked.": the listener says nothing
            }
            after = lemma.indexOf(' ') > 0 ? i + 2 : i + 1; // past a particle ("shot back")
        }
        if (src == null) {
            return null;
        }
        int last = toks.size() - 1;
        while (last > 0 && v.isQuoteMark(last)) {
            last--;
        }
        String end = toks.get(last).word();
        for (int k = after; k < last; k++) {
            if (toks.get(k).word().equals(",") && k + 1 < last && Set.of("who", "whose").contains(v.lower(k + 1))) {
                break; // "asked Ann Lee, who backs the bill.": a relative clause on the source, its verb no cue of its own
            }
            if (v.isQuoteMark(k) || k != i && cueLemma(v, k) != null) {
                return null;
            }
        }
        String text = v.text;
        int sb = toks.get(0).begin();
        int se = toks.get(toks.size() - 1).end();
        if (end.equals(":")) {
            for (QuoteSpans.Quote q : v.quotes) {
                if (q.outerBegin() >= se && text.substring(se, q.outerBegin()).isBlank()
                        && text.substring(se, q.outerBegin()).chars().filter(c -> c == '\n').count() <= 2) {
                    return new Found(v.sentence.index(), i, lemma, src, q.begin(), q.end());
                }
            }
            return null;
        }
        if (after < last && i != first && rules.isCue(lemma, "recipient") && v.phraseEnd(after) > after) {
            after = v.phraseEnd(after); // "“…?” Ann Lee asked the mayor.": past the listener
        }
        if (!end.equals(".") || after < last && !toks.get(after).word().equals(",") && !v.inTime[after]
                && !Set.of("to", "in", "on", "at", "during", "after", "before", "of", "from", "about", "with", "as",
                        "when", "while", "outside", "inside", "shortly", "upon").contains(v.lower(after))) {
            return null;
        }
        // the sentence may open inside the quote it follows ("“…great?,” Ann Lee said.": split after "?")
        int sbContent = toks.get(first).begin();
        for (QuoteSpans.Quote q : v.quotes) {
            if (q.outerEnd() > sb && q.outerEnd() <= sbContent && q.outerBegin() < sb
                    && text.substring(q.outerEnd(), sbContent).isBlank()) {
                int c = lastMarkOf(text, q);
                if (c > q.begin() && text.charAt(c) == ',' && "?!".indexOf(text.charAt(c - 1)) >= 0) {
                    return new Found(v.sentence.index(), i, lemma, src, q.begin(), q.end());
                }
                // the quote's closing marks open this sentence ("“…need?’” Ann Lee said.")
                if (c > q.begin() && "?!".indexOf(text.charAt(c)) >= 0) {
                    return new Found(v.sentence.index(), i, lemma, src, q.begin(), q.end());
                }
            }
            if (q.outerEnd() <= sb && text.substring(q.outerEnd(), sb).isBlank()
                    && text.substring(q.outerEnd(), sb).indexOf('\n') < 0) {
                char close = text.charAt(Math.max(q.begin(), lastMarkOf(text, q)));
                // a full stop ends the quote's sentence too when the quote opens its own
                // ("“The harbor is closed.” Ann Lee said.")
                if (close == '?' || close == '!' || close == '.' && opensSentence(text, q.outerBegin())) {
                    return new Found(v.sentence.index(), i, lemma, src, q.begin(), q.end());
                }
            }
        }
        return null;
    }

    /**
     * The last character of a quote's text that is no space and no single quote closing a quote
     * inside it ("…need?\u2019" gives the "?"); {@code q.begin()} when there is none.
     */
    private static int lastMarkOf(String text, QuoteSpans.Quote q) {
        int c = q.end() - 1;
        while (c > q.begin() && (Character.isWhitespace(text.charAt(c)) || "'\u2019".indexOf(text.charAt(c)) >= 0)) {
            c--;
        }
        return c;
    }

    /**
     * The source of the attribution that ends at a comma, when a participle of speech follows it:
     * "“…,” Ann Lee said, adding that …" (the source before the verb) and "“…?” said Ann Lee,
     * adding …" (the name after it); null when no verb of speech ends there.
     */
    private Source speakerBeforeComma(View v, int comma) {
        int p = comma - 1;
        if (p < 1) {
            return null;
        }
        // "…, Ann Lee said on Monday in Dover, adding …": the verb's own adjuncts may stand between
        int verb = p;
        while (verb > p - 8 && verb > 0 && cueLemma(v, verb) == null && !isPunct(v.toks.get(verb).word())
                && !v.isQuoteMark(verb) && !v.toks.get(verb).isFiniteVerb() && v.nameAt[verb] == null) {
            verb--;
        }
        if (verb < p && cueLemma(v, verb) != null && (v.inTime[verb + 1]
                || ADJUNCT_AFTER_VERB.contains(v.lower(verb + 1)))) {
            p = verb;
        }
        if (cueLemma(v, p) != null) {
            int j = p - 1;
            while (j >= 0 && v.between(j)) {
                j--;
            }
            Source src = j >= 0 ? v.sourceEndingAt(j) : null;
            // (a common noun set off after what was said speaks too: "Profit fell, the company said
            // on Tuesday, citing costs")
            boolean setOff = src != null && src.tokenBegin() > 0 && (v.toks.get(src.tokenBegin() - 1).word().equals(",")
                    || v.isQuoteMark(src.tokenBegin() - 1));
            return src != null && (src.name() != null || src.pronoun() || setOff) ? src : null;
        }
        if (v.nameAt[p] != null && v.nameAt[p].tokenEnd() - 1 == p) {
            int k = v.nameAt[p].tokenBegin() - 1;
            while (k >= 0 && v.titleAt[k] != null) {
                k--;
            }
            // only the inverted "said Ann Lee" after what was said, not an object ("praised Ann Lee")
            String lemma = k >= 1 ? cueLemma(v, k) : null;
            if (lemma != null && rules.isCue(lemma, "speech") && !rules.isCue(lemma, "recipient")
                    && !rules.isCue(lemma, "speech-object") && (v.isQuoteMark(k - 1) || v.toks.get(k - 1).word().equals(","))) {
                return v.core(p);
            }
        }
        return null;
    }

    /** Words that open a clause or phrase of time or manner after a verb of speech ("said as she left"). */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("as", "when", "while", "after", "before", "during",
            "shortly", "upon", "until");

    /**
     * Whether a content opens with an adjunct right after its cue: of time ("said as she left") or
     * a participle after a comma ("tweeted, quoting the letter").
     */
    private static boolean opensAdjunct(View v, Found f) {
        int k = f.cue() + 1;
        while (k < v.toks.size() && v.toks.get(k).end() <= f.contentBegin()) {
            k++;
        }
        if (k == f.cue() + 2 && v.toks.get(f.cue() + 1).word().equals(",") && k < v.toks.size()
                && v.toks.get(k).begin() == f.contentBegin() && v.lower(k).endsWith("ing")) {
            return true; // "“…!” Ann Lee tweeted, quoting the letter."
        }
        return k == f.cue() + 1 && k < v.toks.size() && v.toks.get(k).begin() == f.contentBegin()
                && ADJUNCT_OPENERS.contains(v.lower(k));
    }

    /** Whether offset {@code at} opens a sentence: at a paragraph's start or after a sentence's end. */
    private static boolean opensSentence(String text, int at) {
        int b = at - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b--;
        }
        return b < 0 || ".!?\n".indexOf(text.charAt(b)) >= 0;
    }

    /** The cue lemma of a speech verb at token {@code i}, or null. */
    private String cueLemma(View v, int i) {
        Token t = v.toks.get(i);
        if (Token.isNameTag(t.ner())) {
            return null;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        // untagged, a word with a past-tense reading may be the verb ("said")
        boolean verb = v.tagged() ? t.isVerb() : !lemma.equalsIgnoreCase(t.word());
        if (!verb && !v.tagged() && i + 1 < v.toks.size() && speechCue(lemma + " " + v.lower(i + 1))) {
            return lemma + " " + v.lower(i + 1); // a phrasal cue whose verb has one form ("put it")
        }
        if (!verb) {
            return null;
        }
        if (v.tagged() && rules.isCue(lemma, "speech-object") && (Token.attributiveParticiple(v.toks, i, false, false)
                || i > 0 && "POS".equals(v.toks.get(i - 1).pos()) && t.pos().matches("VB[ND]") && i + 1 < v.toks.size()
                        && v.toks.get(i + 1).pos().matches("NNS?"))) {
            // "the proposed merger", "Tresco Bank's proposed takeover collapsed": an adjective of the noun, no
            // one proposing
            return null;
        }
        // a phrasal verb of speech listed with its particle ("shot back", "chimed in")
        if (i + 1 < v.toks.size() && speechCue(lemma + " " + v.lower(i + 1))) {
            return lemma + " " + v.lower(i + 1);
        }
        return speechCue(lemma) ? lemma : null;
    }

    private boolean speechCue(String lemma) {
        return rules.isCue(lemma, "speech") || rules.isCue(lemma, "speech-that") || rules.isCue(lemma, "speech-to")
                || rules.isCue(lemma, "speech-about") || rules.isCue(lemma, "speech-object") || stanceOrEvidence(lemma)
                || heldView(lemma);
    }

    /**
     * Whether a verb attributes a view the subject holds rather than words it said: a belief, hope
     * or fear with its clause (role {@code belief}), a view of something "as" something (role
     * {@code view-as}) or an aim in a "to" clause (role {@code intention}).
     */
    private boolean heldView(String lemma) {
        return rules.isCue(lemma, "belief") || rules.isCue(lemma, "view-as") || rules.isCue(lemma, "intention");
    }

    /**
     * Whether a verb of held view at {@code cue} is passive, so that its subject holds nothing: a
     * past participle after a form of "be", adverbs between ("Lee is expected to resign", "the plan
     * was widely seen as a gamble", "is still hoped"): the writer's forecast or an unnamed crowd's
     * view, no one's stated aim.
     */
    private static boolean passiveView(View v, int cue) {
        if (!pastParticiple(v.toks.get(cue))) {
            return false;
        }
        for (int x = cue - 1; x >= 0 && x >= cue - 4; x--) {
            String w = v.lower(x);
            if (BE.contains(w) || w.equals("get") || w.equals("got") || w.equals("gets")) {
                return true;
            }
            if (!v.between(x) && !(v.tagged() && v.toks.get(x).pos().startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Any verb that takes a "that" clause attributes it to its subject ("Lee worried that …", "the
     * report concluded that …"): the verb's lemma, or null. The clause must follow the verb at once
     * (an adverb may stand between) and be a clause, not "that" as a determiner ("knew that man").
     * Excluded: a plural noun the tagger reads as a verb (after a number, an adjective, an owner or
     * a determiner) when its "that" is a relative standing as subject ({@link #subjectRelative}:
     * "wrote 63 checks that were never cashed"); a real verb there keeps its clause ("Clause 7
     * stipulates that the lease ends", "the other reckons that he told the truth"). Without tags,
     * a regular form: a past in -ed ("worried that"), or one in -s or -ing that follows no
     * determiner or owner ("the report concludes that", "after showing that"; not "the results
     * that", "their efforts that", "the ruling that"); an irregular past before "that" is as often
     * a noun ("on the flimsy ground that", "the red rose that she kept"), and the irregular verbs
     * of speech and belief ("told", "thought") are cues.
     */
    private static String thatClauseVerb(View v, int i) {
        Token t = v.toks.get(i);
        boolean verb = v.tagged() ? t.isVerb() && !t.pos().equals("MD") : untaggedVerbBeforeThat(v, i);
        if (!verb || Token.isNameTag(t.ner()) || BETWEEN.contains(v.lower(i))) {
            return null;
        }
        int k = i + 1;
        while (v.tagged() && k < v.toks.size() && v.toks.get(k).pos().startsWith("RB") && k - i <= 2) {
            k++;
        }
        if (k + 3 >= v.toks.size() || !v.lower(k).equals("that")) {
            return null;
        }
        if (v.tagged() && t.pos().equals("VBZ") && i > 0 && (Set.of("CD", "JJ", "PRP$", "VBD", "VBP").contains(v.toks.get(i - 1).pos())
                || Set.of("the", "a", "an", "these", "those").contains(v.lower(i - 1))) && subjectRelative(v, k)) {
            return null; // a plural noun the tagger reads as a verb: "wrote 63 checks that were never cashed"
        }
        // "that" + noun + end or punctuation is a determiner
        Token next = v.toks.get(k + 1);
        Token after = v.toks.get(k + 2);
        if (next.isNoun() && (isPunct(after.word()) || after.isNoun() || after.pos().equals("IN") || after.pos().equals("TO"))) {
            return null;
        }
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** Words after which a form in -s or -ing is a noun: articles, owners, demonstratives ("the ruling", "their efforts"). */
    private static final Set<String> BEFORE_NOUN = Set.of("the", "a", "an", "this", "these", "those", "their", "his", "her",
            "its", "our", "my", "your", "no", "any", "every", "each", "whose", "which");
    /** {@link #BEFORE_NOUN} and the quantifiers after which a form in -s is a plural ("many results", "other data"). */
    private static final Set<String> BEFORE_PLURAL = java.util.stream.Stream.concat(BEFORE_NOUN.stream(),
            Set.of("some", "many", "other", "several", "such", "all", "both", "few", "most").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * {@link #thatClauseVerb}'s reading of an untagged word: a regular past, or a form in -s or -ing
     * that follows no determiner, owner ("the clerk's findings") or number; after a quantifier a
     * form in -ing is still a verb ("many realizing that").
     */
    private static boolean untaggedVerbBeforeThat(View v, int i) {
        Token t = v.toks.get(i);
        String w = v.lower(i);
        if (t.lemma().equalsIgnoreCase(t.word())) {
            return false;
        }
        if (w.endsWith("ed")) {
            return true;
        }
        if (i == 0 || !(w.endsWith("s") && !w.endsWith("'s") || w.endsWith("ing"))) {
            return false;
        }
        String before = v.lower(i - 1);
        if (Token.isPossessiveMark(v.toks.get(i - 1).word()) || before.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return !(w.endsWith("s") ? BEFORE_PLURAL : BEFORE_NOUN).contains(before);
    }

    /**
     * Whether the subject of the verb at {@code i} is an "it" that stands for the clause after it:
     * "it" right before the verb, past adverbs and auxiliaries ("It seems that", "it would appear
     * that"), where "Acme said it seems that" would not reach this (the verb of speech comes first).
     */
    private static boolean expletiveBefore(View v, int i) {
        int k = i - 1;
        while (k >= 0 && (v.tagged() && (v.toks.get(k).pos().startsWith("RB") || v.toks.get(k).pos().equals("MD"))
                || Set.of("would", "does", "did", "also", "now", "still", "certainly", "therefore").contains(v.lower(k)))) {
            k--;
        }
        return k >= 0 && v.lower(k).equals("it");
    }

    /**
     * Past a phrase that opens with a past participle and describes the source, from {@code from} to
     * its closing comma ("According to the study, published in the Hollin Journal, coffee …"): the
     * participle is tagged so (or is "published", "released", "conducted"), and no finite verb, quote
     * or second participle's clause stands before the comma, within twelve words; else {@code from}.
     */
    private static int pastParticiplePhrase(View v, int from) {
        List<Token> toks = v.toks;
        if (from >= toks.size()) {
            return from;
        }
        String w = v.lower(from);
        boolean participle = v.tagged() ? toks.get(from).pos().equals("VBN")
                : Set.of("published", "released", "conducted", "issued", "commissioned").contains(w);
        if (!participle) {
            return from;
        }
        for (int k = from + 1; k < toks.size() && k - from <= 12; k++) {
            if (v.isQuoteMark(k) || v.tagged() && FINITE.contains(toks.get(k).pos())) {
                return from;
            }
            if (toks.get(k).word().equals(",")) {
                return k + 1 < toks.size() && k > from + 1 ? k + 1 : from;
            }
        }
        return from;
    }

    /** "That's", "That is", "This was": the words before "according to" that point back to the sentence before. */
    private static final Set<String> POINTING_BACK = Set.of("that", "this");
    private static final Set<String> POINTING_VERB = Set.of("'s", "\u2019s", "is", "was");

    /**
     * "No one was hurt. That's according to Ilse Varga, the fire chief.": a sentence that is only
     * "That's (This is) according to SOURCE" gives the sentence before it to the source (not in
     * quotation marks; a stamp of time that opens it, "11:15 a.m. —", is no part of it). Null for
     * any other sentence ("That is according to plan" names no one who can speak).
     */
    private Found accordingToBefore(AnnotatedDocument annotated, View v, int at, Predicate<EntityMention> speaks) {
        int index = v.sentence.index();
        if (index == 0 || at < 2 || at > 2 + 1 || !POINTING_BACK.contains(v.lower(0))) {
            return null;
        }
        for (int k = 1; k < at; k++) {
            if (!POINTING_VERB.contains(v.lower(k))) {
                return null;
            }
        }
        int from = at + 2;
        int to = accordingToSourceEnd(v, at);
        if (to == from) {
            return null;
        }
        Source src = v.phrase(from, to - 1);
        if (src == null || src.name() == null && src.title() == null) {
            return null;
        }
        if (src.name() != null ? !speaks.test(src.name()) : !speakingNoun(v, src)) {
            return null; // a place, a thing or a plan is no source ("That is according to plan")
        }
        Sentence before = annotated.sentences().get(index - 1);
        if (before.tokens().isEmpty() || v.insideQuote(before.tokens().get(0).begin())) {
            return null;
        }
        String text = v.text;
        int begin = before.tokens().get(0).begin();
        int end = before.tokens().get(before.tokens().size() - 1).end();
        Matcher stamp = TIME_STAMP.matcher(text).region(begin, end);
        if (stamp.lookingAt()) {
            begin = stamp.end();
        }
        while (end > begin && ".,;: \n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - begin < 10) {
            return null;
        }
        return new Found(index, at, "according to", src, begin, end);
    }

    /**
     * Whether a source with no name is headed by a noun that can speak: a title ("the fire chief"),
     * a body, a holder of a post, people, or a report whose findings are claims ({@code word-classes.txt}:
     * body, holder, people, findings).
     */
    private boolean speakingNoun(View v, Source src) {
        int head = src.tokenEnd() - 1;
        if (head < src.tokenBegin() || head >= v.toks.size()) {
            return false;
        }
        if (v.titleAt[head] != null) {
            return true;
        }
        String lemma = v.toks.get(head).lemma().toLowerCase(Locale.ROOT);
        return rules.inClass(lemma, "body") || rules.inClass(lemma, "holder") || rules.inClass(lemma, "people")
                || rules.inClass(lemma, "findings");
    }

    /** A live blog's stamp of time that opens a paragraph: "10:42 a.m. —", "14:05 GMT -". */
    static final Pattern TIME_STAMP = Pattern.compile(
            "\\d{1,2}:\\d{2}\\s*(?:[aApP]\\.?\\s?[mM]\\.?)?\\s*(?:\\p{Lu}{2,4}\\s*)?(?:[\u2014\u2013]|--?)\\s+");

    /**
     * Where the source of "according to" at {@code at} ends (exclusive): it runs from after "to" to
     * the next punctuation or quotation mark, or the sentence's end.
     */
    private static int accordingToSourceEnd(View v, int at) {
        int to = at + 2;
        while (to < v.toks.size() && !isPunct(v.toks.get(to).word()) && !v.isQuoteMark(to)) {
            to++;
        }
        return to;
    }

    private Optional<Found> accordingTo(View v, int at) {
        List<Token> toks = v.toks;
        int from = at + 2;
        int to = accordingToSourceEnd(v, at);
        if (to == from) {
            return Optional.empty();
        }
        // "according to records reviewed by the Courier": the records speak; who read them is no source
        int head = to;
        for (int k = from + 1; k + 1 < to; k++) {
            if (v.lower(k + 1).equals("by") && pastParticiple(toks.get(k)) && rules.inClass(toks.get(k).lemma(), "access")) {
                head = k;
                break;
            }
        }
        // "according to a study published Wednesday in the Journal of …", "a study in the journal …":
        // the study speaks; where and when it came out is no part of its name (a body that made it,
        // "released by the Fenwick Institute", still names who speaks)
        if (head == to) {
            head = findingsEnd(v, from, to);
        }
        Source src = v.phrase(from, head - 1);
        if (src == null) {
            return Optional.empty();
        }
        int sentenceStart = firstContentToken(v, 0);
        if (at <= sentenceStart || openedByLink(v, sentenceStart, at)
                || at > sentenceStart + 2 && Set.of(":", ";").contains(toks.get(at - 1).word())
                        && !v.insideQuote(toks.get(at - 1).begin())) {
            // According to X, CONTENT.  But, according to X, CONTENT.  It was plain: according to X, CONTENT.
            int c = to < toks.size() && toks.get(to).word().equals(",") ? to + 1 : to;
            Source named = src.name() == null ? v.roleThenName(src, to) : null;
            if (named != null && !subjectAt(v, named.tokenEnd() + 1)) {
                named = null; // "According to police, John Smith, 45, of Dover, was arrested": the name is what was said
            }
            if (named != null) {
                // "According to the poll's director, Ondine Rusk, the gap …": the name speaks
                src = named;
                c = named.tokenEnd() < toks.size() && toks.get(named.tokenEnd()).word().equals(",")
                        ? named.tokenEnd() + 1 : named.tokenEnd();
            } else if (c > to && src.name() != null && v.isPerson(src.name())) {
                c = pastAppositionFrom(v, c); // "According to Sen. Ann Lee, a Democrat from Dover, the plan …"
            } else if (c > to && c < toks.size() && v.nameAt[c] != null && v.nameAt[c].tokenBegin() == c
                    && v.isPerson(v.nameAt[c]) && v.nameAt[c].tokenEnd() < toks.size()
                    && toks.get(v.nameAt[c].tokenEnd()).word().equals(",") && subjectAt(v, v.nameAt[c].tokenEnd() + 1)) {
                // "According to the director of the poll, Ondine Rusk, the gap …": a name in apposition is
                // no part of what was said (whose name it is, the role's or the poll's, is left unsaid)
                c = v.nameAt[c].tokenEnd() + 1;
            } else if (c > to) {
                c = pastParticiplePhrase(v, c); // "According to the study, published in May, coffee …"
            }
            return content(v, at, "according to", src, c, toks.size());
        }
        // CONTENT, according to X.
        int end = at > 0 && toks.get(at - 1).word().equals(",") ? at - 1 : at;
        if (to + 1 < toks.size() && toks.get(to).word().equals(",") && !isPunct(toks.get(to + 1).word())
                && !noVerb(v, to + 1, toks.size())) {
            // an aside inside another source's words ("Ann Lee said the fund, according to
            // auditors, was empty"): the words before it are half a clause, and Ann Lee's claim
            // holds the whole; never when only the source's apposition follows ("Lee will speak on
            // Monday, according to a report from WKXR, the local station")
            for (int k = sentenceStart; k < at; k++) {
                if (cueLemma(v, k) != null) {
                    return Optional.empty();
                }
            }
        }
        if (to + 1 < toks.size() && toks.get(to).word().equals(",") && !isPunct(toks.get(to + 1).word())
                && (words(v.text, toks.get(sentenceStart).begin(), toks.get(Math.max(sentenceStart, end - 1)).end()) < 3
                        || noVerb(v, sentenceStart, end))) {
            // "Fundraising, according to the campaign, has surged": an aside inside the clause it
            // attributes, whose words before it are too few to be the claim or hold no verb (a
            // subject alone: "The harbor plan, according to …, is dead"): the sentence is
            // (cited as the two pieces around the aside: "The harbor plan … is dead")
            Optional<Found> whole = span(v, at, "according to", src, toks.get(sentenceStart).begin(),
                    toks.get(toks.size() - 1).end());
            if (whole.isPresent() && end < at && toks.get(end).word().equals(",")
                    && whole.get().contentBegin() < toks.get(end).begin() && toks.get(to).end() < whole.get().contentEnd()) {
                Found w = whole.get();
                return Optional.of(new Found(w.sentence(), w.cue(), w.cueLemma(), w.source(), w.contentBegin(),
                        w.contentEnd(), false, toks.get(end).begin(), toks.get(to).end()));
            }
            return whole;
        }
        Source named = src.name() == null ? v.roleThenName(src, to) : null;
        if (named != null && (named.tokenEnd() >= toks.size() || Set.of(".", "!").contains(toks.get(named.tokenEnd()).word()))) {
            src = named; // "…, according to a spokeswoman, Hana Lisowski.": the name ending the sentence speaks
        }
        return contentBefore(v, at, "according to", src, end);
    }

    /** Past participles that say where or when a study or report came out. */
    private static final Set<String> CAME_OUT = Set.of("published", "released", "issued", "presented", "posted",
            "reported", "appearing");

    /**
     * Where a source that is a study or report ends ({@code to} unless cut): "a study published
     * Wednesday in the Journal of X" and "a study in the journal X" end after "study", the
     * participle or the "in" opening only the place it came out; never when a "by" follows (who
     * made it, "released by the Fenwick Institute", is the source).
     */
    private int findingsEnd(View v, int from, int to) {
        for (int k = from; k + 1 < to && k <= from + 3; k++) {
            Token t = v.toks.get(k);
            if (!t.isNoun() || !record(t) && !rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "findings")) {
                continue;
            }
            String next = v.lower(k + 1);
            if (!CAME_OUT.contains(next) && !next.equals("in")) {
                return to;
            }
            for (int j = k + 1; j < to; j++) {
                if (v.lower(j).equals("by")) {
                    return to;
                }
            }
            return k + 1;
        }
        return to;
    }

    /**
     * Past an apposition that describes a person, from {@code from} to its closing comma: it opens
     * with "a", "an" or a title and holds no verb nor quotation mark within a few words ("a
     * Democrat from Dover,", "chairwoman of the panel,"), or with "the" or an owner and holds a
     * role word ("the poll's director,", "her chief of staff,"); else {@code from}. ("the plan, unveiled
     * Monday, is dead" opens with no such word: it is what was said.)
     */
    private static int pastAppositionFrom(View v, int from) {
        boolean definite = from < v.toks.size() && Set.of("the", "his", "her", "their", "its").contains(v.lower(from));
        if (from >= v.toks.size() || !(definite || Set.of("a", "an").contains(v.lower(from)) || v.titleAt[from] != null)) {
            return from;
        }
        boolean role = false;
        for (int k = from; k < v.toks.size() && k - from <= APPOSITION_WORDS; k++) {
            Token t = v.toks.get(k);
            if (k > from && t.word().equals(",")) {
                if (definite && (v.titleAt[k - 1] == null || !subjectAt(v, k + 1))) {
                    return from; // "According to Lee, the mayor's budget, unveiled Monday, cuts …": what was said
                }
                return role && k + 1 < v.toks.size() ? k + 1 : from;
            }
            if (t.isVerb() && !t.pos().equals("VBN") || v.isQuoteMark(k) || v.nameAt[k] != null && v.isPerson(v.nameAt[k])
                    || Set.of("if", "when", "unless").contains(v.lower(k))) {
                return from; // "Sen. Tom Ray, R-Texas, blocked the bill", "a merger, if approved, would …": what was said
            }
            // after "the" or an owner only a role word says it is a role ("the poll's director,"; not "the budget,")
            role |= v.titleAt[k] != null || !definite && k > from && Character.isUpperCase(t.word().charAt(0));
        }
        return from;
    }

    /**
     * Whether the content found after the cue at {@code cue} is a noun phrase in apposition: a
     * comma closes the verb's own words (nothing, or a time: "said on Wednesday,"), and the phrase
     * opens with an article and has no verb of its own tense but in a relative clause ("a deal
     * worth $4 billion that ends months of talks").
     */
    private static boolean asideAfterVerb(View v, int cue, Found after) {
        List<Token> toks = v.toks;
        int a = cue + 1;
        while (a < toks.size() && toks.get(a).begin() < after.contentBegin()) {
            a++;
        }
        if (a >= toks.size() || a - 1 <= cue || !toks.get(a - 1).word().equals(",")
                || !Set.of("a", "an", "the").contains(v.lower(a))) {
            return false;
        }
        for (int k = cue + 1; k < a - 1; k++) {
            if (!v.inTime[k] && !Set.of("on", "in", "at").contains(v.lower(k))) {
                return false;
            }
        }
        for (int k = a; k < toks.size() && toks.get(k).begin() < after.contentEnd(); k++) {
            if (RELATIVE.contains(v.lower(k)) || v.lower(k).equals("that")) {
                return true;
            }
            if (toks.get(k).isFiniteVerb()) {
                return false;
            }
        }
        return true;
    }

    /** How a source may ask not to be reported: "asked not to be named", "requested not to be identified". */
    private static final Set<String> REPORTED_AS = Set.of("named", "identified", "quoted");

    /**
     * "who asked not to be named because …", "requested not to be identified": the news convention
     * of a source who speaks without a name asks the reporter for anonymity and says nothing of the story.
     */
    private static boolean asksAnonymity(View v, int cue) {
        int k = cue + 1;
        if (k < v.toks.size() && v.lower(k).equals("not")) {
            k++;
        }
        return k + 2 < v.toks.size() && v.lower(k).equals("to") && v.lower(k + 1).equals("be")
                && REPORTED_AS.contains(v.lower(k + 2));
    }

    /** Words that open a clause's subject: an article, a demonstrative, an owner or a personal pronoun. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "he", "she", "it", "they", "we", "i", "you", "there", "no", "some",
            "many", "most", "all", "both", "each", "every", "any");

    /**
     * Whether a clause's subject opens at token {@code k}: an opener ({@link #SUBJECT_OPENERS}), a
     * name or a title; not a number, a preposition, "who" or a verb ("John Smith, 45, of Dover, was
     * arrested": what follows the name's comma is no new clause).
     */
    private static boolean subjectAt(View v, int k) {
        if (k >= v.toks.size()) {
            return false;
        }
        return SUBJECT_OPENERS.contains(v.lower(k)) || v.nameAt[k] != null || v.titleAt[k] != null;
    }

    /** Words an apposition after "according to" a person may hold. */
    private static final int APPOSITION_WORDS = 12;

    /** Words that link a sentence to the one before it ("But according to …", "Now, according to …"). */
    private static final Set<String> LINKS = Set.of("but", "and", "so", "yet", "still", "now", "also", "however",
            "instead", "meanwhile", "indeed", "moreover", "furthermore", "then", "or");

    /** Whether only a linking word (and a comma) stands before token {@code at} in the sentence. */
    private static boolean openedByLink(View v, int sentenceStart, int at) {
        int k = sentenceStart;
        if (k >= at || !LINKS.contains(v.lower(k))) {
            return false;
        }
        k++;
        if (k < at && v.toks.get(k).word().equals(",")) {
            k++;
        }
        return k == at;
    }

    /**
     * Words that place a passage in the document itself when they end their phrase ("the reasons
     * stated above,", "explained below."; not "said above all that …").
     */
    private static final Set<String> PLACE_IN_TEXT = Set.of("below", "above", "herein", "hereinafter");

    /** Finite forms of "be", "have", "do" and the modals: a clause's own verb whatever the tags. */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "does", "did",
            "will", "would", "can", "could", "may", "might", "must", "should", "shall");
    /** Words after which a form in -ed is no finite verb ("had fled", "to be worried", "of contaminated milk"). */
    private static final Set<String> BEFORE_NONFINITE_ED = Set.of("have", "has", "had", "having", "be", "been", "being",
            "is", "was", "are", "were", "to", "of", "and", "or", "with", "by", "a", "an", "the", "for", "in", "on", "at",
            "get", "got", "very", "more", "most", "well", "newly");

    /**
     * In a sentence without tags, whether a word from {@code from} on, before a punctuation mark,
     * reads as a finite verb: a finite auxiliary or modal ("… was arrested"), or a form in -ed after
     * a word that leaves it a past ("the journalist said to be leaving the network declined …");
     * "Health officials said to be wary of raw milk" has none.
     */
    private static boolean finiteWordLater(View v, int from) {
        for (int k = from; k < v.toks.size(); k++) {
            String w = v.lower(k);
            if (isPunct(v.toks.get(k).word()) && !w.equals("-")) {
                return false;
            }
            if (FINITE_AUXILIARIES.contains(w)
                    || w.length() > 4 && w.endsWith("ed") && !BEFORE_NONFINITE_ED.contains(v.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a noun that make it an object or a prepositional phrase's, never a subject. */
    private static final Set<String> BEFORE_OBJECT = Set.of("for", "of", "about", "with", "by", "to", "from", "on", "at",
            "in", "into", "against", "near", "among");

    /**
     * In a sentence without tags, whether the words before {@code i} read as the noun phrase that
     * opens the sentence: no finite word nor preposition among them ("Police are looking for a man
     * said to be armed": the man is said to be armed, and says nothing).
     */
    private static boolean subjectOpens(View v, int i) {
        for (int k = 0; k < i; k++) {
            String w = v.lower(k);
            if (BEFORE_OBJECT.contains(w) || FINITE_AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    /** A speech verb at token {@code i}: find its source and its content. */
    private Found verbCue(View v, int i, String lemma) {
        List<Token> toks = v.toks;
        // a participle that modifies a noun ("the reasons explained below", "a note written for")
        // attributes nothing
        // (a phrasal cue right after a name is that name's verb: "as Ann Lee put it", read as a participle)
        if (i > 0 && v.isNounLike(i - 1) && ((v.tagged() ? toks.get(i).pos().equals("VBN") : v.lower(i).endsWith("en"))
                && !(lemma.indexOf(' ') > 0 && v.nameAt[i - 1] != null) && !closesAfterComma(v, i)
                && !pastReadAsParticiple(v, i)
                || participleReadAsPast(v, i)
                || i + 1 < toks.size() && PLACE_IN_TEXT.contains(v.lower(i + 1))
                        && (i + 2 >= toks.size() || !Character.isLetterOrDigit(toks.get(i + 2).word().charAt(0))))) {
            return null; // "the reasons explained below" is a participle by the word after it, however tagged
        }
        if (asksAnonymity(v, i)) {
            return null;
        }
        if (lemma.equals("add") && i + 2 < toks.size() && v.lower(i + 1).equals("to") && v.tagged()
                && !"VB".equals(toks.get(i + 2).pos()) && !toks.get(i + 2).pos().startsWith("NNP")
                && !toks.get(i + 2).pos().startsWith("PRP") && v.nameAt[i + 2] == null
                && Character.isLowerCase(toks.get(i + 2).word().charAt(0))) {
            // "adding to evidence that …", "added to the pressure": a sum grows, no one speaks
            // ("added to People", a listener named by a capital however tagged, still tells)
            return null;
        }
        // "the journalist said to be leaving the network declined …", "a man said to have fled":
        // "said" right after its noun, before "to be" or "to have", is a participle that tells what
        // is said of the noun, by no one named, and is no verb of the noun's (tagged as a past or
        // not; "believed to be" after a noun is as often a subject's verb: "what many people
        // believed to be a campaign killer")
        if (i > 0 && i + 2 < toks.size() && (v.isNounLike(i - 1) || v.nameAt[i - 1] != null)
                && v.lower(i).equals("said")
                && v.lower(i + 1).equals("to") && Set.of("be", "have").contains(v.lower(i + 2))
                && (v.tagged() ? Token.anyFiniteVerb(toks, i + 3, toks.size())
                        : finiteWordLater(v, i + 3) || !v.lower(i + 2).equals("be") || v.nameAt[i - 1] != null
                                || v.lower(i + 3).endsWith("ing") || !subjectOpens(v, i))) {
            return null; // the noun's own verb comes later ("… declined"): "Health officials said to be wary
                         // of fake cures" has none, and the officials said it
        }
        // "Asked on Monday whether …, Ann Lee said", "Asked specifically what …": an adverb or a
        // time between the fronted participle and its question leaves the question the same
        int whLater = lemma.equals("ask") && pastParticiple(toks.get(i)) ? questionAfterAdjuncts(v, i) : -1;
        if (whLater > i + 1 && i == firstContentToken(v, 0)) {
            Source unknown = new Source(v.sentence.index(), i, i + 1, toks.get(i).begin(), toks.get(i).end(),
                    null, null, false);
            Found asked = clauseOnly(v, content(v, i, lemma, unknown, whLater, toks.size()).orElse(null));
            return asked != null && words(v.text, asked.contentBegin(), asked.contentEnd()) >= 3 ? asked : null;
        }
        // "Asked whether …, Ann Lee said": a participle that opens the sentence fronts a clause
        if (i == firstContentToken(v, 0) && i + 1 < toks.size() && FRONTED_PARTICIPLE_NEXT.contains(v.lower(i + 1))) {
            // what was asked is an indirect question whose asker is unnamed, as after "when asked
            // whether"; the one asked is the main clause's subject and never its source
            if (lemma.equals("ask") && WH.contains(v.lower(i + 1)) && pastParticiple(toks.get(i))) {
                Source unknown = new Source(v.sentence.index(), i, i + 1, toks.get(i).begin(), toks.get(i).end(),
                        null, null, false);
                Found asked = clauseOnly(v, content(v, i, lemma, unknown, i + 1, toks.size()).orElse(null));
                return asked != null && words(v.text, asked.contentBegin(), asked.contentEnd()) >= 3 ? asked : null;
            }
            return lemma.equals("ask") && pastParticiple(toks.get(i)) ? askedQuestion(v, i, lemma) : null;
        }
        // "When asked why, Ann Lee said …", "Asked a question about it, Ann Lee said …": a
        // participle that opens the sentence (after a subordinator or alone) fronts a clause whose
        // subject is the main clause's; the main verb attributes
        int first = firstContentToken(v, 0);
        boolean participle = v.tagged() ? toks.get(i).pos().equals("VBN")
                : v.lower(i).endsWith("ed") || v.lower(i).equals("told");
        if (participle && !v.lower(i).equals("said") && (i == first
                || i == first + 1 && SUBORDINATORS.contains(v.lower(first)))) {
            // "When asked whether …, Ann Lee said", "When asked by a reporter which …": the question
            return lemma.equals("ask") && pastParticiple(toks.get(i)) ? askedQuestion(v, i, lemma) : null;
        }
        // "Lee is expected to resign", "the plan is seen as a gamble": a held view in the passive is
        // no one's (a verb that also reports speech keeps its reading: "is believed to", "was told")
        if (heldView(lemma) && !rules.isCue(lemma, "speech") && !rules.isCue(lemma, "speech-that") && passiveView(v, i)) {
            return null;
        }
        // "Ann Lee was asked by the moderator, Tom Kim, whether …": the agent after "by" speaks
        Found passive = passiveWithAgent(v, i, lemma);
        if (passive != null) {
            return passive;
        }
        // "…, Ann Lee said when asked whether …": a participle right after a subordinator is a
        // reduced passive ("when [she was] asked"); the one asked is the main clause's subject and
        // who asked is unknown, so what was asked has no source, never the word "when"
        if (participle && i > first && SUBORDINATORS.contains(v.lower(i - 1)) && !v.lower(i).equals("said")) {
            Source unknown = new Source(v.sentence.index(), i - 1, i, toks.get(i - 1).begin(), toks.get(i - 1).end(),
                    null, null, false);
            // only an indirect question is what was asked ("when asked about the budget" says nothing)
            int wh = i + 1 < toks.size() && WH.contains(v.lower(i + 1)) ? i + 1 : whLater;
            if (wh <= i && lemma.equals("ask")) {
                return askedQuestion(v, i, lemma); // "when asked by a reporter if …", "when asked which …"
            }
            return wh > i ? clauseOnly(v, content(v, i, lemma, unknown, wh, toks.size()).orElse(null)) : null;
        }
        boolean needsThat = !rules.isCue(lemma, "speech");
        // "Ann Lee was quoted as saying that …": the subject of "was quoted" speaks
        if (i >= 3 && v.lower(i).endsWith("ing") && v.lower(i - 1).equals("as")
                && toks.get(i - 2).lemma().equalsIgnoreCase("quote") && pastParticiple(toks.get(i - 2))) {
            int s = i - 3;
            while (s >= 0 && v.between(s)) {
                s--;
            }
            Source quoted = s >= 0 && s < i - 3 ? v.sourceEndingAt(s) : null;
            if (quoted != null && i + 2 < toks.size() && v.lower(i + 1).equals("by")) {
                // "was quoted as saying by the state news agency that …": the one who quoted is
                // no part of what was said
                for (int th = i + 2; th < toks.size() && th - i <= 10 && !isPunct(toks.get(th).word()); th++) {
                    if (v.lower(th).equals("that") && th + 1 < toks.size()) {
                        return content(v, i, lemma, quoted, th + 1, toks.size()).orElse(null);
                    }
                }
            }
            return quoted == null ? null : contentAfter(v, i, lemma, quoted, needsThat);
        }
        // "…, saying CONTENT": the subject of the main clause speaks
        // (the comma may close a quote: "… as “fantastic,” telling reporters …")
        boolean afterComma = i > 0 && toks.get(i - 1).word().equals(",")
                || i > 1 && v.isQuoteMark(i - 1) && toks.get(i - 2).word().equals(",");
        if (toks.get(i).word().toLowerCase(Locale.ROOT).endsWith("ing") && afterComma) {
            Source subject = speakerBeforeComma(v, toks.get(i - 1).word().equals(",") ? i - 1 : i - 2);
            if (subject == null) {
                subject = v.subject(i);
            }
            if (subject == null) {
                return null;
            }
            return contentAfter(v, i, lemma, subject, needsThat);
        }
        // "Ann Lee responded by saying that …", "Ann Lee opened by asking Tom Kim why …": the subject
        // of the clause speaks when it opens the sentence (or follows a fronted phrase's comma)
        if (i > 1 && v.lower(i - 1).equals("by") && v.lower(i).endsWith("ing")) {
            Source subject = v.subject(i - 1);
            if (subject == null || subject.pronoun() || subject.tokenBegin() != firstContentToken(v, 0)
                    && !toks.get(subject.tokenBegin() - 1).word().equals(",")) {
                return null;
            }
            int q = i + 1;
            if (q < toks.size() && !WH.contains(v.lower(q)) && v.nameAt[q] != null) {
                q = v.nameAt[q].tokenEnd(); // the one asked: "asking Tom Kim why …"
            }
            if (q < toks.size() && WH.contains(v.lower(q))) {
                return content(v, i, lemma, subject, q, toks.size()).orElse(null);
            }
            return contentAfter(v, i, lemma, subject, needsThat);
        }
        // source to the left of the verb
        int j = i - 1;
        while (j >= 0 && v.between(j)) {
            j--;
        }
        Source left = j >= 0 ? v.sourceEndingAt(j) : null;
        if (left == null && j >= 1 && v.inTime[j]) {
            // "Ann Lee on Tuesday said …", "A report published Wednesday said …": a date between the
            // source and its verb, perhaps after a participle that says when the source came out
            int k = j;
            while (k >= 0 && v.inTime[k]) {
                k--;
            }
            boolean marked = k >= 1 && Set.of("on", "last", "this", "earlier").contains(v.lower(k));
            if (marked) {
                k--;
            }
            Source dated = k >= 0 ? v.sourceEndingAt(k) : null;
            if (dated == null && k >= 1 && v.tagged() && "VBN".equals(toks.get(k).pos())
                    && Set.of("published", "released", "filed", "issued", "posted", "obtained", "conducted")
                            .contains(v.lower(k))) {
                dated = v.sourceEndingAt(k - 1);
            }
            // (not a word of a name the date is part of: "four Super Tuesday states")
            boolean compound = k < 0 || !marked && v.nameAt[k] == null && Character.isUpperCase(toks.get(k).word().charAt(0));
            if (dated != null && !compound) {
                left = dated;
                j = k;
            }
        }
        // "Some voters who have listened to Lee over the years, at rallies or on the radio, said …",
        // "Officials who spoke on condition of anonymity said …": a subject that opens the clause
        // and carries a relative clause, a participle or an apposition of its own speaks, never a
        // noun inside what describes it
        Source heavy = heavySubject(v, i, j);
        if (heavy != null && (left == null || left.tokenBegin() > heavy.tokenBegin())) {
            left = heavy;
        }
        left = roleForBody(v, left);
        // "Republicans who say the law is a money pit", "those who believe …": a relative clause
        // bound to its noun (no comma before "who") is that noun's saying
        // (not a verb of stance: "a member who backs Lee" says which member, it reports no stance;
        // nor a refusal: "an owner who declined to be named")
        boolean boundRelative = left == null && j >= 1 && v.lower(j).equals("who") && !isPunct(toks.get(j - 1).word())
                && !rules.isCue(lemma, "position") && !rules.isCue(lemma, "refusal");
        if (boundRelative) {
            left = v.relativeHead(j - 1);
            // "The mayor asked the crowd who believed the story": after a verb of asking, "who"
            // opens the question put to its listener, who says nothing
            if (left != null && left.tokenBegin() > 0 && rules.isCue(
                    v.toks.get(left.tokenBegin() - 1).lemma().toLowerCase(Locale.ROOT), "question")) {
                left = null;
            }
            boundRelative = left != null;
        }
        if (left != null && cueLemma(v, i) != null && reportedOfSubject(v, j + 1, i)
                && Set.of("believe", "think", "know").contains(lemma)) {
            return null; // "Ann Lee is believed to be weighing a run": a view no one is said to have voiced
        }
        if (left != null && cueLemma(v, i) != null && reportedOfSubject(v, j + 1, i)
                && rules.inClass(lemma, "telling")) {
            // "Ann Lee is said to be weighing a run", "Bo Ray was told to leave", "was asked to
            // resign": the subject is talked about or told, and who spoke is unknown; what is
            // reported of the subject is the clause with it ("Ann Lee is said to be weighing a run")
            Source unknown = new Source(left.sentence(), left.tokenBegin(), left.tokenEnd(), left.begin(), left.end(),
                    null, null, false);
            int from = left.tokenBegin();
            if (from > 0 && SUBORDINATORS.contains(v.lower(from - 1))) {
                return null; // a fronted clause's passive ("After Bo Ray was told to leave, …") asserts nothing
            }
            if (lemma.equals("tell")) {
                // "Bo Ray was told to leave": an order given, no claim of anyone's ("was asked to
                // resign" reports a request, which PolNeAR reads as one; kept)
                return null;
            }
            return content(v, i, lemma, unknown, from, toks.size()).orElse(null);
        }
        if (left != null && cueLemma(v, i) != null && passiveCue(v, j + 1, i) && stanceOrEvidence(lemma)) {
            return null; // "Ann Lee was endorsed", "the fee is supported": the subject holds no stance
        }
        if (left != null && cueLemma(v, i) != null && passiveCue(v, j + 1, i)) {
            // "Ann Lee was told that …", "Ann Lee was asked whether …": with no agent ("by …") the
            // subject only heard it; who said it is unknown, never the listener
            // and what was said needs a mark ("that", "whether", a colon or a quote): "was declared
            // the winner" says nothing
            Source listener = new Source(left.sentence(), left.tokenBegin(), left.tokenEnd(), left.begin(), left.end(),
                    null, null, false);
            Found heard = i + 1 < toks.size() && Set.of("whether", "if").contains(v.lower(i + 1))
                    ? content(v, i, lemma, listener, i + 1, toks.size()).orElse(null)
                    : contentAfter(v, i, lemma, listener, true);
            if (heard != null && left.tokenBegin() > 0 && left.tokenBegin() - 1 <= firstContentToken(v, 0) + 2
                    && SUBORDINATORS.contains(v.lower(left.tokenBegin() - 1))) {
                heard = clauseOnly(v, heard);
            }
            return heard;
        }
        if (left != null && left.name() != null && left.tokenBegin() > 0 && v.finiteOrParticiple(left.tokenBegin() - 1)
                && cueLemma(v, left.tokenBegin() - 1) == null) {
            // "Even pilots who have praised Ann Lee warned that …": a name right after a verb is
            // that verb's object; the subject before it speaks
            Source subject = v.subject(left.tokenBegin() - 1);
            if (subject != null && subject.tokenEnd() <= left.tokenBegin() - 1) {
                left = subject;
            }
        }
        if (left != null && left.name() == null && !left.pronoun() && left.tokenEnd() - left.tokenBegin() <= 5
                && left.tokenBegin() >= 2 && Set.of("in", "on", "at", "during", "via", "through").contains(v.lower(left.tokenBegin() - 1))) {
            // "Ann Lee in a blog post said": the name before the adjunct speaks, not the post
            Source owner = v.core(left.tokenBegin() - 2);
            if (owner != null && owner.name() != null) {
                left = owner;
            }
        }
        if (left != null && left.name() == null && !left.pronoun()
                && toks.get(i).word().toLowerCase(Locale.ROOT).endsWith("ing")
                && !(rules.isCue(lemma, "position") && left.tokenEnd() == i && partyNoun(v, i - 1))) {
            // "the campaign issued a statement saying …": the statement's issuer speaks
            Source subject = v.subject(left.tokenBegin());
            if (subject != null) {
                left = subject;
            }
        }
        if (left == null && j >= 1 && v.lower(j).equals("then") && Set.of(",", "and", "but").contains(v.lower(j - 1))) {
            j--; // "Lee offered the man a job, then said …", "and then said …"
        }
        if (left == null && j >= 0 && Set.of("and", "but", ",").contains(v.lower(j)) && (!v.lower(j).equals(",")
                || j + 1 < toks.size() && v.lower(j + 1).equals("then"))) {
            // "Lee tweeted a photograph and said …": the subject of the first verb
            left = v.subject(i);
        }
        // a verb that reports only an intention, a topic or a stance ("refused to", "talked about",
        // "defended the plan") says nothing but its own object: "The next day, he refused." and
        // "Before the vote, Ann Lee declined." put no words before it in anyone's mouth
        boolean saying = rules.isCue(lemma, "speech") || rules.isCue(lemma, "speech-that")
                || !rules.isCue(lemma, "speech-to") && !rules.isCue(lemma, "speech-about")
                        && !rules.isCue(lemma, "speech-object") && !rules.isCue(lemma, "view-as");
        if (saying && left != null && toks.get(i - 1).word().equals(",") && !rules.isCue(lemma, "recipient")
                && !rules.isCue(lemma, "speech-object") && endsOnNamedSource(v, i + 1)) {
            // "The mill, which employs 90, may close if …, said Ann Lee.": a name that ends the
            // sentence after a verb that takes no listener ("told AFP" names one) speaks; what
            // stands before the comma is what was said, and the
            // phrase left of the comma is no speaker
            Found inverted = contentBefore(v, i, lemma, v.sourceStartingAt(i + 1), i - 1).orElse(null);
            if (inverted != null) {
                return inverted;
            }
        }
        if (left != null) {
            // content after the verb, or, when the source follows a comma or a closing quote, before it
            Found after = contentAfter(v, i, lemma, left, needsThat);
            if (after == null && lemma.equals("put it")) {
                after = asPutIt(v, i, left);
            }
            if (after != null && RELATIVE.contains(v.lower(j)) && j >= 1 && toks.get(j - 1).word().equals(",")) {
                after = relativeOnly(v, after);
            }
            int relBefore = left.tokenBegin() - 1;
            if (after != null && !boundRelative && relBefore >= 1 && Set.of("who", "which", "whom").contains(v.lower(relBefore))
                    && toks.get(relBefore - 1).word().equals(",")) {
                // "the clerk, who lawyers say the firm never paid, has left": the relative clause set
                // off by commas ends at its closing comma, with or without a gap for the subject
                after = relativeOnly(v, after);
            }
            if (after != null && !boundRelative && subjectGap(v, i, after)) {
                // "the man police say shot a guard was arrested", "a move shopkeepers say will ruin
                // them", "the suspect, who police say had a record, was held": the verb of speech sits
                // in a relative clause whose gap is the subject of what was said; the phrase after the
                // noun speaks, and what was said ends before the main clause's verb
                int rel = left.tokenBegin() - 1;
                if (rel >= 1 && GAP_RELATIVES.contains(v.lower(rel))) {
                    after = toks.get(rel - 1).word().equals(",") ? relativeOnly(v, after) : gapClauseOnly(v, after);
                } else if (left.name() == null && !left.pronoun()) {
                    Source inner = v.afterHeadNoun(left);
                    if (inner != null) {
                        left = inner;
                        after = gapClauseOnly(v, new Found(after.sentence(), after.cue(), after.cueLemma(), inner,
                                after.contentBegin(), after.contentEnd()));
                    }
                }
            }
            // ("As Ann Lee put it, the club cannot survive": the aside's words are the main clause)
            if (after != null && !lemma.equals("put it") && (left.tokenBegin() > 0 && left.tokenBegin() - 1 <= firstContentToken(v, 0) + 2
                    && SUBORDINATORS.contains(v.lower(left.tokenBegin() - 1)) || inFrontedClause(v, i))) {
                after = clauseOnly(v, after);
            }
            if (boundRelative) {
                // the clause says only what follows its verb; words before its noun are the main
                // clause's ("…, compared with 40 percent who say the same")
                // (nor an aim in a "to" clause: "voters who want to repeal the fee" says which voters)
                if (after == null || v.text.startsWith("to ", after.contentBegin())) {
                    return null;
                }
                after = beforeMainVerb(v, relativeOnly(v, after));
                return new Found(after.sentence(), after.cue(), after.cueLemma(), after.source(), after.contentBegin(),
                        after.contentEnd(), true);
            }
            int before = left.tokenBegin() - 1;
            if (saying && before > firstContentToken(v, 0) && ASIDE_DASHES.contains(toks.get(before).word())) {
                // "The deal — Ann Lee said — was never in doubt": a source and its verb set off by
                // dashes inside the clause they report, cited as the two pieces around them, as
                // between commas
                Found whole = new Found(v.sentence.index(), i, lemma, left, toks.get(firstContentToken(v, 0)).begin(),
                        toks.get(before - 1).end());
                Found split = splitClause(v, i, whole, before);
                if (split != null) {
                    return split;
                }
            }
            if (saying && before >= 0 && (toks.get(before).word().equals(",") || v.isQuoteMark(before))) {
                int end = toks.get(before).word().equals(",") ? before : before + 1;
                if (end > 0 && v.isQuoteMark(end - 1) && toks.get(before).word().equals(",")) {
                    end = before; // ",” X said": the comma sits inside the quote
                }
                boolean quoteBefore = v.isQuoteMark(before) || before > 0 && v.isQuoteMark(before - 1);
                Found pre = contentBefore(v, i, lemma, left, end).orElse(null);
                if (quoteBefore && titleClosingAt(v, v.isQuoteMark(before) ? before : before - 1)) {
                    // "Sunday on Channel 9's “Morning Brief,” Ann Lee said …": the quote names a
                    // show, and the phrase before the source is a fronted adjunct, nothing said
                    quoteBefore = false;
                    pre = null;
                }
                // (the clause split by its source may have a subject of two words: "This campaign,
                // she says, is different")
                Found whole = pre != null || quoteBefore || end <= firstContentToken(v, 0) ? pre
                        : new Found(v.sentence.index(), i, lemma, left, toks.get(firstContentToken(v, 0)).begin(),
                                toks.get(end - 1).end());
                Found split = whole != null && !quoteBefore && !v.isQuoteMark(before) ? splitClause(v, i, whole, before) : null;
                if (split != null) {
                    return split;
                }
                if (pre != null && !quoteBefore && !hasFiniteVerb(v, pre)) {
                    // words before the source without quotation marks are what was said only when
                    // they are a clause with a verb of its own tense ("The fund is empty, Ann Lee
                    // said", "… fell by half, records show"); "Outside the depot, Ann Lee did not
                    // answer …" fronts a place, "According to the audit, the payments continued …"
                    // another source, and "Addressing the crowd, Lee said …" a participle
                    pre = null;
                }
                int opens = firstContentToken(v, 0);
                boolean oneClause = true; // the participle's clause runs to the comma before the source
                for (int x = opens + 1; x < before; x++) {
                    oneClause &= !toks.get(x).word().equals(",");
                }
                if (pre != null && !quoteBefore && oneClause && opens + 1 < toks.size() && pre.contentBegin() <= toks.get(opens).begin()
                        && pastParticiple(toks.get(opens)) && FRONTED_PARTICIPLE_NEXT.contains(v.lower(opens + 1))) {
                    // "Asked whether the plant would close, Ann Lee said nothing", "Pressed about the
                    // cost, Lee said …": a participle opening the sentence fronts a clause of the
                    // subject's own, which is what was asked, not what was said ("Arrested at the
                    // scene, the suspect was charged, police said" holds a clause after it: said)
                    pre = null;
                }
                // a quote closing before the source is what it says ("…," Ann Lee said in a
                // statement); otherwise what follows the verb is ("Addressing the crowd, Lee said …")
                boolean parenthetical = i + 1 < toks.size() && toks.get(i + 1).word().equals(",");
                // a fronted clause that attributes on its own ("When Ann Lee suggested that …, Tom Kim
                // fired back: …") is none of the main clause's words, and a phrasal cue ("Later that
                // day, Tom Kim fired back a letter") takes words before its source only from a quote
                int opening = firstContentToken(v, 0);
                boolean fronted = pre != null && opening < toks.size() && pre.contentBegin() <= toks.get(opening).begin()
                        && (lemma.indexOf(' ') > 0
                                || SUBORDINATORS.contains(v.lower(opening)) && cueBetween(v, opening + 1, left.tokenBegin()));
                int objectAt = lemma.indexOf(' ') > 0 ? i + 2 : i + 1;
                if (pre != null && !quoteBefore && needsThat && takesObject(v, objectAt)
                        && !(rules.isCue(lemma, "recipient") && listenerOnly(v, objectAt) && fullClause(v, pre))) {
                    // "In an interview, Lee did not rule out a vote", "Despite his doubts, Kim still
                    // pointed to the council": a verb that is no plain verb of speech and has an
                    // object of its own reports nothing before its source, which is a fronted phrase
                    pre = null;
                }
                if (pre != null && (after == null || quoteBefore) && (quoteBefore || !fronted)) {
                    return pre;
                }
                if (pre != null && !fronted && after != null && asideAfterVerb(v, i, after)) {
                    // "Acme has ordered 40 jets, the airline said on Wednesday, a deal worth $4 billion that
                    // ends months of talks": a noun phrase after the verb's own words describes what was said
                    return pre;
                }
                // "After the vote, Ann Lee said, “…”": a quote that the comma after the verb opens is
                // what is said; the fronted phrase before the source is not
                boolean quoteAfter = parenthetical && i + 2 < toks.size() && v.isQuoteMark(i + 2);
                if (pre != null && after != null && !fronted && !quoteAfter && fullClause(v, pre)
                        && adjunctOnly(v, i, after)) {
                    // "The fund is empty, Ann Lee said, on condition of anonymity", "…, Lee said
                    // Tuesday in Dover, noting …": what follows the verb says where, when or how,
                    // or adds a saying of its own; the clause before is what was said
                    return pre;
                }
                if (pre != null && !fronted && after != null && !quoteBefore && writersAside(v, i, pre, after)) {
                    // "Hiring slowed, the agency said Tuesday, in a sign that rates bite", "Prices rose,
                    // the bureau said, suggesting …": a phrase set off after the verb and its own
                    // adjuncts that opens with a participle, or with a noun phrase whose "that" clause
                    // the content is, comments on the clause before, which is what was said
                    return pre;
                }
                if (pre != null && parenthetical && !fronted && !(quoteAfter && after != null)) {
                    // "Because of that, the judge found, Iraq had no case": the longer side is the content
                    return pre.contentEnd() - pre.contentBegin() >= after.contentEnd() - after.contentBegin() ? pre : after;
                }
            }
            return after;
        }
        // "Said Ann Lee, a nurse: “…”": the verb opens the sentence, the quote follows the source
        // (not a participle: "Stressing the cost, Ann Lee said, “…”" fronts a clause whose
        // object is no speaker)
        if (i == firstContentToken(v, 0) && i + 1 < toks.size() && !v.lower(i).endsWith("ing")) {
            int end = v.phraseEnd(i + 1);
            Source right = end > i + 1 ? v.phrase(i + 1, end - 1) : null;
            int k = end;
            while (right != null && k < toks.size() && !toks.get(k).word().equals(":") && !v.isQuoteMark(k) && k - end < 25) {
                k++;
            }
            if (right != null && k < toks.size()) {
                Found f = content(v, i, lemma, right, toks.get(k).word().equals(":") ? k + 1 : k, toks.size()).orElse(null);
                if (f != null) {
                    return f;
                }
            }
        }
        // "CONTENT, said SOURCE"
        if (saying && i > 0 && (toks.get(i - 1).word().equals(",") || v.isQuoteMark(i - 1)) && i + 1 < toks.size()) {
            Source subject = subjectBeforeParticiple(v, i);
            if (subject != null) {
                // "Ann Lee, citing “the will of the voters,” said the count was fair": the aside
                // ends with a quote, but the phrase before it is the subject and what follows the
                // verb is what was said
                Found after = contentAfter(v, i, lemma, subject, needsThat);
                if (after != null) {
                    return after;
                }
            }
            Source right = v.sourceStartingAt(i + 1);
            if (right != null && right.tokenEnd() < toks.size() && right.name() == null && !right.pronoun()
                    && v.finiteVerb(right.tokenEnd())) {
                // "Dorrance, the author of “The Quiet Ledger,” said the city had hidden …": the phrase
                // after the verb opens what was said (a verb of its own follows it), no source after
                // the verb; the person who opens the sentence, before the apposition, speaks
                Source opener = openingPerson(v, i);
                return opener == null ? null : contentAfter(v, i, lemma, opener, needsThat);
            }
            if (right != null) {
                return contentBefore(v, i, lemma, right, i - 1).orElse(null);
            }
        }
        return null;
    }

    /**
     * The person named at the opening of the sentence, right before a comma that opens an
     * apposition or a relative clause reaching the verb at {@code cue} ("Dorrance, the author of
     * “…,” said"; "Ann Lee, who wrote “…,” said"), or null.
     */
    private Source openingPerson(View v, int cue) {
        List<Token> toks = v.toks;
        int first = firstContentToken(v, 0);
        if (first > 0 || v.insideQuote(toks.get(0).begin())) {
            return null;
        }
        for (int c = first + 1; c + 1 < cue; c++) {
            if (!toks.get(c).word().equals(",")) {
                continue;
            }
            String w = toks.get(c + 1).word();
            if (!Character.isLowerCase(w.charAt(0)) && v.titleAt[c + 1] == null) {
                return null;
            }
            Source src = v.phrase(first, c - 1);
            return src != null && src.tokenEnd() == c && src.name() != null && v.isPerson(src.name()) ? src : null;
        }
        return null;
    }

    /**
     * A body's name that ends the source after "for", "of" or "at", with the role before it right
     * after a comma or a quote ("“…,” a spokeswoman for Acme Corp. said"): the source reaches back
     * to the role, so that what stands before the comma is what was said; {@code src} otherwise.
     * The body stays the source's name, as when the role opens the sentence ("A spokeswoman for
     * Acme Corp. said …").
     */
    private static Source roleForBody(View v, Source src) {
        if (src == null || src.name() == null || v.isPerson(src.name()) || src.tokenBegin() < 3
                || !Set.of("for", "of", "at").contains(v.lower(src.tokenBegin() - 1))) {
            return src;
        }
        Source role = v.core(src.tokenBegin() - 2);
        if (role == null || role.name() != null || role.pronoun() || role.tokenEnd() != src.tokenBegin() - 1
                || role.tokenBegin() < 1 || !v.toks.get(role.tokenBegin() - 1).word().equals(",")
                && !v.isQuoteMark(role.tokenBegin() - 1)) {
            return src;
        }
        return new Source(src.sentence(), role.tokenBegin(), src.tokenEnd(), role.begin(), src.end(), src.name(),
                v.text.substring(role.begin(), src.end()), false);
    }

    /**
     * The subject of "SUBJECT, PARTICIPLE … , VERB" ("Ann Lee, citing “…,” said"): a noun phrase
     * that opens the sentence, then a comma and a word in "-ing" that opens the aside before the
     * verb at {@code cue}; null for any other shape.
     */
    private Source subjectBeforeParticiple(View v, int cue) {
        List<Token> toks = v.toks;
        int first = firstContentToken(v, 0);
        // (only outside quotation marks, the aside's quote closing right before the verb: "“…,
        // including myself,” said Ann Lee" is a quote and its speaker)
        if (first > 0 || cue < 2 || !(v.isQuoteMark(cue - 1) || v.isQuoteMark(cue - 2))
                || v.insideQuote(toks.get(first).begin())) {
            return null;
        }
        for (int c = first + 1; c + 1 < cue - 1; c++) {
            if (!toks.get(c).word().equals(",")) {
                continue;
            }
            String w = v.lower(c + 1);
            if (!w.endsWith("ing") || w.length() < 5 || v.nameAt[c + 1] != null || v.insideQuote(toks.get(c).begin())
                    || c + 2 >= cue || !v.isQuoteMark(c + 2) && !v.isQuoteMark(c + 3)) {
                return null;
            }
            Source src = v.phrase(first, c - 1);
            return src != null && src.tokenEnd() == c && !src.pronoun() || src != null && src.pronoun() && c == first + 1
                    ? src : null;
        }
        return null;
    }

    /**
     * Whether the verb at {@code cue} ends its sentence right after a short phrase that a comma
     * opens ("…, the review found."): the tagger may read the past as a participle, but a participle
     * that ends the sentence after its noun modifies nothing.
     */
    /**
     * Whether a verb of speech tagged as a past participle right after a noun is the sentence's own
     * past tense, which the tagger misread ("The club confirmed in a statement that its captain …",
     * "The firm announced on Friday that …"): it follows the noun phrase that opens the sentence,
     * with no verb of its own tense and no comma before it, and a "that" that opens a clause (no
     * verb right after it) comes before any verb of its own tense or any "by" after it. "The
     * reasons explained below are …", "a memo written by the mayor that was leaked" and "the
     * figures announced on Monday show that …" stay participles.
     */
    private static boolean pastReadAsParticiple(View v, int cue) {
        List<Token> toks = v.toks;
        int first = firstContentToken(v, 0);
        if (!v.tagged() || cue <= first) {
            return false;
        }
        for (int x = first; x < cue; x++) {
            if (toks.get(x).isFiniteVerb() || isPunct(toks.get(x).word()) || v.isQuoteMark(x)) {
                return false;
            }
        }
        for (int x = cue + 1; x < toks.size() && x <= cue + 12; x++) {
            String w = v.lower(x);
            if (w.equals("that")) {
                return x + 1 < toks.size() && !toks.get(x + 1).isVerb() && !isPunct(toks.get(x + 1).word());
            }
            if (w.equals("by") || toks.get(x).isFiniteVerb() || isPunct(w) || v.isQuoteMark(x)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a verb of speech tagged as a past right after the noun that opens the sentence is a
     * participle that modifies that noun, the tagger having misread it: a prepositional phrase
     * after it, then at once a finite verb with no subject of its own ("The figures announced on
     * Monday show that …", "The reasons explained in the report were never tested"). A noun
     * phrase that opens after the phrase's noun is a subject of the content ("The club said in a
     * statement the stadium was safe", "said on Monday it would", "said in Tavrin talks would
     * …"), and a "that", a comma or a quotation mark ends the search: the verb is the subject's.
     * A name before the verb is its subject ("Carson reported on his disclosure forms a fee …",
     * where "forms" may be read as a verb).
     */
    private static boolean participleReadAsPast(View v, int cue) {
        List<Token> toks = v.toks;
        int first = firstContentToken(v, 0);
        if (!v.tagged() || cue <= first || cue + 2 >= toks.size() || !"VBD".equals(toks.get(cue).pos())
                || !v.isNounLike(cue - 1) || v.nameAt[cue - 1] != null || toks.get(cue - 1).pos().startsWith("NNP")) {
            return false;
        }
        for (int x = first; x < cue; x++) {
            if (toks.get(x).isFiniteVerb() || isPunct(toks.get(x).word()) || v.isQuoteMark(x)) {
                return false;
            }
        }
        // (a bare time after the verb may open the content: "Officials said 2016 has seen …")
        if ((!"IN".equals(toks.get(cue + 1).pos()) || COMPLEMENTIZERS.contains(v.lower(cue + 1))
                || SUBORDINATORS.contains(v.lower(cue + 1)))) {
            return false;
        }
        boolean noun = false;
        for (int x = cue + 1; x < toks.size() && x <= cue + 10; x++) {
            Token t = toks.get(x);
            String pos = t.pos();
            if (t.isFiniteVerb()) {
                // (a past with a phrase of its own after it may be the noun's participle in turn: "said
                // in a statement posted on the website … that …")
                return noun && x > cue + 1 && !toks.get(x - 1).pos().equals("IN")
                        && !(x + 1 < toks.size() && "IN".equals(toks.get(x + 1).pos()) && "VBD".equals(pos));
            }
            if (v.lower(x).equals("that") || v.isQuoteMark(x) || isPunct(t.word())) {
                return false;
            }
            boolean opensPhrase = pos.equals("DT") || pos.equals("PRP$") || pos.equals("PRP");
            if (opensPhrase && noun && !toks.get(x - 1).pos().equals("IN")) {
                return false; // a noun phrase after the phrase's noun: the content's subject
            }
            if (v.inTime[x] || t.isNoun()) {
                Token prev = toks.get(x - 1);
                // (a name right after the preposition then a noun: "in Sardova talks"; "in the Tavrin
                // report" is one phrase)
                boolean bareName = prev.pos().startsWith("NNP") && "IN".equals(toks.get(x - 2).pos());
                if (noun && x - 1 > cue && t.isNoun() && !v.inTime[x] && (v.inTime[x - 1] || bareName
                        || pos.endsWith("S") && prev.isNoun()) && !(pos.startsWith("NNP") && prev.pos().startsWith("NNP"))) {
                    return false; // "said in Sardova talks would …", "said in a statement fans would …"
                }
                noun = true;
            } else if (!pos.equals("IN") && !opensPhrase && !pos.startsWith("JJ") && !pos.equals("CD")
                    && !pos.equals("POS") && !pos.startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private static boolean closesAfterComma(View v, int cue) {
        List<Token> toks = v.toks;
        if (cue + 1 < toks.size() && !Set.of(".", "!", "?").contains(toks.get(cue + 1).word())) {
            return false;
        }
        for (int x = cue - 1; x >= 0 && cue - x <= 5; x--) {
            if (toks.get(x).word().equals(",")) {
                return x < cue - 1;
            }
            if (!v.isNounLike(x) && !v.isAdjective(x) && !NP_WORDS.contains(v.lower(x)) && v.nameAt[x] == null) {
                return false;
            }
        }
        return false;
    }

    /**
     * What a relative clause with a gap for its subject reports ends before the main clause's verb:
     * the first verb of its own tense after a noun, an adjective, a participle or an adverb ("police
     * say shot a guard at the depot | was arrested"); a verb after a pronoun or a relative word
     * has a subject of its own and stays.
     */
    private static Found gapClauseOnly(View v, Found f) {
        List<Token> toks = v.toks;
        for (int x = 1; x < toks.size(); x++) {
            Token t = toks.get(x);
            if (t.begin() <= f.contentBegin() || t.end() > f.contentEnd() || v.insideQuote(t.begin())
                    || !FINITE.contains(t.pos())) {
                continue;
            }
            String prev = toks.get(x - 1).pos();
            if (toks.get(x - 1).begin() > f.contentBegin() && (prev.startsWith("NN") || prev.startsWith("JJ")
                    || prev.equals("VBN") || prev.startsWith("RB") || prev.equals("CD") || prev.equals("RP"))
                    && !RELATIVE.contains(v.lower(x - 1))) {
                return new Found(f.sentence(), f.cue(), f.cueLemma(), f.source(), f.contentBegin(), toks.get(x - 1).end());
            }
        }
        return f;
    }

    /** Relative pronouns whose clause may hold a verb of speech and the gap it reports ("who police say had …"). */
    private static final Set<String> GAP_RELATIVES = Set.of("who", "which", "that");

    /**
     * Whether what a verb of saying reports has no subject of its own: it opens, right after the
     * verb, with a finite verb or a modal not followed by another ("police say shot a guard",
     * "shopkeepers say will ruin them"; never "officials say costs rose", where the tagger may read
     * the noun as a verb). Only a present or past form of a plain verb of speech, tagged.
     */
    private boolean subjectGap(View v, int cue, Found after) {
        if (!v.tagged() || !rules.isCue(v.toks.get(cue).lemma().toLowerCase(Locale.ROOT), "speech")
                || !FINITE.contains(v.toks.get(cue).pos())) {
            return false;
        }
        int c = cue + 1;
        if (c + 1 >= v.toks.size() || v.toks.get(c).begin() != after.contentBegin()) {
            return false;
        }
        Token first = v.toks.get(c);
        Token next = v.toks.get(c + 1);
        // (the tagger may read a past after "say" as a participle: "police say shot a guard")
        return (FINITE.contains(first.pos()) || "VBN".equals(first.pos())) && !first.word().equalsIgnoreCase("that")
                && !FINITE.contains(next.pos()) && !"POS".equals(next.pos()) && !isPunct(next.word());
    }

    /** Words that open a noun's modifier after a comma or a dash ("Ann Lee, a nurse who …,", "the site, run by …,"). */
    private static final Set<String> MODIFIER_OPENERS = Set.of("who", "whose", "which", "a", "an", "the", "including");

    /**
     * The subject of a verb of saying at {@code cue} when it opens its clause (the sentence, or after
     * a linking word) and a modifier of its own runs from its noun to the verb: a relative clause
     * bound to the noun with a verb of its own ("Officials who spoke on condition of anonymity
     * said"), or a relative clause, a participle or an apposition set off by a comma or a dash and
     * closed by one right before the verb ("Voters interviewed at the rally, including Ann Lee,
     * said", "The clerk, a nurse who asked not to be named, said"). The noun phrase that opens the
     * clause speaks. Null when the verb opens the clause, when a name or pronoun right before the
     * verb may be its own subject ("Officials who run the plant Ann Lee said …"), when a quote,
     * a colon or a semicolon stands between, or when the modifier holds no verb.
     */
    private Source heavySubject(View v, int cue, int j) {
        List<Token> toks = v.toks;
        int s = firstContentToken(v, 0);
        if (s < toks.size() && LINKS.contains(v.lower(s))) {
            s++;
            if (s < toks.size() && toks.get(s).word().equals(",")) {
                s++;
            }
        }
        // (the verb is the clause's own, not a participle or an infinitive: "who rebuked Lee by
        // publicly expressing sympathy", "those who are on the ballot defending the seat")
        if (j < 1 || v.lower(cue).endsWith("ing") || v.lower(j).equals("to") || NOT_HEADS.contains(v.lower(j))
                || v.tagged() && !FINITE.contains(toks.get(cue).pos()) && !"VBN".equals(toks.get(cue).pos())
                        && !"VB".equals(toks.get(cue).pos())) {
            return null;
        }
        for (int k = j + 1; k < cue; k++) {
            if (v.tagged() && toks.get(k).pos().equals("MD")) {
                return null; // "who … would say": no saying
            }
        }
        if (j <= s + 1 || s >= toks.size() || FRONTED.contains(v.lower(s)) || SUBORDINATORS.contains(v.lower(s))
                || WH.contains(v.lower(s)) || PRONOUNS.contains(v.lower(s)) || v.lower(s).endsWith("ing")) {
            return null;
        }
        int e = v.phraseEnd(s);
        while (e > s + 1 && Set.of("of", "for", "at").contains(v.lower(e - 1))) {
            e--; // "The clerk of nearly four years": the phrase after "of" is read below
        }
        if (e <= s || e > j || endsOnNamedSource(v, cue + 1)) {
            return null;
        }
        Source inverted = toks.get(j).word().equals(",") && cue + 1 < toks.size() ? v.sourceStartingAt(cue + 1) : null;
        if (inverted != null && !inverted.pronoun() && (inverted.tokenEnd() >= toks.size()
                || isPunct(toks.get(inverted.tokenEnd()).word()))) {
            // "The firm lobbied for the plan, said Ann Lee, its former partner": the source follows
            // the verb, and the clause before the comma is what was said
            return null;
        }
        if (toks.get(j).word().equals(",")) {
            int p = j - 1;
            while (p > s && !toks.get(p).word().equals(",")) {
                p--;
            }
            // (not a name that only renames the last of two joined ("Residents led by Tom Cole and his
            // wife, Ann Cole, have promised": she is one of those led, not the subject)
            boolean conjunct = p >= s + 3 && v.lower(p - 3).equals("and")
                    && Set.of("his", "her", "their", "its", "'s", "\u2019s").contains(v.lower(p - 2))
                    && rules.inClass(toks.get(p - 1).lemma().toLowerCase(Locale.ROOT), "relative");
            if (p > s && p + 1 < j && !conjunct && v.nameAt[p + 1] != null && v.nameAt[p + 1].tokenEnd() == j) {
                // "The man who hired her, Tom Cole, said": the name set off last is the speaker
                Source named = v.phrase(p + 1, j - 1);
                return named == null || named.name() == null ? null : named;
            }
        }
        Source head = v.phrase(s, e - 1);
        if (head == null || head.pronoun()) {
            return null;
        }
        for (int k = e; k <= j; k++) {
            String w = toks.get(k).word();
            String said = k < j ? cueLemma(v, k) : null;
            int r = k - 1;
            while (r > e && v.between(r)) {
                r--;
            }
            if (v.isQuoteMark(k) || w.equals(":") || w.equals(";") || said != null && !RELATIVE.contains(v.lower(r))
                    && (rules.isCue(said, "speech") || rules.isCue(said, "speech-that"))) {
                return null; // (a verb of saying of its own only right after "who": "X, who said …, said")
            }
        }
        if (Set.of("of", "from", "at", "in", "for", "with", "on", "near", "under", "inside", "outside", "aboard")
                .contains(v.lower(e))) {
            // a phrase after the noun that only says which one ("The clerk of nearly four years, a
            // nurse who …,", "A deckhand on the ferry for a decade, a father who …,"): past it, up
            // to a comma, a dash or "who"
            int k = e + 1;
            while (k < j && k - e <= 8 && !toks.get(k).word().equals(",") && !ASIDE_DASHES.contains(toks.get(k).word())
                    && !Set.of("who", "whose").contains(v.lower(k)) && !v.finiteVerb(k)) {
                k++;
            }
            if (k >= j || k - e > 8 || v.finiteVerb(k)) {
                return null;
            }
            e = k;
        }
        String open = v.lower(e);
        String close = toks.get(j).word();
        // (a participle the tagger read as a past verb, before the phrase that says where or by whom:
        // "Veterans interviewed at the rally, including Ann Lee, said")
        boolean participle = (pastParticiple(toks.get(e)) || "VBD".equals(toks.get(e).pos()) && e + 1 < j
                && Set.of("by", "at", "in", "on", "outside", "during").contains(v.lower(e + 1)))
                && !open.equals("said") && v.nameAt[e] == null;
        boolean set = (open.equals(",") || ASIDE_DASHES.contains(open)) && e + 1 < j
                && (MODIFIER_OPENERS.contains(v.lower(e + 1)) || pastParticiple(toks.get(e + 1)) && !v.lower(e + 1).equals("said"))
                && (close.equals(",") && open.equals(",") || ASIDE_DASHES.contains(close) && close.equals(toks.get(e).word()))
                || (Set.of("who", "whose").contains(open) || participle) && close.equals(",");
        boolean bound = (Set.of("who", "whose").contains(open) || participle) && !isPunct(close)
                && !Set.of("and", "or", "but", "who", "whom", "which", "that").contains(v.lower(j));
        if (!set && !bound) {
            return null;
        }
        boolean verb = false;
        for (int k = e + 1; k < j; k++) {
            boolean finite = v.tagged() ? toks.get(k).isVerb() : !v.isNounLike(k) && Character.isLetter(toks.get(k).word().charAt(0))
                    && !toks.get(k).lemma().equalsIgnoreCase(toks.get(k).word());
            if (finite) {
                verb = true;
            }
            if (bound && (toks.get(k).word().equals(",") || ASIDE_DASHES.contains(toks.get(k).word()))) {
                return null; // a bound clause with a comma in it may end before another subject
            }
        }
        if (!verb && !set) {
            return null;
        }
        if (bound) {
            // a name or pronoun right before the verb is its subject unless a verb or a preposition
            // takes it as object ("who spoke to Ann Lee said", "who know him say")
            Source last = v.core(j);
            if (last != null && (last.name() != null || last.pronoun())) {
                int before = (last.name() != null ? last.name().tokenBegin() : last.tokenBegin()) - 1;
                if (before <= e || !(v.finiteOrParticiple(before) || POST_MODIFIERS.contains(v.lower(before))
                        || Set.of("to", "with", "for", "by", "of", "about", "against").contains(v.lower(before)))) {
                    return null;
                }
            }
        }
        return new Source(v.sentence.index(), s, j + (isPunct(close) ? 0 : 1), head.begin(), head.end(), head.name(),
                head.title(), false);
    }

    /** Words after a verb that open an adjunct, not an object ("…, the audit found in March"). */
    private static final Set<String> ADJUNCT_AFTER_VERB = Set.of("in", "on", "at", "during", "after", "before", "last",
            "this", "earlier", "later", "late", "yesterday", "today", "tonight", "when", "while", "as", "via",
            "through", "since", "because", "according", "again", "too", "also", "instead", "recently");

    /**
     * Whether the words from token {@code k}, right after a verb, are an object of its own rather
     * than the clause's end, a time or an adjunct: "…, the audit found." and "…, records show in
     * March" end their clause, "did not rule out a vote" and "pointed to the council" go on.
     */
    private static boolean takesObject(View v, int k) {
        while (k < v.toks.size() && Set.of("out", "up", "off", "back").contains(v.lower(k))) {
            k++;
        }
        if (k >= v.toks.size()) {
            return false;
        }
        return !isPunct(v.toks.get(k).word()) && !v.isQuoteMark(k) && !v.inTime[k]
                && !ADJUNCT_AFTER_VERB.contains(v.lower(k));
    }

    /**
     * Whether the words from token {@code k}, after a verb that takes its listener as object
     * ("assured", "reminded"), are only that listener, a noun phrase that ends the clause, perhaps
     * before an adjunct: "…, Ann Lee assured workers." and "…, Lee reminded the council on Monday."
     * name who heard the words before; "assured workers of a raise" goes on to an object of its own.
     */
    private static boolean listenerOnly(View v, int k) {
        int end = v.phraseEnd(k);
        if (end == k || end - k > 6) {
            return false;
        }
        return end >= v.toks.size() || isPunct(v.toks.get(end).word()) || v.isQuoteMark(end) || v.inTime[end]
                || ADJUNCT_AFTER_VERB.contains(v.lower(end));
    }

    /**
     * Whether a comma stands in tokens {@code [from, to)}: "the fund, according to auditors, was
     * empty" closes the aside, which then ends nothing.
     */
    private static boolean commaBetween(View v, int from, int to) {
        for (int x = from; x < to; x++) {
            if (v.toks.get(x).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what was found holds a verb of its own tense, an imperative, or a headline's participle
     * or infinitive (always, in a sentence the tagger did not read).
     */
    private static boolean hasFiniteVerb(View v, Found f) {
        if (!v.tagged()) {
            return true;
        }
        boolean first = true;
        String before = "";
        for (Token t : v.toks) {
            if (t.begin() >= f.contentBegin() && t.end() <= f.contentEnd()) {
                // an imperative opens with the verb's base form ("Stop the sale, Lee said"); a headline's
                // clause may have a participle or an infinitive for its verb ("Hundreds killed in quake,
                // officials say", "Acme to cut 500 jobs, sources say"), though not as its first word
                if (t.isFiniteVerb() || first && "VB".equals(t.pos()) || !first && "VBN".equals(t.pos())
                        || "VB".equals(t.pos()) && "TO".equals(before)) {
                    return true;
                }
                first = false;
                before = String.valueOf(t.pos());
            }
        }
        return false;
    }

    /** Auxiliaries and modals that open a predicate whose subject stands before a parenthetical source. */
    private static final Set<String> PREDICATE_OPENERS = Set.of("is", "was", "are", "were", "has", "have", "had",
            "will", "would", "could", "can", "should", "may", "might", "must", "does", "did", "remains", "remained");

    /**
     * "As Ann Lee put it, the club cannot survive", "The deal, as Ann Lee put it, is a lifeline":
     * an aside "as SOURCE put it" says the clause around it, after its own adjuncts ("put it in
     * March,", "put it to reporters,"), cited as two pieces when the clause opens before it; null
     * when no comma closes the aside within a few words or a verb stands before that comma ("as
     * Lee put it on the table, …" says nothing: the clause before the comma is no aside).
     */
    private Found asPutIt(View v, int cue, Source src) {
        List<Token> toks = v.toks;
        int as = src.tokenBegin() - 1;
        if (as < 0 || !v.lower(as).equals("as")) {
            return null;
        }
        int comma = cue + 2;
        while (comma < toks.size() && !toks.get(comma).word().equals(",") && comma - cue <= 5) {
            if (toks.get(comma).isVerb() || isPunct(toks.get(comma).word()) || !v.lower(comma).matches("to|in|on|at|with|"
                    + "reporters|him|her|them|it|[a-z]*day|week|month|year|last|this|earlier|later|once|recently|\\d+|"
                    + "january|february|march|april|may|june|july|august|september|october|november|december")) {
                return null;
            }
            comma++;
        }
        if (comma >= toks.size() - 2 || !toks.get(comma).word().equals(",")) {
            return null;
        }
        int first = firstContentToken(v, 0);
        int end = toks.size();
        while (end > comma + 1 && isPunct(toks.get(end - 1).word()) && !v.isQuoteMark(end - 1)) {
            end--;
        }
        if (end <= comma + 1) {
            return null;
        }
        if (as == first) {
            return content(v, cue, "put it", src, comma + 1, toks.size()).orElse(null);
        }
        if (as - 1 > first && toks.get(as - 1).word().equals(",")) {
            // the clause around the aside: its subject before, its verb after
            return new Found(v.sentence.index(), cue, "put it", src, toks.get(first).begin(), toks.get(end - 1).end(),
                    false, toks.get(as - 1).begin(), toks.get(comma).end());
        }
        return null;
    }

    /**
     * "The permit, his campaign said, had been hard to get": a source and its verb set off by commas
     * (or by dashes: "The permit — his campaign said — had been …") inside a clause whose subject stands before them and whose predicate follows (an auxiliary, a
     * modal or a finite verb right after the comma). What was said is the clause around them, cited
     * as its two pieces; null when the words after the comma are no predicate or the words before
     * are a fronted phrase ("After the vote, Lee said, …").
     */
    private static Found splitClause(View v, int cue, Found pre, int sourceComma) {
        int k = cue + 1;
        // the same mark on both sides: two commas, or two dashes ("The deal — Ann Lee said — was sound")
        String mark = v.toks.get(sourceComma).word();
        String closing = k < v.toks.size() ? v.toks.get(k).word() : "";
        boolean commas = mark.equals(",") && closing.equals(",");
        boolean dashes = ASIDE_DASHES.contains(mark) && ASIDE_DASHES.contains(closing);
        if (k + 1 >= v.toks.size() || !commas && !dashes) {
            return null;
        }
        k++;
        Token next = v.toks.get(k);
        boolean predicate = PREDICATE_OPENERS.contains(v.lower(k))
                || v.tagged() && ("VBZ".equals(next.pos()) || "VBD".equals(next.pos()) || "MD".equals(next.pos()));
        if (!predicate) {
            return null;
        }
        Token first = null;
        for (Token t : v.toks) {
            if (t.begin() >= pre.contentBegin()) {
                first = t;
                break;
            }
        }
        // the clause opens after the last dash or semicolon before the source ("… - and the permit, …")
        for (int x = sourceComma - 1; first != null && x > first.index(); x--) {
            if (Set.of(";", "-", "--", "\u2014", "\u2013").contains(v.toks.get(x).word())) {
                int y = x + 1;
                if (y < sourceComma && Set.of("and", "but", "yet", "so").contains(v.lower(y))) {
                    y++;
                }
                first = y < sourceComma ? v.toks.get(y) : null;
                break;
            }
        }
        String w = first == null ? "" : first.word().toLowerCase(Locale.ROOT);
        if (first == null || FRONTED.contains(w) || SUBORDINATORS.contains(w) || WH.contains(w) || v.inTime[first.index()]
                || v.tagged() && Set.of("IN", "TO", "WRB", "VBG", "VBN", "RB").contains(first.pos())) {
            return null;
        }
        int end = clauseEnd(v, k);
        int endChar = v.toks.get(end - 1).end();
        while (endChar > 0 && ".;:".indexOf(v.text.charAt(endChar - 1)) >= 0) {
            endChar--;
        }
        if (endChar <= v.toks.get(k).begin()) {
            return null;
        }
        // (a dash stands apart from the words before it: the first piece ends with the last word)
        int gapBegin = dashes ? v.toks.get(sourceComma - 1).end() : v.toks.get(sourceComma).begin();
        return new Found(pre.sentence(), cue, pre.cueLemma(), pre.source(), first.begin(), endChar, false,
                gapBegin, v.toks.get(cue + 1).end());
    }

    /**
     * Whether the content found after the verb at {@code cue} is no clause said but an adjunct: it
     * opens with a preposition of place, time or manner ("on condition of anonymity", "in a
     * statement") or a participle ("noting …", "adding …"), or it follows a comma that ends the
     * verb's own adjuncts ("said Tuesday in Dover, noting …").
     */
    private static boolean adjunctOnly(View v, int cue, Found after) {
        int k = cue + 1;
        while (k < v.toks.size() && v.toks.get(k).end() <= after.contentBegin()) {
            k++;
        }
        if (k >= v.toks.size()) {
            return false;
        }
        Token first = v.toks.get(k);
        if (v.lower(k - 1).equals("that") || v.isQuoteMark(k - 1)) {
            return false;
        }
        if (v.tagged() && "VBG".equals(first.pos())) {
            return true;
        }
        for (int x = k; x < v.toks.size() && v.toks.get(x).begin() < after.contentEnd(); x++) {
            if (v.lower(x).equals("that") || v.isQuoteMark(x)) {
                return false; // "…, he said in an interview, that …": the clause follows the adjunct
            }
        }
        boolean comma = false;
        for (int x = cue + 2; x < k; x++) {
            comma |= v.toks.get(x).word().equals(",");
        }
        boolean preposition = Set.of("on", "in", "at", "during", "via", "through", "according", "with", "before",
                "after").contains(v.lower(k)) && !(k + 1 < v.toks.size() && Set.of("least", "most").contains(v.lower(k + 1)));
        return preposition || comma;
    }

    /** Words between a verb of speech and a comma that are its own adjuncts of time ("said on Tuesday,"). */
    private static final Set<String> TIME_LINKS = Set.of("on", "in", "at", "late", "early", "last", "this");

    /**
     * Whether the content found after the verb at {@code cue} lies in a phrase that comments on the
     * clause before the source: after the verb, nothing but a time ("said Tuesday,", "said on
     * Friday,") and a comma, then a participle ("suggesting …", "signaling that …") or a short noun
     * phrase, with or without a preposition, whose noun the content's "that" completes ("in a sign
     * that …", "the latest evidence that …"); no quote in it.
     */
    private boolean writersAside(View v, int cue, Found pre, Found after) {
        List<Token> toks = v.toks;
        int c = cue + 1;
        while (c < toks.size() && (v.inTime[c] || TIME_LINKS.contains(v.lower(c)))) {
            c++;
        }
        if (c + 1 >= toks.size() || !toks.get(c).word().equals(",") || toks.get(c + 1).begin() > after.contentBegin()
                || !v.tagged()) {
            return false;
        }
        int k = c + 1;
        if ("VBG".equals(toks.get(k).pos()) || v.lower(k).endsWith("ing") && k + 1 < toks.size() && v.lower(k + 1).equals("that")) {
            // ("signaling that" may be tagged a noun) not after a subordinate clause, whose main
            // clause the participle's phrase opens ("While …, she added, revoking them would be …"),
            // nor a participle that names its own object as what is said ("referring to …")
            String lemma = cueLemma(v, k);
            int first = firstContentToken(v, 0);
            while (first < toks.size() && toks.get(first).begin() < pre.contentBegin()) {
                first++;
            }
            boolean subordinate = first < toks.size() && Set.of("IN", "TO", "WRB").contains(String.valueOf(toks.get(first).pos()));
            return !subordinate && (lemma == null || rules.isCue(lemma, "speech"));
        }
        int x = k;
        if ("IN".equals(toks.get(x).pos()) && !v.lower(x).equals("that")) {
            x++;
        }
        boolean noun = false;
        for (; x < toks.size() && x < k + 7; x++) {
            String pos = String.valueOf(toks.get(x).pos());
            if (v.lower(x).equals("that")) {
                return noun && x + 1 < toks.size() && toks.get(x + 1).begin() == after.contentBegin();
            }
            if (!(pos.startsWith("NN") && !pos.startsWith("NNP") || pos.startsWith("JJ") || pos.equals("DT")
                    || pos.equals("RBS") || pos.equals("RB"))) {
                return false;
            }
            noun = pos.startsWith("NN");
        }
        return false;
    }

    /**
     * Whether what was found is a clause with a verb of its own tense that opens with no preposition
     * or subordinator ("The plant will stay open"), not a fronted phrase ("In a letter sent on
     * Monday", "After the plant closed").
     */
    private static boolean fullClause(View v, Found f) {
        boolean first = true;
        boolean finite = false;
        for (Token t : v.toks) {
            if (t.begin() >= f.contentBegin() && t.end() <= f.contentEnd()) {
                if (first && ("IN".equals(t.pos()) || "TO".equals(t.pos()) || "WRB".equals(t.pos()) || v.inTime[t.index()])) {
                    return false;
                }
                first = false;
                finite |= t.isFiniteVerb();
            }
        }
        return finite;
    }

    /** Whether a verb of its own tense comes from token {@code from} before a punctuation mark or a quote. */
    private static boolean finiteVerbAhead(View v, int from) {
        for (int x = from; x < v.toks.size() && (!isPunct(v.toks.get(x).word()) || innerHyphen(v, x))
                && !v.isQuoteMark(x); x++) {
            if (v.toks.get(x).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /** A hyphen inside a word ("Okonedo-Reyes", "well-known"), no mark between phrases. */
    private static boolean innerHyphen(View v, int x) {
        return v.toks.get(x).word().equals("-") && x > 0 && x + 1 < v.toks.size()
                && v.toks.get(x - 1).end() == v.toks.get(x).begin() && v.toks.get(x).end() == v.toks.get(x + 1).begin();
    }

    /** Nouns of time after which "that" is their determiner: "told reporters that night that …". */
    private static final Set<String> THAT_TIME = Set.of("night", "day", "morning", "afternoon", "evening", "week",
            "month", "year", "time");

    /** Words after a verb that begin what the verb is about, not its source ("said of Cruz."). */
    private static final Set<String> ABOUT = Set.of("of", "about", "to", "for", "with", "at", "in", "on", "by");

    /**
     * A named source starts at {@code from} and the sentence ends after it, or after an apposition
     * in commas with no verb of its own ("said Ann Lee, the county's treasurer."). "said Ann Lee, the
     * treasurer, would resign" goes on with a verb: the name is what was said.
     */
    private static boolean endsOnNamedSource(View v, int from) {
        if (from >= v.toks.size() || ABOUT.contains(v.lower(from))) {
            return false;
        }
        Source right = v.sourceStartingAt(from);
        if (right == null || right.name() == null) {
            return false;
        }
        int k = right.tokenEnd();
        if (k < v.toks.size() && v.toks.get(k).word().equals(",")) {
            if (k + 1 < v.toks.size() && Set.of("who", "whose").contains(v.lower(k + 1))) {
                return true; // "asked Ann Lee, who chairs the board.": a relative clause on the name
            }
            if (!v.tagged()) {
                return false; // no part of speech to tell an apposition from a clause
            }
            for (int x = k + 1; x < v.toks.size(); x++) {
                if (FINITE.contains(v.toks.get(x).pos())) {
                    return false;
                }
            }
            return true;
        }
        return v.toks.subList(k, v.toks.size()).stream().allMatch(t -> isPunct(t.word()));
    }

    /**
     * A passive speech verb with its agent ("was asked by Tom Kim whether …", "were told by the
     * mayor that …"): the agent is the source and the content follows it; null for any other form.
     * A verb that takes no listener says what only after "that", a colon or a quote ("was confirmed
     * by police on Monday that …"), and a relative clause after the agent's comma is the agent's
     * own ("must be confirmed by the Senate, which is expected to vote in May").
     */
    private Found passiveWithAgent(View v, int i, String lemma) {
        List<Token> toks = v.toks;
        if (i + 2 >= toks.size() || !v.lower(i + 1).equals("by") || stanceOrEvidence(lemma)) {
            return null;
        }
        int j = i - 1;
        while (j >= 0 && v.between(j) && !BE.contains(v.lower(j))) {
            j--;
        }
        if (j < 0 || !BE.contains(v.lower(j))) {
            return null;
        }
        // a possessive opens the agent ("by her lawyer"), it is not the agent
        boolean possessive = Set.of("his", "her", "their", "its", "our", "my", "your").contains(v.lower(i + 2));
        int end = possessive ? v.phraseEnd(i + 3) : v.phraseEnd(i + 2);
        for (int x = i + 2; x < end; x++) {
            if (v.nameAt[x] != null) {
                // the agent ends with its name ("by moderator Tom Kim whether"), or with the person a
                // titled chain names ("by Harbor Radio host Tom Kim whether")
                end = v.headOfNameChain(v.nameAt[x].tokenEnd() - 1, toks.size()) + 1;
                break;
            }
            if (Set.of("whether", "if", "that", "about", "what", "why", "how", "to").contains(v.lower(x))) {
                end = x;
                break;
            }
        }
        Source agent = end > i + 2 ? v.phrase(i + 2, end - 1) : null;
        if (agent == null || agent.pronoun()) {
            return null;
        }
        int k = end;
        if (k < toks.size() && toks.get(k).word().equals(",")) {
            // "by the moderator, Tom Kim, whether …": past the apposition
            int c = k + 1;
            while (c < toks.size() && c - k < 12 && !toks.get(c).word().equals(",")) {
                c++;
            }
            if (c < toks.size() && c - k < 12) {
                Source inner = v.phrase(k + 1, c - 1);
                if (inner != null && inner.name() != null && agent.name() == null) {
                    agent = inner;
                }
                k = c + 1;
            }
        }
        if (!rules.isCue(lemma, "recipient")) {
            k = skipAdjuncts(v, k, false); // "was confirmed by police on Monday that …"
        }
        if (k >= toks.size() || toks.get(k - 1).word().equals(",") && RELATIVE.contains(v.lower(k))
                || !rules.isCue(lemma, "recipient") && !v.lower(k).equals("that") && !v.isQuoteMark(k)
                        && !toks.get(k).word().equals(":")) {
            return null;
        }
        if (v.lower(k).equals("that")) {
            k++;
        }
        return content(v, i, lemma, agent, k, toks.size()).orElse(null);
    }

    /**
     * Whether the speech verb at {@code cue} is a passive with an infinitive after it whose verb is
     * no verb of speech ("is said to be weighing a run", "was told to leave", "were asked to
     * resign", "is reported to own"): the subject is only talked about or told, and no one named
     * speaks. "Ann Lee is said to have called it a sham" keeps its speaker: the infinitive's verb
     * is her own saying.
     */
    private boolean reportedOfSubject(View v, int from, int cue) {
        List<Token> toks = v.toks;
        if (!pastParticiple(toks.get(cue)) || cue + 2 >= toks.size() || !v.lower(cue + 1).equals("to")) {
            return false;
        }
        boolean be = false;
        for (int x = Math.max(0, from); x < cue; x++) {
            be |= BE.contains(v.lower(x));
        }
        if (!be) {
            return false;
        }
        int k = cue + 2;
        while (k + 1 < toks.size() && (Set.of("have", "be", "been", "not").contains(v.lower(k)) || toks.get(k).isAdverb())) {
            k++;
        }
        String said = toks.get(k).isVerb() ? cueLemma(v, k) : null;
        return said == null || heldView(said) && !rules.isCue(said, "speech");
    }

    /**
     * Whether the speech verb at {@code cue} is passive, so its subject heard and did not say
     * ("was told", "has been asked", "were never informed"): a past participle with a form of "be"
     * among the words from {@code from}. See {@link #subjectVerbPassive} for a subject's verb not yet known.
     */
    private static boolean passiveCue(View v, int from, int cue) {
        // "Ann Lee is said to have called …", "was quoted as saying": the subject is the speaker
        if (!pastParticiple(v.toks.get(cue)) || cue + 1 < v.toks.size() && Set.of("to", "as").contains(v.lower(cue + 1))) {
            return false;
        }
        for (int x = Math.max(0, from); x < cue; x++) {
            if (BE.contains(v.lower(x))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code cue} stands in a subordinate clause that opens the sentence, before
     * the comma that closes it ("After Ann Lee asked who he thought would win, …"; "When Ann Lee
     * said that …,").
     */
    private static boolean inFrontedClause(View v, int cue) {
        int first = firstContentToken(v, 0);
        if (first >= cue || !SUBORDINATORS.contains(v.lower(first))) {
            return false;
        }
        for (int x = first + 1; x < cue; x++) {
            if (v.toks.get(x).word().equals(",") || v.isQuoteMark(x)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a speech verb stands among tokens {@code from} (inclusive) to {@code to} (exclusive). */
    private boolean cueBetween(View v, int from, int to) {
        for (int x = from; x < to; x++) {
            if (cueLemma(v, x) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a speech verb stands within four tokens after the comma at {@code comma} ("…, Tom Kim said"). */
    private boolean cueSoonAfter(View v, int comma) {
        for (int x = comma + 1; x < Math.min(v.toks.size(), comma + 5); x++) {
            if (v.isQuoteMark(x)) {
                return false;
            }
            if (cueLemma(v, x) != null) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an indirect question ("asking whether …", "asked Tom Kim why …"). */
    private static final Set<String> WH = Set.of("whether", "if", "why", "how", "what", "who", "when", "where");

    /** Words that open a subordinate clause before the main one ("When Ann Lee said that …, the union …"). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "as", "while", "because", "although",
            "though", "if", "since", "before", "once", "until", "whereas");

    /**
     * The content of a cue in a fronted subordinate clause ends at the comma that closes the clause
     * ("When Ann Lee said that the port would close, the union struck": "the port would close"),
     * so the main clause and a quote it holds stay out; unchanged when no comma closes it.
     */
    private Found clauseOnly(View v, Found f) {
        if (f == null) {
            return null;
        }
        for (Token t : v.toks) {
            if (t.begin() > f.contentBegin() && t.end() <= f.contentEnd() && t.word().equals(",")
                    && !v.insideQuote(t.begin())) {
                // a short clause ends there too when the main clause after the comma attributes
                // ("When Ann Lee asked whether it would close, Tom Kim said …")
                if (words(v.text, f.contentBegin(), t.begin()) < 3 && !cueSoonAfter(v, t.index())) {
                    return f;
                }
                return new Found(f.sentence(), f.cue(), f.cueLemma(), f.source(), f.contentBegin(), t.begin());
            }
        }
        return f;
    }

    /**
     * The content of a cue in a relative clause between commas ends at the comma that closes the
     * clause, where the main clause's finite verb or verb of speech follows ("Ann Lee, who recalled the flood, said
     * in an interview that …": "the flood"); unchanged when no such comma stands in it (without
     * tags only a verb of speech tells the main verb).
     */
    private Found relativeOnly(View v, Found f) {
        for (int x = 0; x + 1 < v.toks.size(); x++) {
            Token t = v.toks.get(x);
            if (t.begin() <= f.contentBegin() || t.end() > f.contentEnd() || !t.word().equals(",")
                    || v.insideQuote(t.begin())) {
                continue;
            }
            int k = x + 1;
            while (k < v.toks.size() && v.between(k) && !(v.tagged() && FINITE.contains(v.toks.get(k).pos()))) {
                k++;
            }
            // the tagger may read the main verb as a participle ("…, said in an interview that …")
            if (k < v.toks.size() && (v.tagged() && FINITE.contains(v.toks.get(k).pos()) || cueLemma(v, k) != null)) {
                return new Found(f.sentence(), f.cue(), f.cueLemma(), f.source(), f.contentBegin(), t.begin());
            }
        }
        return f;
    }

    /**
     * The content of a cue in a relative clause bound to its noun ends before the main clause's verb:
     * a second verb of its own tense right after an adjective, a participle or a base form, adverbs
     * between ("The nurse who said the clinic was unsafe was fired": "the clinic was unsafe");
     * unchanged without tags, or when a noun or pronoun before the verb may be its subject ("who
     * said the law was wrong" stays whole, as does "who said Ann Lee is right").
     */
    private static Found beforeMainVerb(View v, Found f) {
        if (!v.tagged()) {
            return f;
        }
        boolean finite = false;
        for (int x = 1; x < v.toks.size(); x++) {
            Token t = v.toks.get(x);
            if (t.begin() < f.contentBegin() || t.end() > f.contentEnd() || v.insideQuote(t.begin())
                    || !FINITE.contains(t.pos())) {
                continue;
            }
            int p = x - 1;
            while (p > 0 && v.toks.get(p).pos().startsWith("RB")) {
                p--;
            }
            String prev = v.toks.get(p).pos();
            if (finite && v.toks.get(p).begin() >= f.contentBegin() && (prev.startsWith("JJ") || prev.equals("VBN")
                    || prev.equals("VBG") || prev.equals("VB") || prev.equals("RP"))) {
                return new Found(f.sentence(), f.cue(), f.cueLemma(), f.source(), f.contentBegin(),
                        v.toks.get(x - 1).end());
            }
            finite = true;
        }
        return f;
    }

    /**
     * Whether a token reads as a past participle after an auxiliary: tagged VBN; in a sentence
     * without tags, the past form of a known verb (its lemma differs: "told", "said") or a word in
     * -ed or -en ("charged", "taken"), but no "-ing" or "-s" form.
     */
    private static boolean pastParticiple(Token t) {
        if (t.isTagged()) {
            return "VBN".equals(t.pos());
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.endsWith("ing") || w.endsWith("s")) {
            return false;
        }
        return !t.lemma().equalsIgnoreCase(t.word()) || w.matches("[a-z]{3,}(?:ed|en)");
    }

    /** Forms of "be" that make a participle passive. */
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");
    /** {@link #BE} and the forms of "get" that make a passive too ("got fined"). */
    private static final Set<String> PASSIVE_AUXILIARIES = java.util.stream.Stream.concat(BE.stream(),
            Set.of("get", "gets", "got", "gotten").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Adverbs that may stand between "was" and its participle in a sentence without tags. */
    private static final Set<String> UNTAGGED_ADVERBS = Set.of("also", "later", "often", "not", "never", "once", "then",
            "still", "now", "since", "first", "being");
    /**
     * Whether the word at {@code k} names a party that can take a side: a name, or a noun of a body,
     * of a person by relation or of people ({@code word-classes.txt}: body, holder, people).
     */
    private boolean partyNoun(View v, int k) {
        String lemma = v.toks.get(k).lemma();
        return v.nameAt[k] != null || rules.inClass(lemma, "body") || rules.inClass(lemma, "holder")
                || rules.inClass(lemma, "people");
    }

    /** Possessive determiners that open an owned stance ("his record", "their plan"). */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");

    /**
     * Whether the object of a verb that challenges (role {@code challenge}: "attacked", "questioned",
     * which also name a blow or an interrogation) is a stance, a record or a person's word: an owned
     * thing ("questioned the senator's record", "attacked his plan"), or a name that ends the clause
     * or is followed by the reason or the topic ("attacked Ann Lee for skipping the vote", "attacked
     * Acme over the fares"); never a bare common noun ("questioned the driver", "attacked a depot") nor
     * a name followed by how or where ("attacked Ann Lee with a knife").
     */
    private static boolean challengedStance(View v, int k) {
        List<Token> toks = v.toks;
        if (POSSESSIVES.contains(v.lower(k))) {
            return true;
        }
        for (int x = k + 1; x < toks.size() && x <= k + 5; x++) {
            String w = v.lower(x);
            if (w.equals("'s") || w.equals("'")) {
                return true;
            }
            if (isPunct(w) || toks.get(x).isVerb()) {
                break;
            }
        }
        if (v.nameAt[k] == null) {
            return false;
        }
        int end = k;
        while (end < toks.size() && v.nameAt[end] == v.nameAt[k]) {
            end++;
        }
        return end >= toks.size() || isPunct(toks.get(end).word())
                || Set.of("for", "over", "as", "on").contains(v.lower(end));
    }

    /**
     * The question word after "asked" and the adverbs or times between ("asked specifically what",
     * "asked on Monday whether", "asked later if"); -1 when a verb, a comma, a quote, a hearer or an
     * agent ("asked by …", "asked the mayor whether …") comes first.
     */
    private static int questionAfterAdjuncts(View v, int asked) {
        return questionWordAfter(v, asked + 1, asked + 6, WH);
    }

    /**
     * The first word of {@code words} from {@code from} to {@code last}, past adverbs and times
     * only ("specifically what", "on Monday whether", "later if"); -1 when any other word comes
     * first. Untagged, an adverb is a word in -ly or one of {@link #UNTAGGED_ADVERBS}.
     */
    private static int questionWordAfter(View v, int from, int last, Set<String> words) {
        List<Token> toks = v.toks;
        for (int x = from; x < toks.size() && x <= last; x++) {
            String w = v.lower(x);
            if (words.contains(w)) {
                return x;
            }
            boolean adverb = v.tagged() ? toks.get(x).pos().startsWith("RB") && !w.equals("not")
                    : w.endsWith("ly") || UNTAGGED_ADVERBS.contains(w);
            if (!adverb && !v.inTime[x] && !(Set.of("on", "in", "during", "at").contains(w) && x + 1 < toks.size()
                    && v.inTime[x + 1])) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that open an indirect question after "asked" ("asked which county", "asked whom she backed"). */
    private static final Set<String> ASKED_QUESTION = Set.of("whether", "if", "why", "how", "what", "who", "when",
            "where", "which", "whom", "whose");

    /**
     * What a reduced passive of asking at {@code asked} asks ("When asked whether …", "Asked by a
     * reporter which county …", "he said when asked by Ann Lee if …"): the indirect question, past
     * an agent after "by" (who then asks) and adverbs or times, to the clause's end; its source
     * is the agent, else unknown. Null when no question follows within a few words ("When asked
     * about the budget, …" says nothing) or when it is shorter than three words.
     */
    private Found askedQuestion(View v, int asked, String lemma) {
        List<Token> toks = v.toks;
        Source src = new Source(v.sentence.index(), asked, asked + 1, toks.get(asked).begin(), toks.get(asked).end(),
                null, null, false);
        int k = asked + 1;
        if (k + 1 < toks.size() && v.lower(k).equals("by")) {
            int end = v.phraseEnd(k + 1);
            Source agent = end > k + 1 ? v.phrase(k + 1, end - 1) : null;
            if (agent == null) {
                return null;
            }
            // (a bare singular common noun after "by" is the means, no asker: "asked by email
            // whether …", "when asked by phone if …"; "by a reporter", "by Ann Lee" ask)
            boolean means = java.util.stream.IntStream.range(k + 1, end).allMatch(x -> "NN".equals(toks.get(x).pos()));
            if (!means) {
                src = agent;
            }
            k = end;
        }
        int wh = questionWordAfter(v, k, k + 5, ASKED_QUESTION);
        if (wh < 0) {
            return null;
        }
        Found q = clauseOnly(v, content(v, asked, lemma, src, wh, toks.size()).orElse(null));
        return q != null && words(v.text, q.contentBegin(), q.contentEnd()) >= 3 ? q : null;
    }

    /** Words after a participle that opens a sentence and fronts a clause ("Asked whether …,"). */
    private static final Set<String> FRONTED_PARTICIPLE_NEXT = Set.of("whether", "if", "about", "why", "how", "what",
            "when", "where", "who", "to", "for", "by", "during", "at", "on", "in", "after", "before");

    /** Finite verb tags: a verb that can head a predicate of its own. */
    private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");
    /** Finite forms of "have" and "do" that can open a predicate as auxiliaries ("and has not been charged"). */
    private static final Set<String> HAVE_DO = Set.of("has", "have", "had", "does", "did");

    /** Whether token {@code k}, after a conjunction, opens a second predicate of the cue's subject. */
    private static boolean secondPredicate(View v, int cue, int k) {
        Token t = v.toks.get(k);
        if (!FINITE.contains(t.pos())) {
            return false;
        }
        if (v.sentence.isParsed()) {
            // the verb itself, or the verb an auxiliary serves ("and has not been charged"), is a
            // conjunct of the cue
            int verb = v.sentence.headOf(k).filter(d -> d.relation().startsWith("aux")).map(Dependency::governor).orElse(k);
            return v.sentence.headOf(verb).map(d -> d.relation().equals("conj") && d.governor() == cue).orElse(false);
        }
        return t.pos().equals("MD") || BE.contains(t.word().toLowerCase(Locale.ROOT))
                || HAVE_DO.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the finite verb at {@code k}, after the coordinator at {@code coordinator}, opens a clause
     * of its own with its own subject that the parser joined to the infinitive rather than to the verb
     * of saying ("threatened to strike on Monday but the hospital said it would not budge": "said" is no
     * part of the threat). A verb whose subject stands before the coordinator, or a copula inside the
     * infinitive's clause ("to find that the city and its chief were negligent"), is none.
     */
    private static boolean clauseOfItsOwn(View v, int infinitive, int coordinator, int k) {
        if (!FINITE.contains(v.toks.get(k).pos())) {
            return false;
        }
        int verb = v.sentence.headOf(k).filter(d -> d.relation().startsWith("aux")).map(Dependency::governor).orElse(k);
        Optional<Dependency> up = v.sentence.headOf(verb);
        if (up.isEmpty() || !up.get().relation().equals("conj") || up.get().governor() < infinitive) {
            return false;
        }
        return v.sentence.childrenOf(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && d.dependent() > coordinator && d.dependent() < verb);
    }

    /**
     * Whether the noun phrase at {@code k} (after "asked for") is headed by a noun that names an event
     * which is itself a request ({@link org.casefile.domain.EventType#isRequest}: "his extradition",
     * "the extradition of Ann Lee"), within its first few words.
     */
    private boolean requestedEvent(View v, int k) {
        for (int i = k; i < v.toks.size() && i < k + 4; i++) {
            Token t = v.toks.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos() == null) {
                return false;
            }
            if (t.pos().startsWith("NN") && rules.triggers().stream().anyMatch(tr -> tr.type().isRequest()
                    && tr.lemmas().size() == 1 && tr.lemmas().get(0).equals(lemma) && tr.posMatches(t.pos()))) {
                return true;
            }
            if (!Set.of("DT", "PRP$", "JJ", "NNP", "POS").contains(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /** Words of manner after "put it": "this way", "another way". */
    private static final Set<String> MANNER_WAY = Set.of("this", "that", "another", "the", "same");

    /**
     * The token after the words of manner that may follow "put it" from {@code k} on: adverbs
     * ("bluntly", "more simply", "best") or "this way"/"another way"; {@code k} when there are none.
     */
    private static int pastManner(View v, int k) {
        List<Token> toks = v.toks;
        int x = k;
        while (x < toks.size() && x - k < 3 && (toks.get(x).isTagged() && toks.get(x).pos().startsWith("RB")
                || v.lower(x).endsWith("ly") && v.lower(x).length() > 4 || v.lower(x).equals("best"))) {
            x++;
        }
        if (x == k && x + 1 < toks.size() && MANNER_WAY.contains(v.lower(x)) && v.lower(x + 1).equals("way")) {
            x += 2;
        }
        return x;
    }

    /** Content after the cue: past "that", a colon, a recipient ("told reporters"), time words. */
    /** Words that open the question a verb of challenge doubts ("questioned whether", "questioned how"). */
    private static final Set<String> DOUBTED_QUESTION = Set.of("whether", "if", "how", "why");

    private Found contentAfter(View v, int cue, String lemma, Source src, boolean needsThat) {
        List<Token> toks = v.toks;
        int k = cue + 1;
        // a particle of a phrasal cue ("pointed out", "shot back")
        if (k < toks.size() && (toks.get(k).word().equalsIgnoreCase("out") || lemma.indexOf(' ') > 0)) {
            k++;
        }
        if (lemma.equals("put it")) {
            k = pastManner(v, k); // "put it bluntly:", "put it more simply:", "put it this way:"
        }
        if (k < toks.size() && Set.of(";", ".", "!", "?").contains(toks.get(k).word())) {
            return null; // "…, analysts say; in 2012 …": the verb's clause has ended, the next is the writer's
        }
        // "Reed rejected his claim that …", "disputed the senator's assertion that …": what a verb
        // of rejection or challenge takes is someone else's words; their owner states them (a noun
        // of speech with an owner is its own claim) and the one who rejects them never does; with no
        // owner, a verb of denial denies the clause of a noun of charge ("denied the allegation that he
        // took the money", "rejected the claim that the vote was rigged" deny that it was), a challenge
        // says nothing
        // (only verbs of denial or challenge: "expressed hope that", "cited fears that", "defended
        // her belief that" state the subject's own view)
        if (rules.isCue(lemma, "denial") || rules.isCue(lemma, "challenge")) {
            int owned = ownedSpeechNoun(v, k);
            // (only a noun that states a charge, word class charge: "rejected the promise that she
            // broke in May" names a promise, and no one's words)
            if (owned > 0 || owned < 0 && (!rules.isCue(lemma, "denial") || !rules.inClass(toks.get(-owned).lemma(), "charge")
                    || relativeThat(v, -owned + 1))) {
                return null;
            }
        } else if (rules.isCue(lemma, "speech-object")) {
            // "cited his claim that he made in May": a relative "that" on the noun says nothing here either
            int owned = Math.abs(ownedSpeechNoun(v, k));
            if (owned > 0 && relativeThat(v, owned + 1)) {
                return null;
            }
        }
        boolean askedFor = k + 1 < toks.size() && v.lower(k).equals("for") && rules.isCue(lemma, "speech-to");
        if (askedFor) {
            k++; // "called for the pilots to strike": what is called for, never a hearer
            if (requestedEvent(v, k)) {
                return null; // "has asked for his extradition": the asking is the event (an extradition request), no claim
            }
        }
        // "accused the mayor of hiding the results", "charged the firm with fraud": the one accused
        // and the charge, to the sentence's end (a "that" inside the charge is none of the verb's)
        if (rules.isCue(lemma, "allegation")) {
            int charge = chargeOf(v, k);
            if (charge > 0) {
                return content(v, cue, lemma, src, k, chargeEnd(v, charge)).orElse(null);
            }
        }
        // "endorsed Tom Kim", "supports raising the fee": the stance and its object, from the verb
        // to the clause's end, however short the object ("opposed it")
        // a participle right after its noun only modifies it ("the evidence supporting the request")
        boolean modifier = cue > 0 && v.isNounLike(cue - 1) && v.lower(cue).endsWith("ing");
        // but a stance participle after a name or a noun of people or bodies is a reduced relative
        // clause of that party ("a group backing Lee", "donors supporting the levy", "the Acme PAC
        // backing Kim"): the party takes the stance
        if (modifier && rules.isCue(lemma, "position") && partyNoun(v, cue - 1)) {
            modifier = false;
        }
        if (stanceOrEvidence(lemma) && (modifier || src.tokenBegin() < toks.size() && v.lower(src.tokenBegin()).equals("that"))) {
            return null; // nor is "ruling that the evidence showed …" the evidence's own claim
        }
        if (rules.isCue(lemma, "position") && k < toks.size() && startsObject(v, k)) {
            return content(v, cue, lemma, src, cue, clauseEnd(v, k)).orElse(null);
        }
        // "a poll shows Kim ahead", "the records showed two payments": what a poll, a study or a
        // record shows, to the clause's end; a person who shows something says nothing
        if (rules.isCue(lemma, "evidence") && k < toks.size() && startsObject(v, k) && !personal(v, src)) {
            return content(v, cue, lemma, src, k, clauseEnd(v, k)).orElse(null);
        }
        // "The April survey found Lee leading by seven points", "an audit found $2 million missing":
        // what a poll, a study or a report finds needs no "that" (a person who finds something,
        // "Lee found the keys", says nothing)
        if (lemma.equals("find") && k < toks.size() && startsObject(v, k) && !personal(v, src) && research(v, src)) {
            return content(v, cue, lemma, src, k, clauseEnd(v, k)).orElse(null);
        }
        // "voters see Lee as the stronger candidate", "regards the deal as a mistake": the object
        // with what it is seen as, to the clause's end; never without "as" ("saw the rally")
        if (rules.isCue(lemma, "view-as") && !rules.isCue(lemma, "speech") && !rules.isCue(lemma, "speech-that")) {
            int as = viewedAs(v, k);
            return as < 0 ? null : content(v, cue, lemma, src, k, clauseEnd(v, as + 1)).orElse(null);
        }
        // "that" soon after the verb marks where the content starts ("told reporters on Monday that")
        int that = -1;
        boolean determiner = false;
        for (int x = k; x < Math.min(toks.size(), k + 10); x++) {
            String w = toks.get(x).word().toLowerCase(Locale.ROOT);
            if (w.equals("that") && x == k && v.tagged() && "DT".equals(toks.get(x).pos())) {
                // "say that figure is inflated": a clause opens with "that" as its determiner; "recalled
                // that night" has no verb of its own and is no clause
                determiner = finiteVerbAhead(v, x + 1);
                break;
            }
            if (w.equals("that") && x + 1 < toks.size() && THAT_TIME.contains(v.lower(x + 1))) {
                x++; // "told reporters that night that …": a time, not the clause's mark
                continue;
            }
            if (w.equals("that") && (x + 1 < toks.size()) && !isPunct(toks.get(x + 1).word())) {
                if (v.tagged() && toks.get(x + 1).isNoun() && !finiteVerbAhead(v, x + 1)) {
                    break; // "denied giving that order": a determiner (whatever its tag) with no clause after it
                }
                that = x;
                break;
            }
            if (isPunct(w) && !w.equals(",") || v.isQuoteMark(x) || cueLemma(v, x) != null
                    || toks.get(x).isFiniteVerb() && !(x > k && RELATIVE.contains(v.lower(x - 1)))) {
                // a verb of its own tense: a clause with no "that" has begun ("said construction would
                // begin in May and that …" says both)
                break;
            }
        }
        if (determiner) {
            return content(v, cue, lemma, src, k, toks.size()).orElse(null);
        }
        if (that > k && rules.isCue(lemma, "belief") && !rules.isCue(lemma, "speech") && !rules.isCue(lemma, "speech-that")) {
            that = -1; // "fears the storms that hit the coast": a relative clause on the object, no belief
        }
        boolean marked = false;
        int object = objectOf(v, k, lemma);
        if (object >= 0 && that > object) {
            that = -1; // "pledged to help businesses that were hurt": the "that" is the infinitive's own
        }
        if (that > k && !needsThat && subjectRelative(v, that)) {
            // "wrote 63 checks that were never cashed", "announced a plan that would cut fares": a
            // "that" with a verb right after it and no subject is a relative pronoun on the object
            // (after a verb that attributes only with "that", left as it was: PolNeAR reads the
            // object as what is recalled, blamed or held, "recalled an incident that left …")
            that = -1;
        }
        if (that < 0 && lemma.equals("write") && writesNoWords(v, k)) {
            // "wrote 41 checks to a shell company", "wrote parking tickets": what is written is an
            // instrument, no words addressed to anyone (a written work stays what was written, as
            // PolNeAR reads it: "wrote a dissent", "wrote the rules of commerce")
            return null;
        }
        if ((that < 0 || that > k + 1) && lemma.equals("say") && formulaSaid(v, k)) {
            // (a relative clause after the set phrase is no claim either: "said goodbye to the
            // stadium that hosted three title games")
            return null; // "said goodbye to the stadium", "said a prayer for the victims": a set phrase, nothing claimed
        }
        if (that < 0 && object >= 0) {
            // "vowed to repeal the law", "urged voters to reject it", "joked about the polls"; after
            // "asked for" the noun before "to" is no hearer but the infinitive's subject, part of what
            // is asked ("asked for the charges to be dropped")
            return content(v, cue, lemma, src, askedFor && object > k ? k : object, toks.size()).orElse(null);
        }
        if (that < 0 && rules.isCue(lemma, "speech-object") && k < toks.size() && !v.isQuoteMark(k)
                && !isPunct(toks.get(k).word())) {
            // no object, only an adjunct or an agent ("was rejected by the voters", "whom he attacked
            // viciously during the debate", "has been questioned on the plan"): nothing is said
            if (rules.isCue(lemma, "challenge")) {
                // "questioned whether the plan would work", "questioned how he would be helped", "questioned
                // why the union gave in": the question is what is doubted
                int wh = DOUBTED_QUESTION.contains(v.lower(k)) ? k : questionAfterAdjuncts(v, cue);
                if (wh >= 0 && DOUBTED_QUESTION.contains(v.lower(wh))) {
                    return content(v, cue, lemma, src, wh, clauseEnd(v, wh)).orElse(null);
                }
                if (!challengedStance(v, k)) {
                    return null; // "police questioned the driver", "the gunmen attacked a depot"
                }
            }
            // (a free relative is an object too: "railed against what she called a culture of secrecy")
            boolean freeRelative = v.lower(k).equals("what") && k + 1 < toks.size() && !isPunct(toks.get(k + 1).word());
            if (!freeRelative && (!startsObject(v, k) || v.tagged() && toks.get(k).pos().startsWith("RB"))) {
                return null;
            }
            // a verb whose object is the stance ("called the plan a disgrace", "defended the
            // decision to close the port"): the object, to the clause's end
            // (a comma inside a quotation is the quote's own: "called the plan “a necessary one,” at …")
            int end = k;
            while (end < toks.size() && !((toks.get(end).word().equals(",") || toks.get(end).word().equals(";"))
                    && !v.insideQuote(toks.get(end).begin()))) {
                end++;
            }
            return content(v, cue, lemma, src, k, end).orElse(null);
        }
        if (that >= 0 && that > k && !rules.isCue(lemma, "speech") && that + 1 < toks.size()
                && (v.tagged() ? toks.get(that + 1).isVerb() || toks.get(that + 1).pos().equals("MD")
                        : !toks.get(that + 1).lemma().equalsIgnoreCase(toks.get(that + 1).word()))) {
            // "expressed support for a bill that would close the port", "found a crack that ran
            // along the hull": "that" opens a relative clause on the noun before it (untagged, a
            // past form tells the verb); the content is the object with its clause, never the
            // relative clause alone
            return content(v, cue, lemma, src, k, toks.size()).orElse(null);
        }
        if (that >= 0) {
            k = that + 1;
            marked = true;
        } else {
            k = skipAdjuncts(v, k, rules.isCue(lemma, "recipient") && !askedFor);
            if (k > cue + 1 && k + 1 < toks.size() && v.lower(k).equals("that") && (!v.tagged()
                    || !toks.get(k + 1).isVerb() && !toks.get(k + 1).pos().equals("MD"))) {
                // "told analysts on a conference call that demand …": past the listener and the
                // adjuncts, "that" opens what was said and is none of it
                k++;
                marked = true;
            } else if (k + 1 < toks.size() && toks.get(k).word().equals(",") && COORDINATORS.contains(v.lower(k + 1))
                    && java.util.stream.IntStream.range(k + 2, Math.min(toks.size(), k + 7)).anyMatch(v::isQuoteMark)) {
                // "said, and I quote, “…”": an aside before the quote, which is what was said
                final int from = k + 2;
                k = java.util.stream.IntStream.range(from, Math.min(toks.size(), from + 5)).filter(v::isQuoteMark).findFirst().orElse(k);
                marked = true;
            } else if (k + 1 < toks.size() && toks.get(k).word().equals(",") && COORDINATORS.contains(v.lower(k + 1))) {
                // "asked the court for damages, and asked the minister whether …": the comma and the
                // coordinator close the verb's clause; what follows is the subject's next move, never
                // what was said here
                return null;
            } else if (k < toks.size() && (toks.get(k).word().equals(":") || toks.get(k).word().equals(","))) {
                marked = toks.get(k).word().equals(":");
                k++;
            }
            if (k < toks.size() && v.isQuoteMark(k)) {
                marked = true;
            }
            if (!marked && k > cue + 1 && k < toks.size() && v.tagged() && v.isNounLike(k - 1) && toks.get(k).isVerb()) {
                // "…, officials said in an update posted after the story ran": a verb right after the
                // adjunct's noun, with no subject of its own, describes that noun (the tagger may read
                // the participle as a past); what was said is before the verb, if anywhere, or after
                // a "that" past the described noun ("said in a statement posted on its website late
                // Tuesday that the plant would close")
                int end = participleEnd(v, k);
                if (end == -1) {
                    return null;
                }
                if (end < toks.size() && v.lower(end).equals("that") && end + 1 < toks.size()) {
                    k = end + 1;
                    marked = true;
                }
            }
        }
        // "said on Channel 9's “Morning Brief” that …", "told the radio show “Harbor Hour” the …":
        // a quote right after an owner or a noun naming a work is the work's title, no words said;
        // what was said is after it, or nothing here
        int title = k < toks.size() && v.isQuoteMark(k) ? titleAfter(v, k) : -1;
        if (title >= 0) {
            if (title < toks.size() && v.lower(title).equals("that") && title + 1 < toks.size()) {
                k = title + 1;
                marked = true;
            } else {
                return null;
            }
        }
        // a gerund's clause is what is said as well ("recalled taking the stairs", "recalled being told")
        boolean gerund = k == cue + 1 && k < toks.size() && v.tagged() && "VBG".equals(toks.get(k).pos());
        if (needsThat && !marked && !gerund && !(rules.isCue(lemma, "belief") && bareClause(v, k))) {
            return null;
        }
        if (!marked && announcedLater(v, cue) && noVerb(v, k, toks.size())) {
            return null; // "the county will report the results on Nov. 2": a saying to come, nothing said yet
        }
        return content(v, cue, lemma, src, k, toks.size()).orElse(null);
    }

    /**
     * Whether the "that" at {@code th}, after an object, is a relative pronoun standing as its
     * clause's subject: a verb of its own tense or a modal right after it (past adverbs), no subject
     * between ("checks that were never cashed", "a plan that would cut fares"; not "that the plan
     * would cut fares", "that it was"). Untagged, the verb must be a form of "be", "have" or "do"
     * or a modal ({@link #RELATIVE_AUXILIARIES}: "checks that did not clear").
     */
    private static boolean subjectRelative(View v, int th) {
        int x = th + 1;
        while (x < v.toks.size() && (v.tagged() ? v.toks.get(x).pos().startsWith("RB")
                : UNTAGGED_ADVERBS.contains(v.lower(x)) && !v.lower(x).equals("being"))) {
            x++;
        }
        if (x >= v.toks.size()) {
            return false;
        }
        return v.tagged() ? FINITE.contains(v.toks.get(x).pos()) : RELATIVE_AUXILIARIES.contains(v.lower(x));
    }

    /** Finite forms of "be", "have" and "do" and the modals: the verb of a relative on "that" in an untagged sentence. */
    private static final Set<String> RELATIVE_AUXILIARIES = Set.of("am", "is", "are", "was", "were", "has", "have", "had",
            "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must");

    /**
     * Whether the object of "write" at {@code k} is an instrument written, no words (word class
     * {@code instrument-written}: "wrote 41 checks", "wrote three prescriptions for opioids", "wrote
     * the code"): its head noun, the last noun before a preposition, a comma or the sentence's end,
     * with no verb of its own before it.
     */
    private boolean writesNoWords(View v, int k) {
        List<Token> toks = v.toks;
        for (int x = k; x < toks.size() && x < k + 8; x++) {
            Token t = toks.get(x);
            String w = v.lower(x);
            // (tagged, a plural the tagger reads as a verb after a number or a determiner: "41 checks")
            boolean plural = v.tagged() && t.isVerb() && x > k
                    && Set.of("CD", "DT", "JJ", "PRP$").contains(toks.get(x - 1).pos());
            boolean verb = v.tagged() ? t.isVerb() && !plural
                    : Set.of("is", "are", "was", "were", "had", "has", "have", "would", "will", "could").contains(w);
            if (rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "instrument-written") && !verb) {
                return true;
            }
            if (verb || isPunct(t.word()) && !t.word().equals("%") || v.isQuoteMark(x)
                    || Set.of("to", "for", "in", "on", "at", "from", "with", "by", "about", "that").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a plain verb of speech takes a set phrase at {@code k} as its object, perhaps after a
     * determiner or an owner (word class {@code formula}: "said goodbye to the stadium", "said a
     * prayer", "said their farewells"), and no clause ("said mass layoffs would follow" is a claim).
     */
    private boolean formulaSaid(View v, int k) {
        int x = k;
        if (x < v.toks.size() && (DETERMINERS.contains(v.lower(x)) || Set.of("a", "an", "her", "one").contains(v.lower(x)))) {
            x++;
        }
        if (x >= v.toks.size() || v.isQuoteMark(k)) {
            return false;
        }
        Token t = v.toks.get(x);
        boolean formula = rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "formula")
                || rules.inClass(t.word().toLowerCase(Locale.ROOT), "formula")
                || v.lower(x).equals("thank") && x + 1 < v.toks.size() && v.lower(x + 1).equals("you");
        if (!formula || bareClause(v, k) && !coordinatedVerbAhead(v, x + 1)) {
            return false;
        }
        // the set phrase is the whole object: a preposition, a conjunction or the end after it
        int after = v.lower(x).equals("thank") ? x + 2 : x + 1;
        if (after < v.toks.size()) {
            String pos = v.toks.get(after).pos();
            String w = v.lower(after);
            if (!(Set.of("IN", "TO", "CC", ".", ",", ":").contains(pos == null ? "" : pos)
                    || Set.of(".", ",", "to", "for", "of", "and", "on", "at", "in", "before", "after", "as").contains(w))) {
                return false;
            }
        }
        // untagged, an auxiliary soon after makes it a clause ("said mass layoffs would follow")
        for (int y = x + 1; y < v.toks.size() && y <= x + 4; y++) {
            if (Set.of("is", "are", "was", "were", "had", "has", "have", "would", "will", "could", "may", "might")
                    .contains(v.lower(y))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the quote that closes at token {@code close} names a work ({@link #titleAfter} of its opening mark). */
    private boolean titleClosingAt(View v, int close) {
        if (close < 0 || !v.isQuoteMark(close)) {
            return false;
        }
        int closeEnd = v.toks.get(close).end();
        for (QuoteSpans.Quote q : v.quotes) {
            if (q.outerEnd() != closeEnd) {
                continue;
            }
            for (Token t : v.toks) {
                if (t.begin() == q.outerBegin()) {
                    return titleAfter(v, t.index()) >= 0;
                }
            }
        }
        return false;
    }

    /** Longest title read as a work's name in quotation marks ("“Good Evening, Dunmere”"). */
    private static final int TITLE_WORDS = 8;

    /**
     * The token after a quote that opens at {@code k} and names a work: it follows an owner ("on
     * Channel 9's “Morning Brief”") or a noun of the {@code work} class ("the radio show
     * “Harbor Hour”"), starts with a capital and is short; -1 when the quote is no title.
     */
    private int titleAfter(View v, int k) {
        if (k == 0) {
            return -1;
        }
        String before = v.lower(k - 1);
        Token prev = v.toks.get(k - 1);
        if (!before.equals("'s") && !(rules.inClass(prev.lemma(), "work") && (!v.tagged() || prev.isNoun()))) {
            return -1;
        }
        int open = v.toks.get(k).begin();
        for (QuoteSpans.Quote q : v.quotes) {
            if (q.outerBegin() != open) {
                continue;
            }
            String inside = v.text.substring(q.begin(), q.end()).strip();
            if (inside.isEmpty() || !Character.isUpperCase(inside.charAt(0)) || inside.split("\\s+").length > TITLE_WORDS) {
                return -1;
            }
            int x = k + 1;
            while (x < v.toks.size() && v.toks.get(x).begin() < q.outerEnd()) {
                x++;
            }
            return x;
        }
        return -1;
    }

    /**
     * Whether the cue is a saying still to come: after "will", "'ll", "shall" or "going to", or the
     * "to" of a verb of planning ("plans to announce", "is scheduled to report"), adverbs between.
     */
    private static boolean announcedLater(View v, int cue) {
        int x = cue - 1;
        while (x >= 0 && v.tagged() && v.toks.get(x).pos().startsWith("RB")) {
            x--;
        }
        if (x < 0) {
            return false;
        }
        String w = v.lower(x);
        if (Set.of("will", "'ll", "\u2019ll", "shall").contains(w)) {
            return true;
        }
        if (!w.equals("to") || x == 0) {
            return false;
        }
        String lemma = v.toks.get(x - 1).lemma().toLowerCase(Locale.ROOT);
        return Set.of("go", "plan", "schedule", "expect", "intend", "set", "due").contains(lemma);
    }

    /** Pronouns that may open a clause as its subject ("hopes they will", not "fears them"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they", "it", "you", "this",
            "there");

    /**
     * Whether a clause with no "that" opens at token {@code k}: a subject (a subject pronoun, a name,
     * a noun phrase) and a finite verb or modal within ten words, before any punctuation, relative
     * word or "to" ("hope the vote will help", "fear Lee would lose"); not an object alone ("fear the
     * candidate", "feel squeezed", "fear him", "expect a vote"). Only with tags.
     */
    /**
     * Whether the first finite verb after token {@code from} (within ten words) follows "and",
     * "but" or "then": the subject's second verb ("said goodbye to her staff and thanked them",
     * "said farewell on Friday and then said …"), not the verb of a clause that the set phrase
     * opens ("said mass layoffs would follow").
     */
    private static boolean coordinatedVerbAhead(View v, int from) {
        List<Token> toks = v.toks;
        for (int x = from; x < toks.size() && x <= from + 10; x++) {
            Token t = toks.get(x);
            if (t.isTagged() && (FINITE.contains(t.pos()) || t.pos().equals("VBP"))) {
                return x > from && Set.of("and", "but", "then").contains(v.lower(x - 1));
            }
        }
        return false;
    }

    private static boolean bareClause(View v, int k) {
        List<Token> toks = v.toks;
        if (!v.tagged() || k >= toks.size() || v.isQuoteMark(k)) {
            return false;
        }
        Token first = toks.get(k);
        String pos = first.pos();
        boolean subject = pos.equals("PRP") ? SUBJECT_PRONOUNS.contains(v.lower(k))
                : pos.startsWith("NN") || pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("CD")
                        || pos.equals("EX");
        if (!subject || Set.of("that", "what", "which").contains(v.lower(k))) {
            return false;
        }
        for (int x = k + 1; x < toks.size() && x <= k + 10; x++) {
            Token t = toks.get(x);
            if (isPunct(t.word()) || v.isQuoteMark(x) || t.pos().equals("TO") || t.pos().startsWith("W")) {
                return false;
            }
            if (FINITE.contains(t.pos()) || t.pos().equals("VBP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "as" of a view's object from token {@code k} ("see Lee as a threat"): within eight words
     * of it, with no punctuation, verb or "that" before it; -1 when there is none.
     */
    private static int viewedAs(View v, int k) {
        List<Token> toks = v.toks;
        if (k >= toks.size() || !startsObject(v, k)) {
            return -1;
        }
        for (int x = k + 1; x < toks.size() && x <= k + 8; x++) {
            Token t = toks.get(x);
            if (v.lower(x).equals("as")) {
                return x + 1 < toks.size() && !isPunct(toks.get(x + 1).word()) && !clauseOfAs(v, x) ? x : -1;
            }
            if (isPunct(t.word()) || v.isQuoteMark(x) || v.lower(x).equals("that") || v.tagged() && t.isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /** Words after "as" that make it a conjunction of time or degree: "as soon as", "as long as", "as well". */
    private static final Set<String> AS_DEGREE = Set.of("soon", "early", "late", "well", "long", "much", "many", "far",
            "recently", "quickly", "often");

    /**
     * Whether "as" at {@code as} opens a clause or a phrase of time or degree, not a view: "saw the
     * crash as he drove home" (a subject and its verb follow), "as soon as Monday".
     */
    private static boolean clauseOfAs(View v, int as) {
        List<Token> toks = v.toks;
        if (as + 1 < toks.size() && AS_DEGREE.contains(v.lower(as + 1))) {
            return true;
        }
        for (int x = as + 1; x < toks.size() && x <= as + 4; x++) {
            Token t = toks.get(x);
            if (t.isVerb()) {
                return x > as + 1; // a subject before a verb: a clause ("as he drove"); "as leading" is a view
            }
            if (isPunct(t.word())) {
                return false;
            }
        }
        return false;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) hold no verb: a noun phrase, no clause. */
    private static boolean noVerb(View v, int from, int to) {
        if (!v.tagged()) {
            return false;
        }
        for (int x = from; x < to; x++) {
            if (v.toks.get(x).isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb takes its object as a stance or as what a record shows (roles position, evidence). */
    private boolean stanceOrEvidence(String lemma) {
        return rules.isCue(lemma, "position") || rules.isCue(lemma, "evidence");
    }

    /** Particles and prepositions after which a verb of stance has no object ("backed away from"). */
    private static final Set<String> NO_OBJECT = Set.of("away", "down", "off", "out", "up", "into", "from", "to",
            "on", "of", "in", "by", "for", "with", "at", "as", "that", "over", "behind", "around", "through");

    /** Whether token {@code k} opens a verb's object: a word, not a particle, a preposition or punctuation. */
    private static boolean startsObject(View v, int k) {
        Token t = v.toks.get(k);
        if (isPunct(t.word()) || v.isQuoteMark(k) || NO_OBJECT.contains(v.lower(k)) || v.inTime[k]) {
            return false;
        }
        return !v.tagged() || !Set.of("IN", "TO", "RP", "MD", "WDT", "WRB", "WP").contains(t.pos());
    }

    /** The end (exclusive) of the clause from {@code k}: a comma, semicolon, colon or dash outside quotes, or the sentence's end. */
    private static int clauseEnd(View v, int k) {
        int end = k;
        while (end < v.toks.size() && !(Set.of(",", ";", ":", "--", "\u2014", "\u2013").contains(v.toks.get(end).word())
                && !v.insideQuote(v.toks.get(end).begin()))) {
            end++;
        }
        return end;
    }

    /**
     * Where the charge after an accusing verb ends: at the clause's end ({@link #clauseEnd}) or at
     * "and", "but" or "while" that opens a clause of its own, a finite verb within four words after
     * it ("charged the mayor with fraud and Ann Lee fired the harbor master").
     */
    private static int chargeEnd(View v, int from) {
        int end = clauseEnd(v, from);
        if (!v.tagged()) {
            return end;
        }
        for (int x = from + 1; x + 1 < end; x++) {
            if (!Set.of("and", "but", "while", "whereas").contains(v.lower(x))) {
                continue;
            }
            for (int y = x + 1; y < Math.min(end, x + 5); y++) {
                String pos = v.toks.get(y).pos();
                if (FINITE.contains(pos) && y > x + 1) {
                    return x;
                }
                if (pos.startsWith("VB")) {
                    break; // "of hiding and destroying": the same charge
                }
            }
        }
        return end;
    }

    /** Whether a source is a person: a personal pronoun or a person's name. */
    private static boolean personal(View v, Source src) {
        return src.pronoun() || src.name() != null && v.isPerson(src.name());
    }

    /**
     * The token of "of" or "with" that opens the charge after an accusing verb's object ("accused
     * the former head of the port of hiding …": the "of" before a verb form, else the first), or -1
     * when no object and charge follow within twelve tokens of {@code k}.
     */
    private static int chargeOf(View v, int k) {
        if (k >= v.toks.size() || !startsObject(v, k)) {
            return -1;
        }
        int first = -1;
        for (int x = k + 1; x < Math.min(v.toks.size() - 1, k + 12); x++) {
            if (isPunct(v.toks.get(x).word()) || v.isQuoteMark(x)) {
                break;
            }
            if (Set.of("of", "with").contains(v.lower(x))) {
                if (v.tagged() && v.toks.get(x + 1).pos().equals("VBG")) {
                    return x;
                }
                first = first < 0 ? x : first;
            }
        }
        return first;
    }

    /**
     * Where the content of a verb that reports an intention or a topic starts: at "to" for a
     * {@code speech-to} verb ("promised to", "urged voters to"), after "about" for a
     * {@code speech-about} verb ("joked about"); -1 when the verb has no such object here.
     */
    private int objectOf(View v, int k, String lemma) {
        // (see OF_TOPIC: "warned of storms" as "warned about storms")
        List<Token> toks = v.toks;
        boolean to = rules.isCue(lemma, "speech-to");
        boolean about = rules.isCue(lemma, "speech-about");
        if (!to && !about) {
            return -1;
        }
        int x = k;
        if (to && rules.isCue(lemma, "recipient") && x < toks.size() && !v.lower(x).equals("to")) {
            x = v.phraseEnd(x);
        }
        if (x + 1 >= toks.size()) {
            return -1;
        }
        int y = x + 1;
        while (to && v.lower(x).equals("to") && y + 1 < toks.size() && splitsInfinitive(v, y)) {
            y++; // "declined to immediately say", "vowed to quickly appeal"
        }
        Token verb = toks.get(y);
        boolean isVerb = v.tagged() ? verb.pos().startsWith("VB") : Character.isLowerCase(verb.word().charAt(0));
        if (to && v.lower(x).equals("to") && isVerb) {
            return x;
        }
        if (to && x == k && v.tagged() && rules.isCue(lemma, "intention") && !rules.isCue(lemma, "recipient")
                && startsObject(v, x) && !v.toks.get(x).pos().startsWith("RB")) {
            // "Analysts expect the bank to cut its dividend", "Democrats want the court to rule": a
            // view of what someone else will do is the object with its "to" clause
            int e = v.phraseEnd(x);
            if (e > x && e + 1 < toks.size() && v.lower(e).equals("to") && toks.get(e + 1).pos().startsWith("VB")) {
                return x;
            }
        }
        // past a time right after the verb ("warned on Thursday of a heatwave", "spoke Monday about …")
        int t = x;
        while (about && t + 1 < toks.size() && t - x < 5 && (v.inTime[t]
                || Set.of("on", "in", "at", "last", "this", "earlier").contains(v.lower(t)) && v.inTime[t + 1])) {
            t++;
        }
        if (about && (v.lower(t).equals("about") || v.lower(t).equals("of") && OF_TOPIC.contains(lemma))) {
            return t + 1;
        }
        return -1;
    }

    /**
     * Where an infinitive's content ends: at a semicolon, or before a coordinator that joins a finite
     * verb to the verb of saying ("planned to meet on Friday, but the session was called off",
     * "promised to repay the loan but never did"). With a parse that verb must be the cue's conjunct;
     * without one, a finite auxiliary or a verb of saying after the coordinator tells, and a clause
     * the infinitive governs ("to find that the city and its chief were negligent", "to help farmers
     * and businesses that were hurt") ends the search. A base verb or "to" after the coordinator is
     * the infinitive's own ("to meet and agree", "to sue or to settle").
     */
    private int infinitiveEnd(View v, int cue, int from, int to) {
        List<Token> toks = v.toks;
        for (int x = from + 2; x + 1 < to; x++) {
            if (v.insideQuote(toks.get(x).begin())) {
                continue;
            }
            if (toks.get(x).word().equals(";")) {
                return x; // "asked a judge to freeze the accounts; a hearing is set for June 23"
            }
            if (toks.get(x).word().equals(",") && trailingAttribution(v, x + 1, to)) {
                return x; // "did not promise to raise the wage, her spokesman Lucan Ferreira said."
            }
            if (!v.sentence.isParsed() && SUBCLAUSE_OPENERS.contains(v.lower(x))) {
                return to;
            }
            boolean coordinator = v.tagged() ? toks.get(x).pos().equals("CC") : COORDINATORS.contains(v.lower(x));
            if (!coordinator) {
                continue;
            }
            for (int y = x + 1; y < to && y <= x + 5; y++) {
                String w = v.lower(y);
                if (w.equals("to") || w.equals(",") || SUBCLAUSE_OPENERS.contains(w)) {
                    break;
                }
                boolean finite;
                if (v.sentence.isParsed()) {
                    finite = secondPredicate(v, cue, y) || clauseOfItsOwn(v, from, x, y);
                } else if (v.tagged()) {
                    String pos = toks.get(y).pos();
                    if (pos.equals("VB") || pos.equals("VBG")) {
                        break;
                    }
                    finite = FINITE.contains(pos);
                } else {
                    finite = PREDICATE_OPENERS.contains(w) || cueLemma(v, y) != null;
                }
                if (finite) {
                    return toks.get(x - 1).word().equals(",") ? x - 1 : x;
                }
            }
        }
        return to;
    }

    /**
     * Whether the words from {@code from} to {@code to} are a source and its verb of speech closing
     * the sentence ("her spokesman Ann Lee said.", "officials said Tuesday."): up to eight words, the
     * verb of speech the only verb, after it only time words and punctuation.
     */
    private boolean trailingAttribution(View v, int from, int to) {
        int verb = -1;
        for (int y = from; y < to && y < from + 8; y++) {
            Token t = v.toks.get(y);
            if (t.isVerb()) {
                if (verb >= 0 || y == from || cueLemma(v, y) == null || !rules.isCue(cueLemma(v, y), "speech")) {
                    return false;
                }
                verb = y;
            }
        }
        if (verb < 0) {
            return false;
        }
        for (int y = verb + 1; y < to; y++) {
            if (!v.inTime[y] && !isPunct(v.toks.get(y).word())) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a clause inside an infinitive's object: coordination after them is theirs. */
    private static final Set<String> SUBCLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "where",
            "when", "if", "whether", "because", "while");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "yet");

    /** An adverb between "to" and its verb ("to immediately say", "to publicly comment"). */
    static boolean splitsInfinitive(View v, int k) {
        Token t = v.toks.get(k);
        return v.tagged() ? t.pos().startsWith("RB") && !v.lower(k).equals("not")
                : v.lower(k).endsWith("ly") && v.lower(k).length() > 4;
    }

    /** Past time words, "in a statement", "on Twitter", a recipient: where the content may start. */
    private static int skipAdjuncts(View v, int k, boolean recipient) {
        List<Token> toks = v.toks;
        if (recipient && k < toks.size()) {
            int r = v.phraseEnd(k);
            if (r > k) {
                k = r;
            }
        }
        for (int guard = 0; guard < 4 && k < toks.size(); guard++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (v.inTime[k]) {
                while (k < toks.size() && v.inTime[k]) {
                    k++;
                }
                continue;
            }
            if (Set.of("in", "on", "at", "during", "to", "through", "via", "after", "before", "while", "from", "with").contains(w)) {
                int after = k + 1;
                while (after < toks.size() && v.inTime[after]) {
                    after++;
                }
                // "said on Monday it had agreed": the time words follow, then the content; not
                // "said at Tuesday's hearing the company …", where the time is part of a longer phrase
                if (after > k + 1 && after < toks.size() && !toks.get(after).isNoun()
                        && !toks.get(after).word().equals("'s") && !toks.get(after).word().equals("\u2019s")) {
                    k = after;
                    continue;
                }
                // "said at Tuesday's hearing the company would appeal": past the whole phrase
                if (after > k + 1 && after + 1 < toks.size()
                        && (toks.get(after).word().equals("'s") || toks.get(after).word().equals("\u2019s"))) {
                    // the owned noun and its modifiers, up to a determiner, a pronoun or a name
                    int r = after + 1;
                    while (r < toks.size() && r - after <= 3 && Character.isLetter(toks.get(r).word().charAt(0))
                            && !NP_WORDS.contains(v.lower(r)) && !PRONOUNS.contains(v.lower(r)) && v.nameAt[r] == null
                            && !v.lower(r).equals("that")) {
                        r++;
                    }
                    if (r > after + 1 && r < toks.size() && (NP_WORDS.contains(v.lower(r)) || PRONOUNS.contains(v.lower(r))
                            || v.nameAt[r] != null)) {
                        k = r;
                        continue;
                    }
                }
                int r = v.phraseEnd(k + 1);
                if (r > k + 1) {
                    k = r;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    /**
     * Where the phrase of a participle at {@code k} that describes a noun ends: at a "that" that
     * opens what was said, -1 at a subordinator or a relative word ("an update posted after the
     * story ran" says nothing after the verb), or the sentence's length when a clause of its own may
     * follow ("said in a statement released by the campaign the report merits an inquiry"; with no
     * verb the tagger saw too, as it may read "merits" as a noun).
     */
    private static int participleEnd(View v, int k) {
        for (int x = k + 1; x < v.toks.size(); x++) {
            String w = v.lower(x);
            if (w.equals("that")) {
                return x;
            }
            if (SUBORDINATORS.contains(w) || RELATIVE.contains(w)) {
                return -1;
            }
            if (v.toks.get(x).isFiniteVerb()) {
                break;
            }
        }
        return v.toks.size();
    }

    /** Words of a time that tells the day of a saying in news: a weekday, "yesterday", "last …", "… ago", "earlier …". */
    private static final Set<String> SAYING_DAY_WORDS = org.casefile.nlp.CalendarWords.with(
            org.casefile.nlp.CalendarWords.WEEKDAYS, Set.of("yesterday", "today", "last", "ago", "earlier"));

    /**
     * What a denying verb may deny in one word, a pronoun for what the story said before: "Ann Lee
     * denied it on Tuesday" denies "it", the day dates the denial.
     */
    private static final Set<String> DENIED_PRONOUNS = Set.of("it", "this", "them", "everything");

    /** Prepositions that set a time at the end of an object on the verb: "denied the charges on Monday". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at");

    /**
     * The end of an object with no verb of its own, after a verb of saying in the past, before a time
     * of the saying's day that closes it: the time dates the saying, not what was said ("declared a state of emergency on Monday",
     * "denied the charges Tuesday"; "predicted a recession next year" keeps its year). A time after a participle is the participle's ("a recall of cars built in
     * 2019"), and one after "by" or "until" is part of what was said ("promised a ruling by Friday").
     */
    private static int beforeTrailingTime(View v, int from, int to, boolean denying) {
        int end = to;
        while (end > from && isPunct(v.toks.get(end - 1).word())) {
            end--;
        }
        int t = end;
        while (t > from && v.inTime[t - 1]) {
            t--;
        }
        if (t == end || t > from && Character.isUpperCase(v.toks.get(t - 1).word().charAt(0))
                && Character.isUpperCase(v.toks.get(t).word().charAt(0))) {
            return to; // (no time, or the end of a name: "known as Super Tuesday")
        }
        boolean sayingDay = false;
        for (int x = t; x < end; x++) {
            sayingDay |= SAYING_DAY_WORDS.contains(v.lower(x));
        }
        if (!sayingDay) {
            return to; // "predicted a recession next year", "plans for a stadium in 2035": the time is what was said
        }
        if (t > from && TIME_PREPOSITIONS.contains(v.lower(t - 1))) {
            t--;
        } else if (t > from && ("IN".equals(v.toks.get(t - 1).pos()) || "TO".equals(v.toks.get(t - 1).pos()))) {
            return to; // "by Friday", "until May": the time is what was said
        }
        boolean pronoun = denying && t - from == 1 && DENIED_PRONOUNS.contains(v.lower(from));
        if (t - from < 2 && !pronoun || v.toks.get(t - 1).isVerb() || isPunct(v.toks.get(t - 1).word())) {
            return to; // (an object of one word keeps its time: "confirmed news on Monday" would leave too little to stand alone)
        }
        return t;
    }

    /** Content from token {@code from} to {@code to} (exclusive), stretched over a quote it opens. */
    private Optional<Found> content(View v, int cue, String lemma, Source src, int from, int to) {
        List<Token> toks = v.toks;
        boolean dated = false;
        if (from >= to) {
            return Optional.empty();
        }
        // the content ends where another speaker's clause starts (", telling reporters that …") or
        // another source is named (", according to court papers"), never inside a quotation ("was
        // “always talking, saying nothing”")
        for (int x = from + 1; x + 1 < to; x++) {
            if (toks.get(x).word().equals(",") && !v.insideQuote(toks.get(x).begin()) && (toks.get(x + 1).word().toLowerCase(Locale.ROOT).endsWith("ing")
                    && cueLemma(v, x + 1) != null || x + 2 < to && v.lower(x + 1).equals("according")
                            && v.lower(x + 2).equals("to") && !commaBetween(v, x + 3, to))) {
                to = x;
                break;
            }
        }
        if (v.tagged()) {
            int other = secondSpeaker(v, from, to);
            if (other > from) {
                to = other;
            }
        }
        if (v.tagged()) {
            // an object with no verb of its own ends where a second predicate of the speaker starts:
            // "denied any wrongdoing and has not been charged"; with a parse that predicate must be
            // the cue's conjunct, without one an auxiliary or a modal ("confirmed raids and arrests"
            // keeps a noun the tagger may read as a verb)
            // (a gerund is such an object too: "denied stealing from the county and has not been arrested")
            for (int x = from; x + 1 < to && (!toks.get(x).isVerb() || toks.get(x).pos().equals("VBG")); x++) {
                if (toks.get(x).pos().equals("CC") && secondPredicate(v, cue, x + 1)) {
                    to = x > from && toks.get(x - 1).word().equals(",") ? x - 1 : x;
                    break;
                }
            }
        }
        // an infinitive ("planned to meet on Friday") joins no finite clause: what follows "but" or
        // "and" with a finite verb of its own ("but the session was called off") is the writer's
        if (v.lower(from).equals("to")) {
            to = infinitiveEnd(v, cue, from, to);
            int[] refused = refusedWithoutTopic(v, lemma, from, to);
            from = refused[0];
            to = refused[1];
        } else if (v.tagged() && "VBD".equals(toks.get(cue).pos()) && toks.subList(from, to).stream().noneMatch(Token::isVerb)) {
            int undated = beforeTrailingTime(v, from, to, lemma != null && rules.isModalityCue(lemma, "denying-verb"));
            dated = undated < to;
            to = undated;
        }
        if (from >= to) {
            return Optional.empty();
        }
        int begin = toks.get(from).begin();
        int end = toks.get(to - 1).end();
        // a quote that the content opens with and that runs past the sentence is the content
        for (QuoteSpans.Quote q : v.quotes) {
            if (q.outerBegin() >= begin && q.outerBegin() <= begin + 1 && q.outerEnd() > end) {
                end = q.pieces().get(0).outerEnd();
            }
        }
        return span(v, cue, lemma, src, begin, end, dated);
    }

    /** Words that open what a refused saying would have been about ("declined to comment on the case"). */
    private static final Set<String> REFUSED_TOPIC = Set.of("on", "about", "regarding", "concerning", "over",
            "whether", "if", "what", "why", "how", "who", "whom", "whose", "which", "where", "that");
    /** Adverbs between a refused verb of speech and what it would have been about ("declined to comment further on …"). */
    static final Set<String> REFUSED_ADVERBS = Set.of("further", "publicly", "specifically", "directly",
            "immediately", "officially", "formally", "personally", "otherwise", "fully");

    /**
     * Where the "to" clause of a refusal to speak ends ({@code from} at its "to"): with the verb of
     * speech when nothing after it says what would have been said, only when, where or how the
     * refusal came ("declined to comment after the verdict", "refused to comment Tuesday",
     * "declined to comment when reached by phone", "declined to comment to reporters": as with
     * nothing after it, no words were said and the range is empty, so there is no claim); a topic, a question, an object or a
     * quote after it is kept ("declined to comment on the case", "refused to say whether …",
     * "declined to discuss the settlement"; "when" opens a question only after a plain verb of
     * speech: "declined to say when the plant would reopen").
     */
    private int[] refusedWithoutTopic(View v, String lemma, int from, int to) {
        int[] same = {from, to};
        if (lemma == null || !rules.isCue(lemma, "refusal")) {
            return same;
        }
        int k = from + 1;
        while (k < to && v.toks.get(k).isAdverb() && !REFUSED_TOPIC.contains(v.lower(k))) {
            k++;
        }
        if (k >= to) {
            return same;
        }
        String verb = v.toks.get(k).lemma().toLowerCase(Locale.ROOT);
        boolean speech = rules.isCue(verb, "speech") || rules.isCue(verb, "speech-that");
        if (!speech && !rules.isCue(verb, "refusal-object")) {
            return same;
        }
        if (refusedAct(verb, k + 1 < v.toks.size() ? v.lower(k + 1) : "")) {
            return new int[] {from, from}; // "prosecutors declined to charge the deputy": no act, and no saying
        }
        int n = k + 1;
        // (past adverbs and a time: "declined to comment Tuesday on reports that …")
        // (and past a particle: "declined to rule out a run")
        // (a time with a possessive is part of the topic: "declined to comment on Friday's ruling";
        // "on" or "over" before a time says when: "declined to comment over the weekend")
        while (n < to && (REFUSED_ADVERBS.contains(v.lower(n)) || v.inTime[n] && !possessiveTime(v, n, to)
                || "RP".equals(v.toks.get(n).pos())
                || n == k + 1 && Set.of("out", "back", "up").contains(v.lower(n))
                || (v.lower(n).equals("on") || v.lower(n).equals("over")) && n + 1 < to && v.inTime[n + 1]
                        && !possessiveTime(v, n + 1, to)
                || v.toks.get(n).isAdverb() && !REFUSED_TOPIC.contains(v.lower(n)))) {
            n++;
        }
        if (n >= to) {
            return new int[] {from, from}; // "declined to comment.", "declined to comment further Tuesday."
        }
        // (past an adjunct, the topic or question after it: "declined to say in a statement whether
        // he would run", "declined to comment in detail on the allegations")
        boolean adjunct = false;
        if (!REFUSED_TOPIC.contains(v.lower(n)) && Set.of("IN", "TO").contains(v.toks.get(n).pos())) {
            for (int m = n + 1; m < Math.min(to, n + 7); m++) {
                String t = v.lower(m);
                String pos = v.toks.get(m).pos();
                if (t.equals(",") || pos != null && (pos.startsWith("VB") || pos.equals("MD"))) {
                    break;
                }
                if (Set.of("on", "about", "regarding", "concerning", "whether", "if", "what", "why", "how").contains(t)
                        || t.equals("when") && whenAsks(v, verb, speech, m, to)) {
                    n = m;
                    adjunct = true;
                    break;
                }
            }
        }
        String w = v.lower(n);
        // (what one declines to respond to is the topic: "declined to respond to questions about …")
        boolean topic = REFUSED_TOPIC.contains(w) && !(w.equals("over") && n + 1 < to && v.inTime[n + 1])
                || w.equals("when") && whenAsks(v, verb, speech, n, to)
                || w.equals("to") && rules.inClass(verb, "reply") && !rules.isCue(verb, "refusal-object")
                || v.isQuoteMark(n) || v.toks.get(n).word().equals(":") || startsObject(v, n)
                || v.inTime[n] && possessiveTime(v, n, to);
        // (past a time, the topic opens what was not said: "declined to comment Tuesday on reports …")
        boolean timed = java.util.stream.IntStream.range(k + 1, n).anyMatch(x -> v.inTime[x]);
        // (with no topic nothing was said and nothing is reported: "declined to comment", "refused
        // to comment when reached by phone" put no words in anyone's mouth)
        return topic ? new int[] {timed || adjunct ? n : from, to} : new int[] {from, from};
    }

    /**
     * Whether a refused verb is an act of the record with its object, not a saying: a verb of accusation
     * that says only with a "that" clause and is also an event of the trigger list ("declined to charge the
     * deputy", "refused to indict him": no charge was brought and nothing was said); "declined to
     * charge that …" would still have said something.
     */
    boolean refusedAct(String verbLemma, String next) {
        return rules.isCue(verbLemma, "speech-that") && rules.isCue(verbLemma, "allegation") && !rules.isCue(verbLemma, "speech")
                && !rules.isCue(verbLemma, "refusal-object") && !next.equals("that")
                && rules.triggers().stream().anyMatch(t -> t.lemmas().equals(List.of(verbLemma)) && !"N".equals(t.pos()));
    }

    /** Whether the time at {@code n} ends in a possessive ("Friday's ruling"). */
    private static boolean possessiveTime(View v, int n, int to) {
        int m = n;
        while (m < to && v.inTime[m]) {
            m++;
        }
        return m < to && m > n && ("POS".equals(v.toks.get(m).pos()) || v.lower(m).equals("'s"));
    }

    /**
     * Whether "when" at {@code n} opens a question a refusal is about: after a plain verb of speech
     * ("declined to say when the plant would reopen"), or after a verb that takes an object but is
     * no reply, with a subject after it ("declined to confirm when the deal was signed"; "declined
     * to comment when reached by phone" says when).
     */
    private boolean whenAsks(View v, String verb, boolean speech, int n, int to) {
        if (speech && !rules.isCue(verb, "refusal-object")) {
            return true;
        }
        if (rules.inClass(verb, "reply") || n + 1 >= to) {
            return false;
        }
        String pos = v.toks.get(n + 1).pos();
        return pos != null && !pos.startsWith("VB") && !pos.equals("IN") && !pos.equals(",");
    }

    /** Words that join a second clause to what was said ("… and others have said …"). */
    private static final Set<String> JOINS = Set.of("and", "but", "while", "whereas", "yet");

    /**
     * Where what was said ends because a second source says something of its own: a clause joined
     * by "and", "but" (a comma before it or not) or ", while" whose subject, a short noun phrase, is
     * followed by a plain verb of saying ("Some delegates said they will stay home and others have
     * said they are not interested"), or a comparison with a group that says something ("…,
     * compared with a third who said they opposed it"). The token where the content ends, or -1.
     * A second predicate of the same speaker ("said he makes $41,000 and questioned …") and a
     * second "that" clause ("said the work would begin and that …") are not cut here.
     */
    private int secondSpeaker(View v, int from, int to) {
        List<Token> toks = v.toks;
        for (int x = from + 1; x + 2 < to; x++) {
            String w = v.lower(x);
            boolean comma = toks.get(x - 1).word().equals(",");
            int y = -1;
            // ("while" and "whereas" only after a comma: "said the fee rose while officials said
            // nothing" may tell a time, and stays one claim)
            if (JOINS.contains(w) && (comma || !Set.of("while", "whereas").contains(w)) && !v.lower(x + 1).equals("that")
                    && !v.insideQuote(toks.get(x).begin())) {
                y = x + 1;
            } else if (w.equals("compared") && comma && Set.of("with", "to").contains(v.lower(x + 1))) {
                y = x + 2;
            }
            if (y < 0 || !Token.anyFiniteVerb(toks, from, x)) {
                continue; // "said the mayor and his aides told residents …": a joined subject, no clause before
            }
            int k = y;
            boolean head = false;
            while (k < to && k - y < 7 && !toks.get(k).isVerb() && !isPunct(toks.get(k).word())
                    && !Set.of("that", "which", "whose").contains(v.lower(k))) {
                head |= toks.get(k).isNoun() || toks.get(k).pos().equals("PRP") || toks.get(k).pos().equals("CD")
                        || v.lower(k).equals("who");
                k++;
            }
            if (!head || k >= to || k == y) {
                continue;
            }
            while (k + 1 < to && (AUXILIARIES.contains(v.lower(k)) || toks.get(k).pos().equals("MD")
                    || toks.get(k).pos().startsWith("RB")) && !v.lower(k).equals("not") && !v.lower(k).equals("n't")) {
                k++;
            }
            String lemma = cueLemma(v, k);
            if (lemma != null && rules.isCue(lemma, "speech") && !rules.isCue(lemma, "position")
                    && (toks.get(k).isFiniteVerb() || "VBN".equals(toks.get(k).pos()) && k > y
                            && AUXILIARIES.contains(v.lower(k - 1)))
                    && saysSomething(v, k + 1, to)) {
                return comma ? x - 1 : x;
            }
        }
        return -1;
    }

    /**
     * Whether a second verb of saying has content of its own after it: "that", a quote, a colon or
     * a clause with a verb of its own tense ("and the auditors warned the board in May" has only an
     * object, and is still what the first source said).
     */
    private static boolean saysSomething(View v, int from, int to) {
        for (int x = from; x < to; x++) {
            if (v.lower(x).equals("that") || v.isQuoteMark(x) || v.toks.get(x).word().equals(":")
                    || v.toks.get(x).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Content before the source: from the sentence's start, or from the quote that closes there. */
    private Optional<Found> contentBefore(View v, int cue, String lemma, Source src, int endToken) {
        List<Token> toks = v.toks;
        if (endToken <= 0) {
            return Optional.empty();
        }
        int end = toks.get(endToken - 1).end();
        int first = firstContentToken(v, 0);
        if (first >= endToken) {
            return Optional.empty();
        }
        int begin = toks.get(first).begin();
        // a quote that closes here and opened in an earlier sentence, or after a colon in this one
        // ("Ann Lee fired back: “…,” she said"): the content is the whole quote
        for (QuoteSpans.Quote q : v.quotes) {
            QuoteSpans.Piece last = q.pieces().get(q.pieces().size() - 1);
            if (last.outerEnd() >= end - 1 && last.outerEnd() <= end + 1 && (q.outerBegin() < begin
                    || q.outerBegin() > begin && v.text.substring(begin, q.outerBegin()).stripTrailing().endsWith(":"))) {
                begin = q.outerBegin();
            }
        }
        return span(v, cue, lemma, src, begin, end);
    }

    /** Whether offset {@code at} opens its line (only white space before it on the line). */
    private static boolean opensLine(String text, int at) {
        for (int k = at - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** What opens a clause's subject after the conjunction "that": a capitalised name, a pronoun or an article. */
    private static final Pattern THAT_THEN_SUBJECT = Pattern.compile(
            "(?:\\p{Lu}\\p{L}*|he|she|it|they|we|i|you|the|a|an|his|her|its|their|our|no|some|many|most)\\b");

    /** A content's last word that is an abbreviation, its period cut off ("a.m", "U.S", "D.C", "Inc"). */
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:^|[^\\p{L}.])(?:(?:\\p{L}\\.)+\\p{L}|Inc|Corp|Co|Ltd|Jr|Sr|Bros)$");

    private Optional<Found> span(View v, int cue, String lemma, Source src, int begin, int end) {
        return span(v, cue, lemma, src, begin, end, false);
    }

    /**
     * {@code dated}: a time of the saying was cut off the object's end ("praised the firefighters on
     * Sunday"); the object was said with it, and two words of it stand as what was said.
     */
    private Optional<Found> span(View v, int cue, String lemma, Source src, int begin, int end, boolean dated) {
        String text = v.text;
        Matcher stamp = TIME_STAMP.matcher(text).region(begin, end);
        if (stamp.lookingAt() && opensLine(text, begin)) {
            // a live blog's "10:42 a.m. — Crews have contained the fire, the chief said."
            begin = stamp.end();
        } else if (!v.toks.isEmpty() && begin == v.toks.get(0).begin()) {
            // a dateline that opens the sentence is no part of what anyone said: "DOVER, Del. (AP) — ",
            // "DOVER (Harbor Wire) - "; not "NATO — long the bedrock of security — is fraying"
            int dateline = Datelines.headEnd(v.sentence);
            if (dateline > begin && dateline < end) {
                begin = dateline;
            }
        }
        while (end > begin && ".,;: \n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < text.length() && text.charAt(end) == '.' && ABBREVIATION_END.matcher(text).region(begin, end).find()) {
            end++; // the period of "9 a.m.", "the U.S." or "Acme Inc." is the word's own
        }
        while (begin < end && ",;: \n".indexOf(text.charAt(begin)) >= 0) {
            begin++;
        }
        if (begin + 5 < end && text.regionMatches(true, begin, "that ", 0, 5)
                && THAT_THEN_SUBJECT.matcher(text).region(begin + 5, end).lookingAt()) {
            // "allege that Corwin Ashby, 51, stole …": the conjunction opens what was said, never
            // part of it (a demonstrative stays: "said that plan was dead")
            begin += 5;
        }
        if (begin + 5 < end && text.regionMatches(true, begin, "that,", 0, 5)) {
            // "said that, according to the harbor master, the ferry …": the conjunction before an aside
            begin += 5;
            while (begin < end && ",;: \n".indexOf(text.charAt(begin)) >= 0) {
                begin++;
            }
        }
        // a clause needs three words; words in quotation marks after a speech verb are what was
        // said however short ("she asked, \u201cYou winning?\u201d"); what "deny" denies may be
        // two ("denied any wrongdoing"; "rejected the motion" is no claim)
        boolean quoted = begin < end && "\"\u201C".indexOf(text.charAt(begin)) >= 0
                || begin + 1 < end && text.startsWith("''", begin);
        // and what is called for may be two ("called for her ouster")
        boolean denial = lemma != null && rules.isModalityCue(lemma, "denying-verb");
        boolean demanded = lemma != null && rules.isCue(lemma, "speech-to") && (begin >= 4
                && text.regionMatches(true, begin - 4, "for ", 0, 4)
                // or what a hearer is called on or urged to do ("called on the council to resign")
                || rules.isCue(lemma, "recipient") && text.regionMatches(true, begin, "to ", 0, 3));
        // what a verb of stance takes, with the verb, may be two ("endorsed Kim", "opposed it")
        boolean position = lemma != null && rules.isCue(lemma, "position");
        // and what someone is called in quotation marks may be two ("called Lee \u201cunfit\u201d")
        boolean named = lemma != null && rules.isCue(lemma, "speech-object") && text.substring(begin, end).matches(
                "(?s).*[\"\u201C].*");
        // an answer is what was said however short: "75 percent said yes", "he said no", "half
        // said so", "26 percent said the same" (only after a plain verb of speech)
        boolean answer = lemma != null && rules.isCue(lemma, "speech")
                && ANSWER.matcher(text.substring(begin, end)).matches();
        // and whom a verb of judgement takes may be a name alone ("attacked Kim", "referring to Kim")
        int b0 = begin;
        int e0 = end;
        boolean bareName = lemma != null && rules.isCue(lemma, "name-object") && Arrays.stream(v.nameAt)
                .anyMatch(m -> m != null && m.begin() == b0 && m.end() == e0);
        // and a refusal to speak may say nothing more ("Acme declined to comment.": a negated saying)
        // (only a refused saying: "Tom Kim refused to resign" says nothing)
        boolean refused = lemma != null && rules.isCue(lemma, "refusal") && text.regionMatches(true, begin, "to ", 0, 3)
                && v.toks.stream().anyMatch(t -> t.begin() == b0 + 3 && (rules.isCue(t.lemma(), "refusal-object")
                        || rules.isCue(t.lemma(), "speech")));
        // and an order given after a colon may be one or two words ("had a simple message for the
        // owners: pay up", "one instruction: keep running"): a base verb that opens the content
        boolean imperative = colonBefore(text, begin) && v.toks.stream()
                .anyMatch(t -> t.begin() == b0 && "VB".equals(t.pos()));
        // and a denial may deny a pronoun alone ("Ann Lee denied it", "denied it on Tuesday")
        boolean deniedPronoun = denial && words(text, begin, end) == 1
                && DENIED_PRONOUNS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
        int least = quoted || answer || bareName || imperative || deniedPronoun ? 1
                : denial || demanded || position || named || refused || dated ? 2 : 3;
        if (words(text, begin, end) < least) {
            return Optional.empty();
        }
        if (!quoted && onlyATime(v, begin, end)) {
            return Optional.empty(); // "Strand conceded shortly before midnight": when, not what, was said
        }
        if ((denial || lemma != null && rules.isCue(lemma, "denial")) && !quoted
                && refusesARequest(v, begin, end, lemma != null && VOTING_DOWN.contains(lemma))) {
            // "the judge denied a motion for a mistrial": a ruling, not a statement; "voters rejected
            // the measure", "the council rejected the proposal 5-2": a vote, not a denial
            return Optional.empty();
        }
        return Optional.of(new Found(v.sentence.index(), cue, lemma, src, begin, end));
    }

    /** Words that may stand around a time with nothing said: "shortly before midnight", "late on Tuesday". */
    private static final Set<String> TIME_FRAME_TAGS = Set.of("RB", "IN", "DT", "CC", "TO", "JJ", ",", ".");

    /**
     * Whether the words between {@code begin} and {@code end} are an adverb or a preposition, then
     * a time, and nothing else: what follows an intransitive verb of speech ("conceded shortly
     * before midnight", "responded on Wednesday") says when it was said, not what; a time that opens
     * the words is what was said ("predicted 2028").
     */
    private static boolean onlyATime(View v, int begin, int end) {
        boolean time = false;
        boolean first = true;
        for (Token t : v.toks) {
            if (t.begin() < begin || t.begin() >= end) {
                continue;
            }
            if (first && v.inTime[t.index()]) {
                return false; // a time said: "predicted 2028", "forecast early 2027"
            }
            first = false;
            if (v.inTime[t.index()]) {
                time = true;
            } else if (t.pos() == null || !TIME_FRAME_TAGS.contains(t.pos())) {
                return false;
            }
        }
        return time;
    }

    /** Whether a colon stands right before {@code begin}, past spaces. */
    private static boolean colonBefore(String text, int begin) {
        int x = begin - 1;
        while (x >= 0 && text.charAt(x) == ' ') {
            x--;
        }
        return x >= 0 && text.charAt(x) == ':';
    }

    /** Words that answer a question, said alone: "yes", "no", "so", "the same". */
    private static final java.util.regex.Pattern ANSWER = java.util.regex.Pattern.compile(
            "(?i)yes|no|so|the same|otherwise");

    private static final Set<String> SUBJECT_WORDS = Set.of("that", "i", "he", "she", "we", "they", "it");
    /** Words that open a relative clause on the noun before them. */
    private static final Set<String> RELATIVES = Set.of("that", "which");

    /** Denying verbs that also vote a proposal down: "rejected the measure" (never "denied any plan"). */
    private static final Set<String> VOTING_DOWN = Set.of("reject");

    /** Words before a noun that deny its being at all: "denied any plan", "no such shortfall". */
    private static final Set<String> DENYING_DETERMINERS = Set.of("any", "such", "no");

    /**
     * Whether what a denying verb takes is a request refused or a proposal voted down rather than a
     * statement called untrue: a noun phrase (no verb in it) whose last noun before any preposition
     * is of the {@code request} class ("a defense motion for a mistrial", "bail", "his request") or,
     * after a verb of {@link #VOTING_DOWN}, of the {@code proposal} class ("rejected a ballot
     * measure", "the offer"), where "denied that he had asked", "denied any wrongdoing", "denied any
     * such plan", "disputed the bill's cost" and "denied the allegations in the petition" are statements.
     */
    private boolean refusesARequest(View v, int begin, int end, boolean votingDown) {
        boolean request = false;
        for (Token t : v.toks) {
            if (t.begin() < begin || t.begin() >= end) {
                continue;
            }
            if (request && RELATIVES.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true; // its relative clause: "rejected a ballot measure that would have legalized betting"
            }
            if (t.isVerb() || SUBJECT_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return false; // a clause: "denied that …", "denied he had asked for bail"
            }
            if (t.word().equalsIgnoreCase("as")) {
                return false; // a judgement of it: "rejected the offer as inadequate" says the offer is inadequate
            }
            if ("POS".equals(t.pos())) {
                request = false; // an owner: "the bill's cost" is headed by what follows
                continue;
            }
            if ("IN".equals(t.pos()) || t.word().equalsIgnoreCase("of")) {
                return request; // the head noun phrase ends here: "the allegations in the petition" are no request
            }
            if (DENYING_DETERMINERS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return false; // "denied any such plan": that there was one, a statement
            }
            // the phrase's last noun decides: "the bill's cost" is a cost
            request = t.isNoun() ? rules.inClass(t.lemma(), "request") || votingDown && rules.inClass(t.lemma(), "proposal")
                    : request;
        }
        return request;
    }

    private static int words(String text, int begin, int end) {
        int n = 0;
        boolean in = false;
        for (int i = begin; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static int firstContentToken(View v, int from) {
        int i = from;
        while (i < v.toks.size() && (v.isQuoteMark(i) || isPunct(v.toks.get(i).word()))) {
            i++;
        }
        return i;
    }

    static boolean isPunct(String w) {
        // a currency sign opens a figure ("said that $2 million was missing"): a word, no punctuation
        return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))
                && Character.getType(w.charAt(0)) != Character.CURRENCY_SYMBOL || w.equals("--") || w.equals("...")
                || w.equals("-LRB-") || w.equals("-RRB-");
    }

    /** One sentence's tokens with what the rules read about each. */
    /** Dashes that set off an aside between a source and its verb: em dash, en dash, double hyphen. */
    private static final Set<String> ASIDE_DASHES = Set.of("\u2014", "\u2013", "--");
    /** How many tokens an aside between commas or dashes may span. */
    private static final int APPOSITION_REACH = 30;

    private static final class View {
        final String text;
        final List<Token> toks;
        final EntityMention[] nameAt;
        final EntityMention[] titleAt;
        final boolean[] inTime;
        final List<QuoteSpans.Quote> quotes;
        final Sentence sentence;
        private final Predicate<EntityMention> person;
        /** Whether a noun names a kind of organisation ({@code word-classes.txt} class {@code body}). */
        private final Predicate<String> body;
        /** Whether a noun names a document or a written work ("statement", "letter", "report"). */
        private final Predicate<String> document;
        /** Whether a verb is one of getting or reading a text someone else wrote ({@code word-classes.txt} class {@code access}). */
        private final Predicate<String> access;
        /** Whether a noun's "of" names a place ({@code word-classes.txt} class {@code place-office}: "mayor", "residents"). */
        private final Predicate<String> placeOffice;
        /** Whether a noun names a person by a relation to another ({@code word-classes.txt} class {@code relative}: "son", "widow"). */
        private final Predicate<String> relative;

        View(String text, List<Token> toks, EntityMention[] nameAt, EntityMention[] titleAt, boolean[] inTime,
                List<QuoteSpans.Quote> quotes, Sentence sentence, Predicate<EntityMention> person, Predicate<String> body,
                Predicate<String> document, Predicate<String> access, Predicate<String> placeOffice,
                Predicate<String> relative) {
            this.relative = relative;
            this.body = body;
            this.placeOffice = placeOffice;
            this.document = document;
            this.access = access;
            this.text = text;
            this.toks = toks;
            this.nameAt = nameAt;
            this.titleAt = titleAt;
            this.inTime = inTime;
            this.quotes = quotes;
            this.sentence = sentence;
            this.person = person;
        }

        /**
         * Where the mark ({@code ","} or a dash) that opens an aside closed by the same mark at
         * {@code j} stands: the nearest one before it, within {@link #APPOSITION_REACH} tokens and no
         * quotation mark; otherwise where the search stopped (-1 at the sentence's start).
         */
        int markBefore(int j, String mark) {
            int k = j - 1;
            while (k >= 0 && !toks.get(k).word().equals(mark) && j - k <= APPOSITION_REACH && !isQuoteMark(k)) {
                k--;
            }
            return k;
        }

        /** Whether a name is a person's, as the grouping decided. */
        boolean isPerson(EntityMention m) {
            return person.test(m);
        }

        /** Whether the sentence carries part-of-speech tags ({@link Sentence#isTagged}). */
        boolean tagged() {
            return sentence.isTagged();
        }

        boolean isQuoteMark(int i) {
            Token t = toks.get(i);
            char c = text.charAt(t.begin());
            if (c == '"' || c == '\u201C' || c == '\u201D' || (c == '\'' || c == '`') && t.end() - t.begin() == 2
                    && text.charAt(t.begin() + 1) == c) {
                return true;
            }
            // a single quote closing inside a double one, read as one token ("\u2019\u201D", "'\"")
            String w = text.substring(t.begin(), t.end());
            return w.length() == 2 && "'\u2018\u2019".indexOf(c) >= 0 && "\"\u201C\u201D".indexOf(w.charAt(1)) >= 0;
        }

        boolean insideQuote(int offset) {
            for (QuoteSpans.Quote q : quotes) {
                for (QuoteSpans.Piece p : q.pieces()) {
                    if (offset >= p.begin() && offset < p.end()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * A hyphen right after an agency in parentheses that closes a dateline: "DOVER (Harbor Wire) -".
         * Elsewhere a hyphen joins or sets off words and ends nothing.
         */
        boolean agencyDash(int i) {
            if (i < 3 || !toks.get(i).word().equals("-") || !Set.of(")", "-RRB-").contains(toks.get(i - 1).word())) {
                return false;
            }
            // the place before the parenthesis is in capitals: "Rep. Ann Lee (R) - a critic - said" is no dateline
            for (int k = i - 2; k >= 1 && k >= i - 7; k--) {
                if (Set.of("(", "-LRB-").contains(toks.get(k).word())) {
                    String place = toks.get(k - 1).word();
                    return place.length() >= 2 && place.equals(place.toUpperCase(Locale.ROOT))
                            && place.chars().anyMatch(Character::isLetter);
                }
            }
            return false;
        }

        /** The word at {@code i} in lower case, with a typographic apostrophe as a plain one ("’s" is "'s"). */
        String lower(int i) {
            return toks.get(i).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        }

        /** The source phrase that ends at token {@code j}, with an apposition or relative clause before it. */
        Source sourceEndingAt(int j) {
            if (ASIDE_DASHES.contains(toks.get(j).word())) {
                // "Ann Lee — a longtime critic of the plan — said": an aside between dashes, the
                // phrase before it speaks
                int k = markBefore(j, toks.get(j).word());
                if (k <= 0 || k == j - 1 || !toks.get(k).word().equals(toks.get(j).word())) {
                    return null;
                }
                Source head = core(k - 1);
                if (head == null) {
                    return null;
                }
                return new Source(sentence.index(), head.tokenBegin(), j, head.begin(), toks.get(j - 1).end(),
                        head.name(), head.title(), head.pronoun());
            }
            if (toks.get(j).word().equals(",")) {
                // "Ann Lee, along with Tom Kim of the port, said": the phrase in commas only joins
                // someone to the subject before it
                int along = joiningComma(j);
                // (never the one joined: with no phrase before it, no source)
                if (along > 0) {
                    Source subject = core(along - 1);
                    return subject == null ? null : new Source(sentence.index(), subject.tokenBegin(), j, subject.begin(),
                            toks.get(j - 1).end(), subject.name(), subject.title(), subject.pronoun());
                }
                // X, apposition, said  |  X, who …, said  |  his lawyer, Daniel Kim, said
                int k = markBefore(j, ",");
                if (k <= 0 || !toks.get(k).word().equals(",")) {
                    // "Ann Lee (D-Del.), said"
                    return j > 0 && Set.of(")", "-RRB-").contains(toks.get(j - 1).word()) ? core(j - 1) : null;
                }
                Source head = core(k - 1);
                String first = lower(k + 1);
                // a name inside a prepositional phrase ("a spokeswoman for Ann Lee") heads nothing
                boolean inPhrase = head != null && head.tokenBegin() > 0
                        && Set.of("for", "of", "at", "with", "from", "by", "to", "in", "on").contains(lower(head.tokenBegin() - 1));
                if (inPhrase && head.name() != null && !isPerson(head.name()) && head.tokenBegin() >= 2) {
                    // "the director of the Harbor Agency, Ann Lee, said", "the head of Acme, Ann Lee,
                    // admitted": a body after "of" or "for" only says whose role it is; the person
                    // in the apposition holds the role and speaks (a person after the preposition may
                    // be the one named: "an attorney for the boy's mother, Ann Lee," stays unread)
                    Source holder = phrase(k + 1, j - 1);
                    Source role = core(head.tokenBegin() - 2);
                    if (holder != null && holder.name() != null && isPerson(holder.name()) && holder.tokenEnd() == j
                            && holder.name().tokenBegin() == k + 1 && role != null && role.name() == null
                            && !role.pronoun() && role.tokenEnd() == head.tokenBegin() - 1) {
                        return new Source(sentence.index(), role.tokenBegin(), j, role.begin(), toks.get(j - 1).end(),
                                holder.name(), text.substring(role.begin(), head.end()), false);
                    }
                }
                if (inPhrase) {
                    head = null;
                }
                if (!group(head) && (head == null || RELATIVE.contains(first) || head.name() == null
                        || !isPerson(head.name()))) {
                    // an apposition with commas of its own ("Ann Lee, a nurse from Dover, Del., said",
                    // "Ann Lee, who founded Acme, a charity, said"): a person further left heads it
                    Source person = personBeforeApposition(k, j);
                    if (person != null) {
                        return person;
                    }
                }
                if (head == null) {
                    return null;
                }
                if (RELATIVE.contains(first)) {
                    return head;
                }
                Source inner = phrase(k + 1, j - 1);
                String between = text.substring(toks.get(k + 1).begin(), toks.get(j - 1).end());
                if (inner != null && inner.name() != null && isPerson(inner.name()) && !group(head)
                        && (head.name() == null || !isPerson(head.name()))) {
                    // "Two councillors, Ann Lee and Tom Kim, said": the people named in the apposition
                    // speak together, as "Ann Lee and Tom Kim said" (the phrase listing them, no one alone)
                    for (int a = k + 2; a < inner.name().tokenBegin(); a++) {
                        if (Set.of("and", "&").contains(lower(a)) && nameAt[a - 1] != null && isPerson(nameAt[a - 1])
                                && nameAt[a - 1].tokenBegin() >= k + 1) {
                            return new Source(sentence.index(), k + 1, j, toks.get(k + 1).begin(), toks.get(j - 1).end(),
                                    null, between, false);
                        }
                    }
                    // "His lawyer, Daniel Kim, said": the name speaks, the phrase before it is its role
                    String role = text.substring(head.begin(), head.end());
                    return new Source(sentence.index(), head.tokenBegin(), j, head.begin(), toks.get(j - 1).end(),
                            inner.name(), role, false);
                }
                return new Source(sentence.index(), head.tokenBegin(), j, head.begin(), toks.get(j - 1).end(),
                        head.name(), head.name() != null ? between : head.title(), head.pronoun());
            }
            if (RELATIVE.contains(lower(j)) && j >= 2 && toks.get(j - 1).word().equals(",")) {
                // "Ann Lee, who said …": the relative pronoun stands for the phrase before the comma
                return core(j - 2);
            }
            return representedBy(madeBy(core(j)));
        }

        /**
         * "the union representing Heddle workers said", "a lawyer representing Ann Lee said": a source
         * right after a participle in "-ing" that follows a common noun is that participle's object;
         * the noun before it speaks, and the whole phrase is the source (no name: the one named is
         * whom the speaker acts for). Any other source is returned as it is.
         */
        Source representedBy(Source src) {
            int p = src == null ? -1 : src.tokenBegin() - 1;
            // past the participle's own determiner and modifiers ("representing the detained journalist")
            while (src != null && p > 1 && src.tokenBegin() - p <= 3 && nameAt[p] == null
                    && (Set.of("the", "a", "an", "his", "her", "its", "their").contains(lower(p))
                        || (tagged() ? Set.of("JJ", "VBN").contains(toks.get(p).pos()) : lower(p).endsWith("ed")))) {
                p--;
            }
            if (src == null || src.pronoun() || p < 1 || nameAt[p - 1] != null || inTime[p - 1]
                    || ING_PREPOSITIONS.contains(lower(p))) {
                return src;
            }
            // (untagged: a word in "-ing" after a word in small letters that is no function word)
            boolean participle = tagged() ? "VBG".equals(toks.get(p).pos()) && toks.get(p - 1).isNoun()
                    && !toks.get(p - 1).pos().startsWith("NNP")
                    : lower(p).endsWith("ing") && lower(p).length() > 5 && Character.isLowerCase(toks.get(p).word().charAt(0))
                            && Character.isLowerCase(toks.get(p - 1).word().charAt(0)) && !NOT_HEADS.contains(lower(p - 1))
                            && !BETWEEN.contains(lower(p - 1)) && !PRONOUNS.contains(lower(p - 1)) && !isVerbLike(p - 1);
            if (!participle) {
                return src;
            }
            Source head = core(p - 1);
            if (head == null || head.pronoun() || head.name() != null || head.tokenEnd() != p) {
                return src;
            }
            return new Source(sentence.index(), head.tokenBegin(), src.tokenEnd(), head.begin(), src.end(), null,
                    text.substring(head.begin(), src.end()), false);
        }

        /**
         * "…, a study by the Valdmere Institute said", "…, a statement from Acme said": a source after
         * "by" or "from" that follows a noun of a text, a study or a finding is who made the work; the
         * work's phrase is the source's, so that it starts where the clause's subject starts (a name
         * keeps the work's speaker named). Any other source is returned as it is.
         */
        Source madeBy(Source src) {
            if (src == null || src.pronoun() || src.tokenBegin() < 2 || !Set.of("by", "from").contains(lower(src.tokenBegin() - 1))) {
                return src;
            }
            int n = src.tokenBegin() - 2;
            // "a report published Tuesday by the ministry": past the day and the participle it came out by
            int m = n;
            while (m > 0 && (inTime[m] || Set.of("on", "last", "this", "earlier").contains(lower(m)))) {
                m--;
            }
            if (m > 0 && m < n + 1 && CAME_OUT.contains(lower(m)) && !inTime[m]) {
                n = m - 1;
            }
            String lemma = toks.get(n).lemma() == null ? lower(n) : toks.get(n).lemma().toLowerCase(Locale.ROOT);
            if (nameAt[n] != null || !isNounLike(n) || !document.test(lemma) && !document.test(lower(n))) {
                return src;
            }
            int b = n;
            while (b > 0 && nameAt[b - 1] == null && !inTime[b - 1] && (Set.of("a", "an", "the", "new", "latest").contains(lower(b - 1))
                    || isAdjective(b - 1) || toks.get(b - 1).isNoun() && Character.isLowerCase(toks.get(b - 1).word().charAt(0)))) {
                b--;
            }
            int begin = toks.get(b).begin();
            return new Source(sentence.index(), b, src.tokenEnd(), begin, src.end(), src.name(),
                    src.name() != null ? src.title() : text.substring(begin, src.end()), false);
        }

        /**
         * Where a share of a group that ends at {@code j} starts, or -1: "Six in 10", "one in five"
         * (a number, "in", a number) or "a third", "a majority" (a fraction after "a" or a number),
         * with an adverb of measure before it ("nearly a third").
         */
        int shareStart(int j) {
            int from;
            if (j >= 2 && number(j) && lower(j - 1).equals("in") && number(j - 2)) {
                from = j - 2;
            } else if (j >= 1 && SHARES.contains(lower(j)) && (Set.of("a", "one").contains(lower(j - 1)) || number(j - 1))) {
                from = j - 1;
            } else {
                return -1;
            }
            if (from >= 1 && Set.of("nearly", "about", "almost", "roughly", "only", "just", "over", "some").contains(lower(from - 1))) {
                from--;
            }
            return from;
        }

        /** Whether token {@code k} is a number: digits or a number word ("10", "six"). */
        boolean number(int k) {
            String w = lower(k);
            return w.matches("\\d+") || NUMBER_WORDS.contains(w) || tagged() && toks.get(k).pos().equals("CD");
        }

        /**
         * The comma that opens "along with", "together with" or "as well as" left of the comma
         * {@code verbComma} before a verb (within 40 tokens, no quote between), or -1.
         */
        int joiningComma(int verbComma) {
            for (int c = verbComma - 1; c > 0 && verbComma - c < 40 && !isQuoteMark(c); c--) {
                if (!toks.get(c).word().equals(",") || c + 2 >= verbComma) {
                    continue;
                }
                String a = lower(c + 1);
                String b = lower(c + 2);
                if ((a.equals("along") || a.equals("together")) && b.equals("with")
                        || a.equals("as") && b.equals("well") && c + 3 < verbComma && lower(c + 3).equals("as")) {
                    return c;
                }
            }
            return -1;
        }

        /**
         * A person named before one of the commas left of {@code comma} (at most three more, within
         * 40 tokens of the verb) whose apposition or relative clause runs to {@code verbComma}.
         */
        Source personBeforeApposition(int comma, int verbComma) {
            int k = comma;
            for (int level = 0; level < 3; level++) {
                int c = k - 1;
                while (c >= 0 && !toks.get(c).word().equals(",") && !isQuoteMark(c) && verbComma - c < 40) {
                    c--;
                }
                if (c <= 0 || !toks.get(c).word().equals(",")) {
                    return null;
                }
                Source head = core(c - 1);
                String first = lower(c + 1);
                boolean appositive = RELATIVE.contains(first) || NP_WORDS.contains(first)
                        || Character.isLowerCase(toks.get(c + 1).word().charAt(0)) || titleAt[c + 1] != null
                        || partyState(c + 1) || toks.get(c + 1).word().matches("\\d{1,3}"); // an age: "Ann Lee, 67, a nurse,"
                if (head != null && head.name() != null && isPerson(head.name()) && appositive) {
                    String role = text.substring(toks.get(c + 1).begin(), toks.get(verbComma - 1).end());
                    return new Source(sentence.index(), head.tokenBegin(), verbComma, head.begin(),
                            toks.get(verbComma - 1).end(), head.name(), role, false);
                }
                k = c;
            }
            return null;
        }

        /** Whether a party and state open at token {@code i} ("R-Ore.", tokenized whole or as "R", "-", "Ore."). */
        boolean partyState(int i) {
            String w = toks.get(i).word();
            return PARTY_STATE.matcher(w).matches() || w.length() == 1 && "RDI".contains(w) && i + 1 < toks.size()
                    && toks.get(i + 1).word().equals("-");
        }

        /**
         * Whether token {@code j} may stand between a subject and its verb: an auxiliary or an
         * adverb from the list, or, tagged, any adverb in -ly ("has also broadly called for").
         */
        boolean between(int j) {
            String w = lower(j);
            if (BETWEEN.contains(w)) {
                return true;
            }
            if (!w.endsWith("ly") || w.length() < 5 || !Character.isLowerCase(toks.get(j).word().charAt(0))) {
                return false;
            }
            // untagged, a word in -ly is an adverb only right after a name, a pronoun or another such word
            // ("the family said" keeps its noun)
            return tagged() ? toks.get(j).pos().startsWith("RB")
                    : j > 0 && (nameAt[j - 1] != null || PRONOUNS.contains(lower(j - 1)) || BETWEEN.contains(lower(j - 1)));
        }

        /** The subject of the sentence's main clause: a name or pronoun among its first tokens. */
        Source subject(int before) {
            int start = 0;
            int dateline = Datelines.headEnd(sentence);
            while (dateline >= 0 && start < before && toks.get(start).begin() < dateline) {
                start++; // past a dateline of any form: "KARVEN, April 22 (Harbor Wire) -"
            }
            for (int i = start; i < Math.min(before, 12) && start == 0; i++) {
                String w = toks.get(i).word();
                if (ASIDE_DASHES.contains(w) || agencyDash(i)) {
                    // past a dateline ("DOVER, Del. (AP) —"), not into an aside ("Ann Lee -- whose …")
                    start = i + 1 < before && RELATIVE.contains(lower(i + 1)) ? 0 : i + 1;
                    break;
                }
            }
            // a fronted phrase ("Shortly after the judge's ruling, …") holds no subject
            if (start < before && FRONTED.contains(lower(start))) {
                for (int i = start + 1; i < before; i++) {
                    if (isQuoteMark(i)) {
                        break;
                    }
                    if (toks.get(i).word().equals(",")) {
                        start = i + 1;
                        break;
                    }
                }
            }
            // a fronted participle or "by" phrase ("Rallying the crowd in Dover, which …, Ann Lee
            // said …", "By refusing to answer, Ann Lee …") holds no subject either
            if (start < before && (lower(start).endsWith("ing") && nameAt[start] == null || lower(start).equals("by"))) {
                for (int i = start + 1; i < before; i++) {
                    if (isQuoteMark(i)) {
                        break;
                    }
                    if (toks.get(i).word().equals(",") && !(i + 1 < before && RELATIVE.contains(lower(i + 1)))) {
                        start = i + 1;
                        break;
                    }
                }
            }
            // in clauses joined by "and", "but" or a semicolon the last one's subject speaks
            // ("Prosecutors charged him and Ann Lee fired the chief, acknowledging …")
            for (int c = before - 1; c > start; c--) {
                if (isQuoteMark(c)) {
                    break;
                }
                String w = lower(c);
                if ((w.equals(";") || w.equals("and") || w.equals("but")) && c + 1 < before
                        && (nameAt[c + 1] != null || NP_WORDS.contains(lower(c + 1)))) {
                    if (nameAt[c + 1] != null) {
                        // "… and Ann Lee fired the chief": the name when a verb follows it
                        int e = headOfNameChain(nameAt[c + 1].tokenEnd() - 1, before);
                        int k = e + 1;
                        while (k < before && between(k)) {
                            k++;
                        }
                        if (k < before && finiteVerb(k)) {
                            return representedBy(core(Math.min(e, toks.size() - 1)));
                        }
                        continue;
                    }
                    Source later = subjectBeforeVerb(c + 1, before);
                    if (later != null) {
                        return later;
                    }
                }
            }
            Source early = subjectBeforeVerb(start, before);
            if (early != null || firstVerbAt(start, before) >= 0) {
                return early;
            }
            for (int i = start; i < before; i++) {
                if (isQuoteMark(i)) {
                    return null;
                }
                if (nameAt[i] != null) {
                    int end = headOfNameChain(nameAt[i].tokenEnd() - 1, before);
                    int owned = end == nameAt[i].tokenEnd() - 1 ? ownedNoun(end, before) : -1;
                    // "Nadia Corvellan's aide rejected … and said": the aide speaks, not the owner
                    return representedBy(core(Math.min(owned >= 0 ? owned : end, toks.size() - 1)));
                }
                if (PRONOUNS.contains(lower(i))) {
                    return core(i);
                }
            }
            return null;
        }

        /**
         * The subject that stands before the first finite verb from {@code start}, when a common noun
         * phrase comes first: a name after that verb is its object ("Many Democrats warned the Fed,
         * noting …": the Democrats, never the Fed). Null when a name or pronoun comes first (see
         * {@link #subject}) or no verb does.
         */
        private Source subjectBeforeVerb(int start, int before) {
            int i = firstVerbAt(start, before);
            if (i < 0) {
                return null;
            }
            int j = i - 1;
            while (j > start && between(j)) {
                j--;
            }
            return sourceEndingAt(j);
        }

        /** The first finite verb (or relative pronoun) from {@code start}, before any name; -1 when none. */
        private int firstVerbAt(int start, int before) {
            {
                for (int i = start; i < before; i++) {
                    if (isQuoteMark(i) || nameAt[i] != null || PRONOUNS.contains(lower(i))) {
                        break;
                    }
                    if (toks.get(i).word().equals(",") && i + 1 < before && RELATIVE.contains(lower(i + 1))) {
                        // "Republicans, who hold the Senate, blocked …": past the relative clause
                        int close = i + 2;
                        while (close < before && !toks.get(close).word().equals(",") && !isQuoteMark(close)) {
                            close++;
                        }
                        i = close;
                        continue;
                    }
                    boolean relative = i > start && Set.of("who", "which", "whose", "whom").contains(lower(i));
                    if (i > start && (relative || finiteVerb(i))) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /**
         * The noun a name owns, when a possessive follows the name at {@code name} ("Ann Lee's aide",
         * "Acme's top lawyer"): the last of the nouns right after it, before {@code before}; -1 when no
         * possessive follows or no noun.
         */
        int ownedNoun(int name, int before) {
            int k = name + 1;
            if (k >= before || !Token.isPossessiveMark(lower(k))) {
                return -1;
            }
            int last = -1;
            for (k++; k < before && nameAt[k] == null && (isNounLike(k) || isAdjective(k)); k++) {
                if (isNounLike(k)) {
                    last = k;
                }
            }
            return last;
        }

        /**
         * The last token of the person a phrase that starts with a name speaks for: a name, then
         * only titles, modifiers and a possessive, then a person's name ("CBC Chairman Ann Lee",
         * "the mayor’s top aide Ann Lee", "RNC spokesman Ann Lee") is that person; else the first
         * name ({@code end}). A preposition ends the phrase ("Ann Lee of North Dakota"). After a
         * possessive, a comma and a person's name set off by commas, past up to three words of a title,
         * name the person too ("Kolmenia's envoy, General Ann Lee, rejected …").
         */
        int headOfNameChain(int end, int before) {
            int head = end;
            int k = end + 1;
            boolean owned = false;
            while (k < before && k < toks.size()) {
                if (nameAt[k] != null && titleAt[k] == null) {
                    if (!isPerson(nameAt[k])) {
                        return head;
                    }
                    return nameAt[k].tokenEnd() - 1;
                }
                String w = lower(k);
                if (w.equals(",") && owned) {
                    // "Kolmenia's envoy, General Ann Lee, rejected …": the person named after the
                    // owned noun is the head, not its owner (past up to three words of a title)
                    int n = k + 1;
                    while (n < before && n - k <= 3 && nameAt[n] == null
                            && (titleAt[n] != null || Character.isUpperCase(toks.get(n).word().charAt(0)))) {
                        n++;
                    }
                    if (n < before && nameAt[n] != null && isPerson(nameAt[n]) && nameAt[n].tokenBegin() == n
                            && nameAt[n].tokenEnd() < before && toks.get(nameAt[n].tokenEnd()).word().equals(",")) {
                        return nameAt[n].tokenEnd() - 1;
                    }
                    return head;
                }
                if (Token.isPossessiveMark(w)) {
                    owned = true; // ("Quenby Farms' lawyer")
                }
                boolean modifier = titleAt[k] != null || w.equals("'s") || w.equals("'")
                        || Character.isLetter(w.charAt(0)) && !NOT_HEADS.contains(w) && !BETWEEN.contains(w)
                                && !PRONOUNS.contains(w) && !RELATIVE.contains(w)
                                && (tagged() ? isNounLike(k) || isAdjective(k) : !isVerbLike(k));
                if (!modifier) {
                    return head;
                }
                k++;
            }
            return head;
        }

        /**
         * Whether token {@code i} is a finite verb: tagged, its tag says so; untagged, an auxiliary
         * ("have", "was", "will") or a past form ("warned") with an object or a clause after it (a
         * determiner, a pronoun, "that" or a name: "warned the board"), so that a participle before
         * a noun ("the newly elected Mayor Ann Lee") is none.
         */
        boolean finiteVerb(int i) {
            Token t = toks.get(i);
            if (tagged()) {
                return FINITE.contains(t.pos());
            }
            String w = lower(i);
            if (Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could").contains(w)) {
                return true;
            }
            if (!Character.isLowerCase(t.word().charAt(0)) || t.lemma().equalsIgnoreCase(t.word()) || w.endsWith("s")
                    || w.endsWith("ing") || i + 1 >= toks.size()) {
                return false;
            }
            String next = lower(i + 1);
            return NP_WORDS.contains(next) && !Set.of("of", "for", "at", "'s", "'").contains(next)
                    || PRONOUNS.contains(next) || next.equals("that")
                    || nameAt[i + 1] != null && titleAt[i + 1] == null;
        }

        /** Whether token {@code i} is a verb that takes the name after it as object ("have praised Ann Lee"). */
        boolean finiteOrParticiple(int i) {
            Token t = toks.get(i);
            if (tagged()) {
                return t.isVerb() && !t.pos().equals("VBG");
            }
            return finiteVerb(i);
        }

        /** Untagged, a word that may be a verb: a past-tense reading ("said", "urged") or an -s form after a name. */
        private boolean isVerbLike(int k) {
            Token t = toks.get(k);
            return Character.isLowerCase(t.word().charAt(0)) && (!t.lemma().equalsIgnoreCase(t.word())
                    || t.word().endsWith("s") && !t.word().endsWith("ss"));
        }

        /** A source phrase that starts at token {@code i} ("said Daniel Kim, a lawyer for …"). */
        Source sourceStartingAt(int i) {
            int end = phraseEnd(i);
            // "said lead author Ann Lee": a premodifier the tagger read as a base verb ("lead/VB")
            // opens the source when a noun and a person's name follow it (no verb in its base form
            // follows "said" itself)
            if (end <= i && tagged() && i + 1 < toks.size() && "VB".equals(toks.get(i).pos())
                    && Character.isLowerCase(toks.get(i).word().charAt(0)) && isNounLike(i + 1) && nameAt[i + 1] == null) {
                int e2 = phraseEnd(i + 1);
                if (e2 > i + 2 && nameAt[e2 - 1] != null && isPerson(nameAt[e2 - 1])) {
                    end = e2;
                }
            }
            if (end <= i) {
                return null;
            }
            for (int x = i; x < end; x++) {
                // "said Mayor Ann Lee at a rally", "said Coach Ann Lee after the match": a person's
                // name ends the source, the phrase after it says where or when she spoke
                if (nameAt[x] != null && isPerson(nameAt[x]) && nameAt[x].tokenEnd() < end
                        && SPOKEN_WHERE.contains(lower(nameAt[x].tokenEnd()))) {
                    end = nameAt[x].tokenEnd();
                    break;
                }
            }
            Source src = phrase(i, end - 1);
            Source named = src == null ? null : roleThenName(src, end);
            if (named != null) {
                return named;
            }
            if (src != null && src.name() != null && end + 1 < toks.size() && Set.of("and", "&").contains(lower(end))
                    && (nameAt[end + 1] != null || titleAt[end + 1] != null)) {
                // "said Ann Lee and Tom Kim": the two speak together, neither alone
                int e2 = phraseEnd(end + 1);
                Source second = e2 > end + 1 ? phrase(end + 1, e2 - 1) : null;
                if (second != null && second.name() != null) {
                    return new Source(sentence.index(), src.tokenBegin(), e2, src.begin(), second.end(), null,
                            text.substring(src.begin(), second.end()), false);
                }
            }
            return src;
        }

        /**
         * "said the attorney, Ann Lee.": a role without a name, then a comma and the person's name
         * that closes the sentence or its clause; the name speaks, the role says who she is. So
         * does an organisation's name after a noun for a kind of organisation ("said the company,
         * Acme Corp."). (Not "said the attorney, Ann Lee's partner", nor a person's name after "the
         * company".)
         */
        Source roleThenName(Source role, int comma) {
            if (role.name() != null || role.pronoun() || comma + 1 >= toks.size() || !toks.get(comma).word().equals(",")) {
                return null;
            }
            for (int k = role.tokenBegin(); k < role.tokenEnd(); k++) {
                if (Set.of("of", "for", "with", "to", "at").contains(lower(k))) {
                    return null; // "an attorney for the teenager's mother, Maria Lopez": the name may be the mother's
                }
            }
            // an owner before the role says whose role it is, and the name is the role's ("the poll's
            // director, Ondine Rusk"); after two owners ("the mayor's wife's lawyer, …") it may be anyone's
            long owners = java.util.stream.IntStream.range(role.tokenBegin(), role.tokenEnd())
                    .filter(k -> toks.get(k).word().equals("'s") || toks.get(k).word().equals("\u2019s")).count();
            if (owners > 1) {
                return null;
            }
            EntityMention n = nameAt[comma + 1];
            boolean bodyName = n != null && !isPerson(n) && role.tokenEnd() - role.tokenBegin() <= 3
                    && body.test(toks.get(role.tokenEnd() - 1).lemma().toLowerCase(Locale.ROOT));
            if (n == null || n.tokenBegin() != comma + 1 || !isPerson(n) && !bodyName) {
                return null;
            }
            int after = n.tokenEnd();
            if (after < toks.size() && !Set.of(".", ",", ";", "''", "\"", "”", "!").contains(toks.get(after).word())) {
                return null;
            }
            return new Source(sentence.index(), role.tokenBegin(), after, role.begin(), toks.get(after - 1).end(), n,
                    text.substring(role.begin(), role.end()), false);
        }

        /** The phrase from {@code from} to {@code to} (inclusive) read as a source, or null. */
        Source phrase(int from, int to) {
            if (to < from) {
                return null;
            }
            EntityMention name = null;
            for (int x = to; x >= from; x--) {
                if (nameAt[x] != null && nameAt[x].tokenBegin() >= from) {
                    name = nameAt[x];
                    // in "a spokesman for the Navy" the spokesman speaks, for the Navy: keep the
                    // name only when it is the head of the phrase (nothing but a comma after it)
                    break;
                }
            }
            int begin = toks.get(from).begin();
            int end = toks.get(to).end();
            // "Sen. Ann Lee of Delaware", "said Ann Lee of the Harbor Institute": the person speaks;
            // the place or body after "of" or "from" only says which one, also when it ends the phrase
            EntityMention owner = personBeforeOf(from, to);
            if (name != null && name.entityType() == EntityType.LOCATION && owner == null && afterPreposition(name, from)) {
                name = null; // "Passengers stranded at Belvoir Airport said": the passengers speak, not the place
            }
            if (name != null && name.tokenEnd() - 1 == to && (owner == null || isPerson(name))) {
                return new Source(sentence.index(), from, to + 1, begin, end, name, null, false);
            }
            if (owner != null) {
                return new Source(sentence.index(), from, to + 1, begin, end, owner, null, false);
            }
            if (from == to && PRONOUNS.contains(lower(from))) {
                return new Source(sentence.index(), from, to + 1, begin, end, null, null, true);
            }
            if (NOT_HEADS.contains(lower(to)) || isPunct(toks.get(to).word())) {
                return null;
            }
            return new Source(sentence.index(), from, to + 1, begin, end, null, text.substring(begin, end), false);
        }

        /**
         * The first person named in tokens {@code from} to {@code to} right before "of" or "from",
         * not inside a prepositional phrase ("Ann Lee of Delaware"; not "a spokesman for Ann Lee of
         * Acme"), or null.
         */
        EntityMention personBeforeOf(int from, int to) {
            for (int x = from; x < to; x++) {
                EntityMention n = nameAt[x];
                if (n != null && isPerson(n) && n.tokenBegin() >= from && n.tokenEnd() < to
                        && Set.of("of", "from").contains(lower(n.tokenEnd())) && !afterPreposition(n, from)) {
                    return n;
                }
            }
            return null;
        }

        /** A name inside a prepositional phrase of the phrase that starts at {@code from} ("a spokesman for Ann Lee"). */
        boolean afterPreposition(EntityMention n, int from) {
            for (int x = from; x < n.tokenBegin(); x++) {
                if (Set.of("for", "of", "at", "with", "from", "by", "to", "in", "on").contains(lower(x))) {
                    return true;
                }
            }
            return false;
        }

        /** A noun phrase ending at {@code j}: a name, a pronoun, or determiner + words + noun. */
        /**
         * The noun phrase ending at {@code j} that a bound relative clause after it speaks for
         * ("Republicans who say", "40 percent who say", "those who believe"), or null: never a
         * pronoun, a verb or a word that opens a question ("asked who said").
         */
        Source relativeHead(int j) {
            if (lower(j).equals("those")) {
                return new Source(sentence.index(), j, j + 1, toks.get(j).begin(), toks.get(j).end(), null, "those",
                        false);
            }
            if (nameAt[j] == null && !isNounLike(j)) {
                return null;
            }
            // without tags, only a plural noun or a figure ("voters", "40 percent"), not a verb or an
            // adjective that takes a question ("it is unclear who said", "Lee asks who said")
            String w = lower(j);
            if (!tagged() && nameAt[j] == null && !w.equals("percent") && (w.length() < 4 || !w.endsWith("s")
                    || w.endsWith("ss") || j > 0 && (nameAt[j - 1] != null || PRONOUNS.contains(lower(j - 1))))) {
                return null;
            }
            Source head = core(j);
            // "Tom Kim, a party leader who endorsed Lee, said …": a clause inside an apposition
            // describes the one named before it, who is the sentence's source
            return head == null || head.pronoun() || head.tokenEnd() != j + 1
                    || head.tokenBegin() > 0 && lower(head.tokenBegin() - 1).equals(",") ? null : head;
        }

        Source core(int j) {
            if (j < 0) {
                return null;
            }
            if (toks.get(j).word().equals("-RRB-") || toks.get(j).word().equals(")")) {
                // "Ann Lee (D-Del.)": the name before the parenthesis
                int open = j - 1;
                while (open >= 0 && j - open < 8 && !toks.get(open).word().equals("-LRB-") && !toks.get(open).word().equals("(")) {
                    open--;
                }
                return open > 0 && j - open < 8 ? core(open - 1) : null;
            }
            String w = lower(j);
            if (PRONOUNS.contains(w)) {
                return new Source(sentence.index(), j, j + 1, toks.get(j).begin(), toks.get(j).end(), null, null, true);
            }
            if (RESPONDENTS.contains(w) && j > 0 && nameAt[j] == null) {
                // "those surveyed said", "58 percent of voters polled said", "eight in 10 voters
                // overall said": the word after the noun only says who answered
                Source head = lower(j - 1).equals("those") ? new Source(sentence.index(), j - 1, j,
                        toks.get(j - 1).begin(), toks.get(j - 1).end(), null, "those", false)
                        : isNounLike(j - 1) || nameAt[j - 1] != null || shareStart(j - 1) >= 0 ? core(j - 1) : null;
                if (head == null || head.pronoun() || head.tokenEnd() != j) {
                    return null;
                }
                int e = toks.get(j).end();
                return new Source(sentence.index(), head.tokenBegin(), j + 1, head.begin(), e, head.name(),
                        head.name() != null ? head.title() : text.substring(head.begin(), e), false);
            }
            if (nameAt[j] != null) {
                EntityMention m = nameAt[j];
                int from = m.tokenBegin();
                Source office = officeOfPlace(m, j);
                if (office != null) {
                    return office;
                }
                Source kin = relativeOfPerson(m, j);
                if (kin != null) {
                    return kin;
                }
                if (!isPerson(m)) {
                    // "Sen. Ann Lee of North Dakota", "Ann Lee of the conservative Harbor Review":
                    // the person speaks; the place or body only says which one
                    Source person = personOwning(from, j);
                    if (person != null) {
                        return person;
                    }
                }
                // a title right before the name ("U.S. Attorney Rebecca Hale") is the name's role
                String title = null;
                if (from > 0 && titleAt[from - 1] != null) {
                    EntityMention t = titleAt[from - 1];
                    title = t.text();
                }
                // the words that modify the name belong to the phrase ("Democratic pollster Ann Lee",
                // "the campaign's spokesman Ann Lee"): where the phrase starts tells whether a
                // comma or a quote stands before it
                // ("After Ann Lee asked …": a word that opens a clause is none of them, tagged or not)
                int titleEnd = from;
                while (from - 1 >= 0 && !SUBORDINATORS.contains(lower(from - 1))
                        && (titleAt[from - 1] != null || nameAt[from - 1] != null || isNounLike(from - 1)
                        || joinedHyphen(from - 1) || joinedHyphen(from) || from - 2 >= 0 && joinedHyphen(from - 2)
                        || isAdjective(from - 1) || Set.of("the", "a", "an", "his", "her", "their", "its", "'s", "'")
                                .contains(lower(from - 1)))) {
                    from--;
                }
                if (title == null && from < titleEnd) {
                    String pre = text.substring(toks.get(from).begin(), toks.get(titleEnd - 1).end());
                    title = pre.isBlank() ? null : pre;
                }
                Source named = coordinated(new Source(sentence.index(), from, j + 1, toks.get(from).begin(),
                        toks.get(j).end(), m, title, false));
                Source modified = headBeforeNamedModifier(named, j);
                return modified != null ? modified : named;
            }
            Source some = quantifier(j);
            if (some != null) {
                return some;
            }
            if (j >= 1 && lower(j).matches("\\d{1,4}[a-z]?|[ivx]{1,5}") && NUMBERED_DOCUMENTS.contains(lower(j - 1))
                    && Character.isUpperCase(toks.get(j - 1).word().charAt(0))) {
                // "Rule 7 says that appeals …", "Article 12 states that …": a numbered part of a text
                int from = j - 1 > 0 && lower(j - 2).equals("the") ? j - 2 : j - 1;
                int b = toks.get(from).begin();
                int e = toks.get(j).end();
                return new Source(sentence.index(), from, j + 1, b, e, null, text.substring(b, e), false);
            }
            int aged = ageStart(j);
            if (aged >= 0) {
                // "The 54-year-old said …": an age with "the" is one person the story named before
                if (aged == 0 || !lower(aged - 1).equals("the")) {
                    return null; // ("a 54-year-old said": someone new)
                }
                int b = toks.get(aged - 1).begin();
                int e = toks.get(j).end();
                return new Source(sentence.index(), aged - 1, j + 1, b, e, null, text.substring(b, e), false);
            }
            if (!isNounLike(j)) {
                // a share of those polled: "Six in 10 say", "Nearly a third said"
                int share = shareStart(j);
                return share < 0 ? null : new Source(sentence.index(), share, j + 1, toks.get(share).begin(),
                        toks.get(j).end(), null, text.substring(toks.get(share).begin(), toks.get(j).end()), false);
            }
            int from = j;
            // (a conjunction the tagger may read as a noun opens a clause: "…, while officials said")
            while (from - 1 >= 0 && !Set.of("while", "whereas").contains(lower(from - 1))
                    && (isNounLike(from - 1) || NP_WORDS.contains(lower(from - 1))
                    || titleAt[from - 1] != null || nameAt[from - 1] != null || isAdjective(from - 1)
                    || joinedHyphen(from - 1) || joinedHyphen(from) || from - 2 >= 0 && joinedHyphen(from - 2)
                    || Set.of("percent", "%").contains(lower(from)) && NUMBER.matcher(lower(from - 1)).matches())) {
                from--; // ("Forty-two percent of voters": the hyphen joins the number; "22 percent": the figure)
            }
            for (int k = from; k < j; k++) {
                // an age inside the phrase: "the 54-year-old senator" (the number joined by hyphens)
                int a = lower(k).equals("old") ? ageStart(k) : -1;
                if (a >= 0 && a < from) {
                    from = a > 0 && Set.of("the", "a", "an").contains(lower(a - 1)) ? a - 1 : a;
                    break;
                }
            }
            if (from == 1 && lower(0).endsWith("ing") && nameAt[0] == null && titleAt[0] == null
                    && Character.isUpperCase(toks.get(0).word().charAt(0)) && isNounLike(from)) {
                // "Mining companies said …", "Shipping lines said …": a word in -ing that opens the
                // sentence right before the noun, with no comma, is the noun's modifier, not a verb
                from = 0;
            }
            // do not begin on a preposition ("for the campaign")
            while (from < j && Set.of("of", "for", "at").contains(lower(from))) {
                from++;
            }
            // "Chairman Ann Lee of North Dakota", "Ann Lee of the county board": the person speaks
            for (int x = from; x < j; x++) {
                EntityMention n = nameAt[x];
                if (n != null && isPerson(n) && n.tokenEnd() < j
                        && Set.of("of", "from").contains(lower(n.tokenEnd())) && !afterPreposition(n, from)) {
                    Source person = core(n.tokenEnd() - 1);
                    if (person != null && person.name() == n) {
                        int b = toks.get(from).begin();
                        return new Source(sentence.index(), from, j + 1, b, toks.get(j).end(), n, person.title(), false);
                    }
                    if (group(person)) {
                        return through(person, j); // "Ann Lee and Tom Kim of the Harbor Institute"
                    }
                }
            }
            // "Ann Lee of Dover, Delaware": the person before the place speaks
            Source person = personOwning(from, j);
            if (person != null) {
                return person;
            }
            // "Officials at the port said", "Democrats in the county said": a phrase after a
            // preposition only modifies the noun before it, which heads the source
            int headEnd = postModifiedHead(from);
            if (headEnd >= 0 && !depthGuard) {
                depthGuard = true;
                try {
                    Source head = isNounLike(headEnd) || nameAt[headEnd] != null ? core(headEnd) : null;
                    if (head != null && !head.pronoun() && head.tokenEnd() == headEnd + 1) {
                        int hb = head.begin();
                        return new Source(sentence.index(), head.tokenBegin(), j + 1, hb, toks.get(j).end(),
                                head.name(), head.name() != null ? head.title() : text.substring(hb, toks.get(j).end()),
                                false);
                    }
                } finally {
                    depthGuard = false;
                }
            }
            int b = toks.get(from).begin();
            int e = toks.get(j).end();
            return coordinated(new Source(sentence.index(), from, j + 1, b, e, null, text.substring(b, e), false));
        }

        /**
         * A quantifier that is a whole subject ending at {@code j}: "Some say …", "Most believe …",
         * "others said …", "a few said …", "most of them said …" (with "of them", "of those" or "of
         * us" after it). It opens its clause: at the sentence's start or after a comma, a dash, a
         * semicolon, a conjunction or "as" ("as many believe"); never after a determiner ("the few")
         * nor before a noun ("some voters" is a noun phrase, read as one), nor before an adverb in
         * -ly ("most recently known as" is a degree). The quantifier is the source, with no name.
         */
        Source quantifier(int j) {
            int q = j;
            if (j >= 2 && OF_WHOM.contains(lower(j)) && lower(j - 1).equals("of")) {
                q = j - 2; // "most of them"
            }
            int second = j == q && j >= 1 && lower(j).equals("other") && lower(j - 1).equals("the") ? j - 1
                    : j == q && lower(j).equals("another") ? j : -1;
            if (second >= 0) {
                // "One believes the tax is fair; the other believes it is not", "one says …, while
                // another says …": the second of those a "one" before it in the sentence opened; never
                // before an auxiliary ("One was to cut costs. The other was ensuring that …": aims)
                boolean opens = second == 0 || isPunct(lower(second - 1)) || CLAUSE_OPENERS.contains(lower(second - 1));
                boolean oneBefore = false;
                for (int k = 0; k < second; k++) {
                    oneBefore |= lower(k).equals("one") && nameAt[k] == null;
                }
                String next = j + 1 < toks.size() ? lower(j + 1) : "";
                if (!opens || !oneBefore || BE_OR_HAVE.contains(next)) {
                    return null;
                }
                int b = toks.get(second).begin();
                return new Source(sentence.index(), second, j + 1, b, toks.get(j).end(), null, text.substring(b, toks.get(j).end()), false);
            }
            if (!QUANTIFIERS.contains(lower(q)) || nameAt[q] != null
                    || j + 1 < toks.size() && lower(j + 1).endsWith("ly")) {
                return null; // "most recently known as", "many of them derisively known as": an adverb's degree
            }
            int from = q > 0 && lower(q).equals("few") && lower(q - 1).equals("a") ? q - 1 : q;
            if (q > 0 && lower(q).equals("others") && lower(q - 1).equals("the")) {
                from = q - 1; // "the others said"
            }
            if (from > 0) {
                String before = lower(from - 1);
                if (!isPunct(before) && !CLAUSE_OPENERS.contains(before) && !isQuoteMark(from - 1)) {
                    return null;
                }
            }
            int b = toks.get(from).begin();
            int e = toks.get(j).end();
            return new Source(sentence.index(), from, j + 1, b, e, null, text.substring(b, e), false);
        }

        /** Only one level of post-modifier is read ("leaders of the party in the county": "the party in the county"). */
        private boolean depthGuard;

        /** Whether a source is people who speak together ({@link #coordinated}): no one name, names joined by "and". */
        boolean group(Source src) {
            if (src == null || src.name() != null || src.pronoun() || nameAt[src.tokenEnd() - 1] == null) {
                return false;
            }
            for (int x = src.tokenBegin(); x < src.tokenEnd(); x++) {
                if (Set.of("and", "&").contains(lower(x))) {
                    return true;
                }
            }
            return false;
        }

        /** A group source carried on to token {@code j}, what qualifies its last member included. */
        Source through(Source group, int j) {
            int b = group.begin();
            int e = toks.get(j).end();
            return new Source(sentence.index(), group.tokenBegin(), j + 1, b, e, null, text.substring(b, e), false);
        }

        /**
         * Where a conjunct of a coordination that ends at {@code k} ends its name: {@code k} itself, or
         * the person before a place or body that only says which one ("Ann Lee of Dover and …"), or
         * before an apposition in commas ("Ann Lee, a nurse, and …", {@code k} the comma that closes
         * it); -1 when there is no person there.
         */
        int conjunctName(int k) {
            if (toks.get(k).word().equals(",")) {
                int c = k - 1;
                while (c > 0 && k - c < 16 && !toks.get(c).word().equals(",") && !isQuoteMark(c)) {
                    c--;
                }
                if (c > 0 && c < k - 1 && toks.get(c).word().equals(",") && nameAt[c - 1] != null
                        && isPerson(nameAt[c - 1])
                        && (titleAt[c + 1] != null || NP_WORDS.contains(lower(c + 1))
                                || Character.isLowerCase(toks.get(c + 1).word().charAt(0)))) {
                    return c - 1;
                }
                return -1;
            }
            if (nameAt[k] != null && isPerson(nameAt[k])) {
                return k;
            }
            int own = nameAt[k] != null ? k : -1; // a body's own name may hold "of" ("Bank of Dover")
            for (int x = nameAt[k] != null ? nameAt[k].tokenBegin() - 1 : k; x > 0 && k - x < 6; x--) {
                if (Set.of("of", "from").contains(lower(x))) {
                    return nameAt[x - 1] != null && isPerson(nameAt[x - 1]) ? x - 1 : own;
                }
                boolean placeWord = Character.isUpperCase(toks.get(x).word().charAt(0)) || lower(x).equals("the");
                if (!placeWord || isQuoteMark(x)) {
                    break;
                }
            }
            return own;
        }

        /**
         * The last token of the noun that a phrase starting at {@code start} modifies after a
         * preposition of place or membership ("Officials at the port", "Analysts at Brightmoor")
         * or an adjective of closeness ("Sources close to the governor", "people familiar with the
         * talks"), or -1.
         */
        int postModifiedHead(int start) {
            // (the tagger may read the participle as a past: "Photos posted on …")
            if (receivedBy(start) || start >= 3 && tagged() && Set.of("VBN", "VBD").contains(toks.get(start - 2).pos())
                    && POST_MODIFIERS.contains(lower(start - 1)) && isNounLike(start - 3)) {
                // "Affidavits filed in the case say", "Photos posted on social media show": a
                // participle's place only says where the noun came out; "Documents obtained by the
                // Herald show": who got hold of a text is not who wrote it
                return start - 3;
            }
            if (start >= 3 && !tagged() && POST_MODIFIERS.contains(lower(start - 1)) && lower(start - 2).matches("[a-z]+ed")
                    && untaggedPlural(start - 3)) {
                // "Passengers stranded at Belvoir Airport said" in a sentence the tagger did not read
                return start - 3;
            }
            if (start >= 2 && POST_MODIFIERS.contains(lower(start - 1))) {
                return start - 2;
            }
            if (start >= 3 && Set.of("to", "with").contains(lower(start - 1)) && CLOSE_TO.contains(lower(start - 2))) {
                return start - 3;
            }
            return -1;
        }

        /**
         * Whether the phrase at {@code start} follows a noun, a participle of getting or reading a
         * text (class {@code access}) and "by" ("documents obtained by", "records reviewed by"): the
         * noun is the source, never the one who read it.
         */
        boolean receivedBy(int start) {
            return start >= 3 && lower(start - 1).equals("by") && tagged() && "VBN".equals(toks.get(start - 2).pos())
                    && access.test(toks.get(start - 2).lemma().toLowerCase(Locale.ROOT)) && isNounLike(start - 3);
        }

        /**
         * Whether token {@code k} of a sentence the tagger did not read looks like a plural common
         * noun: letters, small ones after the first, ending in "s" but not "ss", "us" or "is", and no
         * title or name ("Analysts", "passengers"; not "Williams", "his", "says").
         */
        boolean untaggedPlural(int k) {
            String w = toks.get(k).word();
            return nameAt[k] == null && w.length() > 3 && w.substring(1).matches("[a-z]+")
                    && w.matches("[a-zA-Z][a-z]*[^siu]s") && !Set.of("says", "does", "was", "has", "this",
                            "thus", "its", "yes", "hers", "ours", "theirs", "whereas", "news", "sometimes", "perhaps")
                            .contains(w.toLowerCase(Locale.ROOT));
        }

        /** Whether token {@code k} is a proper noun written with a capital (tags read). */
        private boolean properNoun(int k) {
            return tagged() && toks.get(k).pos().startsWith("NNP") && Character.isUpperCase(toks.get(k).word().charAt(0));
        }

        /**
         * The source headed by a common noun that a named phrase only modifies: "Analysts at
         * Brightmoor and Kessling said" (the analysts of both firms speak, never the second firm
         * alone), "Officials at Brightmoor said", "People close to Ann Lee said"; the whole phrase
         * as written, with no one entity (as "officials at the port" has none). Null when no common
         * noun heads it ("Ann Lee at the rally", "a spokesman for Acme", who speaks for Acme).
         */
        Source headBeforeNamedModifier(Source named, int j) {
            if (depthGuard) {
                return null;
            }
            int x = named.tokenBegin();
            // names joined after the preposition: "at Brightmoor and Kessling", "at the Ostrel Bank and Kessling"
            // (the tagger may read a firm as a place, which names no speaker)
            // (a comma alone sets off an apposition: "the vote in Dunmore, Ann Lee" joins nothing)
            boolean joined = false;
            while (x >= 2 && (Set.of("and", "&").contains(lower(x - 1)) || joined && lower(x - 1).equals(","))
                    && (nameAt[x - 2] != null || properNoun(x - 2))) {
                joined = true;
                if (nameAt[x - 2] != null) {
                    x = nameAt[x - 2].tokenBegin();
                } else {
                    x -= 2;
                    while (x >= 1 && properNoun(x - 1)) {
                        x--;
                    }
                }
                if (x >= 1 && lower(x - 1).equals("the")) {
                    x--;
                }
            }
            int headEnd = postModifiedHead(x);
            if (headEnd >= 0 && nameAt[headEnd] != null && isPerson(nameAt[headEnd])
                    && nameAt[headEnd].tokenEnd() == headEnd + 1 && !isPerson(named.name() == null ? nameAt[j] : named.name())) {
                // "Ann Lee at Acme said": the person speaks, the firm only says where she works
                depthGuard = true;
                try {
                    Source person = core(headEnd);
                    if (person != null && person.name() == nameAt[headEnd]) {
                        return new Source(sentence.index(), person.tokenBegin(), j + 1, person.begin(), toks.get(j).end(),
                                person.name(), person.title(), false);
                    }
                } finally {
                    depthGuard = false;
                }
                return null;
            }
            // (a common noun, no quantity: "More from Ann Lee" is no source)
            // (untagged, a plural in small letters: "Analysts at Bramwell Capital said")
            if (headEnd < 0 || nameAt[headEnd] != null || !isNounLike(headEnd)
                    || !tagged() && !untaggedPlural(headEnd)
                    || tagged() && (!toks.get(headEnd).pos().startsWith("NN") || toks.get(headEnd).pos().startsWith("NNP"))
                    || QUANTIFIERS.contains(lower(headEnd)) || Set.of("more", "less", "much").contains(lower(headEnd))) {
                return null;
            }
            // a document never heads the source: "A statement from Acme said", "A letter from Ann Lee said"
            // keep the named speaker
            String headLemma = toks.get(headEnd).lemma() == null ? lower(headEnd) : toks.get(headEnd).lemma().toLowerCase(Locale.ROOT);
            if ((document.test(headLemma) || document.test(lower(headEnd))) && !receivedBy(x)) {
                return null;
            }
            // nor a name set off by a comma after the head's phrase: "the winner in Thessaly, Ann Lee"
            for (int y = headEnd + 1; y < j; y++) {
                if (toks.get(y).word().equals(",") && !joined) {
                    return null;
                }
            }
            depthGuard = true;
            try {
                Source head = core(headEnd);
                if (head == null || head.pronoun() || head.name() != null || head.tokenEnd() != headEnd + 1) {
                    return null;
                }
                int b = head.begin();
                int e = toks.get(j).end();
                return new Source(sentence.index(), head.tokenBegin(), j + 1, b, e, null, text.substring(b, e), false);
            } finally {
                depthGuard = false;
            }
        }

        /**
         * A source that is the last of a coordination ("Ann Lee and Tom Kim said", "Lee, Kim and
         * Ortiz said", "Ann Lee and the council said") speaks with the others: no one of them is the
         * speaker, so the whole phrase is, as a group with no name of its own; else {@code src}.
         * Only names, titles and determiners join the list, and the first conjunct must be a name
         * or a pronoun, so a common noun ("the pilots and the council") or a fronted phrase
         * ("According to Lee, Kim and Ortiz said") is never drawn in.
         */
        Source coordinated(Source src) {
            int from = src.tokenBegin();
            if (from < 2 || !Set.of("and", "&").contains(lower(from - 1))) {
                return src;
            }
            int start = -1;
            int k = from - 2;
            if (toks.get(k).word().equals(",")) {
                int appositive = conjunctName(k);
                if (appositive >= 0) {
                    k = appositive; // "Ann Lee, a nurse, and Tom Kim said"
                } else if (k >= 1 && nameAt[k - 1] != null) {
                    k--; // "Lee, Kim, and Ortiz said"
                }
            }
            while (k >= 0) {
                // one conjunct ending at k: a name with its titles, or a pronoun
                int b;
                int named = conjunctName(k);
                if (named >= 0) {
                    b = nameAt[named].tokenBegin();
                    // its titles and modifiers ("former Gov. Ann Lee", "the district's Tom Kim")
                    while (b - 1 >= 0) {
                        if (b >= 2 && Set.of("'s", "'").contains(lower(b - 1)) && nameAt[b - 2] != null) {
                            b = nameAt[b - 2].tokenBegin(); // "Reuters' Tom Kim", before "'s" is read as a modifier
                        } else if (titleAt[b - 1] != null || isAdjective(b - 1) || lower(b - 1).equals("the")) {
                            b--;
                        } else {
                            break;
                        }
                    }
                } else if (Set.of("he", "she", "i", "we", "they").contains(lower(k)) && start < 0) {
                    b = k;
                } else if (Set.of(")", "-RRB-").contains(toks.get(k).word())) {
                    Source inner = core(k); // "Ann Lee (D-Del.) and Tom Kim"
                    if (inner == null || inner.name() == null) {
                        break;
                    }
                    b = inner.tokenBegin();
                } else {
                    break;
                }
                if (b > 0 && Set.of("to", "by", "of", "for", "with", "from", "at", "in", "on", "about", "against")
                        .contains(lower(b - 1))) {
                    break; // "According to Lee, Kim and Ortiz said": Lee is no conjunct
                }
                start = b;
                if (b >= 2 && toks.get(b - 1).word().equals(",") && (nameAt[b - 2] != null
                        || Set.of(")", "-RRB-").contains(toks.get(b - 2).word()))) {
                    k = b - 2;
                    continue;
                }
                break;
            }
            // a possessive whose owner is no name does not open the phrase ("MSNBC's Tom Kim and …")
            if (start < 0) {
                return src;
            }
            while (start < from && (Set.of("'s", "'").contains(lower(start)) || lower(start).equals(","))) {
                start++;
            }
            if (start >= from - 1) {
                return src;
            }
            int b = toks.get(start).begin();
            return new Source(sentence.index(), start, src.tokenEnd(), b, src.end(), null, text.substring(b, src.end()),
                    false);
        }

        /**
         * "The mayor of Ashby Vale said", "Residents of Kelby said": a name ending at {@code j} right
         * after "of" and a noun whose "of" names a place (class {@code place-office}) only says
         * where; the noun's phrase speaks and names no one, however the tagger read the place (an
         * unknown town is often a person to it). Null for any other shape.
         */
        Source officeOfPlace(EntityMention m, int j) {
            int of = m.tokenBegin() - 1;
            if (m.tokenEnd() != j + 1 || of < 1 || !lower(of).equals("of") || nameAt[of - 1] != null) {
                return null;
            }
            Token head = toks.get(of - 1);
            String lemma = head.lemma() == null ? lower(of - 1) : head.lemma().toLowerCase(Locale.ROOT);
            if (!placeOffice.test(lower(of - 1)) && !placeOffice.test(lemma)) {
                return null;
            }
            int from = of - 1;
            while (from - 1 >= 0 && !SUBORDINATORS.contains(lower(from - 1)) && nameAt[from - 1] == null
                    && (titleAt[from - 1] != null || isAdjective(from - 1) || joinedHyphen(from - 1)
                            || isNounLike(from - 1) && !isPunct(toks.get(from - 1).word())
                            || Set.of("the", "a", "an", "some", "many", "several", "two", "three").contains(lower(from - 1)))) {
                from--;
            }
            int b = toks.get(from).begin();
            int e = toks.get(j).end();
            return new Source(sentence.index(), from, j + 1, b, e, null, text.substring(b, e), false);
        }

        /**
         * "The widow of Ann Lee said", "a cousin of the late Tom Kim said": a person named right after
         * "of" and a noun of relation (class {@code relative}) only says whose relative speaks; the
         * noun's phrase speaks, as a role of no name, and the person named never does ("Lee's son",
         * "her son" are read so as well). Null for any other shape.
         */
        Source relativeOfPerson(EntityMention m, int j) {
            int of = m.tokenBegin() - 1;
            if (m.tokenEnd() != j + 1 || of < 1 || !lower(of).equals("of") || !isPerson(m) || nameAt[of - 1] != null
                    || titleAt[of - 1] != null) {
                return null;
            }
            Token head = toks.get(of - 1);
            String lemma = head.lemma() == null ? lower(of - 1) : head.lemma().toLowerCase(Locale.ROOT);
            if (!head.isNoun() || !relative.test(lower(of - 1)) && !relative.test(lemma)) {
                return null;
            }
            int from = of - 1;
            while (from - 1 >= 0 && !SUBORDINATORS.contains(lower(from - 1)) && nameAt[from - 1] == null
                    && titleAt[from - 1] == null && !isPunct(toks.get(from - 1).word())
                    && (isAdjective(from - 1) || Set.of("the", "a", "an", "his", "her", "their", "one", "another")
                            .contains(lower(from - 1)))) {
                from--;
            }
            int b = toks.get(from).begin();
            int e = toks.get(j).end();
            return new Source(sentence.index(), from, j + 1, b, e, null, text.substring(b, e), false);
        }

        /**
         * The person a phrase ending at {@code j} and starting at {@code from} only qualifies: left of
         * it, past a few words of its own ("the conservative", "Dover,"), "of" or "from" after a
         * person's name ("Ann Lee of Dover, Delaware", "Ann Lee of the Harbor Review"); else null.
         */
        Source personOwning(int from, int j) {
            int x = from - 1;
            int commas = 0;
            while (x >= 1 && from - x <= 6 && !Set.of("of", "from").contains(lower(x))) {
                String w = toks.get(x).word();
                boolean comma = w.equals(",") && commas++ == 0;
                if (!(comma || Set.of("the", "a", "an").contains(lower(x)) || isAdjective(x)
                        || Character.isUpperCase(w.charAt(0)) && nameAt[x] == null && !isQuoteMark(x)
                        || nameAt[x] != null && !isPerson(nameAt[x]) || isNounLike(x))) {
                    return null;
                }
                x--;
            }
            if (x >= 1 && Set.of("of", "from").contains(lower(x)) && (nameAt[x - 1] == null
                    || !isPerson(nameAt[x - 1]))) {
                return personBeforeRole(x, j);
            }
            if (x < 1 || !Set.of("of", "from").contains(lower(x)) || nameAt[x - 1] == null
                    || !isPerson(nameAt[x - 1])) {
                return null;
            }
            Source person = core(x - 1);
            if (group(person)) {
                return through(person, j); // "Ann Lee and Tom Kim of the Harbor Institute"
            }
            if (person == null || person.name() != nameAt[x - 1]) {
                return null;
            }
            return new Source(sentence.index(), person.tokenBegin(), j + 1, person.begin(), toks.get(j).end(),
                    person.name(), person.title(), false);
        }

        /**
         * "Ann Lee, president and CEO of Acme Corp. said": a person, a comma, then a role of a few
         * words (one of them a title) that ends at {@code of} before the body; the person speaks, the
         * role with its body to {@code j} is the person's title. Null when no such person stands there.
         */
        Source personBeforeRole(int of, int j) {
            boolean title = false;
            int y = of - 1;
            while (y > 0 && of - y <= 6 && !toks.get(y).word().equals(",")) {
                if (nameAt[y] != null || isQuoteMark(y) || isPunct(toks.get(y).word()) || RELATIVE.contains(lower(y))
                        || v(y)) {
                    return null;
                }
                title |= titleAt[y] != null;
                y--;
            }
            if (!title || y < 1 || !toks.get(y).word().equals(",") || nameAt[y - 1] == null
                    || !isPerson(nameAt[y - 1])) {
                return null;
            }
            Source person = core(y - 1);
            if (person == null || person.name() != nameAt[y - 1]) {
                return null;
            }
            String role = text.substring(toks.get(y + 1).begin(), toks.get(j).end());
            return new Source(sentence.index(), person.tokenBegin(), j + 1, person.begin(), toks.get(j).end(), person.name(),
                    role, false);
        }

        /** Whether token {@code y} is a verb, as far as the tags tell (untagged: none is). */
        private boolean v(int y) {
            return tagged() && toks.get(y).isVerb();
        }

        /** The token after a phrase that starts at {@code i} (a name, pronoun, or noun phrase). */
        /**
         * Whether token {@code k} is a hyphen or slash written between two words with no space
         * ("Texas-based", "Secretary-Treasurer", "CAIR-SV/CC"), which the tokenizer splits; the
         * compound is one word of the phrase.
         */
        /**
         * Where an age that ends at token {@code j} starts ("54-year-old", as one token or as five:
         * a number, a hyphen, "year", a hyphen, "old", with no space between), or -1.
         */
        int ageStart(int j) {
            String w = lower(j);
            if (w.matches("\\d{1,3}-years?-old")) {
                return j;
            }
            if (!w.equals("old") || j < 4 || !Set.of("year", "years").contains(lower(j - 2))
                    || !lower(j - 1).equals("-") || !lower(j - 3).equals("-")
                    || !(lower(j - 4).matches("\\d{1,3}") || NUMBER_WORDS.contains(lower(j - 4)))) {
                return -1;
            }
            for (int k = j - 3; k <= j; k++) {
                if (toks.get(k - 1).end() != toks.get(k).begin()) {
                    return -1;
                }
            }
            return j - 4;
        }

        boolean joinedHyphen(int k) {
            return k > 0 && k + 1 < toks.size() && (toks.get(k).word().equals("-") || toks.get(k).word().equals("/"))
                    && toks.get(k - 1).end() == toks.get(k).begin() && toks.get(k).end() == toks.get(k + 1).begin()
                    && Character.isLetter(toks.get(k - 1).word().charAt(0)) && Character.isLetter(toks.get(k + 1).word().charAt(0));
        }

        int phraseEnd(int i) {
            int k = i;
            while (k < toks.size() && (nameAt[k] != null || titleAt[k] != null || isNounLike(k)
                    || k > i && joinedHyphen(k) || k > i + 1 && joinedHyphen(k - 1)
                    || NP_WORDS.contains(lower(k)) && !lower(k).equals("that") || isAdjective(k)
                    || PRONOUNS.contains(lower(k)) && k == i || Set.of("him", "her", "them", "us", "me").contains(lower(k)))) {
                boolean possessive = lower(k).equals("her") && k + 1 < toks.size()
                        && ("PRP$".equals(toks.get(k).pos()) || !toks.get(k).isTagged()
                                && (titleAt[k + 1] != null || nameAt[k + 1] != null || isNounLike(k + 1)));
                if (!possessive && (Set.of("him", "her", "them", "us", "me").contains(lower(k)) || PRONOUNS.contains(lower(k)))) {
                    return k + 1; // ("said her lawyer Ann Lee": "her" before a noun opens the phrase)
                }
                if (k > i && DETERMINERS.contains(lower(k)) && (isNounLike(k - 1) || nameAt[k - 1] != null)) {
                    return k; // "telling reporters the search had taken weeks": a determiner after a noun opens the next phrase
                }
                k++;
            }
            return k;
        }

        /**
         * The noun phrase that follows the head noun of {@code src} with no word between, when a
         * relative clause with no pronoun opens there ("a move | shopkeepers", "The man | police",
         * "the bill | state lawmakers", "the funds | the charity"): after the first noun of the
         * phrase, at a determiner or a noun; null when the phrase holds no such break.
         */
        Source afterHeadNoun(Source src) {
            int n = src.tokenBegin();
            while (n < src.tokenEnd() && !(isNounLike(n) && toks.get(n).isNoun())) {
                n++;
            }
            int b = n + 1;
            if (b >= src.tokenEnd() || !(NP_WORDS.contains(lower(b)) && !Set.of("of", "for", "at", "'s", "'").contains(lower(b))
                    || toks.get(b).isNoun())) {
                return null;
            }
            int e = src.tokenEnd() - 1;
            return new Source(src.sentence(), b, e + 1, toks.get(b).begin(), toks.get(e).end(), null,
                    text.substring(toks.get(b).begin(), toks.get(e).end()), false);
        }

        boolean isNounLike(int i) {
            Token t = toks.get(i);
            if (inTime[i]) {
                return false;
            }
            if (!tagged()) {
                String w = t.word();
                return Character.isLetter(w.charAt(0)) && !NOT_HEADS.contains(w.toLowerCase(Locale.ROOT))
                        && !NP_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !BETWEEN.contains(w.toLowerCase(Locale.ROOT))
                        && (t.lemma().equalsIgnoreCase(w) || w.endsWith("s")) && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT));
            }
            return t.isNoun();
        }

        boolean isAdjective(int i) {
            if (!tagged()) {
                return false;
            }
            String p = toks.get(i).pos();
            return p.startsWith("JJ") || p.equals("CD") || p.equals("POS") || p.equals("PRP$");
        }
    }
}
