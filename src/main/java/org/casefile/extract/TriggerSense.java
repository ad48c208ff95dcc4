package org.casefile.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casefile.nlp.Dependency;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;

/**
 * Whether a trigger word is used in the sense its line in {@code event-triggers.txt} needs: its
 * subject or object of a word class ("decline" is a ruling with a court as subject and a request
 * as object, not in "sales declined"; "released a statement" is no release from custody, with an
 * object of the class that line excludes), an infinitive after it or none ("moved to dismiss" is a
 * motion, "moved to Sacramento" a journey), not a noun modifying another ("death penalty"), or not
 * after a modifier of a class that gives the noun another sense ("migraine attacks").
 *
 * <p>With a dependency parse the subject is the {@code nsubj} (the {@code by} agent of a passive)
 * and the object the {@code obj} (the subject of a passive); without one, the words right before
 * the verb (past its auxiliaries) and right after it. A subject or object is of a class when any
 * word of its phrase is ("Magistrate Judge Edmund Brennan", "Iraq's request").
 */
final class TriggerSense {
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");

    private TriggerSense() {
    }

    static boolean holds(Rules rules, Rules.Trigger t, Sentence s, int head) {
        List<Token> tokens = s.tokens();
        if (t.noModifier() && tokens.get(head).pos().startsWith("NN") && head + 1 < tokens.size()
                && tokens.get(head + 1).pos().matches("NNS?") && !isTimeWord(tokens.get(head + 1))) {
            return false;
        }
        if (t.notAfter() != null && tokens.get(head).pos().startsWith("NN") && head > 0
                && tokens.get(head - 1).pos().matches("NNS?|JJ") && rules.inClass(tokens.get(head - 1).lemma(), t.notAfter())) {
            return false; // "migraine attacks", "a clinical trial": another sense of the noun
        }
        if (t.notAfter() != null && tokens.get(head).lemma().equalsIgnoreCase("trial") && testsAThing(rules, s, head)) {
            return false; // "the trial of the vaccine": a test of a drug, no court's trial
        }
        if (t.noPassive() && tokens.get(head).isVerb() && (isPassive(s, head) || reducedRelative(s, head))) {
            return false; // "messages left at his office", "the car was left unlocked": nobody went anywhere
        }
        if (t.onlyPassive() && !(tokens.get(head).isVerb() && (isPassive(s, head) || reducedRelative(s, head)))) {
            return false; // "hurt sales", "it would hurt him": only "were hurt", "a dozen hurt" tell of harm done
        }
        if (t.noBelief() && tokens.get(head).isNoun() && (contentClauseAfter(s, head) || mannerWith(tokens, head))) {
            return false; // "his conviction that the plan would work", "spoke with conviction": a belief, no court's act
        }
        int infinitive = infinitiveAt(s, head);
        if (t.infinitive() != null && (infinitive >= 0) != t.infinitive().equals("yes")) {
            return false;
        }
        if (infinitive >= 0 && t.infinitive() != null && t.infinitive().equals("yes")
                && rules.isAnyCue(tokens.get(infinitive).lemma())) {
            return false; // "a neighbor who agreed to speak on condition of anonymity": a source's words, no agreement
        }
        if (t.post() != null && !postFollows(rules, s, head, t.post())) {
            return false;
        }
        if (t.oblique() != null && t.oblique().contains(":")) {
            // "moved for summary judgment" is a filing, "moved for work" a journey
            boolean negated = t.oblique().startsWith("!");
            String[] prepAndClass = t.oblique().substring(negated ? 1 : 0).split(":", 2);
            if (prepositionPhraseFollows(rules, tokens, head, prepAndClass[0], prepAndClass[1], PERSON_CLASS.equals(t.object())) == negated
                    && !(negated && purposeAfter(tokens, head))) {
                return false; // "walked out of the meeting"; not "walked out of restaurants … to demand higher pay"
            }
        } else if (t.oblique() != null && !obliqueFollows(rules, tokens, head, t.oblique())) {
            return false;
        }
        if (t.subject() != null && t.type() == org.casefile.domain.EventType.RULING && deniesAFact(s, head)) {
            return false; // "the panel, which denied that it had leaked the report": a denial, no ruling
        }
        if (t.subject() != null && tokens.get(head).isNoun()) {
            // a noun of an act whose maker must be of a class ("decision", subject=court): only a maker
            // tied to the noun makes it that act ("the court's decision", "the decision by the appeals
            // court", "Judge Ann Lee issued her decision"); "called the decision a surrender", "the
            // decision to close the plant", "placed an order" tell of none; subject=!CLASS: only a noun with
            // no maker of the class tied to it (a decision of anyone else)
            boolean not = t.subject().startsWith("!");
            String wordClass = not ? t.subject().substring(1) : t.subject();
            boolean made = s.isParsed() ? madeBy(rules, s, head, wordClass) : madeByWindow(rules, s, head, wordClass);
            if (not && !made && s.isParsed() && pointsBack(s, head)) {
                return false; // "criticised the decision", "the decision drew protests": one told before, no new act
            }
            return made != not;
        }
        if (t.subject() == null && t.object() == null && t.cause() == null) {
            return true;
        }
        boolean reduced = reducedRelative(s, head);
        boolean passive = isPassive(s, head);
        Optional<List<Token>> subject = s.isParsed() ? parsedPhrase(s, head, passive || reduced ? Set.of("obl:agent", "nmod:agent")
                : Set.of("nsubj")) : passive || reduced ? agentByWindow(s, head) : subjectByWindow(s, head);
        if (reduced && t.subject() != null && !t.subject().startsWith("!") && subject.isEmpty()) {
            return false; // "the planes ordered": no one of the class named as the actor
        }
        if (subject.isEmpty() && !passive && s.isParsed()) {
            // a participle after its head's clause and a comma has that clause's subject: "an earthquake
            // struck Tarnowice on Monday, killing 12 people" (the earthquake killed them)
            int clause = clauseOfParticiple(s, head);
            if (clause >= 0) {
                subject = parsedPhrase(s, clause, Set.of("nsubj"));
            }
        }
        int aimingNoun = subject.isEmpty() && !passive ? nounOfInfinitive(s, head) : -1;
        boolean madeByNoun = false;
        if (aimingNoun >= 0 && t.subject() != null && !t.subject().startsWith("!")) {
            // an infinitive of a noun is done by the noun's maker: "the court's decision to overturn the
            // verdict" is a ruling; "a constitutional amendment to overturn the decision", "a bill to
            // dismiss the board" are no act of the class
            if (!inClass(rules, List.of(tokens.get(aimingNoun)), t.subject()) && !(s.isParsed()
                    ? madeBy(rules, s, aimingNoun, t.subject()) : madeByWindow(rules, s, aimingNoun, t.subject()))) {
                return false;
            }
            madeByNoun = true;
        }
        if (subject.isEmpty() && !madeByNoun && !passive && head >= 2 && tokens.get(head - 1).word().equalsIgnoreCase("to")) {
            subject = subjectByWindow(s, head); // "lawyers moved to dismiss", however the parser attached it
        }
        if (subject.isEmpty() && !madeByNoun && !passive && !reduced && s.isParsed() && t.subject() != null
                && s.headOf(head).map(d -> !d.relation().startsWith("acl")).orElse(true)) {
            // "The airline last ordered aircraft", mis-tagged and parsed as "ordered aircraft": a verb
            // with no subject in the parse and no passive still has the words before it (not a relative
            // clause's verb: "a judge who, on Monday, granted …" has its subject in "who")
            subject = subjectByWindow(s, head);
        }
        Optional<List<Token>> object = reduced ? reducedObject(s, head)
                : s.isParsed() ? parsedPhrase(s, head, passive ? Set.of("nsubj:pass", "nsubjpass")
                : Set.of("obj", "dobj")) : passive ? subjectByWindow(s, head) : objectByWindow(s, head);
        if (tokens.get(head).isNoun() && t.object() != null) {
            // a noun's object is its "of" phrase: "its purchase of Vesta Mills", "the purchase of a house"
            object = s.isParsed() ? ofPhrase(s, head)
                    : head + 2 < tokens.size() && tokens.get(head + 1).word().equalsIgnoreCase("of")
                    ? nounPhraseAt(tokens, head + 2) : Optional.empty();
        }
        int state = stateVerb(tokens, head);
        if (object.isEmpty() && state >= 0) {
            object = subjectByWindow(s, state); // "Ann Lee remains held in the county jail": the one held
        }
        if (object.isEmpty() && !passive && !reduced && t.object() != null && !t.object().equals("none")
                && !t.object().startsWith("!")) {
            object = relativeAntecedent(tokens, head); // "the charges that prosecutors dropped on Tuesday"
        }
        if ((t.cause() != null || t.subject() != null) && subject.isEmpty() && passive && s.isParsed()) {
            subject = byPhrase(s, head); // the basic parse leaves "by a falling tree" a plain oblique
        }
        if (t.subject() != null && !t.subject().startsWith("!") && subject.isEmpty() && passive && infinitive >= 0
                && object.isPresent() && object.get().stream().noneMatch(k -> k.pos().startsWith("NNP") || k.pos().startsWith("PRP"))
                && inClass(rules, object.get(), PERSON_CLASS) && !speaksOf(rules, s, t.subject())) {
            // "Residents were ordered to evacuate": an order to people named by no name, in a sentence of no
            // court, is an authority's; "Ann Lee was ordered to pay damages", "the company was ordered by a
            // judge to pay", "the hospital was ordered on Tuesday to pay" (the court a sentence before) stay
            // a court's
            return false;
        }
        if (t.cause() != null && (subject.isEmpty() || !inClass(rules, subject.get(), t.cause()))) {
            return false; // "was killed by a falling tree" is a death; "was killed" alone or by a gunman is not
        }
        if (t.subject() != null && t.subject().startsWith("!")) {
            if (subject.isPresent() && inClass(rules, subject.get(), t.subject().substring(1))) {
                return false; // "a knee injury robbed her of her place": a misfortune robs no one
            }
        } else if (t.subject() != null && subject.isPresent() && !inClass(rules, subject.get(), t.subject())) {
            return false;
        }
        if (t.object() != null) {
            if (t.object().equals("none")) {
                return object.isEmpty();
            }
            if (t.object().startsWith("!")) {
                // "released a statement", "the report was released": an object of the class is another sense
                String excluded = t.object().substring(1);
                return object.isEmpty() || !(FIXED_FORM.equals(excluded) ? headAsWritten(rules, object.get(), excluded)
                        : inClass(rules, object.get(), excluded));
            }
            if (ELECTORAL_CONTEST.equals(t.object())) {
                // a contest's word as the noun it is, not an adjective of another ("won the primary";
                // "lost its primary supplier", "won primary custody" are no elections)
                return object.isPresent() && (object.get().stream().anyMatch(x -> x.pos().startsWith("NN")
                        && rules.inClass(x.lemma().toLowerCase(Locale.ROOT), ELECTORAL_CONTEST))
                        || officeRace(rules, tokens, object.get()));
            }
            return object.isPresent() && inClass(rules, object.get(), t.object());
        }
        return true;
    }

