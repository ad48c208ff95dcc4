package org.casefile.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casefile.domain.EntityType;
import org.casefile.domain.PlaceType;
import org.casefile.extract.Capitals;
import org.casefile.extract.Entity;
import org.casefile.extract.Mention;
import org.casefile.extract.NameKey;
import org.casefile.extract.NameRules;

/**
 * Merges the entities of all documents so that one person has one id in the whole case: the same
 * name key (for organisations without a legal form, for places without a country's long form), a
 * shared alias, or for people the same given name (or a short form of it, "Tom"/"Thomas") and
 * surname where one name's words contain the other's (a missing middle name). Never on a shared
 * surname alone, never two different given names. Roles, nationalities and charges are no
 * entities: an extraction that still has them (an older state folder) has them left out.
 *
 * <p>The merge does not depend on the order of its input and is not quadratic in the number of
 * entities. Entities are first grouped by blocking keys: places, organisations and sums by each
 * of their name keys (name and aliases), people by their normalised words. Groups are linked by
 * union-find: any shared key links two places or organisations; two people's forms are decided
 * per pair only inside a block of one type and one surname, and two groups join only when every
 * form of one is compatible with every form of the other (so "John A. Smith" and "John B. Smith"
 * never meet through "John Smith"). Pairs are tried in the order of their sorted forms. The name,
 * subtype and mentions of an entity come from its members in a canonical order (document path,
 * then order in the document), and case ids {@code e1, e2, …} follow the first mention in that
 * order.
 */
final class EntityMerger {
    private final NameRules names;

    EntityMerger(NameRules names) {
        this.names = names;
    }

    /**
     * The merged entities in order of case id, the case id of each local entity id, and for each
     * merged entity the positions of its members in the input, in canonical order (its mentions
     * are theirs, in that order).
     */
    record Result(List<Entity> entities, Map<String, String> caseIds, List<int[]> members) {
    }

