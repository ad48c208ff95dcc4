package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Sports roles as titles ("Coach Ann Lee" makes "the coach said" hers), a study or report that came
 * out in a journal or from a body as the source ("research published Tuesday in the X Review found"
 * is the research's, never the journal's, and no day in its span; "a report published Monday by the
 * central bank" is the bank's), and a request, which is a party's word as the news reads it ("asked for
 * leniency"; PolNeAR marks requests as attributions).
 * The names and places are invented and appear nowhere in the corpus or the shared development data.
 */
class SportsTitlesAndPublishedWorksTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2029, 10, 2);

    /** "speakerName|entity name: text" for each claim. */
    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> c.speakerName() + "|" + names.get(c.speaker()) + ": " + c.text()).toList();
    }

    @Test
    void aCoachOrManagerTitledBeforeTheNameIsTheRoleLater() {
        assertThat(claims("Coach Wilma Struthan praised her defenders on Sunday. The coach said the team had improved."))
                .contains("The coach|Wilma Struthan: the team had improved");
        assertThat(claims("Manager Oswin Tarrety praised his defenders on Sunday. The manager said the team had improved."))
                .contains("The manager|Oswin Tarrety: the team had improved");
        assertThat(claims("Referee Dace Molloran sent off two players. The referee said he had no choice."))
                .containsExactly("The referee|Dace Molloran: he had no choice");
        // negative: the verb "coach" gives no one the role
        assertThat(claims("Wilma Struthan will coach the juniors next year. The coach said the team had improved."))
                .containsExactly("The coach|null: the team had improved");
    }

    @Test
    void researchThatCameOutInAJournalSpeaksNotTheJournal() {
        assertThat(claims("Research published Tuesday in the Brackwell Medical Review found that daily walking cut the"
                + " risk of stroke."))
                .containsExactly("Research|null: daily walking cut the risk of stroke");
        assertThat(claims("A study published in the Quenlow Journal of Ecology on Monday found that seagrass meadows"
                + " were shrinking."))
                .containsExactly("A study|null: seagrass meadows were shrinking");
    }

    @Test
    void aReportByABodyIsTheBodysWithNoDayInItsSpan() {
        assertThat(claims("A report published Monday by the central bank said inflation would stay high."))
                .containsExactly("the central bank|null: inflation would stay high");
        // negative: a study that is the object of another verb is no source of that verb's subject
        assertThat(claims("Tobin Harrowgate cited a study published in the Quenlow Journal of Ecology and said the"
                + " meadows were shrinking."))
                .allMatch(c -> c.startsWith("Tobin Harrowgate|Tobin Harrowgate: "));
    }

    @Test
    void aRequestIsTheRequestersWord() {
        assertThat(claims("Prosecutors asked for a ten-year sentence for Faolan Penmore."))
                .containsExactly("Prosecutors|null: a ten-year sentence for Faolan Penmore");
        assertThat(claims("The union asked that the talks resume on Friday."))
                .containsExactly("The union|null: the talks resume on Friday");
    }
}