    private static final String ELECTORAL_CONTEST = "electoral-contest";
    /** Nouns of a contest that is an election only with an office word by it (word-classes.txt: office-race). */
    private static final Set<String> RACES = Set.of("race", "contest");

    /**
     * Whether an object is a race for an office: "race" or "contest" with a word of {@code office-race}
     * in its phrase ("the governor's race", "the Senate race") or in a "for" phrase right after it
     * ("the race for county sheriff"); "the 400-meter race" is a sport's.
     */
    private static boolean officeRace(Rules rules, List<Token> tokens, List<Token> phrase) {
        Token race = phrase.stream().filter(x -> RACES.contains(x.lemma().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        if (race == null) {
            return false;
        }
        if (phrase.stream().anyMatch(x -> rules.inClass(x.lemma().toLowerCase(Locale.ROOT), "office-race"))) {
            return true;
        }
        int at = tokens.indexOf(race);
        if (at < 0 || at + 1 >= tokens.size() || !tokens.get(at + 1).word().equalsIgnoreCase("for")) {
            return false;
        }
        for (int k = at + 2; k < Math.min(tokens.size(), at + 6); k++) {
            if (rules.inClass(tokens.get(k).lemma().toLowerCase(Locale.ROOT), "office-race")) {
                return true;
            }
            if (!tokens.get(k).pos().matches("NNP?S?|JJ|DT")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word of the sentence is of the class, by lemma or as written: "a judge", "the court". */
    private static boolean speaksOf(Rules rules, Sentence s, String wordClass) {
        return s.tokens().stream().anyMatch(k -> rules.inClass(k, wordClass));
    }

    /** Determiners of a noun that points back to one already told: "the decision", "this decision". */
    private static final Set<String> BACK_DETERMINERS = Set.of("the", "this", "that");
    /** Verbs whose object is an act made then, not one told before: "made the decision on Friday". */
    private static final Set<String> MAKING_VERBS = Set.of("make", "take", "reach", "announce", "issue");

    /**
     * Whether a noun is only "the", "this" or "that" and itself (no maker, no infinitive, no other word
     * of its phrase), and no object of a verb of making: "Ann Lee criticised the decision" speaks of one
     * told before, "the board made the decision on Friday" tells of it.
     */
    static boolean pointsBack(Sentence s, int head) {
        List<Dependency> children = s.childrenOf(head);
        boolean determined = false;
        for (Dependency c : children) {
            String word = s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT);
            if (c.relation().equals("det") && BACK_DETERMINERS.contains(word)) {
                determined = true;
            } else if (!c.relation().equals("punct")) {
                return false;
            }
        }
        Optional<Dependency> up = s.headOf(head);
        return determined && !(up.isPresent() && up.get().governor() >= 0 && Set.of("obj", "dobj").contains(up.get().relation())
                && MAKING_VERBS.contains(s.tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT)));
    }

    /** The prepositions of a phrase after a noun that names its maker: "the decision by the court", "of Judge Lee". */
    private static final Set<String> MAKER_CASES = Set.of("by", "of", "from");

    /**
     * Whether a noun (the head of an act) is tied in the parse to a maker of the class: a word of its own
     * phrase (a compound or a possessor: "a Supreme Court decision", "the judge's order"), the head of a
     * "by", "of" or "from" phrase after it ("the decision by the appeals court"), or the subject of the
     * verb it is the object of ("the panel handed down its decision", "Judge Ann Lee issued her order").
     */
    /** The verb whose clause a participle after a comma follows ({@code advcl} or {@code dep}), or -1. */
    private static int clauseOfParticiple(Sentence s, int verb) {
        List<Token> tokens = s.tokens();
        if (!"VBG".equals(tokens.get(verb).pos()) || verb < 1 || !tokens.get(verb - 1).word().equals(",")) {
            return -1;
        }
        return s.headOf(verb).filter(d -> (d.relation().equals("advcl") || d.relation().equals("dep")) && d.governor() >= 0
                && d.governor() < verb && tokens.get(d.governor()).isVerb()).map(Dependency::governor).orElse(-1);
    }

    /**
     * The common noun whose infinitive a verb is ("an amendment to overturn", {@code acl} with "to"), or
     * -1; without a parse, the common noun right before the "to", which is the infinitive's own noun or
     * the object whose act it tells ("asked the judge to dismiss").
     */
    private static int nounOfInfinitive(Sentence s, int verb) {
        List<Token> tokens = s.tokens();
        if (!s.isParsed()) {
            return verb >= 2 && tokens.get(verb - 1).word().equalsIgnoreCase("to") && tokens.get(verb).pos().equals("VB")
                    && tokens.get(verb - 2).pos().matches("NNS?") ? verb - 2 : -1;
        }
        return s.headOf(verb).filter(d -> d.relation().equals("acl") && d.governor() >= 0
                && s.tokens().get(d.governor()).isNoun() && d.governor() < verb
                && s.childrenOf(verb).stream().anyMatch(k -> k.relation().equals("mark")
                        && s.tokens().get(k.dependent()).word().equalsIgnoreCase("to")))
                .map(Dependency::governor).orElse(-1);
    }

    static boolean madeBy(Rules rules, Sentence s, int head, String wordClass) {
        List<Token> tokens = s.tokens();
        for (Dependency c : s.childrenOf(head)) {
            String rel = c.relation();
            if (rel.startsWith("compound") || rel.startsWith("nmod:poss") || rel.equals("amod")) {
                if (inClass(rules, phraseOf(s, c.dependent()), wordClass) || personalPossessive(tokens.get(c.dependent()), wordClass)) {
                    return true;
                }
            } else if (rel.startsWith("nmod") && (MAKER_CASES.contains(rel.substring(rel.indexOf(':') + 1))
                    || s.childrenOf(c.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                            && MAKER_CASES.contains(tokens.get(k.dependent()).word().toLowerCase(Locale.ROOT))))) {
                if (inClass(rules, phraseOf(s, c.dependent()), wordClass)) {
                    return true;
                }
            }
        }
        Optional<Dependency> up = s.headOf(head);
        if (up.isPresent() && up.get().governor() >= 0 && Set.of("obj", "dobj").contains(up.get().relation())) {
            Optional<List<Token>> maker = parsedPhrase(s, up.get().governor(), Set.of("nsubj"));
            return maker.isPresent() && inClass(rules, maker.get(), wordClass);
        }
        return false;
    }

    /** Words that may open the subject of a clause: "that the plan", "that he", "that Ann Lee". */
    private static final Set<String> SUBJECT_OPENING_TAGS = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX");

    /**
     * Whether a "that" right after a noun opens the clause the noun holds to be true ("his conviction that
     * the plan would work"), not a relative clause of it ("the conviction that was overturned"): in a parse,
     * a clause tied to the noun as {@code acl} (a relative clause is {@code acl:relcl}) with a subject of its
     * own; without one, a "that" with a subject's first word after it and a verb to come.
     */
    static boolean contentClauseAfter(Sentence s, int noun) {
        List<Token> tokens = s.tokens();
        if (noun + 2 >= tokens.size() || !tokens.get(noun + 1).word().equalsIgnoreCase("that")) {
            return false;
        }
        if (s.isParsed()) {
            return s.childrenOf(noun).stream().anyMatch(d -> d.relation().equals("acl") && d.dependent() > noun + 1
                    && s.childrenOf(d.dependent()).stream().anyMatch(c -> c.relation().startsWith("nsubj") && c.dependent() > noun + 1)
                    && s.childrenOf(d.dependent()).stream().anyMatch(c -> c.relation().equals("mark") && c.dependent() == noun + 1));
        }
        Token next = tokens.get(noun + 2);
        return next.pos() != null && SUBJECT_OPENING_TAGS.contains(next.pos())
                && tokens.subList(noun + 3, tokens.size()).stream().anyMatch(Token::isVerb);
    }

    /** Words that may stand between "with" and a noun of manner: "with deep conviction", "with such conviction". */
    private static final Set<String> MANNER_FILLER_TAGS = Set.of("JJ", "RB", "PDT", "DT");

    /**
     * Whether a noun is the manner of an act, "with" and adjectives before it and no "of" or "for" phrase
     * after it, nor "a", "an" or "the" before it: "spoke with deep conviction", "argued with great conviction";
     * not "a man with a conviction for fraud", "with the conviction of Ann Lee" (a court's act).
     */
    static boolean mannerWith(List<Token> tokens, int noun) {
        int k = noun - 1;
        while (k >= 0 && noun - k <= 3 && tokens.get(k).pos() != null && MANNER_FILLER_TAGS.contains(tokens.get(k).pos())
                && !tokens.get(k).word().equalsIgnoreCase("a") && !tokens.get(k).word().equalsIgnoreCase("an")
                && !tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        boolean with = k >= 0 && tokens.get(k).word().equalsIgnoreCase("with");
        boolean phrase = noun + 1 < tokens.size() && Set.of("of", "for", "in").contains(tokens.get(noun + 1).word().toLowerCase(Locale.ROOT));
        return with && !phrase;
    }

    /** Possessive pronouns that stand for people: "his retirement", "their retirement". */
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her", "my", "your", "our", "their");

    /**
     * Whether a word is a possessive pronoun of people and the class asked for is person: the maker of
     * "his retirement", "her retirement" is a person ({@link #personHead} skips a possessor, which is right
     * for the head of a phrase, "her chances", but here the possessor is the maker itself).
     */
    private static boolean personalPossessive(Token t, String wordClass) {
        return PERSON_CLASS.equals(wordClass) && "PRP$".equals(t.pos())
                && PERSONAL_POSSESSIVES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** Tags of the words of a noun's phrase before it: "the appeals court's", "her", "a Supreme Court". */
    private static final Set<String> PHRASE_BEFORE_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS", "CD");

    /**
     * {@link #madeBy} without a parse, from the words around the noun: a word of the class in its phrase
     * before it ("the court's decision") or in a "by", "of" or "from" phrase right after it ("the decision
     * by the appeals court"), or the subject of a verb right before its phrase ("Judge Ann Lee issued her
     * decision"). Untagged words tell nothing: the noun passes.
     */
    static boolean madeByWindow(Rules rules, Sentence s, int head, String wordClass) {
        List<Token> tokens = s.tokens();
        if (!s.isTagged()) {
            return true;
        }
        int k = head - 1;
        while (k >= 0 && PHRASE_BEFORE_TAGS.contains(tokens.get(k).pos())) {
            if (rules.inClass(tokens.get(k), wordClass) || personalPossessive(tokens.get(k), wordClass)) {
                return true;
            }
            k--;
        }
        if (head + 1 < tokens.size() && MAKER_CASES.contains(tokens.get(head + 1).word().toLowerCase(Locale.ROOT))) {
            for (int j = head + 2; j < tokens.size() && PHRASE_BEFORE_TAGS.contains(tokens.get(j).pos()); j++) {
                if (rules.inClass(tokens.get(j), wordClass)) {
                    return true;
                }
            }
        }
        if (k >= 1 && k < head - 1 && tokens.get(k).isVerb()) {
            Optional<List<Token>> maker = subjectByWindow(s, k);
            return maker.isPresent() && inClass(rules, maker.get(), wordClass);
        }
        return false;
    }

    /** Words of a relative clause's own subject: "that prosecutors", "which the city". */
    private static final Set<String> RELATIVE_SUBJECT_TAGS = Set.of("DT", "PRP", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD");

    /**
     * The noun a relative clause with its own subject tells of, for a verb with no object of its own:
     * "the charges that prosecutors dropped", "the deal which Acme signed" (the noun is its object).
     */
    static Optional<List<Token>> relativeAntecedent(List<Token> tokens, int head) {
        int k = head - 1;
        while (k >= 0 && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).pos().equals("MD")
                || tokens.get(k).isVerb() && Set.of("have", "be", "do").contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        int subjectEnd = k;
        while (k >= 0 && RELATIVE_SUBJECT_TAGS.contains(tokens.get(k).pos()) && !isRelativeWord(tokens.get(k))) {
            k--;
        }
        if (k == subjectEnd || k < 1 || !isRelativeWord(tokens.get(k)) || !tokens.get(k - 1).pos().matches("NNS?")) {
            return Optional.empty();
        }
        return Optional.of(List.of(tokens.get(k - 1)));
    }

    private static boolean isRelativeWord(Token t) {
        return t.word().equalsIgnoreCase("that") || t.word().equalsIgnoreCase("which");
    }

    /**
     * Whether a verb takes a "that" clause or a gerund as its object ("denied that it had leaked",
     * "denied leaking", "rejected claims that"): what it denies or rejects is a fact told, no request
     * a court rules on.
     */
    static boolean deniesAFact(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        if (head + 1 < tokens.size() && (tokens.get(head + 1).word().equalsIgnoreCase("that")
                && !tokens.get(head + 1).pos().equals("DT") && !determinerThat(tokens, head + 1)
                || tokens.get(head + 1).pos().equals("VBG"))) {
            return true;
        }
        return s.isParsed() && s.childrenOf(head).stream().anyMatch(d -> d.relation().equals("ccomp")
                && s.childrenOf(d.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
                        && tokens.get(m.dependent()).word().equalsIgnoreCase("that")));
    }

    /** Whether "that" is a determiner, whatever its tag: a noun follows, and after it no verb ("denied that request"). */
    private static boolean determinerThat(List<Token> tokens, int that) {
        return that + 1 < tokens.size() && tokens.get(that + 1).pos().matches("NNS?")
                && (that + 2 >= tokens.size() || !tokens.get(that + 2).isVerb() && !tokens.get(that + 2).pos().equals("MD"));
    }

    private static final Set<String> TIME_OPENERS = org.casefile.nlp.CalendarWords.with(
            org.casefile.nlp.CalendarWords.MONTHS_AND_WEEKDAYS, Set.of("next", "last", "this", "later", "earlier", "each", "every"));

    private static final Set<String> OBLIQUE_PREPOSITIONS = Set.of("in", "before", "at");
    private static final Set<String> OBLIQUE_PHRASE_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS");

    /**
     * Whether a purpose follows the verb later in its sentence: "to" and a verb ("to demand higher
     * pay") or "in protest". An act done for a purpose keeps its sense whatever phrase follows it.
     */
    static boolean purposeAfter(List<Token> tokens, int head) {
        for (int k = head + 1; k + 1 < tokens.size(); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("to") && "VB".equals(tokens.get(k + 1).pos())
                    || w.equals("in") && tokens.get(k + 1).word().equalsIgnoreCase("protest")) {
                return true;
            }
        }
        return false;
    }

    /** Particles of a phrasal verb that the tagger may read as a preposition: "walked out of", "ran away from". */
    private static final Set<String> PARTICLES = Set.of("out", "away", "off");

    /** The index of the word after the verb at {@code head}, past one adverb or particle ("appeared briefly in court"). */
    private static int afterVerb(List<Token> tokens, int head) {
        int p = head + 1;
        // past an adverb or the verb's particle ("moved quickly for", "walked out of", tagged a preposition too)
        return p < tokens.size() && (tokens.get(p).pos().equals("RB") || tokens.get(p).pos().equals("RP")
                || PARTICLES.contains(tokens.get(p).word().toLowerCase(Locale.ROOT))) ? p + 1 : p;
    }

    /**
     * Whether a phrase of the one preposition right after the verb (past an adverb) has a word of the
     * class among its determiners, adjectives and nouns: "moved for summary judgment", "moved for a
     * new trial", "moved for dismissal of the charges" (not "moved for work", "for the first time").
     */
    static boolean prepositionPhraseFollows(Rules rules, List<Token> tokens, int head, String preposition, String wordClass) {
        return prepositionPhraseFollows(rules, tokens, head, preposition, wordClass, false);
    }

    /**
     * As {@link #prepositionPhraseFollows(Rules, List, int, String, String)}; with {@code pastObject} (a sense
     * whose object is a person) the phrase may also follow the verb's object: "held the driver for
     * questioning", "held Ann Lee, 31, in the county jail" (a short noun phrase or a pronoun, and a name
     * or an age set off by commas after it).
     */
    static boolean prepositionPhraseFollows(Rules rules, List<Token> tokens, int head, String preposition, String wordClass,
            boolean pastObject) {
        // "moved quickly for dismissal"; the preposition itself right after the verb is never passed as a
        // particle ("held on $50,000 bail", "on" tagged RP)
        int p = head + 1 < tokens.size() && tokens.get(head + 1).word().equalsIgnoreCase(preposition) ? head + 1
                : afterVerb(tokens, head);
        if (pastObject && p < tokens.size() && !tokens.get(p).word().equalsIgnoreCase(preposition)) {
            p = pastObject(tokens, p);
        }
        if (p >= tokens.size() || !tokens.get(p).word().equalsIgnoreCase(preposition)) {
            return false;
        }
        if (p + 2 < tokens.size() && tokens.get(p + 1).word().equalsIgnoreCase("lieu") && tokens.get(p + 2).word().equalsIgnoreCase("of")) {
            p += 2; // "held in lieu of $20,000 bond": the phrase is the one "in lieu of" takes
        }
        for (int i = p + 1; i < tokens.size() && (OBLIQUE_PHRASE_TAGS.contains(tokens.get(i).pos())
                || AMOUNT_TAGS.contains(tokens.get(i).pos()) || rules.inClass(tokens.get(i), wordClass)); i++) { // "held on $50,000 bail"
            if (rules.inClass(tokens.get(i), wordClass)) {
                return true; // (a word of the class whatever its tag: "for questioning" is often read as a gerund)
            }
        }
        return false;
    }

    /** Tags of the words of a short object phrase: "the driver", "two men", "him", "Ann Lee". */
    private static final Set<String> OBJECT_PHRASE_TAGS = Set.of("DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "PRP");

    /**
     * The token after a short object phrase that starts at {@code from} (at most five words, and a name or
     * an age set off by commas after it: "the driver, Bo Ray,", "Ann Lee, 31,"), or {@code from} when no
     * such phrase stands there.
     */
    private static int pastObject(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && i - from < 5 && OBJECT_PHRASE_TAGS.contains(tokens.get(i).pos())) {
            i++;
        }
        if (i == from) {
            return from;
        }
        if (i < tokens.size() && tokens.get(i).word().equals(",")) {
            int k = i + 1;
            while (k < tokens.size() && k - i <= 4 && ("NNP".equals(tokens.get(k).pos()) || "CD".equals(tokens.get(k).pos()))) {
                k++;
            }
            if (k > i + 1 && k < tokens.size() && tokens.get(k).word().equals(",")) {
                i = k + 1;
            }
        }
        return pastSpan(tokens, i);
    }

    /** Nouns of a span of time: "for six hours", "for two days". */
    private static final Set<String> SPAN_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "night",
            "nights", "week", "weeks", "month", "months");

    /**
     * The token after a span of time or an adverb that stands between a verb's object and its phrase
     * ("held Ann Lee overnight at the police station", "held him for six hours in the county jail",
     * "held them briefly at the jail"), or {@code from} when none does.
     */
    private static int pastSpan(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.word().equalsIgnoreCase("overnight") || t.pos() != null && t.pos().startsWith("RB")) {
                i++;
                continue;
            }
            if (t.word().equalsIgnoreCase("for")) {
                int k = i + 1;
                while (k < tokens.size() && k - i <= 3 && tokens.get(k).pos() != null && tokens.get(k).pos().matches("CD|DT|JJ")) {
                    k++;
                }
                if (k > i + 1 && k < tokens.size() && SPAN_UNITS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    i = k + 1;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    /** A sum or a number inside a preposition's phrase: "on $50,000 bail", "on $1 million bond". */
    private static final Set<String> AMOUNT_TAGS = Set.of("$", "CD");

    /**
     * Whether a phrase of "in", "before" or "at" right after the verb has a word of the class as its
     * head, followed by no common noun in the phrase: "appeared in court", "appear before Judge Ann
     * Lee", "appeared in Harlowe Crown Court" (not "appears in court records", "in a court drama").
     */
    static boolean obliqueFollows(Rules rules, List<Token> tokens, int head, String wordClass) {
        int p = afterVerb(tokens, head); // "appeared briefly in court"
        if (p >= tokens.size() || !OBLIQUE_PREPOSITIONS.contains(tokens.get(p).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean found = false;
        int i = p + 1;
        for (; i < tokens.size() && OBLIQUE_PHRASE_TAGS.contains(tokens.get(i).pos()); i++) {
            Token w = tokens.get(i);
            if (found && (isTimeWord(w) || TIME_OPENERS.contains(w.word().toLowerCase(Locale.ROOT)))) {
                return true; // "appear in court next week", "in court Monday": a time of the verb's own
            }
            if (rules.inClass(w, wordClass)) {
                found = true;
            } else if (found && w.pos().startsWith("NN") && !w.pos().startsWith("NNP")) {
                return false; // "court records": the court only modifies the head
            }
        }
        if (found && i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("of")
                && tokens.get(i - 1).pos().matches("NNS?")) {
            // "before a panel of lawmakers", "in the court of public opinion": a common noun of the class
            // whose "of" phrase names no one of it is another body ("a panel of three judges" is one)
            boolean ofClass = false;
            for (int k = i + 1; k < tokens.size() && OBLIQUE_PHRASE_TAGS.contains(tokens.get(k).pos())
                    || k < tokens.size() && tokens.get(k).pos().equals("CD"); k++) {
                ofClass |= rules.inClass(tokens.get(k), wordClass)
                        || tokens.get(k).pos().startsWith("NNP");
            }
            return ofClass;
        }
        if (found && i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("of")) {
            // "in the Court of Appeal's judgment": the court's name owns the head noun after it
            for (int k = i + 1; k + 1 < tokens.size() && k <= i + 5 && !tokens.get(k).word().equals(","); k++) {
                if (tokens.get(k).pos().equals("POS")) {
                    return !tokens.get(k + 1).pos().matches("NNS?|JJ");
                }
            }
        }
        return found;
    }

    /** The word class of what a trial tests when it is no court's trial ("a trial of the drug"). */
    static final String TESTED = "tested";

    /**
     * Whether a noun is followed by an "of" phrase whose head is a word of the class {@link #TESTED}:
     * "a trial of the experimental drug", "the trial of a new vaccine" (not "the trial of Ann Lee",
     * "the trial of drug dealers", whose head is the dealers).
     */
    static boolean testsAThing(Rules rules, Sentence s, int head) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(head).isNoun() || head + 2 >= tokens.size() || !tokens.get(head + 1).word().equalsIgnoreCase("of")) {
            return false;
        }
        int last = -1;
        for (int i = head + 2; i < tokens.size() && i <= head + 7; i++) {
            Token x = tokens.get(i);
            if (x.isNoun()) {
                last = i;
            } else if (last >= 0 && Token.isPossessiveMark(x.word())) {
                last = -1; // "the trial of the drug's maker": the possessor is no head
            } else if (last >= 0 || !x.pos().matches("DT|JJ.*|PRP\\$|VBN|CD|HYPH")) {
                break;
            }
        }
        return last >= 0 && rules.inClass(tokens.get(last), TESTED);
    }

    /** Nouns of time the tagger reads as common nouns: "the ruling yesterday" is no modifier. */
    private static final Set<String> TIME_NOUNS = Set.of("today", "yesterday", "tonight", "tomorrow");

    static boolean isTimeWord(Token t) {
        return TIME_NOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || Set.of("DATE", "TIME", "DURATION").contains(t.ner());
    }

    /**
     * The class of the figures of speech ({@code word-classes.txt}: "stole the show", "stole market
     * share", "poisoned relations"): a figure is fixed in its words, so the object's head noun itself
     * must be of the class, as written (a plural only where the class lists it): "stole trade
     * secrets" (the head is "secrets") and "stole 5,000 shares" (a plural the class does not list)
     * are thefts.
     */
    private static final String FIXED_FORM = "figurative";

    /** Whether the head noun of a phrase (its last noun before any comma), as written, is of a class. */
    private static boolean headAsWritten(Rules rules, List<Token> phrase, String wordClass) {
        Token head = lastBeforeComma(phrase, (ordered, i) -> ordered.get(i).isNoun());
        return head != null && rules.inClass(head.word().toLowerCase(Locale.ROOT), wordClass);
    }

    /**
     * The last token of a phrase, in text order and before any comma, that {@code counts} accepts
     * (given the tokens in order and the token's place among them); null when none does.
     */
    private static Token lastBeforeComma(List<Token> phrase, java.util.function.BiPredicate<List<Token>, Integer> counts) {
        List<Token> ordered = new ArrayList<>(phrase);
        ordered.sort(java.util.Comparator.comparingInt(Token::index));
        Token head = null;
        for (int i = 0; i < ordered.size() && !ordered.get(i).word().equals(","); i++) {
            if (counts.test(ordered, i)) {
                head = ordered.get(i);
            }
        }
        return head;
    }

    private static boolean inClass(Rules rules, List<Token> phrase, String wordClass) {
        if (PERSON_CLASS.equals(wordClass) && phrase.stream().anyMatch(x -> x.pos() != null)) {
            // the phrase's head, not a possessor in it ("Lee's campaign", "her chances" were hurt: no one)
            Token head = personHead(phrase);
            return head != null && ("PERSON".equals(head.ner()) || PERSONAL_PRONOUNS.contains(head.word().toLowerCase(Locale.ROOT))
                    || "CD".equals(head.pos()) || rules.inClass(head, wordClass));
        }
        if (HEAD_CLASSES.contains(wordClass) && phrase.stream().anyMatch(x -> x.pos() != null)) {
            // the phrase's own head, a common noun: "cut 800 jobs", "nurses will strike"; not a modifier
            // ("cut staff salaries", "cut employee benefits") nor a name ("the European Union struck back")
            Token head = personHead(phrase);
            return head != null && head.isNoun() && !head.pos().startsWith("NNP")
                    && rules.inClass(head, wordClass);
        }
        if (PERSON_CLASS.equals(wordClass) && phrase.stream().anyMatch(x -> "PERSON".equals(x.ner())
                || PERSONAL_PRONOUNS.contains(x.word().toLowerCase(Locale.ROOT)))) {
            return true; // untagged: a person's name or a pronoun for one
        }
        if (BUSINESS_CLASS.equals(wordClass)) {
            // the phrase's head: a company's name ("agreed to buy Castra Gas") or a word of the class ("a 20%
            // stake in Acme"); a name that only modifies it is none ("purchased 12 new Airbus aircraft")
            Token head = personHead(phrase);
            return head != null && ("ORGANIZATION".equals(head.ner()) || rules.inClass(head, wordClass));
        }
        return phrase.stream().anyMatch(x -> rules.inClass(x, wordClass));
    }

    /**
     * The last noun, name, personal pronoun or count of a tagged phrase before any comma, past a
     * possessor (a word before "'s", a possessive pronoun): "two passengers", "three", "she", not
     * "Lee" of "Lee's campaign" or "her" of "her chances".
     */
    private static Token personHead(List<Token> phrase) {
        return lastBeforeComma(phrase, (ordered, i) -> {
            Token x = ordered.get(i);
            boolean possessor = i + 1 < ordered.size() && "POS".equals(ordered.get(i + 1).pos());
            return !possessor && (x.isNoun() || "PRP".equals(x.pos()) || "CD".equals(x.pos()));
        });
    }

    /** The word class of people (word-classes.txt: person), which a person's name or a pronoun for one also belongs to. */
    private static final String PERSON_CLASS = "person";
    /** The word class of what one firm buys of another (word-classes.txt: business), which an organisation's name also belongs to. */
    private static final String BUSINESS_CLASS = "business";
    /** Classes a phrase belongs to by its head noun only (event-triggers.txt: strike, cut, shed, eliminate; quit, derail: "the radio host quit" has no machine for its head). */
    private static final Set<String> HEAD_CLASSES = Set.of("labour", "workforce", "machine", "vehicle");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "him", "her", "them",
            "his", "their", "my", "our", "your");

    /** Words that end the stretch after a verb in which its object's post may stand. */
    private static final Set<String> POST_STOPS = Set.of(",", ";", ":", ".", "that", "which", "who", "after", "for", "by",
            "because", "when", "while", "but");

    /**
     * "named Ann Lee chief executive", "appointed her to the board", "Ann Lee was named as
     * chairwoman": a word of the post class within the few words after the verb, after its object
     * (a name or a pronoun) or right after a passive, past an age or a description of the one named
     * set off by commas ("named Ann Lee, a former judge, as attorney general"); none in "a man named
     * Ann Lee", "named the plane Strata", "was named after her grandfather", "named him as a
     * suspect", nor after a second object ("names Bo Ray and his deputy as defendants").
     */
    static boolean postFollows(Rules rules, Sentence s, int head, String post) {
        boolean negated = post.startsWith("not-"); // "found him not guilty": an acquittal
        String wordClass = negated ? post.substring(4) : post;
        List<Token> tokens = s.tokens();
        boolean object = isPassive(s, head);
        int last = head + 8;
        for (int i = head + 1; i < tokens.size() && i <= last; i++) {
            Token x = tokens.get(i);
            String w = x.word().toLowerCase(Locale.ROOT);
            int close = object && w.equals(",") ? appositionEnd(tokens, i) : -1;
            if (close < 0 && w.equals(",") && i > head + 1 && tokens.get(i - 1).isNoun()) {
                close = nameAppositionEnd(tokens, i); // "found his co-defendant, Bo Ray, not guilty"
                object |= close > 0;
            }
            if (close > 0) {
                last = close + 8; // "named Ann Lee, a former prosecutor, as attorney general": past the description
                i = close;
                continue;
            }
            if (POST_STOPS.contains(w) || x.isVerb() || object && w.equals("and")) {
                return false; // "names Bo Ray and a former prosecutor as co-conspirators": a list, no post
            }
            if (x.pos().equals("NNP") || x.pos().equals("NNPS") || x.pos().equals("PRP")) {
                object = true;
                continue;
            }
            if (object && (rules.inClass(x.lemma().toLowerCase(Locale.ROOT), wordClass) || rules.inClass(w, wordClass))) {
                if (Set.of("guilt", "liability").contains(wordClass) && i + 1 < tokens.size() && tokens.get(i + 1).isNoun()) {
                    return false; // "found his guilty plea surprising": the verdict's word describes a noun
                }
                int k = i - 1;
                while (k > head && tokens.get(k).isAdverb() && !tokens.get(k).word().equalsIgnoreCase("not")) {
                    k--; // "not criminally liable"
                }
                // "found him not guilty" convicts no one: it acquits
                return tokens.get(k).word().equalsIgnoreCase("not") == negated;
            }
        }
        return false;
    }

    /** The closing comma of a name of one to four words set off by commas after a noun ("his partner, Bo Ray,"), or -1. */
    private static int nameAppositionEnd(List<Token> tokens, int comma) {
        for (int i = comma + 1; i < tokens.size() && i <= comma + 5; i++) {
            String pos = tokens.get(i).pos();
            if (tokens.get(i).word().equals(",")) {
                return i > comma + 1 ? i : -1;
            }
            if (!pos.equals("NNP") && !pos.equals("NNPS")) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that open a description of a person set off by commas ("Ann Lee, a former judge,"). */
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "former");

    /**
     * The closing comma of a description in apposition that opens after the comma at {@code comma}
     * ("…, a former prosecutor, as …", "…, the former finance chief of Oakby Mills, guilty"), within
     * eight words and with no verb, or -1.
     */
    private static int appositionEnd(List<Token> tokens, int comma) {
        if (comma + 2 < tokens.size() && tokens.get(comma + 1).pos().equals("CD") && tokens.get(comma + 2).word().equals(",")) {
            return comma + 2; // an age: "named Ann Lee, 52, as chief executive"
        }
        if (comma + 1 >= tokens.size() || !APPOSITION_OPENERS.contains(tokens.get(comma + 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = comma + 2; i < tokens.size() && i <= comma + 9; i++) {
            Token x = tokens.get(i);
            if (x.word().equals(",")) {
                return i;
            }
            if (x.isVerb() && !x.pos().equals("VBN") || POST_STOPS.contains(x.word().toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The verb of an infinitive after the trigger, or -1: "moved to dismiss", "to" and a verb in its
     * base form, past adverbs and a short phrase of time or company ("agreed on Tuesday to pay",
     * "agreed with the state to pay").
     */
    static int infinitiveAt(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int i = head + 1;
        while (i < tokens.size() && tokens.get(i).pos().startsWith("RB")) {
            i++;
        }
        // a bare date between ("voted Wednesday morning to approve", "agreed Tuesday to pay")
        int dated = i;
        while (dated < tokens.size() && dated < i + SHORT_PHRASE && bareDateWord(tokens.get(dated), dated == i)) {
            dated++;
        }
        if (dated > i && toAndVerb(tokens, dated)) {
            return dated + 1;
        }
        if (toAndVerb(tokens, i)) {
            return i + 1;
        }
        if (i < tokens.size() && SHORT_PHRASE_OPENERS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
            int j = i + 1;
            while (j < tokens.size() && j <= i + SHORT_PHRASE && SHORT_PHRASE_TAGS.contains(tokens.get(j).pos())) {
                j++;
            }
            return j > i + 1 && toAndVerb(tokens, j) ? j + 1 : -1;
        }
        return -1;
    }

    /**
     * The prepositions of a phrase of time or company that may stand between a verb and its
     * infinitive ("agreed on Tuesday to pay", "agreed with the state to pay"); not one of place
     * ("moved from Ohio to study law" is travel, no motion).
     */
    private static final Set<String> SHORT_PHRASE_OPENERS = Set.of("on", "with");
    /** How many words a phrase between a verb and its infinitive may have ("on Tuesday", "with the state"). */
    private static final int SHORT_PHRASE = 4;
    /** The parts of the day after a weekday in a bare date: "Wednesday morning", "Tuesday night". */
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    /**
     * Whether a word belongs to a bare date ("Wednesday", "Wednesday morning", "late Tuesday",
     * "yesterday"): a weekday, a part of the day after the first word, a word tagged a date or a time.
     */
    private static boolean bareDateWord(Token t, boolean first) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return org.casefile.nlp.CalendarWords.WEEKDAYS.contains(w) || isTimeWord(t)
                || first && (w.equals("late") || w.equals("early")) || !first && PARTS_OF_DAY.contains(w);
    }
    private static final Set<String> SHORT_PHRASE_TAGS = Set.of("DT", "PRP$", "POS", "NNP", "NNPS", "NN", "NNS", "CD", "JJ");

    private static boolean toAndVerb(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("to") && tokens.get(i + 1).pos().equals("VB");
    }

    private static boolean isPassive(Sentence s, int head) {
        Token t = s.tokens().get(head);
        if (!t.pos().equals("VBN")) {
            return false;
        }
        if (s.isParsed()) {
            return s.childrenOf(head).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("auxpass")
                    || d.relation().startsWith("nsubj:pass"));
        }
        for (int i = head - 1; i >= 0 && i >= head - 3; i--) {
            Token x = s.tokens().get(i);
            String lemma = x.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("be") || lemma.equals("get")) {
                return true;
            }
            if (!x.pos().startsWith("RB")) {
                break;
            }
        }
        return false;
    }

    /** Verbs of staying in a state, whose participle is a passive's: "remains held", "stayed locked up". */
    private static final Set<String> STATE_VERBS = Set.of("remain", "stay");

    /**
     * The verb of staying right before a participle ("Ann Lee remains held", "has remained jailed"),
     * whose subject is the participle's object as a passive's is; -1 when none stands there.
     */
    static int stateVerb(List<Token> tokens, int head) {
        if (!"VBN".equals(tokens.get(head).pos())) {
            return -1;
        }
        int k = head - 1;
        while (k >= 0 && tokens.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k >= 1 && tokens.get(k).isVerb() && STATE_VERBS.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT)) ? k : -1;
    }

    /** A passive's oblique of "by" ("was killed by a falling tree"): its head and the words attached to it. */
    private static Optional<List<Token>> byPhrase(Sentence s, int head) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.relation().equals("obl") && s.childrenOf(d.dependent()).stream().anyMatch(c -> c.relation().equals("case")
                    && s.tokens().get(c.dependent()).word().equalsIgnoreCase("by"))) {
                List<Token> phrase = new ArrayList<>();
                phrase.add(s.tokens().get(d.dependent()));
                s.childrenOf(d.dependent()).forEach(c -> phrase.add(s.tokens().get(c.dependent())));
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** The phrase under one of the relations: its head and the words attached to it. */
    private static Optional<List<Token>> parsedPhrase(Sentence s, int head, Set<String> relations) {
        for (Dependency d : s.childrenOf(head)) {
            if (relations.contains(d.relation())) {
                return Optional.of(phraseOf(s, d.dependent()));
            }
        }
        // a verb that extends another ("the judge denied the motion and ordered…") shares its subject, and
        // an infinitive takes the subject of its verb ("lawyers moved to dismiss")
        if (relations.contains("nsubj")) {
            Optional<Dependency> up = s.headOf(head);
            if (up.isPresent() && up.get().governor() >= 0
                    && (up.get().relation().equals("conj") || up.get().relation().equals("xcomp"))) {
                return parsedPhrase(s, up.get().governor(), relations);
            }
        }
        return Optional.empty();
    }

    /** The phrase of a noun's "of" ("the purchase of Vesta Mills"), however the parse names its relation. */
    private static Optional<List<Token>> ofPhrase(Sentence s, int noun) {
        for (Dependency d : s.childrenOf(noun)) {
            if (d.relation().equals("nmod:of") || d.relation().equals("nmod") && s.childrenOf(d.dependent()).stream()
                    .anyMatch(k -> k.relation().equals("case") && s.tokens().get(k.dependent()).word().equalsIgnoreCase("of"))) {
                return Optional.of(phraseOf(s, d.dependent()));
            }
        }
        return Optional.empty();
    }

    /** A noun with its compounds, adjectives, possessors and appositions. */
    private static List<Token> phraseOf(Sentence s, int noun) {
        List<Token> phrase = new ArrayList<>();
        phrase.add(s.tokens().get(noun));
        for (Dependency c : s.childrenOf(noun)) {
            String rel = c.relation();
            if (rel.startsWith("compound") || rel.equals("flat") || rel.equals("amod") || rel.startsWith("nmod:poss")
                    || rel.equals("appos")) {
                phrase.add(s.tokens().get(c.dependent()));
            }
        }
        return phrase;
    }

    /**
     * A past participle that modifies the noun before it, with no auxiliary ("a report released last
     * week", "the statement issued by Acme"): that noun is what the verb acts on, as a passive's
     * subject is, and its actor is the "by" phrase, which a sense naming a subject needs ("the suit
     * dismissed by Judge Ann Lee"). From the parse ({@code acl} of a noun) or, without one, from a
     * noun right before it.
     */
    private static boolean reducedRelative(Sentence s, int head) {
        Token t = s.tokens().get(head);
        if (!t.pos().equals("VBN")) {
            return false;
        }
        if (s.isParsed()) {
            Optional<Dependency> up = s.headOf(head);
            // (or a noun the tagger read as an adjective right before it: "the inspector general released")
            return up.isPresent() && up.get().governor() >= 0 && (up.get().relation().equals("acl")
                    && s.tokens().get(up.get().governor()).isNoun() || (up.get().relation().equals("acl")
                            || up.get().relation().equals("dep")) && up.get().governor() == head - 1
                            && s.tokens().get(head - 1).pos().startsWith("JJ"));
        }
        return head > 0 && s.tokens().get(head - 1).pos().startsWith("NN");
    }

    /** The noun phrase right before a verb, past its auxiliaries and adverbs ("The judge has not"). */
    private static Optional<List<Token>> subjectByWindow(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int i = head - 1;
        if (i >= 1 && tokens.get(i).word().equalsIgnoreCase("to") && tokens.get(i - 1).isVerb()) {
            return subjectByWindow(s, i - 1); // "lawyers moved to dismiss": the subject of "moved"
        }
        while (i >= 0 && (tokens.get(i).pos().startsWith("RB") || tokens.get(i).pos().equals("MD")
                || AUXILIARIES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)) && tokens.get(i).isVerb()
                || isTime(tokens.get(i)) || tokens.get(i).pos().equals("IN") && i + 1 < head && isTime(tokens.get(i + 1)))) {
            i--; // "The judge on Wednesday has not denied"
        }
        if (i >= 1 && tokens.get(i).word().equals(",")) {
            // "A spokesman for the governor, Hollis Lee, rejected": the subject stands before an aside
            // in commas; its head's phrase is what a sense tests (a subject is there, whatever it is)
            int open = i - 1;
            while (open >= 0 && i - open <= APPOSITION_REACH && !tokens.get(open).word().equals(",")) {
                open--;
            }
            if (open < 1 || i - open > APPOSITION_REACH) {
                return Optional.empty();
            }
            int end = open - 1;
            while (end >= 0 && !isNominal(tokens.get(end))) {
                end--; // ")" of "Ann Lee (D-Del.),"
                if (open - end > 4) {
                    return Optional.empty();
                }
            }
            List<Token> phrase = nominalEndingAt(tokens, end);
            int first = end - phrase.size() + 1;
            // "A lawyer for the judge, Ann Lee, denied": the phrase after "for" is not the head
            return first > 0 && "IN".equals(tokens.get(first - 1).pos()) ? Optional.of(List.of()) : Optional.of(phrase);
        }
        List<Token> phrase = nominalEndingAt(tokens, i);
        return phrase.stream().anyMatch(x -> x.isNoun() || x.pos().startsWith("PRP")) ? Optional.of(phrase) : Optional.empty();
    }

    /**
     * What a participle after its noun acts on: the noun the parse attaches it to, and the noun
     * phrase before it, with the noun that phrase qualifies ({@link #withHeadBeforeItsPhrase}).
     */
    private static Optional<List<Token>> reducedObject(Sentence s, int head) {
        Optional<List<Token>> window = subjectByWindow(s, head).map(p -> withHeadBeforeItsPhrase(s.tokens(), p));
        if (!s.isParsed()) {
            return window;
        }
        List<Token> out = new ArrayList<>(phraseOf(s, s.headOf(head).get().governor()));
        window.ifPresent(out::addAll);
        return Optional.of(out);
    }

    /**
     * A participle's noun with the phrase that qualifies it ("a report by the inspector general
     * released last week": the report was released, not the inspector): the noun phrase before a
     * preposition that opens the phrase found, joined to it.
     */
    private static List<Token> withHeadBeforeItsPhrase(List<Token> tokens, List<Token> phrase) {
        if (phrase.isEmpty()) {
            return phrase;
        }
        int first = tokens.indexOf(phrase.get(0));
        if (first < 2 || !"IN".equals(tokens.get(first - 1).pos()) || !isNominal(tokens.get(first - 2))) {
            return phrase;
        }
        List<Token> joined = new ArrayList<>(nominalEndingAt(tokens, first - 2));
        joined.addAll(tokens.subList(first - 1, first + phrase.size()));
        return joined;
    }

    /** How far back an aside in commas may reach before the verb ("the judge, who was appointed in 2019, denied"). */
    private static final int APPOSITION_REACH = 15;

    /** The words of a noun phrase that ends at token {@code last} ("the governor" of "a spokesman for the governor"). */
    private static List<Token> nominalEndingAt(List<Token> tokens, int last) {
        List<Token> phrase = new ArrayList<>();
        for (int i = last; i >= 0 && isNominal(tokens.get(i)); i--) {
            phrase.add(0, tokens.get(i));
        }
        return phrase;
    }

    /** "by the judge" after a passive verb. */
    private static Optional<List<Token>> agentByWindow(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int i = head + 1;
        while (i < tokens.size() && tokens.get(i).pos().startsWith("RB")) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).word().equalsIgnoreCase("by")) {
            return Optional.empty();
        }
        return nounPhraseAt(tokens, i + 1);
    }

    /** The noun phrase right after a verb (past a particle): "denied Iraq's request", "declined the motion". */
    private static Optional<List<Token>> objectByWindow(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int i = head + 1;
        while (i < tokens.size() && (tokens.get(i).pos().equals("RP") || tokens.get(i).pos().startsWith("RB"))) {
            i++;
        }
        return nounPhraseAt(tokens, i);
    }

    private static Optional<List<Token>> nounPhraseAt(List<Token> tokens, int i) {
        List<Token> phrase = new ArrayList<>();
        // a hyphen joins the words of a modifier ("a 27-year contract"), a participle before its noun modifies it
        while (i < tokens.size() && (isNominal(tokens.get(i)) || tokens.get(i).pos().equals("HYPH") && !phrase.isEmpty()
                || Token.attributiveParticiple(tokens, i, false, false))) {
            phrase.add(tokens.get(i));
            i++;
        }
        return phrase.stream().anyMatch(x -> x.isNoun() || x.pos().startsWith("PRP")) ? Optional.of(phrase) : Optional.empty();
    }

    private static boolean isTime(Token t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME");
    }

    private static boolean isNominal(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.equals("POS")
                || p.startsWith("PRP") || p.equals("NNP");
    }
}
