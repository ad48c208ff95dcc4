package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A text without pages that tells the same kind of act in the same words three times (a docket, a
 * police log) tells three acts: only a paged document's sentences repeated page after page are
 * running headers. Invented names and places.
 */
class RepeatedSentencesTest {
    @Test
    void threeArrestsToldInTheSameWordsAreThreeArrests() {
        String text = "On May 1, 2019, deputies in Corrowdale arrested Tamsin Ilver on a theft charge. "
                + "On May 9, 2019, deputies in Corrowdale arrested Tamsin Ilver on a theft charge. "
                + "On May 17, 2019, deputies in Corrowdale arrested Tamsin Ilver on a theft charge.";
        DocumentExtraction x = Texts.extract(text, LocalDate.of(2019, 6, 3));
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.ARREST).extracting(e -> e.date().value())
                .containsExactlyInAnyOrder("2019-05-01", "2019-05-09", "2019-05-17");
    }
}
