package org.casefile.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.nlp.EntityMention;

/**
 * Groups the mentions of one document into entities. People: "Omar Abdulsatar Ameen", "Omar
 * Ameen", "Mr. Ameen" and "Ameen" are one person; a surname alone joins the full name of this
 * document that has it (the most recently mentioned one when two people share it). Organisations:
 * "Immigration and Customs Enforcement (ICE)" makes ICE an alias; listed aliases
 * ({@code models/aliases.txt}) join their canonical name. Places and others: same name key.
 *
 * <p>Stateless apart from its rules; thread-safe.
 */
public final class EntityGrouper {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Za-z.&]{1,9})\\s*\\)");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "on", "in", "&", "de", "u.s.");

    private final Rules rules;

    public EntityGrouper(Rules rules) {
        this.rules = rules;
    }

    private static final class Group {
        final String type;
        String subtype;
        final List<EntityMention> mentions = new ArrayList<>();
        final Set<String> forms = new LinkedHashSet<>();
        String canonical;
        List<String> words;
        int lastSeen;

        Group(String type, String subtype, String canonical, int position) {
            this.type = type;
            this.subtype = subtype;
            this.canonical = canonical;
            this.words = NameKey.words(canonical);
            this.lastSeen = position;
        }
    }

    public DocumentEntities group(AnnotatedDocument annotated) {
        IngestedDocument doc = annotated.document();
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        // longest names first, so that a short form finds its full name wherever it appears
        List<EntityMention> ordered = new ArrayList<>(annotated.entities());
        ordered.sort(Comparator.comparingInt((EntityMention m) -> -(m.tokenEnd() - m.tokenBegin()))
                .thenComparingInt(EntityMention::begin));
        Map<String, String> acronyms = acronyms(annotated);
        Map<EntityMention, String> inverted = invertedNames(annotated);
        for (EntityMention m : ordered) {
            String type = CoreNlpAnnotator.coarseType(m.type());
            String written = inverted.getOrDefault(m, m.text().replaceAll("\\s+", " "));
            List<String> words = NameKey.words(written);
            if (words.isEmpty()) {
                continue;
            }
            Group g = type.equals("PERSON") ? findPerson(groups, words, m.begin()) : null;
            if (g == null) {
                String listed = rules.canonicalFor(written);
                String expanded = acronyms.get(m.text());
                String name = listed != null ? listed : expanded != null ? expanded : written;
                String key = type + "|" + NameKey.of(name);
                g = byKey.get(key);
                if (g == null) {
                    g = new Group(type, CoreNlpAnnotator.subtype(m.type()), name, m.begin());
                    groups.add(g);
                    byKey.put(key, g);
                }
            }
            g.mentions.add(m);
            g.forms.add(m.text().replaceAll("\\s+", " "));
            g.lastSeen = Math.max(g.lastSeen, m.begin());
            if (g.subtype == null) {
                g.subtype = CoreNlpAnnotator.subtype(m.type());
            }
        }
        groups.sort(Comparator.comparingInt(g -> g.mentions.stream().mapToInt(EntityMention::begin).min().orElse(0)));
        List<Entity> entities = new ArrayList<>();
        Map<EntityMention, String> entityOf = new LinkedHashMap<>();
        for (Group g : groups) {
            String id = doc.id() + ":e" + entities.size();
            g.mentions.sort(Comparator.comparingInt(EntityMention::begin));
            List<String> aliases = g.forms.stream().filter(f -> !f.equals(g.canonical)).sorted().toList();
            entities.add(new Entity(id, g.type, g.subtype, g.canonical, aliases,
                    g.mentions.stream().map(m -> doc.cite(m.begin(), m.end())).toList()));
            g.mentions.forEach(m -> entityOf.put(m, id));
        }
        return new DocumentEntities(entities, entityOf);
    }

    /**
     * The person group a (possibly partial) name belongs to: every word of the mention is in the
     * group's name and the last words agree (a lone word may be the surname or the given name).
     */
    private static Group findPerson(List<Group> groups, List<String> words, int position) {
        Group best = null;
        int candidates = 0;
        for (Group g : groups) {
            if (!g.type.equals("PERSON") || !g.words.containsAll(words)) {
                continue;
            }
            String last = words.get(words.size() - 1);
            boolean surnameAgrees = last.equals(g.words.get(g.words.size() - 1));
            boolean givenNameAlone = words.size() == 1 && last.equals(g.words.get(0));
            if (!surnameAgrees && !givenNameAlone) {
                continue;
            }
            candidates++;
            // two people share the name part: the one mentioned last before this mention
            if (best == null || (g.lastSeen <= position && (best.lastSeen > position || g.lastSeen > best.lastSeen))) {
                best = g;
            }
        }
        return candidates == 0 ? null : best;
    }

    /**
     * Forms and lists write names surname first: "AMEEN, Omar Abdulsatar". Both mentions then stand
     * for "Omar Abdulsatar AMEEN".
     */
    private static Map<EntityMention, String> invertedNames(AnnotatedDocument annotated) {
        Map<EntityMention, String> out = new HashMap<>();
        String text = annotated.document().text();
        List<EntityMention> people = annotated.entities().stream().filter(m -> m.type().equals("PERSON")).toList();
        for (int i = 0; i + 1 < people.size(); i++) {
            EntityMention surname = people.get(i);
            EntityMention given = people.get(i + 1);
            if (surname.sentence() == given.sentence() && surname.tokenEnd() == surname.tokenBegin() + 1
                    && text.substring(surname.end(), given.begin()).matches(",[ ]?")) {
                String name = given.text().replaceAll("\\s+", " ") + " " + surname.text();
                out.put(surname, name);
                out.put(given, name);
            }
        }
        return out;
    }

    /** "Immigration and Customs Enforcement (ICE)": ICE -> the name before it, when the initials agree. */
    private static Map<String, String> acronyms(AnnotatedDocument annotated) {
        Map<String, String> out = new HashMap<>();
        String text = annotated.document().text();
        for (EntityMention m : annotated.entities()) {
            Matcher a = ACRONYM_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
            if (a.find() && initialsMatch(m.text(), a.group(1))) {
                out.put(a.group(1), m.text());
            }
        }
        return out;
    }

    static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return initials.toString().equals(letters);
    }
}
