package org.casefile.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.nlp.Dependency;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;

/**
 * Whether a trigger's clause tells its event as a fact, denies it, or presents it as possible,
 * planned or as what a source said ({@code models/event-modality.txt}; the verbs of speech and
 * accusation of {@code claim-cues.txt}).
 *
 * <p>Decisions, in order of strength: a negation of the event's own clause (or of the verb whose
 * infinitive it is, or of the conjunct it shares its auxiliary with) makes it negative; "declined
 * to", "refused to", "failed to" make it negative; "denied killing" makes it negative and reported.
 * Modality: a condition ("if convicted"), a modal auxiliary ("could", "might", "would") or a verb
 * of possibility ("threatened to", "faces") make it hypothetical; a future auxiliary ("will",
 * "must") or a verb of planning ("plans to", "is scheduled to", "a hearing set for") planned; the
 * complement of a verb of speech or accusation ("prosecutors said he bribed", "accused of
 * killing", "X was arrested, police said"), "allegedly" or "according to" reported. "would" in a
 * reported clause is the future of the past ("said he would appeal"): planned. Otherwise the
 * event is positive and asserted.
 *
 * <p>With a dependency parse the clause is the trigger's own dependents, the verbs it extends
 * (xcomp, conj without an auxiliary of its own) and, for a noun, the verb that carries it ("held no
 * hearing", "could face deportation"); without one, the auxiliaries and adverbs right before the
 * trigger and the words of its clause (up to a comma, a semicolon, "but", "while").
 */
final class EventModality {
    /** The polarity and modality of one trigger. */
    record Reading(Polarity polarity, Modality modality, Modality modalityOfARequest) {
        /**
         * The modality for an event type that is itself a request ("extradition request"): "Iraq
         * wants him extradited", "asked the United States to extradite him" assert the request.
         */
        Modality modalityFor(EventType type) {
            return type.isRequest() ? modalityOfARequest : modality;
        }
    }

    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");
    private static final Set<String> CLAUSE_ENDS = Set.of(";", "but", "while", "whereas", "although", "though");

    private final Rules rules;

    EventModality(Rules rules) {
        this.rules = rules;
    }

    Reading read(Sentence s, int trigger) {
        State st = new State();
        if (s.isParsed()) {
            byParse(s, trigger, st);
        } else {
            byWindow(s, trigger, st);
        }
        st.leaveParticipantsOwn();
        aroundTrigger(s, trigger, st);
        calledOffPlan(s.tokens(), trigger, st);
        if (inFutureTimeClause(s.tokens(), trigger) || inPlannedTimeClause(s.tokens(), trigger)
                || inFutureTimePhrase(s.tokens(), trigger)) {
            st.planned = true;
        }
        if (st.planned && failedPlan(s.tokens(), trigger)) {
            st.hypothetical = true; // "was scheduled to testify on Monday, but the hearing was postponed"
        }
        if (conditionalSentence(s.tokens(), trigger) || underCondition(s.tokens(), trigger)
                || (st.planned || st.would) && conditionAfter(s.tokens(), trigger)) {
            st.hypothetical = true;
        }
        if (counterfactual(s.tokens(), trigger)) {
            st.hypothetical = true; // "would have been charged had he survived": what did not happen
        }
        return st.reading();
    }

    /** Modals that with "have" tell what did not happen or may have: "would have", "could have", "should have". */
    private static final Set<String> PAST_MODALS = Set.of("would", "'d", "could", "should", "might");

    /**
     * Whether a verb trigger follows a modal and "have" in its own verb group ("would have been charged",
     * "could have killed"): a past that did not happen, never the future of a reported past, which has
     * no "have" ("said he would appeal").
     */
    static boolean counterfactual(List<Token> tokens, int trigger) {
        if (!tokens.get(trigger).isVerb() || !"VBN".equals(tokens.get(trigger).pos())) {
            return false;
        }
        int k = trigger - 1;
        while (k >= 0 && (tokens.get(k).isAdverb() || word(tokens.get(k)).equals("been"))) {
            k--;
        }
        return k >= 1 && word(tokens.get(k)).equals("have") && PAST_MODALS.contains(word(tokens.get(k - 1)));
    }

    private static final Set<String> TIME_CONJUNCTIONS = Set.of("when", "once", "after", "before", "until", "till");

