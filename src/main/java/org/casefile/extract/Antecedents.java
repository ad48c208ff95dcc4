package org.casefile.extract;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;

/**
 * The one person a "he" or "she" of a sentence can stand for: "Ann Lee was arrested on Friday.
 * She pleaded not guilty" makes Ann Lee the one who pleaded. Only a person named in the sentence
 * before or earlier in the pronoun's own sentence counts, and only when exactly one such person's
 * given name or title does not say otherwise; with two candidates, or none, the pronoun stands for
 * nobody (a wrong party would be invented, a missing one is only missed). A person named only as
 * the source of words ("…, Sheriff Tom Ray said") is no candidate, and a person the text leaves
 * unnamed in the window ("A man was arrested …, the sheriff said. He was charged") makes the
 * pronoun nobody's.
 */
final class Antecedents {
    private final List<EntityMention> people;
    private final List<EntityMention> organisations;
    private final DocumentEntities entities;
    private final List<Sentence> sentences;

    Antecedents(AnnotatedDocument annotated, DocumentEntities entities) {
        this.entities = entities;
        this.sentences = annotated.sentences();
        this.people = annotated.entities().stream().filter(entities::isPerson)
                .filter(m -> entities.idOf(m).isPresent())
                .sorted(Comparator.comparingInt(EntityMention::begin)).toList();
        this.organisations = annotated.entities().stream()
                .filter(m -> entities.typeOf(m) == org.casefile.domain.EntityType.ORGANIZATION)
                .filter(m -> entities.idOf(m).isPresent())
                .sorted(Comparator.comparingInt(EntityMention::begin)).toList();
    }

    /** Whether a word is a pronoun this class may resolve: "he", "she", "him", "her", "it". */
    static boolean resolvable(Token t) {
        return GivenNameGender.ofPronoun(t.word()).isPresent() || t.word().equalsIgnoreCase("it");
    }

    /** The entity id the pronoun at token {@code pronoun} of {@code s} stands for, if exactly one person fits. */
    Optional<String> of(Sentence s, int pronoun) {
        return of(s, pronoun, false);
    }

    /**
     * The entity the pronoun stands for, as {@link #of(Sentence, int)}, a speaker beside a verb of
     * saying counted too: "Ingrid Solvay said on Tuesday she would not resign" (who else but Solvay).
     */
    Optional<String> ofOrSpeaker(Sentence s, int pronoun) {
        Optional<String> found = of(s, pronoun, false, false);
        return found.isPresent() ? found : of(s, pronoun, true, false);
    }

    /**
     * The person a possessive "his" or "her" stands for, as {@link #ofOrSpeaker}: the one whose act
     * or lot an event noun names ("Bo Ray was freed a day after his arrest", "Ann Lee said her
     * retirement takes effect in May"); the caller decides what the possessor's part in the event is.
     */
    Optional<String> ofPossessor(Sentence s, int pronoun) {
        if (!"PRP$".equals(s.tokens().get(pronoun).pos())) {
            return Optional.empty();
        }
        Optional<String> found = of(s, pronoun, false, true);
        return found.isPresent() ? found : of(s, pronoun, true, true);
    }

