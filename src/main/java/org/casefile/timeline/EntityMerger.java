package org.casefile.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
final class EntityMerger {
    /** Types that are attributes of a mention or an event, not entities of the case. */
    static final Set<String> ATTRIBUTE_TYPES = Set.of("TITLE", "NATIONALITY", "CRIMINAL_CHARGE");

    private final NameRules names;

    EntityMerger(NameRules names) {
        this.names = names;
    }

    private final class Cluster {
        final String type;
        String subtype;
        String name;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Cluster(Entity e) {
            type = e.type();
            subtype = e.subtype();
            name = e.name();
            add(e);
        }

        void add(Entity e) {
            List<String> mine = NameKey.words(name);
            List<String> theirs = NameKey.words(e.name());
            boolean fuller = names.isLongForm(type, name) != names.isLongForm(type, e.name())
                    ? names.isLongForm(type, name) // "Iraq" rather than "Republic of Iraq"
                    : theirs.size() > mine.size()
                    || theirs.size() == mine.size() && theirs.size() >= 2 && type.equals("PERSON")
                            && names.isFullFormOf(theirs.get(0), mine.get(0))
                    || Capitals.isShouted(name) && !Capitals.isShouted(e.name()) && theirs.equals(mine);
            if (fuller) {
                forms.add(name);
                name = e.name();
            } else {
                forms.add(e.name());
            }
            forms.addAll(e.aliases());
            keys.add(names.key(type, e.name()));
            e.aliases().forEach(a -> keys.add(names.key(type, a)));
            mentions.addAll(e.mentions());
            if (subtype == null) {
                subtype = e.subtype();
            }
        }
    }

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Cluster> byLocalId = new HashMap<>();

    void add(Entity e) {
        if (ATTRIBUTE_TYPES.contains(e.type())) {
            return;
        }
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

    private boolean sameEntity(Cluster c, Entity e) {
        if (!c.type.equals("PERSON")) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(names.key(c.type, e.name()));
            e.aliases().forEach(a -> keys.add(names.key(c.type, a)));
            return keys.stream().anyMatch(c.keys::contains);
        }
        List<String> words = NameKey.words(e.name());
        List<String> other = NameKey.words(c.name);
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

    /** The merged entities with case ids e1, e2, … in order of first appearance, and the id map. */
    Map<String, String> assignIds(List<Entity> out) {
        Map<Cluster, String> ids = new HashMap<>();
        for (Cluster c : clusters) {
            String id = "e" + (ids.size() + 1);
            ids.put(c, id);
            String name = Capitals.ordinary(c.type, c.name);
            List<String> aliases = c.forms.stream().filter(f -> !f.equals(name)).distinct().sorted().toList();
            out.add(new Entity(id, c.type, c.subtype, name, aliases, c.mentions));
        }
        Map<String, String> localToCase = new HashMap<>();
        byLocalId.forEach((local, cluster) -> localToCase.put(local, ids.get(cluster)));
        return localToCase;
    }
}