    /**
     * A present tense in a clause of time whose sentence speaks of the future ("will wear the livery
     * when it arrives on November 11", "when the court rules, he will appeal"): English puts such a
     * future in the present; the event is still to come.
     */
    static boolean inFutureTimeClause(List<Token> tokens, int trigger) {
        if (timeConjunction(tokens, trigger) < 0) {
            return false;
        }
        for (Token u : tokens) {
            if ("MD".equals(u.pos()) && (u.word().equalsIgnoreCase("will") || u.word().equals("'ll")
                    || u.word().equalsIgnoreCase("shall"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A present tense in a clause of time after a verb of planning ("is set to meet them Monday when he
     * arrives", "plans to sign it once the board agrees"): like a future, the plan puts the clause ahead.
     */
    private boolean inPlannedTimeClause(List<Token> tokens, int trigger) {
        int conjunction = timeConjunction(tokens, trigger);
        for (int i = 0; i + 1 < conjunction; i++) {
            if (word(tokens.get(i + 1)).equals("to") && (tokens.get(i).isVerb() || tokens.get(i).pos().startsWith("JJ"))
                    && cue(tokens.get(i), "planning-verb")) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of a time still ahead of a clause that looks forward: "until a special election", "pending his extradition". */
    private static final Set<String> AHEAD_PREPOSITIONS = Set.of("until", "till", "pending", "before");
    /** Tags of the words between such a preposition and its noun event: "until a special election", "pending his extradition". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "POS", "CD", "HYPH");

    /**
     * A noun event in a phrase of time still to come: "pending his extradition", or "until", "till" or
     * "before" in a clause that speaks of the future ("will serve as acting mayor until a special
     * election", "would stay on until the election of a new council", "plans to stay until the vote"):
     * the event has not happened yet, it is at most planned. A past clause leaves it as it is
     * ("served until the election in 2019": the election was held).
     */
    private boolean inFutureTimePhrase(List<Token> tokens, int trigger) {
        return futureTimePhrase(tokens, trigger) >= 0;
    }

    /**
     * The preposition that opens a noun event's phrase of time still to come ({@link
     * #inFutureTimePhrase}), or -1: the names before it take no part in the event ("Ann Lee will serve
     * as acting mayor until a special election": Ann Lee is no party to the election).
     */
    int futureTimePhrase(List<Token> tokens, int trigger) {
        if (!tokens.get(trigger).isNoun()) {
            return -1;
        }
        int p = trigger - 1;
        while (p >= 0 && trigger - p <= 5 && NOUN_PHRASE_TAGS.contains(tokens.get(p).pos())
                && !AHEAD_PREPOSITIONS.contains(word(tokens.get(p)))) {
            p--;
        }
        if (p < 0 || !AHEAD_PREPOSITIONS.contains(word(tokens.get(p)))) {
            return -1;
        }
        return word(tokens.get(p)).equals("pending") || forwardLooking(tokens, p) ? p : -1;
    }

    /** Whether the clause before the preposition at {@code p} looks ahead: a future or conditional auxiliary, or a verb of planning. */
    private boolean forwardLooking(List<Token> tokens, int p) {
        for (int k = p - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String w = word(t);
            if (w.equals(";") || CLAUSE_ENDS.contains(w) || w.equals("that") || w.equals("who") || w.equals("which")) {
                return false; // another clause
            }
            if ("MD".equals(t.pos()) && (w.equals("will") || w.equals("'ll") || w.equals("wo") || w.equals("shall")
                    || w.equals("would") || w.equals("'d"))) {
                return true;
            }
            if (k + 1 < p && word(tokens.get(k + 1)).equals("to") && (t.isVerb() || t.pos().startsWith("JJ"))
                    && cue(t, "planning-verb")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plan told in the past and contradicted after it: "was scheduled to testify on Monday, but the
     * hearing was postponed", "was expected to resign, but he stayed in office": the plan may not have
     * been carried out, so the event is no plan to put on a timeline, only a possibility. "was" or
     * "were" (with "had been") before a planning word and its "to" right before the trigger, and "but"
     * after it in the sentence.
     */
    private boolean failedPlan(List<Token> tokens, int trigger) {
        int to = trigger - 1;
        while (to >= 0 && trigger - to <= 3 && (tokens.get(to).isAdverb() || "MD".equals(tokens.get(to).pos())
                || word(tokens.get(to)).equals("be"))) {
            to--; // "was due to be sentenced"
        }
        if (to < 1 || !word(tokens.get(to)).equals("to") || !cue(tokens.get(to - 1), "planning-verb")) {
            return false;
        }
        int k = to - 2;
        while (k >= 0 && tokens.get(k).isAdverb()) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String be = word(tokens.get(k));
        boolean past = be.equals("was") || be.equals("were") || be.equals("been") && k > 0 && word(tokens.get(k - 1)).equals("had");
        if (!past) {
            return false;
        }
        for (int j = trigger + 1; j < tokens.size(); j++) {
            if (word(tokens.get(j)).equals("but") && !word(tokens.get(j - 1)).equals("only")) {
                return true;
            }
        }
        return false;
    }

    /** The time conjunction that opens a present-tense trigger's clause, or -1 ({@link #inFutureTimeClause}). */
    private static int timeConjunction(List<Token> tokens, int trigger) {
        Token t = tokens.get(trigger);
        if ("VBN".equals(t.pos()) && trigger >= 1 && TIME_CONJUNCTIONS.contains(word(tokens.get(trigger - 1)))) {
            // a clause of time reduced to its participle ("Once released, he will return to the farm",
            // "Lee will appeal when sentenced"): its act is as far ahead as a present tense's would be
            return trigger - 1;
        }
        if (!"VBZ".equals(t.pos()) && !"VBP".equals(t.pos())) {
            return -1;
        }
        for (int i = trigger - 1; i >= 0 && i >= trigger - 5; i--) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (TIME_CONJUNCTIONS.contains(w)) {
                return i;
            }
            if (tokens.get(i).isVerb() || w.equals(",") || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that open a condition by inversion when they open a statement: "Should he resign, …", "Had he known, …". */
    private static final Set<String> INVERTED_CONDITION = Set.of("should", "had", "were");

    /**
     * A sentence that opens with a condition ("If he is convicted, he will be deported", "Unless Acme
     * pays, the bank will sue") or with its inverted form ("Should he resign, …", "Had he resigned, …"):
     * what the condition and its main clause tell may happen, it has not (yet). "Even if", "as if", "if
     * anything" open no such sentence; a question ("Had he resigned?") is read as one ({@link
     * #yesNoQuestion}). A clause after ";" and an attribution that closes the sentence ("…, Lee said")
     * are outside the condition.
     */
    private boolean conditionalSentence(List<Token> tokens, int trigger) {
        int first = 0;
        while (first < tokens.size() && !Character.isLetterOrDigit(tokens.get(first).word().charAt(0))) {
            first++;
        }
        if (first >= trigger) {
            return false;
        }
        String w = tokens.get(first).word().toLowerCase(Locale.ROOT);
        boolean inverted = INVERTED_CONDITION.contains(w) && first + 1 < tokens.size()
                && (tokens.get(first + 1).pos().startsWith("NN") || tokens.get(first + 1).pos().equals("PRP")
                        || tokens.get(first + 1).pos().equals("DT"));
        // "If anything, …", "If only …" open no condition; "If not stopped, …" does
        boolean ifNot = w.equals("if") && first + 1 < tokens.size() && word(tokens.get(first + 1)).equals("not");
        if (!conditionAt(tokens, first) && !ifNot && !inverted) {
            return false;
        }
        if (tokens.get(tokens.size() - 1).word().equals("?")) {
            return false;
        }
        for (int i = first + 1; i < trigger; i++) {
            if (tokens.get(i).word().equals(";")) {
                return false; // another clause
            }
        }
        for (int i = first + 1; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(",")) {
                // the condition closes with a comma and the main clause follows; an attribution that
                // closes the sentence ("…, Lee said") is no part of it
                return !closingAttribution(tokens, trigger);
            }
        }
        return false;
    }

    /** Words after "if" that make it no condition of a clause: "if any", "if not most", "if anything", "if only". */
    private static final Set<String> NO_CONDITION_AFTER = Set.of("any", "anything", "not", "so", "only", "ever", "necessary",
            "possible", "at", "in");
    /** Words before "if" that make it no condition: "even if", "as if", "only if" is one ("only if paid"). */
    private static final Set<String> NO_CONDITION_BEFORE = Set.of("even", "as");

    /** Whether the token at {@code i} is "if" or "unless" opening a condition (not "as if", "even if", "if any"). */
    private boolean conditionAt(List<Token> tokens, int i) {
        String w = word(tokens.get(i));
        if (!w.equals("if") && !w.equals("unless")) {
            return false;
        }
        if (i > 0 && NO_CONDITION_BEFORE.contains(word(tokens.get(i - 1))) || asksWhether(tokens, i)) {
            return false;
        }
        return i + 1 < tokens.size() && !NO_CONDITION_AFTER.contains(word(tokens.get(i + 1)))
                && Character.isLetterOrDigit(tokens.get(i + 1).word().charAt(0));
    }

    /** How many words may stand between a verb of asking or deciding and its "if" ("decide by June if"). */
    private static final int QUESTION_REACH = 6;

    /**
     * Whether "if" or "whether" at {@code i} asks a question of the verb or adjective before it
     * ({@code question-verb} in event-modality.txt: "will decide if Acme broke the law", "asked the
     * court if", "it is unclear if"): the clause it opens is what is asked (not asserted, read as
     * possible), and no condition of the clause that asks. Only an adverb or a phrase opened by a
     * preposition may stand between ("decide by June if"), or, after "ask", its object; a verb
     * with an object before "if" keeps a condition ("will consider the offer if Acme raises it").
     */
    boolean asksWhether(List<Token> tokens, int i) {
        String w = word(tokens.get(i));
        if (!w.equals("if") && !w.equals("whether")) {
            return false;
        }
        for (int v = i - 1; v >= 0 && v >= i - QUESTION_REACH; v--) {
            Token x = tokens.get(v);
            String xw = word(x);
            if (xw.equals(",") || xw.equals(";") || xw.equals(":")) {
                return false;
            }
            if (x.isVerb() && !auxiliary(x) || x.pos().startsWith("JJ")) {
                if (!cue(x, "question-verb")) {
                    return false;
                }
                if (v + 1 == i || lemma(x).equals("ask")) {
                    return true;
                }
                Token next = tokens.get(v + 1);
                return next.pos().equals("IN") || next.pos().equals("TO") || next.isAdverb();
            }
            if (x.isVerb() || x.pos().equals("MD")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A condition that opens a clause inside the sentence, after "that", a verb of speech, "and" or "but"
     * ("Lee said that if the board agrees, Acme will sell the plant", "…, but unless Acme pays, the bank will
     * sue"): like one that opens the sentence ({@link #conditionalSentence}), it holds from "if" to the end,
     * short of a clause after ";" and of an attribution that closes the sentence ("…, Lee said").
     */
    private boolean underCondition(List<Token> tokens, int trigger) {
        for (int c = 1; c < trigger; c++) {
            String before = word(tokens.get(c - 1));
            boolean opens = before.equals("that") || before.equals("and") || before.equals("but")
                    || tokens.get(c - 1).isVerb() && rules.isCue(lemma(tokens.get(c - 1)), "speech");
            if (!opens || !conditionAt(tokens, c)) {
                continue;
            }
            int comma = -1;
            for (int k = c + 2; k < tokens.size() && comma < 0; k++) {
                if (word(tokens.get(k)).equals(",")) {
                    comma = k;
                }
            }
            if (comma < 0 || tokens.get(tokens.size() - 1).word().equals("?")) {
                return false;
            }
            for (int k = c; k < trigger; k++) {
                if (word(tokens.get(k)).equals(";")) {
                    return false;
                }
            }
            return !closingAttribution(tokens, trigger);
        }
        return false;
    }

    /**
     * A planned or would-be event followed in its own clause by a condition ("Acme will sell the plant if
     * the board agrees", "Lee will resign unless the board backs him"): not a plan, a possibility.
     */
    private boolean conditionAfter(List<Token> tokens, int trigger) {
        for (int c = trigger + 1; c < tokens.size(); c++) {
            String w = word(tokens.get(c));
            if (w.equals(";") || w.equals(":") || EventExtractor.clauseBoundary(tokens, c)) {
                return false;
            }
            if (conditionAt(tokens, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger stands in an attribution that closes the sentence after its last comma ("…, Lee
     * said on Monday"); with the trigger right after that comma, whether the sentence closes with one.
     */
    private boolean closingAttribution(List<Token> tokens, int trigger) {
        int lastComma = -1;
        for (int k = tokens.size() - 1; k >= 0 && lastComma < 0; k--) {
            if (word(tokens.get(k)).equals(",")) {
                lastComma = k;
            }
        }
        if (lastComma < 0 || trigger < lastComma || tokens.size() - lastComma > 8) {
            return false;
        }
        // a clause joined by "and", "but" ("…, but her brother was charged") or a relative clause ("…, who
        // they say killed him") is none, nor is a passive
        String first = word(tokens.get(Math.min(lastComma + 1, tokens.size() - 1)));
        if (Set.of("and", "but", "or", "who", "whom", "whose", "which", "that", "where", "when").contains(first)) {
            return false;
        }
        for (int k = lastComma + 1; k < tokens.size(); k++) {
            if (isReportingVerb(tokens.get(k)) && !phraseContent(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** What the cues found so far say. */
    private static final class State {
        boolean negative;
        boolean hypothetical;
        boolean planned;
        boolean reported;
        boolean would;
        /** A verb of asking or wanting governs the event ("wants him extradited"). */
        boolean requested;
        /** A verb of taking part carries the event ({@link #atParticipation}). */
        private boolean participation;
        private boolean hypotheticalBeforeParticipation;
        private boolean wouldBeforeParticipation;

        /**
         * Marks the verb of taking part in the noun event ("attend"): what is possible or wished from it
         * on up is the participant's, not the event's ("moved to Ashby to attend the trial", "may attend
         * the hearing", "would attend the trial": the trial is held all the same; {@link
         * #leaveParticipantsOwn}); a time to come stays ("will attend the hearing on Monday").
         */
        void atParticipation() {
            if (!participation) {
                participation = true;
                hypotheticalBeforeParticipation = hypothetical;
                wouldBeforeParticipation = would;
            }
        }

        /** Drops what the clauses from a verb of taking part on up made possible ({@link #atParticipation}). */
        void leaveParticipantsOwn() {
            if (participation) {
                hypothetical = hypotheticalBeforeParticipation;
                would = wouldBeforeParticipation;
            }
        }

        /** Adds what another reading of the same clause found. */
        void merge(State o) {
            negative |= o.negative;
            hypothetical |= o.hypothetical;
            planned |= o.planned;
            reported |= o.reported;
            would |= o.would;
            requested |= o.requested;
        }

        Reading reading() {
            Modality asked = modality(false);
            return new Reading(negative ? Polarity.NEGATIVE : Polarity.POSITIVE, modality(requested),
                    asked);
        }

        private Modality modality(boolean requestIsHypothetical) {
            Modality m;
            if (hypothetical || requestIsHypothetical) {
                m = Modality.HYPOTHETICAL;
            } else if (planned || would && reported) {
                m = Modality.PLANNED;
            } else if (would) {
                m = Modality.HYPOTHETICAL;
            } else if (reported) {
                m = Modality.REPORTED;
            } else {
                m = Modality.ASSERTED;
            }
            return m;
        }
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** A form of "be", "have", "do" or "get" tagged as a verb. */
    private static boolean auxiliary(Token t) {
        return t.isVerb() && AUXILIARIES.contains(lemma(t));
    }

    /** An auxiliary, a modal or an adverb: what may stand between a verb and its trigger ("would not have been"). */
    private static boolean auxiliaryModalOrAdverb(Token t) {
        return t.pos().equals("MD") || t.pos().startsWith("RB") || auxiliary(t);
    }

    /**
     * The index of the first token before {@code from} that {@code skip} does not pass, stepping
     * back no further than {@code start} ({@code start - 1} when every token back to it passes).
     */
    private static int stepBack(List<Token> tokens, int from, int start, java.util.function.Predicate<Token> skip) {
        int i = from - 1;
        while (i >= start && skip.test(tokens.get(i))) {
            i--;
        }
        return i;
    }

    /**
     * Whether a negated verb of hesitation governs the infinitive ("did not hesitate to sign",
     * "never failed to appear"): then the event was done, and the negation found for the governor
     * is cleared from {@code its}.
     */
    private boolean doneDespiteHesitation(Token governor, State its) {
        if (cue(governor, "hesitation") && its.negative) {
            its.negative = false;
            return true;
        }
        return false;
    }

    private boolean cue(Token t, String role) {
        return rules.isModalityCue(lemma(t), role) || rules.isModalityCue(word(t), role);
    }

    /**
     * Whether the verb at {@code verb} says that the deal named by the noun at {@code noun} did not come
     * about: a {@code falling-through-verb} ("collapsed", "fell through") of a {@code deal-noun}.
     */
    private boolean fallsThrough(List<Token> tokens, int noun, int verb) {
        Token v = tokens.get(verb);
        return v.isVerb() && cue(tokens.get(noun), "deal-noun")
                && (cue(v, "falling-through-verb") || phrasalCueAt(tokens, verb, "falling-through-verb"));
    }

    /**
     * Whether the deal noun at {@code noun} is the subject of the verb at {@code verb}, read from the words:
     * no preposition before its phrase ("opposition to the takeover collapsed": the opposition did), no
     * comma between ("Acme, which completed the acquisition, collapsed": Acme did) and no adverb of a near
     * miss before the verb ("the merger nearly collapsed": it did not).
     */
    private boolean dealSubject(List<Token> tokens, int noun, int verb) {
        int k = noun - 1;
        while (k >= 0 && (premodifier(tokens.get(k)) || tokens.get(k).pos().startsWith("NN"))) {
            k--;
        }
        if (k >= 0 && (tokens.get(k).pos().equals("IN") || tokens.get(k).pos().equals("TO"))) {
            return false;
        }
        for (int i = noun + 1; i < verb; i++) {
            if (word(tokens.get(i)).equals(",") || cue(tokens.get(i), "near-miss")) {
                return false;
            }
        }
        return true;
    }

    /** "not only resigned but …", "not just": no negation. */
    private static boolean notOnly(List<Token> tokens, int not) {
        return not + 1 < tokens.size() && Set.of("only", "just", "merely", "simply").contains(tokens.get(not + 1).word()
                .toLowerCase(Locale.ROOT));
    }

    /** An adjective that governs an infinitive as a cue: "due to", "likely to", "unable to", "willing to". */
    private boolean modalAdjective(Token t) {
        return cue(t, "negating-verb") || cue(t, "hypothetical-verb") || cue(t, "planning-verb");
    }

    /** A verb whose complements are what a source says or alleges. */
    private boolean isReportingVerb(Token t) {
        return t.isVerb() && !t.pos().equals("VBG") && (rules.isCue(lemma(t), "speech") || rules.isCue(lemma(t), "allegation")
                || cue(t, "report-verb"));
    }

    /** An auxiliary (modal or not), read for its modality. */
    private void auxiliary(Token t, State st) {
        String w = word(t);
        if (w.equals("would") || w.equals("'d")) {
            st.would = true;
        } else if (cue(t, "hypothetical")) {
            st.hypothetical = true;
        } else if (cue(t, "planned")) {
            st.planned = true;
        }
    }

    /** A verb that governs the event ("declined to charge", "plans to sue", "faces deportation"). */
    private void governingVerb(Token t, State st) {
        if (cue(t, "negating-verb")) {
            st.negative = true;
        } else if (cue(t, "denying-verb")) {
            st.negative = true;
            st.reported = true;
        } else if (cue(t, "hypothetical-verb")) {
            if (cue(t, "request")) {
                st.requested = true;
            } else {
                st.hypothetical = true;
            }
        } else if (cue(t, "planning-verb") || cue(t, "postponing-verb") && !t.pos().equals("VBG")) {
            // a gerund of putting off is a means or an aim, not the act: "means of delaying the bid"
            st.planned = true;
        } else if (isReportingVerb(t)) {
            st.reported = true;
        }
    }

    /** Verbs of a change in amount, which "nearly" and "almost" measure: "nearly doubled its flights" did double them, about. */
    private static final Set<String> SCALE_VERBS = Set.of("double", "triple", "quadruple", "halve", "treble");

    /** A verb that "nearly" or "almost" right before it says did not happen ("nearly died"), not one of amount. */
    private static boolean nearMissable(Token verb) {
        return verb.isVerb() && !SCALE_VERBS.contains(lemma(verb));
    }

    /** Words that open a time after a verb, not its object: "fell through last month", "this week". */
    private static final Set<String> TIME_OPENERS = Set.of("last", "next", "this", "early", "late", "earlier", "later");

    /**
     * A particle right after a verb ("ruled out", "called off"), or null; "through" and "apart" only with
     * no noun phrase after them other than a time ("the sale fell through in May", "fell through last
     * month", "fell apart Tuesday"; "went through the files" is a preposition's).
     */
    static String particleAfter(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size() || !tokens.get(verb).isVerb()) {
            return null;
        }
        Token p = tokens.get(verb + 1);
        boolean adverbLike = p.pos().equals("IN") || p.pos().startsWith("RB");
        boolean particle = p.pos().equals("RP") || Set.of("out", "off", "away").contains(word(p)) && adverbLike
                || Set.of("through", "apart").contains(word(p)) && adverbLike && (verb + 2 >= tokens.size()
                        || !NOUN_PHRASE.matcher(tokens.get(verb + 2).pos()).matches()
                        || TIME_OPENERS.contains(word(tokens.get(verb + 2))) || TriggerSense.isTimeWord(tokens.get(verb + 2)));
        return particle ? word(p) : null;
    }

    /**
     * A phrasal verb that says its object did not happen ("ruled out an arrest", "called off the
     * vote"): negative; negated itself it leaves the event standing: possible when the verb is also a cue
     * of possibility ("has not ruled out charging him"), still to come for a verb of calling off ("did not
     * call off the vote"), as it was otherwise ("did not back out of the deal").
     */
    private void phrasalNegation(Sentence s, int verb, int start, State st) {
        State its = new State();
        auxiliaryChain(s, verb, start, its);
        if (its.negative) {
            its.negative = false;
            if (phrasalCueAt(s.tokens(), verb, "hypothetical-verb")) {
                st.hypothetical = true; // "has not ruled out charging him": still possible
            } else if (phrasalCueAt(s.tokens(), verb, "cancelling-verb")) {
                st.planned = true; // "did not call off the vote": still to come
            }
        } else {
            st.negative = true;
        }
        st.merge(its);
    }

    /** Whether the verb at {@code verb} with the particle after it is a cue of {@code role} ("rule out"). */
    private boolean phrasalCueAt(List<Token> tokens, int verb, String role) {
        String particle = particleAfter(tokens, verb);
        return particle != null && phrasalCue(tokens.get(verb), particle, role);
    }

    /**
     * The verb that carries a noun event: "faces deportation", "scheduled a hearing", "held no
     * hearing". A light verb that is also a verb of speech ("announced the arrest") does not make
     * the event reported.
     */
    private void carrier(Token g, String preposition, boolean demanded, State st) {
        if (demanded) {
            if (cue(g, "request") || preposition != null && phrasalCue(g, preposition, "request")) {
                st.requested = true; // "sought his extradition" asserts an extradition request
            } else {
                st.hypothetical = true;
            }
        } else if (!isReportingVerb(g) || !EventExtractor.isLightVerb(g)) {
            governingVerb(g, st);
        }
    }

    /**
     * Reads the carrier's own clause; for a verb of taking part its negation is the participant's,
     * not the event's ("did not attend the hearing": the hearing was held).
     */
    private void keepingPolarityOfParticipation(Token carrier, String preposition, State st, Runnable readClause) {
        boolean negative = st.negative;
        readClause.run();
        if (participates(carrier, preposition)) {
            st.negative = negative;
        }
    }

    /**
     * Whether a verb is one of taking part in the noun event it carries: as its object ("attended the
     * hearing", {@code preposition} null) or after the preposition its cue is written with ("will stand
     * for election", "ran for re-election").
     */
    private boolean participates(Token g, String preposition) {
        return cue(g, "participation") || preposition != null && phrasalCue(g, preposition, "participation");
    }

    /**
     * Adds the carrier's own clause ({@code its}) to the event's reading; a negating verb that is itself
     * negated leaves the event standing: a verb of calling off ("the trial was not cancelled", "did not
     * call off the vote") still to come (planned), one of preventing as it was ("did not prevent the
     * attack"), one of ruling out possible ("has not ruled out an arrest": {@link #phrasalNegation}).
     */
    private void keptDespiteCancelling(Token carrier, List<Token> tokens, int verb, boolean negativeBefore, State its,
            State st) {
        boolean cancelling = cue(carrier, "negating-verb") || phrasalCueAt(tokens, verb, "negating-verb");
        if (cancelling && its.negative) {
            its.negative = false;
            st.negative = negativeBefore;
            if (phrasalCueAt(tokens, verb, "hypothetical-verb")) {
                st.hypothetical = true;
            } else if (cue(carrier, "cancelling-verb") || phrasalCueAt(tokens, verb, "cancelling-verb")) {
                st.planned = true;
            }
        }
        st.merge(its);
    }

    /**
     * Whether a verb presents the noun event it carries as possible or wanted, not done: as its
     * object ("faces deportation", "demanded his resignation", {@code preposition} null), or after
     * the preposition its cue is written with ("called for an inquiry"; "wanted in the killing" is
     * no demand).
     */
    private boolean demands(Token g, String preposition) {
        return preposition == null ? cue(g, "hypothetical-object") : phrasalCue(g, preposition, "hypothetical-object");
    }

    /** A cue written as a verb and its preposition ("call for"). */
    private boolean phrasalCue(Token g, String preposition, String role) {
        return rules.isModalityCue(lemma(g) + " " + preposition.toLowerCase(Locale.ROOT), role);
    }

    /**
     * Whether a noun is the phrase of "for" on a trial: of the noun "trial" itself ("his trial for the
     * shooting") or of the verb that carries it ("went on trial for the killing", "stood trial in 2029
     * for the stabbing", "faces trial for arson").
     */
    static boolean triedFor(Sentence s, int noun) {
        Optional<Dependency> up = s.headOf(noun);
        if (up.isEmpty() || up.get().governor() < 0 || !"for".equalsIgnoreCase(caseMarker(s, noun))) {
            return false;
        }
        int gov = up.get().governor();
        Token g = s.tokens().get(gov);
        return g.isNoun() && TRIAL_NOUNS.contains(lemma(g)) || g.isVerb() && s.childrenOf(gov).stream()
                .anyMatch(d -> d.dependent() != noun && TRIAL_NOUNS.contains(lemma(s.tokens().get(d.dependent())))
                        && (d.relation().startsWith("obj") || d.relation().startsWith("obl") || d.relation().startsWith("nmod")));
    }

    /** Nouns of an aim, whose "is to" names what is aimed at, no arrangement: "the goal is to sell the unit". */
    private static final Set<String> PURPOSE_NOUNS = Set.of("aim", "goal", "plan", "idea", "intention", "purpose",
            "hope", "task", "job", "mission", "strategy", "priority", "objective", "target", "challenge", "point");

    /** Whether the subject of "be" at {@code be} is a noun of aim ({@link #PURPOSE_NOUNS}). */
    private static boolean purposeSubject(Sentence s, int be) {
        return s.childrenOf(be).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && PURPOSE_NOUNS.contains(lemma(s.tokens().get(d.dependent()))));
    }

    /** Nouns of a court's trying someone for an act. */
    static final Set<String> TRIAL_NOUNS = Set.of("trial", "retrial");

    /** The preposition that introduces a noun in the parse ("for" in "called for his resignation"). */
    private static String caseMarker(Sentence s, int noun) {
        return s.childrenOf(noun).stream().filter(d -> d.relation().equals("case"))
                .map(d -> s.tokens().get(d.dependent()).word()).findFirst().orElse(null);
    }

    /**
     * The verb of a to-infinitive event that is no cue: "began to", "managed to" (implicative)
     * leave it asserted; any other ("returned to stand trial", "asked the court to release him")
     * makes it a purpose or a request: hypothetical.
     */
    private void infinitiveGovernor(Token g, State st) {
        boolean known = cue(g, "negating-verb") || cue(g, "denying-verb") || cue(g, "hypothetical-verb")
                || cue(g, "planning-verb") || isReportingVerb(g);
        if (known) {
            governingVerb(g, st);
        } else if (!cue(g, "implicative")) {
            st.hypothetical = true;
        }
    }

    /** The preposition or marker that introduces a gerund in the parse ("of" in "acquitted of killing"). */
    private static Optional<String> markedBy(Sentence s, int verb) {
        return s.childrenOf(verb).stream().filter(d -> d.relation().equals("mark") || d.relation().equals("case"))
                .map(d -> s.tokens().get(d.dependent()).word()).findFirst();
    }

    /**
     * Whether a verb has the marker ("to dismiss", "from deporting"); the tagger sometimes reads an
     * infinitive's "to" as a preposition, which the parser then attaches as {@code case}.
     */
    private static boolean hasMark(Sentence s, int verb, String word) {
        return s.childrenOf(verb).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
                && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word));
    }

    /**
     * Whether a verb has the marker "to" of an infinitive: the "to" the parse gives it, with no finite
     * verb between them ("to be sentenced", "to not appeal"). The parser may take the "to" of a
     * phrase before a clause for the clause's marker ("who pleaded guilty in June to embezzling $5,000,
     * was sentenced on Tuesday": "was" is finite, the verb no infinitive).
     */
    private static boolean infinitiveMark(Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            if ((d.relation().equals("mark") || d.relation().equals("case")) && d.dependent() < verb
                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to")) {
                for (int k = d.dependent() + 1; k < verb; k++) {
                    String pos = s.tokens().get(k).pos();
                    if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    // ---- with or without a parse: the words right around the trigger ----

    /** Prepositions that join a gerund or a noun event to the verb or noun that governs it. */
    private static final Set<String> JOINING_PREPOSITIONS = Set.of("of", "from", "for", "with", "at", "to", "on", "against");
    /** Words that open a yes-no question: "Did he resign?", "Will Acme buy Bolt?". */
    private static final Set<String> QUESTION_OPENERS = Set.of("do", "does", "did", "is", "are", "was", "were", "has",
            "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall");

    /**
     * Cues read from the words around the trigger whatever the parse says (the parser often attaches
     * a gerund or a noun's modifier elsewhere: "stopped short of charging him", "cleared of killing"):
     * a noun's own modifiers ("the alleged attack", "attempted murder", "the proposed merger"); the
     * verb or noun a gerund or a noun event depends on through a preposition ("stopped short of",
     * "acquitted of", "suspected of", "the possibility of"); a gerund right after a verb that
     * negates or denies it ("avoided being arrested", "denied leaving"); a noun of hearsay or
     * possibility with a "that" clause ("rumours that he had resigned"); "has yet to"; "neither …
     * nor"; a yes-no question; "not … until" (which says when, not whether).
     */
    private void aroundTrigger(Sentence s, int trigger, State st) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        int start = clauseStart(s, trigger);
        int i = trigger - 1;
        boolean gerund = t.pos().equals("VBG");
        if (!t.isVerb()) {
            while (i >= start && premodifier(tokens.get(i))) {
                modifier(tokens.get(i), st);
                i--;
            }
        } else {
            // "being arrested", "having been charged": the gerund's own auxiliaries
            i = stepBack(tokens, trigger, start, EventModality::auxiliary);
            for (int k = i + 1; k < trigger; k++) {
                gerund |= tokens.get(k).pos().equals("VBG");
            }
        }
        // "go on trial" carries its trial as "stand trial" does
        int carrier = !t.isVerb() && lemma(t).equals("trial") && i == trigger - 1 && i - 1 >= start
                && word(tokens.get(i)).equals("on") && lemma(tokens.get(i - 1)).equals("go") ? i - 1 : i;
        if (!t.isVerb() && lemma(t).equals("trial") && (i == trigger - 1 || carrier < i) && carrier - 2 >= start
                && Set.of("stand", "go").contains(lemma(tokens.get(carrier))) && word(tokens.get(carrier - 1)).equals("to")) {
            // "was ordered to stand trial", "returned to stand trial", "was scheduled to go on trial"
            // (unparsed): the verb before the infinitive bears on the trial as on the infinitive's own event
            Token g = tokens.get(carrier - 2);
            if (g.isVerb() && lemma(g).equals("be") && !(carrier - 3 >= 0 && PURPOSE_NOUNS.contains(lemma(tokens.get(carrier - 3))))) {
                st.planned = true; // "is to go on trial in May": an arrangement ("the aim is to stand trial" is an aim)
            } else if (g.isVerb() || g.pos().startsWith("JJ")) {
                infinitiveGovernor(g, st);
            }
        }
        if (i >= start && (!t.isVerb() || gerund)) {
            Token x = tokens.get(i);
            if (JOINING_PREPOSITIONS.contains(word(x)) && !x.pos().startsWith("TO")) {
                governedThrough(tokens, i, start, st);
            } else if (gerund && x.isVerb() && cue(x, "negating-verb")) {
                st.negative = true; // "avoided being arrested", "escaped being charged"
            } else if (gerund && x.isVerb() && cue(x, "denying-verb")) {
                State its = new State();
                auxiliaryChain(s, i, 0, its);
                if (its.negative) {
                    st.reported = true; // "has never denied leaving": no denial
                } else {
                    governingVerb(x, st); // "denied leaving the country"
                }
            } else if (i - 1 >= start && phrasalCueAt(tokens, i - 1, "negating-verb")) {
                phrasalNegation(s, i - 1, start, st); // "ruled out an arrest", "has not ruled out charging him"
            }
        }
        if (i >= 1 && (!t.isVerb() || gerund || t.pos().equals("VB")) && insteadOf(tokens, i)) {
            st.negative = true; // "instead of resigning", "rather than a trial": what was done is another thing
        }
        hearsayClause(s, tokens, trigger, start, st);
        if (t.isVerb() && gappedRelativeVerb(tokens, trigger)) {
            st.reported = true; // "the man police say shot two officers": whatever the parser made of it
        }
        topic(tokens, trigger, start, st);
        if (yetTo(tokens, trigger, start)) {
            st.negative = true; // "has yet to charge him", "is yet to be sentenced": not (yet) done
            st.hypothetical = false;
        }
        sharedAfterOr(s, trigger, st);
        if (neitherNor(tokens, trigger, start)) {
            st.negative = true; // "Neither Ann Lee nor her brother was charged"
        }
        if (yesNoQuestion(tokens)) {
            st.hypothetical = true; // "Did the mayor resign?" asks; "Why did the mayor resign?" does not
        }
        if (st.negative && notUntil(tokens, trigger)) {
            st.negative = false; // "was not arrested until June 2": it happened, later
        }
    }

    /** How far back a participle after "or" looks for the verb whose auxiliaries it shares. */
    private static final int OR_REACH = 10;

    /**
     * A participle or base form after "or" or "nor" that shares the auxiliaries of an earlier verb of the
     * same form in its clause, past that verb's object or time ("was not arrested on May 3 or charged",
     * "will not be questioned in Korvath or detained"): the first verb's negation and modality are its own.
     */
    private void sharedAfterOr(Sentence s, int trigger, State st) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        if (!t.pos().equals("VBN") && !t.pos().equals("VB")) {
            return;
        }
        int or = stepBack(tokens, trigger, 0, Token::isAdverb);
        if (or < 1 || !word(tokens.get(or)).equals("or") && !word(tokens.get(or)).equals("nor")) {
            return;
        }
        for (int k = or - 1; k >= 0 && k >= or - OR_REACH; k--) {
            Token x = tokens.get(k);
            if (word(x).equals(";") || x.isVerb() && !x.pos().equals(t.pos())) {
                return;
            }
            if (x.isVerb()) {
                if (k == or - 1 || auxiliary(x)) {
                    return; // right before "or" the window's conjunct reading holds ({@link #auxiliaryChain})
                }
                State its = new State();
                auxiliaryChain(s, k, 0, its);
                if (word(tokens.get(or)).equals("nor")) {
                    its.negative = true;
                }
                st.merge(its);
                return;
            }
        }
    }

    /** Whether the words ending at {@code last} are "instead of" or "rather than". */
    private static boolean insteadOf(List<Token> tokens, int last) {
        String a = word(tokens.get(last - 1));
        String b = word(tokens.get(last));
        return a.equals("instead") && b.equals("of") || a.equals("rather") && b.equals("than");
    }

    /**
     * Prepositions after "not guilty" that name the act a court found unproved ("found not guilty of
     * killing him"); another ("not guilty at a hearing", "in the shooting death of", which happened
     * either way) names none, and a plea of not guilty ("pleaded not guilty of") proves nothing.
     */
    private static final Set<String> GUILTY_OF = Set.of("of");

    /**
     * Prepositions that make a noun event the setting of a verb, not what the verb says: "argued at
     * a hearing", "testified during the trial", "said after the vote" (the hearing, the trial and
     * the vote took place); "spoke of an attack", "reported on the raid" and "said in a statement"
     * (where the statement is the saying itself) stay as they were.
     */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "during", "before", "after", "following",
            "throughout", "since");

    private static boolean setting(String preposition) {
        return preposition != null && SETTING_PREPOSITIONS.contains(preposition.toLowerCase(Locale.ROOT));
    }

    /** A word that may stand in a noun event's phrase before it: "the alleged", "Acme's proposed", "a possible". */
    private static boolean premodifier(Token t) {
        String p = t.pos();
        // (an amount too: "called off their $3 billion merger")
        return p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("POS") || p.equals("PRP$")
                || p.equals("DT") || p.equals("HYPH") || p.equals("$") || p.equals("VBN") || p.equals("VBG") && !t.isVerb();
    }

    /** A modifier of a noun event: "the alleged attack", "an attempted murder", "a possible appeal", "the planned merger". */
    private void modifier(Token m, State st) {
        if (cue(m, "report-modifier")) {
            st.reported = true;
        } else if (cue(m, "negating-modifier")) {
            st.negative = true;
        } else if (cue(m, "hypothetical-modifier")) {
            st.hypothetical = true;
        } else if (cue(m, "planning-modifier")) {
            st.planned = true;
        }
    }

    /**
     * The word a gerund or noun event depends on through the preposition at {@code p}: a verb with
     * its preposition, and at most one word between ("stopped short of charging", "refrained from",
     * "cleared of murder"); a verb of accusing or suspecting ("suspected of killing"); a noun of
     * possibility or of a plan ("the possibility of an arrest", "plans for an appeal") or of hearsay
     * ("reports of an attack").
     */
    private void governedThrough(List<Token> tokens, int p, int start, State st) {
        String preposition = word(tokens.get(p));
        int beforeTime = pastWhen(tokens, p - 1);
        if (beforeTime < p - 1 && beforeTime >= 0 && tokens.get(beforeTime).isVerb()
                && rules.isModalityCue(lemma(tokens.get(beforeTime)) + " " + preposition, "negating-verb")) {
            st.negative = true; // "acquitted on May 3, 2024 of murder", "cleared last week of fraud"
            return;
        }
        if (p - 1 < start) {
            return;
        }
        Token before = tokens.get(p - 1);
        if (accusedObject(tokens, p, start)) {
            st.reported = true; // "accused Ann Lee of killing", "suspected him of fraud": what is alleged
            return;
        }
        int object = p - 1;
        while (object >= start && object > p - 5 && tokens.get(object).pos() != null
                && (tokens.get(object).pos().startsWith("NNP") || tokens.get(object).pos().equals("PRP"))) {
            object--;
        }
        if (object < p - 1 && object >= start && tokens.get(object).isVerb()
                && rules.isModalityCue(lemma(tokens.get(object)) + " " + preposition, "negating-verb")) {
            st.negative = true; // "a jury cleared Ann Lee of murder", "acquitted him of fraud": its object's verb
            return;
        }
        if (before.isNoun()) {
            if (cue(before, "hypothetical-noun")) {
                st.hypothetical = true;
            } else if (cue(before, "planning-noun")) {
                st.planned = true;
            } else if (cue(before, "report-noun")) {
                st.reported = true;
                if (deniedNoun(tokens, p - 1, start)) {
                    st.negative = true; // "no sign of an attack", "no reports of injuries"
                }
            } else if (cue(before, "stance-noun") && !stated(tokens, p - 1, start)) {
                st.reported = true; // "on charges of killing", "on suspicion of arson"
            }
            return;
        }
        for (int v = p - 1; v >= start && v >= p - 2; v--) {
            Token verb = tokens.get(v);
            if (!verb.isVerb() && !verb.pos().startsWith("JJ")) {
                continue;
            }
            StringBuilder key = new StringBuilder(lemma(verb));
            for (int k = v + 1; k <= p; k++) {
                key.append(' ').append(word(tokens.get(k)));
            }
            String phrase = key.toString();
            if (phrase.startsWith("guilty ") && v - 1 >= start && cue(tokens.get(v - 1), "negation")
                    && GUILTY_OF.contains(preposition) && !(v - 2 >= start && lemma(tokens.get(v - 2)).equals("plead"))) {
                st.negative = true; // "found not guilty of killing him": a court finds the act was not proved
            } else if (phrase.equals("guilty to") && pleaMade(tokens, v, start)) {
                return; // "pleaded guilty to stabbing him": a plea of guilty made admits the act
            } else if (rules.isModalityCue(phrase, "negating-verb")) {
                st.negative = true; // "stopped short of charging", "refrained from", "acquitted of"
            } else if (rules.isModalityCue(phrase, "report-verb") || (cue(verb, "report-verb")
                    || verb.isVerb() && rules.isCue(lemma(verb), "allegation")) && Set.of("of", "for", "with").contains(preposition)) {
                st.reported = true; // "suspected of killing", "who is charged with murdering him"
            }
            return;
        }
    }

    /** Verbs after which "on charges of" an act states it: a court convicted or sentenced on them. */
    private static final Set<String> FINDING_ON = Set.of("convict", "sentence");

    /**
     * Whether a stance noun at {@code noun} is no one's account of the act after it: "in charge of
     * the arrest" (a duty), "was convicted on charges of killing" (a court's finding).
     */
    private static boolean stated(List<Token> tokens, int noun, int start) {
        int k = noun - 1;
        if (k >= start && word(tokens.get(k)).equals("in")) {
            return true;
        }
        while (k >= start && !tokens.get(k).isVerb() && k >= noun - 4) {
            k--;
        }
        return k >= start && tokens.get(k).isVerb() && FINDING_ON.contains(lemma(tokens.get(k)));
    }

    /** Forms of a plea told as made: "pleaded", "has pleaded", "pleads" (not "will plead", "agreed to plead"). */
    private static final Set<String> MADE_FORMS = Set.of("VBD", "VBN", "VBZ", "VBP");

    /**
     * Whether the adjective "guilty" at {@code guilty} follows a plea told as made, with no negation:
     * "pleaded guilty to", "has pleaded guilty to" (the act is admitted); not "pleaded not guilty to",
     * "is expected to plead guilty to", "did not plead guilty to" (the act is still only charged).
     */
    private boolean pleaMade(List<Token> tokens, int guilty, int start) {
        int k = guilty - 1;
        while (k >= start && tokens.get(k).isAdverb()) {
            if (cue(tokens.get(k), "negation")) {
                return false;
            }
            k--;
        }
        return k >= start && lemma(tokens.get(k)).equals("plead") && MADE_FORMS.contains(tokens.get(k).pos());
    }

    /**
     * Whether a gerund follows "to" as the preposition of a phrase listed in event-modality.txt ("guilty
     * to killing him"), not an infinitive's "to" ("is close to signing" stays a "to" of aim).
     */
    private boolean listedPhraseBefore(List<Token> tokens, int verb) {
        if (!tokens.get(verb).pos().equals("VBG")) {
            return false;
        }
        int to = stepBack(tokens, verb, 0, EventModality::auxiliary); // "to being arrested"
        return to >= 1 && word(tokens.get(to)).equals("to") && rules.isModalityPhrase(lemma(tokens.get(to - 1)) + " to");
    }

    /**
     * Whether the preposition at {@code p} ("of", "with", "for") follows the named or pronoun object of
     * a verb of accusation or suspicion: "accused Ann Lee of killing", "suspected him of fraud".
     */
    private boolean accusedObject(List<Token> tokens, int p, int start) {
        if (!Set.of("of", "with", "for").contains(word(tokens.get(p)))) {
            return false;
        }
        int k = p - 1;
        if (k >= start && tokens.get(k).pos().equals("PRP")) {
            k--;
        } else {
            while (k >= start && tokens.get(k).pos().startsWith("NNP")) {
                k--;
            }
        }
        if (k == p - 1 || k < start || !tokens.get(k).isVerb()) {
            return false;
        }
        return rules.isCue(lemma(tokens.get(k)), "allegation") || cue(tokens.get(k), "report-verb");
    }

    /** Words of a time phrase between a verb and its preposition: "on May 3, 2024", "last week", "in June". */
    private static final Set<String> TIME_PHRASE_WORDS = Set.of("on", "in", "at", ",", "last", "this", "earlier", "later");

    /** The index before the time phrase that ends at {@code last} ("acquitted on May 3, 2024"), or {@code last} when none. */
    private static int pastWhen(List<Token> tokens, int last) {
        int k = last;
        boolean time = false;
        while (k >= 0 && (timeWord(tokens.get(k)) || TIME_PHRASE_WORDS.contains(word(tokens.get(k))))) {
            time |= timeWord(tokens.get(k));
            k--;
        }
        return time ? k : last;
    }

    /** The index past the time phrase that starts at {@code from} and ends before {@code limit} ("on May 3, 2024"), or {@code from}. */
    private static int afterWhen(List<Token> tokens, int from, int limit) {
        int k = from;
        boolean time = false;
        while (k < limit && (timeWord(tokens.get(k)) || TIME_PHRASE_WORDS.contains(word(tokens.get(k))))) {
            time |= timeWord(tokens.get(k));
            k++;
        }
        return time ? k : from;
    }

    /** Names of months and days and nouns of time (a closed class): "May", "Friday", "week". */
    private static final Set<String> TIME_WORDS = org.casefile.nlp.CalendarWords.with(
            org.casefile.nlp.CalendarWords.MONTHS_AND_WEEKDAYS,
            Set.of("today", "yesterday", "week", "month", "year", "day", "weekend"));

    /** A word of a date: a number, or one of {@link #TIME_WORDS}. */
    private static boolean timeWord(Token t) {
        return t.pos().equals("CD") || TIME_WORDS.contains(word(t)) && !t.isVerb() && !t.pos().equals("MD");
    }

    /**
     * "rumours that the mayor had resigned", "the possibility that Acme would sell", "denied reports
     * that he had resigned": the trigger's clause is the "that" clause of a noun of hearsay (reported)
     * or possibility (hypothetical), which a denial before it negates.
     */
    private void hearsayClause(Sentence s, List<Token> tokens, int trigger, int start, State st) {
        int i = stepBack(tokens, trigger, start, EventModality::auxiliaryModalOrAdverb);
        int words = 0;
        while (i >= start && !word(tokens.get(i)).equals("that") && (words < 5
                && NOUN_PHRASE.matcher(tokens.get(i).pos()).matches() || tokens.get(i).pos().equals("PRP"))) {
            i--;
            words++;
        }
        int subject = stepBack(tokens, trigger, start, EventModality::auxiliaryModalOrAdverb);
        boolean bare = subject >= 1 && subject - 1 >= start && PERSONAL_SUBJECTS.contains(word(tokens.get(subject)))
                && tokens.get(subject - 1).isNoun() && (cue(tokens.get(subject - 1), "stance-noun") || reportNoun(tokens.get(subject - 1)))
                && objectAfterClauseVerb(tokens, subject - 1);
        if (bare) {
            i = subject; // "on charges she killed her neighbour": the noun's clause without its "that"
        } else if (words == 0 || i < 1 || !word(tokens.get(i)).equals("that")) {
            return;
        }
        // the noun before "that", past a time or place after it ("reports on Friday that")
        int n = i - 1;
        boolean stance = bare;
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            if (tokens.get(k).isNoun() && (reportNoun(tokens.get(k)) || cue(tokens.get(k), "hypothetical-noun"))) {
                n = k;
                break;
            }
        }
        if (n == i - 1 && tokens.get(n).isNoun() && cue(tokens.get(n), "stance-noun") && complementThat(s, i)) {
            stance = true; // "pleaded not guilty to charges that she embezzled": the charge's content
        }
        Token noun = tokens.get(n);
        if (stance && "VBD".equals(tokens.get(trigger).pos())) {
            // "goes on trial next month on charges he shot a clerk": the charge's act is past, whatever
            // the trial ahead plans (only the trial is to come)
            st.planned = false;
        }
        if (reportNoun(noun) || stance) {
            st.reported = true;
            if (deniedNoun(tokens, n, 0)) {
                st.negative = true; // "no evidence that he fled", "there were no reports that he had resigned"
            }
        } else if (cue(noun, "hypothetical-noun")) {
            st.hypothetical = true;
        } else {
            return;
        }
        int v = n - 1;
        while (v >= 0 && v >= n - 3 && !tokens.get(v).isVerb()) {
            v--;
        }
        if (v >= 0 && tokens.get(v).isVerb() && (cue(tokens.get(v), "denying-verb") || cue(tokens.get(v), "rebutting-verb"))) {
            st.negative = true; // "denied reports that he had resigned", "dismissed claims that it had sold"
        } else if (reportNoun(noun) && calledFalse(tokens, trigger)) {
            st.negative = true; // "rumours that he fled the country were false"
        }
    }

    /**
     * Whether the trigger is an act its denier is said to have done, which the denial answers: a gerund
     * right after a denying verb ("denied stealing the ledgers", "denies ever taking a bribe", "denied
     * having stolen"), or the verb of a clause whose subject is a personal pronoun, after the denying verb,
     * its "that", or a noun of charge or hearsay it denies ("denies that he bribed the inspector", "denied
     * she had taken", "denies charges that he smuggled", "denied allegations he stole"). Such an act is
     * the charge the denial answers, no event of its own. Not an act the subject underwent ("denied being
     * arrested", "denied he was beaten"), nor a clause of another subject ("denied that the guards attacked
     * him"), nor a denial that is itself denied or questioned: the caller reads its polarity.
     */
    boolean deniedOwnAct(Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        if (!s.isTagged() || !t.isVerb() || trigger < 1) {
            return false;
        }
        int i = trigger - 1;
        boolean perfect = "VBN".equals(t.pos()) && word(tokens.get(i)).equals("having");
        if (perfect) {
            i--;
        }
        while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
            i--; // "denies ever taking"
        }
        if (("VBG".equals(t.pos()) || perfect) && i >= 0 && tokens.get(i).isVerb() && cue(tokens.get(i), "denying-verb")) {
            return true;
        }
        int subject = stepBack(tokens, trigger, 0, EventModality::auxiliaryModalOrAdverb);
        if (subject < 1 || !PERSONAL_SUBJECTS.contains(word(tokens.get(subject)))) {
            return false;
        }
        for (int k = subject + 1; k < trigger; k++) {
            if (auxiliary(tokens.get(k)) && lemma(tokens.get(k)).equals("be")) {
                return false; // "denied he was beaten": what was done to him
            }
        }
        int k = subject - 1;
        if (word(tokens.get(k)).equals("that")) {
            k--;
        }
        if (k >= 0 && tokens.get(k).isNoun() && (cue(tokens.get(k), "stance-noun") || reportNoun(tokens.get(k)))) {
            k--;
            while (k >= 0 && Set.of("DT", "PDT", "PRP$", "JJ").contains(tokens.get(k).pos())) {
                k--; // "denies all the charges that", "denied the allegations"
            }
        }
        return k >= 0 && tokens.get(k).isVerb() && cue(tokens.get(k), "denying-verb");
    }

    /**
     * Pronouns that open a clause as its subject: after a noun of charge or hearsay with no "that" between
     * ("on charges she killed her neighbour", "allegations he took bribes") they start the noun's
     * content, which a relative clause's subject seldom is ("the charges he faces" has no object).
     */
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they", "i", "we");

    /**
     * Whether the "that" at {@code that} opens a complement clause ("charges that
     * she embezzled the funds"), not the pronoun of a relative clause ("the charges that prosecutors
     * filed", "the complaint that Acme answered"): its verb has an object, and the parse, where there
     * is one, makes "that" the clause's mark.
     */
    private static boolean complementThat(Sentence s, int that) {
        if (!s.isTagged() || !objectAfterClauseVerb(s.tokens(), that)) {
            return false;
        }
        // the parse, where there is one, must agree: "that" is the clause's mark, no pronoun of it
        return !s.isParsed() || s.headOf(that).map(d -> d.relation().equals("mark")).orElse(false);
    }

    /** Tags of words that may open an object: "a car", "his wife", "two inspectors", "$5,000", "Ann Lee". */
    private static final Pattern OBJECT_START = Pattern.compile("DT|PRP\\$|PRP|CD|\\$|NN.*|JJ.?");

    /**
     * Whether the "that" at {@code that} opens a clause of subject, verb and
     * object ("that Vessa Lorne had stolen a car"), as a relative clause, whose object (or subject) is the
     * noun before "that", does not ("the charges that prosecutors filed against him", "the complaint
     * that Acme filed Monday", "the charges that were dropped").
     */
    private static boolean objectAfterClauseVerb(List<Token> tokens, int that) {
        int k = that + 1;
        int subject = 0;
        while (k < tokens.size() && subject < 4 && (NOUN_PHRASE.matcher(tokens.get(k).pos()).matches()
                || tokens.get(k).pos().equals("PRP"))) {
            k++;
            subject++;
        }
        if (subject == 0) {
            return false;
        }
        while (k < tokens.size() && (tokens.get(k).pos().equals("MD") || tokens.get(k).pos().startsWith("RB")
                || tokens.get(k).isVerb() && k + 1 < tokens.size() && tokens.get(k + 1).isVerb())) {
            k++; // "had", "would have", "never"
        }
        if (k + 1 >= tokens.size() || !tokens.get(k).isVerb()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return OBJECT_START.matcher(next.pos()).matches() && !TIME_WORDS.contains(word(next))
                && !Set.of("this", "that", "these", "those", "last", "next", "early", "late").contains(word(next));
    }

    /** How far past a hearsay clause's trigger its noun's predicate may stand: "reports that Bo fled on May 3 were false". */
    private static final int PREDICATE_REACH = 12;
    /** Verbs that join a noun of hearsay to what it is found to be: "were false", "proved untrue", "turned out to be wrong". */
    private static final Set<String> FINDING_VERBS = Set.of("be", "prove", "turn", "appear", "seem");

    /**
     * Whether, after the trigger of a noun's "that" clause, the sentence calls that noun false ({@code
     * falsity}): "rumours that he fled were false", "reports that she resigned proved untrue", "turned
     * out to be baseless", "were not true". "were not false" and "proved true" call nothing false.
     */
    private boolean calledFalse(List<Token> tokens, int trigger) {
        for (int k = trigger + 1; k < tokens.size() && k <= trigger + PREDICATE_REACH; k++) {
            Token a = tokens.get(k);
            String w = word(a);
            if (CLAUSE_ENDS.contains(w)) {
                return false;
            }
            boolean falsity = cue(a, "falsity") && !a.isVerb() && !a.isNoun();
            if (!falsity && !w.equals("true")) {
                continue;
            }
            boolean not = false;
            int j = k - 1;
            while (j > trigger && (tokens.get(j).isAdverb() || Set.of("to", "out", "be", "not", "n't").contains(word(tokens.get(j)))
                    && !tokens.get(j).pos().equals("MD"))) {
                not |= word(tokens.get(j)).equals("not") || word(tokens.get(j)).equals("n't") || word(tokens.get(j)).equals("never");
                j--;
            }
            if (j <= trigger || !tokens.get(j).isVerb() || !FINDING_VERBS.contains(lemma(tokens.get(j)))) {
                return false;
            }
            return falsity != not;
        }
        return false;
    }

    /** Prepositions that name what talk or thought is about: "talked about the merger", "a debate over the sale". */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "over", "on", "regarding", "concerning");

    /**
     * A noun event (or gerund) that is the topic of talking, thinking or planning ({@code topic-verb}),
     * not an event the sentence asserts: the verb's object ("met to discuss the hearing", "are weighing a
     * merger"), or its noun's or verb's "about", "over", "on" phrase ("talked about the merger", "a debate
     * over the sale", "talks on a merger"), also through one "of" ("the timing of the hearing", "the terms
     * of the merger"). Hypothetical, unless another cue already said more (negative, planned, reported).
     */
    private void topic(List<Token> tokens, int trigger, int start, State st) {
        Token t = tokens.get(trigger);
        if (st.negative || st.planned || st.reported || st.hypothetical || t.isVerb() && !t.pos().equals("VBG")) {
            return;
        }
        int i = trigger - 1;
        if (!t.isVerb()) {
            while (i >= start && premodifier(tokens.get(i))) {
                i--;
            }
        }
        if (i - 1 >= start && word(tokens.get(i)).equals("of") && tokens.get(i - 1).isNoun()) {
            i--; // "the timing of the hearing": the noun whose "of" phrase holds the event
            while (i >= start && premodifier(tokens.get(i))) {
                i--;
            }
        }
        if (i < start) {
            return;
        }
        Token x = tokens.get(i);
        boolean topic;
        if (x.isVerb()) {
            topic = cue(x, "topic-verb"); // "discussed the merger", "discussed selling the unit"
        } else if (TOPIC_PREPOSITIONS.contains(word(x)) && i - 1 >= start) {
            Token h = tokens.get(i - 1);
            topic = (h.isVerb() || h.isNoun()) && cue(h, "topic-verb");
        } else {
            topic = false;
        }
        st.hypothetical |= topic;
    }

    /**
     * Whether a noun of hearsay or evidence is denied by "no" in its own phrase ("no evidence", "no
     * credible reports"), or by "not" or "never" on its verb ("did not find evidence", "never saw any sign").
     */
    private boolean deniedNoun(List<Token> tokens, int noun, int start) {
        boolean verb = false;
        for (int k = noun - 1; k >= start && k >= noun - 5; k--) {
            Token x = tokens.get(k);
            if (cue(x, "negation") && !word(x).equals("without")) {
                return true;
            }
            if (x.isVerb() && !auxiliary(x)) {
                if (verb) {
                    return false; // the noun's own verb only: "never said police found evidence of" denies no evidence
                }
                verb = true;
            } else if (verb && !(x.isAdverb() || auxiliary(x) || x.pos().equals("MD"))) {
                return false; // past its verb, only its auxiliaries and adverbs: "Bo, not Ann, found evidence"
            }
            if (!(NOUN_PHRASE.matcher(x.pos()).matches() || x.isVerb() || x.isAdverb() || x.pos().equals("MD"))) {
                return false;
            }
        }
        return false;
    }

    /** "has yet to charge", "is yet to be sentenced", "have yet to be charged": the trigger after "yet to". */
    private static boolean yetTo(List<Token> tokens, int trigger, int start) {
        int i = stepBack(tokens, trigger, start, EventModality::auxiliary);
        return i - 1 >= start && tokens.get(i).word().equalsIgnoreCase("to") && tokens.get(i - 1).word().equalsIgnoreCase("yet");
    }

    /** "Neither Ann Lee nor her brother was charged": the clause opens with "neither", and a "nor" stands before the trigger. */
    private static boolean neitherNor(List<Token> tokens, int trigger, int start) {
        int first = start;
        while (first < trigger && !Character.isLetterOrDigit(tokens.get(first).word().charAt(0))) {
            first++;
        }
        if (first >= trigger || !tokens.get(first).word().equalsIgnoreCase("neither")) {
            return false;
        }
        boolean nor = false;
        for (int i = first + 1; i < trigger; i++) {
            Token x = tokens.get(i);
            if (x.word().equalsIgnoreCase("nor")) {
                nor = true;
            } else if (x.isVerb() && !auxiliary(x)) {
                return false; // "Neither Ann nor Bo knew that Cy was charged": another clause's verb
            }
        }
        return nor;
    }

    /** A sentence that asks yes or no: it ends with "?" and opens with an auxiliary or a modal ("Did he resign?"). */
    private static boolean yesNoQuestion(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).word().equals("?")) {
            return false;
        }
        for (Token x : tokens) {
            if (Character.isLetterOrDigit(x.word().charAt(0))) {
                return QUESTION_OPENERS.contains(x.word().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * "was not arrested until June 2", "did not resign until 2021": the negation right before the
     * trigger (past its auxiliaries) bears on the time "until" gives, not on the event.
     */
    private static boolean notUntil(List<Token> tokens, int trigger) {
        int i = stepBack(tokens, trigger, 0, EventModality::auxiliaryModalOrAdverb);
        boolean not = false;
        for (int k = i + 1; k < trigger; k++) {
            not |= word(tokens.get(k)).equals("not") || word(tokens.get(k)).equals("n't");
        }
        if (!not || i >= 0 && tokens.get(i).word().equalsIgnoreCase("to")) {
            return false; // "refused to leave until …": the refusal's, not the trigger's
        }
        for (int k = trigger + 1; k < tokens.size() && k <= trigger + 6; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("until") || w.equals("till")) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || tokens.get(k).isVerb()) {
                return false;
            }
        }
        return false;
    }

    // ---- with a dependency parse ----

    private void byParse(Sentence s, int trigger, State st) {
        reportedByParse(s, trigger, st);
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        ownDependents(s, trigger, st);
        int current = trigger;
        if (!t.isVerb() && triedFor(s, trigger)) {
            // "went on trial on Monday for the killing", "will stand trial for the stabbing", "his trial for
            // the shooting": the act is the charge tried, alleged; the trial's start or plan is not its own
            st.reported = true;
            return;
        }
        if (!t.isVerb()) {
            Optional<Dependency> up = s.headOf(trigger);
            if (up.isPresent() && up.get().governor() >= 0 && tokens.get(up.get().governor()).isVerb()) {
                int gov = up.get().governor();
                String rel = up.get().relation();
                Token g = tokens.get(gov);
                // the verb that carries the noun: its auxiliaries and negation ("did not hold a hearing",
                // "could face deportation", "a hearing is scheduled for"); a verb of speech or accusation
                // over a noun is "charged with murder"
                if (rel.equals("nsubj") && fallsThrough(tokens, trigger, gov)) {
                    State its = new State();
                    ownDependents(s, gov, its);
                    // "the merger collapsed"; "the deal did not collapse", "could collapse" leave it as it was
                    st.negative |= !its.negative && !its.hypothetical && !its.planned;
                    return;
                }
                if (rel.startsWith("obj") || rel.startsWith("nsubj") || rel.startsWith("obl")
                        || rel.startsWith("nmod") || rel.equals("iobj")) {
                    // a demand governs its object or a noun after its own preposition, never its subject
                    String preposition = rel.startsWith("nsubj") ? null : caseMarker(s, trigger);
                    boolean demanded = !rel.startsWith("nsubj") && demands(g, preposition);
                    // a verb that negates or denies bears on its object ("avoided arrest", "the merger was
                    // blocked", "barred from the hearing"), not on its subject ("the attack failed") nor on
                    // a circumstance ("escaped after the attack")
                    boolean negating = cue(g, "negating-verb") || cue(g, "denying-verb")
                            || phrasalCueAt(tokens, gov, "negating-verb")
                            || preposition != null && phrasalCue(g, preposition, "negating-verb"); // "acquitted on May 3 of murder"
                    boolean negatable = rel.startsWith("obj") || rel.equals("iobj") || rel.equals("nsubj:pass")
                            || preposition != null && Set.of("of", "from").contains(preposition.toLowerCase(Locale.ROOT));
                    // so does a verb of putting off: "the arrest delayed the vote" delays the vote, not the arrest
                    // (a verb that also asks for something asks when the noun is not its object: "moved for
                    // a new trial" is a motion, "moved the trial to May 3" puts it off)
                    boolean postponing = cue(g, "postponing-verb") && (negatable || !cue(g, "hypothetical-verb"));
                    if ((negating || postponing) && !negatable) {
                        return;
                    }
                    if (!rel.startsWith("nsubj") && setting(preposition) && EventExtractor.isLightVerb(g)) {
                        return; // "did not enter a plea at the hearing": the hearing, the verb's setting, was held
                    }
                    // "stand trial" carries its trial as a light verb does: "was ordered to stand trial",
                    // "is due to stand trial", "will stand trial" are not held yet, "stood trial in 2019" was
                    boolean standsTrial = lemma(g).equals("stand") && rel.startsWith("obj")
                            && lemma(tokens.get(trigger)).equals("trial");
                    // and so does "go on" ("was scheduled to go on trial", "threatened to go on strike"): the
                    // verb's own modality is the trial's
                    boolean goingOn = lemma(g).equals("go") && "on".equalsIgnoreCase(preposition);
                    boolean participation = participates(g, preposition);
                    if (EventExtractor.isLightVerb(g) || standsTrial || goingOn || demanded || cue(g, "planning-verb") || postponing
                            || cue(g, "enabling-verb") || negating || participation || rel.startsWith("nsubj")) {
                        boolean negativeBefore = st.negative;
                        // "went on trial", "had gone on strike": a start, no plan ("goes on trial on Monday" is one)
                        boolean goesOn = lemma(g).equals("go") && g.pos().matches("VBD|VBN") && "on".equalsIgnoreCase(preposition);
                        if (participation) {
                            st.atParticipation();
                        }
                        if (postponing && negatable && !demanded && !g.pos().equals("VBG")) {
                            // an event noun a verb of putting off or moving takes as its object or passive
                            // subject is still to come: "the hearing was moved to June 2" (no motion's
                            // "moved to dismiss", which takes an infinitive; a gerund is a means or an aim: "means
                            // of delaying the bid")
                            st.planned = true;
                        } else if (!goesOn && !(rel.startsWith("nsubj") && EventExtractor.goesAhead(s, gov))) {
                            // ("the trial went ahead on Monday": it took place; "will go ahead" keeps its future)
                            carrier(g, preposition, demanded, st);
                        }
                        if (phrasalCueAt(tokens, gov, "negating-verb") && !cue(g, "negating-verb")) {
                            st.negative = true; // "the merger of Acme and Bolt was called off", "ruled out an arrest"
                        }
                        State its = new State();
                        keepingPolarityOfParticipation(g, preposition, its, () -> ownDependents(s, gov, its));
                        keptDespiteCancelling(g, tokens, gov, negativeBefore, its, st);
                        current = gov;
                    } else if (isReportingVerb(g) && !rel.startsWith("nsubj") && !setting(preposition)) {
                        st.reported = true;
                        return;
                    } else {
                        return;
                    }
                }
            }
            for (Dependency d : s.childrenOf(trigger)) {
                if (d.relation().startsWith("acl") && cue(tokens.get(d.dependent()), "planning-verb")) {
                    st.planned = true; // "the hearing, set for May 3"
                }
            }
        }
        for (int steps = 0; steps < 4; steps++) {
            Optional<Dependency> up = s.headOf(current);
            if (up.isEmpty() || up.get().governor() < 0) {
                return;
            }
            int gov = up.get().governor();
            String rel = up.get().relation();
            Token g = tokens.get(gov);
            boolean adjective = rel.equals("xcomp") && g.pos().startsWith("JJ") && modalAdjective(g); // "is due to"
            if (rel.equals("acl") && g.isNoun() && tokens.get(current).isVerb() && infinitiveMark(s, current)) {
                st.hypothetical = true; // "any decision to charge him", "a bid to acquire Acme": aimed at, not done
                return;
            }
            if (!g.isVerb() && !adjective && !(rel.equals("conj") && g.isNoun() == tokens.get(current).isNoun())) {
                return;
            }
            boolean infinitive = infinitiveMark(s, current) && !listedPhraseBefore(tokens, current);
            switch (rel) {
                case "xcomp" -> {
                    State its = new State();
                    ownDependents(s, gov, its);
                    if (!infinitive && phrasalCueAt(tokens, gov, "negating-verb")) {
                        its.negative = false; // "has not ruled out charging him" ({@link #phrasalNegation})
                    } else if (!infinitive) {
                        governingVerb(g, st);
                    } else if (lemma(g).equals("be") && !purposeSubject(s, gov)) {
                        st.planned = true; // "is to go on trial in May", "are to meet on Friday": an arrangement
                    } else if (!doneDespiteHesitation(g, its)) {
                        infinitiveGovernor(g, st);
                    }
                    st.merge(its);
                }
                case "conj" -> {
                    if (hasOwnAuxiliaryOrSubject(s, current)) {
                        return;
                    }
                    if (g.isVerb() && tokens.get(current).isVerb() && !formOf(tokens, gov).equals(formOf(tokens, current))) {
                        return; // "did not sign the deal and resigned": a past form shares no "did", nor its "not"
                    }
                    State its = new State();
                    ownDependents(s, gov, its);
                    if (s.childrenOf(current).stream().anyMatch(d -> d.relation().equals("cc")
                            && word(s.tokens().get(d.dependent())).equals("nor"))) {
                        its.negative = true; // "was neither charged nor arrested": "nor" denies its own conjunct
                    }
                    if (contrast(s, current)) {
                        its.negative = false; // "was not charged but released": the contrast is what was done
                    }
                    st.merge(its);
                }
                case "ccomp", "parataxis", "advcl", "obl", "nmod" -> {
                    if (rel.equals("advcl") && infinitive) {
                        infinitiveGovernor(g, st); // "returned to stand trial": a purpose
                        return;
                    }
                    if (rel.equals("advcl") && hasMark(s, current, "from") && cue(g, "negating-verb")) {
                        st.negative = true; // "bars the government from deporting him"
                        return;
                    }
                    if (rel.equals("advcl") && markedBy(s, current).filter(m -> phrasalCue(g, m, "negating-verb")).isPresent()) {
                        st.negative = true; // "was acquitted on May 3 of killing him", "refrained for years from selling"
                        return;
                    }
                    if (rel.equals("advcl") || rel.equals("obl") || rel.equals("nmod")) {
                        // "accused of killing", "charged with murdering": an accusation's content
                        if (rules.isCue(lemma(g), "allegation") && g.isVerb()) {
                            st.reported = true;
                        }
                        return;
                    }
                    if (rel.equals("parataxis") && acrossClauses(s, current, gov)) {
                        return; // "Lee did not testify; Bo testified": side by side, neither governs the other
                    }
                    if (cue(g, "denying-verb") && !deniedClause(tokens, gov, current)) {
                        st.reported = true; // "denied being in Korvath on the day police arrested Lee": not what is denied
                        return;
                    }
                    if (cue(g, "denying-verb")) {
                        State its = new State();
                        ownDependents(s, gov, its);
                        if (its.negative) {
                            st.reported = true; // "did not deny on Monday that he resigned": no denial
                            return;
                        }
                    }
                    if (!outsideGappedClause(tokens, gov, trigger)) {
                        governingVerb(g, st);
                    }
                    return;
                }
                default -> {
                    return;
                }
            }
            current = gov;
        }
    }

    /**
     * Whether the trigger stands, at any depth, in the complement of a verb of speech or accusation
     * ("officials said FBI agents arrested a man who is wanted for murder"), or in a sentence that a
     * parenthetical verb of speech attributes ("…, police said").
     */
    private void reportedByParse(Sentence s, int trigger, State st) {
        int current = trigger;
        for (int steps = 0; steps < 12; steps++) {
            Optional<Dependency> up = s.headOf(current);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            Token g = s.tokens().get(up.get().governor());
            String rel = up.get().relation();
            if ((rel.equals("ccomp") || rel.equals("parataxis") && !acrossClauses(s, current, up.get().governor()))
                    && isReportingVerb(g) && !outsideGappedClause(s.tokens(), up.get().governor(), trigger)) {
                st.reported = true;
                return;
            }
            if (rel.equals("advcl") && up.get().governor() > current && isReportingVerb(g) && g.isVerb()
                    && s.childrenOf(current).stream().noneMatch(d -> d.relation().equals("mark"))
                    && s.childrenOf(current).stream().anyMatch(d -> d.relation().startsWith("nsubj"))
                    && commaBetween(s.tokens(), current, up.get().governor())) {
                // "The teenager was arrested on Tuesday, police said": the closing attribution the parser
                // took for the main clause, with the news as its adverbial clause (one with a word of its
                // own, "after he was arrested, police said", is none, and so is a participle with no
                // subject of its own: "Arrested on Tuesday, Ann Lee told detectives …")
                st.reported = true;
                return;
            }
            if (rel.equals("ccomp") && (g.isVerb() && cue(g, "hearsay-verb") || lemma(g).equals("be")
                    && subjectIsReportNoun(s, up.get().governor()))) {
                st.reported = true; // "the jury heard that he stabbed her", "the state's position is that he took part in it"
                return;
            }
            current = up.get().governor();
        }
        for (Dependency d : s.childrenOf(current)) {
            if (d.relation().equals("parataxis") && (isReportingVerb(s.tokens().get(d.dependent()))
                    || closingHearsay(s, d.dependent())) && !acrossClauses(s, current, d.dependent())) {
                st.reported = true;
                return;
            }
            if (d.relation().equals("advcl") && d.dependent() > trigger && closingAttribution(s, d.dependent())
                    && !acrossClauses(s, current, d.dependent())) {
                // "… was charged on Saturday after a stabbing outside a bar, police said": the parser took
                // the closing attribution for the clause of "after"; it reports the whole sentence
                st.reported = true;
                return;
            }
        }
    }

    /** Tags of a short subject between the comma and a closing verb of saying ("police", "the county's sheriff"). */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "JJ", "POS", "PRP", "PRP$");

    /**
     * Whether a verb of saying closes the sentence after a comma and a short subject of its own, with
     * no object or clause of its own: "…, police said." (what comes before it is what they said).
     */
    private boolean closingAttribution(Sentence s, int verb) {
        List<Token> tokens = s.tokens();
        Token v = tokens.get(verb);
        if (!v.isVerb() || !isReportingVerb(v) || verb + 1 < tokens.size() && !Set.of(".", "!").contains(tokens.get(verb + 1).word())) {
            return false;
        }
        if (s.childrenOf(verb).stream().anyMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp")
                || d.relation().equals("xcomp"))) {
            return false;
        }
        int k = verb - 1;
        while (k >= 0 && verb - k <= 5 && SUBJECT_TAGS.contains(tokens.get(k).pos())) {
            k--;
        }
        int comma = k;
        return comma >= 0 && comma < verb - 1 && tokens.get(comma).word().equals(",")
                && s.childrenOf(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj") && d.dependent() > comma);
    }

    /** Whether a comma stands between two words. */
    private static boolean commaBetween(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (tokens.get(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of hearing closes the sentence after a comma with no object of its own: "…, the
     * jury heard" (what the court was told, as "the jury heard that …" is).
     */
    private boolean closingHearsay(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        return v.isVerb() && cue(v, "hearsay-verb") && verb > 0 && s.childrenOf(verb).stream()
                .noneMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp") || d.relation().startsWith("obl"))
                && (verb + 1 >= s.tokens().size() || Set.of(".", "!", ",", ";").contains(s.tokens().get(verb + 1).word()));
    }

    /** Auxiliaries, negation, conditions and report adverbs attached to one word. */
    private void ownDependents(Sentence s, int head, State st) {
        for (Dependency d : s.childrenOf(head)) {
            Token c = s.tokens().get(d.dependent());
            String rel = d.relation();
            if ((rel.equals("aux") || rel.equals("aux:pass")) && isReportingVerb(c) && !auxiliary(c)) {
                st.reported = true; // a verb of speech the parser took for an auxiliary: "who prosecutors say killed him"
            } else if (rel.equals("aux") || rel.equals("aux:pass")) {
                auxiliary(c, st);
            } else if (rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj")) {
                if (cue(c, "negation") && (d.dependent() < head || !s.tokens().get(head).isVerb())
                        && !notOnly(s.tokens(), d.dependent())) {
                    // after its verb a negation belongs to what follows: "pleaded not guilty"
                    st.negative = true;
                } else if (cue(c, "near-miss") && d.dependent() < head && nearMissable(s.tokens().get(head))) {
                    st.negative = true; // "nearly died", "was almost killed"
                } else if (cue(c, "report")) {
                    st.reported = true;
                } else if (cue(c, "likelihood")) {
                    st.hypothetical = true; // "probably signed"
                }
            } else if (rel.equals("mark") || rel.equals("case")) {
                if (cue(c, "condition")) {
                    st.hypothetical = true;
                } else if (word(c).equals("without")) {
                    st.negative = true;
                }
            } else if (rel.startsWith("nsubj") || rel.equals("obj")) {
                // "no one was arrested", "no charges were filed", "nobody was hurt"
                if (cue(c, "negation") && !word(c).equals("not")) {
                    st.negative = true;
                }
                for (Dependency dd : s.childrenOf(d.dependent())) {
                    if (dd.relation().equals("det") && cue(s.tokens().get(dd.dependent()), "negation")) {
                        st.negative = true;
                    }
                }
            } else if (rel.equals("parataxis") && isReportingVerb(c) && !acrossClauses(s, head, d.dependent())) {
                st.reported = true; // "Velund was arrested, police said"
            } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
                // "according to prosecutors"
                if (lemma(c).equals("according") || s.childrenOf(d.dependent()).stream()
                        .anyMatch(x -> cue(s.tokens().get(x.dependent()), "report"))) {
                    st.reported = true;
                }
            }
        }
    }

    /**
     * Whether a ";" or ":" stands between two words: clauses side by side ("Lee did not testify; Bo testified"),
     * neither of which attributes the other (unlike "Lee was arrested, police said").
     */
    private static boolean acrossClauses(Sentence s, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            String w = s.tokens().get(k).word();
            if (w.equals(";") || w.equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** Words that join a conjunct in contrast to the first: "was not charged but released". */
    private static final Set<String> CONTRASTS = Set.of("but", "yet");

    /** Whether a conjunct is joined by "but" or "yet" ({@link #CONTRASTS}). */
    private static boolean contrast(Sentence s, int conjunct) {
        return s.childrenOf(conjunct).stream()
                .anyMatch(d -> d.relation().equals("cc") && CONTRASTS.contains(word(s.tokens().get(d.dependent()))));
    }

    /** A verb's tag, a past form after "be" read as the participle the tagger missed ("was neither charged"). */
    private static String formOf(List<Token> tokens, int verb) {
        return EventExtractor.participleAfterBe(tokens, verb) ? "VBN" : tokens.get(verb).pos();
    }

    private static boolean hasOwnAuxiliaryOrSubject(Sentence s, int verb) {
        // a copula of its own too: "did not enter a plea and is due to appear in court" (the parser's "due" an adverb)
        return s.childrenOf(verb).stream().anyMatch(d -> d.relation().startsWith("aux") || d.relation().startsWith("nsubj")
                || d.relation().equals("cop"));
    }

    // ---- without a parse: the words around the trigger ----

    private void byWindow(Sentence s, int trigger, State st) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        int start = clauseStart(s, trigger);
        int i = trigger - 1;
        if (!t.isVerb()) {
            // the noun's own premodifiers: "no criminal charges", "without a hearing"
            while (i >= start && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().startsWith("NN")
                    || tokens.get(i).pos().equals("CD") || tokens.get(i).pos().equals("POS")
                    || tokens.get(i).pos().equals("$") // an amount: "their $3 billion merger"
                    || tokens.get(i).pos().equals("PRP$") || ARTICLE_LIKE.contains(word(tokens.get(i))))) {
                i--;
            }
            if (i >= start && (cue(tokens.get(i), "negation") || word(tokens.get(i)).equals("without"))) {
                st.negative = true;
                i--;
            } else if (i + 1 < trigger && cue(tokens.get(i + 1), "negation")) {
                st.negative = true; // "no" is tagged DT and skipped above
            }
            if (i >= start && (tokens.get(i).pos().equals("IN") || tokens.get(i).pos().equals("TO"))) {
                String prep = word(tokens.get(i));
                int v = i - 1;
                while (v >= start && v > i - 5 && (tokens.get(v).pos().startsWith("NNP") || tokens.get(v).pos().equals("PRP"))) {
                    v--; // past a named object: "threatened Acme with a lawsuit"
                }
                if (v >= start && tokens.get(v).isVerb() && demands(tokens.get(v), prep)) {
                    carrier(tokens.get(v), prep, true, st); // "called for his resignation"
                    auxiliaryChain(s, v, start, st);
                }
                if (i - 1 >= start && tokens.get(i - 1).isVerb() && rules.isCue(lemma(tokens.get(i - 1)), "allegation")
                        && (prep.equals("with") || prep.equals("of") || prep.equals("for"))) {
                    st.reported = true; // "charged with murder", "wanted for murder"
                }
                i = -1; // a noun under a preposition belongs to another phrase
            }
            if (i >= start && tokens.get(i).isVerb()) {
                Token g = tokens.get(i);
                boolean demanded = demands(g, null);
                if (EventExtractor.isLightVerb(g) || demanded || cue(g, "planning-verb") || cue(g, "postponing-verb")
                        || cue(g, "enabling-verb") || cue(g, "negating-verb") || cue(g, "denying-verb")) {
                    boolean negativeBefore = st.negative;
                    if (cue(g, "participation")) {
                        st.atParticipation();
                    }
                    if (cue(g, "postponing-verb") && !demanded && !g.pos().equals("VBG")) {
                        st.planned = true; // "moved the trial to April 14": put off, as "postponed the trial" is
                    } else {
                        carrier(g, null, demanded, st);
                    }
                    int verb = i;
                    State its = new State();
                    keepingPolarityOfParticipation(g, null, its, () -> auxiliaryChain(s, verb, start, its));
                    keptDespiteCancelling(g, tokens, verb, negativeBefore, its, st);
                }
            }
            // "a hearing is scheduled for", "the trial, set for May 3"; past the noun's own phrase
            // ("the trial of Ann Lee was cancelled", "the attack on Bo Lee never happened") only up to a verb
            int j = trigger + 1;
            int past = pastOwnPhrase(tokens, j);
            boolean skipped = past > j;
            j = past;
            State verbs = new State();
            j = auxiliariesFrom(tokens, j, verbs);
            // past its phrase, only a verb that carries the event or says it took place bears on it: "the
            // attack on Bo Lee never happened", "the trial of Ann Lee did not begin" (never "was not prevented")
            if (!skipped || j < tokens.size() && (EventExtractor.isLightVerb(tokens.get(j))
                    || HAPPENING_VERBS.contains(lemma(tokens.get(j))))) {
                st.merge(verbs);
            }
            if (j < tokens.size() && tokens.get(j).pos().matches("VB[DZPN]?") && fallsThrough(tokens, trigger, j)
                    && !verbs.negative && !verbs.hypothetical && !verbs.planned && dealSubject(tokens, trigger, j)) {
                // "the sale of Acme to Bolt fell through in April" ("has not collapsed", "could collapse" stand)
                st.negative = true;
            }
            if (j < tokens.size() && tokens.get(j).pos().equals("VBN") && cue(tokens.get(j), "planning-verb")) {
                st.planned = true;
            }
            boolean passive = false; // an auxiliary before the participle, adverbs aside: "was not called off"
            for (int k = j - 1; k > trigger && (tokens.get(k).pos().equals("RB") || AUXILIARIES.contains(lemma(tokens.get(k)))); k--) {
                passive |= AUXILIARIES.contains(lemma(tokens.get(k)));
            }
            if (j < tokens.size() && tokens.get(j).pos().equals("VBN") && passive) {
                if (cue(tokens.get(j), "negating-verb") || phrasalCueAt(tokens, j, "negating-verb")) {
                    if (verbs.negative) {
                        // "the trial was not cancelled": still to come; "the attack was not prevented": it happened
                        st.negative = false;
                        st.planned |= cue(tokens.get(j), "cancelling-verb") || phrasalCueAt(tokens, j, "cancelling-verb");
                    } else {
                        st.negative = true; // "the trial was cancelled", "the vote was called off"
                    }
                } else if (cue(tokens.get(j), "postponing-verb")) {
                    st.planned = true; // "the hearing was postponed"
                }
            }
        } else {
            auxiliaryChain(s, trigger, start, st);
        }
        // a condition in the clause: "if convicted"; report adverbs: "allegedly"
        for (int k = start; k < trigger; k++) {
            if (cue(tokens.get(k), "condition")) {
                st.hypothetical = true;
            }
            if (cue(tokens.get(k), "report") && !word(tokens.get(k)).equals("according")) {
                st.reported = true;
            }
            if (cue(tokens.get(k), "likelihood")) {
                st.hypothetical = true;
            }
        }
        reportedByWindow(s, trigger, st);
    }

    /**
     * A noun event with a participle of planning and no auxiliary ("the hearing scheduled for May 14,
     * 2025 has been cancelled", "the vote set for Friday was called off"): the participle modifies
     * the noun, and the clause's own verb past its phrase says what became of the plan: called off,
     * the event is negative (a plan still, {@code planned}); "has not been cancelled" leaves it
     * planned. Read from the words, as the parser often takes the noun for the participle's subject.
     */
    private void calledOffPlan(List<Token> tokens, int trigger, State st) {
        int j = trigger + 1;
        if (tokens.get(trigger).isVerb() || j >= tokens.size() || !"VBN".equals(tokens.get(j).pos())
                || !cue(tokens.get(j), "planning-verb")) {
            return;
        }
        int r = participlePhraseEnd(tokens, j + 1);
        if (r >= tokens.size() || !AUXILIARIES.contains(lemma(tokens.get(r)))) {
            return;
        }
        State verbs = new State();
        int v = auxiliariesFrom(tokens, r, verbs);
        if (v < tokens.size() && "VBN".equals(tokens.get(v).pos())
                && (cue(tokens.get(v), "negating-verb") || phrasalCueAt(tokens, v, "negating-verb"))) {
            st.planned = true;
            st.negative = !verbs.negative;
        }
    }

    /** Past the commas, auxiliaries and adverbs from {@code j} ("was not", "has been"), noting negation and modals in {@code verbs}. */
    private int auxiliariesFrom(List<Token> tokens, int j, State verbs) {
        while (j < tokens.size() && (word(tokens.get(j)).equals(",") || AUXILIARIES.contains(lemma(tokens.get(j)))
                || tokens.get(j).pos().equals("RB"))) {
            if (cue(tokens.get(j), "negation")) {
                verbs.negative = true; // "a hearing was not held"
            }
            if (cue(tokens.get(j), "hypothetical") || cue(tokens.get(j), "planned")) {
                auxiliary(tokens.get(j), verbs);
            }
            j++;
        }
        return j;
    }

    /**
     * The end of a participle's phrase from {@code from}: prepositions, names, numbers, nouns and
     * their modifiers, and a comma inside a date ("for May 14, 2025"), at most twelve words.
     */
    private static int participlePhraseEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < 12) {
            Token t = tokens.get(k);
            String pos = t.pos();
            boolean dateComma = t.word().equals(",") && k > from && k + 1 < tokens.size()
                    && "CD".equals(tokens.get(k - 1).pos()) && "CD".equals(tokens.get(k + 1).pos());
            if (!dateComma && !(pos.equals("IN") || pos.equals("CD") || pos.startsWith("NN") || pos.equals("DT")
                    || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("TO"))) {
                break;
            }
            k++;
        }
        return k;
    }

    private static final Set<String> ARTICLE_LIKE = Set.of("the", "a", "an", "any", "further", "such");
    /** Verbs that say a noun event, their subject, took place. */
    private static final Set<String> HAPPENING_VERBS = Set.of("happen", "occur", "materialize", "materialise");
    /**
     * Prepositions that open a noun event's own phrase: "the trial of", "the attack on", "the hearing for",
     * "the merger with", "the talks between".
     */
    private static final Set<String> OWN_PHRASE = Set.of("of", "on", "for", "against", "into", "with", "between");

    /** The index past a noun event's own prepositional phrase ("of Ann Lee", "on the Acme plant"), or {@code from}. */
    private static int pastOwnPhrase(List<Token> tokens, int from) {
        int end = from;
        // its phrases one after another, each a preposition and a noun phrase, names joined by "and" inside
        // one ("the merger of Acme and Bolt", "the sale of Acme to Bolt", "the takeover of Acme by Bolt")
        for (int phrases = 0; phrases < 2 && end < tokens.size(); phrases++) {
            String w = word(tokens.get(end));
            if (!OWN_PHRASE.contains(w) && !(phrases > 0 && (w.equals("to") || w.equals("by")))) {
                break;
            }
            int k = end + 1;
            while (k < tokens.size() && k - end <= 6 && (NOUN_PHRASE.matcher(tokens.get(k).pos()).matches()
                    || word(tokens.get(k)).equals("and") && k > end + 1 && k + 1 < tokens.size()
                    && tokens.get(k - 1).pos().startsWith("NNP") && tokens.get(k + 1).pos().startsWith("NNP"))) {
                k++;
            }
            if (k == end + 1) {
                break;
            }
            end = k;
        }
        return end;
    }

    /**
     * The auxiliaries and adverbs right before a verb ("will not be charged", "has never been
     * arrested"), then what governs its infinitive ("declined to charge", "plans to sue") or the
     * conjunct it shares them with ("was not arrested or charged"), and the subject: "no one".
     */
    private void auxiliaryChain(Sentence s, int verb, int start, State st) {
        List<Token> tokens = s.tokens();
        int i = verb - 1;
        for (int hops = 0; hops < 3; hops++) {
            while (i >= start) {
                Token x = tokens.get(i);
                if (x.pos().equals("MD")) {
                    auxiliary(x, st);
                } else if (cue(x, "negation") && !word(x).equals("no") && !word(x).equals("without")) {
                    if (!notOnly(tokens, i)) {
                        st.negative = true;
                    }
                } else if (x.pos().startsWith("RB") || auxiliary(x)) {
                    if (cue(x, "report")) {
                        st.reported = true;
                    }
                    if (cue(x, "likelihood")) {
                        st.hypothetical = true;
                    }
                    if (cue(x, "near-miss") && i + 1 < tokens.size() && nearMissable(tokens.get(i + 1))) {
                        st.negative = true; // "nearly died", "was almost killed"
                    }
                } else {
                    break;
                }
                i--;
            }
            if (i < start) {
                return;
            }
            Token x = tokens.get(i);
            if (word(x).equals("without")) {
                st.negative = true; // "released without being charged"
                return;
            }
            if (word(x).equals("to") && listedPhraseBefore(tokens, verb)) {
                return; // "pleaded guilty to killing him": a preposition's gerund ({@link #governedThrough})
            }
            if (word(x).equals("to") || word(x).equals("from")) {
                boolean from = word(x).equals("from");
                if (!from && i - 1 >= start && word(tokens.get(i - 1)).equals("yet")) {
                    return; // "has yet to charge": negative ({@link #yetTo})
                }
                if (!from && i - 1 >= start && tokens.get(i - 1).pos().startsWith("JJ") && modalAdjective(tokens.get(i - 1))) {
                    governingVerb(tokens.get(i - 1), st); // "is due to be sentenced", "is likely to resign"
                    i -= 2;
                    continue;
                }
                if (i - 1 >= start && tokens.get(i - 1).isVerb()) {
                    if (from) {
                        if (cue(tokens.get(i - 1), "negating-verb")) {
                            st.negative = true;
                        }
                        return;
                    }
                    Token governor = tokens.get(i - 1);
                    State its = new State();
                    auxiliaryChain(s, i - 1, start, its);
                    if (!doneDespiteHesitation(governor, its)) {
                        infinitiveGovernor(governor, st); // "declined to charge", "is scheduled to appear"
                    }
                    st.merge(its);
                    return;
                }
                // "asked the court to release him", "bars the government from deporting him"
                for (int k = i - 1; k >= start && k >= i - 5; k--) {
                    if (tokens.get(k).isVerb()) {
                        if (from) {
                            if (cue(tokens.get(k), "negating-verb")) {
                                st.negative = true;
                            }
                        } else {
                            infinitiveGovernor(tokens.get(k), st);
                        }
                        return;
                    }
                }
                if (!from) {
                    st.hypothetical = true; // "the decision to appeal", "a plan to sue"
                }
                return;
            }
            if ((word(x).equals("or") || word(x).equals("nor") || word(x).equals("and")) && i - 1 >= start
                    && tokens.get(i - 1).isVerb() && tokens.get(i - 1).pos().equals(tokens.get(verb).pos())) {
                if (word(x).equals("nor")) {
                    st.negative = true;
                }
                i -= 2; // "was not arrested or charged": the first conjunct's auxiliaries
                continue;
            }
            // the subject: "no one was arrested", "nobody was charged", "no charges were filed"
            int j = i;
            while (j >= start && j >= i - 3 && !tokens.get(j).isVerb()) {
                Token y = tokens.get(j);
                if (cue(y, "negation") && !word(y).equals("not") && !word(y).equals("without")) {
                    st.negative = true;
                }
                if (word(y).equals("of") && j - 1 >= start && Set.of("none", "neither").contains(word(tokens.get(j - 1)))) {
                    st.negative = true; // "none of the three men has been charged"
                }
                if (!(y.pos().startsWith("NN") || y.pos().startsWith("JJ") || y.pos().equals("DT")
                        || y.pos().equals("CD") || word(y).equals("one"))) {
                    break;
                }
                j--;
            }
            return;
        }
    }

    /**
     * A verb of speech or accusation before the trigger in the same sentence ("prosecutors said he
     * bribed", "accused of killing"), or closing it after a comma ("…, police said"); "according to".
     */
    private void reportedByWindow(Sentence s, int trigger, State st) {
        List<Token> tokens = s.tokens();
        for (int k = trigger - 1; k >= 0; k--) {
            Token x = tokens.get(k);
            if (word(x).equals(";")) {
                break;
            }
            if (x.isVerb() && cue(x, "denying-verb")) {
                // "denied killing", "denied that he attacked": the denial governs the event; in
                // "denied all wrongdoing and would plead not guilty" it does not, and a verb of
                // speech further back may still report the event
                boolean governs = k == trigger - 1 && tokens.get(trigger).pos().equals("VBG") // "denied killing"
                        || deniedClause(tokens, k, trigger);
                if (governs) {
                    State its = new State();
                    auxiliaryChain(s, k, 0, its);
                    if (its.negative) {
                        st.reported = true; // "did not deny that he resigned": no denial, a source's word
                    } else {
                        governingVerb(x, st);
                    }
                    break;
                }
                continue;
            }
            if (word(x).equals("that") && copulaOfReportNoun(tokens, k)) {
                st.reported = true; // "the prosecution's case is that he drove to Harrowgate and killed her"
                break;
            }
            if (x.isVerb() && cue(x, "hearsay-verb") && heardClause(tokens, k, trigger)) {
                st.reported = true; // "the jury heard that he stabbed her", "the court heard he fled"
                break;
            }
            if (isReportingVerb(x)) {
                if (outsideGappedClause(tokens, k, trigger) || insideClosedRelative(tokens, k, trigger)) {
                    continue; // "the man police say shot two officers was arrested", "Lee, who is suspected of fraud, was held"
                }
                if (phraseContent(tokens, k) && newClauseBetween(tokens, k, trigger)) {
                    continue; // "was charged with theft, and Bo Lee was arrested": a verb of speech further back may report it
                }
                if (phraseContent(tokens, k) && joinedVerb(tokens, k, trigger)) {
                    continue; // "was charged and convicted", "charged with theft but not jailed": a second act, told as such
                }
                if (!adjunctOf(tokens, k, trigger)) {
                    governingVerb(x, st);
                }
                break;
            }
        }
        int lastComma = -1;
        for (int k = trigger + 1; k < tokens.size(); k++) {
            if (word(tokens.get(k)).equals(",")) {
                lastComma = k;
            }
            if (word(tokens.get(k)).equals("according") && k + 1 < tokens.size() && word(tokens.get(k + 1)).equals("to")) {
                st.reported = true;
            }
        }
        for (int k = 0; k < trigger; k++) {
            if (word(tokens.get(k)).equals("according") && k + 1 < tokens.size() && word(tokens.get(k + 1)).equals("to")) {
                st.reported = true;
            }
        }
        if (lastComma > trigger && closingAttribution(tokens, lastComma + 1)) {
            st.reported = true; // "…, police said."
        }
    }

    /**
     * A noun whose "that" clause is a party's account, not a fact: {@code report-noun} ("reports that",
     * "the theory that") and {@code that-report-noun}, which only through "that" is one ("the
     * prosecution's case is that", "his account was that"; "the case of the stolen paintings" is none).
     */
    private boolean reportNoun(Token t) {
        return t.isNoun() && cue(t, "report-noun");
    }

    /** How many words the subject of a copula may have between its noun of report and the copula: "the case against him is that". */
    private static final int COPULA_SUBJECT_REACH = 4;

    /**
     * Whether the "that" at {@code that} follows a form of "be" whose subject is a noun of a party's
     * account ({@link #copulaSubjectNoun}): "the prosecution's case is that …", "Velmora's position was simply
     * that …". All of the clause, however far its verbs stand from "that" ("returned to Harrowgate and
     * took part in the killing"), is that party's word.
     */
    private boolean copulaOfReportNoun(List<Token> tokens, int that) {
        int be = stepBack(tokens, that, 0, Token::isAdverb);
        if (be < 1 || !tokens.get(be).isVerb() || !lemma(tokens.get(be)).equals("be")) {
            return false;
        }
        for (int k = be - 1; k >= 0 && k >= be - COPULA_SUBJECT_REACH; k--) {
            Token x = tokens.get(k);
            if (copulaSubjectNoun(x) && !x.pos().startsWith("NNP")) {
                return true;
            }
            if (!NOUN_PHRASE.matcher(x.pos()).matches() && !x.pos().equals("IN") && !x.pos().equals("PRP")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a form of "be" has a noun of a party's account as its subject in the parse ({@link #copulaOfReportNoun}). */
    private boolean subjectIsReportNoun(Sentence s, int be) {
        return s.childrenOf(be).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && copulaSubjectNoun(s.tokens().get(d.dependent())) && !s.tokens().get(d.dependent()).pos().startsWith("NNP"));
    }

    /**
     * A noun whose "is that" clause is a party's account: a noun of report, a stance noun ("the
     * theory is that", "her position was that") or a noun of a party's telling ("her version is
     * that"), the last two only through "is" (right before "that" they as often open a relative
     * clause: "the complaint that Acme filed", "the case that prosecutors filed").
     */
    private boolean copulaSubjectNoun(Token t) {
        return reportNoun(t) || t.isNoun() && (cue(t, "stance-noun") || cue(t, "that-report-noun"));
    }

    /**
     * Whether a verb of hearing ({@code hearsay-verb}: "the court heard") takes the trigger's clause:
     * after "that" (past a time phrase: "heard on Monday that"), anywhere in the sentence; without it, a
     * name or pronoun right before the trigger ("the tribunal heard Ansel Dray attacked a colleague"). Its
     * object is what was perceived ("residents heard an explosion": the explosion happened).
     */
    private static boolean heardClause(List<Token> tokens, int verb, int trigger) {
        int k = afterWhen(tokens, verb + 1, trigger);
        return k < trigger && word(tokens.get(k)).equals("that") || deniedClause(tokens, verb, trigger);
    }

    /**
     * Whether a verb of speech right before a verb, whose subject it left out, speaks only of that verb's
     * clause, a relative one ("the man police say shot two officers", "who prosecutors say robbed three
     * banks"), and the trigger stands past it, in the clause of the noun that clause describes ("… was
     * arrested on Sunday"): a finite verb or auxiliary after the first one, not joined to it by "and", "or",
     * "but", nor in a clause of its own ("who", "that"), opens that main clause.
     */
    private static boolean outsideGappedClause(List<Token> tokens, int verb, int trigger) {
        if (verb + 1 >= trigger || verb == 0) {
            return false;
        }
        Token next = tokens.get(verb + 1);
        // a finite form opens the clause, or the participle the tagger gives "shot", "killed" after "say"
        boolean gap = next.isFiniteVerb() || "VBN".equals(next.pos());
        if (!gap || !relativeSubject(tokens, verb)) {
            return false;
        }
        for (int k = verb + 2; k <= trigger; k++) {
            Token x = tokens.get(k);
            String w = word(x);
            if (Set.of("who", "whom", "which", "that", ";").contains(w)) {
                return false;
            }
            if (!x.isFiniteVerb()) {
                continue;
            }
            int before = stepBack(tokens, k, verb + 1, Token::isAdverb);
            if (before > verb + 1 && !Set.of("and", "or", "but", "nor").contains(word(tokens.get(before)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before a verb are the subject of a relative clause without its pronoun, after
     * its noun ("the man police say", "a driver witnesses say"), or after "who", "whom", "that" ("who
     * federal prosecutors say"): not a sentence's own subject ("Officials said seized documents showed").
     */
    private static boolean relativeSubject(List<Token> tokens, int verb) {
        if (verb >= 3 && Set.of("DT", "PRP$").contains(tokens.get(verb - 3).pos())
                && tokens.get(verb - 2).pos().matches("NNS?") && tokens.get(verb - 1).pos().matches("NNS?|PRP")) {
            return true;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            String w = word(tokens.get(k));
            if (k < verb - 1 && Set.of("who", "whom", "that").contains(w)) {
                return true;
            }
            if (!tokens.get(k).pos().matches("NN.*|JJ|PRP|DT")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a verb follows, past its adverbs, a verb of speech whose subject is that of a relative
     * clause without its pronoun ({@link #relativeSubject}): "the man police say shot two officers", "who
     * prosecutors say fatally stabbed him": the verb is what the source says.
     */
    private boolean gappedRelativeVerb(List<Token> tokens, int trigger) {
        int v = stepBack(tokens, trigger, 0, Token::isAdverb);
        return v >= 0 && isReportingVerb(tokens.get(v)) && relativeSubject(tokens, v);
    }

    /** Words that open a relative clause set off by commas: "Lee, who is suspected of fraud, was held". */
    private static final Set<String> RELATIVE_OPENERS = Set.of("who", "whom", "whose", "which");

    /**
     * Whether the verb at {@code verb} stands in a relative clause set off by commas that closes before
     * the trigger ("Neve Harland, who is suspected of killing her partner, was detained in Corby"): the
     * accusation is the relative clause's, the detention is told as a fact.
     */
    private static boolean insideClosedRelative(List<Token> tokens, int verb, int trigger) {
        int open = -1;
        for (int k = verb - 1; k >= 1 && open < 0; k--) {
            String w = word(tokens.get(k));
            if (w.equals(";") || w.equals(",") && !RELATIVE_OPENERS.contains(word(tokens.get(k + 1)))) {
                return false;
            }
            if (RELATIVE_OPENERS.contains(w) && word(tokens.get(k - 1)).equals(",")) {
                open = k;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = verb + 1; k < trigger; k++) {
            if (word(tokens.get(k)).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reporting verb's content is a phrase, not a clause: a passive ("was charged", "was
     * accused") or a preposition right after it ("charged with", "accused of").
     */
    private static boolean phraseContent(List<Token> tokens, int verb) {
        boolean passive = tokens.get(verb).pos().equals("VBN") && verb > 0 && (lemma(tokens.get(verb - 1)).equals("be")
                || tokens.get(verb - 1).isAdverb() && verb > 1 && lemma(tokens.get(verb - 2)).equals("be"))
                || EventExtractor.participleAfterBe(tokens, verb); // "was neither charged nor arrested"
        return passive || verb + 1 < tokens.size() && Set.of("with", "of", "for").contains(word(tokens.get(verb + 1)));
    }

    /**
     * Whether a clause with a subject of its own opens between two tokens ({@link
     * EventExtractor#clauseBoundary}: "was not charged with bribery, and her husband was not
     * arrested"); a verb or a phrase joined with no comma and subject ("charged with theft and
     * jailed", "accused of theft and of assault") shares the first verb's clause.
     */
    private static boolean newClauseBetween(List<Token> tokens, int from, int to) {
        return EventExtractor.nextBoundaryAfter(tokens, from + 1) < to - 1;
    }

    /**
     * Whether the trigger is a finite verb or participle joined by "and", "but" or "or" to the phrase of
     * an accusation: its own act, not what is alleged ("accused of stealing and selling cars" keeps its gerund).
     */
    private static boolean joinedVerb(List<Token> tokens, int accusation, int trigger) {
        String pos = tokens.get(trigger).pos();
        if (!tokens.get(trigger).isVerb() || pos.equals("VBG") || pos.equals("VB")) {
            return false;
        }
        for (int k = accusation + 1; k < trigger; k++) {
            String w = word(tokens.get(k));
            if (w.equals("and") || w.equals("but") || w.equals("or") || w.equals("nor")) {
                return true;
            }
        }
        return false;
    }

    /** How many words the subject of "denied that …" may have before its verb. */
    private static final int SUBJECT_WORDS = 5;
    /** The parts of speech of a short noun phrase: determiners, possessives, adjectives, nouns, numbers. */
    private static final Pattern NOUN_PHRASE = Pattern.compile("DT|PRP\\$|POS|JJ.?|NN.*|CD");

    /**
     * Whether a noun trigger is the object of a preposition right after the verb: a circumstance of
     * the saying ("argued during the trial that …", "spoke after the hearing"), not what was said.
     */
    private static boolean adjunctOf(List<Token> tokens, int verb, int trigger) {
        if (tokens.get(trigger).isVerb() || verb + 1 >= trigger) {
            return false;
        }
        Token preposition = tokens.get(verb + 1);
        if (!"IN".equals(preposition.pos()) || preposition.word().equalsIgnoreCase("that")) {
            return false;
        }
        for (int i = verb + 2; i < trigger; i++) {
            if (!NOUN_PHRASE.matcher(tokens.get(i).pos()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the trigger is the verb of the clause a denial takes: "denied he had attacked" (a pronoun or a
     * name, then at most three auxiliaries or adverbs), "denied that the guards had attacked him" (after
     * "that", any short noun phrase as the subject); not "denied the charges when he was arrested", "denied
     * the charges filed against him" nor "denied all wrongdoing and would plead".
     */
    private static boolean deniedClause(List<Token> tokens, int denial, int trigger) {
        int k = afterWhen(tokens, denial + 1, trigger); // "denied on May 3, 2024 that …"
        boolean that = k < trigger && tokens.get(k).word().equalsIgnoreCase("that");
        if (that) {
            k++;
        }
        if (k >= trigger) {
            return false;
        }
        if (tokens.get(k).pos().equals("PRP") || tokens.get(k).pos().startsWith("NNP")) {
            while (k + 1 < trigger && tokens.get(k + 1).pos().startsWith("NNP")) {
                k++; // a name of several words
            }
        } else if (that) {
            int last = k;
            while (last < trigger && last - k < SUBJECT_WORDS && NOUN_PHRASE.matcher(tokens.get(last).pos()).matches()) {
                last++;
            }
            if (last == k || !tokens.get(last - 1).pos().startsWith("NN") && !tokens.get(last - 1).pos().equals("CD")) {
                return false; // no noun phrase, or one that does not end in its noun
            }
            k = last - 1;
        } else {
            return false;
        }
        int auxiliaries = 0;
        for (int x = k + 1; x < trigger; x++) {
            Token t = tokens.get(x);
            if (intentionBeforeTrigger(tokens, x, trigger)) {
                x++; // "denied that she planned to resign", "denies he was going to sell": the plan is denied
                continue;
            }
            if (!auxiliaryModalOrAdverb(t) || ++auxiliaries > 3) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of intending, whose "to" takes the denied clause's act: "planned to", "intends to", "was going to". */
    private static final Set<String> INTENTION_VERBS = Set.of("plan", "intend", "want", "mean", "aim", "go", "seek", "try");

    /** Whether a verb of intending and its "to" stand at {@code x}, before the trigger. */
    private static boolean intentionBeforeTrigger(List<Token> tokens, int x, int trigger) {
        return x + 1 < trigger && tokens.get(x).isVerb() && INTENTION_VERBS.contains(lemma(tokens.get(x)))
                && tokens.get(x + 1).word().equalsIgnoreCase("to");
    }

    /** The first token of the trigger's clause, for a window without a parse. */
    private static int clauseStart(Sentence s, int trigger) {
        for (int i = trigger - 1; i >= 0; i--) {
            String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            if (CLAUSE_ENDS.contains(w) || w.equals(",")) {
                return i + 1;
            }
        }
        return 0;
    }
}
