package org.casefile.extract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.casefile.ingest.Citation;

/**
 * One mention of an entity: a citation of the name as written, and (since contract 1.1) the role
 * the text gives the person right there, when the grammar ties it to the name: "U.S. Attorney
 * Rebecca Hale" gives {@code U.S. Attorney}, "His lawyer, Daniel Kim," gives {@code lawyer},
 * "Daniel Kim, a lawyer for the county," gives {@code lawyer for the county}. A role is never a
 * reason to merge two people.
 *
 * @param title the role as written, or null (left out of the JSON)
 */
public record Mention(String document, int start, int end, Integer page, String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String title) {

    public static Mention of(Citation c, String title) {
        return new Mention(c.document(), c.start(), c.end(), c.page(), c.text(), title);
    }

    /** The mention as a plain citation (the title left out). */
    @JsonIgnore
    public Citation citation() {
        return new Citation(document, start, end, page, text);
    }
}
