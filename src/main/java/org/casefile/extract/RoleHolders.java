package org.casefile.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casefile.domain.EntityType;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Token;

/**
 * Who holds a role in one document: the people the text gives a title ("Judge Ann Lee", "Ann Lee,
 * a lawyer for the county,"), by the head word of that title ("judge", "lawyer"). A source that is
 * only a role with "the" ("the judge said", "the former senator said") is the one person of the
 * document holding that role when exactly one does and the text named them before (never the person
 * named nearest: a role set beside a name in apposition counts too, "Tomas Varga, the striker,", "Halle
 * Vrana, a nurse,", and so does a common noun right before the name, "striker Joaquim Brell"); with two
 * holders, or none named yet, it stays the role: nobody is guessed.
 */
final class RoleHolders {
    /** Words that end the head of a title: what follows only says where or whose ("lawyer for the county"). */
    private static final Set<String> TITLE_ENDS = Set.of("of", "for", "at", "with", "in", "on", "from", "to", "who",
            "that", "which", "whose", "since", "under", "during");
    private final Map<String, Set<String>> holders;
    private final Map<String, Integer> firstNamed;
    /** Role words the text sets beside a name with "the" ("Tomas Varga, the striker,"), tagged a title or not. */
    private final Set<String> defined;

    private RoleHolders(Map<String, Set<String>> holders, Map<String, Integer> firstNamed, Set<String> defined) {
        this.holders = holders;
        this.firstNamed = firstNamed;
        this.defined = defined;
    }

    /** The role holders of a document, from the titles its grouping gave each person's mentions. */
    static RoleHolders of(AnnotatedDocument annotated, DocumentEntities entities, Rules rules) {
        Map<String, List<String>> abbreviations = rules.titleAbbreviations();
        Map<String, Set<String>> holders = new HashMap<>();
        Map<String, Integer> firstNamed = new HashMap<>();
        Set<String> defined = new java.util.HashSet<>();
        for (EntityMention m : annotated.entities()) {
            if (!entities.isPerson(m)) {
                continue;
            }
            Optional<String> id = entities.idOf(m);
            if (id.isEmpty()) {
                continue;
            }
            firstNamed.merge(id.get(), m.begin(), Math::min);
            Set<String> roles = new LinkedHashSet<>();
            entities.titleOf(m).ifPresent(title -> roles.addAll(heads(title, abbreviations)));
            // an abbreviated title right before the name, which the tagger reads as no title ("Sen. Ann Lee")
            if (m.tokenBegin() > 0 && m.sentence() < annotated.sentences().size()) {
                List<Token> toks = annotated.sentences().get(m.sentence()).tokens();
                String before = m.tokenBegin() - 1 < toks.size() ? toks.get(m.tokenBegin() - 1).word() : "";
                String bare = before.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                if (before.endsWith(".") && abbreviations.containsKey(bare)) {
                    roles.addAll(abbreviations.get(bare));
                }
            }
            roles.addAll(postGiven(annotated, m, rules.bodyMembers()));
            String the = theRole(annotated, m);
            if (the != null) {
                roles.add(the);
                defined.add(the);
            }
            // a common noun the grammar sets right before the name ("striker Joaquim Brell",
            // "Landlord Osric Pemberly was fined"): the person's role, whatever the tagger made of it
            String pre = nounBefore(annotated, m);
            if (pre != null) {
                roles.add(pre);
                defined.add(pre);
            }
            for (String head : roles) {
                holders.computeIfAbsent(head, k -> new LinkedHashSet<>()).add(id.get());
            }
        }
        return new RoleHolders(holders, firstNamed, defined);
    }

