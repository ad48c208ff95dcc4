package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented budget story read as a new user would (session 17): a governor's spokesman who
 * "rejected that view" made a court ruling (the subject stood before an aside in commas, so the
 * sense "a court rejects" was not tested), the description of the person "according to" names
 * read as part of what she said, and "a second term" taken for a second of time. Names and places
 * appear nowhere in the corpus.
 */
class BudgetStoryTest {
    private static final LocalDate THURSDAY = LocalDate.of(2031, 6, 26);

    private static List<String> events(String text) {
        return Texts.extract(text, THURSDAY).events().stream()
                .map(e -> e.trigger().text() + "/" + e.type().name().toLowerCase()).toList();
    }

    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, THURSDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> names.get(c.speaker()) + ": " + c.text()).toList();
    }

    @Test
    void aSubjectBeforeAnAsideInCommasIsTestedByTheSense() {
        assertThat(events("A spokesman for the governor, Hollis Penhaligon, rejected that view.")).isEmpty();
        assertThat(events("The judge, Orlaith Mabrey, rejected the request."))
                .containsExactly("rejected/ruling");
    }

    @Test
    void aPersonsDescriptionAfterAccordingToIsNoPartOfWhatWasSaid() {
        assertThat(claims("According to Sen. Orlaith Mabrey, a Democrat from Kelsworth, the plan will fail."))
                .containsExactly("Orlaith Mabrey: the plan will fail");
        assertThat(claims("According to Orlaith Mabrey, chairwoman of the finance panel, the plan will fail."))
                .containsExactly("Orlaith Mabrey: the plan will fail");
        // negative: the subject of what was said, with an aside of its own, stays in it
        assertThat(claims("According to Orlaith Mabrey, the plan, unveiled on Monday, will fail."))
                .containsExactly("Orlaith Mabrey: the plan, unveiled on Monday, will fail");
        assertThat(claims("According to Orlaith Mabrey, a plan that cuts taxes will fail."))
                .containsExactly("Orlaith Mabrey: a plan that cuts taxes will fail");
    }

    @Test
    void aSecondBeforeANounIsAnOrdinal() {
        assertThat(Texts.dates("Amberlyn Tessaro will seek a second term next year.", THURSDAY))
                .containsExactly("next year=2032");
        assertThat(Texts.dates("Amberlyn Tessaro signed the budget in the second quarter.", THURSDAY))
                .containsExactly("the second quarter=2031-Q2");
    }
}
