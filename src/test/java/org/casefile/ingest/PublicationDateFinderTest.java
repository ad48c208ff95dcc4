package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateFinderTest {
    private static final LocalDate MANIFEST = LocalDate.of(2021, 1, 1);
    private static final LocalDate METADATA = LocalDate.of(2021, 2, 2);
    private static final LocalDate OPTION = LocalDate.of(2021, 9, 9);
    private static final String FILED = "ORDER\nFiled 04/21/21\nThe motion is granted.";

    private final PublicationDateFinder withOption = new PublicationDateFinder(OPTION);
    private final PublicationDateFinder withoutOption = new PublicationDateFinder(null);

    private static Optional<PublicationDate> date(LocalDate d, DateSource source) {
        return Optional.of(new PublicationDate(d, source));
    }

    @Test
    void precedenceIsManifestMetadataTextFileNameOption() {
        String file = "2021-05-11-order.pdf";
        assertThat(withOption.find(MANIFEST, METADATA, FILED, file)).isEqualTo(date(MANIFEST, DateSource.MANIFEST));
        assertThat(withOption.find(null, METADATA, FILED, file)).isEqualTo(date(METADATA, DateSource.METADATA));
        assertThat(withOption.find(null, null, FILED, file))
                .isEqualTo(date(LocalDate.of(2021, 4, 21), DateSource.TEXT));
        assertThat(withOption.find(null, null, "The motion is granted.", file))
                .isEqualTo(date(LocalDate.of(2021, 5, 11), DateSource.FILENAME));
        assertThat(withOption.find(null, null, "The motion is granted.", "order.pdf"))
                .isEqualTo(date(OPTION, DateSource.OPTION));
    }

    @Test
    void noDateAnywhereIsEmpty() {
        assertThat(withoutOption.find(null, null, "The motion is granted on the papers.", "order.pdf")).isEmpty();
        assertThat(withoutOption.find(null, null, "", "order.pdf")).isEmpty();
        assertThat(withoutOption.find(null, null, null, null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Filed 04/21/21 | 2021-04-21",
        "FILED: 04/21/2021 | 2021-04-21",
        "Case 8:16-cv-01261-DOC-KES   Document 40   Filed 08/05/16   Page 1 of 4 | 2016-08-05",
        "Dated: April 21, 2021 | 2021-04-21",
        "DATED: Apr. 21, 2021 | 2021-04-21",
        "Decided May 3, 2019 | 2019-05-03",
        "Argued April 23, 2013—Decided June 13, 2013 | 2013-06-13",
        "Entered on 21 April 2021 | 2021-04-21",
        "Date of Order: 2021-04-21 | 2021-04-21",
        "May 11, 2021 | 2021-05-11",
        "WASHINGTON — May 11, 2021 | 2021-05-11",
        "VELMORA, Ore. (May 11, 2021) | 2021-05-11",
        "Published: Tuesday, May 11, 2021 | 2021-05-11",
        "11 May 2021 | 2021-05-11",
    })
    void datesAtTheHeadOfTheText(String line, String expected) {
        String text = "SOME COURT OR NEWSPAPER\n" + line + "\nThe body follows, mentioning June 30, 2020 in passing.";
        assertThat(PublicationDateFinder.fromTextHead(text)).contains(LocalDate.parse(expected));
    }

    @Test
    void aStampBeatsADatelineAndOnlyTheHeadCounts() {
        assertThat(PublicationDateFinder.fromTextHead("May 1, 2021\nThe order.\nFiled 04/21/21"))
                .contains(LocalDate.of(2021, 4, 21));
        String late = "x".repeat(PublicationDateFinder.HEAD_CHARS) + "\nFiled 04/21/21";
        assertThat(PublicationDateFinder.fromTextHead(late)).isEmpty();
        assertThat(PublicationDateFinder.fromTextHead("The hearing is set for June 1, 2021.")).isEmpty();
        assertThat(PublicationDateFinder.fromTextHead("Filed 13/45/21")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2021-05-11.pdf, 2021-05-11",
        "order_2021_05_11_final.pdf, 2021-05-11",
        "20210511-order.pdf, 2021-05-11",
        "scan20210511.pdf, 2021-05-11",
    })
    void datesInFileNames(String name, String expected) {
        assertThat(PublicationDateFinder.fromFileName(name)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"order.pdf", "gov.uscourts.cacd.652774.40.0.pdf", "2021-13-45.pdf", "123202105119.pdf", "18000101.pdf"})
    void fileNamesWithoutDates(String name) {
        assertThat(PublicationDateFinder.fromFileName(name)).isEmpty();
    }
}
