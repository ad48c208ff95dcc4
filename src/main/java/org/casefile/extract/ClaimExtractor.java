package org.casefile.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.EntityType;
import org.casefile.domain.Polarity;
import org.casefile.domain.Stance;
import org.casefile.ingest.Citation;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.TimeMention;
import org.casefile.nlp.Token;

/**
 * Finds who said what, in three stages:
 * <ol>
 * <li>attributions: each speech cue with its source phrase and its content, from the sentence's
 * grammar ({@link Attributions});</li>
 * <li>quotes ({@link QuoteSpans}): a quote inside an attribution's content is that claim; a quote
 * with none is the continuation of the quote before it in the same paragraph, or of the previous
 * paragraph's quote when its paragraph is only a quote; otherwise it has no speaker;</li>
 * <li>speakers: the name in the source phrase (the entity it belongs to), a pronoun resolved to
 * the person the text last attributed speech to or last named, or the phrase itself for a source
 * that is no name ("officials", "the indictment"); and a stance from who speaks and how.</li>
 * </ol>
 * A headline (a first paragraph with no sentence-final punctuation) holds no claims.
 *
 * <p>Thread-safe.
 */
public final class ClaimExtractor {
    private final Rules rules;
    private final Attributions attributions;

    /**
     * Tags where a verb of speech stands in another form than the past ("says", "say"): the past
     * ("said", "told") is read without tags. The other cue roles are words of the source phrase
     * ("the judge", "prosecutors"), which need no tags.
     */
    public SentenceNeeds needs() {
        java.util.Set<String> speech = new java.util.HashSet<>();
        rules.cues().forEach((lemma, roles) -> {
            if (roles.stream().anyMatch(r -> r.startsWith("speech") || r.equals("position") || r.equals("evidence")
                    || r.equals("belief") || r.equals("view-as") || r.equals("intention"))) {
                speech.add(lemma);
            }
        });
        return new SentenceNeeds(java.util.Set.of(), speech, java.util.Set.of(), java.util.Set.of());
    }

    public ClaimExtractor(Rules rules) {
        this.rules = rules;
        this.attributions = new Attributions(rules);
    }

    /** A claim being built: its content pieces, its source and how it was found. */
    private record Draft(List<int[]> pieces, Attributions.Source source, String cueLemma, ClaimKind kind,
            boolean negated, int cueBegin, boolean boundRelative, boolean setOff) {
        int begin() {
            return pieces.get(0)[0];
        }
    }

    /** Auxiliaries and adverbs that may stand between a negation and its verb ("did not publicly say"). */
    private static final java.util.Set<String> VERB_GROUP = java.util.Set.of("do", "does", "did", "has", "have", "had",
            "is", "was", "are", "were", "will", "would", "could", "can", "ca", "should", "may", "might", "wo", "be",
            "been", "also", "yet", "still", "ever", "publicly", "explicitly", "directly", "specifically", "actually");

    /**
     * Words after "said nothing" that leave "nothing" the verb's object ("said nothing about the
     * fire", "said nothing more"), not the subject of what was said ("said nothing had changed").
     */
    private static final java.util.Set<String> AFTER_SAID_NOTHING = java.util.Set.of("about", "on", "of", "to",
            "at", "in", "during", "regarding", "beyond", "since", "after", "when", "while", "publicly", "then", "yet",
            "as", "before", "until", "and", "but", "for");
    /** Words after "nothing" that leave it open which it is: "said nothing more." / "said nothing more could be done". */
    private static final java.util.Set<String> NOTHING_MORE = java.util.Set.of("more", "further", "else", "new");

    /**
     * Whether the verb of speech at token {@code cue} is negated in its own verb group ("did not
     * say", "has never claimed", "wouldn't say") or says nothing ("said nothing about the cause"):
     * the speaker is not asserting what follows.
     */
    static boolean negated(Sentence s, int cue) {
        List<Token> toks = s.tokens();
        int after = cue + 1;
        while (after < toks.size() && toks.get(after).isAdverb() && !toks.get(after).word().equalsIgnoreCase("little")) {
            after++;
        }
        int past = after + 1; // "nothing more", "nothing new": the word after those decides
        if (past < toks.size() && NOTHING_MORE.contains(toks.get(past).word().toLowerCase(Locale.ROOT))) {
            past++;
        }
        // ("said little during the hearing", "said little about his plans": next to nothing was said)
        if (after < toks.size() && (toks.get(after).word().equalsIgnoreCase("nothing")
                || toks.get(after).word().equalsIgnoreCase("little") && past < toks.size())
                && (past >= toks.size() || !Character.isLetter(toks.get(past).word().charAt(0))
                        || AFTER_SAID_NOTHING.contains(toks.get(past).word().toLowerCase(Locale.ROOT)))) {
            return true; // "said nothing about the cause", "publicly said nothing.": nothing was asserted
        }
        return negatedVerbGroup(s, cue);
    }

    /** Words after "said nothing" that open what nothing was said about ("said nothing about the fire"). */
    private static final Set<String> NOTHING_TOPIC = Set.of("about", "on", "of", "regarding", "to", "beyond", "concerning");

