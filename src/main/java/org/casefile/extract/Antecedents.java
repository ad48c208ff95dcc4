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
    private final DocumentEntities entities;
    private final List<Sentence> sentences;

    Antecedents(AnnotatedDocument annotated, DocumentEntities entities) {
        this.entities = entities;
        this.sentences = annotated.sentences();
        this.people = annotated.entities().stream().filter(entities::isPerson)
                .filter(m -> entities.idOf(m).isPresent())
                .sorted(Comparator.comparingInt(EntityMention::begin)).toList();
    }

    /** The entity id the pronoun at token {@code pronoun} of {@code s} stands for, if exactly one person fits. */
    Optional<String> of(Sentence s, int pronoun) {
        Token t = s.tokens().get(pronoun);
        var gender = GivenNameGender.ofPronoun(t.word());
        if (gender.isEmpty() || !"PRP".equals(t.pos())) {
            return Optional.empty(); // "his", "her home": a possessive names no party
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
            if (speaks(m)) {
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