    /**
     * The companies a possessive "its" or "their" before a company's deal stands for: for "its", the one
     * organisation named before it ({@link #organisationSaying}'s window: "Acme called off its merger
     * with Bolt"); for "their", two or more organisations named one after another, joined by "and"
     * or commas, before it in its own sentence ("Acme and Bolt called off their merger"). Nobody
     * when the text leaves it open ("Bolt rose. Acme called off its merger" names two).
     */
    List<String> ofCompanyPossessor(Sentence s, int pronoun) {
        Token t = s.tokens().get(pronoun);
        if (!"PRP$".equals(t.pos())) {
            return List.of();
        }
        if (t.word().equalsIgnoreCase("its")) {
            return organisationOf(s, pronoun, true).map(List::of).orElse(List.of());
        }
        if (!t.word().equalsIgnoreCase("their")) {
            return List.of();
        }
        List<EntityMention> named = organisations.stream()
                .filter(m -> m.begin() >= s.begin() && m.end() <= t.begin()).toList();
        if (named.size() < 2) {
            return List.of();
        }
        for (int k = 1; k < named.size(); k++) {
            for (int w = named.get(k - 1).tokenEnd(); w < named.get(k).tokenBegin(); w++) {
                String between = s.tokens().get(w).word();
                if (!between.equals(",") && !between.equalsIgnoreCase("and")) {
                    return List.of(); // "Acme said Bolt's board backed their merger": not a list of sides
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        named.forEach(m -> ids.add(entities.idOf(m).orElseThrow()));
        return ids.size() < 2 ? List.of() : List.copyOf(ids);
    }

    private Optional<String> of(Sentence s, int pronoun, boolean speakers) {
        return of(s, pronoun, speakers, false);
    }

    private Optional<String> of(Sentence s, int pronoun, boolean speakers, boolean possessive) {
        Token t = s.tokens().get(pronoun);
        if (t.word().equalsIgnoreCase("it") && "PRP".equals(t.pos())) {
            return organisationOf(s, pronoun);
        }
        var gender = GivenNameGender.ofPronoun(t.word());
        if (gender.isEmpty() || !(possessive ? "PRP$" : "PRP").equals(t.pos())) {
            return Optional.empty(); // "his", "her home": a possessive names no party, save where asked for
        }
        int from = s.index() > 0 ? sentences.get(s.index() - 1).begin() : s.begin();
        List<Token> window = new java.util.ArrayList<>();
        if (s.index() > 0) {
            window.addAll(sentences.get(s.index() - 1).tokens());
        }
        window.addAll(s.tokens().subList(0, pronoun));
        for (Token w : window) {
            if (w.pos() != null && w.pos().startsWith("NN") && !w.pos().startsWith("NNP")
                    && UNNAMED_PEOPLE.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.empty();
            }
        }
        Set<String> fitting = new LinkedHashSet<>();
        for (EntityMention m : people) {
            if (m.begin() < from) {
                continue;
            }
            if (m.end() > t.begin()) {
                break;
            }
            if (!speakers && speaks(m)) {
                continue;
            }
            String id = entities.idOf(m).orElseThrow();
            String name = entities.entity(id).map(Entity::name).orElse(m.text());
            var its = GivenNameGender.ofName(name, entities.titleOf(m).orElse(null));
            if (its.isEmpty() || its.equals(gender)) {
                fitting.add(id);
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.iterator().next()) : Optional.empty();
    }

    /**
     * The one organisation an "it" that is a clause's subject stands for: "Norvale Corp. said it sued
     * the agency". Named in the sentence before or earlier in the pronoun's own sentence, the
     * speaker too (a body's "it" after its own saying is itself); with two organisations, or an
     * unnamed thing in the window that "it" may stand for ("Acme sold the plant after it flooded"),
     * nobody. An "it" that stands for what follows ("it was announced that", "it is likely that")
     * stands for nothing named.
     */
    private Optional<String> organisationOf(Sentence s, int pronoun) {
        return organisationOf(s, pronoun, false);
    }

    /**
     * The one organisation an "it" that is the source of a verb of speech stands for ("Acme recalled
     * 400 jars. It said that …"): as {@link #organisationOf(Sentence, int)}, where a "that" after
     * the verb is what was said, not a clause "it" stands for.
     */
    Optional<String> organisationSaying(Sentence s, int pronoun) {
        Token t = s.tokens().get(pronoun);
        return t.word().equalsIgnoreCase("it") ? organisationOf(s, pronoun, true) : Optional.empty();
    }

    private Optional<String> organisationOf(Sentence s, int pronoun, boolean saying) {
        List<Token> tokens = s.tokens();
        int verb = pronoun + 1;
        while (!saying && verb < tokens.size() && (tokens.get(verb).pos().equals("MD") || tokens.get(verb).isAdverb())) {
            verb++;
        }
        if (!saying && (verb >= tokens.size() || !tokens.get(verb).isVerb())) {
            return Optional.empty(); // an object ("bought it") is mostly a thing
        }
        for (int k = verb; !saying && k < tokens.size() && k <= verb + 4; k++) {
            if (tokens.get(k).word().equalsIgnoreCase("that") || tokens.get(k).isNoun()) {
                if (tokens.get(k).word().equalsIgnoreCase("that")) {
                    return Optional.empty(); // "it was reported that …"
                }
                break;
            }
        }
        // a sentence before without tags shows no nouns: only the pronoun's own sentence is read
        boolean before = s.index() > 0 && sentences.get(s.index() - 1).isTagged();
        int from = before ? sentences.get(s.index() - 1).begin() : s.begin();
        if (before && unnamedThing(sentences.get(s.index() - 1).tokens(), Integer.MAX_VALUE)
                || unnamedThing(tokens, pronoun)) {
            return Optional.empty();
        }
        Set<String> fitting = new LinkedHashSet<>();
        for (EntityMention m : organisations) {
            if (m.begin() < from) {
                continue;
            }
            if (m.end() > tokens.get(pronoun).begin()) {
                break;
            }
            fitting.add(entities.idOf(m).orElseThrow());
        }
        return fitting.size() == 1 ? Optional.of(fitting.iterator().next()) : Optional.empty();
    }

    /** Nouns of time, which "it" never stands for ("said last week it sued"). */
    private static final Set<String> TIME_NOUNS = Set.of("today", "yesterday", "week", "month", "year", "day",
            "morning", "afternoon", "evening", "night", "weekend", "time", "quarter");

    /**
     * Whether a singular common noun heads a subject or an object before token {@code end} ("the plant",
     * "a deal"): a thing an "it" may stand for. Not a noun after a preposition ("in a statement"), in an
     * apposition after a comma ("Acme, a mining company,"), nor one of time.
     */
    private static boolean unnamedThing(List<Token> tokens, int end) {
        for (int k = 0; k < tokens.size() && k < end; k++) {
            Token w = tokens.get(k);
            boolean head = "NN".equals(w.pos()) && !"NN".equals(k + 1 < tokens.size() ? tokens.get(k + 1).pos() : "")
                    && !"POS".equals(k + 1 < tokens.size() ? tokens.get(k + 1).pos() : "");
            if (!head || TIME_NOUNS.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))
                    || !"O".equals(w.ner()) && w.ner() != null) {
                continue;
            }
            int b = k - 1;
            while (b >= 0 && NOUN_PHRASE_TAGS.contains(tokens.get(b).pos())) {
                b--;
            }
            String before = b >= 0 ? tokens.get(b).pos() : "";
            if (!before.equals("IN") && !before.equals("TO") && !before.equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Tags of the words before a noun in its own phrase. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS", "NN",
            "NNS", "NNP", "NNPS", "VBN", "VBG", "HYPH");

    /** Nouns of a person the text does not name: "a man", "the suspect", "her husband". */
    private static final Set<String> UNNAMED_PEOPLE = Set.of("man", "woman", "boy", "girl", "suspect", "victim",
            "driver", "teenager", "teen", "person", "child", "son", "daughter", "mother", "father", "husband", "wife",
            "brother", "sister", "officer", "gunman", "resident", "student", "passenger", "worker", "employee",
            "defendant", "inmate", "prisoner", "witness", "friend", "neighbor", "neighbour", "lawyer", "attorney");

    /** Whether a mention is the source of a verb of saying right beside it ("Ann Lee said", "said Ann Lee", "Ann Lee, …, said"). */
    private boolean speaks(EntityMention m) {
        List<Token> tokens = sentences.get(m.sentence()).tokens();
        int after = m.tokenEnd();
        int before = m.tokenBegin() - 1;
        return after < tokens.size() && SAYING.contains(tokens.get(after).word().toLowerCase(java.util.Locale.ROOT))
                || before >= 0 && SAYING.contains(tokens.get(before).word().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "added", "stated");
}
