package org.casefile.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.nlp.Dependency;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
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

    /** The triggers by their first lemma, in file order within each. */
    private final Map<String, List<Rules.Trigger>> triggersByFirstLemma = new java.util.HashMap<>();

    public EventExtractor(Rules rules) {
        for (Rules.Trigger t : rules.triggers()) {
            triggersByFirstLemma.computeIfAbsent(t.lemmas().get(0), k -> new ArrayList<>()).add(t);
        }
    }

    /** The events of a document, and the relative dates of those dated only from another event. */
    public record Found(List<Event> events, List<RelativeDate> relativeDates) {
    }

    public Found extract(AnnotatedDocument annotated, DocumentEntities entities) {
        IngestedDocument doc = annotated.document();
        List<Event> events = new ArrayList<>();
        List<RelativeDate> relativeDates = new ArrayList<>();
        Set<String> headers = runningHeaders(doc.text(), annotated.sentences());
        for (Sentence s : annotated.sentences()) {
            if (headers.contains(shape(doc.text(), s))) {
                continue; // a page header or footer repeated on every page reports nothing
            }
            // one event per type and sentence: the trigger that has a date of its own wins
            Map<String, Event> byType = new java.util.LinkedHashMap<>();
            Map<String, RelativeDate> relativeByType = new java.util.HashMap<>();
            List<Match> matches = triggers(s);
            if (matches.isEmpty()) {
                continue;
            }
            List<TimeMention> times = annotated.times().stream()
                    .filter(t -> t.sentence() == s.index() && t.isCalendarDate()).toList();
            List<EntityMention> inSentence = annotated.entities().stream()
                    .filter(m -> m.sentence() == s.index()).toList();
            for (Match trigger : matches) {
                Event previous = byType.get(trigger.type());
                if (previous != null && previous.date().isDated()) {
                    continue;
                }
                EventDate date = governingDate(s, trigger.token(), times).map(EventExtractor::toEventDate)
                        .orElse(EventDate.UNDATED);
                if (previous != null && !date.isDated()) {
                    continue;
                }
                List<Participant> participants = participants(s, trigger.token(), inSentence, entities);
                String location = inSentence.stream()
                        .filter(m -> CoreNlpAnnotator.coarseType(m.type()).equals("LOCATION"))
                        .map(m -> entities.idOf(m).orElse(null)).filter(x -> x != null).findFirst().orElse(null);
                if (!date.isDated() && participants.isEmpty()) {
                    continue; // nobody and no time: generic prose ("an extradition hearing is not a trial")
                }
                if (!date.isDated()) {
                    relativeDate(s, trigger, matches, annotated.times()).ifPresent(r -> relativeByType.put(trigger.type(), r));
                }
                Token word = s.tokens().get(trigger.token());
                byType.put(trigger.type(), new Event("", trigger.type(), summary(doc.text(), s), date, participants,
                        location, 1, List.of(doc.cite(s.begin(), s.end())), List.of(), charges(inSentence),
                        doc.cite(word.begin(), word.end())));
            }
            for (Event e : byType.values()) {
                String id = doc.id() + ":v" + events.size();
                RelativeDate r = e.date().isDated() ? null : relativeByType.get(e.type());
                if (r != null) {
                    relativeDates.add(new RelativeDate(id, r.duration(), r.text(), r.sign(), r.anchorType()));
                }
                events.add(new Event(id, e.type(), e.summary(), e.date(), e.participants(),
                        e.location(), 1, e.citations(), List.of(), e.charges(), e.trigger()));
            }
        }
        return new Found(events, relativeDates);
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
            if (t.sentence() != s.index() || !"DURATION".equals(t.type()) || !EXACT_DURATION.matcher(t.value()).matches()
                    || APPROXIMATE.matcher(t.text()).find()) {
                continue;
            }
            int last = s.tokenAt(t.end() - 1);
            if (last < 0 || last + 1 >= s.tokens().size()) {
                continue;
            }
            String next = s.tokens().get(last + 1).word().toLowerCase(Locale.ROOT);
            int sign = next.equals("after") ? 1 : next.equals("before") ? -1 : 0;
            int first = s.tokenAt(t.begin());
            if (sign == 0 || first < 0 || first < trigger.token() && crossesClause(s, first, trigger.token())
                    || first > trigger.token() && crossesClause(s, trigger.token(), first)) {
                continue;
            }
            Optional<Match> anchor = matches.stream().filter(m -> m.token() > last + 1).findFirst();
            if (anchor.isPresent()) {
                return Optional.of(new RelativeDate("", t.value(), t.text() + " " + next, sign, anchor.get().type()));
            }
        }
        return Optional.empty();
    }

    /** Sentence shapes (digits dropped) that occur three or more times: running page headers. */
    private static Set<String> runningHeaders(String text, List<Sentence> sentences) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            counts.merge(shape(text, s), 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= 3) {
                out.add(k);
            }
        });
        return out;
    }

    private static String shape(String text, Sentence s) {
        return text.substring(s.begin(), s.end()).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /** A trigger found in a sentence. */
    record Match(int token, String type) {
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
                if (ok && t.posMatches(head.pos()) && !Token.isNameTag(head.ner())) {
                    out.add(new Match(headIndex, t.type()));
                }
            }
        }
        return out;
    }

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
            for (TimeMention t : times) {
                int tok = s.tokenAt(t.begin());
                int steps = tok < 0 ? -1 : stepsTo(s, tok, t, trigger, heads);
                if (steps >= 0 && steps < bestSteps) {
                    best = t;
                    bestSteps = steps;
                }
            }
            return Optional.ofNullable(best);
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
     * How many dependency steps lead from a time expression (any of its tokens) up to the trigger's
     * clause without crossing another verb, or -1 when it belongs to another clause.
     */
    private static int stepsTo(Sentence s, int firstToken, TimeMention t, int trigger, Set<Integer> heads) {
        int best = -1;
        for (int tok = firstToken; tok < s.tokens().size() && s.tokens().get(tok).begin() < t.end(); tok++) {
            int current = tok;
            for (int steps = 1; steps <= 6; steps++) {
                Optional<Dependency> head = s.headOf(current);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                int gov = head.get().governor();
                if (gov == trigger || heads.contains(gov)) {
                    best = best < 0 ? steps : Math.min(best, steps);
                    break;
                }
                if (s.tokens().get(gov).isVerb() || (gov >= firstToken && s.tokens().get(gov).begin() < t.end())) {
                    if (s.tokens().get(gov).isVerb()) {
                        break; // the date belongs to another clause
                    }
                }
                current = gov;
            }
        }
        return best;
    }

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
            if (t.isVerb()) {
                if (!gov.isVerb() || !EXTENDING_RELATIONS.contains(d.relation())) {
                    break;
                }
            } else if (gov.isVerb()) {
                if (LIGHT_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
                    heads.add(d.governor());
                }
                break;
            }
            heads.add(d.governor());
            current = d.governor();
        }
        return heads;
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
        EventDate.Derivation derivation = switch (t.resolution()) {
            case EXPLICIT -> EventDate.Derivation.EXPLICIT;
            case PUBLICATION_DATE -> EventDate.Derivation.PUBLICATION_DATE;
            case NARRATIVE -> EventDate.Derivation.NARRATIVE;
            case NONE -> EventDate.Derivation.NONE;
        };
        return new EventDate(t.value(), t.text(), t.rangeBegin(), t.rangeEnd(), t.precision(), t.anchored(), derivation);
    }

    /** The charges a sentence names ("murder", "bribery"), in lower case, each once. */
    private static List<String> charges(List<EntityMention> inSentence) {
        return inSentence.stream().filter(m -> m.type().equals("CRIMINAL_CHARGE"))
                .map(m -> m.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static List<Participant> participants(Sentence s, int trigger, List<EntityMention> mentions,
            DocumentEntities entities) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            // people and organisations only: a role word ("police", "the judge") is no participant
            String type = CoreNlpAnnotator.coarseType(m.type());
            if (!type.equals("PERSON") && !type.equals("ORGANIZATION")) {
                continue;
            }
            Optional<String> id = entities.idOf(m);
            if (id.isEmpty()) {
                continue;
            }
            String role = s.isParsed() ? roleByParse(s, trigger, m) : roleByPosition(s, trigger, m);
            roles.putIfAbsent(id.get(), role);
        }
        List<Participant> out = new ArrayList<>();
        roles.forEach((id, role) -> out.add(new Participant(id, role)));
        return out;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Auxiliaries that may stand between a subject and its verb. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must");

    /**
     * The role of a mention in a sentence without a parse: the subject is the nearest name before
     * a verb trigger with no other verb between (the patient when the verb is passive, "was
     * arrested"); a name right after the trigger is its object, and "by X" its agent.
     */
    static String roleByPosition(Sentence s, int trigger, EntityMention m) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(trigger);
        if (m.tokenEnd() <= trigger) {
            if (!t.isVerb() || crossesClause(s, m.tokenEnd() - 1, trigger)) {
                return "other";
            }
            boolean passive = false;
            for (int i = m.tokenEnd(); i < trigger; i++) {
                Token between = tokens.get(i);
                String lemma = between.lemma().toLowerCase(Locale.ROOT);
                if (between.isVerb() && !AUXILIARIES.contains(lemma)) {
                    return "other"; // "the judge said agents arrested him": the judge is not the arrester
                }
                if (between.ner().equals("PERSON") || between.ner().equals("ORGANIZATION")) {
                    return "other"; // a nearer name is the subject
                }
                passive |= lemma.equals("be") || lemma.equals("get");
            }
            return passive && t.pos().equals("VBN") ? "patient" : "agent";
        }
        int b = m.tokenBegin() - 1;
        while (b > trigger && ARTICLES.contains(tokens.get(b).word().toLowerCase(Locale.ROOT))) {
            b--;
        }
        String before = tokens.get(b).word().toLowerCase(Locale.ROOT);
        if (before.equals("by")) {
            return "agent";
        }
        if (!t.isVerb()) {
            return before.equals("of") || before.equals("against") ? "patient" : "other";
        }
        for (int i = trigger + 1; i < m.tokenBegin(); i++) {
            String pos = tokens.get(i).pos();
            if (!pos.equals("DT") && !pos.equals("JJ") && !pos.equals("PRP$") && !tokens.get(i).ner().equals("TITLE")
                    && !(pos.equals("RP") && i == trigger + 1)) {
                return "other";
            }
        }
        return "patient";
    }

    private static String roleByParse(Sentence s, int trigger, EntityMention m) {
        for (int tok = m.tokenBegin(); tok < m.tokenEnd(); tok++) {
            int current = tok;
            for (int steps = 0; steps < 3; steps++) {
                Optional<Dependency> head = s.headOf(current);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                String rel = head.get().relation();
                if (head.get().governor() == trigger) {
                    if (AGENT_RELATIONS.contains(rel)) {
                        return "agent";
                    }
                    if (PATIENT_RELATIONS.contains(rel)) {
                        return "patient";
                    }
                    return "other";
                }
                if (!rel.startsWith("compound") && !rel.equals("flat") && !rel.equals("appos")
                        && !rel.startsWith("nmod") && !rel.equals("amod")) {
                    break;
                }
                current = head.get().governor();
            }
        }
        return "other";
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