    /**
     * Where the words of "said nothing" or "said little" end when a clause or phrase of the writer's
     * follows them ("said nothing as he left the stadium", "said little during the hearing"): after
     * "nothing" (and "more", "further", "else" or "new"); -1 when the verb says nothing of the kind,
     * or a topic follows ("said nothing about the fire") or nothing does.
     */
    static int saidNothingEnd(Sentence s, int cue) {
        List<Token> toks = s.tokens();
        int after = cue + 1;
        while (after < toks.size() && toks.get(after).isAdverb() && !toks.get(after).word().equalsIgnoreCase("little")) {
            after++;
        }
        if (after >= toks.size() || !toks.get(after).word().equalsIgnoreCase("nothing")
                && !toks.get(after).word().equalsIgnoreCase("little") || !negated(s, cue)) {
            return -1;
        }
        int last = after;
        if (last + 1 < toks.size() && NOTHING_MORE.contains(toks.get(last + 1).word().toLowerCase(Locale.ROOT))) {
            last++;
        }
        if (last + 1 >= toks.size() || !Character.isLetter(toks.get(last + 1).word().charAt(0))
                || NOTHING_TOPIC.contains(toks.get(last + 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return toks.get(last).end();
    }

    /** Whether {@code text[from, to)} holds two words or more: what a cut keeps must still say something. */
    private static boolean twoWordsOrMore(String text, int from, int to) {
        return text.substring(from, to).strip().split("\\s+").length >= 2;
    }

    /** Negations of a verb group: "not", "n't", "never". */
    private static final Set<String> NOT = Set.of("not", "n't", "never");

    /** Whether a negation stands in the verb group before token {@code verb} ("did not say", "would never add"). */
    private static boolean negatedVerbGroup(Sentence s, int verb) {
        List<Token> toks = s.tokens();
        for (int x = verb - 1; x >= 0 && verb - x <= 4; x--) {
            String w = toks.get(x).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (NOT.contains(w)) {
                return true;
            }
            if (!VERB_GROUP.contains(w) && !toks.get(x).isAdverb()) {
                return false; // an adverb may stand between too: "would not immediately say"
            }
        }
        return false;
    }

    /** Words that open a source phrase and deny that anyone in it spoke ("No official said …"). */
    private static final java.util.Set<String> NO_ONE = java.util.Set.of("no", "neither", "none", "nobody", "nor");

    /**
     * Whether the source phrase says that no one spoke: it opens with, or comes right after, "no",
     * "neither", "none", "nobody" or "nor", or after one of them and "of" ("Neither side said when
     * the fighting would stop", "No one from the family said …", "None of the ministers said whether
     * …", "Neither Ann Lee nor her lawyer said …"). Like a negated verb of speech, the claim is kept
     * as what was not said. "Both sides said", "No fewer than 12 witnesses said" and "In no
     * uncertain terms, Ann Lee said" keep their claims.
     */
    static boolean noOneSpeaks(Sentence s, Attributions.Source source) {
        if (source == null || source.sentence() != s.index() || source.tokenBegin() < 0
                || source.tokenBegin() >= s.tokens().size()) {
            return false;
        }
        if (source.name() != null) {
            return false; // a named speaker spoke ("In no uncertain terms Ann Lee said")
        }
        List<Token> toks = s.tokens();
        int b = source.tokenBegin();
        String first = toks.get(b).word().toLowerCase(Locale.ROOT);
        String next = b + 1 < toks.size() ? toks.get(b + 1).word().toLowerCase(Locale.ROOT) : "";
        if (NO_ONE.contains(first)) {
            return !Set.of("fewer", "more", "less").contains(next); // "No fewer than 12 witnesses said" spoke
        }
        String before = b >= 1 ? toks.get(b - 1).word().toLowerCase(Locale.ROOT) : "";
        if (NO_ONE.contains(before)) {
            return true; // "No one from the family", "Neither Ann Lee nor her lawyer"
        }
        // "None of the ministers", "Neither of the two judges"
        return before.equals("of") && b >= 2 && NO_ONE.contains(toks.get(b - 2).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The verb of speech a cue refuses ("declined to say whether …", "refused to comment on …",
     * "declined to immediately say"), or -1: a verb of refusal (claim-cues.txt: {@code refusal})
     * with a verb of speech in its "to" clause. Like a negated saying, the source asserts nothing
     * of what follows.
     */
    private int refusedSaying(Sentence s, int cue, String cueLemma) {
        List<Token> toks = s.tokens();
        if (cueLemma == null || !rules.isCue(cueLemma, "refusal") || cue + 2 >= toks.size()
                || !toks.get(cue + 1).word().equalsIgnoreCase("to")) {
            return -1;
        }
        int k = cue + 2;
        while (k + 1 < toks.size() && toks.get(k).isAdverb()) {
            k++; // "declined to immediately say"
        }
        String verb = toks.get(k).lemma().toLowerCase(Locale.ROOT);
        return rules.isCue(verb, "speech") || rules.isCue(verb, "speech-that") || rules.isCue(verb, "refusal-object")
                ? k : -1;
    }

    /** The claims of a document, given its quotes ({@link QuoteSpans#find} of its text). */
    List<Claim> extract(AnnotatedDocument annotated, DocumentEntities entities, List<QuoteSpans.Quote> allQuotes) {
        return extract(annotated, entities, allQuotes, attributions(annotated, entities, allQuotes));
    }

    /**
     * Stage one of {@link #extract}: each speech cue of the document (after its headline) with its
     * source phrase and content, in text order. The events read them too (a named source's saying).
     */
    List<Attributions.Found> attributions(AnnotatedDocument annotated, DocumentEntities entities,
            List<QuoteSpans.Quote> allQuotes) {
        int headlineEnd = headlineEnd(annotated.document().text());
        List<QuoteSpans.Quote> quotes = allQuotes.stream().filter(q -> q.begin() >= headlineEnd).toList();
        List<Attributions.Found> found = new ArrayList<>();
        Map<Integer, List<EntityMention>> mentionsBySentence = new HashMap<>();
        annotated.entities().forEach(m -> mentionsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        Map<Integer, List<TimeMention>> timesBySentence = new HashMap<>();
        annotated.times().forEach(t -> timesBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        int firstQuote = 0;
        for (Sentence s : annotated.sentences()) {
            // quotes are sorted and do not overlap: those that touch this sentence are a run
            while (firstQuote < quotes.size() && quotes.get(firstQuote).outerEnd() < s.begin()) {
                firstQuote++;
            }
            int lastQuote = firstQuote;
            while (lastQuote < quotes.size() && quotes.get(lastQuote).outerBegin() <= s.end()) {
                lastQuote++;
            }
            if (s.begin() >= headlineEnd) {
                // with the quotes right before and after it, which a sentence that is only an
                // attribution may say ("“…?” Ann Lee said.", "Ann Lee said:")
                found.addAll(attributions.of(annotated, s, mentionsBySentence.getOrDefault(s.index(), List.of()), entities::canSpeak,
                        entities::isPerson,
                        quotes.subList(Math.max(0, firstQuote - 1), Math.min(quotes.size(), lastQuote + 1)),
                        timesBySentence.getOrDefault(s.index(), List.of())));
            }
        }
        return found;
    }

    /** {@link #extract(AnnotatedDocument, DocumentEntities, List)} from the document's {@link #attributions}. */
    List<Claim> extract(AnnotatedDocument annotated, DocumentEntities entities, List<QuoteSpans.Quote> allQuotes,
            List<Attributions.Found> found) {
        IngestedDocument doc = annotated.document();
        String text = doc.text();
        int headlineEnd = headlineEnd(text);
        List<QuoteSpans.Quote> quotes = allQuotes.stream().filter(q -> q.begin() >= headlineEnd).toList();
        Map<Integer, List<EntityMention>> mentionsBySentence = new HashMap<>();
        annotated.entities().forEach(m -> mentionsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        Map<Integer, List<TimeMention>> timesBySentence = new HashMap<>();
        annotated.times().forEach(t -> timesBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        // attributions whose content lies inside another's quote or content are the same claim
        List<Draft> drafts = new ArrayList<>();
        boolean[] quoteUsed = new boolean[quotes.size()];
        // quotes that an attribution's content opens with: each is its own claim, never the second
        // half of the split quote before it ("“…,” she said. “…,” she said.")
        boolean[] quoteOpensContent = new boolean[quotes.size()];
        for (Attributions.Found f : found) {
            int qi = firstEndingAfter(quotes, f.contentBegin());
            if (qi < quotes.size() && (Math.abs(quotes.get(qi).outerBegin() - f.contentBegin()) <= 1
                    || Math.abs(quotes.get(qi).begin() - f.contentBegin()) <= 1)) {
                quoteOpensContent[qi] = true;
            }
        }
        // where a content ends before its source's next act ({@link #endBeforeNextAct}, {@link
        // #endBeforeSourcesNextVerb}), a saying inside it ends too ("said she feels safer now and
        // thanked …": "feels" holds only "safer now"; "pointed to comments expressing confidence in
        // the staff and dismissed …": "expressing" holds only "confidence in the staff")
        Map<Integer, List<Integer>> nextActs = new HashMap<>();
        Map<Integer, List<int[]>> laterActs = new HashMap<>();
        for (Attributions.Found f : found) {
            Sentence fs = annotated.sentences().get(f.sentence());
            int cut = endBeforeNextAct(fs, f.cue(), f.contentBegin(), f.contentEnd(), quotes);
            if (cut < f.contentEnd()) {
                nextActs.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(cut);
            }
            // (the next verb of a saying inside another's content ends only sayings that follow it: "said
            // the company told customers about the bugs and stopped shipping" keeps the company's act)
            int next = endBeforeSourcesNextVerb(fs, f.cue(), f.contentBegin(), f.contentEnd(), quotes);
            if (next < f.contentEnd()) {
                laterActs.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(new int[] {cueAt(fs, f.cue()), next});
            }
        }
        for (Attributions.Found f : found) {
            List<int[]> pieces = new ArrayList<>();
            int contentBegin = f.contentBegin();
            if (f.gapBegin() > contentBegin && f.gapEnd() < f.contentEnd()) {
                // "The permit, his campaign said, had been hard to get": the clause around the source
                pieces.add(new int[] {contentBegin, f.gapBegin()});
                pieces.add(new int[] {nextWord(text, f.gapEnd()), f.contentEnd()});
            } else {
                pieces.add(new int[] {contentBegin, f.contentEnd()});
            }
            ClaimKind kind = ClaimKind.REPORTED;
            for (int qi = firstEndingAfter(quotes, f.contentBegin()); qi < quotes.size()
                    && quotes.get(qi).outerBegin() < f.contentEnd(); qi++) {
                QuoteSpans.Quote q = quotes.get(qi);
                if (q.outerBegin() < f.contentEnd() && q.outerEnd() > f.contentBegin()) {
                    quoteUsed[qi] = true;
                    if (Math.abs(q.outerBegin() - f.contentBegin()) <= 1 || Math.abs(q.begin() - f.contentBegin()) <= 1) {
                        kind = ClaimKind.QUOTE;
                        pieces.clear();
                        q.pieces().forEach(p -> pieces.add(new int[] {p.begin(), trimQuoteEnd(text, p)}));
                        // "…," she said, "…": the quote right after the attribution continues it
                        int next = nextQuoteAfterCue(quotes, qi, f, annotated);
                        if (next >= 0 && !quoteOpensContent[next]) {
                            quoteUsed[next] = true;
                            quotes.get(next).pieces().forEach(p -> pieces.add(new int[] {p.begin(), trimQuoteEnd(text, p)}));
                        }
                    }
                }
            }
            Sentence cueSentence = annotated.sentences().get(f.sentence());
            if (kind == ClaimKind.REPORTED && pieces.size() == 1) {
                int[] only = pieces.get(0);
                only[1] = endBeforeOwnPredicate(text, cueSentence, f.cue(), only[0], only[1], quotes);
                only[1] = endBeforeSayingParticiple(cueSentence, only[0], only[1], quotes);
                only[1] = endBeforeSecondSaying(cueSentence, f.cueLemma(), only[0], only[1], quotes);
                only[1] = endBeforeNextAct(cueSentence, f.cue(), only[0], only[1], quotes);
                only[1] = endBeforeSourcesNextVerb(cueSentence, f.cue(), only[0], only[1], quotes);
                int cueAt = cueAt(cueSentence, f.cue());
                only[1] = endAtHeadlineBreak(text, cueAt, only[0], only[1]);
                for (int[] later : laterActs.getOrDefault(f.sentence(), List.of())) {
                    if (cueAt > later[0] && later[1] > only[0] && later[1] < only[1]
                            && twoWordsOrMore(text, only[0], later[1])) {
                        only[1] = later[1];
                    }
                }
                for (int cut : nextActs.getOrDefault(f.sentence(), List.of())) {
                    if (cueAt >= 0 && cueAt < cut && cut > only[0] && cut < only[1]
                            && twoWordsOrMore(text, only[0], cut)) {
                        only[1] = cut;
                    }
                }
            }
            int refusedVerb = refusedSaying(cueSentence, f.cue(), f.cueLemma());
            boolean refused = refusedVerb >= 0;
            if (refused && !pieces.isEmpty() && refusedVerb + 1 < cueSentence.tokens().size()) {
                // "declined to say whether …": what was not said is the clause after the verb of speech
                // (past an adverb or a particle: "declined to comment further on the case" refuses "on
                // the case", "declined to rule out a run" a run)
                int a = refusedVerb + 1;
                while (a + 1 < cueSentence.tokens().size() && (Attributions.REFUSED_ADVERBS.contains(cueSentence.tokens().get(a).word().toLowerCase(Locale.ROOT))
                        || "RP".equals(cueSentence.tokens().get(a).pos()))) {
                    a++;
                }
                int after = cueSentence.tokens().get(a).begin();
                int[] first = pieces.get(0);
                if (first[0] < after && after < first[1]) {
                    pieces.set(0, new int[] {after, first[1]});
                }
            }
            int nothingEnd = kind == ClaimKind.REPORTED && pieces.size() == 1 ? saidNothingEnd(cueSentence, f.cue()) : -1;
            if (nothingEnd > pieces.get(0)[0] && nothingEnd < pieces.get(0)[1]) {
                pieces.get(0)[1] = nothingEnd; // "said nothing as he left": the clause after is the writer's
            }
            drafts.add(new Draft(pieces, f.source(), f.cueLemma(), kind,
                    negated(cueSentence, f.cue()) || refused || noOneSpeaks(cueSentence, f.source()),
                    cueSentence.tokens().get(f.cue()).begin(), f.boundRelative(),
                    Attributions.setOffRelative(cueSentence, f.cue(), f.source())));
        }
        // quotes no attribution covers
        for (int qi = 0; qi < quotes.size(); qi++) {
            QuoteSpans.Quote q = quotes.get(qi);
            if (quoteUsed[qi] || !standsAlone(text, q)) {
                continue;
            }
            List<int[]> pieces = new ArrayList<>();
            q.pieces().forEach(p -> pieces.add(new int[] {p.begin(), trimQuoteEnd(text, p)}));
            // a line that signs the quote names its speaker before any subject of its sentence does
            Attributions.Source signer = signOff(annotated, q);
            if (signer == null) {
                signer = namedAfter(annotated, q);
            }
            Attributions.Source subject = signer != null ? signer
                    : subjectOf(annotated, entities, q, quotes, mentionsBySentence, timesBySentence);
            drafts.add(new Draft(pieces, subject, null, ClaimKind.QUOTE, false, -1, false, false));
        }
        drafts.sort(Comparator.comparingInt(Draft::begin));
        endBeforeNextSource(text, drafts);
        drafts = dropNested(text, rules, drafts);

        List<Claim> claims = new ArrayList<>();
        int[] paragraphs = paragraphStarts(text);
        List<EntityMention> people = annotated.entities().stream().filter(entities::isPerson)
                .sorted(Comparator.comparingInt(EntityMention::end)).toList();
        RoleHolders roles = RoleHolders.of(annotated, entities, rules);
        Speaker last = null;
        int lastParagraph = -1;
        int lastSentence = -1;
        for (Draft d : drafts) {
            int paragraph = paragraphOf(paragraphs, d.begin());
            Speaker speaker;
            if (d.source() == null) {
                // a quote with no attribution: the speaker of the quote before it in this or the last paragraph
                speaker = last != null && paragraph - lastParagraph <= 1 && lastParagraph >= 0 ? last : Speaker.NONE;
            } else if (d.cueLemma() == null) {
                // a quote with no attribution in a sentence whose subject is named: that subject, else as above
                speaker = speakerOf(annotated, entities, people, d.source(), last, claims.isEmpty() ? -1 : lastParagraph, paragraph,
                        lastSentence, quotes, roles, mentionsBySentence);
                if (speaker == Speaker.NONE && last != null && paragraph - lastParagraph <= 1 && lastParagraph >= 0) {
                    speaker = last;
                }
            } else {
                speaker = speakerOf(annotated, entities, people, d.source(), last, claims.isEmpty() ? -1 : lastParagraph, paragraph,
                        lastSentence, quotes, roles, mentionsBySentence);
            }
            // ("the voters who say …" are a detail of the sentence: the quote after it is not theirs; an
            // attribution with no source at all, "Asked whether Lee would run, she said …", is the
            // writer's question and leaves the last speaker the one a pronoun after it stands for)
            if (!speaker.nobody() && !d.boundRelative()) {
                last = speaker;
                lastSentence = d.source() != null ? d.source().sentence() : lastSentence;
            }
            if (!d.boundRelative()) {
                lastParagraph = paragraphOf(paragraphs, d.pieces().get(d.pieces().size() - 1)[0]);
            }
            List<Citation> cites = new ArrayList<>();
            StringBuilder claimText = new StringBuilder();
            for (int[] p : d.pieces()) {
                if (p[1] <= p[0]) {
                    continue;
                }
                cites.add(doc.cite(p[0], p[1]));
                claimText.append(claimText.isEmpty() ? "" : " ").append(text, p[0], p[1]);
            }
            if (cites.isEmpty()) {
                continue;
            }
            String id = doc.id() + ":c" + claims.size();
            claims.add(new Claim(id, speaker.entity(), speaker.name(), claimText.toString(), d.kind(),
                    stance(annotated, d, speaker), cites, d.negated() ? Polarity.NEGATIVE : null));
        }
        return claims;
    }

    /**
     * Relations by which a clause hangs on the verb of speech itself rather than on what was said:
     * a second verb of the same subject ("said the road is safe and urged drivers to …"), an
     * adverbial clause ("…, adding that …", "… before claiming …") or a clause set beside it.
     */
    private static final Set<String> BESIDE_THE_SAYING = Set.of("conj", "advcl", "parataxis");
    /**
     * Prepositions that open a verb's own complement when the parse hangs it as an adverbial
     * clause: "accused the mayor of hiding", "charged him with stealing", "blamed Acme for causing".
     */
    private static final Set<String> GERUND_OBJECT = Set.of("of", "with", "for");
    /** Words and marks left at a content's end when the clause after it is cut off. */
    private static final java.util.regex.Pattern CUT_TAIL = java.util.regex.Pattern.compile(
            "(?:[\\s,;:\u2014\u2013-]|\\b(?:and|but|or|then)\\b)+$");

    /**
     * The end of a reported content that follows its verb of speech ({@code cue}): before the first
     * clause inside it that the parse hangs on the verb of speech, not on the content ({@link
     * #BESIDE_THE_SAYING}; "Ann Lee said the road is safe, and she urged drivers …", "…, adding that
     * …"), unless that clause is quoted or would leave fewer than two words. {@code end} when the
     * sentence was not parsed or no such clause starts inside the content.
     */
    static int endBeforeOwnPredicate(String text, Sentence s, int cue, int begin, int end, List<QuoteSpans.Quote> quotes) {
        if (!s.isParsed() || cue < 0 || cue >= s.tokens().size() || s.tokens().get(cue).end() > begin) {
            return end;
        }
        int cut = end;
        for (org.casefile.nlp.Dependency d : s.childrenOf(cue)) {
            String rel = d.relation().split(":")[0];
            if (!BESIDE_THE_SAYING.contains(rel) || d.dependent() >= s.tokens().size()) {
                continue;
            }
            Token head = s.tokens().get(d.dependent());
            if (head.begin() <= begin || head.begin() >= end) {
                continue;
            }
            int left = leftmostOf(s, d.dependent(), cue);
            int at = s.tokens().get(left).begin();
            if (rel.equals("advcl") && GERUND_OBJECT.contains(s.tokens().get(left).word().toLowerCase(Locale.ROOT))) {
                continue; // "accused the mayor of hiding the audit", "blamed Acme for causing": the verb's own complement
            }
            if (at > begin && at < cut && !inQuote(quotes, head.begin())) {
                cut = at;
            }
        }
        if (cut == end) {
            return end;
        }
        String kept = text.substring(begin, cut);
        java.util.regex.Matcher m = CUT_TAIL.matcher(kept);
        int keptEnd = m.find() ? begin + m.start() : cut;
        return twoWordsOrMore(text, begin, keptEnd) ? keptEnd : end;
    }

    /**
     * The end of a reported content before ", adding …" or ", saying …" outside quotation marks: a
     * participle of a verb of speech after a comma starts the source's next saying, whatever the
     * parse hung it on ("told the Courier that the plan was dead, adding, “…”"); {@code end} when
     * there is none or it would leave fewer than two words.
     */
    private int endBeforeSayingParticiple(Sentence s, int begin, int end, List<QuoteSpans.Quote> quotes) {
        List<Token> toks = s.tokens();
        for (int y = 3; y < toks.size(); y++) {
            Token verb = toks.get(y);
            if (verb.begin() <= begin || verb.begin() >= end || !verb.word().endsWith("ing") || inQuote(quotes, verb.begin())) {
                continue;
            }
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            if (!rules.isCue(lemma, "speech") && !rules.isCue(lemma, "speech-that")) {
                continue;
            }
            // ", adding" or ",” adding" (the comma inside the quote before it)
            int c = y - 1;
            boolean closingMark = toks.get(c).word().matches("[\u201D\"']+|''");
            if (closingMark) {
                c--;
            }
            if (!toks.get(c).word().equals(",") || toks.get(c - 1).begin() < begin) {
                continue;
            }
            return closingMark ? toks.get(c + 1).end() : toks.get(c).begin();
        }
        return end;
    }

    /** Cue roles of a verb that makes a clause someone's saying or demand. */
    private static final List<String> SAYING_ROLES = List.of("speech", "speech-that", "speech-to", "allegation", "denial");

    /**
     * The end of a reported content before what the source did next with no subject of its own
     * ("confirmed that the flight was diverted but would not say why", "said the plant was safe
     * and added that …": "and" or "but", auxiliaries, a negation and adverbs, then a refusal, a
     * negated verb of speech, "added" or the cue's own verb; "said the council voted and then
     * announced the plan" keeps the council's announcing), or before a contrast the writer sets
     * beside it: a clause after ", while" with a saying or a demand of its own (", while
     * campaigners demanded an inquiry"; ", while imports fell" may be what was said). {@code end}
     * when there is none, it lies in a quotation, or it would leave fewer than two words.
     */
    private int endBeforeSecondSaying(Sentence s, String cueLemma, int begin, int end, List<QuoteSpans.Quote> quotes) {
        List<Token> toks = s.tokens();
        for (int y = 1; y + 1 < toks.size(); y++) {
            Token t = toks.get(y);
            if (t.begin() <= begin || t.begin() >= end || inQuote(quotes, t.begin())) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean cut = false;
            if ((w.equals("while") || w.equals("whereas")) && toks.get(y - 1).word().equals(",")) {
                // a contrast the writer adds holds a saying of its own (", while campaigners demanded
                // an inquiry"); ", while imports fell 2 percent" may be what was said
                for (int k = y + 1; k < toks.size() && !cut; k++) {
                    String l = toks.get(k).lemma() == null ? "" : toks.get(k).lemma().toLowerCase(Locale.ROOT);
                    cut = !toks.get(k).word().toLowerCase(Locale.ROOT).endsWith("ing")
                            && SAYING_ROLES.stream().anyMatch(r -> rules.isCue(l, r));
                }
            } else if (w.equals("and") || w.equals("but")) {
                int k = y + 1;
                while (k < toks.size() && k <= y + 4) {
                    String w2 = toks.get(k).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                    if (!NOT.contains(w2) && !VERB_GROUP.contains(w2) && !toks.get(k).isAdverb()) {
                        break;
                    }
                    k++;
                }
                boolean negation = k < toks.size() && negatedVerbGroup(s, k);
                String lemma = k < toks.size() && toks.get(k).lemma() != null ? toks.get(k).lemma().toLowerCase(Locale.ROOT) : "";
                // the source's own next move: a refusal, a saying negated, "added", or the cue's verb again
                // ("said the council voted and then announced the plan": the council announced)
                cut = k < toks.size() && !toks.get(k).word().toLowerCase(Locale.ROOT).endsWith("ing")
                        && (rules.isCue(lemma, "refusal") || negation && rules.isCue(lemma, "speech")
                                || lemma.equals("add") || lemma.equals(cueLemma));
                // ", and head coach Ray Kell agreed", ", but the ministry denied it": another party's
                // answer to the saying, with a subject of its own, is the writer's clause
                cut |= toks.get(y - 1).word().equals(",") && answeringSubject(s, y + 1) > y + 1;
            }
            if (cut) {
                int at = toks.get(toks.get(y - 1).word().equals(",") ? y - 2 : y - 1).end();
                return wordsIn(toks, begin, at) >= 2 ? at : end;
            }
        }
        return end;
    }

    /** Where the verb of speech at token {@code cue} begins, or -1 when it is no token of the sentence. */
    private static int cueAt(Sentence s, int cue) {
        return cue >= 0 && cue < s.tokens().size() ? s.tokens().get(cue).begin() : -1;
    }

    /**
     * The end of a reported content at a line break that closes a headline in title case with no
     * closing mark, the sentence splitter having run it into the next line ("Kim Says She Would
     * Veto The Levy\nKim said on Monday …"): what the headline says ends with its line. {@code end}
     * when the content crosses no line break, the verb of speech ({@code cueBegin}) stands on
     * another line ("Ann Lee, 62\nLee was traveling …, according to the AP" is a caption and a
     * sentence), or the line is no such headline (three or more words of four letters or more,
     * each capitalised).
     */
    static int endAtHeadlineBreak(String text, int cueBegin, int begin, int end) {
        int nl = text.indexOf('\n', begin);
        if (nl < 0 || nl >= end) {
            return end;
        }
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        if (cueBegin < lineStart || cueBegin >= nl) {
            return end;
        }
        String line = text.substring(lineStart, nl).strip();
        if (line.isEmpty() || ".!?:;,\"\u201d'\u2019".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return end;
        }
        int capitalised = 0;
        for (String w : line.substring(begin - lineStart).split("\\s+")) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return end;
                }
                capitalised++;
            }
        }
        int cut = nl;
        while (cut > begin && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return capitalised >= 3 && cut > begin ? cut : end;
    }

    /** Personal pronouns that open a content as its subject ("said she was …", "said that he …"). */
    private static final Set<String> CONTENT_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /**
     * The end of a reported content before the source's next act: "and" or "but" (a comma before it
     * or not), adverbs, then a verb with no subject of its own in the form of the verb of speech,
     * which the content's own verb cannot take ("Lee said he earns $40,000 a year and questioned
     * how …", "said the ferry would stop in June and apologized to commuters", "said she was
     * pleased but lamented that …"). The verb joins the verb of speech, not the content, when the
     * content's first verb has another tense (a modal, or the present after "said"; after a
     * modal a second verb of the content would be a bare form) and, unless after a modal, the
     * content opens with a personal pronoun or the verb is a cue; or when, in the same tense, the
     * content opens with a personal pronoun and the verb is a cue ("said she was tired and wanted
     * to leave"). "said the plan failed and the company lost money", "said the mill closed and has
     * not reopened", "said the suspect fled and was caught" keep the whole. A past participle, or
     * a verb after an adjective or a participle ("said she is shocked and saddened"), counts only
     * as a cue. {@code end} when there is none, it lies in a quotation, the sentence has no tags
     * or the cue does not precede the content, or it would leave fewer than two words.
     */
    private int endBeforeNextAct(Sentence s, int cue, int begin, int end, List<QuoteSpans.Quote> quotes) {
        List<Token> toks = s.tokens();
        if (!s.isTagged() || cue < 0 || cue >= toks.size() || toks.get(cue).end() > begin) {
            return end;
        }
        String cueTag = toks.get(cue).pos();
        if (!Set.of("VBD", "VBZ", "VBP").contains(cueTag)) {
            return end;
        }
        int first = -1;
        int verb = -1;
        for (int y = 0; y < toks.size() && toks.get(y).begin() < end; y++) {
            if (toks.get(y).begin() < begin) {
                continue;
            }
            if (first < 0) {
                first = y;
            }
            if (toks.get(y).isFiniteVerb()) {
                verb = y;
                break;
            }
        }
        if (first < 0 || verb < 0) {
            return end;
        }
        int subject = toks.get(first).word().equalsIgnoreCase("that") ? first + 1 : first;
        boolean pronoun = subject < verb && CONTENT_PRONOUNS.contains(toks.get(subject).word().toLowerCase(Locale.ROOT));
        for (int x = subject + 1; pronoun && x < verb; x++) {
            pronoun = toks.get(x).isAdverb();
        }
        boolean present = Set.of("VBZ", "VBP").contains(cueTag);
        for (int y = verb + 1; y + 1 < toks.size() && toks.get(y).begin() < end; y++) {
            String w = toks.get(y).word().toLowerCase(Locale.ROOT);
            if (!w.equals("and") && !w.equals("but") || inQuote(quotes, toks.get(y).begin())) {
                continue;
            }
            // the tense to compare is that of the nearest verb before the coordinator ("believes Obama
            // was born … and was therefore qualified" joins "was born")
            int near = y - 1;
            while (near > verb && !toks.get(near).isFiniteVerb()) {
                near--;
            }
            String contentTag = toks.get(near).pos();
            // after "would be" or "will have" a coordinated past form may be the participle of the same
            // verb group ("would be released in 2018 and returned to …"): only a cue counts there
            boolean group = contentTag.equals("MD") && near + 1 < toks.size()
                    && Set.of("be", "have").contains(toks.get(near + 1).word().toLowerCase(Locale.ROOT));
            boolean otherTense = contentTag.equals("MD")
                    || (present ? !Set.of("VBZ", "VBP").contains(contentTag) : !contentTag.equals(cueTag));
            int k = y + 1;
            while (k < toks.size() && k <= y + 3 && toks.get(k).isAdverb()) {
                k++;
            }
            if (k >= toks.size() || toks.get(k).begin() >= end) {
                continue;
            }
            Token next = toks.get(k);
            boolean participle = "VBN".equals(next.pos()) && cueTag.equals("VBD") && k == y + 1;
            boolean sameForm = next.pos() != null && (present ? Set.of("VBZ", "VBP").contains(next.pos()) : next.pos().equals("VBD"));
            if (!sameForm && !participle || next.word().toLowerCase(Locale.ROOT).endsWith("ing")) {
                continue;
            }
            int before = toks.get(y - 1).word().equals(",") ? y - 2 : y - 1;
            String beforeTag = toks.get(before).pos() == null ? "" : toks.get(before).pos();
            // (a verb that attributes only with "that" counts only with it: "because of special reserves
            // and continued low prices")
            String nextLemma = next.lemma() == null ? "" : next.lemma().toLowerCase(Locale.ROOT);
            boolean act = rules.isAnyCue(nextLemma) && (!rules.isCue(nextLemma, "speech-that") || rules.isCue(nextLemma, "speech")
                    || k + 1 < toks.size() && toks.get(k + 1).word().equalsIgnoreCase("that"));
            boolean predicate = participle || group || beforeTag.startsWith("JJ") || beforeTag.equals("VBN");
            boolean cut = predicate ? act && (pronoun || otherTense)
                    : otherTense && (contentTag.equals("MD") && !present || pronoun || act) || pronoun && act;
            if (!cut) {
                continue;
            }
            int at = toks.get(before).end();
            return wordsIn(toks, begin, at) >= 2 ? at : end;
        }
        return end;
    }

    /** Verbs that only help another ("it was", "they had", "she would"): no act of their own. */
    private static final Set<String> HELPING = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must");

    /**
     * The end of a reported content that follows its verb of speech before the source's next verb:
     * ", and" or ", but" then a personal pronoun and a verb in the verb of speech's form that is
     * no auxiliary ("said the stadium was safe, and it thanked fans"), or, in a content with no
     * finite verb of its own (an object: "rails against the plan and pledges to …"), "and" or
     * "but" and adverbs then such a verb. {@code end} when there is none, it lies in a
     * quotation, the sentence has no tags or it would leave fewer than two words.
     */
    private int endBeforeSourcesNextVerb(Sentence s, int cue, int begin, int end, List<QuoteSpans.Quote> quotes) {
        List<Token> toks = s.tokens();
        if (cue < 0 || cue >= toks.size() || toks.get(cue).end() > begin) {
            return end;
        }
        Token c = toks.get(cue);
        boolean tagged = s.isTagged();
        String cueWord = c.word().toLowerCase(Locale.ROOT);
        boolean inflected = c.lemma() != null && !c.lemma().equalsIgnoreCase(c.word());
        // (untagged: a past form or an "-s" form of the verb, by its lemma)
        boolean past = tagged ? "VBD".equals(c.pos()) : inflected && !cueWord.endsWith("s") && !cueWord.endsWith("ing");
        boolean present = tagged ? Set.of("VBZ", "VBP").contains(c.pos()) || "NNS".equals(c.pos()) && cueWord.endsWith("s")
                : inflected && cueWord.endsWith("s");
        if (!past && !present) {
            return end;
        }
        boolean finite = false;
        for (int y = cue + 1; y + 2 < toks.size() && toks.get(y).begin() < end; y++) {
            Token t = toks.get(y);
            if (t.begin() < begin) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!w.equals("and") && !w.equals("but") || inQuote(quotes, t.begin())) {
                finite |= t.isFiniteVerb();
                continue;
            }
            boolean comma = toks.get(y - 1).word().equals(",");
            int k = y + 1;
            boolean pronoun = comma && CONTENT_PRONOUNS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))
                    || comma && toks.get(k).word().equalsIgnoreCase("it");
            if (pronoun) {
                k++;
            } else if (finite) {
                continue;
            }
            while (k < toks.size() && k <= y + 4 && toks.get(k).isAdverb()) {
                k++;
            }
            if (k >= toks.size() || toks.get(k).begin() >= end) {
                continue;
            }
            Token v = toks.get(k);
            String lemma = v.lemma() == null ? "" : v.lemma().toLowerCase(Locale.ROOT);
            String vw = v.word().toLowerCase(Locale.ROOT);
            boolean sameForm;
            if (tagged) {
                // (a present "-s" form the tagger read as a plural noun before "to": "and pledges to")
                sameForm = past ? "VBD".equals(v.pos()) : Set.of("VBZ", "VBP").contains(v.pos())
                        || "NNS".equals(v.pos()) && k + 1 < toks.size() && "TO".equals(toks.get(k + 1).pos());
            } else {
                // untagged, only after a pronoun, whose verb it must be
                sameForm = pronoun && Character.isLowerCase(v.word().charAt(0)) && !lemma.equalsIgnoreCase(vw)
                        && !vw.endsWith("ing") && (past ? vw.endsWith("ed") : vw.endsWith("s"));
            }
            if (!sameForm || HELPING.contains(lemma)) {
                continue;
            }
            int at = toks.get(comma ? y - 2 : y - 1).end();
            return wordsIn(toks, begin, at) >= 2 ? at : end;
        }
        return end;
    }

    /** The tokens from {@code begin} to {@code end} that open with a letter or a digit. */
    private static int wordsIn(List<Token> toks, int begin, int end) {
        int words = 0;
        for (Token t : toks) {
            if (t.begin() >= begin && t.end() <= end && Character.isLetterOrDigit(t.word().charAt(0))) {
                words++;
            }
        }
        return words;
    }

    /** Tags of a subject's noun phrase before its verb ("head coach Ray Kell", "the club's doctor", "she"). */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "PRP");
    /** The most words of such a subject. */
    private static final int MAX_SUBJECT = 7;

    /**
     * The verb after a subject at {@code from} when that verb, in the past or the present, says
     * something of its own or answers a saying ("head coach Ray Kell agreed", "the ministry
     * confirmed it", "she denied"); -1 when the words there are no subject then such a verb.
     */
    private int answeringSubject(Sentence s, int from) {
        List<Token> toks = s.tokens();
        int k = from;
        boolean noun = false;
        while (k < toks.size() && k - from < MAX_SUBJECT && toks.get(k).pos() != null && SUBJECT_TAGS.contains(toks.get(k).pos())) {
            noun |= toks.get(k).isNoun() || "PRP".equals(toks.get(k).pos());
            k++;
        }
        if (!noun || k >= toks.size() || !Set.of("VBD", "VBZ").contains(toks.get(k).pos())) {
            return -1;
        }
        String lemma = toks.get(k).lemma() == null ? "" : toks.get(k).lemma().toLowerCase(Locale.ROOT);
        return SAYING_ROLES.stream().anyMatch(r -> rules.isCue(lemma, r)) ? k : -1;
    }

    /** The leftmost token of the subtree under {@code token} that stands after {@code floor}. */
    private static int leftmostOf(Sentence s, int token, int floor) {
        int left = token;
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(token));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (org.casefile.nlp.Dependency c : s.childrenOf(t)) {
                if (c.dependent() > floor && c.dependent() < s.tokens().size()) {
                    left = Math.min(left, c.dependent());
                    todo.push(c.dependent());
                }
            }
        }
        return left;
    }

    /** The first offset from {@code at} that is no white space. */
    private static int nextWord(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * The subject of the sentence a quote with no attribution stands in ("Ann Lee thanked the crew
     * for “…”"), or of the sentence before when the quote opens its own and that one ends with a
     * colon ("Ann Lee continued:"); null when neither names one ({@link Attributions#quoteSubject}).
     */
    private Attributions.Source subjectOf(AnnotatedDocument annotated, DocumentEntities entities, QuoteSpans.Quote q,
            List<QuoteSpans.Quote> quotes, Map<Integer, List<EntityMention>> mentions,
            Map<Integer, List<TimeMention>> times) {
        List<Sentence> sentences = annotated.sentences();
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= q.outerBegin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo >= sentences.size()) {
            return null;
        }
        Sentence s = sentences.get(lo);
        String text = annotated.document().text();
        if (s.begin() < q.outerBegin() && !text.substring(s.begin(), q.outerBegin()).isBlank()) {
            return attributions.quoteSubject(annotated, s, mentions.getOrDefault(s.index(), List.of()), entities::canSpeak, entities::isPerson, quotes,
                    times.getOrDefault(s.index(), List.of()), q.outerBegin());
        }
        if (lo == 0) {
            return null;
        }
        Sentence prev = sentences.get(lo - 1);
        List<Token> pt = prev.tokens();
        String gap = text.substring(Math.min(prev.end(), q.outerBegin()), q.outerBegin());
        if (pt.isEmpty() || !pt.get(pt.size() - 1).word().equals(":") || !gap.isBlank()
                || gap.chars().filter(c -> c == '\n').count() > 2) {
            return null;
        }
        return attributions.quoteSubject(annotated, prev, mentions.getOrDefault(prev.index(), List.of()), entities::canSpeak, entities::isPerson,
                quotes,
                times.getOrDefault(prev.index(), List.of()), prev.end());
    }

    /**
     * The name that signs a quote on the line after it, opened by a dash ("\u201c\u2026\u201d" then
     * "- Ann Lee." or "\u2014 Ann Lee, mayor of Dover"): a person or organisation whose mention
     * opens the line, with nothing after it but a comma and a few words; null otherwise.
     */
    private static Attributions.Source signOff(AnnotatedDocument annotated, QuoteSpans.Quote q) {
        String text = annotated.document().text();
        int k = q.outerEnd();
        boolean newline = false;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            newline |= text.charAt(k) == '\n';
            k++;
        }
        if (!newline || k >= text.length()) {
            return null;
        }
        boolean dash = "-\u2013\u2014".indexOf(text.charAt(k)) >= 0;
        if (dash) {
            k++;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
        } else if (!opensParagraph(text, q.outerBegin())) {
            return null; // with no dash, only a quote that is its own paragraph is signed
        }
        int lineEnd = text.indexOf('\n', k);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - k > 120) {
            return null;
        }
        for (EntityMention m : annotated.entities()) {
            if (m.begin() < k || m.begin() > k + 40 || m.end() > lineEnd || m.entityType() != EntityType.PERSON
                    && m.entityType() != EntityType.ORGANIZATION) {
                continue;
            }
            // a title may stand before the name ("- President Ann Lee, tweeting after the vote")
            String before = text.substring(k, m.begin());
            if (!before.isEmpty() && !(dash && before.matches("(\\p{Lu}[\\p{L}.]*\\s+){1,3}"))) {
                continue;
            }
            String rest = text.substring(m.end(), lineEnd).strip();
            // with no dash the line is only "Name, Affiliation." ("Ann Lee, Harbor Policy Institute.")
            boolean signs = dash ? rest.isEmpty() || rest.equals(".") || rest.startsWith(",")
                    : m.entityType() == EntityType.PERSON && m.text().contains(" ") && SIGNER_REST.matcher(rest).matches();
            if (signs) {
                return new Attributions.Source(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(), m,
                        null, false);
            }
        }
        return null;
    }

    /** A sentence that gives the quote before it to a source it then names ("Those were the words of", "That was how"). */
    private static final java.util.regex.Pattern WORDS_OF = java.util.regex.Pattern.compile(
            "(?:Those|These|That|Such|This)\\s+(?:were|was|are|is)\\s+(?:the\\s+(?:\\p{Ll}+\\s+)?(?:words|message|verdict|view|"
            + "assessment|warning|reaction|response|plea|advice)\\s+(?:of|from)|how)\\s+");

    /**
     * The source a sentence right after a quote names as its speaker: "“…” Those were the words of
     * Mayor Ann Lee, speaking …", "“…” That was how Ann Lee, who runs a shop, described …": the first
     * person or organisation named within a few words after the opening; null otherwise.
     */
    private static Attributions.Source namedAfter(AnnotatedDocument annotated, QuoteSpans.Quote q) {
        String text = annotated.document().text();
        int k = q.outerEnd();
        while (k < text.length() && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        java.util.regex.Matcher m = WORDS_OF.matcher(text).region(k, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        for (EntityMention e : annotated.entities()) {
            if (e.begin() >= m.end() && e.begin() <= m.end() + 30 && (e.entityType() == EntityType.PERSON
                    || e.entityType() == EntityType.ORGANIZATION)
                    && text.substring(m.end(), e.begin()).matches("(?:(?:the|a|an|\\p{Lu}[\\p{L}.]*|\\p{Ll}+)\\s+){0,4}")
                    && !text.substring(m.end(), e.begin()).contains(".")) {
                if (m.group().strip().endsWith("how") && !HOW_SAID.matcher(text).region(e.end(), sentenceEnd(text, e.end())).find()) {
                    return null; // "“Your son is dead.” That was how Ann Lee learned of the crash": she heard it
                }
                return new Attributions.Source(e.sentence(), e.tokenBegin(), e.tokenEnd(), e.begin(), e.end(), e, null, false);
            }
        }
        return null;
    }

    /** Verbs after "That was how NAME" that make the name the one who put it so: "described", "put it", "summed up". */
    private static final java.util.regex.Pattern HOW_SAID = java.util.regex.Pattern.compile(
            "\\b(?:described|put|summed|explained|characteri[sz]ed|called|phrased|framed|recounted|told)\\b");

    /** The offset of the end of the sentence that holds {@code from}: its next period, line break or the text's end. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n' || c == '?' || c == '!') {
                return i;
            }
        }
        return text.length();
    }

    /** What follows the name on a signer's line: a comma and a few capitalised words (a body, a place). */
    private static final java.util.regex.Pattern SIGNER_REST = java.util.regex.Pattern.compile(
            ",(\\s+(\\p{Lu}[\\p{L}.'\u2019&-]*|of|for|and|the|on|at|in|&)){1,8}\\s*\\.?[\"\u201d]?");

    /** Whether offset {@code at} opens its paragraph (only spaces before it on its line). */
    private static boolean opensParagraph(String text, int at) {
        int b = at - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b--;
        }
        return b < 0 || text.charAt(b) == '\n';
    }

    /** Index of the first quote that ends after {@code offset} (quotes are sorted and disjoint). */
    private static int firstEndingAfter(List<QuoteSpans.Quote> quotes, int offset) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).outerEnd() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Who speaks: an entity id (null for a role or document), and the name or phrase as written. */
    private record Speaker(String entity, String name, boolean person, GivenNameGender.Gender gender, boolean oneRole) {
        static final Speaker NONE = new Speaker(null, null, false, null);

        /** Whether no one is named: {@link #NONE}, or an attribution with no source ("Asked whether …"). */
        boolean nobody() {
            return entity == null && name == null;
        }

        Speaker(String entity, String name, boolean person, GivenNameGender.Gender gender) {
            this(entity, name, person, gender, false);
        }

        /** Whether a pronoun of this gender (none: "I") may stand for the speaker. */
        boolean agrees(java.util.Optional<GivenNameGender.Gender> pronoun) {
            return pronoun.isEmpty() || gender == null || gender == pronoun.get();
        }
    }

    /**
     * The gender a person's fullest name (or the name as written, or a title) tells, else the one
     * the text gives the person ("Her father, Ivo Lanz," is a man; "Ivo Lanz said she would stay"
     * a woman: {@link EntityGrouper#genderInText}), or null.
     */
    private static GivenNameGender.Gender genderOf(AnnotatedDocument annotated, DocumentEntities entities, String id,
            String written, String title) {
        String name = id == null ? written : entities.entity(id).map(Entity::name).orElse(written);
        return GivenNameGender.ofName(name, title).or(() -> GivenNameGender.ofName(written, title))
                .or(() -> id == null ? java.util.Optional.empty() : EntityGrouper.genderInText(entities.mentionsOf(id), annotated))
                .orElse(null);
    }

    /**
     * Whether a verb of its own tense stands before the source in its sentence, the source not being
     * a passive's agent ("was overshadowed by his warning that …" is the warning of the one named
     * before, as "his warning that …" opening the clause would be).
     */
    private static boolean ownerAfterVerb(AnnotatedDocument annotated, Attributions.Source src) {
        List<org.casefile.nlp.Token> tokens = annotated.sentences().get(src.sentence()).tokens();
        if (src.tokenBegin() > 0 && src.tokenBegin() <= tokens.size()
                && tokens.get(src.tokenBegin() - 1).word().equalsIgnoreCase("by")) {
            return false;
        }
        return org.casefile.nlp.Token.anyFiniteVerb(tokens, 0, src.tokenBegin());
    }

    private Speaker speakerOf(AnnotatedDocument annotated, DocumentEntities entities, List<EntityMention> people,
            Attributions.Source src, Speaker last, int lastParagraph, int paragraph, int lastSentence, List<QuoteSpans.Quote> quotes,
            RoleHolders roles, Map<Integer, List<EntityMention>> mentionsBySentence) {
        if (src.name() != null) {
            EntityMention m = src.name();
            String id = entities.idOf(m).orElse(null);
            boolean person = entities.isPerson(m);
            return new Speaker(id, m.text(), person, person ? genderOf(annotated, entities, id, m.text(), src.title()) : null);
        }
        if (src.pronoun()) {
            String w = annotated.document().text().substring(src.begin(), src.end()).toLowerCase(Locale.ROOT);
            // an owner's pronoun before a noun of speech ("his warning that …") stands as its subject would,
            // where it opens the clause ("Despite his claims that …"); after a verb of its own tense it may
            // be anyone's ("Reed rejected his claim that …": his is not Reed's)
            if (Set.of("his", "her", "their", "its").contains(w) && ownerAfterVerb(annotated, src)) {
                return Speaker.NONE;
            }
            w = switch (w) {
                case "his" -> "he";
                case "her" -> "she";
                case "their" -> "they";
                case "its" -> "it";
                default -> w;
            };
            if (w.equals("i") || w.equals("we")) {
                // in a transcript ("LEE: I think …") the speaker is the label that opens the paragraph;
                // elsewhere "I" outside quotation marks is the writer, whom the text does not name
                String text = annotated.document().text();
                Speaker label = transcriptLabel(annotated, text, src.begin(), entities);
                if (label != null) {
                    return label;
                }
                // in a question-and-answer interview ("Q: Why did you run? A: I felt …") the answer is
                // the one's the introduction names ("an interview with Ann Lee")
                Speaker answerer = interviewee(annotated, entities, text, src.begin());
                if (answerer != null && !inQuote(quotes, src.begin())) {
                    return answerer;
                }
                if (w.equals("i") && !inQuote(quotes, src.begin()) && !afterColonParagraph(text, src.begin())) {
                    return Speaker.NONE;
                }
            }
            boolean singular = w.equals("he") || w.equals("she") || w.equals("i");
            if (singular) {
                // the last speaker, when "he" or "she" can stand for them; else the nearest person named
                // before whose given name or title does not say otherwise
                var gender = GivenNameGender.ofPronoun(w);
                // the last speaker: a person, or one person known by a role ("A spokeswoman for the county
                // said …. "…," she said": hers, not a person named before her); unless a person opens the
                // sentence right before the pronoun's, after the last speaker's ("Ann Ruiz, a defender,
                // represented him. She said …")
                if (last != null && last.agrees(gender) && !ownedBy(last, w)
                        && (last.person() && paragraph - lastParagraph <= 2 || last.oneRole() && paragraph - lastParagraph <= 1)) {
                    Speaker between = subjectBetween(annotated, entities, mentionsBySentence, last, lastSentence, src, gender, quotes);
                    return between != null ? between : last;
                }
                return nearestPerson(annotated, people, entities, src.begin(), annotated.sentences().get(src.sentence()), gender);
            }
            if (w.equals("they") || w.equals("it") || w.equals("we")) {
                if (last != null && !last.person() && last.entity() != null && paragraph - lastParagraph <= 1) {
                    return last;
                }
                if (last != null && !last.person() && last.entity() == null && nominalBody(last, w)
                        && lastSentence == src.sentence() - 1 && paragraph - lastParagraph <= 1
                        && src.tokenBegin() == 0) {
                    // "The ministry said …. It said …", "Officials said …. They said …": the source of
                    // the sentence just before, a body or a group named by a noun, when the pronoun
                    // opens the next
                    return last;
                }
                if (w.equals("it") && src.tokenBegin() < annotated.sentences().get(src.sentence()).tokens().size()) {
                    // "Acme recalled 400 jars. It said …": the one organisation named just before, with no
                    // thing in between that "it" may be ("Acme sold the plant after a flood. It said …")
                    String id = new Antecedents(annotated, entities)
                            .organisationSaying(annotated.sentences().get(src.sentence()), src.tokenBegin()).orElse(null);
                    if (id != null) {
                        return new Speaker(id, annotated.document().text().substring(src.begin(), src.end()), false, null);
                    }
                }
                return Speaker.NONE;
            }
            return Speaker.NONE;
        }
        // people named side by side who speak together ("Ann Lee and Tom Kim said in a joint
        // statement", "Sens. Ann Lee (D-Del.) and Tom Kim (R-Utah) introduced …, saying"): the first
        // one named stands for the claim's speaker, the phrase as written lists them all; as a group
        // it is no one person a later "he" or "she" may stand for
        String first = firstOfNamed(entities, mentionsBySentence.getOrDefault(src.sentence(), List.of()), src);
        if (first != null) {
            return new Speaker(first, src.title(), false, null);
        }
        // a role that one person of the document holds ("the judge said" after "Judge Ann Lee"): that
        // person, the role as written
        boolean roleTagged = RoleHolders.endsOnTitle(mentionsBySentence.getOrDefault(src.sentence(), List.of()), src);
        java.util.Optional<String> holder = roles.holderOf(src.title(), roleTagged, src.begin());
        if (holder.isPresent()) {
            String id = holder.get();
            return new Speaker(id, src.title(), true, genderOf(annotated, entities, id, src.title(), null));
        }
        // "the 54-year-old" after one person named just before, or after "Ann Lee, 54,": that person
        Speaker aged = agedPerson(annotated, entities, people, src, quotes);
        if (aged != null) {
            return aged;
        }
        // "the company" after one company named in this sentence or the one before: that company
        String company = companyOf(annotated, entities, src);
        if (company != null) {
            return new Speaker(company, src.title(), false, null);
        }
        // a source that is no name: a role, a group, a document ("officials", "the indictment")
        return new Speaker(null, src.title(), false, roleGender(annotated, src), oneRole(annotated, src));
    }


    /** An "and" in a source's phrase (a word of its own; "&" only between letters, "A&B"). */
    private static final java.util.regex.Pattern AND_WORD = java.util.regex.Pattern.compile("\\b(and|&)\\b");
    /** The "and" (or "&") that joins two names of a source, set off by spaces. */
    private static final java.util.regex.Pattern AND_BETWEEN = java.util.regex.Pattern.compile("\\s(and|&)\\s");

    /**
     * The entity of the first of two or more people a source of no one name lists, joined by "and"
     * ("Ann Lee and Tom Kim", "Reps. Ann Lee (D-Del.) and Tom Kim"): every name in it a person's, the
     * first before the "and", a second after it; null for any other source ("Ann Lee and her
     * sister", "Lee and the council", "the widow of Ann Lee").
     */
    private static String firstOfNamed(DocumentEntities entities, List<EntityMention> mentions, Attributions.Source src) {
        if (src.title() == null || !AND_WORD.matcher(src.title()).find()) {
            return null;
        }
        int and = -1;
        java.util.regex.Matcher m = AND_BETWEEN.matcher(src.title());
        while (m.find()) {
            and = src.begin() + m.start();
        }
        if (and < 0) {
            return null;
        }
        EntityMention firstPerson = null;
        boolean after = false;
        for (EntityMention e : mentions) {
            if (e.begin() < src.begin() || e.end() > src.end()) {
                continue;
            }
            if (!entities.isPerson(e)) {
                if (entities.typeOf(e) == EntityType.ORGANIZATION) {
                    return null; // "Ann Lee and the Acme board": not people side by side
                }
                continue; // a state in brackets ("(R-Utah)")
            }
            if (e.end() <= and && firstPerson == null) {
                firstPerson = e;
            } else if (e.begin() > and) {
                after = true;
            }
        }
        if (firstPerson == null || !after) {
            return null;
        }
        return entities.idOf(firstPerson).orElse(null);
    }

    /**
     * Whether a speaker known by a noun phrase ("The ministry", "Officials", "the city council") may be
     * "it" (its last word a body, class {@code body}) or "they" (a plural in -s, or a body).
     */
    private boolean nominalBody(Speaker last, String pronoun) {
        if (last.name() == null || last.name().isBlank()) {
            return false;
        }
        String[] words = last.name().strip().split("\\s+");
        if (words.length > 4) {
            return false;
        }
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean body = rules.inClass(head, "body");
        return pronoun.equals("it") ? body : body || head.endsWith("s") && !head.endsWith("ss") || head.equals("police");
    }

    /** Where the sentence before sentence {@code index} begins, or sentence {@code index} itself when it is the first. */
    private static int previousSentenceBegin(AnnotatedDocument annotated, int index) {
        return annotated.sentences().get(Math.max(0, index - 1)).begin();
    }

    /** "The 54-year-old", "the 54-year-old senator": "the", an age, at most one word in small letters. */
    private static final java.util.regex.Pattern THE_AGED = java.util.regex.Pattern.compile(
            "(?i:the)\\s+(\\d{1,3})-years?-old(?:\\s+\\p{Ll}+)?");

    /** An age set off by commas right after a name: "Ann Lee, 54,", or ending its sentence: "… said Ann Lee, 54." */
    private static final java.util.regex.Pattern AGE_AFTER = java.util.regex.Pattern.compile(
            "^\\s*,\\s*(\\d{1,3})\\s*(?:,|[.;](?!\\d))");

    /** An age as a description in running text: "a 19-year-old man", "the 24-year-old striker". */
    private static final java.util.regex.Pattern AGE_WORD = java.util.regex.Pattern.compile("\\b(\\d{1,3})-years?-old\\b");

    /**
     * The person a source such as "the 54-year-old" stands for: the one person whose name the text
     * set off with that age before ("Ann Lee, 54, …"), else the one person named in the sentence
     * before or earlier in the source's own sentence, outside quotes, whose age is not set off as
     * another. Null with two such people or none ("Ann Lee and Bo Ray met. The 54-year-old said …"
     * names nobody), and for "a 54-year-old", who is someone new.
     */
    private static Speaker agedPerson(AnnotatedDocument annotated, DocumentEntities entities, List<EntityMention> people,
            Attributions.Source src, List<QuoteSpans.Quote> quotes) {
        if (src.name() != null || src.title() == null) {
            return null;
        }
        java.util.regex.Matcher a = THE_AGED.matcher(src.title().strip());
        if (!a.matches()) {
            return null;
        }
        String age = a.group(1);
        String text = annotated.document().text();
        int from = previousSentenceBegin(annotated, src.sentence());
        Set<String> sameAge = new java.util.LinkedHashSet<>();
        Set<String> near = new java.util.LinkedHashSet<>();
        Set<String> otherAge = new java.util.HashSet<>();
        for (EntityMention m : people) {
            if (m.end() > src.begin() || inQuote(quotes, m.begin())) {
                continue;
            }
            String id = entities.idOf(m).orElse(null);
            if (id == null) {
                continue;
            }
            java.util.regex.Matcher after = AGE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
            if (after.find()) {
                (after.group(1).equals(age) ? sameAge : otherAge).add(id);
            }
            if (m.begin() >= from) {
                near.add(id);
            }
        }
        near.removeAll(otherAge);
        if (sameAge.isEmpty()) {
            // the story's last description with that age: "a 19-year-old man was arrested" is someone
            // unnamed, so "the 19-year-old" is nobody the sentence before names; "the 24-year-old
            // striker Joss Calder", "Ann Lee, a 24-year-old nurse," is that person
            Described d = describedAged(annotated, entities, people, src, quotes, age);
            if (d != null) {
                return d.id() == null ? null
                        : new Speaker(d.id(), src.title(), true, genderOf(annotated, entities, d.id(), src.title(), null));
            }
        }
        Set<String> ids = !sameAge.isEmpty() ? sameAge : near;
        if (ids.size() != 1) {
            return null;
        }
        String id = ids.iterator().next();
        return new Speaker(id, src.title(), true, genderOf(annotated, entities, id, src.title(), null));
    }

    /** A description with an age and the person it names, null when it names nobody. */
    private record Described(String id) {
    }

    /**
     * The last description before the source with the source's age, outside quotes, that introduces
     * someone: one beside a person's name ("the 24-year-old striker Joss Calder", "Joss Calder, a
     * 24-year-old striker") gives that person, one with "a" or "an" and no name ("a 19-year-old man
     * was arrested") gives nobody; a description with "the" and no name (an earlier "the
     * 19-year-old said") introduces no one and is passed over. Null when there is no such description.
     */
    private static Described describedAged(AnnotatedDocument annotated, DocumentEntities entities, List<EntityMention> people,
            Attributions.Source src, List<QuoteSpans.Quote> quotes, String age) {
        String text = annotated.document().text();
        java.util.regex.Matcher w = AGE_WORD.matcher(text);
        w.region(0, Math.min(src.begin(), text.length()));
        Described last = null;
        while (w.find()) {
            if (!w.group(1).equals(age) || inQuote(quotes, w.start())) {
                continue;
            }
            String id = null;
            for (EntityMention m : people) {
                if (inQuote(quotes, m.begin()) || entities.idOf(m).isEmpty()) {
                    continue;
                }
                if (m.begin() >= w.end() && m.begin() - w.end() <= 40 && nounPhraseBetween(annotated, w.end(), m.begin())
                        || m.end() <= w.start() && w.start() - m.end() <= 8
                        && text.substring(m.end(), w.start()).matches("\\s*,\\s*(?:(?i:an?|the)\\s+)?")) {
                    id = entities.idOf(m).get();
                    break;
                }
            }
            String before = text.substring(Math.max(0, w.start() - 4), w.start());
            if (id != null) {
                last = new Described(id);
            } else if (before.matches("(?s).*\\b(?i:an?)\\s+")) {
                last = new Described(null);
            }
        }
        return last;
    }

    /** Tags of the words between an age and the name it describes ("-year-old mother of three, Ann Lee"). */
    private static final Set<String> DESCRIPTION_TAGS = Set.of("NN", "NNS", "IN", "CD", "JJ", "DT", ",", "HYPH");

    /** Whether every word from {@code from} to {@code to} is of a noun phrase (nouns, adjectives, "of", a comma). */
    private static boolean nounPhraseBetween(AnnotatedDocument annotated, int from, int to) {
        for (var sentence : annotated.sentences()) {
            if (sentence.end() <= from || sentence.begin() >= to) {
                continue;
            }
            if (sentence.begin() > from) {
                return false; // a sentence break between them
            }
            for (Token t : sentence.tokens()) {
                if (t.begin() >= from && t.end() <= to && (t.pos() == null || !DESCRIPTION_TAGS.contains(t.pos()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "The company", "the airline": "the", at most two words in small letters, a noun of a company's kind. */
    private static final java.util.regex.Pattern THE_COMPANY = java.util.regex.Pattern.compile(
            "(?i:the)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(\\p{Ll}+)");

    /**
     * The one company a source such as "the company" or "the airline" stands for ({@code firm-noun} in
     * {@code word-classes.txt}): "Brisk Toys recalled 400 rattles. The company said …" is Brisk Toys.
     * Only an organisation named before the source in its sentence or in the sentence before, and
     * only when it is the one organisation there and its name says it is a company (a legal form,
     * "Inc.", or a line of business, "Toys"): "The agency fined Acme Corp. The company said …" and
     * "The Vell Transit Authority cut routes. The company said …" name nobody.
     */
    private String companyOf(AnnotatedDocument annotated, DocumentEntities entities, Attributions.Source src) {
        if (src.title() == null) {
            return null;
        }
        java.util.regex.Matcher m = THE_COMPANY.matcher(src.title().strip());
        if (!m.matches() || !rules.inClass(m.group(1), "firm-noun")) {
            return null;
        }
        int from = previousSentenceBegin(annotated, src.sentence());
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (EntityMention e : annotated.entities()) {
            if (e.begin() >= from && e.end() <= src.begin()
                    && entities.typeOf(e) == EntityType.ORGANIZATION && entities.idOf(e).isPresent()) {
                ids.add(entities.idOf(e).get());
            }
        }
        if (ids.size() != 1) {
            return null;
        }
        String id = ids.iterator().next();
        String name = entities.entity(id).map(Entity::name).orElse(null);
        NameRules names = rules.names();
        return name != null && (!names.key(EntityType.ORGANIZATION, name).equals(NameKey.of(name))
                || names.endsLikeBusiness(name)) ? id : null;
    }

    /**
     * The person who opens the sentence right before the pronoun's, when that sentence comes after
     * the last speaker's and the person is another: "Lee said the vote was wrong. Ruiz did not reply.
     * Later, she told reporters …" is Ruiz speaking, the subject of the sentence before. Null when
     * that sentence opens with no person, is the last speaker's own, or the person's name or title
     * says another gender.
     */
    private static Speaker subjectBetween(AnnotatedDocument annotated, DocumentEntities entities,
            Map<Integer, List<EntityMention>> mentionsBySentence, Speaker last, int lastSentence, Attributions.Source src,
            java.util.Optional<GivenNameGender.Gender> gender, List<QuoteSpans.Quote> quotes) {
        int before = src.sentence() - 1;
        if (lastSentence < 0 || before <= lastSentence) {
            return null;
        }
        List<EntityMention> mentions = mentionsBySentence.getOrDefault(before, List.of());
        if (mentions.isEmpty()) {
            return null;
        }
        // (a title before the name, "Mayor Ann Ruiz", is a mention of no entity)
        EntityMention first = mentions.stream().filter(m -> entities.idOf(m).isPresent())
                .min(Comparator.comparingInt(EntityMention::begin)).orElse(null);
        if (first == null) {
            return null;
        }
        List<Token> beforeTokens = annotated.sentences().get(before).tokens();
        if (!entities.isPerson(first) || !opensClause(beforeTokens, first.tokenBegin())
                || first.tokenEnd() < beforeTokens.size() && Token.isPossessiveMark(beforeTokens.get(first.tokenEnd()).word())
                || inQuote(quotes, first.begin())) {
            // (not "Mary Ruiz's lawyer filed a motion": the lawyer acts; not a sentence of a quotation)
            return null;
        }
        String id = entities.idOf(first).orElse(null);
        if (id == null || id.equals(last.entity())) {
            return null;
        }
        Speaker s = new Speaker(id, first.text(), true, genderOf(annotated, entities, id, first.text(), entities.titleOf(first).orElse(null)));
        return s.agrees(gender) ? s : null;
    }

    /** Whether the words before {@code token} leave it the subject: nothing, a title, or an opening phrase and its comma ("Later, Ruiz"). */
    private static boolean opensClause(List<Token> tokens, int token) {
        if (token == 0) {
            return true;
        }
        int comma = -1;
        for (int k = 0; k < token; k++) {
            Token t = tokens.get(k);
            if (t.word().equals(",")) {
                comma = k;
            } else if (t.pos() != null && t.pos().startsWith("VB")) {
                return false; // a verb before it: "Officials said Ruiz …" makes Ruiz no subject of the sentence
            }
        }
        for (int k = comma + 1; k < token; k++) {
            Token t = tokens.get(k);
            if (!"TITLE".equals(t.ner()) && !(t.pos() != null && t.pos().equals("NNP")) && !t.word().equalsIgnoreCase("the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a source that is no name is one person known by a role: its head noun ("A spokeswoman
     * for the county", "Her lawyer") is a singular noun the lists tag as a title or class as a holder
     * of a post, with no "and" in the phrase.
     */
    private boolean oneRole(AnnotatedDocument annotated, Attributions.Source src) {
        Token head = roleHead(annotated, src);
        // (a sentence the tagger did not read has no tags: a plural there ends with "s")
        boolean singular = head != null && (head.pos() == null ? !head.word().endsWith("s") : "NN".equals(head.pos()));
        return singular && ("TITLE".equals(head.ner()) || rules.inClass(head.lemma().toLowerCase(Locale.ROOT), "holder"));
    }

    /**
     * Whether a role speaker's phrase is owned by the pronoun's own person ("Her lawyer said …. Outside
     * court, she said …": the "she" is whoever "her" is, not the lawyer).
     */
    private static boolean ownedBy(Speaker last, String pronoun) {
        if (!last.oneRole() || last.name() == null) {
            return false;
        }
        String owner = last.name().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return pronoun.equals("she") && owner.equals("her") || pronoun.equals("he") && owner.equals("his");
    }

    /** Prepositions that end a role's head in a sentence the tagger did not read ("a spokeswoman for the county"). */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("for", "of", "at", "with", "to", "from", "in", "on");

    /** The noun that heads a source phrase: its last word before a preposition ("spokeswoman" of "A spokeswoman for the county"); null when the phrase holds "and". */
    private static Token roleHead(AnnotatedDocument annotated, Attributions.Source src) {
        List<Token> tokens = annotated.sentences().get(src.sentence()).tokens();
        Token head = null;
        for (int k = src.tokenBegin(); k < Math.min(src.tokenEnd(), tokens.size()); k++) {
            Token t = tokens.get(k);
            if (t.word().equalsIgnoreCase("and") || t.word().equals("&")) {
                return null;
            }
            if ("IN".equals(t.pos()) || "TO".equals(t.pos()) || t.word().equals(",")
                    || t.pos() == null && ROLE_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT))) {
                break;
            }
            head = t;
        }
        return head;
    }

    /** The gender a role's word tells ("spokeswoman", "chairman"), or null. */
    private static GivenNameGender.Gender roleGender(AnnotatedDocument annotated, Attributions.Source src) {
        Token head = roleHead(annotated, src);
        if (head == null) {
            return null;
        }
        String w = head.word().toLowerCase(Locale.ROOT);
        return w.endsWith("woman") ? GivenNameGender.Gender.FEMALE : w.endsWith("man") ? GivenNameGender.Gender.MALE : null;
    }

    /** A speaker's label that opens a transcript's paragraph: capitals, then a colon ("LEE:", "SEN. ANN LEE:"). */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{Lu}.'\u2019 -]{0,40}?\\p{Lu}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,2})\\s*:\\s");

    /** Whether {@code offset} lies inside a quotation. */
    private static boolean inQuote(List<QuoteSpans.Quote> quotes, int offset) {
        for (QuoteSpans.Quote q : quotes) {
            if (offset >= q.outerBegin() && offset < q.outerEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the paragraph holding {@code offset} follows one that ends with a colon ("Ann Lee
     * wrote:"): then it is what that one introduces, quoted without quotation marks.
     */
    private static boolean afterColonParagraph(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1));
        int b = start;
        while (b >= 0 && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        return b >= 0 && text.charAt(b) == ':';
    }

    /**
     * The person whose label opens the paragraph holding {@code offset} in a transcript ("LEE: I
     * think …"): a label in capitals whose last word is the surname of a person the document names
     * ("Ann Lee"); null when the paragraph opens with no label or the label names no such person
     * ("UPDATE:", "Q:").
     */
    private static Speaker transcriptLabel(AnnotatedDocument annotated, String text, int offset, DocumentEntities entities) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        java.util.regex.Matcher m = LABEL.matcher(text).region(start, Math.min(text.length(), offset));
        if (!m.lookingAt()) {
            return null;
        }
        String label = m.group(1).strip();
        String[] words = label.split("[ .]+");
        String surname = words[words.length - 1];
        for (Entity e : entities.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String[] parts = e.name().split("\\s+");
            if (parts.length >= 2 && parts[parts.length - 1].equalsIgnoreCase(surname)) {
                return new Speaker(e.id(), label, true, genderOf(annotated, entities, e.id(), e.name(), null));
            }
        }
        return null;
    }

    /** An answer's label that opens a paragraph of a question-and-answer interview ("A:", "A.", "A -"). */
    private static final java.util.regex.Pattern ANSWER_LABEL = java.util.regex.Pattern.compile("A\\s*[:.\u2014-]\\s");
    /** The question's label of such an interview ("Q:"), which must come before an answer. */
    private static final java.util.regex.Pattern QUESTION_LABEL = java.util.regex.Pattern.compile("(?m)^\\s*Q\\s*[:.\u2014-]\\s");
    /** Where an introduction names the one interviewed: "an interview with", "a conversation with", "a Q&A with". */
    private static final java.util.regex.Pattern INTERVIEW_WITH = java.util.regex.Pattern.compile(
            "(?i)\\b(?:interview|conversation|q&a|q-and-a)\\s+with\\s+");

    /**
     * The person who answers in a question-and-answer interview: the paragraph holding {@code offset}
     * opens with an answer's label ("A: I felt …") after a question's ("Q: …"), and a person is named
     * right after "an interview with" before the first question, past a title ("an interview with Gov.
     * Ann Lee", "a conversation with former minister Tom Kim"); null for any other text.
     */
    private static Speaker interviewee(AnnotatedDocument annotated, DocumentEntities entities, String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (!ANSWER_LABEL.matcher(text).region(start, Math.min(text.length(), offset)).lookingAt()) {
            return null;
        }
        java.util.regex.Matcher q = QUESTION_LABEL.matcher(text);
        if (!q.find() || q.start() >= start) {
            return null;
        }
        java.util.regex.Matcher with = INTERVIEW_WITH.matcher(text).region(0, q.start());
        List<EntityMention> inOrder = annotated.entities().stream().sorted(Comparator.comparingInt(EntityMention::begin)).toList();
        while (with.find()) {
            for (EntityMention m : inOrder) {
                // the name right after "with", a title or two between ("Gov.", "former minister")
                if (m.begin() < with.end() || m.begin() - with.end() > 30
                        || text.substring(with.end(), m.begin()).matches("(?s).*[,.;:\n].*\\S.*|(?s).*[;:\n].*")) {
                    continue;
                }
                if (!entities.isPerson(m) && entities.idOf(m).isEmpty()) {
                    continue; // a title ("former minister")
                }
                if (!entities.isPerson(m)) {
                    break; // "an interview with Harbor Radio"
                }
                String id = entities.idOf(m).get();
                return new Speaker(id, m.text(), true, genderOf(annotated, entities, id, m.text(), null));
            }
        }
        return null;
    }

    /** The nearest person named before {@code offset}, outside quotes, within the last few sentences. */
    private static Speaker nearestPerson(AnnotatedDocument annotated, List<EntityMention> people, DocumentEntities entities, int offset,
            org.casefile.nlp.Sentence sentence, java.util.Optional<GivenNameGender.Gender> gender) {
        int[] asked = openingParticiple(annotated, sentence, offset);
        // people are in text order: the last one that ends before the offset, if near enough
        int lo = 0;
        int hi = people.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && offset - people.get(k).end() < 600; k--) {
            EntityMention m = people.get(k);
            if (onBylineLine(annotated.document().text(), m)) {
                continue; // the writer of a byline ("By Ann Lee") is no "she" of the story
            }
            if (asked != null && m.begin() >= asked[0] && m.end() <= asked[1]) {
                continue; // "Asked whether Lee would run, she said …": who is asked about is not who answers
            }
            String id = entities.idOf(m).orElse(null);
            Speaker s = new Speaker(id, m.text(), true, genderOf(annotated, entities, id, m.text(), entities.titleOf(m).orElse(null)));
            if (s.agrees(gender)) {
                return s;
            }
        }
        return Speaker.NONE;
    }

    /** A sentence's opening "Asked", "When asked", "If asked", "Once asked" (a question put to whoever answers after it). */
    private static final java.util.regex.Pattern ASKED_OPENING = java.util.regex.Pattern.compile("(?i)(?:(?:when|if|once)\\s+)?asked\\b");
    /** Words that may open a clause of a participle: "After meeting Lee, she said", "While visiting Ruiz, he said". */
    private static final Set<String> BEFORE_PARTICIPLE = Set.of("after", "before", "while", "when", "if", "once", "upon",
            "on", "without", "since", "despite");

    /**
     * The span of the participle's clause that opens {@code sentence} before the pronoun at {@code
     * offset}, from the participle's end (or the sentence's start after "Asked") to the last comma
     * before the pronoun ("Asked whether Lee would debate Ruiz, she said …", "After meeting Ruiz, she
     * said …"); null when the sentence opens no such clause. The clause's own subject is the one who
     * speaks after it, so a person it names as what it is about, or as its object, is not who "she"
     * stands for. A finite clause keeps its names ("When Ruiz arrived, she said …").
     */
    private static int[] openingParticiple(AnnotatedDocument annotated, org.casefile.nlp.Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        // the clause ends at the last comma before the pronoun ("Asked on Tuesday, March 6, whether Ruiz would
        // attend, she said"); with none there is no clause of its own ("Retired Gen. Ann Lee is speaking out …
        // he believes")
        Token comma = null;
        for (Token t : tokens) {
            if (t.word().equals(",") && t.end() <= offset) {
                comma = t;
            }
        }
        if (comma == null) {
            return null;
        }
        String text = annotated.document().text().substring(sentence.begin(), comma.begin());
        if (ASKED_OPENING.matcher(text.stripLeading()).lookingAt()) {
            return new int[] {sentence.begin(), comma.begin()};
        }
        int k = BEFORE_PARTICIPLE.contains(tokens.get(0).word().toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (k == 0 && tokens.size() > 1 && ("NNP".equals(tokens.get(1).pos()) || "TITLE".equals(tokens.get(1).ner()))) {
            return null; // "Acting Mayor Ann Lee did not attend, but she said": a participle of a title
        }
        return k < tokens.size() && ("VBG".equals(tokens.get(k).pos()) || "VBN".equals(tokens.get(k).pos()))
                ? new int[] {tokens.get(k).end(), comma.begin()} : null;
    }

    /** A byline's line: "By" and names (no full stop at its end: "By Friday, Ann Lee had resigned." is a sentence). */
    private static final java.util.regex.Pattern BYLINE_LINE = java.util.regex.Pattern.compile("\\s*(?i:by)\\s+\\p{Lu}[^\\n]*");

    /** Whether the mention stands on a line of its own that opens with "By" (a byline). */
    static boolean onBylineLine(String text, EntityMention m) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.begin() - 1)) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return line.length() <= 80 && !line.strip().endsWith(".") && BYLINE_LINE.matcher(line).matches();
    }

    /** Allegation, finding, denial or statement: from who speaks and the verb that reports it. */
    private Stance stance(AnnotatedDocument annotated, Draft d, Speaker speaker) {
        if (d.negated()) {
            // "prosecutors did not say whether …", "declined to say": no accusation, finding or denial is made
            return Stance.STATEMENT;
        }
        String cue = d.cueLemma();
        String source = d.source() == null ? "" : annotated.document().text()
                .substring(d.source().begin(), d.source().end()).toLowerCase(Locale.ROOT);
        boolean adjudicator = hasRoleWord(source, "adjudicator");
        if (cue != null && rules.isCue(cue, "denial")) {
            return Stance.DENIAL;
        }
        if (adjudicator && cue != null && rules.isCue(cue, "finding")) {
            return Stance.FINDING;
        }
        if (cue != null && rules.isCue(cue, "allegation") || hasRoleWord(source, "accuser")) {
            return Stance.ALLEGATION;
        }
        return Stance.STATEMENT;
    }

    private boolean hasRoleWord(String phrase, String role) {
        for (String w : phrase.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && rules.isCue(w, role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quote that follows an attribution of the form {@code "…," she said, "…"}: it opens right
     * after the cue's clause, in the same sentence.
     */
    private static int nextQuoteAfterCue(List<QuoteSpans.Quote> quotes, int qi, Attributions.Found f,
            AnnotatedDocument annotated) {
        if (qi + 1 >= quotes.size()) {
            return -1;
        }
        Sentence s = annotated.sentences().get(f.sentence());
        Token cue = s.tokens().get(f.cue());
        int after = Math.max(cue.end(), f.source().end());
        QuoteSpans.Quote next = quotes.get(qi + 1);
        if (next.outerBegin() < after) {
            return -1;
        }
        String gap = annotated.document().text().substring(after, next.outerBegin());
        // "…," she said, "…" and "…," she said. "…" (no new paragraph between)
        if (gap.matches("[ \\t,;:]*|\\.[ \\t]*")) {
            return qi + 1;
        }
        // "…," she said after the game. "…": the verb's own adjuncts of time, place or manner end
        // its sentence (a few words, no verb of their own, no quote); the next quote goes on
        if (!gap.matches("[^\"\u201c\u201d\n.!?]{1,60}\\.[ \\t]*") || gap.trim().split("\\s+").length > 8
                || gap.matches("(?s).*(,|;|\\b(and|but|or|then|while|as)\\b).*")) {
            return -1;
        }
        for (Token t : s.tokens()) {
            if (t.begin() >= after && t.end() <= next.outerBegin() && t.pos() != null
                    && (t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().startsWith("W") || t.pos().equals("PRP"))) {
                return -1;
            }
        }
        return qi + 1;
    }

    /** A quote with no attribution is a claim when it is a sentence or more, not a phrase in quotes. */
    private static boolean standsAlone(String text, QuoteSpans.Quote q) {
        int words = text.substring(q.begin(), q.end()).trim().split("\\s+").length;
        if (words < 4) {
            return false;
        }
        int before = q.outerBegin() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean opensSentence = before < 0 || "\n.:!?".indexOf(text.charAt(before)) >= 0;
        return opensSentence || words >= 8;
    }

    /**
     * What joins a second attribution to the clause before it: ", and", ", but", a semicolon, a
     * contrast (", while", ", whereas": "74 percent said …, while 22 percent said …") or a
     * comparison (", compared with", ", versus": "60 percent say …, compared with 40 percent who say …").
     */
    private static final java.util.regex.Pattern NEXT_CLAUSE = java.util.regex.Pattern.compile(
            "(?:[,;]\\s*(?:and|but|while|whereas|compared (?:with|to)|versus|vs\\.?)|;)\\s*$");
    /**
     * What joins the same subject's second verb of speech to the first one's words: "and", "but",
     * then an auxiliary, a negation and an adverb, each if any ("and later said", "but did not
     * say", "and has since argued", "but would not immediately say").
     */
    private static final java.util.regex.Pattern NEXT_VERB = java.util.regex.Pattern.compile(
            ",?\\s*\\b(?:and|but)\\s+(?:(?:has|have|had|did|does|do|would|will|could|can|may|might|should)(?:n['\u2019]t)?\\s+"
            + "|(?:won|can)['\u2019]t\\s+)?"
            + "(?:(?:not|never)\\s+)?(?:(?:then|also|later|again|since|still|\\p{Ll}+ly)\\s+)?$");

    /**
     * A reported content ends where another attribution of the same sentence begins inside it: a
     * clause joined by ", and", ", but" or a semicolon that opens with its source ("The council
     * contends that the road is safe, and Ann Lee, the adviser, said her staff …"), or the same
     * subject's second verb of speech after "and" ("Ann Lee called him divisive and accused him of
     * …"); that one is a claim of its own, not the end of the first. Drafts are in text order.
     */
    private static void endBeforeNextSource(String text, List<Draft> drafts) {
        for (int a = 0; a < drafts.size(); a++) {
            Draft d = drafts.get(a);
            if (d.kind() != ClaimKind.REPORTED || d.pieces().size() != 1) {
                continue;
            }
            int[] piece = d.pieces().get(0);
            for (int b = a + 1; b < drafts.size() && drafts.get(b).begin() < piece[1]; b++) {
                Draft o = drafts.get(b);
                Attributions.Source next = o.source();
                if (o.cueLemma() == null || next == null) {
                    continue;
                }
                int cut = -1;
                if (next.begin() > piece[0] && next.begin() < piece[1]) {
                    java.util.regex.Matcher m = NEXT_CLAUSE.matcher(text.substring(piece[0], next.begin()));
                    cut = m.find() ? piece[0] + m.start() : -1;
                } else if (next.end() <= piece[0] && o.cueBegin() > piece[0] && o.cueBegin() < piece[1]) {
                    java.util.regex.Matcher m = NEXT_VERB.matcher(text.substring(piece[0], o.cueBegin()));
                    cut = m.find() ? piece[0] + m.start() : -1;
                }
                if (cut > piece[0]) {
                    piece[1] = cut;
                    break;
                }
            }
        }
    }

    /**
     * Whether {@code inner} is a saying of its own told inside {@code outer}'s content: its source
     * and its verb both stand inside that content, and the verbs differ ("The judge asked why
     * Dovan, who said he was innocent, had fled": Dovan's claim is kept beside the judge's
     * question), when a relative word set off by a comma stands between the source and its verb
     * (a bare nested saying, "Lee said Kim told her …", is left to the outer claim: on PolNeAR
     * `train` most are no attribution of their own). The relative clause is the one
     * {@link Attributions#setOffRelative} reads: "who", or "which" after a named source, never a
     * "which" that takes up the clause before it ("… rejected the budget, which suggests …"). A
     * quote with no verb, or the same verb found twice, is no such saying.
     */
    private static boolean nestedSaying(Draft outer, Draft inner) {
        if (inner.cueLemma() == null || outer.cueLemma() == null || inner.source() == null
                || inner.cueBegin() == outer.cueBegin()) {
            return false;
        }
        int ob = outer.begin();
        int oe = outer.pieces().get(outer.pieces().size() - 1)[1];
        return inner.setOff() && inner.source().begin() >= ob && inner.source().end() < inner.cueBegin()
                && inner.cueBegin() < oe;
    }

    /**
     * Whether {@code inner}'s verb of speech stands inside {@code outer}'s content, which its own
     * source and verb follow ("The study found that fewer trains ran late, researchers said"): the
     * saying inside is part of what the outer source said, not a claim of its own (PolNeAR
     * {@code train} marks such a nested saying 4 times in 22,457 attributions).
     */
    private static boolean insideTrailedContent(Draft outer, Draft inner) {
        if (inner.cueLemma() == null || outer.cueLemma() == null || outer.pieces().size() != 1 || inner.cueBegin() < 0) {
            return false;
        }
        int[] content = outer.pieces().get(0);
        return outer.cueBegin() >= content[1] && inner.cueBegin() > content[0] && inner.cueBegin() < content[1];
    }

    /**
     * Whether {@code outer} is a closing "according to" whose words are a whole saying, source and
     * verb first, and {@code inner} is that saying ("Ann Lee told investigators she had never seen
     * the gun, according to court records"): the record only tells where the writer read it; the
     * claim is the one who spoke and what was said. A record whose words only hold a saying
     * further in ("The gun was never found, and Lee said …, according to …") keeps its claim.
     */
    private static boolean reportedSaying(String text, Rules rules, Draft outer, Draft inner) {
        if (!"according to".equals(outer.cueLemma()) || !insideTrailedContent(outer, inner) || inner.source() == null
                || inner.source().begin() != outer.begin() || inner.kind() != ClaimKind.REPORTED
                || inner.pieces().size() != 1 || !rules.isCue(inner.cueLemma(), "speech")) {
            return false;
        }
        // the saying is the record's whole clause: its words run to the record's and hold no comma
        // ("Lee said the fund, which stood at $4 million, …, according to …" may credit the record
        // with the aside alone)
        // and its verb follows its source, an auxiliary or an adverb at most between ("Lee has
        // said", not a participle further on whose subject was taken from the clause's opening:
        // "Lee won, when delegates declaring support …")
        int[] said = inner.pieces().get(0);
        String between = inner.source().end() <= inner.cueBegin() ? text.substring(inner.source().end(), inner.cueBegin()).strip() : ",";
        return said[1] == outer.pieces().get(0)[1] && text.substring(said[0], said[1]).indexOf(',') < 0
                && between.indexOf(',') < 0 && (between.isEmpty() ? 0 : between.split("\\s+").length) <= 2;
    }

    /**
     * Nested or repeated drafts: keep the first of two whose spans overlap by nine tenths of the
     * shorter, unless the later one is a saying of its own set off inside the first's content
     * ({@link #nestedSaying}: "The judge asked why Dovan, who said he was innocent, had fled" keeps
     * both).
     */
    private static List<Draft> dropNested(String text, Rules rules, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int b = d.begin();
            int e = d.pieces().get(d.pieces().size() - 1)[1];
            boolean dup = false;
            // drafts come sorted by their start: only the last few kept can still reach this one
            for (int x = Math.max(0, out.size() - 8); x < out.size(); x++) {
                Draft o = out.get(x);
                int ob = o.begin();
                int oe = o.pieces().get(o.pieces().size() - 1)[1];
                int overlap = Math.min(e, oe) - Math.max(b, ob);
                if ((overlap > 0 && overlap * 10 >= Math.min(e - b, oe - ob) * 9 || insideTrailedContent(o, d))
                        && !nestedSaying(o, d)) {
                    if (reportedSaying(text, rules, o, d)) {
                        out.set(x, d); // "Ann Lee said …, according to court records": Lee's words
                    }
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * End of the headline: a first paragraph without sentence-final punctuation (0 when none). A
     * full stop or an exclamation mark inside closing single quotes ends a sentence too ("Lee: ‘We
     * Will Win.’"), as a double closing quote does.
     */
    static int headlineEnd(String text) {
        int nl = text.indexOf('\n');
        if (nl <= 0) {
            return 0;
        }
        String first = text.substring(0, nl).strip();
        if (first.isEmpty() || first.endsWith(".") || first.endsWith("\u201D") || first.endsWith("\"")
                || first.matches("(?s).*[.!][\u2019']") || first.split("\\s+").length > 25) {
            return 0;
        }
        return nl;
    }

    private static int trimQuoteEnd(String text, QuoteSpans.Piece p) {
        int e = p.end();
        while (e > p.begin() && " \n".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** The starts of a text's paragraphs (a paragraph is a run of text between line breaks). */
    private static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int paragraphOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
