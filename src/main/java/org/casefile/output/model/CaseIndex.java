package org.casefile.output.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casefile.output.model.CaseModel.Citation;
import org.casefile.output.model.CaseModel.Document;
import org.casefile.output.model.CaseModel.Entity;

/**
 * Lookups over a {@link CaseModel}: documents and entities by id, and code-point slices of the
 * documents' texts (when the file carries them) for quote context.
 */
public final class CaseIndex {
    private final CaseModel model;
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, int[]> codePoints = new HashMap<>();

    public CaseIndex(CaseModel model) {
        this.model = model;
        model.documents().forEach(d -> documents.put(d.id(), d));
        model.entities().forEach(e -> entities.put(e.id(), e));
    }

    public CaseModel model() {
        return model;
    }

    /** The document with this id, or null. */
    public Document document(String id) {
        return id == null ? null : documents.get(id);
    }

    /** The entity with this id, or null. */
    public Entity entity(String id) {
        return id == null ? null : entities.get(id);
    }

    /** The entity's canonical name, or the id itself when unknown. */
    public String entityName(String id) {
        Entity e = entity(id);
        return e == null ? id : e.name();
    }

    /** A short human label for a document: its title, else its file name. */
    public String documentLabel(String id) {
        Document d = document(id);
        if (d == null) {
            return id;
        }
        return d.title() != null && !d.title().isBlank() ? d.title() : fileName(d.path());
    }

    /** The last segment of a path. */
    public static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** Whether the document's text is in the file. */
    public boolean hasText(String documentId) {
        Document d = document(documentId);
        return d != null && d.text() != null;
    }

    /** Code points {@code [start, end)} of the document's text, or null when the text is absent or too short. */
    public String slice(String documentId, int start, int end) {
        int[] cps = codePoints(documentId);
        if (cps == null || start < 0 || end > cps.length || start > end) {
            return null;
        }
        return new String(cps, start, end - start);
    }

    /** Up to {@code n} code points before the citation, or null when the text is absent. */
    public String prefix(Citation c, int n) {
        int[] cps = codePoints(c.document());
        if (cps == null || c.start() > cps.length) {
            return null;
        }
        int from = Math.max(0, c.start() - n);
        return new String(cps, from, c.start() - from);
    }

    /** Up to {@code n} code points after the citation, or null when the text is absent. */
    public String suffix(Citation c, int n) {
        int[] cps = codePoints(c.document());
        if (cps == null || c.end() > cps.length) {
            return null;
        }
        int to = Math.min(cps.length, c.end() + n);
        return new String(cps, c.end(), to - c.end());
    }

    /** Whether the citation's text is exactly its slice of the document text (true when there is no text to check). */
    public boolean resolves(Citation c) {
        if (!hasText(c.document())) {
            return true;
        }
        return c.text().equals(slice(c.document(), c.start(), c.end()));
    }

    private int[] codePoints(String documentId) {
        Document d = document(documentId);
        if (d == null || d.text() == null) {
            return null;
        }
        return codePoints.computeIfAbsent(documentId, k -> d.text().codePoints().toArray());
    }
}
