package org.casefile.nlp;

import java.util.List;
import java.util.Set;

/** The tense of the clause around a time expression, read from part-of-speech tags. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "wo");
    /** Participles that announce something to come: "is set for", "is scheduled for". */
    private static final Set<String> PLANNED = Set.of("set", "scheduled", "expected", "planned", "due",
            "slated", "poised", "reset", "rescheduled", "postponed", "adjourned", "continued");
    /** Words and marks that end a clause; a quotation mark ends the quoted words or the writer's around them. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "—", "that", "but", "while",
            "because", "after", "before", "when", "although", "who", "which", "``", "''", "\"", "\u201c", "\u201d");

    /**
     * The tense of the clause holding tokens {@code [begin, end)}: the nearest verb group to the
     * left within the clause, else to the right.
     */
    public static Tense of(List<Token> tokens, int begin, int end) {
        Tense left = scan(tokens, begin - 1, -1);
        if (left == null) {
            return UNKNOWN; // a verb group that places nothing (a present perfect, a past plan): no looking right
        }
        if (left != UNKNOWN) {
            return left;
        }
        Tense right = scan(tokens, end, 1);
        return right == null ? UNKNOWN : right;
    }

    /**
     * Whether the participle at {@code i} follows an auxiliary of the passive with no tense of its
     * own: "be", "being", "get", "getting" ("to be published", "is going to start getting hurt").
     */
    private static boolean afterBe(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT).matches("be|being|get|getting");
    }

    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");

    /** "was", "were" or "had" just before a participle ("was postponed", "had been set"). */
    private static boolean pastAuxiliaryBefore(List<Token> tokens, int participle) {
        for (int i = participle - 1; i >= 0 && i >= participle - 3; i--) {
            String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (PAST_AUXILIARIES.contains(w)) {
                return true;
            }
            if (!w.equals("been") && !w.equals("not") && !w.equals("n't") && !tokens.get(i).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Verbs whose infinitive names something still to come when they are said: "plans to sell",
     * "agreed to pay", "were hoping to meet".
     */
    private static final Set<String> INTENTIONS = Set.of("plan", "intend", "expect", "hope", "aim", "prepare",
            "vow", "promise", "threaten", "agree", "decide", "want", "seek", "propose", "pledge", "arrange",
            "schedule", "mean");

    /**
     * Adjectives of what is still to come, before an infinitive: "likely to vote", "unlikely to
     * win", "ready to sign", "sure to follow" (a closed class).
     */
    private static final Set<String> PROSPECTS = Set.of("likely", "unlikely", "certain", "sure", "bound", "ready",
            "poised", "eager", "determined", "due");

    /**
     * The tense of an adjective of prospect at {@code i} ({@link #PROSPECTS}) that governs an
     * infinitive: ahead unless its copula is a past ("were unlikely to back the plan in November":
     * ahead of that time only, on either side of the publication, {@link #UNKNOWN}); null when the
     * word is no such adjective.
     */
    private static Tense prospect(List<Token> tokens, int i) {
        if (i < 0 || tokens.get(i).pos() == null || !tokens.get(i).pos().startsWith("JJ")
                || !PROSPECTS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            Token t = tokens.get(j);
            if (t.pos() == null || !(t.pos().startsWith("RB") || t.pos().startsWith("JJR") || t.isVerb())) {
                break;
            }
            if (t.isVerb()) {
                // "has been likely to", "had been ready to": a perfect places nothing ahead
                return t.pos().equals("VBD") || t.pos().equals("VBN") ? UNKNOWN : FUTURE;
            }
        }
        return FUTURE;
    }

    /**
     * Verbs that tell someone to do something, whose infinitive lies ahead of the telling: "told
     * residents not to drink the water until Friday", "ordered the plant to close on Monday". Not
     * "forced" or "helped", whose past reports what was done ({@link #IMPLICATIVES}: "the storm forced
     * Acme to shut its refinery on Tuesday" is the Tuesday before).
     */
    private static final Set<String> DIRECTIVES = Set.of("tell", "order", "ask", "urge", "advise", "instruct",
            "direct", "warn", "encourage", "invite", "command", "caution");
    /** Verbs whose past says their infinitive was done: "forced Acme to shut", "helped them to leave". */
    private static final Set<String> IMPLICATIVES = Set.of("force", "compel", "help", "enable", "cause", "lead");

    /**
     * The tense a verb of telling gives the infinitive whose "to" follows {@code i}: looking left
     * past "not", adverbs and the one told (at most four words of a noun phrase), ahead of a present
     * ("urges residents to stay home until Friday"), and after a past ahead of the telling only, on
     * either side of the publication ({@link #UNKNOWN}: the nearest such day); null when no such
     * verb governs the infinitive.
     */
    private static Tense directive(List<Token> tokens, int i) {
        int j = i;
        while (j >= 0 && tokens.get(j).pos() != null && tokens.get(j).pos().startsWith("RB")) {
            j--; // "told them not to", "urged voters strongly to"
        }
        for (int k = j; k >= 0 && k >= j - 4; k--) {
            Token t = tokens.get(k);
            if (t.pos() == null) {
                return null;
            }
            if (t.isVerb()) {
                String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
                boolean past = t.pos().equals("VBD") || t.pos().equals("VBN") && !presentPassive(tokens, k);
                if (IMPLICATIVES.contains(lemma)) {
                    return past ? PAST : null; // "the storm forced Acme to shut its refinery on Tuesday": done
                }
                if (!DIRECTIVES.contains(lemma)) {
                    return null;
                }
                return past ? UNKNOWN : FUTURE;
            }
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("DT") || t.pos().startsWith("JJ")
                    || t.pos().equals("CD"))) {
                return null; // the one told is a short noun phrase
            }
        }
        return null;
    }

    /**
     * Nouns of intention whose infinitive names something still to come when it is intended:
     * "announced plans to cut 300 jobs in September", "a proposal to close the school in June",
     * "the decision to raise fares on Jan. 1" (a closed class; not "effort", "bid" or "attempt",
     * which a story tells of when done).
     */
    private static final Set<String> INTENTION_NOUNS = Set.of("plan", "proposal", "intention", "decision",
            "agreement", "deal", "promise", "pledge", "offer", "vow", "commitment", "plot", "scheme");

    /**
     * The tense a noun of intention at {@code i} ({@link #INTENTION_NOUNS}) gives its infinitive:
     * ahead when the verb that governs the noun is a present or a modal ("plans to close the plant in
     * June are under way", "has a plan to"), else ahead of the intending only, on either side of the
     * publication ({@link #UNKNOWN}: the nearest such day: "announced plans to cut jobs in September");
     * null when the word is no such noun. The verb is looked for left of the noun, past its
     * determiners and modifiers (at most four words).
     */
    private static Tense intentionNoun(List<Token> tokens, int i) {
        if (i < 0 || tokens.get(i).pos() == null || !tokens.get(i).isNoun() || tokens.get(i).pos().startsWith("NNP")
                || !INTENTION_NOUNS.contains(lemmaOf(tokens.get(i)))) {
            return null;
        }
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            Token t = tokens.get(k);
            if (t.pos() == null) {
                return UNKNOWN;
            }
            if (t.isVerb()) {
                return t.pos().matches("VBZ|VBP|MD") ? FUTURE : UNKNOWN;
            }
            if (!(t.pos().matches("DT|PRP\\$|POS|CD|JJ.*|NN.*|RB.*"))) {
                return UNKNOWN;
            }
        }
        return UNKNOWN;
    }

    private static String lemmaOf(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
    }

    /** Verbs of planning whose past puts the day of their object ahead of the planning ("planned a rally on Saturday"). */
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "expect", "intend", "arrange");

    /**
     * The tense of an intention verb at {@code i} that governs an infinitive: ahead of a present
     * ("plans to", "has agreed to", "is planning to"), {@link #UNKNOWN} after a past ("planned to
     * leave on Thursday": ahead of the planning, on either side of the publication: the nearest
     * such day); null when the word is no such verb.
     */
    private static Tense intention(List<Token> tokens, int i) {
        Tense prospect = prospect(tokens, i);
        if (prospect != null) {
            return prospect;
        }
        if (i < 0 || !INTENTIONS.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))
                || !tokens.get(i).isVerb()) {
            return null;
        }
        String pos = tokens.get(i).pos();
        boolean past = pos.equals("VBD") || (pos.equals("VBN") || pos.equals("VBG")) && pastAuxiliaryBefore(tokens, i);
        return past ? UNKNOWN : FUTURE;
    }

    /**
     * The index of "has", "have" or "'ve" before the past participle at {@code participle} ("has
     * won", "have been fined", "has not yet signed"), or -1: none, "had", or one after a modal or
     * "to" ("would have won"). The words between are "been" and adverbs. The sentence is tagged.
     */
    public static int perfectAuxiliary(List<Token> tokens, int participle) {
        for (int i = participle - 1; i >= 0 && i >= participle - 4; i--) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("has") || w.equals("have") || w.equals("'ve")) {
                if (i > 0 && ("MD".equals(tokens.get(i - 1).pos()) || "TO".equals(tokens.get(i - 1).pos()))) {
                    return -1;
                }
                return i;
            }
            if (!w.equals("been") && (t.pos() == null || !t.pos().startsWith("RB"))) {
                return -1;
            }
        }
        return -1;
    }

    /** "has" or "have" at {@code i} before its past participle, adverbs aside ("has laid off", "have not yet voted"). */
    private static boolean perfectFrom(List<Token> tokens, int i) {
        String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
        if (!w.equals("has") && !w.equals("have") && !w.equals("'ve")) {
            return false;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
            Token t = tokens.get(j);
            if ("VBN".equals(t.pos())) {
                return true;
            }
            if (t.pos() == null || !t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am", "'s", "'re");

    /** Words between a progressive and a time that tie the time to something else: a span, a comparison, another event. */
    private static final Set<String> PERIOD_WORDS = Set.of("since", "from", "through", "throughout", "during", "than",
            "after", "before", "over", "following", ",");
    /** Words right before a time that tie it to the progressive's arrangement: "is meeting on Nov. 3", "in November". */
    private static final Set<String> ARRANGED_AT = Set.of("in", "on", "at", "by", "until", "till");

    /**
     * Whether the present "be" at {@code be} begins a progressive whose time is the arrangement's
     * ("is seeking a third term in November", "are meeting on Nov. 3", "is being held in May"): a
     * present that tells of something ahead. The time must follow "in", "on", "at", "by" or "until"
     * ({@code time} is the word right before it), with no word of a span, a comparison or another
     * event between ("has been falling since May", "rising faster than in January", "cleaning up
     * after floods in March", a comma); a time before a noun ("examining the March 3 derailment")
     * follows no such word.
     */
    private static boolean progressive(List<Token> tokens, int be, int time) {
        if (!PRESENT_AUXILIARIES.contains(tokens.get(be).word().toLowerCase(java.util.Locale.ROOT))
                || time < 0 || !ARRANGED_AT.contains(tokens.get(time).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = be + 1; i <= time && i < tokens.size(); i++) {
            if (PERIOD_WORDS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        for (int i = be + 1; i < tokens.size() && i <= be + 3; i++) {
            Token t = tokens.get(i);
            if ("VBG".equals(t.pos())) {
                return true;
            }
            if (t.pos() == null || !t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Verbs of a timetable, whose simple present tells of a time still to come when the time is
     * theirs: an opening, a start, a close, an end, a departure or a return ("the season opens in
     * September", "the lease expires in May", "the team leaves for Oslo on June 2").
     */
    private static final Set<String> TIMETABLE = Set.of("begin", "start", "open", "reopen", "resume", "close",
            "expire", "end", "launch", "convene", "reconvene", "leave", "depart", "arrive", "return", "retire", "debut", "premiere");

    /**
     * Whether the present verb at {@code verb} is a timetable's ({@link #TIMETABLE}) and the time
     * after it is a month of its own, named alone: right after the verb or after "in" ({@code time} is
     * the word right before the month), with at most a named destination ("leaves for Oslo in June")
     * or "its doors" between ("opens its doors in May"). A month only: a day ("reopens on Feb. 3") keeps
     * the nearest reading, which a headline about a day just gone needs. Not another object or a state
     * ("returns to growth in March", a headline's past), not a relative clause ("the session, which
     * begins in January and ends in May, is half over": the span now running), not a time before the
     * verb.
     */
    private static boolean timetable(List<Token> tokens, int verb, int time, int step) {
        if (step > 0 || !TIMETABLE.contains(lemmaOf(tokens.get(verb))) || !tokens.get(verb).isVerb()) {
            return false;
        }
        int month = time + 1;
        if (month >= tokens.size() || !MONTH_NAME.matcher(tokens.get(month).word()).matches()
                || month + 1 < tokens.size() && tokens.get(month + 1).word().matches("\\d{1,2}(st|nd|rd|th)?")) {
            return false;
        }
        if (time != verb && !tokens.get(time).word().equalsIgnoreCase("in")) {
            return false;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("which") || w.equals("that") || w.equals("who")) {
                return false;
            }
            if (w.equals(",")) {
                break;
            }
        }
        int k = verb + 1;
        if (k + 1 < time && tokens.get(k).word().toLowerCase(java.util.Locale.ROOT).matches("its|their|the")
                && tokens.get(k + 1).word().equalsIgnoreCase("doors")) {
            k += 2; // "opens its doors in May": an opening
        } else if (k < time && tokens.get(k).word().toLowerCase(java.util.Locale.ROOT).matches("for|to")) {
            k++; // "leaves for Oslo in June": a place named
            while (k < time && "NNP".equals(tokens.get(k).pos())) {
                k++;
            }
        }
        return k == time || time == verb;
    }

    /** Nouns and adjectives of coming into force after a verb: "takes effect", "goes into effect", "comes into force", "becomes effective". */
    private static final Set<String> IN_FORCE = Set.of("effect", "force", "effective");

    /**
     * Whether the present verb at {@code verb} tells of something coming into force ("takes effect",
     * "goes into effect", "comes into force", "becomes effective"): the present of a change still to
     * come, as a schedule's is; the word of force follows the verb, "into" aside.
     */
    private static boolean comesIntoForce(List<Token> tokens, int verb) {
        int k = verb + 1;
        if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("into")) {
            k++;
        }
        return k < tokens.size() && IN_FORCE.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))
                && Set.of("take", "go", "come", "become").contains(lemmaOf(tokens.get(verb)));
    }

    /** "is heard", "are being held": a passive of the present, which has no past day. */
    public static boolean presentPassive(List<Token> tokens, int participle) {
        for (int i = participle - 1; i >= 0 && i >= participle - 3; i--) {
            String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (PRESENT_AUXILIARIES.contains(w)) {
                return true;
            }
            if (!w.equals("being") && !w.equals("not") && !w.equals("n't") && !tokens.get(i).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The tense a participle of planning ("scheduled", "set", "planned") gives the day it governs:
     * ahead after a present or an infinitive ("is scheduled for", "will be set for", "to be held");
     * after a past ("was scheduled for Tuesday") ahead of the planning only, on either side of the
     * publication (null: the nearest such day); without an auxiliary ("a service planned for
     * Saturday was canceled", "a vote set for Friday"), as the clause's finite verb after it says:
     * a past puts the plan in the past (null), anything else ahead.
     */
    private static Tense plannedFrom(List<Token> tokens, int participle) {
        for (int i = participle - 1; i >= 0 && i >= participle - 3; i--) {
            String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (PAST_AUXILIARIES.contains(w)) {
                return null;
            }
            if (PRESENT_AUXILIARIES.contains(w) || w.equals("be") || w.equals("are") || w.equals("has")
                    || w.equals("have")) {
                return FUTURE;
            }
            if (!w.equals("been") && !w.equals("being") && !w.equals("not") && !w.equals("n't")
                    && !tokens.get(i).pos().startsWith("RB")) {
                break;
            }
        }
        for (int i = participle + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(";") || w.equals(":")) {
                break;
            }
            if (t.pos().equals("VBD") && !Token.isNameTag(t.ner())) {
                return null;
            }
            if (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
                break;
            }
        }
        return FUTURE;
    }

    /**
     * Whether "set" at {@code i} is a verb of going or burning with its particle or noun ("set out",
     * "set off", "set forth", "set sail", "set fire"): no setting of a date.
     */
    private static boolean departs(List<Token> tokens, int i) {
        return tokens.get(i).word().equalsIgnoreCase("set") && i + 1 < tokens.size()
                && tokens.get(i + 1).word().matches("(?i)out|off|forth|sail|fire");
    }

    /** Whether "as" stands before the participle at {@code i}, adverbs aside: "as planned", "as previously scheduled". */
    private static boolean afterAs(List<Token> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && tokens.get(j).pos() != null && tokens.get(j).pos().startsWith("RB")) {
            j--;
        }
        return j >= 0 && tokens.get(j).word().equalsIgnoreCase("as");
    }

    /**
     * Whether the verb at {@code verb} is "set" (or "reset") naming the day at {@code from + 1} as
     * the time of what it sets: "set a trial date of Oct. 6", "set the vote for Jan. 9", "set
     * Sept. 30 as the deadline". Not "set a record on Friday", "set fire to it in March": the day
     * of the setting.
     */
    private static boolean setsDate(List<Token> tokens, int verb, int from) {
        String lemma = tokens.get(verb).lemma() == null ? "" : tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT);
        if (!lemma.equals("set") && !lemma.equals("reset") || from < 0) {
            return false;
        }
        return verb == from || tokens.get(from).word().matches("(?i)for|of");
    }

    /**
     * Whether a past verb of planning governs the day after {@code begin} ("scheduled the vote for
     * Jan. 9", "set a trial date of Oct. 6", "planned a rally on Saturday", "was scheduled for
     * Tuesday"): the day lies ahead of the planning, on either side of the publication, with no
     * leaning to the past. Looks left within the clause, at most eight tokens.
     */
    public static boolean pastPlanning(List<Token> tokens, int begin) {
        int head = prospectHead(tokens, begin);
        if (head >= 0) {
            return ofProspect(tokens, head) == UNKNOWN; // "warned of losing the House in November"
        }
        int from = begin - 1;
        for (int i = from; i >= 0 && i >= begin - 9; i--) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w) || w.equals(",") || t.pos() == null) {
                return false;
            }
            String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (t.pos().equals("VBD") && (PLANNING.contains(lemma) || setsDate(tokens, i, from))) {
                return true;
            }
            if (t.pos().equals("VBN") && PLANNED.contains(w) && !departs(tokens, i) && pastAuxiliaryBefore(tokens, i)
                    && !(from >= 0 && tokens.get(from).word().equalsIgnoreCase("on") && i < from)) {
                return true;
            }
            if (t.isVerb()) {
                return pastIntended(tokens, i);
            }
        }
        return false;
    }

    /**
     * Whether the infinitive at {@code verb} ("to cut") is one a past intention or telling governs
     * ("agreed to cut jobs in September", "announced plans to cut jobs in September", "ordered the
     * plant to close in June"): what was intended lies ahead of the intending, on either side of the
     * publication, read as a planned day is.
     */
    private static boolean pastIntended(List<Token> tokens, int verb) {
        if (verb < 2 || !"VB".equals(tokens.get(verb).pos()) || !"TO".equals(tokens.get(verb - 1).pos())) {
            return false;
        }
        int i = verb - 2;
        if (pastPerfectBefore(tokens, i) || prospect(tokens, i) != null) {
            // "had been scheduled to expire at midnight Friday": a plan already past; "were unlikely to
            // back the slate in November": a prospect, no intention, the nearest such month
            return false;
        }
        Tense planned = intention(tokens, i);
        if (planned == null) {
            planned = directive(tokens, i);
        }
        if (planned == null) {
            planned = intentionNoun(tokens, i);
        }
        return planned == UNKNOWN;
    }

    /** Whether "had" stands within six words before {@code i} in its clause ("had been scheduled to", "had announced plans to"). */
    private static boolean pastPerfectBefore(List<Token> tokens, int i) {
        for (int k = i; k >= 0 && k >= i - 6; k--) {
            String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("had") || w.equals("'d")) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "after", "before" or "because of" met looking left from a time with no verb in between: a
     * preposition before a noun phrase ("after the debate on Saturday", "before Friday's vote");
     * with a verb in between it starts a clause of its own ("after the votes are counted Tuesday").
     */
    private static boolean isPreposition(List<Token> tokens, int i, String w) {
        return w.equals("after") || w.equals("before")
                || w.equals("because") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("of");
    }

    /**
     * A gerund that names what a charge or a verdict is of: "of", "for" or "with" after a participle
     * or an adjective ("guilty of killing", "arrested for robbing", "charged with running"); not after
     * an active verb ("warned of losing", whose object may lie ahead).
     */
    private static boolean gerundOfPreposition(List<Token> tokens, int gerund) {
        if (gerund < 2) {
            return false;
        }
        Token p = tokens.get(gerund - 1);
        String before = tokens.get(gerund - 2).pos();
        // after a passive participle or an adjective of a verdict or charge: "arrested for", "guilty of",
        // "charged with" (not "warned of losing the House in November", ahead of the warning)
        return "IN".equals(p.pos()) && Set.of("of", "for", "with").contains(p.word().toLowerCase(java.util.Locale.ROOT))
                && ("VBN".equals(before) || "JJ".equals(before));
    }

    /**
     * Verbs whose object is what they look ahead to: "fear a shortage in August", "expect a ruling
     * in June", "predict a recession in November" (a closed class of verbs of prospect).
     */
    private static final Set<String> PROSPECT_OBJECT_VERBS = Set.of("fear", "expect", "anticipate", "predict",
            "forecast", "foresee", "project", "await", "plan", "schedule", "propose", "threaten", "promise", "pledge");
    /**
     * Verbs and nouns of warning, fear and hope whose prospect follows "of", "about", "against" or
     * "for": "warned of losing the House in November", "hope for a deal in June", "fears of a strike
     * in May" (a closed class).
     */
    private static final Set<String> PROSPECT_HEADS = Set.of("warn", "caution", "fear", "worry", "hope", "dream",
            "warning", "threat", "risk", "prospect", "danger", "expectation", "prediction", "forecast", "plan");
    private static final Set<String> PROSPECT_PREPOSITIONS = Set.of("of", "about", "against", "for");

    /**
     * The index of a verb or noun of prospect whose object holds the time that starts at
     * {@code begin} ("warned on Monday of losing the House in November", "fear a shortage in
     * August", "fears of a strike in May"): what one warns of, fears, expects or hopes for lies
     * ahead of the warning. -1 when there is none, when the time follows the verb with no object
     * between ("warned in March": the time of the warning), or after "had" (a past perfect places
     * nothing). Looks left within the clause, at most twelve tokens; the sentence is tagged.
     */
    public static int prospectHead(List<Token> tokens, int begin) {
        int i = begin - 1;
        if (i >= 0 && ("IN".equals(tokens.get(i).pos()) || "TO".equals(tokens.get(i).pos()))) {
            i--; // the time's own preposition: "in November", "by June"
        }
        boolean object = false;
        for (; i >= 0 && i >= begin - 12; i--) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (t.pos() == null || CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                return -1;
            }
            if (PROSPECT_PREPOSITIONS.contains(w) && "IN".equals(t.pos())) {
                if (!object) {
                    return -1;
                }
                int h = i - 1;
                // "warned on Monday of losing": the time of the warning between the head and its preposition
                while (h > 0 && h >= i - 4 && (tokens.get(h).isAdverb() || isTimeWord(tokens.get(h))
                        || "IN".equals(tokens.get(h).pos()) && h + 1 < i && isTimeWord(tokens.get(h + 1)))) {
                    h--;
                }
                if (h >= 0 && isProspect(tokens, h, PROSPECT_HEADS)) {
                    return h;
                }
                int hearer = hearerBefore(tokens, h);
                return hearer >= 0 && w.equals("of") ? hearer : -1;
            }
            if (t.isNoun() || "PRP".equals(t.pos()) || "CD".equals(t.pos())) {
                object = true;
                continue;
            }
            if (t.isVerb() && !Token.attributiveParticiple(tokens, i, true, false)) {
                if ("VBG".equals(t.pos()) && i > 0 && PROSPECT_PREPOSITIONS.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                    object = true; // "of losing the House": the gerund's phrase is the prospect
                    continue;
                }
                return object && isProspect(tokens, i, PROSPECT_OBJECT_VERBS) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Verbs of warning whose hearer stands between them and "of": "warned investors of a loss in
     * September", "cautioned buyers of a price rise in May", "notified workers of layoffs in March":
     * what the hearer is warned of lies ahead of the warning, as "warned of" alone does.
     */
    private static final Set<String> WARNING_VERBS = Set.of("warn", "caution", "alert", "notify");

    /**
     * The index of an active verb of warning ({@link #WARNING_VERBS}) right before the short noun
     * phrase that ends at {@code last} (its hearer: "investors", "the city's residents", "them"),
     * or -1. A past perfect places nothing ("had warned"), a participle is no active verb.
     */
    private static int hearerBefore(List<Token> tokens, int last) {
        int i = last;
        while (i >= 0 && i > last - 5 && tokens.get(i).pos() != null
                && (tokens.get(i).isNoun() || tokens.get(i).pos().matches("PRP\\$?|DT|JJ|POS|CD"))) {
            i--;
        }
        if (i == last || i < 0 || !tokens.get(last).isNoun() && !"PRP".equals(tokens.get(last).pos())) {
            return -1;
        }
        Token verb = tokens.get(i);
        String lemma = verb.lemma() == null ? verb.word() : verb.lemma();
        return verb.isVerb() && WARNING_VERBS.contains(lemma.toLowerCase(java.util.Locale.ROOT))
                && !"VBN".equals(verb.pos()) && !(i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("had")) ? i : -1;
    }

    /** Words of a short time phrase between a verb and its object ("warned on Monday of", "said last week"). */
    private static final java.util.regex.Pattern TIME_WORD = java.util.regex.Pattern.compile("(?:Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|last|this)");

    private static boolean isTimeWord(Token t) {
        return TIME_WORD.matcher(t.word()).matches();
    }

    /** Whether the word at {@code i} is a verb or noun of {@code lemmas}, not after "had" (a past perfect). */
    private static boolean isProspect(List<Token> tokens, int i, Set<String> lemmas) {
        Token t = tokens.get(i);
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        if (!(t.isVerb() || t.isNoun()) || !lemmas.contains(lemma.toLowerCase(java.util.Locale.ROOT))
                || "VBN".equals(t.pos())) {
            return false; // a participle ("a vigil planned in Ostravel for Saturday") has readings of its own
        }
        return !(t.isVerb() && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("had"));
    }

    /**
     * The tense a verb or noun of prospect ({@link #prospectHead}) gives the time in its object:
     * ahead of a present, an infinitive or a modal ("warn of", "to fear", "will expect"); after a
     * past or a noun ("warned of", "fears of") ahead of the warning only, on either side of the
     * publication: {@link #UNKNOWN}, which {@link #pastPlanning} reads as a planned day.
     */
    public static Tense ofProspect(List<Token> tokens, int head) {
        String pos = tokens.get(head).pos();
        boolean progressive = "VBG".equals(pos) && presentPassive(tokens, head); // "are warning of"
        return "VBZ".equals(pos) || "VBP".equals(pos) || "VB".equals(pos) || progressive ? FUTURE : UNKNOWN;
    }

    /** Modals of what can or must still happen: "can join in April", "may rule on Friday". */
    private static final Set<String> MODALS_AHEAD = Set.of("can", "ca", "may", "might", "must", "should");

    /** The tense of the verb group found from {@code from} in direction {@code step}; null when one was found that places nothing. */
    private static Tense scan(List<Token> tokens, int from, int step) {
        boolean sawVerb = false;
        Tense found = UNKNOWN;
        for (int i = from; i >= 0 && i < tokens.size(); i += step) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (step < 0 && !sawVerb && isPreposition(tokens, i, w)) {
                // "lost ground after the debate on Saturday": a phrase, no clause of its own; the clause
                // around it places the day when its tense agrees with the order the preposition gives
                // (what comes after or because of a past event is past, before a future one ahead);
                // "will vote because of the slaying on Friday" says nothing of which Friday
                Tense outer = scan(tokens, i - 1, step);
                boolean earlier = !w.equals("before");
                return outer == null || outer == (earlier ? PAST : FUTURE) ? outer : UNKNOWN;
            }
            if (CLAUSE_BREAKS.contains(w) && !sawVerb) {
                return UNKNOWN;
            }
            if (step > 0 && !sawVerb && (w.equals("and") || w.equals("or")) && i + 1 < tokens.size()
                    && tokens.get(i + 1).pos() != null && tokens.get(i + 1).isVerb()) {
                // "shut in March and will reopen in September": the verb after "and" heads a verb
                // phrase of its own; the date belongs to the one before it, whatever that one's tag
                return UNKNOWN;
            }
            if (CLAUSE_BREAKS.contains(w)) {
                break;
            }
            if (FUTURE_WORDS.contains(w) && t.pos().equals("MD")) {
                return FUTURE;
            }
            if (w.equals("would") && t.pos().equals("MD") && !(i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("have"))) {
                return FUTURE; // "said it would close the plant in September": the future of a recent saying
            }
            // lower case: a capitalised "May" is mostly the month, whatever its tag
            if (MODALS_AHEAD.contains(t.word()) && t.pos().equals("MD") && !(i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("have"))) {
                return FUTURE; // not "may have left": a past
            }
            if (w.equals("going") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
                return FUTURE;
            }
            if (t.pos().equals("VBN") && PLANNED.contains(w) && departs(tokens, i)) {
                // "had set out Friday", "had set fire to the barn on Monday": no plan, a past act
                sawVerb = true;
                if (found == UNKNOWN) {
                    found = step < 0 && !afterBe(tokens, i) ? PAST : UNKNOWN;
                }
                if (step < 0) {
                    continue;
                }
                break;
            }
            if (t.pos().equals("VBN") && PLANNED.contains(w) && afterAs(tokens, i)) {
                continue; // "began as (previously) planned Saturday": a comparison, the clause's verb decides
            }
            if (t.pos().equals("VBN") && PLANNED.contains(w)) {
                // "was postponed on Wednesday": the day of the postponing, not of what was postponed
                if (step < 0 && from >= 0 && tokens.get(from).word().equalsIgnoreCase("on")
                        && pastAuxiliaryBefore(tokens, i)) {
                    return PAST;
                }
                return plannedFrom(tokens, i);
            }
            if (w.equals("next") && !(i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to"))
                    || w.equals("upcoming") || w.equals("coming")) {
                return FUTURE; // not "next to the embassy": a place
            }
            if (t.isVerb() && Token.isNameTag(t.ner())) {
                continue; // "Dar es Salaam": a word of a name is no verb, whatever its tag
            }
            if (step < 0 && t.pos().equals("VBD") && (PLANNING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
                    || setsDate(tokens, i, from))) {
                // "planned a rally on Saturday", "expected a ruling on Friday": the day lies ahead of the
                // planning, on either side of the publication (the nearest such day)
                return null;
            }
            if (Token.attributiveParticiple(tokens, i, true, false)) {
                continue; // "preferred shares", "a revised offer": a participle that modifies a noun is no verb group
            }
            if (step < 0 && found == UNKNOWN && t.pos().equals("VBG") && gerundOfPreposition(tokens, i)) {
                // "was found not guilty of killing him on Tuesday", "was arrested for robbing a bank on
                // Friday": what a past verb's phrase names is past too (and nothing said of a present one)
                Tense outer = scan(tokens, i - 2, step);
                return outer == PAST ? PAST : UNKNOWN;
            }
            if (step < 0 && !sawVerb && t.pos().equals("VBG") && i > 0 && "IN".equals(tokens.get(i - 1).pos())
                    && tokens.get(i - 1).word().matches("(?i)before|after")) {
                // "will visit Oslo before leaving for home on Friday": a gerund after "before" or "after"
                // is a phrase of the clause around it, read as "before Friday's vote" is (a future
                // clause's "before" looks ahead, a past one's "after" back; the other orders say nothing)
                Tense outer = scan(tokens, i - 2, step);
                boolean earlier = tokens.get(i - 1).word().equalsIgnoreCase("after");
                return outer == null || outer == (earlier ? PAST : FUTURE) ? outer : UNKNOWN;
            }
            if (t.isVerb()) {
                if (step < 0 && found == UNKNOWN && t.pos().equals("VBN") && perfectAuxiliary(tokens, i) >= 0) {
                    return null; // "has invited them to a ceremony on March 12": no past day
                }
                sawVerb = true;
                if (found == UNKNOWN && step > 0 && perfectFrom(tokens, i)) {
                    // "Tuesday night, has laid off his staff": a present perfect after the day tells a past
                    found = PAST;
                }
                if (found == UNKNOWN) {
                    found = switch (t.pos()) {
                        case "VBD" -> PAST;
                        // "to be published in November", "could be held": a passive with no tense of its own
                        case "VBN" -> step < 0 && !afterBe(tokens, i) ? (presentPassive(tokens, i) ? PRESENT : PAST) : UNKNOWN;
                        // "takes effect in June", "goes into effect on July 1": coming into force is ahead
                        // "the season opens in September", "her term expires in May": a timetable's present
                        case "VBZ", "VBP" -> step < 0 && (progressive(tokens, i, from) || comesIntoForce(tokens, i))
                                || timetable(tokens, i, from, step) ? FUTURE : PRESENT;
                        // a participle ("closing unchanged Friday", "arriving Tuesday") has no tense of its own
                        case "VBG" -> UNKNOWN;
                        case "MD" -> UNKNOWN;
                        default -> UNKNOWN;
                    };
                }
                if (step < 0 && found != UNKNOWN) {
                    // keep looking left a little for an auxiliary ("will be held", "has been")
                    continue;
                }
            } else if (sawVerb && step < 0 && w.equals("to") && found == UNKNOWN && i + 1 < tokens.size()
                    && tokens.get(i + 1).pos().equals("VB")) {
                Tense planned = intention(tokens, i - 1);
                if (planned == null) {
                    planned = directive(tokens, i - 1);
                }
                if (planned == null) {
                    planned = intentionNoun(tokens, i - 1);
                }
                if (planned != null) {
                    // "planned to leave on Thursday": a time ahead of the planning
                    return planned == UNKNOWN ? null : planned;
                }
                if (i >= 1 && PRESENT_AUXILIARIES.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))
                        && tokens.get(i - 1).isVerb()) {
                    return FUTURE; // "is to go on trial in September", "are to meet in June": an arrangement ahead
                }
                continue; // "is scheduled to close Monday": the infinitive's tense is its governor's
            } else if (sawVerb && step < 0 && t.pos().startsWith("RB") && found == UNKNOWN) {
                continue; // "will almost double", "can also join": an adverb between the auxiliary and its verb
            } else if (sawVerb && step < 0) {
                break;
            }
            if (step > 0 && found != UNKNOWN) {
                break;
            }
        }
        return found;
    }

    /** Verbs whose present looks ahead to the time of what they govern: "signals a cut in June", "eyes a return in May". */
    private static final Set<String> LOOK_AHEAD = Set.of("signal", "eye", "target", "plan", "see", "expect", "aim",
            "forecast", "predict", "project", "schedule", "propose", "set");
    /** Verbs whose past asks for or fixes a thing to come: "asked for a hearing in June", "set a retrial date in November". */
    private static final Set<String> ASKING = Set.of("ask", "request", "seek", "set", "schedule", "fix", "propose",
            "demand", "call", "want", "order", "grant", "approve");
    /** Nouns of a thing to come, whose month lies ahead of the asking or setting. */
    private static final Set<String> TO_COME = Set.of("hearing", "retrial", "trial", "date", "deadline", "vote", "election",
            "referendum", "ballot", "sentencing", "launch", "listing", "meeting", "summit", "talks", "inquest");
    /** Month names, the only dates these readings touch. */
    private static final java.util.regex.Pattern MONTH_NAME = java.util.regex.Pattern.compile(
            "(?i)jan(uary|\\.)?|feb(ruary|\\.)?|march|mar\\.|april|apr\\.|may|june|july|aug(ust|\\.)?|sept?(ember|\\.)?|oct(ober|\\.)?|nov(ember|\\.)?|dec(ember|\\.)?");

    /**
     * Whether a verb that looks ahead governs the bare month at {@code begin} in its present (or a
     * headline's, "Central bank holds rates, signals cut in June", where the tagger may read the
     * verb as a plural noun after a comma or a name): "eyes return to markets in June", "sees
     * growth returning in March", "targets launch in September" all name the coming month. Not a
     * past ("saw inflation peaking in July") nor another verb ("quits in June row", "sales fell in June").
     * Looks left within the clause, at most eight tokens, past an infinitive or a gerund it governs.
     */
    public static boolean monthAhead(List<Token> tokens, int begin) {
        if (begin < 0 || begin >= tokens.size() || !MONTH_NAME.matcher(tokens.get(begin).word()).matches()) {
            return false;
        }
        for (int i = begin - 1; i >= 0 && i >= begin - 9; i--) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w) || w.equals(",") || t.pos() == null) {
                return false;
            }
            if (lookAheadVerb(tokens, i)) {
                return true;
            }
            if (t.pos().equals("VBD") || t.pos().equals("VBN")) {
                // "signals cut in June": a participle the tagger made of the noun after a verb it took for a plural
                return i > 0 && lookAheadVerb(tokens, i - 1) && tokens.get(i - 1).pos().equals("NNS");
            }
            if (t.isVerb() && !t.pos().equals("VBG") && !t.pos().equals("VB") || FUTURE_WORDS.contains(w)
                    || w.equals("had") || w.equals("was") || w.equals("were")) {
                return false;
            }
        }
        return false;
    }

    /** A present of {@link #LOOK_AHEAD} at {@code i}, or its "-s" form read as a plural after a comma, a name or nothing. */
    private static boolean lookAheadVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lemma = lemmaOf(t);
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        if (!LOOK_AHEAD.contains(lemma) && !(w.endsWith("s") && LOOK_AHEAD.contains(w.substring(0, w.length() - 1)))) {
            return false;
        }
        if (t.pos().equals("VBZ") || t.pos().equals("VBP") && !w.equals("set")) {
            return true;
        }
        return t.pos().equals("NNS") && w.endsWith("s") && LOOK_AHEAD.contains(w.substring(0, w.length() - 1))
                && (i == 0 || tokens.get(i - 1).word().equals(",") || tokens.get(i - 1).pos().startsWith("NNP"));
    }

    /**
     * Whether a past verb of asking or setting governs a thing to come whose bare month is at
     * {@code begin}: "asked for a hearing in June", "set a retrial date in November", "sought a
     * vote in May": what was asked for lies ahead of the asking, on either side of the publication.
     * Not "the trial in June ended", "fell in June".
     */
    public static boolean askedForThingToCome(List<Token> tokens, int begin) {
        if (begin < 2 || !MONTH_NAME.matcher(tokens.get(begin).word()).matches()
                || !tokens.get(begin - 1).word().matches("(?i)in|for")) {
            return false;
        }
        int noun = begin - 2;
        if (!TO_COME.contains(tokens.get(noun).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = noun - 1; i >= 0 && i >= noun - 6; i--) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w) || w.equals(",") || t.pos() == null) {
                return false;
            }
            if (t.isVerb()) {
                return (t.pos().equals("VBD") || t.pos().equals("VBN")) && ASKING.contains(lemmaOf(t));
            }
        }
        return false;
    }

    /**
     * Whether the bare month at {@code begin} names, with no article, a thing a headline's present
     * tells of ("Minister quits in June row", "Shares slide after May slump"): the thing has taken
     * place, as the event it explains, so the month lies behind. Not a thing to come ("faces June
     * deadline") nor one a verb that looks ahead governs ({@link #monthAhead}).
     */
    public static boolean monthOfThingDone(List<Token> tokens, int begin) {
        if (begin < 2 || begin + 1 >= tokens.size() || !MONTH_NAME.matcher(tokens.get(begin).word()).matches()
                || !tokens.get(begin - 1).word().matches("(?i)in|after|over|amid")) {
            return false;
        }
        Token thing = tokens.get(begin + 1);
        if (!"NN".equals(thing.pos()) || TO_COME.contains(thing.word().toLowerCase(java.util.Locale.ROOT))
                || monthAhead(tokens, begin)) {
            return false;
        }
        return of(tokens, begin, begin + 1) == PRESENT;
    }
}
