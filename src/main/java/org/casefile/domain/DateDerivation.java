package org.casefile.domain;

/** How an event's date was obtained; the JSON contract writes {@code publication-date}. */
public enum DateDerivation implements ContractValue {
    /** Stated in full in the text. */
    EXPLICIT,
    /** Relative, resolved against the document's publication date. */
    PUBLICATION_DATE,
    /** Counted from a day the story stated just before ("the next day", "two days later"). */
    NARRATIVE,
    /** Computed from another date ("20 days after the ruling"). */
    COMPUTED,
    /**
     * No time expression: the clause's tense places it at the story's publication day, at or
     * just before that date ("Acme has opened a plant", a headline's "Acme opens plant").
     */
    PUBLICATION,
    /** No date. */
    NONE;

    @Override
    public String toString() {
        return json();
    }
}