    /**
     * @param entities every document's entities in canonical order (documents by path, each
     *     document's entities in its own order); the order only breaks ties between equally good
     *     names and numbers the ids
     * @param documentOf the document of each entity (its place in the canonical order): entities
     *     may come without their mentions, which the case keeps apart for a large folder
     */
    Result merge(List<Entity> entities, int[] documentOf) {
        List<Entity> kept = new ArrayList<>();
        List<Integer> inputIndex = new ArrayList<>();
        if (documentOf.length != entities.size()) {
            throw new IllegalArgumentException(documentOf.length + " documents for " + entities.size() + " entities");
        }
        for (int i = 0; i < entities.size(); i++) {
            if (!entities.get(i).type().isAttribute()) {
                kept.add(entities.get(i));
                inputIndex.add(i);
            }
        }
        int n = kept.size();
        UnionFind groups = new UnionFind(n);
        List<List<String>> words = new ArrayList<>(n);
        Map<String, Integer> firstByKey = new HashMap<>();
        // people: one node per type and normalised words; the rest: one node per name key
        Map<String, Map<String, Integer>> peopleBySurname = new TreeMap<>();
        // how many people of each article bear each surname alone: two ("Mr. Hale", "Mrs. Hale") the
        // article kept apart stay apart
        Map<String, Integer> loneInArticle = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = kept.get(i);
            List<String> w = NameKey.words(e.name());
            words.add(w);
            if (e.type() == EntityType.PERSON && w.size() == 1) {
                // a surname alone is decided article by article ({@link #linkLoneSurnames})
                String article = w.get(0) + "\u0000" + documentOf[inputIndex.get(i)];
                int seen = loneInArticle.merge(article, 1, Integer::sum) - 1;
                linkByKey(groups, firstByKey, "P1\u0000" + article + (seen == 0 ? "" : "\u0000" + seen), i);
            } else if (e.type() == EntityType.PERSON) {
                linkByKey(groups, firstByKey, "P\u0000" + String.join(" ", w), i);
                if (w.size() >= 2) {
                    peopleBySurname.computeIfAbsent(w.get(w.size() - 1), k -> new TreeMap<>())
                            .putIfAbsent(String.join(" ", w), i);
                }
            } else {
                linkByKey(groups, firstByKey, e.type() + "\u0000" + names.key(e.type(), e.name()), i);
                for (String alias : e.aliases()) {
                    linkByKey(groups, firstByKey, e.type() + "\u0000" + names.key(e.type(), alias), i);
                }
            }
        }
        peopleBySurname.values().forEach(block -> linkPeople(groups, block, words));
        linkLoneSurnames(kept, inputIndex.stream().mapToInt(i -> documentOf[i]).toArray(), groups, words, firstByKey,
                loneInArticle);
        return assemble(kept, inputIndex, groups);
    }

    /** Generational suffixes after a surname ("Ivo Marr Jr."): the surname is the word before them. */
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    /** A person who holds a surname: the group of the person's forms, and any generational suffix ("jr"). */
    private record Holder(int group, String suffix) {
    }

    /**
     * A person named by a surname alone ("Marr said" in a second article) is the one person of the
     * case with that surname ("Ivo Marr"), and nobody when two people share it ("Ivo Marr" and
     * "Lena Marr", a father and his son "Ivo Marr Jr.") or when the word is also someone's given
     * name ("Marr Hollis"), nor when the surname's article shares nothing else with an article of
     * that person (no other person, organisation or place below a state: "Marr scored twice for
     * Kestrel Rovers" in a folder that names "Ivo Marr" only as a defendant). Decided article by
     * article, once the full names are joined, so it does not depend on order, and one article
     * that ties never carries another that does not; the surnames alone left over are one person
     * across articles, as any other name.
     */
    private static void linkLoneSurnames(List<Entity> kept, int[] documentOf, UnionFind groups, List<List<String>> words,
            Map<String, Integer> firstByKey, Map<String, Integer> loneInArticle) {
        Map<String, java.util.Set<Holder>> holders = new HashMap<>();
        java.util.Set<String> givenNames = new java.util.HashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            List<String> w = words.get(i);
            if (kept.get(i).type() != EntityType.PERSON || w.size() < 2) {
                continue;
            }
            int last = w.size() - 1;
            while (last > 1 && SUFFIXES.contains(w.get(last))) {
                last--;
            }
            String surname = w.get(last);
            // "Ivo Marr Jr." beside "Ivo Marr": two people, however their forms were joined
            String suffix = String.join(" ", w.subList(last + 1, w.size()));
            holders.computeIfAbsent(surname, k -> new java.util.HashSet<>()).add(new Holder(groups.find(i), suffix));
            givenNames.add(w.get(0));
        }
        // the groups of each article, before any surname joins, over the entities that tie two
        // articles to one story (not a sum, a country or a state: any two articles may share those)
        Map<Integer, java.util.Set<Integer>> groupsIn = new HashMap<>();
        Map<Integer, java.util.Set<Integer>> documents = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            boolean surnameAlone = kept.get(i).type() == EntityType.PERSON && words.get(i).size() == 1;
            if (tiesStory(kept.get(i)) && !surnameAlone) {
                int root = groups.find(i);
                groupsIn.computeIfAbsent(documentOf[i], k -> new java.util.HashSet<>()).add(root);
                documents.computeIfAbsent(root, k -> new java.util.HashSet<>()).add(documentOf[i]);
            }
        }
        // each holder's companions: the groups of its articles (once per holder, so the whole is linear)
        Map<Integer, java.util.Set<Integer>> companions = new HashMap<>();
        List<int[]> joins = new ArrayList<>();
        List<Integer> apart = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            List<String> w = words.get(i);
            if (kept.get(i).type() != EntityType.PERSON || w.size() != 1) {
                continue;
            }
            java.util.Set<Holder> people = givenNames.contains(w.get(0)) ? null : holders.get(w.get(0));
            int holder = people != null && people.size() == 1 ? people.iterator().next().group() : -1;
            java.util.Set<Integer> with = holder < 0 ? java.util.Set.of() : companions.computeIfAbsent(holder, h -> {
                java.util.Set<Integer> out = new java.util.HashSet<>();
                documents.getOrDefault(h, java.util.Set.of()).forEach(d -> out.addAll(groupsIn.get(d)));
                out.remove(h);
                return out;
            });
            boolean shared = false;
            for (int other : groupsIn.getOrDefault(documentOf[i], java.util.Set.of())) {
                shared |= with.contains(other);
            }
            // the holder named in the surname's own article, which kept the two apart ("Mr. Hale"
            // beside "Ann Hale"): the article had the whole text to decide by
            shared &= holder < 0 || !documents.getOrDefault(holder, java.util.Set.of()).contains(documentOf[i]);
            if (shared) {
                joins.add(new int[] {holder, i});
            } else {
                apart.add(i);
            }
        }
        joins.forEach(pair -> groups.union(pair[0], pair[1]));
        // the surnames alone that are no one's known person are one person across articles, as before
        for (int i : apart) {
            // (not two of one article, which it kept apart: "Mr. Hale" and "Mrs. Hale")
            if (loneInArticle.getOrDefault(words.get(i).get(0) + "\u0000" + documentOf[i], 0) < 2) {
                linkByKey(groups, firstByKey, "P\u0000" + words.get(i).get(0), i);
            }
        }
    }

    /** Whether an entity can tie two articles to one story: a person, an organisation, a place below a state. */
    private static boolean tiesStory(Entity e) {
        return switch (e.type()) {
            case PERSON, ORGANIZATION -> true;
            case LOCATION -> e.subtype() != PlaceType.COUNTRY && e.subtype() != PlaceType.STATE_OR_PROVINCE;
            default -> false;
        };
    }


    private static void linkByKey(UnionFind groups, Map<String, Integer> firstByKey, String key, int i) {
        Integer first = firstByKey.putIfAbsent(key, i);
        if (first != null) {
            groups.union(first, i);
        }
    }

    /**
     * The people of one surname: distinct forms, sorted (more words first, then alphabetically);
     * each compatible pair joins its two groups when every form of one is compatible with every
     * form of the other.
     */
    private void linkPeople(UnionFind groups, Map<String, Integer> block, List<List<String>> words) {
        if (block.size() < 2) {
            return;
        }
        List<Integer> forms = new ArrayList<>(block.values());
        forms.sort(Comparator.comparingInt((Integer i) -> -words.get(i).size())
                .thenComparing(i -> String.join(" ", words.get(i))));
        Map<Integer, List<Integer>> formsOfGroup = new HashMap<>();
        for (int f : forms) {
            formsOfGroup.computeIfAbsent(groups.find(f), k -> new ArrayList<>()).add(f);
        }
        for (int a = 0; a < forms.size(); a++) {
            for (int b = a + 1; b < forms.size(); b++) {
                int ra = groups.find(forms.get(a));
                int rb = groups.find(forms.get(b));
                if (ra == rb || !samePerson(words.get(forms.get(a)), words.get(forms.get(b)))) {
                    continue;
                }
                List<Integer> fa = formsOfGroup.get(ra);
                List<Integer> fb = formsOfGroup.get(rb);
                boolean all = fa.stream().allMatch(x -> fb.stream().allMatch(y -> samePerson(words.get(x), words.get(y))));
                if (all) {
                    int root = groups.union(ra, rb);
                    List<Integer> joined = new ArrayList<>(fa);
                    joined.addAll(fb);
                    formsOfGroup.remove(ra);
                    formsOfGroup.remove(rb);
                    formsOfGroup.put(root, joined);
                }
            }
        }
    }

    /** Whether two people's names (normalised words) may name one person. */
    private boolean samePerson(List<String> words, List<String> other) {
        if (words.size() < 2 || other.size() < 2) {
            // a lone name joins only the very same lone name (never a full name by surname alone)
            return words.equals(other);
        }
        boolean sameEnds = names.sameGivenName(words.get(0), other.get(0))
                && words.get(words.size() - 1).equals(other.get(other.size() - 1));
        List<String> rest = words.subList(1, words.size());
        List<String> otherRest = other.subList(1, other.size());
        return sameEnds && (rest.containsAll(otherRest) || otherRest.containsAll(rest));
    }

    private Result assemble(List<Entity> kept, List<Integer> inputIndex, UnionFind groups) {
        // members of each group in input (canonical) order; groups in order of their first member
        Map<Integer, List<Integer>> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Entity> out = new ArrayList<>();
        Map<String, String> caseIds = new HashMap<>();
        List<int[]> memberIndexes = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            memberIndexes.add(group.stream().mapToInt(inputIndex::get).toArray());
            String id = "e" + (out.size() + 1);
            List<Entity> es = group.stream().map(kept::get).toList();
            Entity first = es.get(0);
            String raw = bestName(first.type(), es);
            String name = Capitals.ordinary(first.type(), raw);
            List<String> aliases = es.stream().flatMap(e -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(e.name()), e.aliases().stream()))
                    .filter(f -> !f.equals(name) && !f.equals(raw)).distinct().sorted().toList();
            PlaceType subtype = es.stream().map(Entity::subtype).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            List<Mention> mentions = es.stream().flatMap(e -> e.mentions().stream()).toList();
            out.add(new Entity(id, first.type(), subtype, name, aliases, mentions));
            es.forEach(e -> caseIds.put(e.id(), id));
        }
        return new Result(out, caseIds, memberIndexes);
    }

    /**
     * The fullest name of a group: a place's short form rather than its long one ("Iraq" rather
     * than "Republic of Iraq"); more words; for people with as many words, the full given name
     * rather than its short form ("Thomas" rather than "Tom"); ordinary capitals rather than
     * capitals; then the first in canonical order.
     */
    private String bestName(EntityType type, List<Entity> es) {
        List<String> distinct = es.stream().map(Entity::name).distinct().toList();
        String best = distinct.get(0);
        for (String candidate : distinct.subList(1, distinct.size())) {
            if (better(type, candidate, best, distinct)) {
                best = candidate;
            }
        }
        return best;
    }

    private boolean better(EntityType type, String candidate, String best, List<String> es) {
        boolean longC = names.isLongForm(type, candidate);
        boolean longB = names.isLongForm(type, best);
        if (longC != longB) {
            return longB;
        }
        List<String> wc = NameKey.words(candidate);
        List<String> wb = NameKey.words(best);
        if (wc.size() != wb.size()) {
            return wc.size() > wb.size();
        }
        if (type == EntityType.PERSON && wc.size() >= 2) {
            boolean shortC = isShortForm(wc.get(0), wc.size(), es);
            boolean shortB = isShortForm(wb.get(0), wb.size(), es);
            if (shortC != shortB) {
                return shortB;
            }
        }
        return Capitals.isShouted(best) && !Capitals.isShouted(candidate);
    }

    /** Whether another name of the group with as many words has the full given name of which this is a short form. */
    private boolean isShortForm(String given, int size, List<String> es) {
        for (String e : es) {
            List<String> w = NameKey.words(e);
            if (w.size() == size && names.isFullFormOf(w.get(0), given)) {
                return true;
            }
        }
        return false;
    }

    /** Disjoint sets over 0..n-1 with path halving and union by size. */
    static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins the sets of a and b; returns the root of the joined set. */
        int union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return ra;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
            return ra;
        }
    }
}
