package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.casefile.domain.DateDerivation;
import org.casefile.domain.Precision;
import org.casefile.output.model.CaseModel.EventDate;
import org.casefile.output.model.DerivationNote;
import org.junit.jupiter.api.Test;

/** The one wording of a date's derivation, in the report's form and in TimelineJS's. */
class DerivationNoteTest {

    private static EventDate day(String text, boolean anchored, DateDerivation derivation) {
        return new EventDate("2033-03-09", text, "2033-03-09", "2033-03-09", Precision.DAY, anchored, derivation);
    }

    @Test
    void eachDerivationIsWordedForBothFormats() {
        assertThat(DerivationNote.of(day("last Sunday evening", true, DateDerivation.PUBLICATION_DATE))).isEqualTo(new DerivationNote(
                "Date worked out from “last Sunday evening” and the source's publication date.",
                "; date worked out from the publication date (“last Sunday evening”)"));
        assertThat(DerivationNote.of(day(null, true, DateDerivation.PUBLICATION))).isEqualTo(new DerivationNote(
                "No date in the text: the tense of the passage places it at or just before the source's publication date.",
                "; no date in the text: the tense places it at or just before the publication date"));
        assertThat(DerivationNote.of(day("12 days after", true, DateDerivation.COMPUTED)))
                .isEqualTo(new DerivationNote("Date computed from another date (“12 days after”).", null));
        assertThat(DerivationNote.of(day("the third morning after", true, DateDerivation.NARRATIVE))).isEqualTo(
                new DerivationNote("Date counted from a day the story names just before (“the third morning after”).", null));
    }

    @Test
    void aStatedDateAndAnUndatedEventGetNoNote() {
        assertThat(DerivationNote.of(day("9 March 2033", true, DateDerivation.EXPLICIT))).isEqualTo(new DerivationNote(null, null));
        assertThat(DerivationNote.of(new EventDate(null, null, null, null, null, false, DateDerivation.NONE)))
                .isEqualTo(new DerivationNote(null, null));
        assertThat(DerivationNote.of(day("9 March 2033", true, null))).isEqualTo(new DerivationNote(null, null));
    }

    @Test
    void anUnanchoredDateSaysSoInTheReportOnly() {
        assertThat(DerivationNote.of(day("that Thursday night", false, DateDerivation.NONE))).isEqualTo(new DerivationNote(
                "Date not anchored: “that Thursday night” is relative and the publication date is unknown.", null));
        // without a text the quote marks are left out in the report; TimelineJS keeps its (“”)
        assertThat(DerivationNote.of(day(null, true, DateDerivation.PUBLICATION_DATE))).isEqualTo(new DerivationNote(
                "Date worked out from  and the source's publication date.", "; date worked out from the publication date (“”)"));
    }
}
