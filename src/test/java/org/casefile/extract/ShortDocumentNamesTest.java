package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A document of one sentence writes none of the small words in small letters, and the name rules
 * read a word the document never writes in small letters as a possible name: "On Tuesday, the
 * mayor of …" made a person "On Tuesday" of the apposition, and the date was lost under it (blind
 * check of news dates, session 35). Words of the closed classes are small words in every document.
 */
class ShortDocumentNamesTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2032, 5, 20);

    private static List<String> entities(String text) {
        return Texts.extract(text, THURSDAY).entities().stream().map(e -> e.type() + ":" + e.name()).toList();
    }

    private static List<String> dates(String text) {
        return Texts.extract(text, THURSDAY).dates().stream().map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void aPrepositionAndADayBeforeAnAppositionAreNoPerson() {
        String text = "On Tuesday, the treasurer of Quillbrook resigned.";
        assertThat(entities(text)).containsExactly("LOCATION:Quillbrook");
        assertThat(dates(text)).containsExactly("Tuesday=2032-05-18");
    }

    @Test
    void aMonthAfterLastBeforeAnAppositionStaysADate() {
        String text = "Last March, the treasurer of Quillbrook resigned.";
        assertThat(entities(text)).containsExactly("LOCATION:Quillbrook");
        assertThat(dates(text)).containsExactly("Last March=2032-03");
    }

    @Test
    void aWordOfTimeBeforeAMonthOrAWeekdayBeforeAnAppositionIsNoPerson() {
        String text = "Early Tuesday, the treasurer of Quillbrook was arrested.";
        assertThat(entities(text)).containsExactly("LOCATION:Quillbrook");
        assertThat(dates(text)).containsExactly("Early Tuesday=2032-05-18");
        assertThat(entities("Late March, the treasurer of Quillbrook resigned.")).containsExactly("LOCATION:Quillbrook");
    }

    @Test
    void aCompanyThatOpensWithAWordOfTimeOrAnotherDeterminerKeepsIt() {
        assertThat(entities("Next Plc, the Quillbrook clothing retailer, said on Monday it would close 40 stores."))
                .containsExactly("ORGANIZATION:Next Plc", "LOCATION:Quillbrook");
    }

    @Test
    void aNameBeforeTheSameAppositionIsStillAPerson() {
        assertThat(entities("Oswin Thackeray, the treasurer of Quillbrook, resigned."))
                .containsExactly("PERSON:Oswin Thackeray", "LOCATION:Quillbrook");
    }
}
