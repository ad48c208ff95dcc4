package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A role source ("the striker said") is the story's one holder of that role, named by a title or
 * by "the" in apposition before the source, never the person named nearest (one named only after it
 * leaves the role: it may be another's words); "according
 * to a study published … in the Journal of …" is the study's. The names and places are invented and appear nowhere in the corpus or the
 * shared development data.
 */
class RoleHoldersAndStudiesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2029, 9, 18);

    /** "speakerName|entity name: text" for each claim. */
    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> c.speakerName() + "|" + names.get(c.speaker()) + ": " + c.text()).toList();
    }

    @Test
    void theRoleIsItsOneHolderNamedBeforeBySoApposition() {
        assertThat(claims("Tomas Varga, the striker, scored both goals in the second half. \"We never stopped believing,\""
                + " the striker said after the match."))
                .containsExactly("the striker|Tomas Varga: We never stopped believing,");
    }

    @Test
    void aHolderNamedOnlyAfterTheSourceLeavesTheRole() {
        assertThat(claims("The minister said the levy would pass. Minister Orla Venturi, speaking in Tarnwick, added that"
                + " talks continued."))
                .contains("The minister|null: the levy would pass");
    }

    @Test
    void aPersonNearbyWithAnotherRoleIsNotTheRoleHolder() {
        assertThat(claims("The judge said the jury must ignore the press. Wendel Ashcombe, the defendant, sat silently."))
                .containsExactly("The judge|null: the jury must ignore the press");
        // a name near the role, given no role: nobody is guessed
        assertThat(claims("Fallowby drew 0-0 with Ostenvale. The goalkeeper said the defence had been superb."
                + " Jory Penhallick made seven saves."))
                .containsExactly("The goalkeeper|null: the defence had been superb");
    }

    @Test
    void twoHoldersOfTheRoleLeaveItARole() {
        assertThat(claims("The witness said she saw a grey van. Wenna Brisco, the witness, and Hedda Morrow, the witness"
                + " for the defence, testified again."))
                .contains("The witness|null: she saw a grey van");
    }

    @Test
    void aStudyPublishedInAJournalIsTheSource() {
        assertThat(claims("Strokes fell by 9 percent, according to a study published Wednesday in the Journal of Renal Medicine."))
                .containsExactly("a study|null: Strokes fell by 9 percent");
    }
}
