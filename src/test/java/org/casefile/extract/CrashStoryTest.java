package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented road death read as a new user would (session 18): "was charged … on Thursday, two
 * days after his pickup struck and killed a cyclist" gave the killing Thursday, as the parser joined
 * "killed" to "charged". Names appear nowhere in the corpus.
 */
class CrashStoryTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2030, 9, 12);

    /** Each event as {@code trigger/type/date}. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, THURSDAY);
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end()) + "/"
                + e.type().name().toLowerCase() + "/" + e.date().value()).toList();
    }

    @Test
    void whatACountedClauseTellsIsCountedFromTheMainClause() {
        assertThat(events("A driver was charged with vehicular manslaughter on Thursday, two days after his pickup "
                + "struck and killed a cyclist on Harrowgate Road."))
                .containsExactly("charged/charge/2030-09-12", "killed/killing/2030-09-10");
        // negative: a clause after the count with a day of its own keeps it
        assertThat(events("Ruslan Tollemache was sentenced on Thursday, two years after he was convicted on March 3, 2028."))
                .contains("convicted/conviction/2028-03-03");
        // negative: with no count, a verb joined to the main one shares its day
        assertThat(events("Ruslan Tollemache was arrested and charged on Thursday."))
                .containsExactlyInAnyOrder("arrested/arrest/2030-09-12", "charged/charge/2030-09-12");
    }
}
