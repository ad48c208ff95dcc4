package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented mayoral race read as a new user would (session 18): "According to the poll's
 * director, Ondine Rusk, the gap …" gave the role as the source and the name as the first words of
 * what was said; "According to Ondine Rusk, the poll's director, …" kept the description in the
 * claim; a source "who asked not to be named" made a claim of the request. Names appear nowhere in
 * the corpus.
 */
class ElectionStoryTest {
    private static final LocalDate MONDAY = LocalDate.of(2029, 10, 8);

    /** Each claim as {@code speaker name (entity or none): text}. */
    private static List<String> claims(String text) {
        return Texts.extract(text, MONDAY).claims().stream()
                .map(c -> c.speakerName() + (c.speaker() == null ? " (none)" : "") + ": " + c.text()).toList();
    }

    @Test
    void theNameAfterARoleSpeaks() {
        assertThat(claims("According to the poll's director, Ondine Rusk, the gap is within the margin of error."))
                .containsExactly("Ondine Rusk: the gap is within the margin of error");
        assertThat(claims("The gap is within the margin of error, said the college's spokesman, Istvan Quennell."))
                .containsExactly("Istvan Quennell: The gap is within the margin of error");
        // negative: after "of" the name may be anyone's; the role speaks and the name is no part of what was said
        assertThat(claims("According to the director of the poll, Ondine Rusk, the gap is within the margin of error."))
                .containsExactly("the director of the poll (none): the gap is within the margin of error");
    }

    @Test
    void aDescriptionAfterTheNameIsNoPartOfTheClaim() {
        assertThat(claims("According to Ondine Rusk, the poll's director, the gap is within the margin of error."))
                .containsExactly("Ondine Rusk: the gap is within the margin of error");
        // negative: after "the", a phrase with no role word is what was said
        assertThat(claims("According to Ondine Rusk, the budget, which passed in May, is already spent."))
                .containsExactly("Ondine Rusk: the budget, which passed in May, is already spent");
    }

    @Test
    void askingNotToBeNamedSaysNothing() {
        assertThat(claims("A Falkner aide, who asked not to be named because the talks are private, said the senator had "
                + "raised it in a letter in May."))
                .containsExactly("A Falkner aide (none): the senator had raised it in a letter in May");
        // negative: what a source asks others to do is still said
        assertThat(claims("Ingrid Ebbesen asked members not to cross the picket line on Friday."))
                .containsExactly("Ingrid Ebbesen: not to cross the picket line on Friday");
    }
}
