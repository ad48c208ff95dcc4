package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A court named by its kind after its seat ("Tarrow County Court", "Ebbsfield Crown Court") is one
 * organisation: the name tagger read the county's or the town's name on into a place (blind check
 * of a crime story, session 35). The kind in small letters names no court.
 */
class CourtNamesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2032, 2, 11);

    private static List<String> entities(String text) {
        return Texts.extract(text, PUBLISHED).entities().stream().map(e -> e.type() + ":" + e.name()).toList();
    }

    @Test
    void aCourtOfAKindAfterItsSeatIsOneOrganisation() {
        assertThat(entities("Ivo Stannard appeared in Tarrow County Court on Monday."))
                .containsExactly("PERSON:Ivo Stannard", "ORGANIZATION:Tarrow County Court");
        assertThat(entities("Ivo Stannard appeared at Ebbsfield Crown Court on Monday."))
                .containsExactly("PERSON:Ivo Stannard", "ORGANIZATION:Ebbsfield Crown Court");
    }

    @Test
    void aCourtOfAKindInSmallLettersNamesNone() {
        assertThat(entities("A lawyer for Ivo Stannard said the county court would hear the case before a crown court judge."))
                .containsExactly("PERSON:Ivo Stannard");
    }
}
