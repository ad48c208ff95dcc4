package org.casefile.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.extract.Entity;
import org.casefile.extract.NameKey;
import org.casefile.ingest.Citation;

/**
 * Merges the entities of all documents so that one person has one id in the whole case: the same
 * name key, a shared alias, or for people the same given name and surname where one name's words
 * contain the other's (a missing middle name). Never on a shared surname alone.
 */
final class EntityMerger {
    private static final class Cluster {
        final String type;
        String subtype;
        String name;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        final List<Citation> mentions = new ArrayList<>();

        Cluster(Entity e) {
            type = e.type();
            subtype = e.subtype();
            name = e.name();
            add(e);
        }

        void add(Entity e) {
            if (NameKey.words(e.name()).size() > NameKey.words(name).size()) {
                forms.add(name);
                name = e.name();
            } else {
                forms.add(e.name());
            }
            forms.addAll(e.aliases());
            keys.add(NameKey.of(e.name()));
            e.aliases().forEach(a -> keys.add(NameKey.of(a)));
            mentions.addAll(e.mentions());
            if (subtype == null) {
                subtype = e.subtype();
            }
        }
    }

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Cluster> byLocalId = new HashMap<>();

    void add(Entity e) {
        Cluster match = null;
        for (Cluster c : clusters) {
            if (c.type.equals(e.type()) && sameEntity(c, e)) {
                match = c;
                break;
            }
        }
        if (match == null) {
            match = new Cluster(e);
            clusters.add(match);
        } else {
            match.add(e);
        }
        byLocalId.put(e.id(), match);
    }

    private static boolean sameEntity(Cluster c, Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(e.name()));
        e.aliases().forEach(a -> keys.add(NameKey.of(a)));
        if (!c.type.equals("PERSON")) {
            return keys.stream().anyMatch(c.keys::contains);
        }
        List<String> words = NameKey.words(e.name());
        List<String> other = NameKey.words(c.name);
        if (words.size() < 2 || other.size() < 2) {
            // a lone name joins only the very same lone name (never a full name by surname alone)
            return words.equals(other);
        }
        boolean sameEnds = words.get(0).equals(other.get(0))
                && words.get(words.size() - 1).equals(other.get(other.size() - 1));
        return sameEnds && (words.containsAll(other) || other.containsAll(words));
    }

    /** The merged entities with case ids e1, e2, … in order of first appearance, and the id map. */
    Map<String, String> assignIds(List<Entity> out) {
        Map<Cluster, String> ids = new HashMap<>();
        for (Cluster c : clusters) {
            String id = "e" + (ids.size() + 1);
            ids.put(c, id);
            List<String> aliases = c.forms.stream().filter(f -> !f.equals(c.name)).distinct().sorted().toList();
            out.add(new Entity(id, c.type, c.subtype, c.name, aliases, c.mentions));
        }
        Map<String, String> localToCase = new HashMap<>();
        byLocalId.forEach((local, cluster) -> localToCase.put(local, ids.get(cluster)));
        return localToCase;
    }
}
