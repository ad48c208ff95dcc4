package org.casefile.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefile.nlp.EntityMention;

/** The entities of one document and which entity each mention belongs to. */
public record DocumentEntities(List<Entity> entities, Map<EntityMention, String> entityOf) {
    public DocumentEntities {
        entities = List.copyOf(entities);
        entityOf = Map.copyOf(entityOf);
    }

    public Optional<String> idOf(EntityMention mention) {
        return Optional.ofNullable(entityOf.get(mention));
    }

    /** The mention that covers char {@code offset}, if any. */
    public Optional<EntityMention> mentionAt(int offset) {
        return entityOf.keySet().stream().filter(m -> offset >= m.begin() && offset < m.end()).findFirst();
    }
}