    /**
     * The role word set beside the name of mention {@code m} in apposition: "Tomas Varga, the
     * striker, scored", "Ann Lee, the chief executive of Acme,", "Halle Vrana, a nurse at Kelby
     * General,", "The goalkeeper, Piet Roos, said", "the case against the nurse, Halle Vrana,": an
     * article, at most two lower-case words, a singular common noun, then a comma, a full stop or a
     * word that only places it ("of", "for"); before the name only with "the". The role counts for
     * a later "the nurse" only while no other person of the story holds it. Null when no such
     * apposition is there.
     */
    static String theRole(AnnotatedDocument annotated, EntityMention m) {
        if (m.sentence() >= annotated.sentences().size()) {
            return null;
        }
        List<Token> toks = annotated.sentences().get(m.sentence()).tokens();
        int k = m.tokenEnd();
        if (k + 2 < toks.size() && toks.get(k).word().equals(",")
                && Set.of("the", "a", "an").contains(toks.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            int e = k + 2;
            while (e < toks.size() && e - (k + 2) < 3 && lowerNoun(toks.get(e))) {
                e++;
            }
            if (e > k + 2 && "NN".equals(toks.get(e - 1).pos()) && e < toks.size()
                    && (Set.of(",", ".").contains(toks.get(e).word()) || TITLE_ENDS.contains(toks.get(e).word()))) {
                return toks.get(e - 1).word().toLowerCase(Locale.ROOT);
            }
            return null;
        }
        int comma = m.tokenBegin() - 1;
        if (comma >= 2 && toks.get(comma).word().equals(",") && k < toks.size() && toks.get(k).word().equals(",")) {
            int b = comma - 1;
            if (!lowerNoun(toks.get(b)) || !"NN".equals(toks.get(b).pos())) {
                return null;
            }
            int f = b;
            while (f - 1 >= 0 && comma - f < 3 && lowerNoun(toks.get(f - 1))) {
                f--;
            }
            if (f - 1 >= 0 && toks.get(f - 1).word().equalsIgnoreCase("the")) {
                // "The striker, Dario Lenz, said", "the case against the nurse, Halle Vrana, collapsed"
                return toks.get(b).word().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * The singular common noun right before the name of mention {@code m}, lower-cased: "striker
     * Joaquim Brell", "defence lawyer Sefton Harrow", or one capitalised as the sentence's first word
     * ("Teacher Wilma Astor was arrested"). Null for a name with anything else before it (a
     * preposition, a verb, a possessive, a capitalised word inside the sentence: "Acme chief Ann Lee"
     * gives "chief", "Sunday Ann Lee" nothing).
     */
    static String nounBefore(AnnotatedDocument annotated, EntityMention m) {
        if (m.sentence() >= annotated.sentences().size() || m.tokenBegin() < 1) {
            return null;
        }
        List<Token> toks = annotated.sentences().get(m.sentence()).tokens();
        if (m.tokenBegin() > toks.size()) {
            return null;
        }
        Token t = toks.get(m.tokenBegin() - 1);
        String w = t.word();
        if (t.pos() == null || !w.matches("\\p{L}[\\p{Ll}-]*\\p{Ll}") || "PERSON".equals(t.ner())) {
            return null;
        }
        boolean lower = Character.isLowerCase(w.charAt(0)) && "NN".equals(t.pos());
        boolean first = m.tokenBegin() == 1 && Character.isUpperCase(w.charAt(0)) && t.pos().matches("NNP?");
        return lower || first ? w.toLowerCase(Locale.ROOT) : null;
    }

    private static boolean lowerNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
                && t.word().matches("\\p{Ll}[\\p{Ll}-]*");
    }

    /** Verbs by which a person is given a post ("was elected", "has been appointed"). */
    private static final Set<String> GIVEN_POST = Set.of("elected", "re-elected", "reelected", "appointed", "named",
            "nominated", "confirmed", "sworn", "installed", "chosen");
    /** Words that may stand between a person's name and the verb that gives the post. */
    private static final Set<String> BEFORE_POST_VERB = Set.of("was", "is", "were", "has", "had", "been", "later",
            "first", "then", "since", "also", "in", "newly");

    /**
     * The role words of a post the sentence gives the person of mention {@code m} right after the
     * name: "Ann Lee was elected to the Senate" (a body's members, by {@code bodyMembers}: "senator"),
     * "Ann Lee, who was named chief executive in May" or "was appointed as judge" (the role noun's
     * head: "executive", "judge"). A post given to someone else ("was elected to replace Kim") or a
     * body with no members listed gives none.
     */
    static Set<String> postGiven(AnnotatedDocument annotated, EntityMention m, Map<String, List<String>> bodyMembers) {
        if (m.sentence() >= annotated.sentences().size()) {
            return Set.of();
        }
        List<Token> toks = annotated.sentences().get(m.sentence()).tokens();
        int k = m.tokenEnd();
        if (k < toks.size() && toks.get(k).word().equals(",") && k + 1 < toks.size()
                && toks.get(k + 1).word().equalsIgnoreCase("who")) {
            k += 2; // "Ann Lee, who was elected …"
        }
        int seen = 0;
        while (k < toks.size() && BEFORE_POST_VERB.contains(toks.get(k).word().toLowerCase(Locale.ROOT)) && seen++ < 3) {
            k++;
        }
        if (k == m.tokenEnd() || k >= toks.size() || !GIVEN_POST.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
            return Set.of();
        }
        k++;
        if (k < toks.size() && toks.get(k).word().equalsIgnoreCase("in") && toks.get(k - 1).word().equalsIgnoreCase("sworn")) {
            k++; // "was sworn in as mayor"
        }
        if (k < toks.size() && toks.get(k).word().equalsIgnoreCase("to")) {
            int b = k + 1;
            if (b < toks.size() && toks.get(b).word().equalsIgnoreCase("the")) {
                b++;
            }
            // "to the Senate", "to the state Senate", "to the city council": the body is the last word before a break
            int e = b;
            while (e < toks.size() && e - b < 3 && toks.get(e).word().matches("\\p{L}+")
                    && !TITLE_ENDS.contains(toks.get(e).word().toLowerCase(Locale.ROOT))
                    && !toks.get(e).word().equalsIgnoreCase("and")) {
                e++;
            }
            if (e == b) {
                return Set.of();
            }
            List<String> members = bodyMembers.get(toks.get(e - 1).word().toLowerCase(Locale.ROOT));
            return members == null ? Set.of() : new LinkedHashSet<>(members);
        }
        if (k < toks.size() && toks.get(k).word().equalsIgnoreCase("as")) {
            k++;
        }
        if (k < toks.size() && Set.of("the", "a", "an").contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        // "named chief executive in May": lower-case nouns, the last one the head
        int e = k;
        while (e < toks.size() && e - k < 3 && toks.get(e).pos() != null && toks.get(e).pos().startsWith("NN")
                && !toks.get(e).pos().startsWith("NNP") && toks.get(e).word().matches("\\p{Ll}[\\p{Ll}-]*")) {
            e++;
        }
        if (e == k || !"NN".equals(toks.get(e - 1).pos())) {
            return Set.of();
        }
        return Set.of(toks.get(e - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The head words of a title, abbreviations written out: the last word of each conjunct before
     * a word that only places it ("former Secretary of State" gives "secretary", "president and
     * CEO of Acme" gives "president" and "ceo", "Sen." gives "senator" by {@code abbreviations}).
     */
    static Set<String> heads(String title, Map<String, List<String>> abbreviations) {
        Set<String> out = new LinkedHashSet<>();
        String last = null;
        for (String raw : title.toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean comma = raw.endsWith(",");
            String w = raw.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (TITLE_ENDS.contains(w)) {
                break;
            }
            if (w.equals("and") || w.equals("&") || raw.equals("/")) {
                add(out, last, abbreviations);
                last = null;
                continue;
            }
            if (!w.isEmpty()) {
                last = w;
            }
            if (comma) {
                break;
            }
        }
        add(out, last, abbreviations);
        return out;
    }

    private static void add(Set<String> out, String word, Map<String, List<String>> abbreviations) {
        if (word != null) {
            out.addAll(abbreviations.getOrDefault(word, List.of(word)));
        }
    }

    /**
     * The entity id of the one person holding the role a source phrase names, or empty: the phrase
     * is "the", then at most two lower-case modifiers, then a singular role word the tagger read as
     * a title ({@code roleTagged}); the person is named before {@code before}.
     */
    Optional<String> holderOf(String phrase, boolean roleTagged, int before) {
        if (phrase == null) {
            return Optional.empty();
        }
        String[] words = phrase.strip().split("\\s+");
        if (words.length < 2 || words.length > 4 || !words[0].equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].matches("\\p{Ll}[\\p{Ll}-]*")) {
                return Optional.empty(); // a name, a possessive or a number is no bare role
            }
        }
        String role = words[words.length - 1];
        if (role.endsWith("s") && !role.endsWith("ss")) {
            return Optional.empty(); // "the prosecutors": more than one
        }
        if (!roleTagged && !defined.contains(role)) {
            return Optional.empty(); // "the company", "the striker" with no "X, the striker,": no role to hold
        }
        Set<String> ids = holders.getOrDefault(role, Set.of());
        if (ids.size() != 1) {
            return Optional.empty();
        }
        // the one holder of the role in the story, never the person named nearest, and named before the
        // source: "The minister said …. Minister Jonas Pell added" may be another minister's words
        String id = ids.iterator().next();
        return firstNamed.getOrDefault(id, Integer.MAX_VALUE) < before ? Optional.of(id) : Optional.empty();
    }

    /** Whether the last token of a source phrase is inside a title mention ("the judge", "the senator"). */
    static boolean endsOnTitle(List<EntityMention> sentenceMentions, Attributions.Source src) {
        for (EntityMention m : sentenceMentions) {
            if (m.entityType() == EntityType.TITLE && m.sentence() == src.sentence()
                    && m.tokenBegin() < src.tokenEnd() && m.tokenEnd() >= src.tokenEnd()) {
                return true;
            }
        }
        return false;
    }
}
