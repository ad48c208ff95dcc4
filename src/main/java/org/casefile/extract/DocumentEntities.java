package org.casefile.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefile.domain.EntityType;
import org.casefile.nlp.EntityMention;

/**
 * The entities of one document, which entity each mention belongs to, and the role the text gives
 * a person's mention ({@link Mention#title}). A role word alone ("the mayor", "police") belongs to
 * no entity: {@link #idOf} is empty for it.
 */
public final class DocumentEntities {
    private final List<Entity> entities;
    private final Map<EntityMention, String> entityOf;
    private final Map<EntityMention, String> titles;
    private final Map<String, Entity> byId;
    /** Each entity's mentions, in no particular order. */
    private final Map<String, List<EntityMention>> mentionsById;

    public DocumentEntities(List<Entity> entities, Map<EntityMention, String> entityOf,
            Map<EntityMention, String> titles) {
        this.entities = List.copyOf(entities);
        this.entityOf = Map.copyOf(entityOf);
        this.titles = titles == null ? Map.of() : Map.copyOf(titles);
        Map<String, Entity> ids = new HashMap<>();
        for (Entity e : this.entities) {
            if (ids.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("two entities with id " + e.id());
            }
        }
        this.byId = Map.copyOf(ids);
        Map<String, List<EntityMention>> mentions = new HashMap<>();
        this.entityOf.forEach((m, id) -> mentions.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(m));
        this.mentionsById = Map.copyOf(mentions);
    }

    /** The mentions of the entity with this id, in no particular order (none for an id not of this document). */
    public List<EntityMention> mentionsOf(String id) {
        return java.util.Collections.unmodifiableList(mentionsById.getOrDefault(id, List.of()));
    }

    public DocumentEntities(List<Entity> entities, Map<EntityMention, String> entityOf) {
        this(entities, entityOf, Map.of());
    }

    public List<Entity> entities() {
        return entities;
    }

    public Map<EntityMention, String> entityOf() {
        return entityOf;
    }

    public Map<EntityMention, String> titles() {
        return titles;
    }

    public Optional<String> idOf(EntityMention mention) {
        return Optional.ofNullable(entityOf.get(mention));
    }

    /** The entity with this id, if it is one of this document's. */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Whether a mention names a person as the grouping decided it (a surname the tagger read as a
     * place may join a person; a company's name it read as a person's joins the company); the
     * tagger's reading for a mention of no entity.
     */
    public boolean isPerson(EntityMention mention) {
        return idOf(mention).flatMap(this::entity).map(e -> e.type() == EntityType.PERSON)
                .orElse(mention.entityType() == EntityType.PERSON);
    }

    /** The mention's type as the grouping decided it; the tagger's for a mention of no entity. */
    public EntityType typeOf(EntityMention mention) {
        return idOf(mention).flatMap(this::entity).map(Entity::type).orElse(mention.entityType());
    }

    /**
     * Whether a mention names someone who can speak: a person or an organisation as the tagger read
     * it or as the grouping decided ("Lanthorn", read as a place, that joined "Lanthorn Robotics
     * Inc."). Either reading is enough: the grouping may also join a person's lone surname to a
     * place the tagger found elsewhere, and the sentence's grammar still says who spoke.
     */
    public boolean canSpeak(EntityMention mention) {
        return speaking(typeOf(mention)) || speaking(mention.entityType());
    }

    private static boolean speaking(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
    }

    /** The role the text gives this person mention ("lawyer for the county"), if any. */
    public Optional<String> titleOf(EntityMention mention) {
        return Optional.ofNullable(titles.get(mention));
    }

    /** The mention that covers char {@code offset}, if any. */
    public Optional<EntityMention> mentionAt(int offset) {
        return entityOf.keySet().stream().filter(m -> offset >= m.begin() && offset < m.end()).findFirst();
    }
}
