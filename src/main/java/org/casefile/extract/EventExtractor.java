package org.casefile.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EntityType;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.ingest.Citation;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.Datelines;
import org.casefile.nlp.Dependency;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Headline;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Tense;
import org.casefile.nlp.TimeMention;
import org.casefile.nlp.Token;

/**
 * Finds events: a clause whose trigger word ({@code models/event-triggers.txt}) reports something
 * happening. Its date is the time expression that the dependency structure attaches to the
 * trigger's clause, never merely the nearest date; participants come from subject and object
 * relations; an event without a date of its own stays undated.
 *
 * <p>Thread-safe.
 */
public final class EventExtractor {
    private static final int SUMMARY_CHARS = 200;
    private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "nmod:tmod", "obl:npmod",
            "nmod", "advmod", "nmod:on", "obl:on", "obl:in", "nmod:in");
    private static final Set<String> AGENT_RELATIONS = Set.of("nsubj", "obl:agent", "nmod:agent", "obl:by");
    private static final Set<String> PATIENT_RELATIONS = Set.of("obj", "dobj", "nsubj:pass", "nsubjpass", "iobj",
            "nmod:of", "nmod:poss");

    /** Relations by which a verb extends the clause of its head (and shares its time). */
    private static final Set<String> EXTENDING_RELATIONS = Set.of("advcl", "xcomp", "conj");
    /** Verbs that only carry a noun event: "held a hearing", "gave a statement". */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "give", "make", "issue",
            "host", "attend", "schedule", "set", "postpone", "reset", "begin", "start", "end", "call", "convene",
            "take", "stage", "announce", "file", "enter", "reach");

    /**
     * Verbs whose subject is a noun event foreseen for a time their infinitive gives: "the trial is
     * expected to begin in March", "the sale is planned to close in June".
     */
    private static final Set<String> EXPECTING_VERBS = Set.of("expect", "plan", "slate", "project", "anticipate");
    /** Verbs of an event's taking place or its completion, as an infinitive after a verb of setting or expecting ("to close in June"). */
    private static final Set<String> COMPLETING_VERBS = Set.of("close", "complete", "finish", "conclude", "occur",
            "happen", "open", "resume");

    /** The triggers by their first lemma, in file order within each. */
    private final Map<String, List<Rules.Trigger>> triggersByFirstLemma = new java.util.HashMap<>();
    private final Rules rules;
    private final EventModality modality;

    /**
     * Tags where a trigger may stand, in any of its inflections; a parse where a dated sentence
     * holds one, to tell which clause the date belongs to (elsewhere participants get their roles
     * from word order, {@link #roleByPosition}). The head of a verb trigger is its first word ("turn
     * down"), of a noun its last ("press conference").
     */
    public SentenceNeeds needs() {
        java.util.Set<String> verbs = new java.util.HashSet<>();
        java.util.Set<String> nouns = new java.util.HashSet<>();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Rules.Trigger t : rules.triggers()) {
            String head = t.pos().equals("V") ? t.lemmas().get(0) : t.lemmas().get(t.lemmas().size() - 1);
            if (!t.pos().equals("N") && !senseAfterVerbOnly(t)) {
                verbs.add(head);
            }
            if (!t.pos().equals("V")) {
                nouns.add(head);
            }
            if (t.lemmas().size() > 2) {
                // "turn himself in", "due in court": the first word selects the sentence; a pronoun, a
                // particle or a preposition ("in") stands in most sentences of any kind
                words.add(t.lemmas().get(0));
            } else {
                words.addAll(t.lemmas());
            }
        }
        // a dated sentence's verbs may be events of type other, which need tags (not the parse)
        return new SentenceNeeds(words, java.util.Set.of(), verbs, nouns, true);
    }

    /**
     * Whether a verb line's sense is told by the phrase of a preposition right after the verb
     * ({@code oblique=PREP:CLASS}: "held on $50,000 bail", "booked into the county jail"): such a word
     * is common in other senses ("held a meeting on Tuesday", "booked a flight"), and a dated sentence
     * holding it asks for no parse on its account; its subject or object class, if any, and its date
     * are read from word order. A lemma another line of which asks for a parse keeps it.
     */
    static boolean senseAfterVerbOnly(Rules.Trigger t) {
        return t.pos().equals("V") && t.oblique() != null && t.oblique().contains(":") && !t.oblique().startsWith("!");
    }

    public EventExtractor(Rules rules) {
        this.rules = rules;
        this.modality = new EventModality(rules);
        for (Rules.Trigger t : rules.triggers()) {
            triggersByFirstLemma.computeIfAbsent(t.lemmas().get(0), k -> new ArrayList<>()).add(t);
        }
    }

    /** The events of a document, and the relative dates of those dated only from another event. */
    public record Found(List<Event> events, List<RelativeDate> relativeDates) {
    }

    /** One event per type (and lemma, for type other), polarity and modality in a sentence. */
    private record Key(EventType type, String lemma, Polarity polarity, Modality modality) {
    }

    /** The events of a document, given its quotes ({@link QuoteSpans#find} of its text). */
    Found extract(AnnotatedDocument annotated, DocumentEntities entities, List<QuoteSpans.Quote> quotes) {
        return extract(annotated, entities, quotes, List.of());
    }

    /**
     * The events of a document, given its quotes and its attributions ({@link
     * ClaimExtractor#attributions}: a named source's saying is a statement, {@link #saying}).
     */
    Found extract(AnnotatedDocument annotated, DocumentEntities entities, List<QuoteSpans.Quote> quotes,
            List<Attributions.Found> attributions) {
        IngestedDocument doc = annotated.document();
        Map<Integer, List<Attributions.Found>> attributionsBySentence = new java.util.HashMap<>();
        attributions.forEach(f -> attributionsBySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f));
        List<Event> events = new ArrayList<>();
        List<Integer> eventSentences = new ArrayList<>();
        List<RelativeDate> relativeDates = new ArrayList<>();
        Set<String> headers = runningHeaders(doc.text(), doc.pageMap(), annotated.sentences());
        String dateline = dateline(annotated, entities);
        // a headline's events may name nobody ("Refugee arrested"): kept until the lead repeats them
        boolean headline = annotated.sentences().size() > 1 && isHeadline(doc, annotated.sentences().get(0));
        // pieces a closing mark ends: a stray mark ('a 12" pipe', OCR noise) quotes nobody
        List<QuoteSpans.Piece> quoted = quotes.stream().flatMap(q -> q.pieces().stream())
                .filter(p -> p.outerEnd() > p.end()).toList();
        Antecedents antecedents = new Antecedents(annotated, entities);
        boolean testTrials = testTrials(annotated.sentences());
        for (Sentence s : annotated.sentences()) {
            if (headers.contains(shape(doc.text(), s))) {
                continue; // a page header or footer repeated on every page reports nothing
            }
            List<Event> sayings = new ArrayList<>();
            List<Attributions.Found> claimsHere = attributionsBySentence.getOrDefault(s.index(), List.of());
            for (Attributions.Found f : claimsHere) {
                int cueAt = s.tokens().get(f.cue()).begin();
                if (!parenthetical(s, f) && claimsHere.stream().anyMatch(o -> o != f && o.contentBegin() <= cueAt
                        && cueAt < o.contentEnd() && !FACTIVE_CUES.contains(o.cueLemma()))) {
                    // "Prosecutors allege that Voss told the clerk …": a saying someone else reports is
                    // no fact; one they confirm or reveal is ("The mayor confirmed that the chief
                    // announced …"), and so is one set off by commas ("Lee said the council, Kim said, …")
                    continue;
                }
                saying(doc, s, f, entities, annotated.times(), dateline, quoted).ifPresent(sayings::add);
            }
            if (!s.isTagged()) {
                // events are read from tags: an untagged sentence holds no trigger ({@link #needs}),
                // only a named source's saying, one a sentence ("Orvill Kent said …")
                if (!sayings.isEmpty()) {
                    Event e = sayings.get(0);
                    events.add(new Event(doc.id() + ":v" + events.size(), e.type(), e.lemma(), e.polarity(), e.modality(),
                            e.summary(), e.date(), e.participants(), e.location(), 1, e.citations(), List.of(), e.charges(),
                            e.trigger()));
                    eventSentences.add(s.index());
                }
                continue;
            }
            // one event per type (and polarity and modality) and sentence: the trigger with a date of its own wins
            Map<Key, Event> byType = new java.util.LinkedHashMap<>();
            Map<Key, RelativeDate> relativeByType = new java.util.HashMap<>();
            // the listed acts told in the past with nobody named ({@link #pastNarration}): kept undated
            Set<Event> told = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Match> matches = triggers(s);
            if (testTrials && !courtroom(s)) {
                // "The trial, led by Dr. Ann Lee, ran until May"; not "Ann Lee goes on trial", "Her trial"
                matches.removeIf(m -> m.type() == EventType.TRIAL && !someonesTrial(s, m.token()));
            }
            int countedFrom = countedClauseStart(s, annotated.times());
            // a dateline's date ("KESTREL FALLS, Sept. 19 - A jury on Thursday convicted …") is the story's,
            // no event's: it does not compete with the clause's own
            int datelineEnd = Datelines.end(s);
            List<TimeMention> times = annotated.times().stream()
                    .filter(t -> t.sentence() == s.index() && t.isCalendarDate() && t.begin() >= datelineEnd).toList();
            // a dated sentence's verbs, or in a story with a publication date those its tense may date
            List<Integer> others = times.isEmpty() && doc.published() == null ? List.of()
                    : otherCandidates(s, matches, s.index() == 0 && headline, claimsHere);
            int copular = copularNoun(s, times);
            // a saying whose verb is a trigger ("Acme announced") is that trigger's event
            sayings.removeIf(e -> matches.stream().anyMatch(m -> doc.cite(s.tokens().get(m.token()).begin(),
                    s.tokens().get(m.token()).end()).start() == e.trigger().start()));
            // the event nouns with a named participant in their phrase ("Acme's first delivery"), dated or not
            List<Integer> nouns = eventNouns(s, matches);
            List<Integer> disasters = disasterNouns(s, matches);
            if (matches.isEmpty() && others.isEmpty() && copular < 0 && sayings.isEmpty() && nouns.isEmpty() && disasters.isEmpty()) {
                continue;
            }
            List<EntityMention> inSentence = annotated.entities().stream()
                    .filter(m -> m.sentence() == s.index()).toList();
            for (Match trigger : matches) {
                if (trigger.type() == EventType.STATEMENT && mediumOfSaying(s, trigger.token())
                        && (!sayings.isEmpty() || toldTo(s, trigger.token()) || claimsHere.stream()
                                .anyMatch(f -> f.cue() < trigger.token() && trigger.token() - f.cue() <= MEDIUM_AFTER_CUE
                                        && !Token.anyFiniteVerb(s.tokens(), f.cue() + 1, trigger.token())))) {
                    // "…, his lawyer, Ann Lee, said in a statement": the noun is the named source's
                    // saying, whose one participant is the speaker, not the names of what was said;
                    // the verb's own event carries it ("said in a statement on Monday")
                    continue;
                }
                EventModality.Reading heard = modality.read(s, trigger.token());
                Acquitted acquitted = heard.polarity() == Polarity.NEGATIVE ? acquittedOf(s.tokens(), trigger.token()) : Acquitted.NOT;
                if (acquitted == Acquitted.OF_A_CHARGE) {
                    continue; // "acquitted Ann Lee of murder", "found not guilty of killing him": a charge, no event
                }
                if (heard.polarity() == Polarity.NEGATIVE && crime(s, trigger.token(), trigger.type())
                        && modality.deniedOwnAct(s, trigger.token())) {
                    // "Lee denied stealing the ledgers", "denies that he bribed the inspector": the crime a
                    // party denies is the charge it answers, no event either way (as an acquittal's charge
                    // is); the denial itself is the party's claim
                    continue;
                }
                // "acquitted of the 2021 killing of a guard": the killing took place, the court found only
                // that the one tried did not do it
                EventModality.Reading reading = acquitted == Acquitted.OF_AN_ACT
                        ? new EventModality.Reading(Polarity.POSITIVE, heard.modality(), heard.modalityOfARequest()) : heard;
                Modality modalityOf = reading.modalityFor(trigger.type());
                if (modalityOf == Modality.ASSERTED && reading.polarity() == Polarity.POSITIVE
                        && movedToADay(s.tokens(), trigger.token(), annotated.times(), s.index())) {
                    modalityOf = Modality.PLANNED; // "the hearing was moved to June 2": still to come, on its new day
                }
                int setting = settingVerb(s, trigger.token());
                if (modalityOf == Modality.ASSERTED && reading.polarity() == Polarity.POSITIVE && setting >= 0) {
                    // "was expected to testify at a hearing next month": the act planned at it plans the hearing
                    // (an act that only may happen leaves its setting as it was: "may testify at the trial of X")
                    if (modality.read(s, setting).modality() == Modality.PLANNED && !underWay(s, trigger.token())) {
                        modalityOf = Modality.PLANNED;
                    }
                }
                QuoteSpans.Piece quote = pieceAt(quoted, s.tokens().get(trigger.token()).begin());
                if (quote != null && modalityOf == Modality.ASSERTED) {
                    modalityOf = Modality.REPORTED; // a source's own words: what it says happened
                }
                // inside a quote, only the names the quote itself gives take part ("'We were elected,' said Ann Lee")
                // and who reports an event takes no part in it ("his lawyer said the mayor would plead
                // not guilty"), unless the report is of the speaker's own act ("said he would resign")
                Set<Integer> speaker = quote == null ? sourceOf(s, trigger.token(), claimsHere, speakerOf(s, trigger.token())) : Set.of();
                Set<Integer> said = quote == null ? contentOf(s, trigger.token()) : Set.of();
                List<EntityMention> around = inSentence.stream()
                        .filter(m -> quote == null || m.begin() >= quote.begin() && m.end() <= quote.end())
                        .filter(m -> !speaker.contains(m.tokenBegin()) && !said.contains(m.tokenBegin())).toList();
                List<Participant> participants = headlinePassive(s, trigger.token(), s.index() == 0 && headline,
                        participants(s, trigger.token(), trigger.type(), around, entities));
                if (quote == null) {
                    participants = withPronounParty(s, trigger.token(), trigger.type(), participants, speaker, antecedents);
                }
                // "Acme announced …": a named speaker's saying in the reporting past ({@link #publicationDay})
                boolean saying = quote == null && modalityOf == Modality.ASSERTED && saying(s, trigger.token())
                        && participants.stream().anyMatch(p -> p.role() == ParticipantRole.AGENT);
                // a verb outside quotation marks takes no date from inside them ('"… within the hour,"
                // Lee said'), nor one inside from the words around the quote ('"We will appeal," Lee said
                // Monday'); a trigger outside what a source said takes no date from it ("Deliveries are
                // due in 2034, Ann Lee told a news conference")
                int triggerAt = s.tokens().get(trigger.token()).begin();
                // "charged on Thursday, two days after his pickup struck and killed a cyclist": what the
                // count's clause tells takes no day from before it, however the parse joins the verbs
                boolean counted = countedFrom >= 0 && triggerAt >= countedFrom;
                List<Attributions.Found> claimsOfOthers = claimsHere.stream()
                        .filter(f -> !phraseOfOwnCue(s, f, trigger.token())).toList();
                // "pleaded guilty in June to embezzling $5,000": the month is the plea's, not the act's;
                // "on Monday postponed the hearing until March 3": Monday is the postponing's
                List<TimeMention> ownTimes = notOfAnotherAct(s.tokens(), trigger.token(), trigger.token(),
                        ownTimes(triggerAt, times, quoted, claimsOfOthers).stream()
                        .filter(t -> !counted || t.begin() >= countedFrom)
                        // "charged him in the May 10 shooting": the day is the shooting's, another event's noun
                        // ("arrested him in Monday's raid" keeps Monday: a raid is no event of the lists)
                        .filter(t -> !namesOtherNoun(s, t, trigger.token(), matches)).toList());
                EventDate date = dateBeforeNoun(s, trigger.token(), ownTimes).or(() -> governingDate(s, trigger.token(), ownTimes))
                        .filter(t -> reading.polarity() == Polarity.POSITIVE || !after(s, t, "since"))
                        .map(EventExtractor::toEventDate)
                        .orElseGet(() -> reading.polarity() == Polarity.POSITIVE
                                ? publicationDay(doc, s, trigger.token(), s.index() == 0 && headline, annotated.times(),
                                        saying)
                                : EventDate.UNDATED);
                if (standingAccusation(s, trigger) && !(s.index() == 0 && headline) && beforePublication(doc, date)) {
                    // "is accused of taking bribes between March 2022 and June 2024": an accusation
                    // told in the present stands now; the past time is the alleged act's
                    date = EventDate.UNDATED;
                }
                if (modalityOf == Modality.HYPOTHETICAL && beforePublication(doc, date) && threatenedAct(s, trigger.token())) {
                    // "threatened on Tuesday to sue Acme", "threatened to sue Acme on Tuesday": the day is
                    // the threat's; the suit it holds over Acme has no day
                    date = EventDate.UNDATED;
                }
                if (modalityOf == Modality.ASSERTED && afterPublication(doc, date)
                        && Set.of(Tense.PRESENT, Tense.FUTURE).contains(Tense.of(s.tokens(), trigger.token(), trigger.token() + 1))) {
                    // "is due in court on June 3": what is yet to come is no fact (a clause in the
                    // past tense, or of no tense the words show, keeps its word: the date may be misread)
                    modalityOf = Modality.PLANNED;
                }
                // a listed event of type other carries its trigger's lemma ("withdraw" in "withdrew the charges")
                String otherLemma = trigger.type() == EventType.OTHER ? triggerLemma(s, trigger) : null;
                Key key = new Key(trigger.type(), otherLemma, reading.polarity(), modalityOf);
                Event previous = byType.get(key);
                if (previous != null && previous.date().isDated()) {
                    continue;
                }
                if (previous != null && !date.isDated()) {
                    continue;
                }
                if (saying && date.derivation() == DateDerivation.PUBLICATION) {
                    // dated as a saying: the speaker is who takes part, not the names of what was said
                    participants = participants.stream().filter(p -> p.role() == ParticipantRole.AGENT).toList();
                }
                String location = clausePlace(s, trigger.token(), around, entities).orElse(dateline);
                // a listed act the text tells in the past of a clause of its own, with nobody named, is still
                // one ("Police arrested a man suspected of …", "The mine collapse killed 11 workers", "Three
                // people were killed when …"): generic prose is told in the present ("an extradition hearing
                // is not a trial")
                boolean narrated = quote == null && UNNAMED_NEWS.contains(trigger.type())
                        && (trigger.type() != EventType.OTHER || crime(s, trigger.token(), trigger.type()))
                        && reading.polarity() == Polarity.POSITIVE
                        && (modalityOf == Modality.ASSERTED || modalityOf == Modality.REPORTED)
                        && (s.tokens().get(trigger.token()).isVerb() && pastNarration(s.tokens(), trigger.token())
                                || actCharged(s.tokens(), trigger.token(), trigger.type(), matches));
                // an order's ruling in capitals is the court's act, though told in the present and with
                // nobody named ("the motion is DENIED", "The objection is OVERRULED")
                narrated |= quote == null && decreed(s.tokens(), trigger.token(), trigger.type());
                if (!date.isDated() && participants.isEmpty() && !(s.index() == 0 && headline) && !counted && !narrated) {
                    continue; // nobody and no time: generic prose ("an extradition hearing is not a trial")
                }
                if (!date.isDated()) {
                    relativeDate(s, trigger, matches, annotated.times()).ifPresent(r -> relativeByType.put(key, r));
                }
                Token word = s.tokens().get(trigger.token());
                Event made = new Event("", trigger.type(), otherLemma, reading.polarity(), modalityOf,
                        summary(doc.text(), s), date, participants, location, 1, List.of(doc.cite(s.begin(), s.end())),
                        List.of(), charges(inSentence), doc.cite(word.begin(), word.end()));
                byType.put(key, made);
                if (narrated) {
                    told.add(made);
                }
                List<Participant> absent = absentees(s, trigger.token(), around, entities);
                if (reading.polarity() == Polarity.POSITIVE && !absent.isEmpty()) {
                    // "Lee did not attend the hearing on Tuesday": the hearing was held (above, without Lee),
                    // and Lee's absence from it is the event denied of Lee, as "Lee did not appear in court" is
                    byType.putIfAbsent(new Key(trigger.type(), otherLemma, Polarity.NEGATIVE, modalityOf),
                            new Event("", trigger.type(), otherLemma, Polarity.NEGATIVE, modalityOf, summary(doc.text(), s),
                                    date, absent, location, 1, List.of(doc.cite(s.begin(), s.end())), List.of(),
                                    charges(inSentence), doc.cite(word.begin(), word.end())));
                }
            }
            for (int candidate : others) {
                if (pieceAt(quoted, s.tokens().get(candidate).begin()) != null) {
                    continue; // an event beyond the list needs the text's own voice, not a quote's
                }
                otherEvent(doc, s, candidate, ownTimes(s.tokens().get(candidate).begin(), times, quoted, claimsHere),
                        inSentence, entities, dateline, s.index() == 0 && headline,
                        doc.published() != null && s.lead(), annotated.times(), !matches.isEmpty())
                        .ifPresent(e -> keepDated(byType, e));
            }
            for (int noun : nouns) {
                if (pieceAt(quoted, s.tokens().get(noun).begin()) == null) {
                    nounEvent(doc, s, noun, times, inSentence, entities, dateline).ifPresent(e -> keepDated(byType, e));
                }
            }
            for (int noun : disasters) {
                if (pieceAt(quoted, s.tokens().get(noun).begin()) == null) {
                    disasterEvent(doc, s, noun, times, inSentence, entities).ifPresent(e -> keepDated(byType, e));
                }
            }
            if (copular >= 0 && pieceAt(quoted, s.tokens().get(copular).begin()) == null) {
                copularEvent(doc, s, copular, times, inSentence, entities, dateline).ifPresent(e -> keepDated(byType, e));
            }
            if (!sayings.isEmpty()) {
                Event e = sayings.get(0); // a statement the sentence's verbs already give, dated or not, wins
                byType.putIfAbsent(new Key(e.type(), e.lemma(), e.polarity(), e.modality()), e);
            }
            countedBack(s, byType, annotated.times());
            if (!(s.index() == 0 && headline)) {
                // kept for the count only ("two days after a cyclist was killed"): still nobody and no time
                byType.values().removeIf(e -> !e.date().isDated() && e.participants().isEmpty() && !told.contains(e));
            }
            for (Map.Entry<Key, Event> entry : byType.entrySet()) {
                Event e = entry.getValue();
                String id = doc.id() + ":v" + events.size();
                RelativeDate r = e.date().isDated() ? null : relativeByType.get(entry.getKey());
                if (r != null) {
                    relativeDates.add(new RelativeDate(id, r.duration(), r.text(), r.sign(), r.anchorType()));
                }
                events.add(new Event(id, e.type(), e.lemma(), e.polarity(), e.modality(), e.summary(), e.date(),
                        e.participants(), e.location(), 1, e.citations(), List.of(), e.charges(), e.trigger()));
                eventSentences.add(s.index());
            }
        }
        Set<String> named = new HashSet<>();
        entities.entities().stream().filter(en -> en.type() == EntityType.PERSON || en.type() == EntityType.ORGANIZATION
                || en.type() == EntityType.PRODUCT).forEach(en -> named.add(en.id()));
        return new Found(withoutHeadlineCopies(doc, annotated.sentences(), events, eventSentences, named), relativeDates);
    }

    /** The lemma of a listed trigger's word ("withdraw" in "withdrew the charges"), for an event of type other. */
    private String triggerLemma(Sentence s, Match trigger) {
        String lemma = s.tokens().get(trigger.token()).lemma().toLowerCase(Locale.ROOT);
        // a listed phrasal verb carries its particle: "laid off 120 workers", "walked out" ("lay off",
        // "walk out"); a particle after a one-word trigger stays out ("smuggled out of the country")
        String particle = s.tokens().get(trigger.token()).isVerb() ? EventModality.particleAfter(s.tokens(), trigger.token()) : null;
        boolean listed = particle != null && rules.triggers().stream()
                .anyMatch(t -> t.type() == EventType.OTHER && t.lemmas().equals(List.of(lemma, particle)));
        int at = trigger.token();
        if (particle == null && at + 2 < s.tokens().size() && s.tokens().get(at).isVerb()) {
            // "turned himself in": a listed phrasal verb with its reflexive object between is the verb and
            // its particle ("turn in")
            String reflexive = s.tokens().get(at + 1).lemma().toLowerCase(Locale.ROOT);
            String after = s.tokens().get(at + 2).word().toLowerCase(Locale.ROOT);
            if (rules.triggers().stream().anyMatch(t -> t.type() == EventType.OTHER
                    && t.lemmas().equals(List.of(lemma, reflexive, after)))) {
                return lemma + " " + after;
            }
        }
        return listed ? lemma + " " + particle : lemma;
    }

    /**
     * Keeps a sentence's event of type other unless it already holds one of the same lemma, polarity
     * and modality, which a dated one replaces when it has no date ("the delivery … Acme's delivery
     * on May 3": the dated noun is the event).
     */
    private static void keepDated(Map<Key, Event> byType, Event e) {
        Key key = new Key(e.type(), e.lemma(), e.polarity(), e.modality());
        Event was = byType.get(key);
        if (was == null || !was.date().isDated() && e.date().isDated()) {
            byType.put(key, e);
        }
    }

    /**
     * Verb forms that may report an event of type other: a past, a present, a perfect or passive
     * participle, a base form after a modal or "to" (kept only when it is planned and dated: "will
     * open a plant in 2026", "is preparing to launch it in May").
     */
    private static final Set<String> OTHER_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "VBN", "VB");

    /** Whether a sentence holds a word that opens a condition ({@code condition} in event-modality.txt: "if", "unless"), not a question. */
    private boolean conditional(Sentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (rules.modalityCues().getOrDefault(s.tokens().get(i).word().toLowerCase(Locale.ROOT), Set.of())
                    .contains("condition") && !modality.asksWhether(s.tokens(), i)) {
                return true; // not an "if" that asks ("will decide if Acme broke the law", {@link EventModality#asksWhether})
            }
        }
        return false;
    }

    /** Whether a base form follows a modal or "to" ("will open", "to launch"; adverbs may stand between). */
    private static boolean afterModalOrTo(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 3; i--) {
            String pos = s.tokens().get(i).pos();
            if ("MD".equals(pos) || "TO".equals(pos)) {
                return true;
            }
            if (pos == null || !pos.startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Verbs of the sentence that may report an event of type {@code other}: a finite verb (or a
     * participle after "have", "be" or "get", or a headline's participle, {@link #headlineParticiple})
     * outside the trigger list, that is no verb of speech, of modality or of the {@code noevent}
     * class ({@code word-classes.txt}), nor a light verb; a light verb only with an object of the
     * {@code event-noun} class, which is then the event ("made its first flight", {@link #lightObject}).
     */
    List<Integer> otherCandidates(Sentence s, List<Match> matches, boolean headlineSentence,
            List<Attributions.Found> attributions) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> triggered = new HashSet<>();
        matches.forEach(m -> triggered.add(m.token()));
        Set<Integer> cues = new HashSet<>();
        attributions.forEach(f -> cues.add(f.cue()));
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (OTHER_VERB_TAGS.contains(t.pos()) && LIGHT_VERBS.contains(lemma)) {
                int noun = lightObject(s, i);
                if (noun >= 0 && !triggered.contains(noun) && !triggered.contains(i)
                        && (!t.pos().equals("VBN") || afterAuxiliary(s, i)) && (!t.pos().equals("VB") || afterModalOrTo(s, i))) {
                    out.add(i); // "has made its maiden flight": the flight is the event
                }
                continue;
            }
            if (!OTHER_VERB_TAGS.contains(t.pos()) || triggered.contains(i) || Token.isNameTag(t.ner())
                    || lemma.length() < 3 || !lemma.matches("[a-z]+(?:-[a-z]+)?")
                    || triggersByFirstLemma.containsKey(lemma) && !sensed(lemma) || isLightVerb(t)
                    || rules.inClass(lemma, "noevent") || modalityVerb(lemma)
                    || rules.cues().containsKey(lemma) && !isStatement(lemma) && !passiveParticiple(s, i)
                            && (cues.contains(i) || !onlySaysWithAClause(lemma))) {
                continue;
            }
            final int at = i;
            if ((CONTEST_VERBS.contains(lemma) || COMPLETING_VERBS.contains(lemma)) && matches.stream()
                    .anyMatch(m -> s.tokens().get(m.token()).isNoun() && objectOf(s.tokens(), at, m.token()))) {
                // "won re-election", "lost the appeal": the contest named is the event, not its outcome's verb;
                // "completed its acquisition of Bolt": the deal is the event, dated by its completion ({@link #clauseHeads})
                continue;
            }
            if (t.pos().equals("VBN") && !afterAuxiliary(s, i) && !(headlineSentence && headlineParticiple(s, i))) {
                continue; // "the Paris-based maker", "a plane built in 2005": no clause of its own
            }
            if (t.pos().equals("VB") && !afterModalOrTo(s, i)) {
                continue; // a base form only after "will" or "to": a plan ({@link #otherEvent} keeps only planned ones)
            }
            out.add(i);
        }
        return out;
    }

    /**
     * Whether a cue word reports speech only with a clause, a colon or a quote ({@code speech-that}
     * and no other role): where no attribution was found at it, it is an ordinary verb ("recalled
     * 40,000 jars", "pressed the button").
     */
    private boolean onlySaysWithAClause(String lemma) {
        return rules.cues().getOrDefault(lemma, Set.of()).equals(Set.of("speech-that"));
    }

    /**
     * Whether a lemma is a verb cue of modality ({@code event-modality.txt}: "failed", "plans",
     * "avoided"), which reports no event of its own; the cues of nouns and of a noun's modifiers
     * ("report", "talk") leave a verb of the same lemma alone, and so do the verbs that only pass on
     * their polarity or put an event off, which are acts of their own ("approved the merger", "the
     * delivery was delayed"), those whose "if" asks ("reviewed the deal"), and verbs of talk, of
     * rebuttal or of falsity ("argued at a hearing", "rejected the offer"), acts of their own too.
     */
    private boolean modalityVerb(String lemma) {
        return rules.modalityCues().getOrDefault(lemma, Set.of()).stream()
                .anyMatch(role -> !role.endsWith("-noun") && !role.endsWith("-modifier") && !OWN_EVENT_ROLES.contains(role));
    }

    /**
     * Modality roles of verbs that are events of their own ({@link #modalityVerb}); a verb whose "if"
     * asks ("decided if", "reviewed whether") is one too ("the panel reviewed the deal on May 3").
     */
    private static final Set<String> OWN_EVENT_ROLES = Set.of("enabling-verb", "postponing-verb", "question-verb",
            "topic-verb", "rebutting-verb", "falsity", "hearsay-verb", "falling-through-verb");

    /**
     * Whether every trigger of a one-word lemma asks for a sense ("order" only with a court as subject):
     * where none holds ("Acme ordered 20 jets") the verb may still be an event of type other.
     */
    private boolean sensed(String lemma) {
        return triggersByFirstLemma.get(lemma).stream().allMatch(t -> t.lemmas().size() == 1
                && (t.subject() != null || t.object() != null || t.infinitive() != null || t.post() != null || t.cause() != null)
                && !figureOfSpeech(t));
    }

    /**
     * A trigger of type other whose sense rules a class out ("steal" with no object of the
     * figurative class, "rob" with no subject of misfortune): where that sense fails, the verb is the
     * figure of speech, no event of any type ("stole the show", "an injury robbed her of her place").
     */
    private static boolean figureOfSpeech(Rules.Trigger t) {
        return t.type() == EventType.OTHER && (t.object() != null && t.object().startsWith("!")
                || t.subject() != null && t.subject().startsWith("!"));
    }

    /** Verbs of saying whose content is a fact the source states to be one: a saying inside it is a fact too. */
    private static final Set<String> FACTIVE_CUES = Set.of("confirm", "reveal", "acknowledge", "disclose", "admit");

    /** Whether an attribution is set off by commas: a comma before its source and after its cue ("…, Kim said, …"). */
    private static boolean parenthetical(Sentence s, Attributions.Found f) {
        List<Token> tokens = s.tokens();
        int first = f.source() == null ? f.cue() : Math.min(f.source().tokenBegin(), f.cue());
        return first > 0 && tokens.get(first - 1).word().equals(",") && f.cue() + 1 < tokens.size()
                && tokens.get(f.cue() + 1).word().equals(",");
    }

    /** Words around a verb of saying that place it on another day or deny it: "later said", "argued during the trial". */
    private static final Set<String> NOT_SAID_TODAY = Set.of("not", "n't", "never", "during", "after", "earlier", "later",
            "then", "when", "as", "while", "once");

    /** Words before a verb of saying that make it no reporting past or present: "had said", "will say", "did not say". */
    private static final Set<String> NOT_REPORTING = Set.of("had", "'d", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "to", "did", "do", "does", "not", "n't", "never", "be", "is", "are", "was", "were",
            "been", "being", "'s");

    /**
     * A named source's saying as a statement event: an attribution ({@link Attributions}) whose
     * source names a person or an organisation and whose cue is a verb of speech
     * ({@link #isStatement}) in the reporting past or present ("Orvill Kent said", "said Orvill Kent",
     * "Acme says", "has said"), not negated, not inside a quote, with no time expression outside
     * what was said and none of the words of a span or a habit ({@code NOT_NEWS_DAY}: "has often
     * said", "said for years"): dated to the publication day ({@code derivation: publication}), as
     * {@link #publicationDay} dates "Acme has confirmed". The speaker is its one participant, as
     * agent; what was said stays a claim, and its events keep their own dates.
     */
    private Optional<Event> saying(IngestedDocument doc, Sentence s, Attributions.Found f, DocumentEntities entities,
            List<TimeMention> times, String dateline, List<QuoteSpans.Piece> quoted) {
        if (doc.published() == null || f.source() == null || f.source().name() == null || f.source().pronoun()
                || f.cueLemma() == null || !isStatement(f.cueLemma()) || rules.inClass(f.cueLemma(), "noevent")) {
            // "Acme believes …" reports a view, no act of saying (word-classes.txt: noevent)
            return Optional.empty();
        }
        EntityMention name = f.source().name();
        Optional<String> id = entities.idOf(name);
        EntityType type = entities.typeOf(name);
        if (id.isEmpty() || type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        List<Token> tokens = s.tokens();
        if (type == EntityType.PERSON && spokenFor(tokens, name)) {
            return Optional.empty(); // "Lawyers for Ann Lee said …": the lawyers spoke, not Ann Lee
        }
        Token cue = tokens.get(f.cue());
        String w = cue.word().toLowerCase(Locale.ROOT);
        if (pieceAt(quoted, cue.begin()) != null || w.endsWith("ing")
                || cue.pos() != null && !Set.of("VBD", "VBZ", "VBP", "VBN").contains(cue.pos())) {
            return Optional.empty(); // "…, saying …", "the statement": no reporting verb
        }
        int before = f.cue() - 1;
        while (before >= 0 && (tokens.get(before).pos() != null ? tokens.get(before).pos().startsWith("RB")
                && !NOT_REPORTING.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))
                : Set.of("also", "again").contains(tokens.get(before).word().toLowerCase(Locale.ROOT)))) {
            before--; // "also said", "again told"
        }
        String previous = before >= 0 ? tokens.get(before).word().toLowerCase(Locale.ROOT) : "";
        boolean perfect = previous.equals("has") || previous.equals("have") || previous.equals("'ve");
        if (NOT_REPORTING.contains(previous) || "VBN".equals(cue.pos()) && !perfect) {
            return Optional.empty(); // "had said", "would say", "did not say", "was told"
        }
        // the attribution's own words: the source phrase and the cue, and a word on either side
        int from = Math.max(0, Math.min(f.source().tokenBegin(), f.cue()) - 1);
        int to = Math.min(tokens.size(), Math.max(f.source().tokenEnd(), f.cue() + 1) + 1);
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (tokens.get(i).begin() >= f.contentBegin() && tokens.get(i).begin() < f.contentEnd()
                    || inDescription(s, i, i, f.cue())) {
                continue; // what was said, or a description of the source ("Ann Lee, its head since 2019, said")
            }
            if (NOT_NEWS_DAY.contains(word) || NOT_SAID_TODAY.contains(word)) {
                return Optional.empty(); // "did not say", "later said", "argued during the trial"
            }
        }
        for (TimeMention t : times) {
            boolean inContent = t.begin() >= f.contentBegin() && t.end() <= f.contentEnd() || pieceAt(quoted, t.begin()) != null;
            if (t.sentence() == s.index() && !inContent && !inDescription(s, s.tokenAt(t.begin()), s.tokenAt(t.end() - 1), f.cue())) {
                return Optional.empty(); // "said on Monday", "said in a 2019 interview": the tagged clause dates it
            }
        }
        java.time.LocalDate day = doc.published().date();
        EventDate date = new EventDate(day.toString(), null, day, day, Precision.DAY, true, DateDerivation.PUBLICATION);
        return Optional.of(new Event("", EventType.STATEMENT, null, Polarity.POSITIVE, Modality.ASSERTED,
                summary(doc.text(), s), date, List.of(new Participant(id.get(), ParticipantRole.AGENT)), dateline, 1,
                List.of(doc.cite(s.begin(), s.end())), List.of(), List.of(), doc.cite(cue.begin(), cue.end())));
    }

    /**
     * Whether a person's name stands in a source phrase as the one others speak for: "Lawyers for Ann
     * Lee", "a spokesman for Ann Lee", "an aide to Ann Lee" (a common noun, then "for" or "to", right
     * before the name). The saying is theirs, not the person's; a company speaks through its
     * spokesman, so only a person's name is read so. ("Ann Lee's position is that …" stays hers.)
     */
    private static boolean spokenFor(List<Token> tokens, EntityMention name) {
        int b = name.tokenBegin();
        return b >= 2 && Set.of("for", "to").contains(tokens.get(b - 1).word().toLowerCase(Locale.ROOT))
                && commonNoun(tokens.get(b - 2));
    }

    private static boolean commonNoun(Token t) {
        return t.pos() != null && (t.pos().equals("NN") || t.pos().equals("NNS"));
    }

    /**
     * Whether a time lies in a description set off by commas before the verb ("Ann Lee, who took
     * office last spring, said …", "Acme, the maker of the A20 since 2019, said …"): the
     * description's time, not the verb's. An aside that is the time alone, or opens with a
     * preposition, an adverb or a present participle, is the verb's own ("Acme, on Monday, said …",
     * "Acme, in 2019, moved …", "Ann Lee, speaking on Monday, said …", and a past participle of being
     * asked or approached: "Ann Lee, asked on Monday, said …"); so is one after a clause before
     * it ("After the vote, the mayor on Monday, …"), having no name before it.
     */
    static boolean inDescription(Sentence s, int time, int last, int verb) {
        List<Token> tokens = s.tokens();
        if (time < 0 || time >= verb) {
            return false;
        }
        last = Math.max(time, last);
        int open = -1;
        for (int i = time - 1; i >= 0 && open < 0; i--) {
            if (tokens.get(i).word().equals(",")) {
                open = i;
            }
        }
        int close = -1;
        for (int i = Math.max(time, last) + 1; i < verb && close < 0; i++) {
            if (tokens.get(i).word().equals(",")) {
                close = i;
            }
        }
        if (open < 0 && close > 0 && openingDescription(tokens, close, verb)) {
            return true; // "His rival in 2030, Odile Carvallo, said …": the time describes the rival
        }
        if (open < 1 || close < 0 || !isNominalWord(tokens.get(open - 1))) {
            return false; // "After the vote, the mayor on Monday, …": no name before the aside
        }
        for (int i = close + 1; i < verb; i++) {
            Token k = tokens.get(i);
            if (!k.isAdverb() && !"MD".equals(k.pos()) && !(k.isVerb() && AUXILIARIES.contains(k.lemma().toLowerCase(Locale.ROOT)))) {
                return false; // the aside is not right before the verb
            }
        }
        if (open + 1 == time) {
            // "Acme, on Monday, said" and "Acme, Monday, said" are the verb's; "Ann Lee, last year's
            // winner, said" describes her
            return last + 1 < close;
        }
        String pos = tokens.get(open + 1).pos() == null ? "" : tokens.get(open + 1).pos();
        // a past participle describes the noun by what was done to it ("Quennel, founded in 1948 by the
        // Arnesen family, reported …"), unless it is the asking that drew the words ("the mayor, asked
        // on Monday about the plan, said …")
        boolean done = pos.equals("VBN") && !APPROACHED.contains(tokens.get(open + 1).lemma().toLowerCase(Locale.ROOT));
        return pos.startsWith("W") || pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("NN") || pos.startsWith("JJ")
                || pos.equals("CD") || done;
    }

    /** Participles of being approached for words: "the mayor, asked on Monday, said …". */
    private static final Set<String> APPROACHED = Set.of("ask", "question", "interview", "reach", "contact", "press",
            "approach", "quote", "phone", "call", "email", "confront", "challenge", "speak", "inform", "tell");

    /** The tags of a name that may speak or act: a person or an organisation. */
    private static final Set<String> SPEAKER_TAGS = Set.of("PERSON", "ORGANIZATION");

    /**
     * Whether the sentence opens with a noun phrase that ends at the comma {@code close} and a name
     * set beside it stands between that comma and the verb ("The port's director since 2019, Ann
     * Lee, said"): a description of the name. A phrase that opens with a preposition ("In 2030, Ann
     * Lee said") or holds a verb of its own is no such description.
     */
    private static boolean openingDescription(List<Token> tokens, int close, int verb) {
        String first = tokens.get(0).pos() == null ? "" : tokens.get(0).pos();
        if (!(first.equals("DT") || first.equals("PRP$") || first.startsWith("JJ") || first.startsWith("NN"))
                || Token.isNameTag(tokens.get(0).ner()) || Token.anyFiniteVerb(tokens, 0, close)) {
            return false;
        }
        int i = close + 1;
        int nameEnd = i;
        while (nameEnd < verb && SPEAKER_TAGS.contains(tokens.get(nameEnd).ner())) {
            nameEnd++;
        }
        if (nameEnd == i) {
            return false;
        }
        for (int k = nameEnd; k < verb; k++) {
            Token t = tokens.get(k);
            if (!t.word().equals(",") && !t.isAdverb()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNominalWord(Token t) {
        return t.isNoun() || t.word().equals(")") || "CD".equals(t.pos());
    }

    /** Whether a verb reports its subject's speech ({@link #isStatement}): "said", "announced", "claims". */
    private boolean saying(Sentence s, int verb) {
        Token t = s.tokens().get(verb);
        return t.isVerb() && isStatement(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * A verb that only reports speech ("said", "has confirmed", "stated", "replied"): an event of type
     * statement when a named person or organisation speaks and its own clause or its tense dates
     * the saying; what was said stays a claim.
     */
    private boolean isStatement(String lemma) {
        return (rules.isCue(lemma, "speech") || rules.inClass(lemma, "reply")) && !rules.isCue(lemma, "allegation")
                && !rules.isCue(lemma, "denial") && !rules.isCue(lemma, "speech-to");
    }

    /**
     * Whether a name is the news agency a dateline credits ("MAPLESTONE, Minn. (Reuters) - …",
     * "(AP) —"): in parentheses right before a dash, it reports the story and takes no part in it.
     */
    private static boolean agencyCredit(Sentence s, EntityMention m) {
        List<Token> tokens = s.tokens();
        int before = m.tokenBegin() - 1;
        int after = m.tokenEnd();
        // a dateline heads one of a story's first sentences
        return s.index() < LEAD_SENTENCES && before >= 0 && before <= 8 && after + 1 < tokens.size()
                && Set.of("(", "-LRB-").contains(tokens.get(before).word())
                && Set.of(")", "-RRB-").contains(tokens.get(after).word()) && Datelines.isDash(tokens.get(after + 1).word());
    }

    /** Whether an event's date ends before its story was published. */
    private static boolean beforePublication(IngestedDocument doc, EventDate date) {
        return doc.published() != null && date.isDated() && date.end() != null && date.end().isBefore(doc.published().date());
    }

    /** An accusation or charge in the present passive: "is accused of", "are being charged with". */
    private static boolean standingAccusation(Sentence s, Match trigger) {
        return (trigger.type() == EventType.ACCUSATION || trigger.type() == EventType.CHARGE)
                && "VBN".equals(s.tokens().get(trigger.token()).pos()) && Tense.presentPassive(s.tokens(), trigger.token());
    }

    /**
     * Whether a time expression stands in a phrase that {@code word} opens, within a few words of
     * no verb or mark ("since 2019", "since her arrest in March"): "has not made an acquisition
     * since 2019" says when none was made, not when one was.
     */
    private static boolean after(Sentence s, TimeMention t, String word) {
        int first = s.tokenAt(t.begin());
        for (int k = first - 1; k >= 0 && k >= first - 6; k--) {
            Token x = s.tokens().get(k);
            if (x.word().equalsIgnoreCase(word)) {
                return true;
            }
            if (x.isVerb() || !Character.isLetterOrDigit(x.word().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Whether an event's date begins after its story was published. */
    private static boolean afterPublication(IngestedDocument doc, EventDate date) {
        return doc.published() != null && date.isDated() && date.begin() != null && date.begin().isAfter(doc.published().date());
    }

    /**
     * Personal pronouns, as subject or object, that may stand for a speaker in what it reports
     * ("said she would resign", "said police arrested her", "Acme said it would close the plant");
     * a possessive ("at his home") names no party.
     */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "me", "we", "us", "he", "him", "she", "her",
            "it", "they", "them");
    /** Relations by which a pronoun is a party of the trigger's own clause. */
    private static final Set<String> PARTY_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj");
    /** Relations by which a verb of saying takes what it reports. */
    private static final Set<String> REPORTED_RELATIONS = Set.of("ccomp", "parataxis");
    /** Tokens before a verb of saying within which its source's name ends ("Ann Lee, a nurse, said"). */
    private static final int SOURCE_REACH = 6;

    /**
     * The tokens of the source of a verb of saying that reports the trigger's clause ("Ann Lee
     * said police arrested Tom Kim", "…, Ann Lee said."), or none when there is no such verb or
     * a personal pronoun is a party of the trigger's clause, which may be the speaker's own part
     * ("said she would resign", "said police arrested her"). With a parse the verb governs the
     * trigger's clause; without one it is the nearest verb of saying in the same clause, and the
     * trigger a verb of the clause it reports.
     */
    private Set<Integer> speakerOf(Sentence s, int trigger) {
        return s.isParsed() ? parsedSpeakerOf(s, trigger) : nearSpeakerOf(s, trigger);
    }

    /**
     * The speaker's words, with those of an attribution whose content holds the trigger in a clause
     * of its own ("Ann Lee, a spokeswoman for the mayor, said no charges had been filed", "Bo Ray
     * said the inquiry would go on despite the resignation"): who reports an event takes no part in
     * it. A pronoun at the trigger may be the speaker's own act ("said she would resign"), and so is
     * an intention with no clause of its own ("threatened to sue"), a second verb joined to the cue
     * ("confirmed the findings and resigned") or a noun the verb names ("Acme announced the
     * acquisition of Bolt").
     */
    private static Set<Integer> sourceOf(Sentence s, int trigger, List<Attributions.Found> claimsHere, Set<Integer> speaker) {
        List<Token> tokens = s.tokens();
        int at = tokens.get(trigger).begin();
        Set<Integer> out = null;
        for (Attributions.Found f : claimsHere) {
            if (f.source() == null || at < f.contentBegin() || at >= f.contentEnd() || f.cue() >= trigger
                    || speakerPronounNear(tokens, trigger, range(f.source().tokenBegin(), f.source().tokenEnd())) || joinedTo(tokens, f.cue(), trigger)
                    || !Token.anyFiniteVerb(tokens, f.cue() + 1, tokens.get(trigger).isVerb() ? trigger + 1 : trigger)) {
                // "threatened to sue Bolt", "vowed to appeal": an intention is the source's own act
                continue;
            }
            if (out == null) {
                out = new HashSet<>(speaker);
            }
            if (f.source().name() != null && spokenFor(tokens, f.source().name())) {
                // "Lawyers for Ann Lee said she would appeal": the lawyers speak; Ann Lee may take part
                out.removeAll(range(f.source().name().tokenBegin(), f.source().name().tokenEnd()));
                continue;
            }
            out.addAll(range(f.source().tokenBegin(), f.source().tokenEnd()));
        }
        return out == null ? speaker : out;
    }

    private Set<Integer> parsedSpeakerOf(Sentence s, int trigger) {
        int current = trigger;
        for (int steps = 0; steps < 4; steps++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Set.of();
            }
            int verb = head.get().governor();
            if (REPORTED_RELATIONS.contains(head.get().relation()) && reportsSpeech(s.tokens().get(verb))) {
                Set<Integer> out = new HashSet<>();
                s.childrenOf(verb).stream().filter(c -> c.relation().startsWith("nsubj"))
                        .forEach(c -> subtree(s, c.dependent(), out));
                Optional<GivenNameGender.Gender> speakerGender = nameGender(s.tokens(), out);
                // a pronoun of the other gender is not the speaker ("Tom Ray said police arrested her")
                boolean pronounParty = s.childrenOf(trigger).stream().anyMatch(c -> PARTY_RELATIONS.contains(c.relation())
                        && pronoun(s.tokens().get(c.dependent()))
                        && !otherGender(s.tokens().get(c.dependent()), speakerGender));
                if (pronounParty) {
                    return Set.of();
                }
                return out;
            }
            current = verb;
        }
        return Set.of();
    }

    private Set<Integer> nearSpeakerOf(Sentence s, int trigger) {
        Set<Integer> found = nearSourceOf(s, trigger);
        return speakerPronounNear(s.tokens(), trigger, found) ? Set.of() : found;
    }

    /**
     * Whether a personal pronoun next to the trigger ({@link #pronounNear}) may stand for the speaker:
     * not when each such pronoun is of the other gender than the speaker's given name or title ("Tom
     * Ray said the state tried to deport her": Ray is not deported).
     */
    private static boolean speakerPronounNear(List<Token> tokens, int trigger, Set<Integer> speaker) {
        if (!pronounNear(tokens, trigger)) {
            return false;
        }
        Optional<GivenNameGender.Gender> gender = nameGender(tokens, speaker);
        int k = beforeAuxiliaries(tokens, trigger, -1);
        boolean before = k >= 0 && pronoun(tokens.get(k)) && !otherGender(tokens.get(k), gender);
        boolean after = trigger + 1 < tokens.size() && pronoun(tokens.get(trigger + 1))
                && !tokens.get(trigger + 1).pos().equals("PRP$") && !otherGender(tokens.get(trigger + 1), gender);
        return before || after;
    }

    private Set<Integer> nearSourceOf(Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(trigger).isVerb()) {
            // "Acme announced the acquisition of Beta": a noun the verb names is Acme's own; one in a
            // clause of its own is what was said ("Ann Lee said the fine was no finding in the lawsuit")
            for (int c = trigger - 1; c >= 0 && !tokens.get(c).word().equals(";") && !tokens.get(c).word().equals(","); c--) {
                if (reportsSpeech(tokens.get(c))) {
                    return Token.anyFiniteVerb(tokens, c + 1, trigger) ? range(Math.max(0, c - SOURCE_REACH), c) : Set.of();
                }
            }
            return Set.of();
        }
        // (a comma between may close a clause the verb is in: "Ann Lee, who said …, was arrested")
        for (int c = trigger - 2; c >= 0 && !tokens.get(c).word().equals(";") && !tokens.get(c).word().equals(","); c--) {
            if (reportsSpeech(tokens.get(c)) && tokens.get(c + 1).word().equalsIgnoreCase("to")
                    && !Token.anyFiniteVerb(tokens, c + 1, trigger + 1)) {
                return Set.of(); // "Ann Lee vowed to sue Acme": a promise in a "to" clause is the speaker's own act
            }
            if (reportsSpeech(tokens.get(c)) && !joinedTo(tokens, c, trigger) && !accusedOf(tokens, c)) {
                // "Ann Lee said police arrested Tom Kim": the name that ends right before the verb
                return range(Math.max(0, c - SOURCE_REACH), c);
            }
        }
        for (int c = trigger + 1; c < tokens.size() && !tokens.get(c).word().equals(";"); c++) {
            if (reportsSpeech(tokens.get(c)) && Set.of("VBD", "VBZ", "VBP").contains(tokens.get(c).pos())
                    && !anyVerb(tokens, c + 1, tokens.size())) {
                // "Police arrested Tom Kim, Ann Lee said.": the words after the comma before the verb
                int comma = c - 1;
                while (comma > trigger && !tokens.get(comma).word().equals(",")) {
                    comma--;
                }
                return comma == trigger ? Set.of() : range(comma + 1, tokens.size());
            }
        }
        return Set.of();
    }

    /**
     * A passive verb of speech or accusation with its phrase ("is accused of", "was charged with"):
     * its subject is who is accused, not a speaker.
     */
    private static boolean accusedOf(List<Token> tokens, int verb) {
        return verb + 1 < tokens.size() && participleAfterBe(tokens, verb)
                && Set.of("of", "with", "for").contains(tokens.get(verb + 1).word().toLowerCase(Locale.ROOT));
    }

    /** Whether a verb stands in tokens {@code [from, to)}. */
    private static boolean anyVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest token before {@code trigger}, and after {@code floor}, that is no auxiliary,
     * modal or adverb ("would not" in "and would not plead"); {@code floor} when there is none.
     */
    private static int beforeAuxiliaries(List<Token> tokens, int trigger, int floor) {
        int k = trigger - 1;
        while (k > floor && (tokens.get(k).pos().equals("MD") || tokens.get(k).pos().startsWith("RB")
                || AUXILIARIES.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        return k;
    }

    /** A subject or object pronoun right before the trigger (auxiliaries aside) or right after it. */
    private static boolean pronounNear(List<Token> tokens, int trigger) {
        int k = beforeAuxiliaries(tokens, trigger, -1);
        return k >= 0 && pronoun(tokens.get(k))
                || trigger + 1 < tokens.size() && pronoun(tokens.get(trigger + 1)) && !tokens.get(trigger + 1).pos().equals("PRP$");
    }

    /**
     * Whether the trigger is a second predicate of verb {@code c} ("denied all wrongdoing and would
     * plead not guilty"): "and" or "or" stands before it with only auxiliaries, modals and adverbs
     * between, and no verb between {@code c} and the conjunction.
     */
    private static boolean joinedTo(List<Token> tokens, int c, int trigger) {
        int k = beforeAuxiliaries(tokens, trigger, c);
        return k > c && tokens.get(k).pos().equals("CC") && !anyVerb(tokens, c + 1, k);
    }

    /**
     * The tokens of what a verb of speech reports, whose names say what was said and take no part
     * in the saying ("Ryanair announced that it is buying jets from Acme": Acme is no announcer):
     * with a parse the subtree of its {@code ccomp}; without one, the words after a "that" or a
     * colon right after the verb (past its object or a time: "announced today that"). Empty for
     * any other verb and for a saying with no clause ("announced the acquisition of Bolt").
     */
    private Set<Integer> contentOf(Sentence s, int verb) {
        Token t = s.tokens().get(verb);
        if (!reportsSpeech(t)) {
            return Set.of();
        }
        Set<Integer> out = new HashSet<>();
        if (s.isParsed()) {
            s.childrenOf(verb).stream().filter(d -> d.relation().equals("ccomp")).forEach(d -> subtree(s, d.dependent(), out));
        }
        // the parser may attach a "that" clause after a date elsewhere: the words say it too
        List<Token> tokens = s.tokens();
        for (int i = verb + 1; i < tokens.size() && i <= verb + 8; i++) {
            String w = tokens.get(i).word();
            if (w.equalsIgnoreCase("that") && relativeThat(tokens, i)) {
                break; // "announced during a forum that Putin had set up": a relative clause
            }
            if (w.equalsIgnoreCase("that") || w.equals(":")) {
                out.addAll(range(i + 1, tokens.size()));
                break;
            }
            boolean dateComma = w.equals(",") && i + 1 < tokens.size() && "CD".equals(tokens.get(i + 1).pos()); // "May 3, 2024"
            if (tokens.get(i).isVerb() || w.equals(",") && !dateComma || w.equals(".")) {
                break; // "said, in a statement that …" ends at the comma
            }
        }
        return out;
    }

    /** Nouns of time that may stand between a verb of speech and its "that": "announced today that". */
    private static final Set<String> TIME_NOUNS = org.casefile.nlp.CalendarWords.with(
            org.casefile.nlp.CalendarWords.WEEKDAYS,
            Set.of("today", "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night"));

    /** Whether a "that" opens a relative clause of the noun before it ("a forum that …"), not what was said. */
    private static boolean relativeThat(List<Token> tokens, int that) {
        Token before = tokens.get(that - 1);
        return before.isNoun() && !before.pos().startsWith("NNP") && !before.pos().equals("CD")
                && !TIME_NOUNS.contains(before.word().toLowerCase(Locale.ROOT));
    }

    /** A verb that reports speech ({@code speech} or {@code speech-that} in claim-cues.txt). */
    private boolean reportsSpeech(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.isVerb() && (rules.isCue(lemma, "speech") || rules.isCue(lemma, "speech-that"));
    }

    /**
     * The participants with the person a "he", "she", "him" or "her" of the trigger's own clause
     * stands for ({@link Antecedents}) as the subject or the object it is there: "She pleaded not
     * guilty", "police arrested him". Not the speaker of a report ("she said police arrested Bo Lee").
     */
    private static List<Participant> withPronounParty(Sentence s, int trigger, EventType eventType, List<Participant> participants,
            Set<Integer> speaker, Antecedents antecedents) {
        if (!s.tokens().get(trigger).isVerb()) {
            return withPossessorParty(s, trigger, eventType, participants, antecedents);
        }
        List<Participant> out = new ArrayList<>(participants);
        for (int k = 0; k < s.tokens().size(); k++) {
            Token t = s.tokens().get(k);
            if (k == trigger || speaker.contains(k) || !Antecedents.resolvable(t)) {
                continue;
            }
            EntityType type = GivenNameGender.ofPronoun(t.word()).isPresent() ? EntityType.PERSON : EntityType.ORGANIZATION;
            EntityMention m = new EntityMention(type, null, t.word(), t.begin(), t.end(), s.index(), k, k + 1);
            ParticipantRole found = s.isParsed() ? roleByParse(s, trigger, m, type)
                    : inOtherClause(s, trigger, m) ? ParticipantRole.OTHER : roleByPosition(s, trigger, m);
            // "She is accused of killing Bo Lee"
            ParticipantRole role = found == ParticipantRole.OTHER ? gerundSubject(s, trigger, m) : found;
            if (role == ParticipantRole.OTHER) {
                continue;
            }
            // the name the pronoun stands for may be in the sentence in another part ("Acme said it sued"): the
            // pronoun's role is its part in the event
            // the speaker only for the pronoun subject of the clause, when the speaker is already among them
            // with no part ("Ann Lee said she would resign"; not "Ann Lee said police arrested her", which may be another's)
            int at = k;
            boolean subject = s.isParsed() ? s.headOf(k).filter(d -> d.governor() == trigger && d.relation().startsWith("nsubj"))
                    .isPresent() : k < trigger;
            Optional<String> stands = antecedents.of(s, at).or(() -> subject ? antecedents.ofOrSpeaker(s, at)
                    .filter(id -> out.contains(new Participant(id, ParticipantRole.OTHER))) : Optional.empty());
            stands.filter(id -> out.stream().noneMatch(p -> p.entity().equals(id) && p.role() != ParticipantRole.OTHER))
                    .ifPresent(id -> {
                        out.removeIf(p -> p.entity().equals(id));
                        out.add(new Participant(id, role));
                    });
        }
        return out.equals(participants) ? participants : List.copyOf(out);
    }

    /**
     * The participants with the person a possessive "his" or "her" of an event noun stands for
     * ({@link Antecedents#ofPossessor}), in the part the noun's own "of" would give ({@link #ownOfRole}),
     * save for an attack or a killing, whose possessor is its doer ("his attacks on Bo Ray"):
     * "Bo Ray was freed after his arrest" (the one arrested: patient), "Ann Lee said her retirement
     * takes effect in May" (the one who retires: agent). The possessor of any other event noun is left
     * out ("his trial": defendant or judge; "its merger": either side), as is a possessive the text
     * ties to nobody ("Police confirmed her arrest." opening a story).
     */
    private static List<Participant> withPossessorParty(Sentence s, int trigger, EventType eventType,
            List<Participant> participants, Antecedents antecedents) {
        // a company's deal: "Acme called off its merger with Bolt", "Acme completed its acquisition of
        // Bolt": the "its" is the clause's company, which makes the deal (agent), save when a "by" names the buyer
        if (eventType == EventType.ACQUISITION) {
            int owner = possessivePronounOf(s, trigger);
            List<String> parties = owner < 0 ? List.of() : antecedents.ofCompanyPossessor(s, owner);
            if (parties.isEmpty() || participants.stream().anyMatch(p -> parties.contains(p.entity()) && p.role() != ParticipantRole.OTHER)) {
                return participants;
            }
            // "approved its acquisition by Royal Trust": with a "by" of its buyer, the "its" is the one bought
            boolean bought = s.isParsed() ? s.childrenOf(trigger).stream().anyMatch(c -> c.relation().startsWith("nmod")
                    && s.childrenOf(c.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                            && s.tokens().get(k.dependent()).word().equalsIgnoreCase("by")))
                    : trigger + 1 < s.tokens().size() && s.tokens().get(trigger + 1).word().equalsIgnoreCase("by");
            ParticipantRole role = bought ? ParticipantRole.PATIENT : ParticipantRole.AGENT;
            List<Participant> out = new ArrayList<>(participants);
            out.removeIf(p -> parties.contains(p.entity()));
            parties.forEach(id -> out.add(new Participant(id, role)));
            return List.copyOf(out);
        }
        // (not of an attack or a killing: "his attacks on Bo Ray" are his own acts, "the killing of Bo Ray" is not)
        ParticipantRole role = UNDERGONE_ACTS.contains(eventType) || eventType == EventType.INJURY ? ParticipantRole.PATIENT
                : INTRANSITIVE_ACTS.contains(eventType) ? ParticipantRole.AGENT : null;
        int possessor = possessivePronounOf(s, trigger);
        if (role == null || possessor < 0) {
            return participants;
        }
        Optional<String> stands = antecedents.ofPossessor(s, possessor);
        if (stands.isEmpty() || participants.stream().anyMatch(p -> p.entity().equals(stands.get()) && p.role() != ParticipantRole.OTHER)) {
            return participants;
        }
        List<Participant> out = new ArrayList<>(participants);
        out.removeIf(p -> p.entity().equals(stands.get()));
        out.add(new Participant(stands.get(), role));
        return List.copyOf(out);
    }

    /**
     * The possessive pronoun of a noun ("his arrest", "her planned retirement"): its {@code nmod:poss}
     * in a parse, else the word right before it or before one adjective; -1 when it has none.
     */
    private static int possessivePronounOf(Sentence s, int noun) {
        List<Token> tokens = s.tokens();
        if (s.isParsed()) {
            return s.childrenOf(noun).stream().filter(d -> d.relation().equals("nmod:poss"))
                    .map(Dependency::dependent).filter(k -> "PRP$".equals(tokens.get(k).pos())).findFirst().orElse(-1);
        }
        for (int k = noun - 1; k >= Math.max(0, noun - 2); k--) {
            if ("PRP$".equals(tokens.get(k).pos())) {
                return k;
            }
            if (!"JJ".equals(tokens.get(k).pos())) {
                break;
            }
        }
        return -1;
    }

    /**
     * Whether a name is the subject of a verb of speech whose clause does not hold a noun trigger
     * ("A hearing was scheduled for Oct. 2, but Lee said it may be postponed"): who talks of an event
     * named in another clause takes no part in it.
     */
    private boolean speakerElsewhere(Sentence s, int trigger, EntityMention m) {
        for (int tok = m.tokenBegin(); tok < m.tokenEnd(); tok++) {
            Optional<Dependency> head = s.headOf(tok);
            if (head.isEmpty() || head.get().governor() < 0) {
                continue;
            }
            int verb = head.get().governor();
            if (verb >= m.tokenBegin() && verb < m.tokenEnd()) {
                continue; // a word inside the name
            }
            if (!head.get().relation().equals("nsubj") || !reportsSpeech(s.tokens().get(verb))) {
                return false;
            }
            Set<Integer> clause = new HashSet<>();
            subtree(s, verb, clause);
            return !clause.contains(trigger);
        }
        return false;
    }

    /**
     * The times that may be an event's own ({@code trigger}; {@code carried}, the noun a light verb
     * carries, or the trigger): not a time before the preposition that joins an accused act to its
     * plea, charge or verdict ({@link #accusedActPreposition}), nor a postponing's time when the
     * event is a postponed noun ({@link #postponedNoun}) and the time is not in the phrase of its
     * new date.
     */
    private List<TimeMention> notOfAnotherAct(List<Token> tokens, int trigger, int carried, List<TimeMention> times) {
        int preposition = accusedActPreposition(tokens, trigger);
        boolean postponed = postponedNoun(tokens, carried);
        if (preposition < 0 && !postponed || times.isEmpty()) {
            return times;
        }
        return times.stream()
                .filter(t -> preposition < 0 || t.begin() >= tokens.get(preposition).begin())
                .filter(t -> !postponed || newDatePhrase(tokens, carried, t)).toList();
    }

    /** Prepositions that join an accused act to its plea, charge or verdict. */
    private static final Set<String> ACT_PREPOSITIONS = Set.of("to", "of", "with", "for");

    /**
     * The preposition that joins an accused act to the verb of its plea, charge or verdict ("pleaded
     * guilty in June to embezzling", "was charged on Monday with stealing", "convicted last year of
     * bribing"), the act being the gerund at {@code trigger} right after it (adverbs may stand
     * between); -1 when there is none. A time before it is the plea's or the charge's; a time after
     * the gerund is the act's own ("charged with killing her in 2019").
     */
    private int accusedActPreposition(List<Token> tokens, int trigger) {
        if (trigger < 2 || !"VBG".equals(tokens.get(trigger).pos())) {
            return -1;
        }
        int p = trigger - 1;
        while (p > 0 && tokens.get(p).isAdverb()) {
            p--; // "arrested on Monday for allegedly stealing"
        }
        String preposition = tokens.get(p).word().toLowerCase(Locale.ROOT);
        if (!ACT_PREPOSITIONS.contains(preposition)) {
            return -1;
        }
        for (int v = p - 1; v >= 0 && v >= p - 6; v--) {
            Token t = tokens.get(v);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.word().equals(",") || t.word().equals(";")) {
                return -1; // another clause: the verb is not the act's
            }
            if (lemma.equals("guilty") && preposition.equals("to") || t.isVerb()
                    && (rules.isCue(lemma, "allegation") || rules.inClass(lemma, "judged-act") && !preposition.equals("to")
                            || rules.isModalityCue(lemma + " " + preposition, "report-verb")
                            || rules.isModalityCue(lemma + " " + preposition, "negating-verb")
                            || rules.isModalityCue(lemma, "report-verb") && !preposition.equals("to"))) {
                return p;
            }
        }
        return -1;
    }

    /** Finite verbs and the infinitive: a postponing verb that acts ("postponed", "postpones", "to postpone"). */
    private static final Set<String> ACTING_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "VB");
    /** Words that open the phrase of a postponed event's new date: "until March 3", "to next week", "into January". */
    private static final Set<String> NEW_DATE_WORDS = Set.of("until", "till", "to", "into");
    /**
     * Verbs that move an event to another day without saying it is put off, as a verb of putting off
     * ({@code postponing-verb}) does: "the hearing was moved to June 2", "moved up to Friday", "the
     * sentencing was pushed back to May 3", "rescheduled for next Tuesday". Only a time in the phrase
     * of the new date makes the event a plan on that day ({@link #movedToADay}); "moved the trial to
     * Ashby" tells no day.
     */
    private static final Set<String> MOVING_VERBS = Set.of("move", "push", "reschedule");

    /**
     * Whether a noun event is carried by a verb that moves it ({@link #MOVING_VERBS} or a verb of putting
     * off) and a calendar time of the sentence stands in the phrase of its new date after it ("was moved
     * to June 2", "rescheduled for next Tuesday"): the event is still to come, on that day.
     */
    private boolean movedToADay(List<Token> tokens, int noun, List<TimeMention> times, int sentence) {
        return postponedNoun(tokens, noun) && times.stream().anyMatch(t -> t.sentence() == sentence && t.isCalendarDate()
                && t.begin() > tokens.get(noun).end() && newDatePhrase(tokens, noun, t));
    }

    /**
     * Whether the noun at {@code noun} is an event a verb of putting off carries ({@code
     * postponing-verb}: "postponed the hearing", "the vote was delayed"): its times are the
     * postponing's, save the one of the phrase that says when the event now is ({@link
     * #newDatePhrase}): "on Monday postponed the hearing until March 3" dates the hearing March 3,
     * "postponed its vote on Tuesday" leaves the vote undated.
     */
    private boolean postponedNoun(List<Token> tokens, int noun) {
        if (noun < 0 || tokens.get(noun).isVerb()) {
            return false;
        }
        for (int k = Math.max(0, noun - 6); k < Math.min(tokens.size(), noun + 6); k++) {
            Token t = tokens.get(k);
            // a finite verb, an infinitive, or a participle after "be" or "have": "the hearing was postponed";
            // not a participle set off as an aside ("the sentencing, postponed twice, took place on Monday")
            boolean acts = ACTING_VERB_TAGS.contains(t.pos()) || "VBN".equals(t.pos()) && k > 0
                    && Set.of("be", "have").contains(tokens.get(k - 1).lemma().toLowerCase(Locale.ROOT));
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (acts && (rules.isModalityCue(lemma, "postponing-verb") || MOVING_VERBS.contains(lemma)) && carries(tokens, k, noun)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word that opens a new date's phrase ({@link #NEW_DATE_WORDS}) stands between the noun and the time. */
    private static boolean newDatePhrase(List<Token> tokens, int noun, TimeMention time) {
        for (int k = noun + 1; k < tokens.size() && tokens.get(k).begin() < time.begin(); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            // "rescheduled for next Tuesday": the day a verb of scheduling sets ("postponed for a second time" is none)
            if (NEW_DATE_WORDS.contains(w) || w.equals("for") && k > 0 && tokens.get(k - 1).lemma().equalsIgnoreCase("reschedule")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code verb} takes the noun as its object ("postponed Bo Ray's sentencing": only
     * the words of a noun phrase between) or its passive subject ("the vote on the stadium was delayed":
     * the noun's own phrase, "be" and adverbs between, no comma and no relative word).
     */
    private static boolean carries(List<Token> tokens, int verb, int noun) {
        int from = Math.min(verb, noun) + 1;
        int to = Math.max(verb, noun);
        if (verb > noun) {
            // the noun as the subject of a passive: "the vote on the stadium was delayed"; an active verb
            // after it has the noun for its subject, the cause ("the arrest on Friday delayed the vote")
            int aux = verb - 1;
            while (aux > noun && tokens.get(aux).isAdverb()) {
                aux--;
            }
            if (!"VBN".equals(tokens.get(verb).pos()) || aux <= noun
                    || !Set.of("be", "get", "have").contains(tokens.get(aux).lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean ok = verb < noun ? NOUN_PHRASE_START.contains(t.pos()) || "PRP$".equals(t.pos())
                    || t.pos().startsWith("NNP") || "HYPH".equals(t.pos())
                    : NOUN_PHRASE_START.contains(t.pos()) || t.pos().startsWith("NNP") || "IN".equals(t.pos())
                            || t.isAdverb() || "be".equalsIgnoreCase(t.lemma()) || "have".equalsIgnoreCase(t.lemma());
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Events whose teller is no party to them by telling: one confirms a death, an attack or a ruling
     * without taking part; one who announces an agreement, an acquisition, an appointment or an
     * arrest is most often its party ("Acme announced an agreement with Bolt"), and keeps the part
     * the sentence gives.
     */
    /**
     * Verbs that only tell of an event, whoever did it: not the ones by which one owns an act ("claimed
     * the attack", "admitted the killing", "denied the charge"). A court's own acts are what its judge
     * announces ("Judge Lee announced the ruling"): "announce" tells of those only in the passive's
     * "by" or not at all, so it is left out for them.
     */
    private static final Set<String> TELLING_VERBS = Set.of("confirm", "report", "announce", "disclose", "reveal",
            "say", "tell");
    private static final Set<EventType> COURT_ACTS = java.util.EnumSet.of(EventType.RULING, EventType.VERDICT,
            EventType.SENTENCING, EventType.CONVICTION);

    private static boolean tells(Token verb, EventType eventType) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        return verb.isVerb() && TELLING_VERBS.contains(lemma) && !(lemma.equals("announce") && COURT_ACTS.contains(eventType));
    }

    private static final Set<EventType> TOLD_BY_OTHERS = java.util.EnumSet.of(EventType.DEATH, EventType.INJURY,
            EventType.KILLING, EventType.ATTACK, EventType.RESIGNATION, EventType.RULING, EventType.VERDICT,
            EventType.SENTENCING, EventType.CONVICTION, EventType.PLEA, EventType.TRIAL);

    /**
     * Whether the name is who tells of a noun event: the subject or the agent ("by") of a verb of
     * telling ({@link #TELLING_VERBS}) whose object, or passive subject, is the event's noun ("Inspector
     * Lee confirmed the death of the driver", "The resignation was announced by Councilwoman Lee"). One who tells of an act of
     * their own keeps their part: the noun's possessive pronoun stands for them ("Lee announced his
     * resignation"), unless the name is set beside a noun of its own with a possessive ("Her death was
     * confirmed by her son, Ann Lee": the son is not the "her").
     */
    private boolean reporterOf(Sentence s, int trigger, EntityMention m, EventType eventType) {
        Optional<Dependency> triggerHead = s.headOf(trigger);
        if (triggerHead.isEmpty() || triggerHead.get().governor() < 0
                || !Set.of("obj", "dobj", "nsubj:pass", "nsubjpass").contains(triggerHead.get().relation())) {
            return false;
        }
        int verb = triggerHead.get().governor();
        if (!tells(s.tokens().get(verb), eventType)) {
            return false;
        }
        for (int tok = m.tokenBegin(); tok < m.tokenEnd(); tok++) {
            Optional<Dependency> head = s.headOf(tok);
            if (head.isEmpty() || head.get().governor() < 0
                    || head.get().governor() >= m.tokenBegin() && head.get().governor() < m.tokenEnd()) {
                continue; // a word inside the name
            }
            Dependency link = head.get();
            boolean besideNoun = false;
            if (link.relation().equals("appos") && s.headOf(link.governor()).isPresent()) {
                besideNoun = s.childrenOf(link.governor()).stream()
                        .anyMatch(d -> d.relation().equals("nmod:poss"));
                link = s.headOf(link.governor()).get();
            }
            int named = link.dependent();
            boolean byAgent = Set.of("obl", "nmod").contains(link.relation()) && s.childrenOf(named).stream()
                    .anyMatch(d -> d.relation().equals("case") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("by"));
            if (link.governor() != verb || !byAgent && !Set.of("nsubj", "obl:agent", "nmod:agent").contains(link.relation())) {
                return false;
            }
            boolean ownAct = s.childrenOf(trigger).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                    && "PRP$".equals(s.tokens().get(d.dependent()).pos()));
            return !ownAct || besideNoun;
        }
        return false;
    }

    /**
     * {@link #reporterOf} from the words, for a sentence with no parse: the name right before a verb of
     * speech whose object phrase the noun opens or heads ("Inspector Lee confirmed the death of …"),
     * or after the "by" of such a verb's passive that follows the noun's phrase ("The arrest was
     * announced by Sheriff Lee", "Her death was confirmed by her son, Ann Lee").
     */
    boolean reporterByWords(List<Token> tokens, int trigger, EntityMention m, EventType eventType) {
        if (m.tokenEnd() <= trigger) {
            int verb = m.tokenEnd();
            while (verb < trigger && tokens.get(verb).isAdverb()) {
                verb++;
            }
            if (verb >= trigger || !tells(tokens.get(verb), eventType) || "VBN".equals(tokens.get(verb).pos())
                    || "VBG".equals(tokens.get(verb).pos())) {
                return false;
            }
            boolean ownAct = false;
            for (int k = verb + 1; k < trigger; k++) {
                if (!NOUN_PHRASE_START.contains(tokens.get(k).pos()) && !"PRP$".equals(tokens.get(k).pos())) {
                    return false;
                }
                ownAct |= "PRP$".equals(tokens.get(k).pos());
            }
            return !ownAct;
        }
        int k = trigger + 1;
        while (k < m.tokenBegin() && (NOUN_PHRASE_START.contains(tokens.get(k).pos()) || "IN".equals(tokens.get(k).pos())
                || "NNP".equals(tokens.get(k).pos()) || "NNPS".equals(tokens.get(k).pos()))) {
            k++; // the rest of the noun's phrase: "the death of the driver"
        }
        if (k >= m.tokenBegin() || !"be".equals(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        k++;
        while (k < m.tokenBegin() && tokens.get(k).isAdverb()) {
            k++;
        }
        if (k + 1 >= m.tokenBegin() || !"VBN".equals(tokens.get(k).pos()) || !tells(tokens.get(k), eventType)
                || !tokens.get(k + 1).word().equalsIgnoreCase("by")) {
            return false;
        }
        for (int j = k + 2; j < m.tokenBegin(); j++) {
            Token t = tokens.get(j);
            if (!NOUN_PHRASE_START.contains(t.pos()) && !t.word().equals(",") && !"NNP".equals(t.pos()) && !"TITLE".equals(t.ner())) {
                return false; // another verb or phrase before the name
            }
        }
        boolean ownAct = false;
        for (int j = Math.max(0, trigger - 3); j < trigger; j++) {
            ownAct |= "PRP$".equals(tokens.get(j).pos());
        }
        boolean besideNoun = m.tokenBegin() >= 2 && tokens.get(m.tokenBegin() - 1).word().equals(",")
                && tokens.subList(k + 2, m.tokenBegin()).stream().anyMatch(t -> "PRP$".equals(t.pos()));
        return !ownAct || besideNoun;
    }

    /** The gender the first person's name among some tokens tells by its given name or title ("Tomas Ferrante"). */
    private static Optional<GivenNameGender.Gender> nameGender(List<Token> tokens, Set<Integer> among) {
        int first = among.stream().filter(i -> "PERSON".equals(tokens.get(i).ner())).min(Integer::compare).orElse(-1);
        if (first < 0) {
            return Optional.empty();
        }
        StringBuilder written = new StringBuilder(tokens.get(first).word());
        for (int i = first + 1; i < tokens.size() && among.contains(i) && "PERSON".equals(tokens.get(i).ner()); i++) {
            written.append(' ').append(tokens.get(i).word());
        }
        String title = first > 0 && "TITLE".equals(tokens.get(first - 1).ner()) ? tokens.get(first - 1).word() : null;
        return GivenNameGender.ofName(written.toString(), title);
    }

    /** Whether a pronoun's gender is known and not the one given ("her" against a man's name). */
    private static boolean otherGender(Token pronoun, Optional<GivenNameGender.Gender> gender) {
        Optional<GivenNameGender.Gender> own = GivenNameGender.ofPronoun(pronoun.word());
        return gender.isPresent() && own.isPresent() && own.get() != gender.get();
    }

    private static boolean pronoun(Token t) {
        return PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static Set<Integer> range(int from, int to) {
        Set<Integer> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    private static void subtree(Sentence s, int token, Set<Integer> out) {
        if (out.add(token)) {
            s.childrenOf(token).forEach(c -> subtree(s, c.dependent(), out));
        }
    }

    /**
     * The event noun a light verb carries: the head of the noun phrase right after it, when that
     * noun is of the {@code event-noun} class ({@code word-classes.txt}): "made its maiden flight",
     * "held talks", "staged a protest"; -1 for "made a profit", "held a stake", "made no flight", a
     * name or no object, and for an auxiliary right before its participle ("has won an order": the
     * participle is the verb).
     */
    int lightObject(Sentence s, int verb) {
        int head = -1;
        for (int i = verb + 1; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.equals("NN") || pos.equals("NNS")) {
                head = i;
            } else if (i == verb + 1 && (pos.equals("VBN") || pos.equals("VBG"))
                    && AUXILIARIES.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
                return -1; // "has won an order", "was making a bid": an auxiliary, whose participle is the verb
            } else if (t.word().equalsIgnoreCase("no")) {
                return -1; // "made no flight": no event
            } else if (pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("CD")
                    || pos.equals("HYPH") || pos.equals("POS") || pos.equals("VBN") && head < 0) {
                if (head >= 0 && !pos.equals("HYPH") && !pos.equals("POS")) {
                    break; // "made a flight two days ...": the phrase has ended
                }
                if (pos.equals("POS")) {
                    head = -1; // "made the world's first flight": the owner is no head
                }
            } else {
                break;
            }
        }
        return head >= 0 && rules.inClass(s.tokens().get(head).lemma().toLowerCase(Locale.ROOT), "event-noun") ? head : -1;
    }

    /**
     * Whether a participle is a headline's verb, which reports the news of the day as a passive
     * without its auxiliary ("First Velcor V210 delivered", "Refugee arrested near Lakeport"): the
     * headline's first verb, right after a noun or a name, with no object after it (a preposition,
     * "to", an adverb or the end follows). A participle after another verb or before a noun ("Acme
     * unveils plane built in Lyon", "Acme recalls used cars"), or a past with its object ("Judge
     * denied bail"), is no such verb.
     */
    static boolean headlineParticiple(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(i);
        if (!t.pos().equals("VBN") && !t.pos().equals("VBD") || i == 0 || Token.attributiveParticiple(tokens, i, false, true)) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (tokens.get(k).isVerb()) {
                return false;
            }
        }
        String before = tokens.get(i - 1).pos();
        if (before == null || !before.startsWith("NN") && !before.equals("CD")) {
            return false;
        }
        // a passive has no object: "Judge denied bail" is an active past, "Refugee arrested near …" a passive
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : null;
        return after == null || after.equals("IN") || after.equals("TO") || after.startsWith("RB") || after.equals(".")
                || after.equals(",") || after.equals(":");
    }

    /** A headline's participle ("Velcor V210 delivered") tells what was done to its subject: the agent is the patient. */
    private static List<Participant> headlinePassive(Sentence s, int verb, boolean headlineSentence, List<Participant> found) {
        if (!headlineSentence || !s.tokens().get(verb).isVerb() || !headlineParticiple(s, verb)) {
            return found;
        }
        return found.stream().map(p -> p.role() == ParticipantRole.AGENT ? new Participant(p.entity(), ParticipantRole.PATIENT) : p)
                .toList();
    }

    /** Whether a participle follows a form of "be" ("was revealed"; adverbs may stand between). */
    private static boolean passiveParticiple(Sentence s, int participle) {
        if (!"VBN".equals(s.tokens().get(participle).pos())) {
            return false;
        }
        for (int i = participle - 1; i >= 0 && i >= participle - 3; i--) {
            Token t = s.tokens().get(i);
            if (t.lemma().equalsIgnoreCase("be")) {
                return true;
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** Words that may stand before the event noun at a sentence's start ("The first", "Its maiden", "Acme's"). */
    private static final Set<String> SUBJECT_START_TAGS = Set.of("DT", "PRP$", "JJ", "JJS", "JJR", "CD", "POS", "NNP", "NNPS",
            "HYPH", "NN");

    /**
     * The event noun of a sentence that says when it happened with a past copula: "The first flight
     * of the V210 was in 1994", "Its debut was on May 3, 2021": the sentence opens with the noun's
     * phrase (an {@code event-noun}, with an "of" phrase after it), then "was" or "were", at most a
     * preposition, and a calendar date. -1 otherwise ("The flight will be on Monday", "The flight was
     * not in May", "The flight was late in May").
     */
    int copularNoun(Sentence s, List<TimeMention> times) {
        if (times.isEmpty() || !s.isTagged()) {
            return -1;
        }
        List<Token> tokens = s.tokens();
        for (int c = 1; c < tokens.size() - 1; c++) {
            String w = tokens.get(c).word().toLowerCase(Locale.ROOT);
            if (!w.equals("was") && !w.equals("were")) {
                continue;
            }
            int at = c + 1;
            if (tokens.get(at).pos() != null && tokens.get(at).pos().equals("IN")) {
                at++;
            }
            int dateToken = at;
            boolean dated = at < tokens.size() && times.stream().anyMatch(t -> s.tokenAt(t.begin()) == dateToken);
            if (!dated) {
                return -1;
            }
            // the subject's phrase: the noun, then "of" and its object up to the copula
            int noun = -1;
            for (int i = 0; i < c; i++) {
                Token t = tokens.get(i);
                String pos = t.pos() == null ? "" : t.pos();
                if (t.word().equalsIgnoreCase("of")) {
                    break;
                }
                if (!SUBJECT_START_TAGS.contains(pos) && !pos.equals("NNS")) {
                    return -1;
                }
                if (pos.equals("NN") || pos.equals("NNS")) {
                    noun = i;
                }
            }
            if (noun < 0 || !rules.inClass(tokens.get(noun).lemma().toLowerCase(Locale.ROOT), "event-noun")) {
                return -1;
            }
            for (int i = noun + 1; i < c; i++) {
                if (tokens.get(i).isVerb() || tokens.get(i).word().equals(",")) {
                    return -1; // "The flight, which was delayed, …": a clause of its own
                }
            }
            return noun;
        }
        return -1;
    }

    /**
     * The event of {@link #copularNoun}: type {@code other} with the noun's lemma, dated by the
     * copula's date, with the names of its "of" phrase or its possessive ("Acme's debut") as
     * participants; none without a named participant.
     */
    private Optional<Event> copularEvent(IngestedDocument doc, Sentence s, int noun, List<TimeMention> times,
            List<EntityMention> inSentence, DocumentEntities entities, String dateline) {
        int copula = noun + 1;
        while (copula < s.tokens().size() && !s.tokens().get(copula).word().equalsIgnoreCase("was")
                && !s.tokens().get(copula).word().equalsIgnoreCase("were")) {
            copula++;
        }
        int date = copula + 1 < s.tokens().size() && "IN".equals(s.tokens().get(copula + 1).pos()) ? copula + 2 : copula + 1;
        Optional<TimeMention> time = times.stream().filter(t -> s.tokenAt(t.begin()) == date).findFirst();
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ParticipantRole> roles = new LinkedHashMap<>();
        for (EntityMention m : inSentence) {
            if (m.tokenEnd() > copula) {
                continue;
            }
            Optional<String> id = entities.idOf(m);
            EntityType type = id.flatMap(entities::entity).map(Entity::type).orElse(null);
            if (type != EntityType.PERSON && type != EntityType.ORGANIZATION && type != EntityType.PRODUCT) {
                continue;
            }
            boolean owner = m.tokenEnd() < noun && m.tokenEnd() < s.tokens().size()
                    && s.tokens().get(m.tokenEnd()).pos() != null && s.tokens().get(m.tokenEnd()).pos().equals("POS");
            boolean ofPhrase = m.tokenBegin() > noun;
            if (owner || ofPhrase) {
                roles.putIfAbsent(id.get(), owner ? ParticipantRole.AGENT : ParticipantRole.PATIENT);
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        List<Participant> participants = new ArrayList<>();
        roles.forEach((id, role) -> participants.add(new Participant(id, role)));
        Token word = s.tokens().get(noun);
        String location = clausePlace(s, noun, inSentence, entities).orElse(dateline);
        return Optional.of(new Event("", EventType.OTHER, word.lemma().toLowerCase(Locale.ROOT), Polarity.POSITIVE,
                Modality.ASSERTED, summary(doc.text(), s), toEventDate(time.get()), participants, location, 1,
                List.of(doc.cite(s.begin(), s.end())), List.of(), charges(inSentence), doc.cite(word.begin(), word.end())));
    }

    /** Words that may stand between a possessive and its noun: "Acme's first two deliveries". */
    private static final Set<String> NOUN_MODIFIER_TAGS = Set.of("JJ", "JJS", "JJR", "CD", "NN", "HYPH", "VBN");
    /** Prepositions that tie a named participant to an event noun after it, with its role. */
    private static final Map<String, ParticipantRole> NOUN_PREPOSITIONS = Map.of("by", ParticipantRole.AGENT,
            "of", ParticipantRole.PATIENT, "to", ParticipantRole.PATIENT, "with", ParticipantRole.PATIENT,
            "for", ParticipantRole.PATIENT, "from", ParticipantRole.OTHER, "between", ParticipantRole.AGENT);

    /**
     * The nouns of a tagged sentence that may report an event of type other: a common noun of the
     * {@code event-noun} class ({@code word-classes.txt}: "delivery", "visit", "talks") that is no
     * trigger, no part of a name and no modifier of a noun after it ("the delivery date", "an order
     * book" name things; one a light verb carries is that verb's event first, {@link
     * #lightObject}: the sentence keeps one event per lemma).
     */
    List<Integer> eventNouns(Sentence s, List<Match> matches) {
        List<Integer> out = new ArrayList<>();
        if (!s.isTagged()) {
            return out;
        }
        Set<Integer> taken = new HashSet<>();
        matches.forEach(m -> taken.add(m.token()));
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (headNoun(s.tokens(), i) && !taken.contains(i) && rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "event-noun")
                    && !namesSource(s.tokens(), i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Whether a token is a common noun (no part of a name) that heads its phrase, no modifier of a
     * noun after it ("an order book", "the delivery date", "fire chief"); a time word after it is no
     * noun it modifies ("the fire yesterday").
     */
    private static boolean headNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean modifier = i + 1 < tokens.size() && tokens.get(i + 1).pos().matches("NNS?")
                && !TriggerSense.isTimeWord(tokens.get(i + 1));
        return t.pos().matches("NNS?") && !modifier && !Token.isNameTag(t.ner());
    }

    /**
     * An event noun's modality: its own, or, when it reads as a plain fact and is its clause's
     * subject ({@code predicate}, from {@link #predicateAfter}; -1 for none), its predicate's
     * ("deliveries are not due until May", "the visit could be cancelled"); empty when that predicate is negated by an auxiliary, called off or a modal ("a delivery to
     * Acme might follow", "a storm could hit Oakby on Friday": no fact).
     */
    private Optional<EventModality.Reading> nounReading(Sentence s, int noun, int predicate) {
        EventModality.Reading reading = modality.read(s, noun);
        if (predicate >= 0 && reading.polarity() == Polarity.POSITIVE && reading.modality() == Modality.ASSERTED) {
            reading = modality.read(s, predicate);
            if (negatedAuxiliary(s, predicate) || calledOff(s, predicate) || "MD".equals(s.tokens().get(predicate).pos())) {
                return Optional.empty();
            }
        }
        return Optional.of(reading);
    }

    /**
     * An event of type {@code other} told by an event noun ({@link #eventNouns}) whose participant is
     * named in its own phrase: a possessive before it ("Acme's first delivery": agent), or a name right
     * after "by" (agent), "of", "to", "with" or "for" (patient), or "from" (other: who orders in "an
     * order from", what is left in "a withdrawal from"), and at most a determiner and two modifiers
     * ("the delivery of the first V210 to Acme", "talks with Bolt"), told as a fact (positive and
     * asserted). Dated only by the date of its own phrase, before any predicate it is
     * the subject of (a noun has no tense to date it by; a date the predicate gives it, "the
     * delivery will be on June 3", tells no fact); with no date in its clause it is undated, as a
     * trigger's event with a named participant is. A name elsewhere in the sentence is no sign it takes part ("Acme said
     * the delivery was in May"). Only tagged sentences are read: an event noun asks for no tags.
     */
    private Optional<Event> nounEvent(IngestedDocument doc, Sentence s, int noun, List<TimeMention> times,
            List<EntityMention> inSentence, DocumentEntities entities, String dateline) {
        int predicate = predicateAfter(s, noun);
        Optional<EventModality.Reading> read = nounReading(s, noun, predicate);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        EventModality.Reading reading = read.get();
        if (reading.polarity() != Polarity.POSITIVE || reading.modality() != Modality.ASSERTED) {
            return Optional.empty();
        }
        int verb = verbBefore(s, noun);
        if (conditional(s) || verb >= 0 && "VB".equals(s.tokens().get(verb).pos()) && afterModalOrTo(s, verb)) {
            // the object of a verb yet to act, or a condition's: "will make an offer for Bolt",
            // "agreed to make an offer", "if Acme wins, a deal with Bolt could follow"
            return Optional.empty();
        }
        Optional<TimeMention> time = s.isParsed() ? governingDate(s, noun, times) : clauseDate(s, noun, times);
        if (time.isEmpty() && afterIn(s.tokens(), noun)) {
            // an undated noun after "in" frames the clause, it tells no news of its own: "said in an
            // interview with Reuters", "in order for Acme to qualify", "in talks with Bolt"
            return Optional.empty();
        }
        if (time.isPresent() && predicate >= 0 && time.get().begin() > s.tokens().get(predicate).begin()) {
            // the date of the noun's own phrase, not of what its predicate says of it ("the flight
            // was late in May", "the delivery will be on June 3"): the predicate tells of the event
            return Optional.empty();
        }
        Map<String, ParticipantRole> roles = new LinkedHashMap<>();
        List<Token> tokens = s.tokens();
        for (EntityMention m : inSentence) {
            Optional<String> id = entities.idOf(m);
            EntityType type = entities.typeOf(m);
            if (id.isEmpty() || type != EntityType.PERSON && type != EntityType.ORGANIZATION && type != EntityType.PRODUCT) {
                continue;
            }
            ParticipantRole role = null;
            if (m.tokenEnd() < noun && "POS".equals(tokens.get(m.tokenEnd()).pos())) {
                boolean modifiers = true;
                for (int i = m.tokenEnd() + 1; i < noun && modifiers; i++) {
                    modifiers = NOUN_MODIFIER_TAGS.contains(tokens.get(i).pos()) && !Token.isNameTag(tokens.get(i).ner());
                }
                if (modifiers && noun - m.tokenEnd() <= 4) {
                    role = type == EntityType.PRODUCT ? ParticipantRole.PATIENT : ParticipantRole.AGENT;
                }
            } else if (m.tokenBegin() > noun + 1 && m.tokenBegin() <= noun + 5) {
                ParticipantRole by = NOUN_PREPOSITIONS.get(tokens.get(noun + 1).word().toLowerCase(Locale.ROOT));
                boolean phrase = by != null;
                for (int i = noun + 2; i < m.tokenBegin() && phrase; i++) {
                    String pos = tokens.get(i).pos();
                    phrase = "DT".equals(pos) || NOUN_MODIFIER_TAGS.contains(pos) && !"NN".equals(pos);
                }
                if (phrase) {
                    role = by;
                }
            }
            if (role != null) {
                roles.putIfAbsent(id.get(), role);
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        List<Participant> participants = new ArrayList<>();
        roles.forEach((id, role) -> participants.add(new Participant(id, role)));
        Token word = tokens.get(noun);
        String location = clausePlace(s, noun, inSentence, entities).orElse(dateline);
        return Optional.of(new Event("", EventType.OTHER, word.lemma().toLowerCase(Locale.ROOT), reading.polarity(),
                reading.modality(), summary(doc.text(), s), time.map(EventExtractor::toEventDate).orElse(EventDate.UNDATED),
                participants, location, 1,
                List.of(doc.cite(s.begin(), s.end())), List.of(), charges(inSentence), doc.cite(word.begin(), word.end())));
    }

    /**
     * Nouns of a disaster ({@code disaster} in word-classes.txt: "an earthquake", "the explosion",
     * "a flood"), no trigger's and no modifier of another noun ("fire chief", "storm damage").
     */
    private List<Integer> disasterNouns(Sentence s, List<Match> matches) {
        List<Integer> out = new ArrayList<>();
        if (!s.isTagged()) {
            return out;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int at = i;
            if (headNoun(tokens, i) && matches.stream().noneMatch(m -> m.token() == at)
                    && rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "disaster")
                    && !(t.lemma().equalsIgnoreCase("fire") && shootingFire(tokens, i))
                    && !figurative(tokens, i) && !ofAnotherNoun(tokens, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Words before "fire" that make it shooting or blame: "opened fire", "came under heavy fire", "exchange of fire". */
    private static final Set<String> SHOOTING_FIRE_WORDS = Set.of("open", "under", "return", "hold", "cease", "exchange", "trade");

    private static boolean shootingFire(List<Token> tokens, int fire) {
        int k = fire - 1;
        while (k >= 0 && tokens.get(k).pos().matches("JJ.*|RB.*")) {
            k--; // "came under heavy fire"
        }
        if (k >= 1 && tokens.get(k).word().equalsIgnoreCase("of")) {
            k--; // "an exchange of fire"
        }
        return k >= 0 && SHOOTING_FIRE_WORDS.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * A disaster noun that measures or likens another: "a storm of protest", "a flood of refugees", "an
     * explosion of violence" (an "of" with no article after it; "the collapse of the bridge" stays).
     */
    private static boolean figurative(List<Token> tokens, int noun) {
        return noun + 2 < tokens.size() && tokens.get(noun + 1).word().equalsIgnoreCase("of")
                && !tokens.get(noun + 2).pos().matches("DT|PRP\\$|POS|NNP.*|CD");
    }

    /**
     * A disaster noun in an "of" phrase of another noun, whose date is that noun's: "marked the
     * anniversary of the earthquake on Tuesday", "victims of the flood were buried on Sunday".
     */
    private static boolean ofAnotherNoun(List<Token> tokens, int noun) {
        int k = noun - 1;
        while (k >= 0 && tokens.get(k).pos().matches("DT|JJ.*|CD|PRP\\$|POS|NNPS?")) {
            k--;
        }
        return k >= 1 && tokens.get(k).word().equalsIgnoreCase("of") && tokens.get(k - 1).isNoun();
    }

    /** Prepositions that tie a site's owner to a disaster noun: "an explosion at the Acme plant", "a fire in Acme's mill". */
    private static final Set<String> DISASTER_SITE_WORDS = Set.of("at", "in", "on", "inside", "near", "through");

    /**
     * An event of type {@code other} told by a disaster noun ({@link #disasterNouns}): "An explosion
     * tore through the Acme Chemicals plant in Oakby on Tuesday", "a flood in Oakby on Sunday". It
     * needs a day (a noun with no date is no news of its own: "the risk of fire") from its own phrase
     * or from the verb it is the subject of, told as a fact or as a source's report, and a named place of its clause or a
     * company or body whose site it struck (the name after "at", "in", "on", "inside", "near" or
     * "through" within eight words, or the object of the verb the noun is the subject of: "a fire destroyed
     * the Acme warehouse": other); none otherwise ("a fire broke out on Monday", no place, nobody).
     */
    private Optional<Event> disasterEvent(IngestedDocument doc, Sentence s, int noun, List<TimeMention> times,
            List<EntityMention> inSentence, DocumentEntities entities) {
        int predicate = predicateAfter(s, noun);
        Optional<EventModality.Reading> read = nounReading(s, noun, predicate);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        EventModality.Reading reading = read.get();
        if (reading.polarity() != Polarity.POSITIVE || conditional(s)
                || reading.modality() != Modality.ASSERTED && reading.modality() != Modality.REPORTED) {
            return Optional.empty(); // a fact, or one a source tells ("… in Oakby on Tuesday, officials said")
        }
        Modality told = reading.modality();
        Optional<TimeMention> time = s.isParsed() ? governingDate(s, noun, times) : clauseDate(s, noun, times);
        if (time.isEmpty() && predicate >= 0 && s.tokens().get(predicate).isVerb()) {
            time = s.isParsed() ? governingDate(s, predicate, times) : clauseDate(s, predicate, times);
        }
        if (time.isEmpty() || afterPublication(doc, toEventDate(time.get()))) {
            return Optional.empty(); // "The storm makes landfall in Tampa on Thursday": a forecast, no fact
        }
        List<Token> tokens = s.tokens();
        Map<String, ParticipantRole> roles = new LinkedHashMap<>();
        for (EntityMention m : inSentence) {
            Optional<String> id = entities.idOf(m);
            EntityType type = entities.typeOf(m);
            if (id.isEmpty() || type != EntityType.ORGANIZATION || m.tokenBegin() <= noun + 1 || m.tokenBegin() > noun + 8) {
                continue;
            }
            int k = m.tokenBegin() - 1;
            while (k > noun && tokens.get(k).pos().matches("DT|JJ.*|POS|NNPS?|PRP\\$")) {
                k--; // "at the Acme plant", "in Acme's mill": back to the preposition
            }
            if (k > noun && DISASTER_SITE_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                roles.putIfAbsent(id.get(), ParticipantRole.OTHER); // "at the Acme Chemicals plant"
            } else if (k > noun && k == predicate && tokens.get(k).isVerb() && !"be".equalsIgnoreCase(tokens.get(k).lemma())) {
                roles.putIfAbsent(id.get(), ParticipantRole.OTHER); // "a fire destroyed the Acme warehouse": the site it struck
            }
        }
        Optional<String> place = clausePlace(s, noun, inSentence, entities)
                .or(() -> predicate >= 0 ? clausePlace(s, predicate, inSentence, entities) : Optional.empty());
        if (roles.isEmpty() && place.isEmpty()) {
            return Optional.empty();
        }
        List<Participant> participants = new ArrayList<>();
        roles.forEach((id, role) -> participants.add(new Participant(id, role)));
        Token word = tokens.get(noun);
        return Optional.of(new Event("", EventType.OTHER, word.lemma().toLowerCase(Locale.ROOT), Polarity.POSITIVE,
                told, summary(doc.text(), s), toEventDate(time.get()), participants, place.orElse(null), 1,
                List.of(doc.cite(s.begin(), s.end())), List.of(), charges(inSentence), doc.cite(word.begin(), word.end())));
    }

    /**
     * The verb whose object phrase a noun ends: the nearest verb before it with no clause word
     * ({@link #CLAUSE_ENDS}) or comma between; -1 when there is none ("Acme's offer was …").
     */
    private static int verbBefore(Sentence s, int noun) {
        for (int i = noun - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            if (t.isVerb()) {
                return i;
            }
            if (t.word().equals(",") || CLAUSE_ENDS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The verb a noun is the subject of: the first verb or modal after it with no clause word
     * ({@link #CLAUSE_ENDS}) between (an apposition's commas may: "deliveries to Acme, its first
     * customer, are not due"); -1 when there is none.
     */
    private static int predicateAfter(Sentence s, int noun) {
        for (int i = noun + 1; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.isVerb() || "MD".equals(t.pos())) {
                return i;
            }
            if (CLAUSE_ENDS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the verb group from {@code verb} ends in a verb that says its subject did not happen
     * ({@code negating-verb} of event-modality.txt): "the visit was cancelled", "the talks were called off".
     */
    private boolean calledOff(Sentence s, int verb) {
        Token main = s.tokens().get(mainVerbOf(s.tokens(), verb));
        return main.isVerb() && rules.isModalityCue(main.lemma(), "negating-verb");
    }

    /**
     * The last verb of the verb group that starts at {@code verb}: past its auxiliaries, and any
     * adverbs between them ("was later called off" gives "called", "could be cancelled" "cancelled").
     */
    private static int mainVerbOf(List<Token> tokens, int verb) {
        int main = verb;
        for (int i = verb + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isVerb() && AUXILIARIES.contains(tokens.get(main).lemma().toLowerCase(Locale.ROOT))) {
                main = i;
            } else if (!t.isAdverb()) {
                break;
            }
        }
        return main;
    }

    /** Whether an auxiliary, a copula or a modal is denied right after it: "are not due", "was never", "can't". */
    private static boolean negatedAuxiliary(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        if (!"MD".equals(v.pos()) && !Set.of("be", "have", "do").contains(lemma)) {
            return false;
        }
        for (int i = verb + 1; i < s.tokens().size() && i <= verb + 2; i++) {
            if (NEGATIONS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a participle follows a form of "have", "be" or "get" (adverbs and "not" may stand between). */
    private static boolean afterAuxiliary(Sentence s, int participle) {
        for (int i = participle - 1; i >= 0 && i >= participle - 4; i--) {
            Token t = s.tokens().get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("have") || lemma.equals("be") || lemma.equals("get")) {
                return true;
            }
            if (!t.pos().startsWith("RB") && !t.pos().equals("HYPH")) {
                return false; // "has recently out-sold": adverbs and a hyphenated prefix may stand between
            }
        }
        return false;
    }

    /**
     * An event of type {@code other} reported by a verb outside the trigger list: only when a named
     * person or organisation is its subject or object, its clause dates it, and it is told as a
     * fact (positive and asserted): a generic verb is too weak a sign to keep the rest.
     */
    private Optional<Event> otherEvent(IngestedDocument doc, Sentence s, int verb, List<TimeMention> times,
            List<EntityMention> inSentence, DocumentEntities entities, String dateline, boolean headlineSentence,
            boolean leadSentence, List<TimeMention> allTimes, boolean listed) {
        boolean light = isLightVerb(s.tokens().get(verb)); // "held a meeting": no "held that …"
        // a light verb's event is its noun's, read with its carrier: "postponed a visit" is still to come
        EventModality.Reading reading = modality.read(s, light ? lightObject(s, verb) : verb);
        boolean planned = reading.modality() == Modality.PLANNED;
        if (reading.polarity() != Polarity.POSITIVE || reading.modality() != Modality.ASSERTED && !planned) {
            return Optional.empty();
        }
        // "pleaded guilty in June to embezzling": the month is the plea's ({@link #notOfAnotherAct})
        List<TimeMention> ownTimes = notOfAnotherAct(s.tokens(), verb, light ? lightObject(s, verb) : verb, times);
        if (!light && rules.isModalityCue(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT), "postponing-verb")) {
            // "delayed the hearing until May 4": the new date is the hearing's, not the delaying's
            ownTimes = ownTimes.stream().filter(t -> !newDatePhrase(s.tokens(), verb, t)).toList();
        }
        Optional<TimeMention> time = s.isParsed() ? governingDate(s, verb, ownTimes) : clauseDate(s, verb, ownTimes);
        // a verb that says only with a clause reaches here with none ({@link #otherCandidates}): no saying
        String verbLemma = s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
        boolean cue = rules.cues().containsKey(verbLemma) && (!onlySaysWithAClause(verbLemma) || rules.inClass(verbLemma, "reply"));
        if (time.isPresent() && !light && cue && inContent(s, verb, time.get())) {
            time = Optional.empty(); // 'said, "Today is ..."': the date of what was said, not of the saying
        }
        if (planned && (time.isEmpty() || conditional(s))) {
            // a plan only with the date its own clause gives it ("will open … in 2026"), and never the
            // consequence of a condition ("If Acme wins the bid in 2026, Bolt will close its depot")
            return Optional.empty();
        }
        EventDate date = time.map(EventExtractor::toEventDate)
                .orElseGet(() -> publicationDay(doc, s, verb, headlineSentence, allTimes));
        if (!date.isDated() && time.isEmpty() && leadSentence && !planned && "VBD".equals(s.tokens().get(verb).pos())
                && !cue && !afterOtherTime(s, verb)) {
            // the lead tells the story's news in the simple past ("Acme bought Bolt for $2 billion"):
            // the publication day (a verb of speech is dated as a saying, {@link #saying}), with the clause checks of a saying ("bought it in 2019", "had long
            // bought", "bought for years" stay undated)
            date = publicationDay(doc, s, verb, false, allTimes, true);
        }
        if (!date.isDated() && (listed || planned || headlineSentence || cue || light
                || !FINITE_OR_PERFECT.contains(s.tokens().get(verb).pos()) || presentPassive(s, verb)
                || openedClause(s, verb) || firstPerson(s)
                || reportedAbove(s, verb) || s.tokens().stream().anyMatch(t -> SPAN_OR_HABIT.contains(t.word().toLowerCase(Locale.ROOT))))) {
            // undated, only a fact the writer tells of a named subject or object in a clause of the
            // story's own, in a sentence whose news is no event of the trigger list ("refrained from
            // acquiring", "completed its acquisition": the listed event is the news): no plan, no headline (its body tells the same news with more), no saying
            // (a statement is dated as one, {@link #saying}), no light verb (undated, its noun is often
            // only described: "called the sale a significant step"), no clause of another time
            // or of its noun ("Lee, who founded Acme, …"), no sentence in a source's first person
            return Optional.empty();
        }
        // only its subject and object: a name elsewhere in the sentence is no sign it takes part
        // a name that modifies a noun ("the Acme A20 jet", "Acme's plant") is not who acted or was acted on
        Set<Integer> said = contentOf(s, verb);
        // a name in the "of" phrase of an event noun takes part in that noun's event, not in what it did
        // ("the departure of Ann Lee surprised investors": Lee surprised no one)
        List<EntityMention> heads = inSentence.stream().filter(m -> m.tokenEnd() >= s.tokens().size()
                || !modifies(s.tokens().get(m.tokenEnd()))).filter(m -> !said.contains(m.tokenBegin()))
                .filter(m -> !ofEventNoun(s.tokens(), m)).toList();
        List<Participant> participants = headlinePassive(s, verb, headlineSentence, participants(s, verb, EventType.OTHER, heads, entities)).stream()
                .filter(p -> p.role() != ParticipantRole.OTHER).toList();
        if (participants.isEmpty()) {
            return Optional.empty();
        }
        Token word = s.tokens().get(verb);
        String lemma = word.lemma().toLowerCase(Locale.ROOT);
        boolean statement = !light && cue;
        if (light) {
            word = s.tokens().get(lightObject(s, verb)); // "made its maiden flight": the flight
            lemma = word.lemma().toLowerCase(Locale.ROOT);
        } else if (EventModality.particleAfter(s.tokens(), verb) != null) {
            // a phrasal verb is its own event: "fired up the crowd" is no dismissal, "shot down a bill" no shooting
            lemma = lemma + " " + EventModality.particleAfter(s.tokens(), verb);
        }
        if (statement) {
            // "Lawyers for Ann Lee said …": the lawyers spoke, and Ann Lee is no speaker ({@link #spokenFor})
            participants = participants.stream().filter(p -> p.role() != ParticipantRole.AGENT || inSentence.stream()
                    .noneMatch(m -> m.tokenEnd() <= verb && entities.typeOf(m) == EntityType.PERSON
                            && entities.idOf(m).filter(p.entity()::equals).isPresent() && spokenFor(s.tokens(), m)))
                    .toList();
        }
        if (statement && (!isStatement(lemma) || participants.stream().noneMatch(p -> p.role() == ParticipantRole.AGENT))) {
            // a product shown is no speech: "the V210 was revealed in May" is an event of the V210
            boolean shown = participants.stream().anyMatch(p -> p.role() == ParticipantRole.PATIENT
                    && entities.entity(p.entity()).map(Entity::type).orElse(null) == EntityType.PRODUCT);
            if (!shown) {
                return Optional.empty(); // a statement needs its speaker: "Acme has confirmed", not "was told by"
            }
            statement = false;
        }
        String location = clausePlace(s, verb, inSentence, entities).orElse(dateline);
        return Optional.of(new Event("", statement ? EventType.STATEMENT : EventType.OTHER, statement ? null : lemma,
                reading.polarity(),
                reading.modality(), summary(doc.text(), s), date, participants, location, 1,
                List.of(doc.cite(s.begin(), s.end())), List.of(), charges(inSentence), doc.cite(word.begin(), word.end())));
    }

    /**
     * Whether a name stands in the "of" phrase of an event's noun (a trigger's noun or one of {@code
     * event-noun}): "the departure of Ann Lee", "the arrest of activist Bo Ray"; the name is that
     * event's party.
     */
    private boolean ofEventNoun(List<Token> tokens, EntityMention m) {
        int begin = m.tokenBegin();
        if (begin >= 2 && tokens.get(begin - 1).word().matches("(?i)and|or") && tokens.get(begin - 2).pos().startsWith("NNP")) {
            // the second of two names joined by "and": "the merger of Acme Bank and Bolt Mutual"
            begin -= 2;
            while (begin > 0 && tokens.get(begin - 1).pos().startsWith("NNP")) {
                begin--;
            }
        }
        int start = begin;
        int k = begin - 1;
        while (k >= 0 && start - k <= 3 && tokens.get(k).pos().matches("DT|PRP\\$|JJ|NN")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).word().equalsIgnoreCase("of") || !tokens.get(k - 1).isNoun()) {
            return false;
        }
        String lemma = tokens.get(k - 1).lemma().toLowerCase(Locale.ROOT);
        return rules.inClass(lemma, "event-noun") || triggersByFirstLemma.getOrDefault(lemma, List.of()).stream()
                .anyMatch(t -> t.lemmas().size() == 1 && !t.pos().equals("V"));
    }

    /**
     * Words that open a clause of another time or of a condition ("a month after Acme bought", "when
     * it sold", "if it won"), or a relative clause, which tells of its noun, not the news ("Lee, who
     * founded Acme, resigned").
     */
    private static final Set<String> OTHER_TIME_OPENERS = Set.of("after", "before", "since", "until", "till", "when",
            "while", "as", "once", "if", "unless", "earlier", "later", "then", "previously", "formerly",
            "who", "whom", "whose", "which", "that", "where");

    /** Whether a word of {@link #OTHER_TIME_OPENERS} stands between a verb and the verb before it (or the sentence start). */
    /**
     * Whether a word of {@link #OTHER_TIME_OPENERS} opens the verb's clause, past its auxiliaries ("who had
     * founded Acme", "Iraq's position is that he had returned", "when it was sold"): a clause of another
     * time, of its noun, or of what a noun or a copula says, which tells no news in the writer's voice.
     */
    private static boolean openedClause(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            if (t.isVerb() && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (OTHER_TIME_OPENERS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Present forms of "be": a participle after one tells a state, as a simple present does ("is controlled by Acme"). */
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");

    /** Whether a participle follows a present form of "be", adverbs aside ("is controlled by", "are owned by"). */
    private static boolean presentPassive(Sentence s, int verb) {
        int i = verb - 1;
        while (i >= 0 && s.tokens().get(i).isAdverb()) {
            i--;
        }
        return "VBN".equals(s.tokens().get(verb).pos()) && i >= 0 && PRESENT_BE.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT));
    }

    /** Words of a span or a habit: "has operated a foundry since 1990", "often visits", "for years" tell no one act. */
    private static final Set<String> SPAN_OR_HABIT = Set.of("since", "ever", "always", "often", "usually", "repeatedly",
            "years", "decades", "routinely", "regularly", "far");

    /**
     * Verb forms that tell a fact undated: a past, a participle after an auxiliary ("has won", "was
     * upheld"); no bare infinitive, and no simple present, which tells a habit or a state ("builds jets
     * in Lakeport", "operates a fleet of 30"), not an act (nor its passive: {@link #presentPassive}).
     */
    private static final Set<String> FINITE_OR_PERFECT = Set.of("VBD", "VBN");

    /**
     * Whether a verb stands in the "that" clause of an impersonal report ("It has been reported that the
     * deal was revived", "it is alleged that"): what a source says, told in no one's name.
     */
    private boolean reportedAbove(Sentence s, int verb) {
        List<Token> tokens = s.tokens();
        for (int i = verb - 1; i >= 2; i--) {
            if (tokens.get(i).word().equalsIgnoreCase("that") && tokens.get(i - 1).pos() != null
                    && tokens.get(i - 1).pos().equals("VBN") && rules.cues().containsKey(tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT))) {
                for (int k = i - 2; k >= 0 && k >= i - 5; k--) {
                    if (tokens.get(k).word().equalsIgnoreCase("it")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words of a speaker's own voice: a sentence with one is a source's, not the writer's ("I read the report with disgust"). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

    /** Whether a sentence holds a pronoun of the first person ({@link #FIRST_PERSON}). */
    private static boolean firstPerson(Sentence s) {
        return s.tokens().stream().anyMatch(t -> FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))
                && !"NNP".equals(t.pos()));
    }

    private static boolean afterOtherTime(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0 && !s.tokens().get(i).isVerb(); i--) {
            if (OTHER_TIME_OPENERS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The times a word at offset {@code at} may take as its own: those on its side of quotation
     * marks, and none inside what a source said when the word is outside it ("Deliveries are due in
     * 2034, Ann Lee told a news conference": the telling is not of 2034).
     */
    private static List<TimeMention> ownTimes(int at, List<TimeMention> times, List<QuoteSpans.Piece> quoted,
            List<Attributions.Found> claims) {
        QuoteSpans.Piece quote = pieceAt(quoted, at);
        return times.stream().filter(t -> pieceAt(quoted, t.begin()) == quote)
                .filter(t -> claims.stream().noneMatch(f -> t.begin() >= f.contentBegin() && t.end() <= f.contentEnd()
                        && (at < f.contentBegin() || at >= f.contentEnd())))
                .toList();
    }

    /**
     * Whether the trigger is the cue of a claim whose content is a phrase with no verb of its own
     * ("Prosecutors charged Ann Lee with embezzlement on Tuesday"): a time in it dates the charging,
     * the verb's own act, as there is no other act for it to date ("accused him of taking bribes in
     * 2022", with a verb of its own, keeps the time for the act).
     */
    private static boolean phraseOfOwnCue(Sentence s, Attributions.Found f, int trigger) {
        if (f.cue() != trigger) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.begin() >= f.contentBegin() && t.end() <= f.contentEnd() && t.isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** The quoted piece holding {@code offset}, or null. */
    private static QuoteSpans.Piece pieceAt(List<QuoteSpans.Piece> pieces, int offset) {
        int lo = 0;
        int hi = pieces.size() - 1;
        while (lo <= hi) { // pieces are in text order and do not overlap
            int mid = (lo + hi) >>> 1;
            QuoteSpans.Piece p = pieces.get(mid);
            if (offset < p.begin()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return p;
            }
        }
        return null;
    }

    /** Words that make a present perfect tell a span or an experience ("has sold more since 2003", "has never"), not the news of the day. */
    private static final Set<String> NOT_NEWS_DAY = Set.of("since", "ever", "never", "already", "yet", "always", "often",
            "repeatedly", "previously", "long", "lately", "recently", "recent", "before", "far", "date", "once", "twice", "times",
            "usually", "years", "months", "decades", "weeks", "until", "till");
    /** Words after which a clause ends, going right from a verb. */
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "that", "which", "who", "but", "while", "because",
            "when", "after", "if", "although", "though", "whereas");

    /**
     * The publication day as an event's date when the verb's own tense places it there and no time
     * expression does: a present perfect ("Acme has opened a plant", "has been fined") or a
     * headline's present ("Acme opens plant") or participle ("First Velcor V210 delivered",
     * {@link #headlineParticiple}), in a story with a publication date. Never for a
     * present perfect of a span or an experience: "since", "so far", "to date", "ever", "already",
     * "recently", "for years", a duration or a set in its clause ("has grown for five years"), nor
     * after a modal or "to" ("would have won", "to have signed"), nor "had". Precision day,
     * {@code derivation: publication}, no text.
     */
    static EventDate publicationDay(IngestedDocument doc, Sentence s, int verb, boolean headlineSentence,
            List<TimeMention> times) {
        return publicationDay(doc, s, verb, headlineSentence, times, false);
    }

    /**
     * {@link #publicationDay(IngestedDocument, Sentence, int, boolean, List)}, and with {@code saying}
     * (the verb reports its subject's speech: "Orvill Kent said", "Acme says", "Acme announced") also
     * a simple past or present: news writes what a source told the story in the reporting past, so
     * the saying is dated to the story's day when its own clause states no time (the same clause
     * checks: "said in 2019", "has often said", "said for years" stay as they are). What was said
     * is not dated by this: its events keep their own clauses' dates.
     */
    static EventDate publicationDay(IngestedDocument doc, Sentence s, int verb, boolean headlineSentence,
            List<TimeMention> times, boolean saying) {
        if (doc.published() == null) {
            return EventDate.UNDATED;
        }
        List<Token> tokens = s.tokens();
        Token v = tokens.get(verb);
        int groupStart;
        if (headlineSentence && headlineParticiple(s, verb)) {
            groupStart = verb; // "First Velcor V210 delivered": a headline's passive
        } else if (v.pos().equals("VBN")) {
            groupStart = Tense.perfectAuxiliary(tokens, verb);
            if (groupStart < 0) {
                return EventDate.UNDATED;
            }
        } else if ((v.pos().equals("VBZ") || v.pos().equals("VBP")) && headlineSentence) {
            groupStart = verb;
        } else if (saying && (v.pos().equals("VBD") || v.pos().equals("VBZ") || v.pos().equals("VBP"))) {
            groupStart = verb; // "Orvill Kent said", "Acme says": the reporting past or present
        } else {
            return EventDate.UNDATED;
        }
        // the clause: left to the sentence start or another verb (a fronted "So far," belongs to it),
        // right to a clause word or another verb
        int from = groupStart;
        while (from > 0 && !tokens.get(from - 1).isVerb()) {
            from--;
        }
        int to = verb + 1;
        while (to < tokens.size() && !tokens.get(to).isVerb()
                && !CLAUSE_ENDS.contains(tokens.get(to).word().toLowerCase(Locale.ROOT))) {
            to++;
        }
        for (int i = from; i < to; i++) {
            if (NOT_NEWS_DAY.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return EventDate.UNDATED;
            }
        }
        for (TimeMention t : times) {
            int first = t.sentence() == s.index() ? s.tokenAt(t.begin()) : -1;
            if (first < from || first >= to) {
                continue;
            }
            int last = s.tokenAt(t.end() - 1);
            String next = last >= 0 && last + 1 < tokens.size() ? tokens.get(last + 1).word().toLowerCase(Locale.ROOT) : "";
            boolean counted = "DURATION".equals(t.type()) && Set.of("after", "before", "ago", "later", "earlier").contains(next);
            if (!counted) {
                return EventDate.UNDATED; // "has grown for five years", "has met weekly", "has recently"
            }
        }
        java.time.LocalDate day = doc.published().date();
        return new EventDate(day.toString(), null, day, day, Precision.DAY, true, DateDerivation.PUBLICATION);
    }

    /**
     * Whether a time expression after a speech verb stands in what was said (past a quote, "that",
     * a comma or colon), or one before it in the quotation it closes ('"… within the hour," Lee said').
     */
    private static boolean inContent(Sentence s, int verb, TimeMention t) {
        int first = s.tokenAt(t.begin());
        if (first >= 0 && first < verb) {
            for (int i = s.tokenAt(t.end() - 1) + 1; i > 0 && i < verb; i++) {
                String w = s.tokens().get(i).word();
                if ("\"“”``''".contains(w) && !w.isEmpty()) {
                    return true;
                }
            }
            return false;
        }
        for (int i = verb + 1; i < first; i++) {
            String w = s.tokens().get(i).word();
            if (w.equals(",") || w.equals(":") || w.equalsIgnoreCase("that") || "\"“”``''".contains(w) && !w.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifies(Token next) {
        return !Token.isNameTag(next.ner()) && (next.pos().startsWith("NN") || next.pos().equals("CD")
                || next.pos().equals("POS"));
    }

    /**
     * Without a parse, the time expression of a verb's own clause: the nearest one with no other
     * verb of a clause ("said", "won") and no clause boundary between.
     */
    static Optional<TimeMention> clauseDate(Sentence s, int verb, List<TimeMention> times) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : times) {
            int first = s.tokenAt(t.begin());
            int last = s.tokenAt(t.end() - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            int tok = first > verb ? first : last;
            // "bought a warehouse and hired her": a verb joined by "and" shares the clause's date
            boolean joined = tok < verb && verb > 0 && s.tokens().get(verb - 1).word().equalsIgnoreCase("and");
            if (crossesClause(s, tok, verb) || !joined && otherVerbBetween(s, tok, verb) || inDescription(s, first, last, verb)) {
                continue;
            }
            int d = Math.abs(tok - verb);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean otherVerbBetween(Sentence s, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            Token t = s.tokens().get(i);
            if (t.pos().startsWith("VB") && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && !Token.attributiveParticiple(s.tokens(), i, false, true)
                    || t.word().equalsIgnoreCase("that") || t.word().equalsIgnoreCase("which")
                    || t.word().equalsIgnoreCase("who")) {
                return true;
            }
        }
        return false;
    }

    /** Body sentences after the headline in which the story repeats it. */
    private static final int LEAD_SENTENCES = 3;

    /**
     * A headline's events folded into the same events of the story's lead ("Iraqi refugee arrested
     * near Sacramento" and "FBI agents on Wednesday arrested an Iraqi man…"): same type and
     * polarity, the same modality (asserted and reported count as one: a headline leaves out the
     * lead's "…, officials said"), and a participant in common (or no person or organisation named
     * in the headline: "Clerk arrested"). The
     * lead's event keeps its own date when it has one, is asserted when the headline asserts it
     * (unless the lead reports a doer the headline does not name), and takes the headline's passage
     * as a second citation.
     */
    static List<Event> withoutHeadlineCopies(IngestedDocument doc, List<Sentence> sentences, List<Event> events,
            List<Integer> eventSentences, Set<String> named) {
        if (sentences.size() < 2 || !isHeadline(doc, sentences.get(0))) {
            return events;
        }
        List<Event> out = new ArrayList<>(events);
        java.util.Set<Integer> drop = new HashSet<>();
        for (int h = 0; h < events.size() && eventSentences.get(h) == 0; h++) {
            Event head = events.get(h);
            for (int b = 0; b < events.size(); b++) {
                int sentence = eventSentences.get(b);
                Event body = out.get(b);
                if (sentence == 0 || sentence > LEAD_SENTENCES || drop.contains(b) || body.type() != head.type()
                        || !java.util.Objects.equals(body.lemma(), head.lemma())
                        || body.polarity() != head.polarity() || !factual(body.modality()) && body.modality() != head.modality()
                        || factual(body.modality()) != factual(head.modality())) {
                    continue; // the lead's attribution ("…, police said") is what a headline leaves out
                }
                Set<String> ids = new HashSet<>();
                body.participants().forEach(p -> ids.add(p.entity()));
                // a headline that names nobody ("Clerk arrested") is about whoever its lead names
                boolean overlap = head.participants().stream().noneMatch(p -> named.contains(p.entity()))
                        || head.participants().stream().anyMatch(p -> ids.contains(p.entity()));
                if (!overlap) {
                    continue;
                }
                List<Participant> participants = new ArrayList<>(body.participants());
                head.participants().stream().filter(p -> !ids.contains(p.entity())).forEach(participants::add);
                List<Citation> citations = new ArrayList<>(body.citations());
                citations.addAll(head.citations());
                EventDate date = body.date().isDated() ? body.date() : head.date();
                // the headline states that it happened, not who did it: a doer only the lead's source
                // names ("Tesk denies role in Skelby killing" over "prosecutors accused Orvin Tesk of
                // killing Dalia Penwarden") keeps the event reported
                boolean doerReported = body.modality() == Modality.REPORTED && body.participants().stream()
                        .anyMatch(p -> p.role() == ParticipantRole.AGENT && named.contains(p.entity())
                                && !head.participants().contains(p));
                // and a headline that names nobody ("MAN CHARGED") is only the lead cut short: the lead's
                // attribution ("…, police said") holds for it
                boolean headNames = head.participants().stream().anyMatch(p -> named.contains(p.entity()));
                Modality modality = head.modality() == Modality.ASSERTED && !doerReported && headNames
                        ? head.modality() : body.modality();
                out.set(b, new Event(body.id(), body.type(), body.lemma(), body.polarity(), modality, body.summary(), date,
                        participants, body.location() != null ? body.location() : head.location(), 1, citations,
                        List.of(), java.util.stream.Stream.concat(body.charges().stream(), head.charges().stream())
                                .distinct().toList(), body.trigger()));
                drop.add(h);
                break;
            }
        }
        List<Event> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            boolean vague = eventSentences.get(i) == 0 && !e.date().isDated() && e.participants().isEmpty();
            if (!drop.contains(i) && !vague) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static boolean factual(Modality m) {
        return m == Modality.ASSERTED || m == Modality.REPORTED;
    }

    /** Whether the first sentence is the document's headline ({@link Headline#is}). */
    static boolean isHeadline(IngestedDocument doc, Sentence first) {
        return Headline.is(doc, first.begin(), first.end());
    }

    /**
     * The dateline's place: a place written in capitals at the head of one of the first sentences,
     * before a comma or a dash ("SACRAMENTO, Calif. (AP) —", "KESTREL FALLS —"), or null.
     */
    private static String dateline(AnnotatedDocument annotated, DocumentEntities entities) {
        for (Sentence s : annotated.sentences().subList(0, Math.min(3, annotated.sentences().size()))) {
            for (EntityMention m : annotated.entities()) {
                if (m.sentence() != s.index() || entities.typeOf(m) != EntityType.LOCATION
                        || m.tokenBegin() != 0) {
                    continue;
                }
                String word = s.tokens().get(0).word();
                boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                        && word.chars().anyMatch(Character::isLetter);
                int next = m.tokenEnd();
                String after = next < s.tokens().size() ? s.tokens().get(next).word() : null;
                if (capitals && after != null && (after.equals(",") || Datelines.isDash(after))) {
                    return entities.idOf(m).orElse(null);
                }
            }
        }
        return null;
    }

    /**
     * The place the trigger's own clause names: with a parse, a place whose chain of heads reaches
     * the trigger's clause without crossing another verb ("killed a police officer in his hometown
     * of Tallbridge"); without one, the nearest place in the same clause, after a verb trigger or before
     * or after a noun trigger. A place that only names a participant's origin ("an Iraqi refugee")
     * is no place of the event: only LOCATION mentions count.
     */
    private static Optional<String> clausePlace(Sentence s, int trigger, List<EntityMention> mentions,
            DocumentEntities entities) {
        Set<Integer> heads = s.isParsed() ? clauseHeads(s, trigger) : Set.of();
        EntityMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (EntityMention m : mentions) {
            if (entities.idOf(m).isEmpty() || entities.typeOf(m) != EntityType.LOCATION) {
                // a place as the grouping reads it: "Wendell Ashbury", tagged a place, is a person
                continue;
            }
            int score;
            if (s.isParsed()) {
                score = placeSteps(s, m, trigger, heads);
            } else {
                int tok = m.tokenBegin() > trigger ? m.tokenBegin() : m.tokenEnd() - 1;
                boolean crosses = tok > trigger ? crossesPlaceClause(s, trigger, tok) : crossesPlaceClause(s, tok, trigger);
                score = crosses || (tok < trigger && s.tokens().get(trigger).isVerb()) ? -1 : Math.abs(tok - trigger);
            }
            if (score >= 0 && score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : entities.idOf(best);
    }

    private static int placeSteps(Sentence s, EntityMention m, int trigger, Set<Integer> heads) {
        int best = -1;
        if (fromAfterAgent(s.tokens(), m.tokenBegin())) {
            return best; // "rescued by coastguards from Halby": where the rescuers come from, however it is parsed
        }
        for (int tok = m.tokenBegin(); tok < m.tokenEnd(); tok++) {
            int current = tok;
            boolean nameModifier = true; // reached so far only through the words of a name or title
            for (int steps = 1; steps <= 5; steps++) {
                Optional<Dependency> head = s.headOf(current);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                int gov = head.get().governor();
                if (gov != trigger && heads.contains(gov) && s.tokens().get(trigger).isVerb()
                        && !lendsItsTimeAndPlace(s, gov, current, head.get().relation())) {
                    break;
                }
                if (steps > 1 && nameModifier && (head.get().relation().startsWith("nsubj") || head.get().relation().equals("obj"))) {
                    // a place in the title or name of a participant ("U.S. District Judge Ann Lee set …"),
                    // not one its phrase says it is in ("raided a market in Oakby")
                    break;
                }
                nameModifier &= NAME_PART_RELATIONS.contains(head.get().relation());
                if (aboutPhrase(s, current, TOPIC_PREPOSITIONS)) {
                    break; // "settled the suit over the leak into the Oakby River": what it is about, not where
                }
                if (head.get().relation().startsWith("nmod") && s.tokens().get(gov).isNoun() && aboutPhrase(s, current, ORIGIN)) {
                    break; // "rescued by coastguards from Halby": where the rescuers come from, not where they acted
                }
                if (gov == trigger || heads.contains(gov)) {
                    // a place of the trigger's own wins over one of a verb it extends: in "was arrested in
                    // Oakby and jailed in Velmora" the jailing is in Velmora
                    int cost = gov == trigger ? steps : steps + OTHER_HEAD_COST;
                    best = best < 0 ? cost : Math.min(best, cost);
                    break;
                }
                if (s.tokens().get(gov).isVerb() || head.get().relation().startsWith("nsubj")
                        || head.get().relation().equals("obj")) {
                    break; // another clause, or the place belongs to a participant's phrase
                }
                current = gov;
            }
        }
        return best;
    }

    private static boolean crossesPlaceClause(Sentence s, int a, int b) {
        if (crossesClause(s, a, b)) {
            return true;
        }
        for (int i = a + 1; i < b; i++) {
            Token t = s.tokens().get(i);
            if (t.word().equals(",") || t.isVerb() && i != a && i != b) {
                return true;
            }
        }
        return false;
    }

    /** An exact duration: "20 days", "three weeks" (not "about a month"). */
    private static final java.util.regex.Pattern EXACT_DURATION = java.util.regex.Pattern.compile("P\\d+[DWMY]");
    private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile(
            "\\b(?:about|around|nearly|almost|roughly|some|more|less|over|under|few|several)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "detained him 20 days after the judge ordered his release": an exact duration of the
     * trigger's clause, followed by "after" or "before" and another trigger, which it counts from.
     */
    static Optional<RelativeDate> relativeDate(Sentence s, Match trigger, List<Match> matches, List<TimeMention> times) {
        for (TimeMention t : times) {
            // the event a count is counted from ("300 days after he was indicted and 12 days after
            // ...") takes no later count of its own: that one counts the main clause's event
            Optional<Count> before = countIn(s, t);
            if (before.isPresent() && before.get().last() < trigger.token() && matches.stream()
                    .filter(m -> m.token() > before.get().last() + 1).findFirst().filter(m -> m.equals(trigger)).isPresent()) {
                return Optional.empty();
            }
        }
        for (TimeMention t : times) {
            Optional<Count> count = countIn(s, t);
            int first = s.tokenAt(t.begin());
            if (count.isEmpty() || first < 0 || first < trigger.token() && crossesClause(s, first, trigger.token())
                    || first > trigger.token() && crossesClause(s, trigger.token(), first)) {
                continue;
            }
            int last = count.get().last();
            Optional<Match> anchor = matches.stream().filter(m -> m.token() > last + 1).findFirst();
            if (anchor.isPresent()) {
                return Optional.of(new RelativeDate("", t.value(), count.get().text(), count.get().sign(),
                        anchor.get().type()));
            }
        }
        return Optional.empty();
    }

    /**
     * An exact duration of the sentence followed by "after" ({@code sign} 1) or "before" (-1):
     * "20 days after"; {@code last} is the duration's last token, {@code text} the words with the
     * preposition.
     */
    private record Count(int last, int sign, String text) {
    }

    /**
     * Where the clause after a counted "after" or "before" begins ("two days after|his pickup killed
     * …"), as a character offset, or -1 when the sentence counts none.
     */
    private static int countedClauseStart(Sentence s, List<TimeMention> times) {
        for (TimeMention t : times) {
            Optional<Count> count = countIn(s, t);
            if (count.isPresent()) {
                return s.tokens().get(count.get().last() + 1).end();
            }
        }
        return -1;
    }

    private static Optional<Count> countIn(Sentence s, TimeMention t) {
        if (t.sentence() != s.index() || !"DURATION".equals(t.type()) || !EXACT_DURATION.matcher(t.value()).matches()
                || APPROXIMATE.matcher(t.text()).find()) {
            return Optional.empty();
        }
        int last = s.tokenAt(t.end() - 1);
        if (last < 0 || last + 1 >= s.tokens().size()) {
            return Optional.empty();
        }
        String next = s.tokens().get(last + 1).word().toLowerCase(Locale.ROOT);
        int sign = next.equals("after") ? 1 : next.equals("before") ? -1 : 0;
        return sign == 0 ? Optional.empty() : Optional.of(new Count(last, sign, t.text() + " " + next));
    }

    /**
     * An exact duration followed by "after" or "before" and an event, in a sentence with one event
     * dated to the day. When the dated event is the main clause ("fired him on Tuesday, 300 days
     * after he was indicted"), the event after "after" is dated by counting back from it; when
     * the dated event is the one after "after"/"before" ("two weeks before a judge sentenced him
     * on Oct. 3, police arrested ..."), the sentence's one undated event is dated by counting
     * from it. Either way {@code derivation: computed}; nothing is computed with no day-dated
     * event or two, with two undated candidates, or for a negated event.
     */
    static void countedBack(Sentence s, Map<Key, Event> byType, List<TimeMention> times) {
        List<Map.Entry<Key, Event>> dated = byType.entrySet().stream()
                .filter(e -> e.getValue().date().precision() == Precision.DAY
                        && e.getValue().date().derivation() != DateDerivation.COMPUTED
                        && e.getValue().date().derivation() != DateDerivation.PUBLICATION)
                .toList();
        if (dated.size() != 1) {
            return;
        }
        Event main = dated.get(0).getValue();
        for (TimeMention t : times) {
            Optional<Count> count = countIn(s, t);
            if (count.isEmpty()) {
                continue;
            }
            int sign = count.get().sign();
            int after = s.tokens().get(count.get().last() + 1).end();
            if (main.trigger().start() >= t.begin() && main.trigger().start() < after) {
                continue;
            }
            // the event counted from: the first whose trigger follows "after"/"before"
            Map.Entry<Key, Event> from = byType.entrySet().stream()
                    .filter(e -> e.getValue().trigger().start() >= after)
                    .min(java.util.Comparator.comparingInt(e -> e.getValue().trigger().start())).orElse(null);
            if (from == null) {
                continue;
            }
            boolean forward = from.getValue() == main; // "two weeks before a judge sentenced him on Oct. 3, police arrested ..."
            List<Map.Entry<Key, Event>> undated = byType.entrySet().stream()
                    .filter(e -> !e.getValue().date().isDated()).toList();
            Map.Entry<Key, Event> other = forward ? (undated.size() == 1 ? undated.get(0) : null) : from;
            if (other == null || other.getValue().date().isDated()
                    || other.getValue().polarity() == Polarity.NEGATIVE) {
                continue;
            }
            java.time.Period period = java.time.Period.parse(t.value());
            java.time.LocalDate day = sign > 0 == forward ? main.date().begin().plus(period) : main.date().begin().minus(period);
            Event o = other.getValue();
            byType.put(other.getKey(), new Event(o.id(), o.type(), o.lemma(), o.polarity(), o.modality(), o.summary(),
                    new EventDate(day.toString(), count.get().text(), day, day, Precision.DAY, true,
                            DateDerivation.COMPUTED),
                    o.participants(), o.location(), o.sources(), o.citations(), o.conflicts(), o.charges(), o.trigger()));
        }
    }

    /**
     * Sentence shapes (digits dropped) that occur on three pages or more of a paged document: running
     * page headers ("Case 2:19-cr-34 Document 12 Filed 04/10/19 Page 3 of 7"). A text without pages
     * has none: a story or a docket that tells three arrests in the same words tells three arrests.
     */
    static Set<String> runningHeaders(String text, org.casefile.ingest.PageMap pages, List<Sentence> sentences) {
        if (!pages.isPaged()) {
            return Set.of();
        }
        Map<String, Set<Integer>> pagesByShape = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            Integer page = pages.pageAt(s.begin());
            pagesByShape.computeIfAbsent(shape(text, s), k -> new HashSet<>()).add(page == null ? -1 : page);
        }
        Set<String> out = new HashSet<>();
        pagesByShape.forEach((k, on) -> {
            if (on.size() >= 3) {
                out.add(k);
            }
        });
        return out;
    }

    private static String shape(String text, Sentence s) {
        return text.substring(s.begin(), s.end()).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /**
     * Whether a story tells of a trial that tests a drug or a method ("a clinical trial", "the trial
     * of the vaccine"): its other mentions of "the trial" are that test too, unless a court is near.
     */
    private boolean testTrials(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!s.isTagged()) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).isNoun() && tokens.get(i).lemma().equalsIgnoreCase("trial")
                        && (i > 0 && rules.inClass(tokens.get(i - 1).lemma(), "research") || TriggerSense.testsAThing(rules, s, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of a court's trial beside the court's own ({@code court} in word-classes.txt: "judge", "jury"). */
    private static final Set<String> COURTROOM_WORDS = Set.of("prosecutor", "defendant", "juror", "verdict", "testify",
            "acquit", "convict", "plead", "accuse", "charge");

    /**
     * Whether a trial is a person's: "goes on trial", "stand trial", "faces trial", "her trial", "Ann
     * Lee's trial" (not "its trial", "their trial", which may be a drug maker's).
     */
    private static boolean someonesTrial(Sentence s, int at) {
        List<Token> tokens = s.tokens();
        if (at == 0 || !tokens.get(at).lemma().equalsIgnoreCase("trial")) {
            return false;
        }
        Token before = tokens.get(at - 1);
        String w = before.word().toLowerCase(Locale.ROOT);
        if (w.equals("on") || Set.of("stand", "face", "await").contains(before.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (before.pos().equals("PRP$")) {
            return Set.of("his", "her", "my", "your").contains(w);
        }
        return Token.isPossessiveMark(before.word()) && at >= 2 && "PERSON".equals(tokens.get(at - 2).ner());
    }

    /** Whether a sentence speaks of a court: "the trial of Ann Lee", a judge, a jury, a prosecutor, a defendant. */
    private boolean courtroom(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
            if (rules.inClass(lemma, "court") || COURTROOM_WORDS.contains(lemma)
                    || lemma.equals("of") && i + 1 < tokens.size() && "PERSON".equals(tokens.get(i + 1).ner())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb is the infinitive of a past verb that makes it a possibility ({@code
     * hypothetical-verb} in event-modality.txt: "threatened to sue", "asked him to leave"), whose
     * time the past verb's act holds.
     */
    private boolean threatenedAct(Sentence s, int trigger) {
        // only verbs whose act is still ahead: "tried to kill his wife on Tuesday" is Tuesday's act
        if (!s.isParsed() || !s.tokens().get(trigger).isVerb()) {
            return false;
        }
        return s.headOf(trigger).filter(d -> d.governor() >= 0 && d.relation().equals("xcomp")).map(d -> s.tokens().get(d.governor()))
                .filter(v -> v.pos().equals("VBD") && rules.isModalityCue(v.lemma().toLowerCase(Locale.ROOT), "hypothetical-verb")
                        && THREAT_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /** Verbs of a past threat or vow whose act is still ahead ("threatened to sue", "vowed to appeal"). */
    private static final Set<String> THREAT_VERBS = Set.of("threaten", "vow", "pledge", "promise");

    /** A trigger found in a sentence. */
    record Match(int token, EventType type) {
    }

    /** Tags of a ruling's verb that decide: a participle, a past, "GRANTS" (not a heading's noun read as a verb). */
    private static final Set<String> DECREED_TAGS = Set.of("VBN", "VBD", "VBZ");

    /**
     * Whether a ruling's verb is written in capitals, as an order states what it decides ("DENIED",
     * "GRANTS", "DISMISSED"); a ruling in lower case, a noun ("the RULING"), a heading's gerund
     * ("ORDER DENYING MOTION"), a heading's noun read as a verb ("MEMORANDUM AND ORDER": only a
     * participle, a past or "GRANTS" decides) and the closing formula ("IT IS SO ORDERED", "SO
     * ORDERED") are none.
     */
    static boolean decreed(List<Token> tokens, int verb, EventType type) {
        Token trigger = tokens.get(verb);
        String word = trigger.word();
        return type == EventType.RULING && DECREED_TAGS.contains(trigger.pos()) && word.length() >= 4
                && word.chars().allMatch(Character::isUpperCase)
                && !(verb > 0 && tokens.get(verb - 1).word().equalsIgnoreCase("so"));
    }

    /** Whether a verb only carries a noun event: "held a hearing", "scheduled a trial". */
    /**
     * Whether a verb tells that its subject took place as arranged, no plan of anyone's: "the trial went
     * ahead on Monday", "the hearing will go ahead", "the vote proceeded". ("go" alone plans: "is going
     * to appeal".)
     */
    static boolean goesAhead(Sentence s, int verb) {
        Token t = s.tokens().get(verb);
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        return t.isVerb() && (lemma.equals("proceed") || lemma.equals("go") && s.childrenOf(verb).stream()
                .anyMatch(c -> s.tokens().get(c.dependent()).word().equalsIgnoreCase("ahead")));
    }

    static boolean isLightVerb(Token t) {
        return t.isVerb() && LIGHT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    List<Match> triggers(Sentence s) {
        List<Match> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        String[] lemmas = new String[tokens.size()];
        for (int i = 0; i < lemmas.length; i++) {
            lemmas[i] = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < tokens.size(); i++) {
            for (Rules.Trigger t : triggersByFirstLemma.getOrDefault(lemmas[i], List.of())) {
                int n = t.lemmas().size();
                if (i + n > tokens.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    ok = lemmas[i + k].equals(t.lemmas().get(k));
                }
                // the head of "turn down" is its verb, of "press conference" its last noun
                int headIndex = t.pos().equals("V") ? i : i + n - 1;
                Token head = tokens.get(headIndex);
                if (ok && t.posMatches(head.pos()) && !Token.isNameTag(head.ner())
                        && !namesSource(tokens, headIndex) && !otherPhrasalVerb(tokens, headIndex, n)
                        && !inTitle(tokens, headIndex) && !toldBefore(tokens, headIndex, n)
                        && !captionPosition(tokens, headIndex)
                        && !(t.type() == EventType.TRAVEL && leftInAState(tokens, headIndex))
                        && !(n > 1 && i + n < tokens.size() && tokens.get(i + n - 1).isNoun() && tokens.get(i + n).isNoun())
                        && TriggerSense.holds(rules, t, s, headIndex)) {
                    out.add(new Match(headIndex, t.type()));
                }
            }
        }
        // "signed the agreement", "appealed the appeal court's ruling": a noun in the object of a verb
        // of its own type is that verb's event, not a second one
        out.removeIf(m -> !tokens.get(m.token()).isVerb() && out.stream().anyMatch(v -> v.type() == m.type()
                && tokens.get(v.token()).isVerb() && objectOf(tokens, v.token(), m.token())));
        // "moved the hearing to June 2": an event moved to another day is put off, nobody travels
        out.removeIf(v -> v.type() == EventType.TRAVEL && tokens.get(v.token()).isVerb() && out.stream()
                .anyMatch(m -> m.type() != EventType.TRAVEL && !tokens.get(m.token()).isVerb() && objectOf(tokens, v.token(), m.token())));
        // "filed an appeal": the filing is the appeal, one act told by its noun (the verb only brings it)
        out.removeIf(v -> v.type() == EventType.FILING && tokens.get(v.token()).isVerb() && lemmas[v.token()].equals("file")
                && out.stream().anyMatch(m -> m.type() == EventType.APPEAL && !tokens.get(m.token()).isVerb()
                        && objectOf(tokens, v.token(), m.token())));
        // "re-election" names the outcome of being elected again: only "won re-election" tells it took place
        // ("his campaign for re-election", "will seek re-election", "faces re-election" tell none)
        out.removeIf(m -> m.type() == EventType.ELECTION && tokens.get(m.token()).isNoun()
                && Set.of("re-election", "reelection").contains(lemmas[m.token()])
                && java.util.stream.IntStream.range(0, m.token()).noneMatch(k -> lemmas[k].equals("win")
                        && tokens.get(k).isVerb() && objectOf(tokens, k, m.token())));
        // "released from custody", "freed from detention": the custody is the state left, not a
        // detention that began there
        out.removeIf(m -> m.type() == EventType.DETENTION && tokens.get(m.token()).isNoun() && m.token() >= 1
                && tokens.get(m.token() - 1).word().equalsIgnoreCase("from"));
        // custody is a detention only as the state one is held in: "in custody", "taken into custody",
        // "remanded to custody", "in police custody"; "won primary custody of the children", "denied
        // custody to the father", "kept custody of the documents", "in joint custody" are no one held
        out.removeIf(m -> m.type() == EventType.DETENTION && tokens.get(m.token()).isNoun()
                && lemmas[m.token()].equals("custody") && custodyPreposition(tokens, m.token()) < 0);
        return out;
    }

    /** Prepositions of an event noun's sides or matter: "the merger of Acme and Bolt", "talks between Acme and Bolt". */
    private static final Set<String> SIDES_OF = Set.of("of", "between", "with", "among");

    /**
     * Whether a name stands in a phrase of {@link #SIDES_OF} (past names joined by "and") of the
     * verb's subject, when that subject is an event's noun ({@code event-noun} in word-classes.txt, or
     * a noun trigger): "The merger of Strand Bank and Colby Mutual fell through", "Talks between Acme
     * and Bolt collapsed" (no side did it). "Agents of the FBI arrested …" (a body acts through its
     * people) and "a raid by police killed two" (a "by" names the doer) keep the name as the doer.
     */
    private boolean nameInEventSubject(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(trigger).isVerb()) {
            return false;
        }
        int subject = s.childrenOf(trigger).stream().filter(d -> d.relation().equals("nsubj")).mapToInt(Dependency::dependent)
                .findFirst().orElse(-1);
        if (subject < 0 || !tokens.get(subject).isNoun() || tokens.get(subject).pos().startsWith("NNP")) {
            return false;
        }
        String lemma = tokens.get(subject).lemma().toLowerCase(Locale.ROOT);
        if (!rules.inClass(lemma, "event-noun") && triggersByFirstLemma.getOrDefault(lemma, List.of()).stream()
                .noneMatch(t -> t.lemmas().size() == 1 && !t.pos().equals("V"))) {
            return false;
        }
        int current = m.tokenEnd() - 1;
        boolean sides = false;
        for (int steps = 0; steps < 5 && current != subject; steps++) {
            Optional<Dependency> up = s.headOf(current);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            String rel = up.get().relation();
            if (rel.startsWith("nmod") && !rel.equals("nmod:poss")) {
                int dependent = up.get().dependent();
                sides |= s.childrenOf(dependent).stream().anyMatch(k -> k.relation().equals("case")
                        && SIDES_OF.contains(tokens.get(k.dependent()).word().toLowerCase(Locale.ROOT)));
            } else if (!rel.startsWith("compound") && !rel.equals("flat") && !rel.equals("conj") && !rel.equals("appos")) {
                return false;
            }
            // "The merger of Acme and Bolt", parsed with Bolt beside the merger itself
            sides |= rel.equals("conj") && up.get().governor() == subject && s.childrenOf(subject).stream()
                    .anyMatch(d -> d.relation().startsWith("nmod") && s.childrenOf(d.dependent()).stream()
                            .anyMatch(k -> k.relation().equals("case")
                                    && SIDES_OF.contains(tokens.get(k.dependent()).word().toLowerCase(Locale.ROOT))));
            current = up.get().governor();
        }
        return current == subject && sides;
    }

    /** Prepositions whose object is the custody one is held in: "in custody", "into custody", "remanded to custody". */
    private static final Set<String> HELD_IN = Set.of("in", "into", "to", "under");

    /**
     * The preposition of holding ({@link #HELD_IN}) whose phrase the noun "custody" heads, past the words
     * of its phrase before it ("in police custody", "in the custody of", "into federal custody"); -1
     * when there is none, or when a word of {@code care-custody} (word-classes.txt: "joint", "sole")
     * makes it the care of a child.
     */
    private int custodyPreposition(List<Token> tokens, int custody) {
        int k = custody - 1;
        while (k >= 0 && custody - k <= 4 && (NOUN_PHRASE_START.contains(tokens.get(k).pos())
                || tokens.get(k).pos().startsWith("NNP") || "PRP$".equals(tokens.get(k).pos()))) {
            if (rules.inClass(tokens.get(k).lemma().toLowerCase(Locale.ROOT), "care-custody")) {
                return -1;
            }
            k--;
        }
        return k >= 0 && HELD_IN.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)) ? k : -1;
    }

    /** Nouns of time before "of the" and an event's noun: "at the time of the shooting", "in the wake of the verdict". */
    private static final Set<String> TIME_OF = Set.of("time", "wake", "aftermath");

    /**
     * Whether a noun trigger is "the" and the noun alone after a noun of time and "of": "was living
     * in Turkey at the time of the shooting", "in the wake of the verdict". The phrase uses an event
     * the story tells elsewhere as a time for another; it is no event of its own here (it would take
     * the other clause's names and its day). An event after "after" or "before" stays one ("arrested
     * after the hearing": the hearing took place; "two weeks after the hearing" dates it).
     */
    static boolean toldBefore(List<Token> tokens, int head, int words) {
        int the = head - words;
        if (the < 3 || !tokens.get(head).isNoun() || !tokens.get(the).word().equalsIgnoreCase("the")
                || !tokens.get(the - 1).word().equalsIgnoreCase("of")
                || !TIME_OF.contains(tokens.get(the - 2).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "at the time of the trial of Bo Ray", "in the wake of the verdict against Lee": a phrase of its own may tell a new one
        return head + 1 >= tokens.size() || !Set.of("of", "in", "on", "at", "by", "for", "against").contains(tokens.get(head + 1).word());
    }

    /**
     * Whether a capitalised noun trigger ends an office's title or a body's name that the tagger did
     * not read as a name: "the Undersecretary for Acquisition", "Assistant Secretary of the Air Force
     * for Acquisition", "the Minister of Trade and Investment" name a post, not an acquisition or an
     * investigation. The word before it is "for", "of" or "and" (with "the"), after a capitalised word;
     * never the first word, nor in a sentence written in title case ("Acme Announces Acquisition of
     * Bolt", a headline's style, where every word is capitalised).
     */
    static boolean inTitle(List<Token> tokens, int head) {
        Token t = tokens.get(head);
        if (head < 2 || !t.isNoun() || !Character.isUpperCase(t.word().charAt(0)) || titleCase(tokens)) {
            return false;
        }
        int k = head - 1;
        if (tokens.get(k).word().equals("the")) {
            k--;
        }
        if (k < 1 || !Set.of("for", "of", "and").contains(tokens.get(k).word())) {
            return false;
        }
        String before = tokens.get(k - 1).word();
        return Character.isUpperCase(before.charAt(0)) && tokens.get(k - 1).isNoun();
    }

    /**
     * Whether "leave" has an object followed by a word of the state it was left in ({@code left-in}
     * in word-classes.txt): "left its rate unchanged", "left three people dead", "left him
     * stranded". Such a verb tells a result, not a journey; "left the old building" (the adjective is
     * the noun's), "left Karven empty-handed" (a place left) and "left the summit angry" (the state
     * of the one who left) stay journeys.
     */
    private boolean leftInAState(List<Token> tokens, int verb) {
        if (!tokens.get(verb).isVerb() || !tokens.get(verb).lemma().equalsIgnoreCase("leave")) {
            return false;
        }
        int k = verb + 1;
        int lastNominal = -1;
        while (k < tokens.size() && k <= verb + 7) {
            Token t = tokens.get(k);
            String pos = t.pos();
            if (t.isNoun() || pos.equals("PRP") || pos.equals("CD")) {
                lastNominal = k;
            } else if ((pos.startsWith("JJ") || pos.equals("VBN")) && lastNominal == k - 1) {
                if (EntityType.ofTag(tokens.get(lastNominal).ner()).filter(x -> x == EntityType.LOCATION).isPresent()) {
                    return false; // "left Karven empty-handed": a place left, the adjective its leaver's
                }
                Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                return (next == null || !next.isNoun() && !next.pos().startsWith("JJ"))
                        && rules.inClass(t.word().toLowerCase(Locale.ROOT), "left-in");
            } else if (!Set.of("DT", "PRP$", "POS").contains(pos) && !pos.startsWith("JJ")) {
                return false;
            }
            k++;
        }
        return false;
    }

    /** Words that may stand before a side in a photo caption's brackets: "(second from left)", "(far left)". */
    private static final Set<String> CAPTION_POSITION_WORDS = Set.of("from", "far", "second", "third", "fourth",
            "top", "bottom", "front", "back", "row", "standing", "seated");

    /**
     * Whether "left" is a photo caption's side in brackets: "Ann Lee (left) and Tom Ash", "(second
     * from left)", "(far left)". It tells where someone stands in the picture, not that anyone left.
     */
    static boolean captionPosition(List<Token> tokens, int head) {
        if (!tokens.get(head).word().equalsIgnoreCase("left") || head + 1 >= tokens.size()
                || !Set.of(")", "-RRB-").contains(tokens.get(head + 1).word())) {
            return false;
        }
        int k = head - 1;
        while (k >= 0 && head - k <= 4 && CAPTION_POSITION_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && Set.of("(", "-LRB-").contains(tokens.get(k).word());
    }

    /** Whether a sentence is written in title case, as some headlines are: no word of four letters or more starts in lower case. */
    private static boolean titleCase(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word().length() > 3 && Character.isLowerCase(t.word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a one-word verb trigger is the first word of a phrasal verb of its own, listed with its
     * particle in {@code event-modality.txt}: "ruled out an arrest" is no ruling, "called off" no call.
     */
    private boolean otherPhrasalVerb(List<Token> tokens, int head, int words) {
        String particle = words == 1 ? EventModality.particleAfter(tokens, head) : null;
        return particle != null && rules.isModalityPhrase(tokens.get(head).lemma() + " " + particle);
    }

    /**
     * Whether a noun heads the phrase after "according to": the paper a claim is drawn from ("according
     * to the indictment", "according to Acme's annual report"), which tells what it says, not that it
     * happened there and then; or the body or person it is drawn from, who reports the event and
     * takes no part in it (pass the name's first token).
     */
    static boolean namesSource(List<Token> tokens, int noun) {
        int i = beforePhrase(tokens, noun);
        return i >= 1 && tokens.get(i).word().equalsIgnoreCase("to") && tokens.get(i - 1).word().equalsIgnoreCase("according");
    }

    /** Whether "in" heads the noun's phrase: "in an interview with", "in order for". */
    private static boolean afterIn(List<Token> tokens, int noun) {
        int i = beforePhrase(tokens, noun);
        return i >= 0 && tokens.get(i).word().equalsIgnoreCase("in");
    }

    /** The index of the word before the noun's own phrase (its determiner and modifiers), or -1. */
    private static int beforePhrase(List<Token> tokens, int noun) {
        int i = noun - 1;
        while (i >= 0 && NOUN_PHRASE_TAGS.contains(String.valueOf(tokens.get(i).pos()))) {
            i--;
        }
        return i;
    }

    /** Tags of the words that may stand before a noun in its own phrase. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS", "NN", "NNS",
            "NNP", "NNPS", "HYPH", "VBN");

    /** Whether a noun heads the noun phrase right after a verb ("signed an interim agreement"). */
    private static boolean objectOf(List<Token> tokens, int verb, int noun) {
        if (noun <= verb) {
            return false;
        }
        for (int i = verb + 1; i < noun; i++) {
            String pos = tokens.get(i).pos();
            if (!pos.equals("DT") && !pos.startsWith("JJ") && !pos.equals("PRP$") && !pos.startsWith("NN")
                    && !pos.equals("CD") && !pos.equals("POS") && !pos.equals("HYPH") && !pos.equals("RP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Verbs of putting off that tell a fact of their own ("Acme delayed the acquisition on May 3": no
     * light verb, as "postpone" is) and still carry the new date of what they put off; so do the verbs
     * that move an event to another day ({@link #MOVING_VERBS}: "the hearing was moved to June 2").
     */
    private static final Set<String> PUTTING_OFF_VERBS = Set.of("delay", "defer", "adjourn", "reschedule", "move", "push");

    /** Verbs of a contest's outcome or pursuit, whose object names the event itself: "won re-election", "lost the appeal". */
    private static final Set<String> CONTEST_VERBS = Set.of("win", "lose", "seek");

    /** Verbs of a candidate's taking part in a contest named after "for": "stood for election", "ran for re-election". */
    private static final Set<String> CANDIDACY_VERBS = Set.of("stand", "run");

    /** Verbs whose bare object "trial" is the trial the subject undergoes: "will stand trial", "faces trial". */
    private static final Set<String> TRIAL_VERBS = Set.of("stand", "face");

    /** Adverbs that put a second joined verb after the first: "was fired on Monday and later sued". */
    private static final Set<String> LATER_WORDS = Set.of("later", "then", "subsequently", "afterward", "afterwards",
            "eventually");

    /**
     * The time expression attached to the trigger's clause: a time token whose chain of heads
     * reaches the trigger (or the verb that governs a noun trigger) without crossing another verb.
     * Without a parse, the time expression in the same clause nearest to the trigger.
     */
    static Optional<TimeMention> governingDate(Sentence s, int trigger, List<TimeMention> times) {
        if (times.isEmpty()) {
            return Optional.empty();
        }
        if (s.isParsed()) {
            Set<Integer> heads = clauseHeads(s, trigger);
            TimeMention best = null;
            int bestSteps = Integer.MAX_VALUE;
            // the second of two joined verbs ("was arrested in 2027 and convicted two years later"): a time
            // after it is its own, though the parser hangs it on the first verb
            boolean second = s.tokens().get(trigger).isVerb() && s.headOf(trigger).filter(d -> d.relation().equals("conj")
                    && d.governor() >= 0 && d.governor() < trigger && s.tokens().get(d.governor()).isVerb()).isPresent();
            // "was fired on Monday and later sued the company": a second verb told as later has none of the first's day
            boolean later = second && s.childrenOf(trigger).stream().anyMatch(d -> d.relation().equals("advmod")
                    && LATER_WORDS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
            for (TimeMention t : times) {
                int tok = s.tokenAt(t.begin());
                int steps = tok < 0 ? -1 : stepsTo(s, tok, t, trigger, heads);
                if (second && steps > 0 && tok > trigger) {
                    steps = 0;
                }
                if (later && tok >= 0 && tok < trigger) {
                    steps = -1;
                }
                if (steps >= 0 && "XXXX".equals(t.value())) {
                    // a time with no calendar value at all ("the strike entered its third week on Monday")
                    // is chosen only when no other of the clause is there
                    steps += 100;
                }
                if (steps >= 0 && steps < bestSteps) {
                    best = t;
                    bestSteps = steps;
                }
            }
            if (best == null) {
                best = betweenSubjectAndVerb(s, trigger, times);
            }
            if (best != null || s.tokens().get(trigger).isVerb() && !verbRoot(s)) {
                // a parse with no verb at its root ("A federal jury on Thursday convicted …" read as a
                // noun phrase) tells nothing of the clauses: the words around the verb do
                return Optional.ofNullable(best).or(() -> clauseDate(s, trigger, times));
            }
            return Optional.empty();
        }
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : times) {
            int tok = s.tokenAt(t.begin());
            if (tok < 0 || crossesClause(s, tok, trigger)) {
                continue;
            }
            int d = Math.abs(tok - trigger);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a date stands before another event's noun (a trigger of the sentence) as that noun's
     * modifier: "the May 10 shooting", "Tuesday's vote" date the noun they name, not a verb whose
     * phrase holds it ("charged him in the May 10 shooting" was no charge on May 10).
     */
    private static boolean namesOtherNoun(Sentence s, TimeMention t, int trigger, List<Match> matches) {
        int last = s.tokenAt(t.end() - 1);
        if (last < 0) {
            return false;
        }
        int first = s.tokenAt(t.begin());
        int noun = last + 1;
        boolean possessive = noun < s.tokens().size() && Token.isPossessiveMark(s.tokens().get(noun).word());
        if (possessive) {
            noun++;
        }
        // the date opens the noun's phrase after its determiner ("the", "a", "his") or owns it ("Tuesday's")
        String before = first > 0 ? s.tokens().get(first - 1).pos() : null;
        if (!possessive && !"DT".equals(before) && !"PRP$".equals(before) && !"POS".equals(before)) {
            return false;
        }
        final int named = noun;
        if (noun >= s.tokens().size() || noun == trigger || !s.tokens().get(noun).isNoun()
                || Token.isNameTag(s.tokens().get(noun).ner()) || matches.stream().noneMatch(m -> m.token() == named)) {
            return false;
        }
        for (int k = first; k >= 0 && k <= last; k++) {
            int head = s.headOf(k).map(Dependency::governor).orElse(-1);
            if (head == noun) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date set between a verb's subject and the verb ("A federal jury on Thursday convicted …",
     * "The council on Monday approved …"), which the parser hangs on the subject's noun: it dates
     * the verb, as no jury or council has a day of its own. Null when no date stands there.
     */
    private static TimeMention betweenSubjectAndVerb(Sentence s, int trigger, List<TimeMention> times) {
        if (!s.tokens().get(trigger).isVerb()) {
            return null;
        }
        int subject = s.childrenOf(trigger).stream().filter(d -> d.relation().startsWith("nsubj"))
                .mapToInt(Dependency::dependent).findFirst().orElse(-1);
        if (subject < 0) {
            return null;
        }
        for (TimeMention t : times) {
            int tok = s.tokenAt(t.begin());
            if (tok > subject && tok < trigger && reachesWithin(s, tok, subject, 3)
                    && !Token.anyFiniteVerb(s.tokens(), subject + 1, trigger) && !commaBetween(s, tok, trigger)) {
                return t;
            }
        }
        return null;
    }

    /** Whether a comma stands between two tokens: a description set off ("The director since 2029, Ann Lee, resigned"). */
    private static boolean commaBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.tokens().get(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code token}'s chain of heads reaches {@code target} within {@code steps} steps,
     * through no verb ("A man arrested on Monday appeared": Monday is the arrest's).
     */
    private static boolean reachesWithin(Sentence s, int token, int target, int steps) {
        int current = token;
        for (int k = 0; k < steps; k++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            current = head.get().governor();
            if (current == target) {
                return true;
            }
            if (s.tokens().get(current).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the parse's root is a verb (or a copula's predicate with its verb): the parser found a clause. */
    private static boolean verbRoot(Sentence s) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                int root = d.dependent();
                return s.tokens().get(root).isVerb() || s.childrenOf(root).stream().anyMatch(c -> c.relation().equals("cop"));
            }
        }
        return false;
    }

    /**
     * Steps added to a date or a place that reaches a verb the trigger extends rather than the
     * trigger itself: each of two joined verbs takes its own first.
     */
    private static final int OTHER_HEAD_COST = 10;

    /**
     * How many dependency steps lead from a time expression (any of its tokens) up to the trigger's
     * clause without crossing another verb, or -1 when it belongs to another clause.
     */
    private static int stepsTo(Sentence s, int firstToken, TimeMention t, int trigger, Set<Integer> heads) {
        int best = -1;
        for (int tok = firstToken; tok < s.tokens().size() && s.tokens().get(tok).begin() < t.end(); tok++) {
            int current = tok;
            boolean ofANoun = false; // the time only qualifies a noun: "last year's leak"
            for (int steps = 1; steps <= 6; steps++) {
                Optional<Dependency> head = s.headOf(current);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                int gov = head.get().governor();
                String relation = head.get().relation();
                boolean outsideTime = s.tokens().get(gov).end() <= t.begin() || s.tokens().get(gov).begin() >= t.end();
                if (ofANoun && (relation.equals("nmod") || aboutPhrase(s, current, ABOUT_PREPOSITIONS))
                        || relation.equals("appos") && outsideTime && gov != trigger) {
                    // "agreed to settle the lawsuit over last year's leak": the year is the leak's, not
                    // the settling's; "arrested in Monday's raid", "Tuesday's blast injured 12", "won last
                    // year's election" are dated by the noun they name; and a description set beside a
                    // name describes it ("Ann Lee, the port's director since 2019, said …")
                    break;
                }
                if (gov != trigger && heads.contains(gov) && s.tokens().get(trigger).isVerb()
                        && !lendsItsTimeAndPlace(s, gov, current, relation)) {
                    break;
                }
                boolean nounOutsideTime = s.tokens().get(current).isNoun()
                        && (s.tokens().get(current).end() <= t.begin() || s.tokens().get(current).begin() >= t.end());
                if (nounOutsideTime && relation.startsWith("nsubj") && s.childrenOf(current).stream()
                        .anyMatch(c -> c.relation().equals("appos") && Token.isNameTag(s.tokens().get(c.dependent()).ner()))) {
                    break; // "The port's director since 2019, Ann Lee, resigned": the time describes her
                }
                boolean leavesTime = s.tokens().get(current).begin() < t.end() && s.tokens().get(gov).begin() >= t.end()
                        || s.tokens().get(gov).end() <= t.begin();
                if (leavesTime && gov != trigger && NOUN_MODIFIER_RELATIONS.contains(relation) && s.tokens().get(gov).isNoun()) {
                    ofANoun = true;
                }
                if (gov == trigger || heads.contains(gov)) {
                    // a date of the trigger's own wins over one of a verb it extends: in "was indicted in
                    // May and pleaded not guilty in June" the plea is in June
                    int cost = gov == trigger ? steps : steps + OTHER_HEAD_COST;
                    best = best < 0 ? cost : Math.min(best, cost);
                    break;
                }
                if (s.tokens().get(gov).isVerb() && closingDateOfInfinitive(s, current, relation, gov, trigger, t)) {
                    best = best < 0 ? steps + 1 : Math.min(best, steps + 1);
                    break;
                }
                if (s.tokens().get(gov).isVerb() || (gov >= firstToken && s.tokens().get(gov).begin() < t.end())) {
                    if (s.tokens().get(gov).isVerb() && !purposeGerund(s, gov)) {
                        break; // the date belongs to another clause
                    }
                }
                current = gov;
            }
        }
        return best;
    }

    /** Gerunds that name only what one is held or called for, no act of a clause of its own: "for questioning". */
    private static final Set<String> PURPOSE_GERUNDS = Set.of("questioning");

    /**
     * Whether a verb form is a gerund of {@link #PURPOSE_GERUNDS} in a "for" phrase with no subject or
     * object of its own: "detained Ann Lee for questioning on Saturday" (the parser hangs the day on
     * the gerund, but it dates the detention); "for questioning witnesses on Monday" is a clause of its own.
     */
    private static boolean purposeGerund(Sentence s, int gov) {
        return "VBG".equals(s.tokens().get(gov).pos())
                && PURPOSE_GERUNDS.contains(s.tokens().get(gov).word().toLowerCase(Locale.ROOT))
                && s.childrenOf(gov).stream().anyMatch(d -> d.relation().equals("case")
                        && s.tokens().get(d.dependent()).word().equalsIgnoreCase("for"))
                && s.childrenOf(gov).stream().noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("obj"));
    }

    /** Relations of a bare date, with no preposition, to its verb: "Tuesday", "Tuesday night". */
    private static final Set<String> BARE_DATE_RELATIONS = Set.of("obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod");

    /**
     * Acts that a vote or a decision completes as it is taken ("voted to approve the depot Tuesday
     * night": the approval is the vote's and so is its day); "voted to strike next Friday", "voted to
     * close the bridge Friday" name the day of a later act.
     */
    private static final Set<String> DONE_BY_THE_VOTE = Set.of("approve", "adopt", "pass", "ratify", "endorse", "accept",
            "reject", "confirm", "authorize", "authorise", "censure", "elect", "appoint", "overturn", "repeal", "uphold");

    /**
     * Whether a bare date that closes the sentence hangs on the infinitive of a verb told in the past
     * ("the council voted to approve the depot Tuesday night"): news puts the day of the act told at the
     * end, so it dates the verb told, as the parser would have it had the infinitive been shorter. A date
     * with a preposition ("agreed to pay by Friday", "voted to hold the vote on May 3") stays the
     * infinitive's; only an act the vote completes ({@link #DONE_BY_THE_VOTE}) takes it.
     */
    private static boolean closingDateOfInfinitive(Sentence s, int dateHead, String relation, int verb, int trigger,
            TimeMention t) {
        if (!BARE_DATE_RELATIONS.contains(relation) || !"VBD".equals(s.tokens().get(trigger).pos())
                || !DONE_BY_THE_VOTE.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))
                || t.text().toLowerCase(Locale.ROOT).matches("(?:next|this|coming|following)\\b.*")
                || s.headOf(verb).filter(d -> d.relation().equals("xcomp") && d.governor() == trigger).isEmpty()
                || s.childrenOf(dateHead).stream().anyMatch(c -> c.relation().equals("case"))) {
            return false;
        }
        for (int k = s.tokenAt(t.end() - 1) + 1; k < s.tokens().size(); k++) {
            if (!s.tokens().get(k).pos().equals(".")) {
                return false;
            }
        }
        return s.tokenAt(t.end() - 1) >= 0;
    }

    /**
     * Prepositions that make a phrase what an act is about or against, not where it happens:
     * "settled the suit over the leak into the Oakby River", "protested against the Oakby plant".
     * ("of" and "for" are not among them: "the bombing of a market in Oakby" was in Oakby.)
     */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("over", "about", "against", "concerning", "regarding");
    /**
     * Prepositions after which a possessive date is not the act's: {@link #TOPIC_PREPOSITIONS} and
     * the cause or the whole a noun is part of ("arrested for last year's robbery", "the head of
     * last year's inquiry").
     */
    private static final Set<String> ABOUT_PREPOSITIONS = java.util.stream.Stream.concat(TOPIC_PREPOSITIONS.stream(),
            java.util.stream.Stream.of("for", "of")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a noun's own preposition is one of {@code prepositions}. */
    /**
     * Whether a name follows "from" right after a "by" phrase of a noun ("rescued by coastguards from
     * Halby", "was treated by doctors from Oakby"): the doers' origin, no place of the act.
     */
    private static boolean fromAfterAgent(List<Token> tokens, int name) {
        int k = name - 1;
        while (k >= 0 && name - k <= 3 && tokens.get(k).pos().matches("DT|JJ")) {
            k--;
        }
        if (k < 2 || !tokens.get(k).word().equalsIgnoreCase("from") || !tokens.get(k - 1).pos().matches("NNS?")) {
            return false;
        }
        for (int b = k - 1; b >= 0 && k - b <= 5; b--) {
            Token t = tokens.get(b);
            if (t.word().equalsIgnoreCase("by")) {
                return b < k - 1;
            }
            if (!t.pos().matches("DT|JJ|NNS?|CD|HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** The preposition of a noun's origin ("coastguards from Halby", "a flight from Oakby"). */
    private static final Set<String> ORIGIN = Set.of("from");

    private static boolean aboutPhrase(Sentence s, int noun, Set<String> prepositions) {
        return s.childrenOf(noun).stream().anyMatch(d -> d.relation().equals("case")
                && prepositions.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Relations by which a time qualifies a noun: "last year's leak". (Not a compound, "the March 3
     * vote": the parser also reads a headline that runs on into its dateline and first sentence,
     * "… from Air France disaster July 30, 2009 Airbus have announced …", as one.)
     */
    private static final Set<String> NOUN_MODIFIER_RELATIONS = Set.of("nmod:poss");
    /** Relations within a name or a title: "U.S. District Judge Ann Lee". */
    private static final Set<String> NAME_PART_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss");

    /** Relations by which a time expression modifies its verb directly ("on Monday", "Monday", "yesterday"). */
    private static final Set<String> ADVERBIAL_RELATIONS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod",
            "nmod:npmod", "advmod");
    /** Verbs that put a date on what they plan, not on themselves: "set a hearing for May 4". */
    private static final Set<String> SCHEDULING_VERBS = Set.of("set", "schedule", "reschedule", "postpone", "delay", "defer", "adjourn", "reset");

    /**
     * Whether a verb that a verb trigger extends (its conjunct, the clause it modifies) gives the
     * trigger the date or place that reaches it from {@code dependent} by {@code relation}: only one
     * that modifies that verb itself, and of a verb of scheduling not the date it schedules ("for
     * May 4"). "set a trial date of Sept. 8 and ordered him to surrender his passport" and "set a
     * hearing for May 4 and ordered a fine" say nothing of when the order was made; "was arrested on
     * Monday and charged" and "on Tuesday set bail and ordered …" do.
     */
    private static boolean lendsItsTimeAndPlace(Sentence s, int verb, int dependent, String relation) {
        if (!ADVERBIAL_RELATIONS.contains(relation)) {
            return false;
        }
        if (!SCHEDULING_VERBS.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "set a hearing for May 4", "postponed it to June": the scheduled date; "on Tuesday set bail": the setting's
        return s.childrenOf(dependent).stream().noneMatch(c -> c.relation().equals("case")
                && SCHEDULED_MARKERS.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** Prepositions that give a verb of scheduling the date of what it schedules. */
    private static final Set<String> SCHEDULED_MARKERS = Set.of("for", "to", "until", "till");

    /**
     * The tokens whose time expressions date the trigger: the trigger itself; for a verb, the verbs
     * it extends in the same clause ("turned down the request, ruling that…": advcl, xcomp, conj),
     * never a verb of saying that reports it (ccomp); for a noun, the light verb that carries it
     * ("held a hearing on Tuesday"), never a verb that merely mentions it ("denied the request").
     */
    private static Set<Integer> clauseHeads(Sentence s, int trigger) {
        Set<Integer> heads = new HashSet<>();
        heads.add(trigger);
        Token t = s.tokens().get(trigger);
        int current = trigger;
        for (int steps = 0; steps < 3; steps++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            Dependency d = head.get();
            Token gov = s.tokens().get(d.governor());
            if (!t.isVerb() && timeAdjunct(s, current)) {
                break; // "resigned on Oct. 26, nine days after his arrest": the arrest is of another day
            }
            if (!t.isVerb() && current == trigger && EventModality.triedFor(s, trigger)) {
                break; // "stood trial in 2029 for the shooting": the year is the trial's, not the act's it tries
            }
            if (t.isVerb() && current == trigger && d.relation().startsWith("acl:relcl")) {
                // "was arraigned Tuesday in Halvern Court, where he pleaded not guilty": what happened at
                // the place (or the hearing) of a dated clause then takes its time and place
                int setting = settingOfRelative(s, trigger, d.governor());
                if (setting >= 0) {
                    heads.add(setting);
                }
                break;
            }
            if (t.isVerb()) {
                if (!gov.isVerb() || !EXTENDING_RELATIONS.contains(d.relation()) && !participleAfterComma(s, current, d)
                        || ownTimeClause(s, current, d)
                        || laterInfinitive(s, current, d, gov)) {
                    break;
                }
            } else if (gov.isVerb()) {
                if (aboutPhrase(s, current, SETTING_PREPOSITIONS)) {
                    heads.add(d.governor()); // "argued at a hearing last month": the hearing was then too
                } else if (d.relation().startsWith("nsubj") && goesAhead(s, d.governor())) {
                    heads.add(d.governor()); // "the trial went ahead on Monday": it took place then
                } else if ("go".equalsIgnoreCase(gov.lemma()) && aboutPhrase(s, current, Set.of("on"))) {
                    heads.add(d.governor()); // "went on trial on Monday", "went on strike in May": the start is its day
                } else if (EventModality.TRIAL_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                        && TRIAL_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
                    heads.add(d.governor()); // "will stand trial in May", "faces trial in June": the trial's day
                } else if (CANDIDACY_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT)) && aboutPhrase(s, current, Set.of("for"))) {
                    heads.add(d.governor()); // "stood for election in May": the contest's day
                } else if (CONTEST_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT)) && d.relation().equals("obj")) {
                    heads.add(d.governor()); // "won re-election on Tuesday": the contest's day
                } else if (COMPLETING_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))
                        && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))) {
                    // "completed its acquisition of Bolt on Tuesday", "the sale was completed in May": the
                    // deal took place on the day it was completed
                    heads.add(d.governor());
                } else if (PUTTING_OFF_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))
                        && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))) {
                    // "delayed the hearing until May 4", "the hearing was adjourned until May 4": the verb's
                    // times reach the noun, which keeps only the new date's ({@link #notOfAnotherAct})
                    heads.add(d.governor());
                } else if (LIGHT_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))
                        || EXPECTING_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT)) && d.relation().startsWith("nsubj")) {
                    heads.add(d.governor());
                    // "the trial is set to begin on Oct. 14", "the hearing is scheduled to start at 9 a.m.",
                    // "the acquisition is expected to close in the first half"
                    for (Dependency c : s.childrenOf(d.governor())) {
                        String lemma = s.tokens().get(c.dependent()).lemma().toLowerCase(Locale.ROOT);
                        if (c.relation().equals("xcomp") && s.tokens().get(c.dependent()).isVerb()
                                && (LIGHT_VERBS.contains(lemma) || COMPLETING_VERBS.contains(lemma)
                                        && s.childrenOf(c.dependent()).stream().noneMatch(o -> o.relation().equals("obj")))) {
                            heads.add(c.dependent());
                        }
                    }
                }
                break;
            }
            heads.add(d.governor());
            current = d.governor();
        }
        for (int verb : List.copyOf(heads)) {
            heads.addAll(sameTimeClauses(s, verb));
        }
        return heads;
    }

    /**
     * Whether a verb is a participle set after its head's clause and a comma, which the parser may leave
     * loose ({@code dep}) instead of an adverbial clause: "the ferry sank in March, killing 19 passengers"
     * (the deaths are the sinking's, in March).
     */
    private static boolean participleAfterComma(Sentence s, int verb, Dependency toHead) {
        return toHead.relation().equals("dep") && "VBG".equals(s.tokens().get(verb).pos()) && toHead.governor() < verb - 1
                && s.tokens().get(verb - 1).word().equals(",");
    }

    /**
     * The clauses a verb's "when" opens, which tell the time of the verb's own act: "four people were
     * killed when a bus overturned on Tuesday" (the deaths were on Tuesday, on the bus's road). A clause
     * with a tense of its own ("when the inquiry will report", "when he has recovered") tells of another
     * time; a "when" of a question or of a noun ("asked when he resigned", "the day when") opens no such clause.
     */
    private static List<Integer> sameTimeClauses(Sentence s, int verb) {
        if (!s.tokens().get(verb).isVerb()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Dependency c : s.childrenOf(verb)) {
            int clause = c.dependent();
            if (!c.relation().equals("advcl") || !s.tokens().get(clause).isVerb()) {
                continue;
            }
            boolean when = false;
            boolean ownTense = false;
            for (Dependency k : s.childrenOf(clause)) {
                String word = s.tokens().get(k.dependent()).word().toLowerCase(Locale.ROOT);
                when |= (k.relation().equals("advmod") || k.relation().equals("mark")) && word.equals("when")
                        && k.dependent() < clause;
                ownTense |= k.relation().startsWith("aux") && OWN_TENSE_AUXILIARIES.contains(word);
            }
            if (when && !ownTense) {
                out.add(clause);
            }
        }
        return out;
    }

    /**
     * The verb whose place or setting a relative clause opened by "where" or "at which" ("in which",
     * "during which") describes: "was arraigned Tuesday in Halvern Court, where he pleaded not
     * guilty", "was sentenced at a hearing at which she apologised". -1 for any other relative ("Lee,
     * who was arrested in 2019", "the court that heard it"), for a clause of another time ("where he
     * later pleaded", "where she has lived since 2010", "where he now works") and for a noun that is
     * not the place of a verb ("the court where he pleaded has closed").
     */
    private static int settingOfRelative(Sentence s, int verb, int noun) {
        List<Token> tokens = s.tokens();
        boolean where = false;
        for (Dependency c : s.childrenOf(verb)) {
            String word = tokens.get(c.dependent()).word().toLowerCase(Locale.ROOT);
            if (c.relation().equals("advmod") && word.equals("where")) {
                where = true;
            } else if (c.relation().startsWith("obl") && word.equals("which") && s.childrenOf(c.dependent()).stream()
                    .anyMatch(k -> k.relation().equals("case") && RELATIVE_SETTING_PREPOSITIONS
                            .contains(tokens.get(k.dependent()).word().toLowerCase(Locale.ROOT)))) {
                where = true;
            } else if (c.relation().startsWith("advmod") && OTHER_TIME_WORDS.contains(word)
                    || c.relation().equals("mark") && TIME_SUBORDINATORS.contains(word)
                    || c.relation().startsWith("aux") && OWN_TENSE_AUXILIARIES.contains(word)) {
                return -1; // "where he later pleaded", "where she has lived", "where he will stand trial"
            }
        }
        for (int k = noun + 1; k < tokens.size(); k++) {
            int at = k;
            boolean ofClause = at == verb || s.headOf(at).filter(h -> h.governor() == verb).isPresent();
            if (ofClause && TIME_TAGS.contains(tokens.get(k).ner())) {
                return -1; // a time of its own ("where she died Friday") is the clause's, found as usual
            }
        }
        if (!where) {
            return -1;
        }
        return s.headOf(noun).filter(h -> h.relation().startsWith("obl") && h.governor() >= 0
                && tokens.get(h.governor()).isVerb()).map(Dependency::governor).orElse(-1);
    }

    /** Prepositions of a "which" that opens a relative clause of a place or a setting: "at which", "in which". */
    private static final Set<String> RELATIVE_SETTING_PREPOSITIONS = Set.of("at", "in", "during");

    /** Adverbs that put a relative clause at another time than its noun's verb: "where he later pleaded". */
    private static final Set<String> OTHER_TIME_WORDS = Set.of("later", "now", "since", "subsequently", "eventually",
            "afterward", "afterwards", "then", "earlier", "previously", "once", "still", "currently");

    /** Entity tags of a time expression. */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * Prepositions that make a noun event the setting of a verb, so that the verb's time is the
     * event's: "argued at a hearing last month", "was arrested during a raid on Tuesday".
     */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "during");

    /**
     * Whether a noun event has a clause of its own that tells it happened or is happening ("the trial of X,
     * which opened on Monday", "the hearing that began last week"): a planned act at it leaves it asserted.
     */
    private boolean underWay(Sentence s, int noun) {
        // the parser often hangs the clause on the name of the noun's own phrase ("the trial of X, which opened")
        List<Integer> heads = new ArrayList<>(List.of(noun));
        s.childrenOf(noun).stream().filter(c -> c.relation().startsWith("nmod")).forEach(c -> heads.add(c.dependent()));
        return heads.stream().flatMap(h -> s.childrenOf(h).stream()).filter(c -> c.relation().startsWith("acl"))
                .map(Dependency::dependent).filter(v -> s.tokens().get(v).isVerb())
                .anyMatch(v -> {
                    EventModality.Reading r = modality.read(s, v);
                    return r.modality() == Modality.ASSERTED && r.polarity() == Polarity.POSITIVE;
                });
    }

    /** The verb a noun event is the setting of ("testify at a hearing", "spoke during the trial"), or -1. */
    private static int settingVerb(Sentence s, int noun) {
        if (!s.isParsed() || s.tokens().get(noun).isVerb() || !aboutPhrase(s, noun, SETTING_PREPOSITIONS)) {
            return -1;
        }
        return s.headOf(noun).filter(d -> d.relation().startsWith("obl") && d.governor() >= 0
                && s.tokens().get(d.governor()).isVerb()).map(Dependency::governor).orElse(-1);
    }

    /**
     * Verbs whose infinitive happens, or is refused, when they do: "began to search the house on
     * Monday", "managed to escape on Friday", "declined on Friday to certify the request". After any
     * other verb the infinitive is only agreed, planned or ordered then: "agreed on Monday to buy Bolt" does not buy on Monday, "was sentenced on Friday
     * to serve ten years" does not serve on Friday.
     */
    private static final Set<String> SAME_TIME_INFINITIVE = Set.of("begin", "start", "continue", "resume", "manage",
            "fail", "proceed", "happen", "get", "go", "come", "stop", "cease", "force", "compel", "oblige", "rush",
            "hurry", "dare", "try", "attempt", "help", "decline", "refuse");

    /** Whether a verb is a "to" infinitive after a verb whose time it does not share ({@link #SAME_TIME_INFINITIVE}). */
    private static boolean laterInfinitive(Sentence s, int verb, Dependency toHead, Token head) {
        return toHead.relation().equals("xcomp") && !SAME_TIME_INFINITIVE.contains(head.lemma().toLowerCase(Locale.ROOT))
                && s.childrenOf(verb).stream().anyMatch(c -> c.relation().equals("mark")
                        && s.tokens().get(c.dependent()).word().equalsIgnoreCase("to"));
    }

    /** Auxiliaries that give a joined verb a tense of its own: the present perfect, the present, the future, a modal. */
    private static final Set<String> OWN_TENSE_AUXILIARIES = Set.of("has", "have", "'s", "'ve", "is", "are", "am",
            "'re", "'m", "will", "'ll", "wo", "would", "'d", "could", "can", "ca", "may", "might", "must", "should",
            "shall");

    /** Words that open a clause of its own time ("after he was indicted", "before the vote"). */
    private static final Set<String> TIME_SUBORDINATORS = Set.of("after", "before", "since", "until", "till");

    /** Whether a noun is the object of a preposition of another time ("after his arrest", "before the vote"). */
    private static boolean timeAdjunct(Sentence s, int noun) {
        return s.childrenOf(noun).stream().anyMatch(c -> c.relation().equals("case")
                && TIME_SUBORDINATORS.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a verb is an adverbial clause that a subordinator of another time opens: "pleaded not
     * guilty on Monday, three weeks after he was indicted" says when the indictment was not. A
     * clause of the same time ("arrested him on Monday when he arrived") or with no such word
     * ("denied bail, ruling that …") shares its head's time.
     */
    private static boolean ownTimeClause(Sentence s, int verb, Dependency toHead) {
        if (toHead.relation().equals("conj")) {
            // a joined verb with a tense of its own: "resigned in February but has not been charged"
            // says nothing of February for the charge; "will be sentenced" is still to come
            return s.childrenOf(verb).stream().anyMatch(c -> c.relation().startsWith("aux")
                    && OWN_TENSE_AUXILIARIES.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT)));
        }
        if (!toHead.relation().equals("advcl")) {
            return false;
        }
        return s.childrenOf(verb).stream().anyMatch(c -> c.relation().equals("mark")
                && TIME_SUBORDINATORS.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    private static boolean crossesClause(Sentence s, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            String w = s.tokens().get(i).word();
            if (w.equals(";") || w.equalsIgnoreCase("but") || w.equalsIgnoreCase("while")
                    || w.equalsIgnoreCase("after") || w.equalsIgnoreCase("before") || w.equalsIgnoreCase("when")) {
                return true;
            }
        }
        return false;
    }

    private static EventDate toEventDate(TimeMention t) {
        DateDerivation derivation = switch (t.resolution()) {
            case EXPLICIT -> DateDerivation.EXPLICIT;
            case PUBLICATION_DATE -> DateDerivation.PUBLICATION_DATE;
            case NARRATIVE -> DateDerivation.NARRATIVE;
            case NONE -> DateDerivation.NONE;
        };
        return new EventDate(t.value(), t.text(), t.rangeBegin(), t.rangeEnd(), t.precision(), t.anchored(), derivation);
    }

    /** The charges a sentence names ("murder", "bribery"), in lower case, each once. */
    private static List<String> charges(List<EntityMention> inSentence) {
        return inSentence.stream().filter(m -> m.entityType() == EntityType.CRIMINAL_CHARGE)
                .map(m -> m.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** How far after a verb of speech its medium may come: "said Monday in a written statement". */
    private static final int MEDIUM_AFTER_CUE = 6;

    /**
     * Whether a noun is the medium a saying came in: "in a statement", "in a written statement", "at a
     * news conference" (a noun after "in" or "at" and a determiner), or the audience told ("told a news
     * conference"). "the ministry's statement on
     * Monday" or "will hold a news conference" are events of their own.
     */
    private static boolean mediumOfSaying(Sentence s, int noun) {
        List<Token> tokens = s.tokens();
        if (tokens.get(noun).pos() == null || !tokens.get(noun).pos().startsWith("NN")) {
            return false;
        }
        int i = noun - 1;
        while (i >= 0 && tokens.get(i).pos() != null && (tokens.get(i).pos().startsWith("JJ")
                || tokens.get(i).pos().startsWith("NN") && !tokens.get(i).pos().startsWith("NNP"))) {
            i--; // "written", "joint", "news"
        }
        if (i < 1 || !Set.of("a", "an", "the", "its", "his", "her", "their").contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token before = tokens.get(i - 1);
        // the audience told is the saying's too: "told a news conference in Oslo"
        return Set.of("in", "at").contains(before.word().toLowerCase(Locale.ROOT))
                || before.isVerb() && "tell".equalsIgnoreCase(before.lemma());
    }

    /** Whether a noun is what was told ("told a news conference"): the telling is the event ({@link #otherEvent}). */
    private static boolean toldTo(Sentence s, int noun) {
        for (int i = noun - 1; i >= 0 && i >= noun - 4; i--) {
            Token t = s.tokens().get(i);
            if (t.isVerb()) {
                return "tell".equalsIgnoreCase(t.lemma());
            }
        }
        return false;
    }

    /**
     * Whether a name is the subject of a verb of a contest's outcome ({@link #CONTEST_VERBS}: "won",
     * "lost") whose object is the noun of the election: the candidate, an agent of it ("Ann Lee won
     * the mayoral election on Tuesday"), however the phrases after it hang in the parse.
     */
    private static boolean contestSubject(Sentence s, int trigger, EntityMention m) {
        if (!s.isParsed() || s.tokens().get(trigger).isVerb()) {
            return false;
        }
        Optional<Dependency> up = s.headOf(trigger);
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("obj")
                || !CONTEST_VERBS.contains(s.tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int verb = up.get().governor();
        return s.childrenOf(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
                && d.dependent() >= m.tokenBegin() && d.dependent() < m.tokenEnd());
    }

    /**
     * Whether a name is the subject of the light verb whose object the noun trigger is ("Ann Lee
     * entered a plea", "gave testimony"): for an act only a person does, the one who does it; never
     * one who does it for another ("entered a plea on behalf of Bo Ray", "for Bo Ray").
     */
    private static boolean lightVerbSubject(Sentence s, int trigger, EntityMention m) {
        if (!s.isParsed() || s.tokens().get(trigger).isVerb()) {
            return false;
        }
        Optional<Dependency> up = s.headOf(trigger);
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("obj")
                || !isLightVerb(s.tokens().get(up.get().governor()))) {
            return false;
        }
        int verb = up.get().governor();
        for (int i = trigger + 1; i + 1 < s.tokens().size(); i++) {
            String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("behalf") || w.equals("for") && Token.isNameTag(s.tokens().get(i + 1).ner())) {
                // "Judge Ann Lee entered a plea of not guilty on behalf of Bo Ray": done for another
                return false;
            }
        }
        return s.childrenOf(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
                && d.dependent() >= m.tokenBegin() && d.dependent() < m.tokenEnd());
    }

    /**
     * The events crime and disaster news tells of people it does not name ("a man was arrested", "three
     * people were killed", "a teenager stole a car", "the suspect, whose name was not released, was
     * convicted"), which stand without a name or a date when told in
     * the past ({@link #pastNarration}; of type other only a crime, {@link #crime}); a business or political
     * act of nobody named is left out, as before.
     */
    private static final Set<EventType> UNNAMED_NEWS = java.util.EnumSet.of(EventType.KILLING, EventType.DEATH,
            EventType.INJURY, EventType.ATTACK, EventType.ARREST, EventType.DETENTION, EventType.CHARGE,
            EventType.RELEASE, EventType.CONVICTION, EventType.SENTENCING, EventType.OTHER);

    /** Harms done to people, which a court (a body named "… Court") never takes part in: it only tries them. */
    private static final Set<EventType> HARMS = java.util.EnumSet.of(EventType.KILLING, EventType.ATTACK,
            EventType.DEATH, EventType.INJURY);

    /**
     * Whether a trigger is a harm done to a person or a crime (type other, word class {@code crime-act}:
     * "stole", "embezzled", "kidnapped"), which a body never does through the one of its people who did it.
     */
    private boolean crime(Sentence s, int trigger, EventType eventType) {
        if (eventType == EventType.KILLING || eventType == EventType.ATTACK) {
            return true;
        }
        return eventType == EventType.OTHER && rules.inClass(s.tokens().get(trigger).lemma().toLowerCase(Locale.ROOT), "crime-act");
    }

    /** Acts only a person does: a body named beside its holder never does them ("the head of Acme pleaded"). */
    private static final Set<EventType> PERSONAL_ACTS = java.util.EnumSet.of(EventType.PLEA, EventType.RESIGNATION,
            EventType.DEATH, EventType.INJURY, EventType.TESTIMONY, EventType.TRAVEL);

    /**
     * Steps of a case against a person: a body named only beside its holder ("Acme's founder, Ann Lee,
     * went on trial", "Ann Lee, the director of the Port Authority, was charged") is no party to them
     * when the person is named: the case is against the person, not the body.
     */
    private static final Set<EventType> PERSONAL_CASE = java.util.EnumSet.of(EventType.ARREST, EventType.DETENTION,
            EventType.RELEASE, EventType.CHARGE, EventType.TRIAL, EventType.PLEA, EventType.SENTENCING,
            EventType.CONVICTION, EventType.VERDICT, EventType.DEPORTATION, EventType.EXTRADITION_REQUEST);

    private List<Participant> participants(Sentence s, int trigger, EventType eventType, List<EntityMention> mentions,
            DocumentEntities entities) {
        Map<String, ParticipantRole> roles = new LinkedHashMap<>();
        Set<String> held = new java.util.HashSet<>();
        boolean person = false;
        // a noun event still ahead of a forward-looking clause ("will serve as acting mayor until a special
        // election") has only the names of its own phrase, or the one its possessive stands for ("until her trial")
        int ahead = modality.futureTimePhrase(s.tokens(), trigger);
        boolean possessive = ahead >= 0 && ahead + 1 < trigger && "PRP$".equals(s.tokens().get(ahead + 1).pos());
        for (EntityMention m : mentions) {
            if (agencyCredit(s, m) || namesSource(s.tokens(), m.tokenBegin()) || closingSpeaker(s, trigger, m)) {
                continue; // "About 400 fish died, according to the state's wildlife agency": it reports, takes no part
            }
            if (ahead >= 0 && !possessive && m.tokenEnd() <= ahead) {
                continue; // the acting mayor is no party to the election
            }
            // people, organisations and products only, as the grouping reads them: a role word ("police",
            // "the judge") is no participant, a person the tagger read as a place is one
            Optional<String> id = entities.idOf(m);
            EntityType type = entities.typeOf(m);
            if (id.isEmpty() || type != EntityType.PERSON && type != EntityType.ORGANIZATION && type != EntityType.PRODUCT) {
                continue;
            }
            if (!s.isParsed() && (inOtherClause(s, trigger, m) || ofAnotherClausesNoun(s.tokens(), trigger, m))) {
                continue; // "Ann Lee was not charged, and Bo Lee was not arrested": each clause its own names
            }
            if (HARMS.contains(eventType) && type == EntityType.ORGANIZATION
                    && rules.inClass(s.tokens().get(m.tokenEnd() - 1).lemma().toLowerCase(Locale.ROOT), "court")) {
                continue; // "pleaded not guilty to murder at Harlowe Crown Court": the court is where the plea was made
            }
            if (absentFrom(s, trigger, m) || notAmong(s.tokens(), trigger, m) || demandsOfAnother(s, trigger, eventType, m)) {
                // "Lee did not attend the hearing": the hearing was held, without Lee; "Lee demanded her
                // resignation": the resignation would be hers
                continue;
            }
            if (eventType == EventType.ELECTION && type == EntityType.ORGANIZATION && namesContest(s.tokens(), m)) {
                continue; // "won the Senate race", "lost the Labour Party primary": the office or the contest, no party
            }
            if (type == EntityType.PERSON && ownerOfRelative(s, m, trigger)) {
                continue; // "Lee's son was arrested": the son was, Lee takes no part
            }
            ParticipantRole role = s.isParsed() && !unattached(s, trigger)
                    ? roleByParse(s, trigger, m, type, ownOfRole(eventType, s.tokens().get(trigger)))
                    : roleByPosition(s, trigger, m);
            if (role == ParticipantRole.AGENT && s.isParsed() && nameInEventSubject(s, trigger, m)) {
                // "The merger of Strand Bank and Colby Mutual fell through", "talks between Acme and Bolt
                // collapsed": the deal or the talks failed, the sides named in them did nothing
                role = ParticipantRole.OTHER;
            }
            if (s.isParsed() && role == ParticipantRole.OTHER && s.tokens().get(trigger).isVerb() && inOtherClause(s, trigger, m)) {
                // the same with a parse, for a name the parse does not tie to a verb: "Claims that Bo Ray
                // resigned were false, and Acme signed a deal with Bolt" (Bo Ray signed nothing); a noun
                // may take up the clause before ("agreed to buy Bolt, and the acquisition closed in May")
                continue;
            }
            if (role == ParticipantRole.OTHER && s.isParsed() && s.tokens().get(trigger).isVerb()
                    && argumentOfAdverbialClause(s, trigger, m) && gerundSubject(s, trigger, m) == ParticipantRole.OTHER) {
                // (a gerund after its verb's preposition is the subject's own act: "was jailed in 2024 for
                // stealing a truck", below)
                // "arrested Bo Ray on Sunday after he killed his neighbour Ann Lee": Lee is the killing's, not the arrest's
                continue;
            }
            if (role == ParticipantRole.OTHER && !s.isParsed() && s.tokens().get(trigger).isVerb() && m.tokenEnd() <= trigger
                    && (relativeOfAnotherNoun(s.tokens(), m, trigger) || objectBeforeParticiple(s.tokens(), trigger, m))) {
                // without a parse, the same from the words: "was shot by a suspect who fled" (the suspect
                // fled, not the name before), "stabbed Ann Lee before fleeing" (the subject fled, not
                // the object): the name takes no part in the other clause's event
                continue;
            }
            if (role == ParticipantRole.OTHER && !s.tokens().get(trigger).isVerb()
                    && (s.isParsed() && argumentOfOtherVerb(s, trigger, m) || afterOwnSubject(s.tokens(), trigger, m))) {
                // "went on trial on charges he killed his partner, Bo Ray", "the trial of Ann Lee opened; she
                // is accused of shooting Bo Ray": Ray is the killing's, no party to the trial
                continue;
            }
            if (role == ParticipantRole.OTHER && s.isParsed() && !s.tokens().get(trigger).isVerb()
                    && speakerElsewhere(s, trigger, m)) {
                continue; // "A hearing was set for May 2, but Lee said it may be put off": Lee only talks of it
            }
            if (role == ParticipantRole.OTHER && s.isParsed() && movedTo(s, trigger, m)) {
                continue; // "moved the trial of Bo Ray to Ashby": the new venue, no party
            }
            if (role == ParticipantRole.OTHER && !s.tokens().get(trigger).isVerb() && TOLD_BY_OTHERS.contains(eventType)
                    && (s.isParsed() ? reporterOf(s, trigger, m, eventType) : reporterByWords(s.tokens(), trigger, m, eventType))) {
                continue; // "Her death was confirmed by her son, Ann Lee", "Lee confirmed the death": Lee only tells of it
            }
            if (role == ParticipantRole.OTHER) {
                role = gerundSubject(s, trigger, m); // "Lee is accused of killing Bo": Lee is who killed
            }
            if (role == ParticipantRole.OTHER && heldInState(s.tokens(), trigger, m)) {
                role = ParticipantRole.PATIENT; // "Ann Lee remains held in the county jail": Lee is the one held
            }
            if (role == ParticipantRole.OTHER && eventType == EventType.DETENTION && heldInCustody(s.tokens(), trigger, m)) {
                role = ParticipantRole.PATIENT; // "Ann Lee was taken into custody", "police took Bo Ray into custody"
            }
            if (role == ParticipantRole.OTHER && s.isParsed() && inClauseOfAnother(s, trigger, m)) {
                // "resigned in 1999 but stayed until 2011, when the firm was sold to Acme": the name is
                // the other verb's
                continue;
            }
            if (role == ParticipantRole.OTHER && s.isParsed() && outsideRelativeClause(s, trigger, m)) {
                continue; // "the mayor named Ann Lee, replacing Bo Ray, who resigned": the mayor has no part in it
            }
            if (role == ParticipantRole.OTHER && PERSONAL_ACTS.contains(eventType) && lightVerbSubject(s, trigger, m)) {
                role = ParticipantRole.AGENT; // "Lee entered a plea of not guilty", "did not enter a plea": Lee pleads
            }
            if (role == ParticipantRole.OTHER && eventType == EventType.ELECTION && contestSubject(s, trigger, m)) {
                role = ParticipantRole.AGENT; // "Ann Lee won the mayoral election in Oakby on Tuesday": Lee ran and won
            }
            int holder = type == EntityType.ORGANIZATION ? holderOf(s, trigger, m) : -1;
            if (holder >= 0 && (role != ParticipantRole.AGENT || PERSONAL_ACTS.contains(eventType) || crime(s, trigger, eventType))) {
                // (a crime or a harm is its doer's own: "an employee of Acme stole $40,000", "an accountant at
                // Acme embezzled" are not Acme's acts, as "an agent of the FBI arrested him" is the FBI's)
                // "the head of Acme was charged", "pleaded": the person underwent it or did what only a
                // person does, not Acme ("an agent of the FBI arrested him": the body acts through its people)
                held.add(id.get());
                role = ParticipantRole.OTHER;
            }
            person |= type == EntityType.PERSON;
            // a name mentioned twice ("Acme's rival ... outbid Acme") takes its part in the event, not its mention
            roles.merge(id.get(), role, (was, now) -> was == ParticipantRole.OTHER ? now : was);
        }
        List<Participant> out = new ArrayList<>();
        boolean named = person;
        roles.forEach((id, role) -> {
            // with no person named, the body would stand for the unnamed one: left out; with one, the
            // case against the person is not the body's
            if ((named && !PERSONAL_CASE.contains(eventType)) || !held.contains(id) || role != ParticipantRole.OTHER) {
                out.add(new Participant(id, role));
            }
        });
        return out;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> NOUN_PHRASE_START = Set.of("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD", "NN", "NNS");

    /**
     * The people who did not take part in a noun event a negated verb of taking part governs ("Lee
     * did not attend the hearing"), as its agents ({@link #absentFrom}).
     */
    private List<Participant> absentees(Sentence s, int trigger, List<EntityMention> mentions, DocumentEntities entities) {
        List<Participant> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (entities.typeOf(m) == EntityType.PERSON && absentFrom(s, trigger, m)) {
                entities.idOf(m).map(id -> new Participant(id, ParticipantRole.AGENT))
                        .filter(p -> !out.contains(p)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a name before a negated verb of taking part ({@code participation} in
     * event-modality.txt) is the one who did not take part in the noun event it governs: "Lee did
     * not attend the hearing", "Lee never attended the trial" (the event was held, without Lee).
     */
    private boolean absentFrom(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        if (tokens.get(trigger).isVerb()) {
            return false;
        }
        int verb = trigger - 1;
        while (verb >= 0 && NOUN_PHRASE_START.contains(tokens.get(verb).pos()) && trigger - verb <= 4) {
            verb--;
        }
        if (verb < 0 || !tokens.get(verb).isVerb() || !rules.isModalityCue(tokens.get(verb).lemma().toLowerCase(Locale.ROOT),
                "participation") || m.tokenEnd() > verb) {
            return false;
        }
        for (int k = verb - 1; k >= Math.max(m.tokenEnd(), verb - 3); k--) {
            if (NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return !Token.anyFiniteVerb(tokens, m.tokenEnd(), k - 1); // its subject: no verb of its own between
            }
        }
        return false;
    }

    /**
     * Whether a name is the subject of a verb of asking or wanting ({@code request} in
     * event-modality.txt: "demanded", "called for", "urged") whose object is a noun event of
     * another's, named by a possessive before it or an "of" after it: "Ray demanded her resignation",
     * "Ray called for Lee's arrest", "called for the resignation of Ann Lee" (Ray would take no part). An event that is itself a request is the asker's
     * ("sought his extradition"); one with no possessive may be the asker's own ("Lee demanded a hearing"),
     * and so may one after a pronoun of the asker's gender or of none known ("Quill asked for his release").
     */
    private boolean demandsOfAnother(Sentence s, int trigger, EventType eventType, EntityMention m) {
        List<Token> tokens = s.tokens();
        if (tokens.get(trigger).isVerb() || eventType.isRequest()) {
            return false;
        }
        int k = trigger - 1;
        while (k >= 0 && tokens.get(k).pos().matches("JJ|JJR|JJS|NN|NNS") && trigger - k <= 3) {
            k--;
        }
        if (k >= 0 && tokens.get(k).pos().equals("POS")) {
            k--;
            while (k >= 0 && tokens.get(k).pos().startsWith("NNP")) {
                k--;
            }
        } else if (k >= 0 && tokens.get(k).pos().equals("PRP$")) {
            // "Quill asked for his release": his own, unless the pronoun's gender is not the asker's
            java.util.Optional<GivenNameGender.Gender> owner = GivenNameGender.ofPronoun(tokens.get(k).word().toLowerCase(Locale.ROOT));
            java.util.Optional<GivenNameGender.Gender> asker = GivenNameGender.ofName(m.text(), null);
            if (owner.isEmpty() || asker.isEmpty() || owner.equals(asker)) {
                return false;
            }
            k--;
        } else if (k >= 0 && tokens.get(k).pos().equals("DT") && trigger + 1 < tokens.size()
                && tokens.get(trigger + 1).word().equalsIgnoreCase("of")) {
            k--; // "called for the resignation of Ann Lee"
        } else {
            return false;
        }
        if (k >= 0 && tokens.get(k).pos().equals("IN") && k > 0) {
            k--; // "called for her resignation"
        }
        if (k < 0 || !tokens.get(k).isVerb() || m.tokenEnd() > k
                || m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).pos().equals("POS")) {
            return false; // the asker's owner is none ("Quill's lawyer demanded his release")
        }
        String lemma = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
        String phrase = k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("IN")
                ? lemma + " " + tokens.get(k + 1).word().toLowerCase(Locale.ROOT) : null;
        boolean asking = rules.isModalityCue(lemma, "request") || phrase != null && rules.isModalityCue(phrase, "request");
        if (!asking) {
            return false;
        }
        for (int i = m.tokenEnd(); i < k; i++) {
            if (tokens.get(i).isFiniteVerb() && !AUXILIARIES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
                return false; // "Ray said Bo demanded her resignation": Ray is the subject of another verb
            }
        }
        return true;
    }

    private static final Set<String> ARGUMENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj");

    /** Pronouns that open a clause with a subject of its own. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    /**
     * Whether a name after a noun trigger stands after a subject pronoun and its verb, in the clause
     * that pronoun opens ("on charges he killed his partner, Ann Lee", "the trial opened; he is
     * accused of shooting Bo Ray"): the name is that clause's, read from the words when the parse
     * misses it.
     */
    private static boolean afterOwnSubject(List<Token> tokens, int trigger, EntityMention m) {
        for (int k = trigger + 1; k + 1 < m.tokenBegin(); k++) {
            if (!SUBJECT_PRONOUNS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = k + 1;
            while (j < m.tokenBegin() && ("MD".equals(tokens.get(j).pos()) || tokens.get(j).isAdverb())) {
                j++;
            }
            if (j < m.tokenBegin() && tokens.get(j).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a contest for an office, beside the words of {@code electoral-contest}: "the Senate race". */
    private static final Set<String> CONTEST_NOUNS = Set.of("race", "contest", "election", "nomination", "seat", "primary");

    /**
     * Whether a name modifies the noun of an electoral contest right after it (only adjectives and
     * nouns between): "won the Senate race", "the Labour Party primary", "a City Council seat" name
     * the office or the contest, which is no participant of the election ("Acme's election" is no
     * such modifier: a possessive owns the noun).
     */
    private boolean namesContest(List<Token> tokens, EntityMention m) {
        for (int k = m.tokenEnd(); k < Math.min(tokens.size(), m.tokenEnd() + 3); k++) {
            Token x = tokens.get(k);
            String lemma = x.lemma().toLowerCase(Locale.ROOT);
            if (x.isNoun() && (CONTEST_NOUNS.contains(lemma) || rules.inClass(lemma, "electoral-contest"))) {
                return true;
            }
            if (!x.pos().matches("JJ|NN|HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that move an event to another place: "moved the trial to Ashby", "the hearing was transferred to Ely". */
    private static final Set<String> VENUE_MOVING_VERBS = Set.of("move", "transfer", "relocate", "shift");

    /**
     * Whether a name is where a verb of moving takes a noun event: "moved the trial of Bo Ray to Ashby",
     * "the hearing was transferred to Ely" (the name's "to" phrase on the verb whose object or passive
     * subject the event is).
     */
    private static boolean movedTo(Sentence s, int trigger, EntityMention m) {
        if (s.tokens().get(trigger).isVerb()) {
            return false;
        }
        int verb = s.headOf(trigger).filter(d -> d.governor() >= 0 && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")))
                .map(Dependency::governor).orElse(-1);
        if (verb < 0 || !VENUE_MOVING_VERBS.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int tok = m.tokenBegin(); tok < m.tokenEnd(); tok++) {
            int at = tok;
            if (s.headOf(at).filter(d -> d.governor() == verb && d.relation().startsWith("obl")).isPresent()
                    && s.childrenOf(at).stream().anyMatch(c -> c.relation().equals("case")
                            && s.tokens().get(c.dependent()).word().equalsIgnoreCase("to"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name (or the noun it describes: "his partner, Ann Lee") is the subject or object of a
     * verb that does not govern the noun trigger: it takes part in that verb's act, told beside the
     * noun's event ("went on trial on charges he killed his partner, Ann Lee"); the subject of a verb
     * that carries the noun stays its party ("Bo Ray went on trial", "Ray said the trial …" is left to
     * the checks of speech).
     */
    private static boolean argumentOfOtherVerb(Sentence s, int trigger, EntityMention m) {
        int verb = argumentVerb(s, m, true);
        if (verb < 0 || verb == trigger || !s.tokens().get(verb).isVerb()) {
            return false;
        }
        int up = trigger;
        for (int k = 0; k < 8; k++) {
            Optional<Dependency> d = s.headOf(up);
            if (d.isEmpty() || d.get().governor() < 0) {
                return true;
            }
            up = d.get().governor();
            if (up == verb) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word a name (or the noun it describes) is the subject or object of, reached up through compounds,
     * flat names, appositions and {@code dep} links (with {@code describedOnly}, only a {@code dep} on a
     * common noun before it: "his partner, Ann Lee"), at most four steps; -1 for none.
     */
    private static int argumentVerb(Sentence s, EntityMention m, boolean describedOnly) {
        int current = m.tokenEnd() - 1;
        for (int steps = 0; steps < 4; steps++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return -1;
            }
            String rel = head.get().relation();
            int verb = head.get().governor();
            if (ARGUMENT_RELATIONS.contains(rel)) {
                return verb;
            }
            boolean dep = rel.equals("dep") && (!describedOnly || s.tokens().get(verb).pos().matches("NNS?") && verb < current);
            if (!rel.startsWith("compound") && !rel.equals("flat") && !rel.equals("appos") && !dep) {
                return -1;
            }
            current = verb;
        }
        return -1;
    }

    /**
     * Whether a name (or the noun it describes: "his neighbour Ann Lee") is the subject or object of
     * another verb, in an adverbial clause of the trigger's verb or the trigger's own adverbial clause
     * governs it ("arrested Bo Ray after he killed Ann Lee"): it takes part in that verb's event.
     */
    private static boolean argumentOfAdverbialClause(Sentence s, int trigger, EntityMention m) {
        int verb = argumentVerb(s, m, false);
        if (verb < 0 || verb == trigger || !s.tokens().get(verb).isVerb()) {
            return false;
        }
        boolean verbUnderTrigger = s.headOf(verb).filter(d -> d.governor() == trigger && d.relation().equals("advcl")).isPresent();
        boolean triggerUnderVerb = s.headOf(trigger).filter(d -> d.governor() == verb && d.relation().equals("advcl")).isPresent();
        return verbUnderTrigger || triggerUnderVerb;
    }

    /**
     * Whether a person's name stands in the possessive before a noun of the {@code relative} class
     * ({@code word-classes.txt}), past adjectives and nouns: "Lee's son", "Ray's campaign manager",
     * "Lee's former business partner" (not "Lee's lawyer", who acts for Lee, nor "Lee's arrest"). Only the
     * possessor's own mention is dropped: a pronoun that may stand for the person as a party of the event
     * keeps the person in it ("Ann Lee's husband killed her"), and a relative that owns a thing in turn is
     * no relative ("Ivo Lee's driver's license was suspended": the license is Lee's).
     */
    private boolean ownerOfRelative(Sentence s, EntityMention m, int trigger) {
        List<Token> tokens = s.tokens();
        int k = m.tokenEnd();
        if (k >= tokens.size() || !Token.isPossessiveMark(tokens.get(k).word())) {
            return false;
        }
        int head = -1;
        for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
            String pos = tokens.get(j).pos();
            if (pos == null || pos.startsWith("NNP") || !pos.startsWith("NN") && !pos.startsWith("JJ")) {
                break;
            }
            if (j == trigger) {
                return false; // the noun is the event itself
            }
            if (pos.startsWith("NN")) {
                head = j;
            }
        }
        if (head < 0 || !rules.inClass(tokens.get(head).lemma(), "relative")
                || head + 1 < tokens.size() && Token.isPossessiveMark(tokens.get(head + 1).word())) {
            return false;
        }
        if (s.isParsed()) {
            Set<Integer> own = new HashSet<>();
            for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
                own.add(i);
            }
            Optional<GivenNameGender.Gender> gender = nameGender(tokens, own);
            boolean pronounParty = s.childrenOf(trigger).stream().anyMatch(c -> PARTY_RELATIONS.contains(c.relation())
                    && pronoun(tokens.get(c.dependent())) && !otherGender(tokens.get(c.dependent()), gender)
                    && !tokens.get(c.dependent()).word().equalsIgnoreCase("it"));
            if (pronounParty) {
                return false; // "Ann Lee's husband killed her": she is the one killed
            }
        }
        return true;
    }

    /**
     * Whether the parser left a verb trigger with no subject and no relation it could name (a bare
     * {@code dep}: "Police said Ann Lee, 31, and Bo Ray, 24, were charged", where the ages threw it):
     * its parse says nothing of who took part, and the words' order is read instead.
     */
    static boolean unattached(Sentence s, int trigger) {
        return s.tokens().get(trigger).isVerb()
                && s.headOf(trigger).map(d -> d.relation().equals("dep")).orElse(false)
                && s.childrenOf(trigger).stream().noneMatch(d -> d.relation().startsWith("nsubj"));
    }

    /**
     * Whether a name stands right before the verbs of custody's phrase of holding ({@link
     * #custodyPreposition}), with only verbs, auxiliaries and adverbs between: the one held ("Ann Lee
     * remains in custody", "was taken into custody", "police took Bo Ray into custody"); not "Ann Lee
     * took him into custody" (a word of another between).
     */
    private boolean heldInCustody(List<Token> tokens, int trigger, EntityMention m) {
        if (!tokens.get(trigger).isNoun() || !tokens.get(trigger).lemma().equalsIgnoreCase("custody")) {
            return false;
        }
        int preposition = custodyPreposition(tokens, trigger);
        if (preposition < 0 || m.tokenEnd() > preposition) {
            return false;
        }
        for (int k = m.tokenEnd(); k < preposition; k++) {
            Token x = tokens.get(k);
            if (!x.isVerb() && !x.pos().startsWith("RB") && !"MD".equals(x.pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name is the subject of a verb of state before the trigger's participle ("Ann Lee remains
     * held", "Bo Ray has remained jailed since May"): with only auxiliaries, modals and adverbs between, it
     * is the one the participle acts on.
     */
    private static boolean heldInState(List<Token> tokens, int trigger, EntityMention m) {
        int state = TriggerSense.stateVerb(tokens, trigger);
        if (state < 0 || m.tokenEnd() > state) {
            return false;
        }
        for (int k = m.tokenEnd(); k < state; k++) {
            Token x = tokens.get(k);
            if (!x.pos().startsWith("RB") && !"MD".equals(x.pos()) && !AUXILIARIES.contains(x.lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Relations of a clause under a word that tells of something else: a relative or an adverbial clause
     * ("…, when …", "…, where …"); not a complement, whose names may be what an announcement or a report is
     * about ("announced that Bolt would buy Acme").
     */
    private static boolean clauseRelation(String relation) {
        return relation.startsWith("acl:relcl") || relation.startsWith("advcl");
    }

    /**
     * Whether a name stands in a clause of a verb other than the trigger that does not hold the
     * trigger: a relative or adverbial clause ("…, when the firm was sold to Acme", "…, where she joined
     * Bolt"); the name is that verb's, not the trigger's.
     * A clause of a noun trigger itself keeps its names ("the claim that Lee resigned").
     */
    static boolean inClauseOfAnother(Sentence s, int trigger, EntityMention m) {
        int at = m.tokenEnd() - 1;
        for (int guard = 0; guard < s.tokens().size() && at >= 0; guard++) {
            if (at == trigger) {
                return false;
            }
            Optional<Dependency> up = s.headOf(at);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            if (at >= m.tokenBegin() && at < m.tokenEnd()) {
                at = up.get().governor();
                continue;
            }
            if (clauseRelation(up.get().relation())) {
                if (up.get().governor() == trigger && !s.tokens().get(trigger).isVerb()) {
                    return false;
                }
                // the clause must not hold the trigger
                int t = trigger;
                for (int g = 0; g < s.tokens().size() && t >= 0; g++) {
                    if (t == at) {
                        return false;
                    }
                    t = s.headOf(t).map(Dependency::governor).orElse(-1);
                }
                return true;
            }
            at = up.get().governor();
        }
        return false;
    }

    /**
     * Whether the trigger is the verb of a relative clause ("Bo Ray, who resigned in August") and the
     * name stands outside that clause: the main clause's names take no part in the relative's event.
     */
    static boolean outsideRelativeClause(Sentence s, int trigger, EntityMention m) {
        Optional<Dependency> up = s.headOf(trigger);
        if (up.isEmpty() || !up.get().relation().startsWith("acl:relcl")) {
            return false;
        }
        int antecedent = up.get().governor();
        int described = describedBy(s, antecedent);
        for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
            // inside: under the clause's verb, a word of the noun the clause is about ("Garuda
            // Indonesia Flight 200, which killed 21"), or the name that noun describes ("Ann Lee, a
            // nurse whose license was suspended")
            int at = k;
            for (int guard = 0; guard < s.tokens().size() && at >= 0 && at != trigger && at != antecedent
                    && at != described; guard++) {
                at = s.headOf(at).map(Dependency::governor).orElse(-1);
            }
            if (at >= 0 && (at == trigger || at == antecedent || at == described)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name after the trigger is the source of an attribution that closes the sentence ("Acme will
     * buy Bolt, Ann Lee said", "…, said Ann Lee"): it reports the event and takes no part in it.
     */
    private boolean closingSpeaker(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        int before = m.tokenBegin() - 1;
        if (m.tokenBegin() <= trigger || before < 1) {
            return false;
        }
        int after = m.tokenEnd();
        boolean saidBefore = finiteSpeech(tokens.get(before)) && tokens.get(before - 1).word().equals(",")
                && (after >= tokens.size() || !Character.isLetterOrDigit(tokens.get(after).word().charAt(0)));
        // "…, her lawyer Bo Ray said": a description of the speaker may stand between the comma and the name
        int comma = before;
        while (comma > trigger && DESCRIPTION_TAGS.contains(tokens.get(comma).pos()) && !tokens.get(comma).pos().startsWith("NNP")) {
            comma--;
        }
        boolean saysAfter = tokens.get(comma).word().equals(",") && after < tokens.size() && finiteSpeech(tokens.get(after));
        return saidBefore || saysAfter || accordingTo(tokens, trigger, m.tokenBegin());
    }

    /**
     * Whether a name after the trigger is the one "according to" whom it is told ("were charged,
     * according to Chief Ann Lee", "according to a statement from Acme", past up to six words
     * of a title or a document); no verb stands between.
     */
    private static boolean accordingTo(List<Token> tokens, int trigger, int name) {
        for (int k = name - 1; k > trigger && name - k <= 7; k--) {
            Token t = tokens.get(k);
            if (t.isVerb() || t.word().equals(";")) {
                return false;
            }
            if (t.word().equalsIgnoreCase("to") && k - 1 > trigger && tokens.get(k - 1).word().equalsIgnoreCase("according")) {
                return true;
            }
        }
        return false;
    }

    /** Tags of the words of a description before a closing speaker's name: "her lawyer", "the company's spokesman". */
    private static final Set<String> DESCRIPTION_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "NN", "NNS");

    /** A verb of speech in a finite form: "said", "says" (not "accusing", "to say"). */
    private boolean finiteSpeech(Token t) {
        return reportsSpeech(t) && Set.of("VBD", "VBZ", "VBP").contains(t.pos());
    }

    /**
     * The noun of a person a body's name only qualifies, or -1: "the head of Acme was charged", "a
     * spokesman for Acme", "a lawyer at Acme LLP" (word class {@code holder}, or a word the tagger
     * marks as a title, before "of", "for" or "at"). The trigger's own noun keeps its names ("the
     * arrest of Ann Lee").
     */
    private int holderOf(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        // the body's name before its holder's title and name: "Acme chief executive Ann Lee", "Acme spokesman Bo Ray"
        int after = m.tokenEnd();
        // the same in the possessive, before a holder set off by a comma: "Acme's founder, Ann Lee,"
        boolean owned = after + 2 < tokens.size() && Token.isPossessiveMark(tokens.get(after).word());
        if (owned) {
            after++;
        }
        while (after < tokens.size() && after < m.tokenEnd() + 3 + (owned ? 1 : 0) && after != trigger && tokens.get(after).pos() != null
                && (tokens.get(after).pos().startsWith("JJ") || tokens.get(after).pos().startsWith("NN") && !tokens.get(after).pos().startsWith("NNP"))) {
            Token t = tokens.get(after);
            boolean title = "TITLE".equals(t.ner()) || rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "holder");
            if (title && after + 1 < tokens.size() && "PERSON".equals(tokens.get(after + 1).ner())) {
                return after; // (the title right before the holder's name: not "Acme employee-controlled trusts")
            }
            if (owned && title && after + 2 < tokens.size() && tokens.get(after + 1).word().equals(",")
                    && "PERSON".equals(tokens.get(after + 2).ner())) {
                return after;
            }
            after++;
        }
        int i = m.tokenBegin() - 1;
        while (i >= 0 && (ARTICLES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                || tokens.get(i).word().equalsIgnoreCase("its"))) {
            i--;
        }
        if (i < 1 || !Set.of("of", "for", "at").contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int noun = i - 1;
        Token t = tokens.get(noun);
        return noun != trigger && t.pos() != null && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
                && ("TITLE".equals(t.ner()) || rules.inClass(t.lemma().toLowerCase(Locale.ROOT), "holder")) ? noun : -1;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Auxiliaries that may stand between a subject and its verb. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must");

    /**
     * Whether a name stands in another clause than the trigger, read from the words: a clause with
     * a subject of its own after ";", or after "and", "but" or "or" with a comma before it and no
     * verb after it ("…, and her husband was not arrested"), holding a verb of its own beside the
     * name. A verb joined with no subject ("charged with theft and arrested") is the same clause.
     */
    static boolean inOtherClause(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        boolean before = m.tokenBegin() < trigger;
        // the boundary between the two nearest the name
        int boundary = before ? nextBoundaryAfter(tokens, m.tokenBegin() + 1) : lastBoundaryBefore(tokens, m.tokenEnd() - 1);
        if (before ? boundary >= Math.max(trigger, m.tokenEnd() - 1) : boundary <= trigger) {
            return false;
        }
        // the name's clause: from the boundary (or the sentence's start) to the next boundary (or its end)
        int begin = before ? lastBoundaryBefore(tokens, m.tokenBegin()) + 1 : boundary + 1;
        int end = before ? boundary : nextBoundaryAfter(tokens, m.tokenEnd());
        for (int k = begin; k < end; k++) {
            Token t = tokens.get(k);
            if (k != trigger && (k < m.tokenBegin() || k >= m.tokenEnd()) && t.isVerb()
                    && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A word that opens a clause with a subject of its own: ";", or "and", "but", "or" after a comma and before no verb. */
    static boolean clauseBoundary(List<Token> tokens, int k) {
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (w.equals(";")) {
            return true;
        }
        if (!w.equals("and") && !w.equals("but") && !w.equals("or") || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return k > 0 && tokens.get(k - 1).word().equals(",") && !next.isVerb() && !next.isAdverb()
                && !next.word().equalsIgnoreCase("to");
    }

    /** The last clause boundary before token {@code k}, or -1. */
    private static int lastBoundaryBefore(List<Token> tokens, int k) {
        for (int i = k - 1; i >= 0; i--) {
            if (clauseBoundary(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first clause boundary ({@link #clauseBoundary}) at or after token {@code k}, or the sentence's length. */
    static int nextBoundaryAfter(List<Token> tokens, int k) {
        for (int i = k; i < tokens.size(); i++) {
            if (clauseBoundary(tokens, i)) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Tags of the words of an apposition's noun phrase: "an EADS-led consortium", "Europe's biggest maker". */
    private static final Set<String> APPOSITION_TAGS = Set.of("DT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS", "NN", "NNS",
            "NNP", "NNPS", "HYPH");

    /**
     * The closing comma of an apposition that opens with the comma at {@code comma}, before the trigger
     * ("Acme, Europe's biggest maker, has signed"; "AirTanker Ltd., an EADS-led consortium, have
     * signed"): a noun phrase of nouns, adjectives and attributive participles, with "of" between its
     * nouns ("the parent of Bolt"), ending in a comma before a verb; or a participle's phrase of a
     * preposition and its nouns ("Acme, based in Oakby, said"); -1 when there is none.
     */
    private static int appositionEnd(List<Token> tokens, int comma, int trigger) {
        if (!tokens.get(comma).word().equals(",")) {
            return -1;
        }
        if (comma + 2 < trigger && tokens.get(comma + 1).pos().matches("VBN|VBG")
                && "IN".equals(tokens.get(comma + 2).pos())) {
            // a participle's phrase: "Pellmoor Analytics, based in Dunleary, said"
            for (int k = comma + 3; k < trigger; k++) {
                Token x = tokens.get(k);
                if (x.word().equals(",")) {
                    return k + 1 < tokens.size() && (tokens.get(k + 1).isVerb() || tokens.get(k + 1).pos().equals("MD")
                            || tokens.get(k + 1).isAdverb()) ? k : -1;
                }
                if (!x.pos().matches("IN|DT|NNS?|NNPS?|JJ|CD|POS|PRP\\$|CC")) {
                    return -1;
                }
            }
            return -1;
        }
        boolean noun = false;
        for (int k = comma + 1; k < trigger; k++) {
            Token x = tokens.get(k);
            if (x.word().equals(",")) {
                return noun && k + 1 < tokens.size() && (tokens.get(k + 1).isVerb() || tokens.get(k + 1).pos().equals("MD")
                        || tokens.get(k + 1).isAdverb()) ? k : -1;
            }
            boolean word = APPOSITION_TAGS.contains(x.pos()) || x.word().equalsIgnoreCase("of") && noun
                    || Token.attributiveParticiple(tokens, k, false, true);
            if (!word) {
                return -1;
            }
            noun |= x.isNoun();
        }
        return -1;
    }

    /**
     * Whether the preposition at {@code preposition} opens a phrase inside one set off by commas right
     * before the trigger: a comma after a noun opens it, only participles, nouns and prepositions stand
     * in it (no verb of its own), and the name after the preposition closes it with a comma followed
     * by the trigger (past auxiliaries and adverbs).
     */
    private static boolean inSetOffPhrase(List<Token> tokens, int preposition, int nameEnd, int trigger) {
        if (nameEnd >= trigger || !tokens.get(nameEnd).word().equals(",")) {
            return false;
        }
        for (int i = nameEnd + 1; i < trigger; i++) {
            Token x = tokens.get(i);
            if (!x.isAdverb() && !x.pos().equals("MD") && !(x.isVerb() && AUXILIARIES.contains(x.lemma().toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        for (int k = preposition - 1; k >= 1 && k >= preposition - 10; k--) {
            Token x = tokens.get(k);
            if (x.word().equals(",")) {
                return k < preposition - 1 && tokens.get(k - 1).pos().matches("NNS?|NNPS?|PRP|CD");
            }
            if (x.pos().matches("VBD|VBZ|VBP|VB|MD") || x.pos().startsWith("W") || x.word().equalsIgnoreCase("that")) {
                return false; // a clause of its own: "Acme, which sued in Texas, said"
            }
        }
        return false;
    }

    /** Whether the noun phrase before "of" at {@code of} opens after a comma: an apposition ("Acme, the parent of"). */
    private static boolean inApposition(List<Token> tokens, int of) {
        int k = of - 1;
        while (k >= 0 && APPOSITION_TAGS.contains(tokens.get(k).pos()) && !tokens.get(k).pos().startsWith("NNP")) {
            k--;
        }
        return k < of - 1 && k >= 1 && tokens.get(k).word().equals(",");
    }

    /** Words that join two verbs sharing one subject: "was arrested and charged", "was neither charged nor arrested". */
    private static final Set<String> VERB_JOINERS = Set.of("and", "or", "nor", "but");

    /**
     * Whether the verb at {@code verb} is the first of two joined verbs whose second is the trigger
     * ("Lee was arrested on Friday and charged", "was neither charged nor arrested", "sued Acme and
     * won"): only the first verb's object or phrases, no other verb and no clause boundary, stand
     * before the joining word, and only adverbs and auxiliaries after it. The subject of the first
     * is the second's.
     */
    static boolean firstConjunct(List<Token> tokens, int verb, int trigger) {
        Token v = tokens.get(verb);
        if (!tokens.get(trigger).isVerb() || v.pos().equals("VBG") || tokens.get(trigger).pos().equals("VBG")) {
            return false;
        }
        int k = beforeAuxiliaries(tokens, trigger, verb);
        if (k <= verb || !VERB_JOINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = verb + 1; i < k; i++) {
            Token x = tokens.get(i);
            if (x.isVerb() || clauseBoundary(tokens, i) || x.word().equals(";") || x.word().equalsIgnoreCase("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A past form the tagger gave a participle after a form of "be" or "get" ("was neither charged",
     * "was not charged"; adverbs, "not" and "neither" may stand between): a passive.
     */
    static boolean participleAfterBe(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.pos().equals("VBN") && !v.pos().equals("VBD")) {
            return false;
        }
        int i = verb - 1;
        while (i >= 0 && (tokens.get(i).isAdverb() || tokens.get(i).word().equalsIgnoreCase("neither")
                || tokens.get(i).word().equalsIgnoreCase("not") || tokens.get(i).word().equalsIgnoreCase("n't"))) {
            i--;
        }
        if (i < 0 || !tokens.get(i).isVerb()) {
            return false;
        }
        String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        return lemma.equals("be") || lemma.equals("get");
    }

    /**
     * Prepositions by which a verb or an adjective takes a gerund whose subject is its own: "accused of
     * killing". Not "from": what one is banned, barred or kept from doing did not happen.
     */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("of", "with", "for");

    /** The most words of a title or description between an event noun's "of" and the name it describes. */
    private static final int DESCRIPTION_REACH = 6;

    /**
     * Whether a person's name is the object of the event noun's own "of" through a title or a
     * description before it: "the resignation of Interior Minister Ann Lee", "the stabbing of his
     * neighbor, Ann Lee", "the killing of a guard, Bo Ray" (the name is who the noun's "of" names).
     */
    private static boolean describedOfObject(List<Token> tokens, int trigger, EntityMention m) {
        if (trigger + 2 >= m.tokenBegin() || !tokens.get(trigger + 1).word().equalsIgnoreCase("of")
                || !"PERSON".equals(tokens.get(m.tokenBegin()).ner()) || m.tokenBegin() - trigger - 2 > DESCRIPTION_REACH) {
            return false;
        }
        for (int k = trigger + 2; k < m.tokenBegin(); k++) {
            Token w = tokens.get(k);
            boolean comma = w.word().equals(",");
            if (comma && k != m.tokenBegin() - 1) {
                return false; // only the comma that sets the name off its description
            }
            if (!comma && (w.pos() == null || !w.pos().matches("DT|PRP\\$|JJ|NN|NNP|POS|HYPH") || "PERSON".equals(w.ner()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb tells a past act in a clause of its own: a simple past with no auxiliary
     * ("police arrested", "the collapse killed") or a past passive ("were killed", "was later
     * charged"); not a perfect, a modal's or an infinitive's ("had fled", "could have killed", "to
     * arrest"), nor a participle that only describes a noun ("a man wanted in …").
     */
    static boolean pastNarration(List<Token> tokens, int verb) {
        String pos = tokens.get(verb).pos();
        int k = verb - 1;
        while (k >= 0 && tokens.get(k).isAdverb() && !NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        Token before = k >= 0 ? tokens.get(k) : null;
        if ("VBD".equals(pos)) {
            return before == null || !before.isVerb() && !"MD".equals(before.pos()) && !NEGATIONS.contains(before.word().toLowerCase(Locale.ROOT))
                    && !before.word().equalsIgnoreCase("to");
        }
        return "VBN".equals(pos) && before != null && (Set.of("was", "were").contains(before.word().toLowerCase(Locale.ROOT))
                || elidedPassive(tokens, verb));
    }

    /** Words of a count of people that stands for its verb's subject in a second clause: "and a dozen injured", "and three others hurt". */
    private static final Set<String> COUNT_WORDS = Set.of("dozen", "dozens", "hundreds", "scores", "others", "several",
            "many", "more", "some");

    /**
     * Whether a participle with no auxiliary tells a past passive whose "was" or "were" the clause
     * before it gives: "14 people were killed and a dozen injured", "two were killed, three others
     * hurt". A count of people (a number or a word of count) stands between "and" or a comma and the
     * participle, and a past passive's "was" or "were" stands before that.
     */
    private static boolean elidedPassive(List<Token> tokens, int verb) {
        int k = verb - 1;
        boolean count = false;
        while (k >= 0 && verb - k <= 4 && tokens.get(k).pos() != null && tokens.get(k).pos().matches("DT|CD|JJ|JJR|RB|IN|NNS?")
                && !tokens.get(k).word().equalsIgnoreCase("and")) {
            count |= "CD".equals(tokens.get(k).pos()) || COUNT_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
            k--;
        }
        if (!count || k < 1 || k == verb - 1 || !(tokens.get(k).word().equalsIgnoreCase("and") || tokens.get(k).word().equals(","))) {
            return false;
        }
        for (int i = k - 1; i >= 1; i--) {
            if ("VBN".equals(tokens.get(i).pos()) && Set.of("was", "were").contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name is said to be outside the group an event after it befell: "Ann Lee was not among
     * those arrested", "Bo Lee is not among the protesters detained" (a form of "be", a negation, then
     * "among" within four words before the trigger, only the group's words between). "Ann Lee was
     * among those arrested" keeps her.
     */
    static boolean notAmong(List<Token> tokens, int trigger, EntityMention m) {
        int k = m.tokenEnd();
        if (k >= trigger || !tokens.get(k).isVerb() || !tokens.get(k).lemma().equalsIgnoreCase("be")) {
            return false;
        }
        k++;
        if (k >= trigger || !NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        k++;
        while (k < trigger && tokens.get(k).isAdverb()) {
            k++; // "was not even among"
        }
        if (k >= trigger || !tokens.get(k).word().equalsIgnoreCase("among") || trigger - k > 4) {
            return false;
        }
        // only the group's own words up to the trigger: "among those arrested", "among the protesters
        // detained" (never "among the first group and was arrested an hour later")
        for (int x = k + 1; x < trigger; x++) {
            Token w = tokens.get(x);
            if (!w.isNoun() && !w.word().equalsIgnoreCase("those") && !"DT".equals(w.pos()) && !"JJ".equals(w.pos())) {
                return false;
            }
        }
        return true;
    }

    /** What a verdict of acquittal says of the noun or gerund after its "of" ({@link #acquittedOf}). */
    enum Acquitted {
        /** No acquittal governs the word. */
        NOT,
        /** The charge tried, bare ("acquitted of murder", "cleared of killing him"): no event is told. */
        OF_A_CHARGE,
        /** An act the phrase presupposes ("acquitted of the 2021 killing of a guard"): it took place. */
        OF_AN_ACT
    }

    /** Verbs of a verdict that clears the one tried of what its "of" names ("acquitted of", "cleared of"). */
    private static final Set<String> ACQUITTING_VERBS = Set.of("acquit", "clear", "exonerate");

    /**
     * Whether a noun or gerund event is what a verdict of acquittal clears someone of: the phrase of
     * "of" after "acquit", "clear", "exonerate" or "not guilty", with the one cleared, a day or an adverb
     * between ("a jury acquitted Ann Lee of murder", "was cleared on Monday of fraud", "found not guilty
     * of stabbing him"). A charge is no fact: the crime it names is no event, whoever did it; a noun with
     * a determiner or a possessive names an act that took place ("the 2021 killing of a guard", "his
     * wife's murder"). {@link Acquitted#NOT} for any other word ("convicted of murder", "pleaded guilty to").
     */
    static Acquitted acquittedOf(List<Token> tokens, int trigger) {
        Token t = tokens.get(trigger);
        if (!t.isTagged() || !t.isNoun() && !"VBG".equals(t.pos())) {
            return Acquitted.NOT;
        }
        boolean determined = false;
        int of = trigger - 1;
        while (of >= 0 && trigger - of <= 6 && !tokens.get(of).word().equalsIgnoreCase("of")) {
            Token w = tokens.get(of);
            if (!w.isTagged()) {
                return Acquitted.NOT;
            }
            if (w.isVerb() && !"VBG".equals(w.pos()) && !"VBN".equals(w.pos()) || Set.of(",", ";", "(").contains(w.word())) {
                return Acquitted.NOT;
            }
            determined |= Set.of("DT", "PRP$", "POS").contains(w.pos()) || Token.isPossessiveMark(w.word());
            of--;
        }
        if (of < 1 || !tokens.get(of).word().equalsIgnoreCase("of")) {
            return Acquitted.NOT;
        }
        for (int k = of - 1; k >= 0 && of - k <= 6; k--) {
            Token w = tokens.get(k);
            if (!w.isTagged() || w.lemma() == null) {
                return Acquitted.NOT;
            }
            String lemma = w.lemma().toLowerCase(Locale.ROOT);
            if (w.isVerb() && ACQUITTING_VERBS.contains(lemma)
                    || w.word().equalsIgnoreCase("guilty") && k >= 1 && NEGATIONS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                return determined ? Acquitted.OF_AN_ACT : Acquitted.OF_A_CHARGE;
            }
            // between the verb and "of": the one cleared, a day, an adverb ("cleared Ann Lee on Monday of")
            boolean between = w.pos().startsWith("NNP") || w.pos().equals("PRP") || w.pos().startsWith("RB")
                    || w.pos().equals("CD") || w.pos().equals("DT") || "DATE".equals(w.ner()) || "TIME".equals(w.ner())
                    || Set.of("on", "in", "last", "this").contains(w.word().toLowerCase(Locale.ROOT));
            if (!between) {
                return Acquitted.NOT;
            }
        }
        return Acquitted.NOT;
    }

    /** Acts that presuppose the crime their phrase names: "charged in the killing of …", "arrested in the shooting". */
    private static final Set<EventType> ACTS_ON_A_CRIME = java.util.EnumSet.of(EventType.CHARGE, EventType.ARREST,
            EventType.CONVICTION, EventType.SENTENCING, EventType.DETENTION);

    /**
     * Whether a noun of a harm done ("the killing", "the shooting") is the phrase of "in" or "for"
     * after a charge, an arrest, a conviction or a sentence told in the past: "A man was charged on
     * Monday in the killing of a farmer", "was arrested for the stabbing" tell that the killing or the
     * stabbing took place, whether or not its victim is named. Not after an act not told as past
     * ("could be charged in the killing").
     */
    static boolean actCharged(List<Token> tokens, int noun, EventType type, List<Match> matches) {
        if (!tokens.get(noun).isNoun() || type != EventType.KILLING && type != EventType.ATTACK || noun < 2
                || !Set.of("the", "a").contains(tokens.get(noun - 1).word().toLowerCase(Locale.ROOT))
                || !Set.of("in", "for").contains(tokens.get(noun - 2).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = noun - 3; k >= 0 && noun - k <= 8; k--) {
            Token t = tokens.get(k);
            if (t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
            if (t.isVerb()) {
                final int verb = k;
                return matches.stream().anyMatch(m -> m.token() == verb && ACTS_ON_A_CRIME.contains(m.type()))
                        && pastNarration(tokens, verb);
            }
        }
        return false;
    }

    /**
     * The date that opens an event noun's phrase after its determiner: "the 2023 stabbing", "the May 10
     * shooting", "a 2019 ruling" (the tagger may read the noun as a participle after the number: it is
     * still the noun's date, whatever the parse made of it). Empty when none stands there.
     */
    static Optional<TimeMention> dateBeforeNoun(Sentence s, int trigger, List<TimeMention> times) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        if (trigger < 2 || !(t.isNoun() || "VBG".equals(t.pos()))) {
            return Optional.empty();
        }
        for (TimeMention m : times) {
            int first = s.tokenAt(m.begin());
            int last = s.tokenAt(m.end() - 1);
            if (first >= 1 && last == trigger - 1 && Set.of("DT", "PRP$").contains(tokens.get(first - 1).pos())
                    && tokens.get(first).pos() != null && !tokens.get(first).pos().startsWith("RB")) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Words that open a clause reduced to its participle before the main clause ("If convicted, …"). */
    private static final Set<String> REDUCED_OPENERS = Set.of("if", "once", "unless", "when", "until", "after",
            "though", "although", "while");

    /** Words that open a participle clause of time or manner after the main clause: "before fleeing", "after shooting". */
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("before", "after", "while", "when", "since", "without",
            "upon", "by");

    /**
     * Whether a name is the object of the verb before it and a participle clause opened by a word of
     * time or manner follows it: "stabbed Ann Lee before fleeing", "robbed Bo Ray after threatening
     * him" (the participle's subject is the main clause's, never its object).
     */
    static boolean objectBeforeParticiple(List<Token> tokens, int trigger, EntityMention m) {
        if (!"VBG".equals(tokens.get(trigger).pos()) || m.tokenEnd() != trigger - 1
                || !PARTICIPLE_OPENERS.contains(tokens.get(trigger - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = m.tokenBegin() - 1;
        while (k >= 0 && tokens.get(k).pos() != null && (tokens.get(k).pos().matches("DT|PRP\\$|JJ|NN")
                || "TITLE".equals(tokens.get(k).ner()) || tokens.get(k).word().equals(","))) {
            k--; // "stabbed his cousin, Ann Lee, before", "shot Officer Ann Lee before"
        }
        return k >= 0 && tokens.get(k).isVerb() && !AUXILIARIES.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT));
    }

    /** Tags of the words of a verb's complement before a gerund's preposition ("to life in prison", "to 12 years"). */
    private static final Set<String> COMPLEMENT_TAGS = Set.of("IN", "TO", "DT", "CD", "JJ", "NN", "NNS", "$", "PRP$");
    /** The longest complement skipped before a gerund's preposition. */
    private static final int COMPLEMENT_REACH = 6;

    /**
     * Where a verb's complement that stands right before a gerund's preposition begins ("was sentenced
     * [to life in prison] for killing": the word after "sentenced"), or the preposition itself when
     * none does. The complement opens with "to" or "in" and holds only small-letter words, numbers and
     * prepositions, no verb, comma or name, within a few words; with none of these the preposition
     * follows the verb or its object ("accused Lee of killing").
     */
    private static int complementStart(List<Token> tokens, int p) {
        int k = p - 1;
        int open = -1;
        while (k >= 0 && p - k <= COMPLEMENT_REACH && tokens.get(k).pos() != null && COMPLEMENT_TAGS.contains(tokens.get(k).pos())
                && !tokens.get(k).word().equals(",")) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("to") || w.equals("in")) {
                open = k;
            }
            k--;
        }
        if (open < 0 || k < 0) {
            return p;
        }
        // the complement reaches back to its opening word, which follows the verb or its object
        Token head = tokens.get(open - 1 >= 0 ? open - 1 : 0);
        boolean afterVerb = head.isVerb() && !AUXILIARIES.contains(head.lemma().toLowerCase(Locale.ROOT));
        boolean afterName = head.pos() != null && head.pos().startsWith("NNP");
        return open >= 1 && (afterVerb || afterName) ? open : p;
    }

    /** Verbs by which one tells of one's own act, with a gerund or "to" and a gerund ({@link #ownActTeller}). */
    private static final Set<String> OWN_ACT_TELLERS = Set.of("admit", "confess", "deny", "acknowledge", "concede");

    /**
     * The verb by which its subject tells of an act of its own that the gerund after it names ("Lee
     * admitted stealing", "denied killing", "confessed to killing", "pleaded guilty to stealing"), the
     * word before the gerund being at {@code p}; -1 for none.
     */
    private static int ownActTeller(List<Token> tokens, int p) {
        if (p < 1) {
            return -1;
        }
        int v = p;
        if (tokens.get(p).word().equalsIgnoreCase("to")) {
            v = p - 1;
            if (tokens.get(v).word().equalsIgnoreCase("guilty")) {
                v--; // "pleaded (not) guilty to stealing"
                if (v >= 0 && NEGATIONS.contains(tokens.get(v).word().toLowerCase(Locale.ROOT))) {
                    v--;
                }
                return v >= 1 && tokens.get(v).isVerb() && tokens.get(v).lemma().equalsIgnoreCase("plead") ? v : -1;
            }
        }
        Token t = tokens.get(v);
        return v >= 1 && t.isVerb() && !t.pos().equals("VBG")
                && OWN_ACT_TELLERS.contains(t.lemma().toLowerCase(Locale.ROOT)) ? v : -1;
    }

    /** The last word before a verb's auxiliaries, adverbs and negation (where its subject ends), or -1. */
    private static int subjectBefore(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).isAdverb() || tokens.get(k).pos().equals("MD")
                || NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                || tokens.get(k).isVerb() && AUXILIARIES.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (k >= 1 && tokens.get(k).word().equalsIgnoreCase("who") && tokens.get(k - 1).word().equals(",")) {
            k -= 2; // "Ann Lee, who admitted …"
        }
        return k;
    }

    /**
     * The role of a name in a gerund trigger whose subject the text leaves out because the verb
     * before its preposition gives it: the subject of a passive or of a copula ("Lee is accused of
     * killing Bo", "was charged with murdering", "was found guilty of bribing", "who was arrested for
     * stealing") or the object of an active verb ("police accused Lee of killing Bo") did the act:
     * the agent ("being arrested": the patient). {@link ParticipantRole#OTHER} for any other name.
     */
    static ParticipantRole gerundSubject(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(trigger).pos().equals("VBG")) {
            return ParticipantRole.OTHER;
        }
        int p = trigger - 1;
        boolean passive = false;
        while (p >= 0 && tokens.get(p).isVerb() && Set.of("be", "have", "get").contains(tokens.get(p).lemma().toLowerCase(Locale.ROOT))) {
            passive |= tokens.get(p).word().equalsIgnoreCase("being") || tokens.get(p).word().equalsIgnoreCase("been");
            p--;
        }
        ParticipantRole role = passive ? ParticipantRole.PATIENT : ParticipantRole.AGENT;
        int teller = ownActTeller(tokens, p);
        if (teller >= 0) {
            return subjectBefore(tokens, teller) == m.tokenEnd() - 1 ? role : ParticipantRole.OTHER;
        }
        if (p < 2 || !GERUND_PREPOSITIONS.contains(tokens.get(p).word().toLowerCase(Locale.ROOT))) {
            return ParticipantRole.OTHER;
        }
        // the verb's own complement may stand before the preposition: "was sentenced to life in prison for
        // killing", "sentenced Lee to 12 years for stealing", "was jailed last year for robbing"
        int before = complementStart(tokens, p);
        // the active verb's object: "accused Lee of killing"
        if (m.tokenEnd() == before && m.tokenBegin() >= 1 && tokens.get(m.tokenBegin() - 1).isVerb()
                && !AUXILIARIES.contains(tokens.get(m.tokenBegin() - 1).lemma().toLowerCase(Locale.ROOT))) {
            return role;
        }
        // the subject of a passive or copula: the verb phrase right before the preposition
        int k = before - 1;
        boolean be = false;
        boolean verb = false;
        while (k >= 0 && (tokens.get(k).isVerb() || tokens.get(k).isAdverb() || tokens.get(k).pos().startsWith("JJ")
                || tokens.get(k).pos().equals("MD") || tokens.get(k).word().equalsIgnoreCase("not"))) {
            String lemma = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
            be |= tokens.get(k).isVerb() && (lemma.equals("be") || lemma.equals("get"));
            verb |= tokens.get(k).isVerb() && !AUXILIARIES.contains(lemma) || tokens.get(k).pos().startsWith("JJ");
            k--;
        }
        if (!be || !verb || k < 0) {
            return ParticipantRole.OTHER; // "Lee sued Bo for defaming": no passive, the subject's own verb
        }
        if (k >= 1 && tokens.get(k).word().equalsIgnoreCase("who") && tokens.get(k - 1).word().equals(",")) {
            k -= 2; // "Ann Lee, who is accused of …"
        }
        return m.tokenEnd() - 1 == k ? role : ParticipantRole.OTHER;
    }

    /**
     * The role of a mention in a sentence without a parse: the subject is the nearest name before
     * a verb trigger with no other verb between (the patient when the verb is passive, "was
     * arrested"); a name right after the trigger is its object, and "by X" its agent.
     */
    static ParticipantRole roleByPosition(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        if (m.tokenEnd() <= trigger) {
            if (!t.isVerb() || crossesClause(s, m.tokenEnd() - 1, trigger)) {
                return ParticipantRole.OTHER;
            }
            boolean setOff = m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).word().equals(",");
            for (int k = m.tokenBegin() - 1; k >= 0 && !tokens.get(k).isVerb(); k--) {
                if (tokens.get(k).word().equals(",") && !(setOff && k == m.tokenBegin() - 1)) {
                    break; // "Between May and June, Ann Lee …": a phrase closed before the name
                }
                if (tokens.get(k).word().equalsIgnoreCase("between") || tokens.get(k).word().equalsIgnoreCase("among")) {
                    // "talks between the union and the port's operator, Calloway Terminals, broke down":
                    // a name inside "between" or "among" says whose talks, it does not act
                    return ParticipantRole.OTHER;
                }
            }
            int previous = m.tokenBegin() - 1;
            while (previous >= 0 && "DT".equals(tokens.get(previous).pos())) {
                previous--;
            }
            if (previous >= 0 && tokens.get(previous).word().equalsIgnoreCase("of") && inApposition(tokens, previous)) {
                // "Acme, the parent of Bolt, sued": a name after "of" in an apposition only qualifies its noun
                // ("the president of Acme announced" keeps Acme, which acts through its people)
                return ParticipantRole.OTHER;
            }
            if (previous >= 0 && "IN".equals(tokens.get(previous).pos()) && inSetOffPhrase(tokens, previous, m.tokenEnd(), trigger)) {
                // "The study, published on Friday in the Journal of Hill Medicine, followed 1,200 patients",
                // "The pill, a drug made by Grisedale Pharma, cut": a name in a phrase set off by commas
                // between the subject and its verb, after a preposition, only qualifies that phrase
                return ParticipantRole.OTHER;
            }
            boolean conjoinedVerb = m.tokenEnd() < trigger && tokens.get(m.tokenEnd()).word().equalsIgnoreCase("and");
            for (int i = m.tokenEnd() + 1; i < trigger && conjoinedVerb; i++) {
                conjoinedVerb = tokens.get(i).isAdverb() || AUXILIARIES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
            }
            if (conjoinedVerb && previous >= 0 && "IN".equals(tokens.get(previous).pos())
                    && !tokens.get(previous).word().equalsIgnoreCase("of")) {
                // "pleaded not guilty in Oakby Court and was released": a place or body the first verb's
                // phrase names is not the second verb's subject
                return ParticipantRole.OTHER;
            }
            // a job title before the object ("fired manager Ann Lee in May and hired Bo Ray", "fired its IT
            // director, Ann Lee, and hired …"): the name is still the first verb's object
            int governor = previous;
            while (governor >= 0 && governor > m.tokenBegin() - 6 && titleBeforeObject(tokens, governor)) {
                governor--;
            }
            if (governor != previous && governor >= 0 && tokens.get(governor).isVerb()
                    && !AUXILIARIES.contains(tokens.get(governor).lemma().toLowerCase(Locale.ROOT))
                    && firstConjunct(tokens, governor, trigger)) {
                return ParticipantRole.OTHER;
            }
            boolean objectOfFirst = previous >= 0 && tokens.get(previous).isVerb() && firstConjunct(tokens, previous, trigger);
            if ((conjoinedVerb || objectOfFirst) && previous >= 0 && tokens.get(previous).isVerb()
                    && !AUXILIARIES.contains(tokens.get(previous).lemma().toLowerCase(Locale.ROOT))) {
                // "police arrested Ann Lee and charged her": the object of the first verb, not the second's subject
                return ParticipantRole.OTHER;
            }
            if (t.pos().equals("VBG") && tokens.get(trigger - 1).word().equals(",") && previous >= 0
                    && (tokens.get(previous).isVerb() || tokens.get(previous).pos().equals("IN"))) {
                // "Acme sued Ann Lee, accusing her of fraud": the participle's subject is the clause's, never
                // the object before its comma
                return ParticipantRole.OTHER;
            }
            if (relativeOfAnotherNoun(tokens, m, trigger)) {
                // "fined Ann Lee 500 euros over a landslide that buried a road": the landslide buried it
                return ParticipantRole.OTHER;
            }
            boolean passive = false;
            boolean coordinated = false;
            for (int i = m.tokenEnd(); i < trigger; i++) {
                Token between = tokens.get(i);
                String lemma = between.lemma().toLowerCase(Locale.ROOT);
                int apposition = i == m.tokenEnd() ? appositionEnd(tokens, i, trigger) : -1;
                if (apposition > i) {
                    i = apposition; // "AirTanker Ltd., an EADS-led consortium, has signed": the name is the subject
                    continue;
                }
                if (i == m.tokenEnd() && i + 3 < trigger && between.word().equals(",") && tokens.get(i + 1).pos().equals("CD")
                        && tokens.get(i + 2).word().equals(",") && tokens.get(i + 3).word().equalsIgnoreCase("and")) {
                    // "Dorian Kellsby, 31, and Marcus Feyne, 24, were charged": an age between the name and "and"
                    coordinated = true;
                    i += 3;
                    continue;
                }
                if (between.isVerb() && !AUXILIARIES.contains(lemma) && !(i + 1 < trigger
                        && tokens.get(i + 1).word().equalsIgnoreCase("to") && t.pos().equals("VB"))
                        && !firstConjunct(tokens, i, trigger)) {
                    // "the judge said agents arrested him": the judge is not the arrester; "Acme is
                    // preparing to release", "Lee plans to appeal": the subject of the infinitive's verb is
                    return ParticipantRole.OTHER;
                }
                if (between.isVerb() && !AUXILIARIES.contains(lemma) && firstConjunct(tokens, i, trigger)) {
                    // the first of two joined verbs: its object and phrases are its own ({@link #firstConjunct})
                    i = beforeAuxiliaries(tokens, trigger, i);
                    continue;
                }
                if (i == m.tokenEnd() && lemma.equals("and")) {
                    coordinated = true; // "Acme and Bolt outbid ...": both are the subject
                    continue;
                }
                if (between.word().equalsIgnoreCase("whose")) {
                    return ParticipantRole.OTHER; // "Acme, whose jet first flew in 2005": the jet flew, not Acme
                }
                if ((between.ner().equals("PERSON") || between.ner().equals("ORGANIZATION")) && !coordinated) {
                    return ParticipantRole.OTHER; // a nearer name is the subject
                }
                if (!coordinated && between.word().equalsIgnoreCase("where")) {
                    // "taught at the Ardle Institute, where she retired in 2004": the place a "where"
                    // clause is about is no actor ("thanked Ann Lee as she retired" keeps her: a pronoun
                    // may stand for the name itself)
                    return ParticipantRole.OTHER;
                }
                passive |= lemma.equals("be") || lemma.equals("get");
            }
            return passive && (t.pos().equals("VBN") || participleAfterBe(tokens, trigger))
                    ? ParticipantRole.PATIENT : ParticipantRole.AGENT;
        }
        int b = m.tokenBegin() - 1;
        while (b > trigger && ARTICLES.contains(tokens.get(b).word().toLowerCase(Locale.ROOT))) {
            b--;
        }
        String before = tokens.get(b).word().toLowerCase(Locale.ROOT);
        if (before.equals("by")) {
            // the "by" phrase of a participle between is that verb's: "has yet to rule on the challenge
            // filed by Quillon Haulage" (the filer is no ruler); "was shot and killed by" shares it; a
            // noun's maker stays its agent ("a statement issued by Acme": Acme's statement)
            return t.isVerb() && participleBetween(tokens, trigger, b) ? ParticipantRole.OTHER : ParticipantRole.AGENT;
        }
        if (before.equals(",") && b == trigger + 1 && "VBN".equals(t.pos()) && trigger >= 1
                && REDUCED_OPENERS.contains(tokens.get(trigger - 1).word().toLowerCase(Locale.ROOT))) {
            // "If convicted, Ann Lee faces life", "Once released, Bo Ray will leave": the participle's
            // clause has the main clause's subject, who would undergo it
            return ParticipantRole.PATIENT;
        }
        if (!t.isVerb()) {
            int prep = prepositionOfJoined(tokens, trigger, m);
            String word = tokens.get(prep).word().toLowerCase(Locale.ROOT);
            return (word.equals("of") || word.equals("against")) && ownPreposition(tokens, trigger, prep)
                    || describedOfObject(tokens, trigger, m) ? ParticipantRole.PATIENT : ParticipantRole.OTHER;
        }
        // "selected Velmont-based Acme": a place and a participle before the name only modify it
        boolean modified = m.tokenBegin() > trigger + 1 && Token.attributiveParticiple(tokens, m.tokenBegin() - 1, false, true);
        // "fired manager Ann Lee", "fired its IT director, Ann Lee": a job title before the object in small letters
        int titled = m.tokenBegin() - 1;
        while (titled > trigger && titleBeforeObject(tokens, titled)) {
            titled--;
        }
        boolean person = "PERSON".equals(tokens.get(m.tokenBegin()).ner());
        for (int i = trigger + 1; i < m.tokenBegin(); i++) {
            String pos = tokens.get(i).pos();
            if (person && titled == trigger && i > trigger + 1 || person && titled == trigger && titleBeforeObject(tokens, i)) {
                continue;
            }
            if (!pos.equals("DT") && !pos.equals("JJ") && !pos.equals("PRP$") && !tokens.get(i).ner().equals("TITLE")
                    && !(pos.equals("RP") && i == trigger + 1)
                    && !(modified && (i == m.tokenBegin() - 1 || pos.equals("NNP") || pos.equals("HYPH")))) {
                return ParticipantRole.OTHER;
            }
        }
        return ParticipantRole.PATIENT;
    }

    /**
     * The word before a name after a trigger, past the articles and past the names joined before it
     * ("of Acme and Bolt": "of" for both); the trigger itself when nothing else stands between.
     */
    private static int prepositionOfJoined(List<Token> tokens, int trigger, EntityMention m) {
        int k = m.tokenBegin() - 1;
        while (k > trigger && ARTICLES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k > trigger && (tokens.get(k).word().equalsIgnoreCase("and") || tokens.get(k).word().equals(","))) {
            int j = k;
            boolean and = false;
            while (j > trigger && (ARTICLES.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                    || properNoun(tokens.get(j)) || tokens.get(j).word().equals(",")
                    || tokens.get(j).word().equalsIgnoreCase("and"))) {
                and |= tokens.get(j).word().equalsIgnoreCase("and");
                j--;
            }
            // only past a name joined by "and" ("of Acme and Bolt", "of Acme, Bolt and Coil"), not past a
            // common noun ("of the bank and Acme") nor a comma alone ("After the death of Ann Lee, Bo Ray
            // took over": Bo Ray opens the clause)
            for (int n = j + 1; n < k && and; n++) {
                if (properNoun(tokens.get(n))) {
                    return j;
                }
            }
        }
        return k;
    }

    /** A proper noun, singular or plural ("Holdings", "Industries" are NNPS). */
    private static boolean properNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP");
    }

    /**
     * Whether a name after a trigger only qualifies another noun, the object of an infinitive past a verb of
     * another clause: "A lawsuit filed by Ann Lee seeks to block the merger of Acme and Bolt" (the banks are
     * the merger's, not the lawsuit's nor the filing's); "The lawsuit accuses Acme" keeps Acme (no "of" of
     * another noun).
     */
    private static boolean ofAnotherClausesNoun(List<Token> tokens, int trigger, EntityMention m) {
        if (m.tokenBegin() <= trigger) {
            return false;
        }
        int k = prepositionOfJoined(tokens, trigger, m);
        if (k <= trigger + 1 || !tokens.get(k).word().equalsIgnoreCase("of")
                || !"NN".equals(tokens.get(k - 1).pos()) && !"NNS".equals(tokens.get(k - 1).pos())) {
            return false;
        }
        // a verb of another clause, and the infinitive of its aim, whose object the noun is ("seeks to block the
        // merger of"); a noun event's own predicate ("the sanctions froze the assets of Acme") is not enough
        boolean finite = false;
        for (int v = trigger + 1; v < k - 1; v++) {
            Token t = tokens.get(v);
            if (t.pos() != null && t.pos().matches("VB[DZP]") && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                finite = true;
            } else if (finite && t.word().equalsIgnoreCase("to") && v + 1 < k - 1 && "VB".equals(tokens.get(v + 1).pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the preposition at {@code prep} belongs to the event noun at {@code trigger}: only names,
     * modifiers and participles of the noun's own phrase stand between ("the arrest of", "charges filed
     * against"); another noun or a finite verb between makes it another word's ("a lawsuit filed by Ann
     * Lee seeks to block the merger of Acme": the merger's, not the lawsuit's).
     */
    private static boolean ownPreposition(List<Token> tokens, int trigger, int prep) {
        for (int k = trigger + 1; k < prep; k++) {
            String pos = tokens.get(k).pos();
            // the noun's own complement or time may stand between: "charges of fraud against", "the
            // arrest today of", "its acquisition last year of"
            boolean own = pos != null && (pos.equals("NN") || pos.equals("NNS")) && (TriggerSense.isTimeWord(tokens.get(k))
                    || tokens.get(k - 1).word().equalsIgnoreCase("of") && k - 1 == trigger + 1);
            if (pos == null || !own && (pos.equals("NN") || pos.equals("NNS")) || pos.matches("VB[DZP]?|MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of a job title before a person's name as an object: a determiner, a possessive, an
     * adjective, a singular noun in small letters, or a comma right after a noun ("manager", "its IT
     * director,"); never a plural ("told reporters Ann Lee had left").
     */
    private static boolean titleBeforeObject(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String pos = t.pos();
        if (pos == null) {
            return false;
        }
        if (t.word().equals(",")) {
            return i >= 1 && tokens.get(i - 1).pos() != null && tokens.get(i - 1).pos().equals("NN");
        }
        return pos.equals("DT") || pos.equals("PRP$") || pos.equals("JJ") || pos.equals("NN") || "TITLE".equals(t.ner());
    }

    /** Relative pronouns that stand for the noun a relative clause modifies. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");

    /**
     * Whether the trigger's clause is a relative one ("that", "which", "who" tagged as a relative
     * pronoun between the name and the trigger) whose noun is not the name: neither right after it
     * ("Ann Lee, who resigned") nor a noun phrase in apposition to it ("Ann Lee, a nurse who …") or
     * after a copula ("Lee is the man who …").
     */
    private static boolean relativeOfAnotherNoun(List<Token> tokens, EntityMention m, int trigger) {
        int relative = -1;
        for (int i = trigger - 1; i >= m.tokenEnd(); i--) {
            Token t = tokens.get(i);
            if (RELATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().matches("WDT|WP")) {
                relative = i;
                break;
            }
        }
        if (relative < 0 || relative == m.tokenEnd()) {
            return false;
        }
        // a noun in apposition ("Ann Lee, a nurse who …") or after a copula ("Lee is the man who …") is the name
        Token next = tokens.get(m.tokenEnd());
        if (!next.word().equals(",") && !"be".equalsIgnoreCase(next.lemma())) {
            return true;
        }
        for (int i = m.tokenEnd() + 1; i < relative; i++) {
            Token t = tokens.get(i);
            // "Ann Lee, 34, who …", "Ann Lee, the mayor of Dover, who …"
            if (!APPOSITION_TAGS.contains(t.pos()) && !t.word().equals(",") && !t.word().equalsIgnoreCase("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role of the name a relative clause modifies when the clause's verb is the trigger and a relative
     * pronoun is its subject or object ("Ann Lee, who was arrested in May, …", "Acme, which sued Bolt
     * on Monday, …", "Ann Lee, whom police arrested", "Ann Lee, a nurse who was arrested");
     * {@link ParticipantRole#OTHER} otherwise.
     */
    private static ParticipantRole relativeRole(Sentence s, int trigger, EntityMention m) {
        Optional<Dependency> up = s.headOf(trigger);
        if (up.isEmpty() || !up.get().relation().startsWith("acl:relcl")) {
            return ParticipantRole.OTHER;
        }
        // the noun the clause modifies is the name, or a description in apposition to it ("Ann
        // Lee, a nurse who was arrested in May")
        int antecedent = up.get().governor();
        int named = describedBy(s, antecedent);
        if ((antecedent < m.tokenBegin() || antecedent >= m.tokenEnd()) && (named < m.tokenBegin() || named >= m.tokenEnd())) {
            return ParticipantRole.OTHER;
        }
        // "Ann Lee, who police say killed Bo": the verb of speech the parser took for an auxiliary, and its
        // subject for the clause's; the name the clause tells of is who did it (or underwent it: "who
        // police say was killed")
        boolean spokenAux = s.childrenOf(trigger).stream().anyMatch(d -> d.relation().equals("aux")
                && s.tokens().get(d.dependent()).isVerb() && !"MD".equals(s.tokens().get(d.dependent()).pos())
                && !AUXILIARIES.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
        if (spokenAux) {
            return s.childrenOf(trigger).stream().anyMatch(d -> d.relation().equals("aux:pass"))
                    ? ParticipantRole.PATIENT : ParticipantRole.AGENT;
        }
        for (Dependency d : s.childrenOf(trigger)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (!RELATIVE_PRONOUNS.contains(w)) {
                continue;
            }
            if (d.relation().equals("nsubj")) {
                return ParticipantRole.AGENT;
            }
            if (d.relation().equals("nsubj:pass") || d.relation().equals("obj")) {
                return ParticipantRole.PATIENT;
            }
        }
        return ParticipantRole.OTHER;
    }

    /** The word a noun stands in apposition to ("Ann Lee, a nurse"), or the noun itself. */
    private static int describedBy(Sentence s, int noun) {
        return s.headOf(noun).filter(d -> d.relation().equals("appos")).map(Dependency::governor).orElse(noun);
    }

    private static ParticipantRole roleByParse(Sentence s, int trigger, EntityMention m, EntityType type) {
        return roleByParse(s, trigger, m, type, null);
    }

    /** Acts of one alone, with no object: the name an event noun's own "of" names did them ("the resignation of Ann Lee"). */
    private static final Set<EventType> INTRANSITIVE_ACTS = java.util.EnumSet.of(EventType.RESIGNATION, EventType.DEATH);

    /**
     * Steps a body takes against a person, which the person undergoes: the name an event noun's own
     * "of" names is the one acted on, as the verb's object would be ("the arrest of Bo Ray", "the
     * release of Ann Lee", "the extradition of Bo Ray", "the conviction of Ann Lee").
     */
    private static final Set<EventType> UNDERGONE_ACTS = java.util.EnumSet.of(EventType.ARREST, EventType.DETENTION,
            EventType.RELEASE, EventType.CHARGE, EventType.CONVICTION, EventType.SENTENCING, EventType.DEPORTATION,
            EventType.EXTRADITION_REQUEST);

    /**
     * The role of the name an event noun's own "of" names: who was harmed in a killing, an attack or an
     * injury ("the stabbing of Ann Lee") or underwent a step against a person ({@link #UNDERGONE_ACTS}:
     * "the arrest of Bo Ray"); who did an act of one alone, as the verb's subject would be ("the
     * resignation of Ann Lee", "the death of Bo Ray"); null for other events ("the trial of Ann Lee":
     * the defendant, or a body's trial of a drug).
     */
    private static ParticipantRole ownOfRole(EventType eventType) {
        if (eventType == EventType.KILLING || eventType == EventType.ATTACK || eventType == EventType.INJURY
                || UNDERGONE_ACTS.contains(eventType)) {
            return ParticipantRole.PATIENT;
        }
        return INTRANSITIVE_ACTS.contains(eventType) ? ParticipantRole.AGENT : null;
    }

    /**
     * {@link #ownOfRole} for the trigger itself: the company a takeover's or an acquisition's own "of"
     * names is the one bought ("its acquisition of Bolt", "the takeover of Bolt"); a merger's "of"
     * names its sides, no one bought ("the merger of Acme and Bolt").
     */
    private static ParticipantRole ownOfRole(EventType eventType, Token trigger) {
        if (eventType == EventType.ACQUISITION && !trigger.isVerb()
                && !trigger.lemma().toLowerCase(Locale.ROOT).equals("merger")) {
            return ParticipantRole.PATIENT;
        }
        return ownOfRole(eventType);
    }

    /**
     * The role of a name by the parse; with {@code ofRole} ({@link #ownOfRole}) the name an
     * event noun's own "of" names takes it: who was harmed in a killing, an attack, an injury ("the stabbing of his neighbor, Ann Lee"),
     * who was arrested ("the arrest of Bo Ray"); the "of" of another event noun keeps role other ("the trial of Ann Lee").
     */
    private static ParticipantRole roleByParse(Sentence s, int trigger, EntityMention m, EntityType type, ParticipantRole ofRole) {
        ParticipantRole relative = relativeRole(s, trigger, m);
        if (relative != ParticipantRole.OTHER) {
            return relative;
        }
        // the verbs whose infinitive the trigger is, with no object of their own: their subject is the
        // trigger's ("Acme, Bolt's rival, is preparing to release a jet"; not "police asked Lee to leave")
        Set<Integer> controllers = new HashSet<>();
        int c = trigger;
        for (int k = 0; k < 3; k++) {
            Optional<Dependency> up = s.headOf(c);
            if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("xcomp") && !adjectiveInfinitive(s, up.get())) {
                break;
            }
            c = up.get().governor();
            int controller = c;
            if (s.childrenOf(controller).stream().anyMatch(d -> d.relation().equals("obj") || d.relation().equals("iobj"))) {
                break;
            }
            controllers.add(controller);
        }
        int shared = sharedSubjectVerb(s, trigger);
        for (int tok = m.tokenBegin(); tok < m.tokenEnd(); tok++) {
            int current = tok;
            boolean modifier = false; // reached through a noun's modifier ("of the Port Authority")
            boolean possessive = false; // "Lee's son"
            for (int steps = 0; steps < 3; steps++) {
                Optional<Dependency> head = s.headOf(current);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                String rel = head.get().relation();
                if (controllers.contains(head.get().governor()) && rel.equals("nsubj")) {
                    if ("VBN".equals(s.tokens().get(trigger).pos()) && !possessive && !modifier) {
                        // a participle after a verb of staying is passive: "Ann Lee remained jailed", "remains
                        // held at the county jail": Lee undergoes it
                        return ParticipantRole.PATIENT;
                    }
                    return possessive || modifier && type == EntityType.PERSON ? ParticipantRole.OTHER : ParticipantRole.AGENT;
                }
                if (head.get().governor() == shared && rel.startsWith("nsubj")) {
                    // "Ann Lee was arrested on Monday and charged with fraud": the first verb's subject,
                    // in the voice of the trigger's own form
                    // (a participle after a passive is passive too; after an active verb it is a perfect's:
                    // "police have arrested Lee and charged him"; a past form after a passive is active:
                    // "was arrested and pleaded not guilty")
                    String pos = s.tokens().get(trigger).pos();
                    boolean ownPassive = s.childrenOf(trigger).stream().anyMatch(d -> d.relation().equals("aux:pass"));
                    if (ownPassive || rel.equals("nsubj:pass") && "VBN".equals(pos)) {
                        // (a passive of its own: "resigned in May but was never charged")
                        return modifier ? ParticipantRole.OTHER : ParticipantRole.PATIENT;
                    }
                    if (!"VBG".equals(pos) && (rel.equals("nsubj") || !"VBN".equals(pos))) {
                        return possessive || modifier && type == EntityType.PERSON ? ParticipantRole.OTHER : ParticipantRole.AGENT;
                    }
                    return ParticipantRole.OTHER;
                }
                int small = head.get().governor();
                if (rel.equals("nsubj") && s.tokens().get(small).pos().startsWith("JJ") && s.tokens().get(trigger).isVerb()
                        && s.headOf(small).filter(up -> up.governor() == trigger && up.relation().equals("xcomp")).isPresent()) {
                    // the subject of a verb's adjective complement is what the verb acts on: "found Ann
                    // Lee guilty", "declared Bo Ray unfit" (not "Lee's son", through a possessive)
                    return modifier || possessive ? ParticipantRole.OTHER : ParticipantRole.PATIENT;
                }
                if (head.get().governor() == trigger) {
                    if (AGENT_RELATIONS.contains(rel) || rel.equals("obl") && passiveBy(s, trigger, head.get().dependent())) {
                        // "agents of the FBI arrested …": a body acts through its people; "Lee's son
                        // killed a man": a person does not act through a relative
                        return possessive || modifier && type == EntityType.PERSON
                                ? ParticipantRole.OTHER : ParticipantRole.AGENT;
                    }
                    if (rel.equals("nmod:poss") && ofRole == ParticipantRole.PATIENT && possessorActs(s, trigger)) {
                        // "Sony's planned acquisition of Varnhold", "the FBI's arrest of Bo Ray": beside the
                        // noun's own "of", which names who undergoes the act, the possessor is its doer
                        return modifier ? ParticipantRole.OTHER : ParticipantRole.AGENT;
                    }
                    if (PATIENT_RELATIONS.contains(rel)) {
                        // "the director of the Port Authority was arrested": the Authority is not
                        return modifier ? ParticipantRole.OTHER : ParticipantRole.PATIENT;
                    }
                    if (ofRole != null && (rel.equals("nmod") && !s.tokens().get(trigger).isVerb() || rel.equals("obl")
                            && "VBG".equals(s.tokens().get(trigger).pos())) && !modifier && !possessive
                            && s.childrenOf(head.get().dependent()).stream().anyMatch(d -> d.relation().equals("case")
                                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("of"))) {
                        // the event noun's own "of", straight or through a description in apposition: "the
                        // stabbing of his neighbor, Ann Lee", "the killing of Bo Ray" (as without a parse,
                        // {@link #roleByPosition}); "the resignation of Ann Lee": who resigned
                        return ofRole;
                    }
                    return ParticipantRole.OTHER;
                }
                // a name joined to another by "and" or "or" has that one's part ("Ann Lee and Bo Ray met")
                boolean nounConjunct = rel.equals("conj") && !s.tokens().get(head.get().governor()).isVerb();
                // a name after the common noun that describes it, which the parser leaves loose: "killed his
                // neighbour Edda Vink" (dep), as an apposition
                boolean describedName = rel.equals("dep") && s.tokens().get(head.get().governor()).pos().matches("NNS?")
                        && s.tokens().get(current).pos().startsWith("NNP") && head.get().governor() < current;
                if (!rel.startsWith("compound") && !rel.equals("flat") && !rel.equals("appos")
                        && !rel.startsWith("nmod") && !rel.equals("amod") && !nounConjunct && !describedName) {
                    break;
                }
                int postNoun = rel.equals("appos") && type == EntityType.PERSON ? postOfBody(s, head.get().governor()) : -1;
                if (postNoun >= 0) {
                    // "the chief executive of Calvane Freight, Edda Morcant, resigned": the parser sets the
                    // name beside the body named last, but it names the one who holds the post
                    current = postNoun;
                    continue;
                }
                modifier |= rel.startsWith("nmod");
                possessive |= rel.equals("nmod:poss");
                current = head.get().governor();
            }
        }
        return ParticipantRole.OTHER;
    }

    /**
     * Whether the possessor of an event noun is its doer: the noun has an "of" phrase of its own, which
     * names who undergoes the act ("Sony's acquisition of Varnhold", "the FBI's arrest of Bo Ray"), and
     * no "by" phrase ("Acme's acquisition by Bolt": Acme is bought). Without an "of" the possessor
     * undergoes it ("Bo Ray's arrest").
     */
    private static boolean possessorActs(Sentence s, int noun) {
        if (s.tokens().get(noun).isVerb()) {
            return false;
        }
        boolean of = false;
        for (Dependency c : s.childrenOf(noun)) {
            if (!c.relation().startsWith("nmod") || c.relation().equals("nmod:poss")) {
                continue;
            }
            for (Dependency k : s.childrenOf(c.dependent())) {
                String word = s.tokens().get(k.dependent()).word().toLowerCase(Locale.ROOT);
                if (k.relation().equals("case") && word.equals("by")) {
                    return false;
                }
                of |= k.relation().equals("case") && word.equals("of");
            }
        }
        return of;
    }

    /** Whether a verb of its own (no auxiliary, no conjunct of the trigger's) stands between the trigger and {@code end}. */
    private static boolean participleBetween(List<Token> tokens, int trigger, int end) {
        for (int k = trigger + 1; k < end; k++) {
            Token x = tokens.get(k);
            if (x.isVerb() && !AUXILIARIES.contains(x.lemma().toLowerCase(Locale.ROOT))
                    && !Set.of("and", "or", ",").contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The common noun of a post whose "of" phrase names a body that a person's name is set beside: in
     * "the chief executive of Calvane Freight, Edda Morcant" the parser makes the name the apposition
     * of "Freight", and the post is "executive"; -1 when the name's noun is no such body (a person's
     * name: "the son of Bo Ray, Ann Lee" stays as parsed).
     */
    private static int postOfBody(Sentence s, int body) {
        Token b = s.tokens().get(body);
        if (!b.pos().startsWith("NNP") || "PERSON".equals(b.ner())) {
            return -1;
        }
        Optional<Dependency> up = s.headOf(body);
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("nmod")
                || !s.tokens().get(up.get().governor()).pos().matches("NNS?")
                || s.childrenOf(body).stream().noneMatch(d -> d.relation().equals("case")
                        && s.tokens().get(d.dependent()).word().equalsIgnoreCase("of"))) {
            return -1;
        }
        return up.get().governor();
    }

    /**
     * Whether a verb is the infinitive of an adjective, which the parser may take for a clause of its
     * own ({@code ccomp}): "Ann Lee is due to appear in court", "is likely to resign" (the adjective's
     * subject is the verb's).
     */
    private static boolean adjectiveInfinitive(Sentence s, Dependency up) {
        int verb = up.dependent();
        return up.relation().equals("ccomp") && s.tokens().get(up.governor()).pos().startsWith("JJ")
                && s.childrenOf(verb).stream().anyMatch(d -> d.relation().equals("mark")
                        && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to"))
                && s.childrenOf(verb).stream().noneMatch(d -> d.relation().startsWith("nsubj"));
    }

    /**
     * Whether an oblique of a verb is its passive's agent: "by" opens it and the verb is a passive
     * ("was shot by Lennart Obuya"), which the parser's basic relations leave a plain {@code obl}.
     */
    private static boolean passiveBy(Sentence s, int verb, int oblique) {
        boolean passive = s.childrenOf(verb).stream().anyMatch(d -> d.relation().equals("aux:pass"))
                || "VBN".equals(s.tokens().get(verb).pos()) && s.childrenOf(verb).stream().noneMatch(d -> d.relation().equals("aux"));
        return passive && s.childrenOf(oblique).stream()
                .anyMatch(d -> d.relation().equals("case") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("by"));
    }

    /**
     * The verb whose subject a verb trigger shares: the first of two conjoined verbs ("was arrested
     * and charged", "resigned and left"), when the trigger has no subject of its own; -1 otherwise.
     */
    private static int sharedSubjectVerb(Sentence s, int trigger) {
        Optional<Dependency> up = s.headOf(trigger);
        if (!s.tokens().get(trigger).isVerb() || up.isEmpty() || up.get().governor() < 0
                || !up.get().relation().equals("conj") || !s.tokens().get(up.get().governor()).isVerb()) {
            return -1;
        }
        boolean ownSubject = s.childrenOf(trigger).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                || d.relation().startsWith("csubj"));
        return ownSubject ? -1 : up.get().governor();
    }

    static String summary(String text, Sentence s) {
        String sentence = text.substring(s.begin(), s.end()).replaceAll("\\s+", " ").strip();
        if (sentence.length() <= SUMMARY_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', SUMMARY_CHARS - 1);
        return sentence.substring(0, cut > 0 ? cut : SUMMARY_CHARS - 1) + "…";
    }
}

