package org.casefile.output.model;

import org.casefile.output.model.CaseModel.EventDate;

/**
 * How an event's date was obtained, worded for a reader, in the two forms the formats print: the
 * HTML report's note under the event, and the clause TimelineJS adds to "Reported by N sources".
 * One switch over the derivation words both, so a new derivation needs both and a change of one
 * is made beside the other. Plain text: each format escapes it.
 *
 * @param sentence the report's note, or null when it says nothing
 * @param clause TimelineJS's clause (it starts with "; "), or null when the slide says nothing
 */
public record DerivationNote(String sentence, String clause) {
    private static final DerivationNote NONE = new DerivationNote(null, null);

    /** The note for a date; a dated but unanchored date's sentence says so whatever its derivation. */
    public static DerivationNote of(EventDate d) {
        String quoted = d.text() == null ? "" : "“" + d.text() + "”";
        DerivationNote note = d.derivation() == null ? NONE : switch (d.derivation()) {
            case PUBLICATION_DATE -> new DerivationNote("Date worked out from " + quoted + " and the source's publication date.",
                    "; date worked out from the publication date (“" + (d.text() == null ? "" : d.text()) + "”)");
            case COMPUTED -> new DerivationNote("Date computed from another date (" + quoted + ").", null);
            case NARRATIVE -> new DerivationNote("Date counted from a day the story names just before (" + quoted + ").", null);
            case PUBLICATION -> new DerivationNote("No date in the text: the tense of the passage places it at or just"
                    + " before the source's publication date.",
                    "; no date in the text: the tense places it at or just before the publication date");
            case EXPLICIT, NONE -> NONE;
        };
        if (!d.anchored() && d.isDated()) {
            return new DerivationNote("Date not anchored: " + quoted + " is relative and the publication date is unknown.",
                    note.clause());
        }
        return note;
    }
}
