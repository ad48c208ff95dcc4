package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A "person" followed by an apposition that names a business is that company; hand-tagged "word/NER". */
class CompaniesApposedToBusinessNounsTest {

    private static String apply(String tagged) {
        List<CoreLabel> labels = HandLabels.of(tagged, CoreLabel::setNER);
        NameBounds.companiesApposedToBusinessNouns(labels);
        return HandLabels.show(labels, CoreLabel::ner);
    }

    @Test
    void aNameApposedToABusinessNounIsTheCompany() {
        assertThat(apply("Quistal/PERSON Fennimore/PERSON ,/O the/O Ravelburg/LOCATION -/O based/O insurer/O ,/O lost/O"))
                .isEqualTo("Quistal/ORGANIZATION Fennimore/ORGANIZATION ,/O the/O Ravelburg/LOCATION -/O based/O "
                        + "insurer/O ,/O lost/O");
        assertThat(apply("Orrin/PERSON Tapscombe/PERSON ,/O a/O hedge/O fund/O ,/O bought/O shares/O"))
                .isEqualTo("Orrin/ORGANIZATION Tapscombe/ORGANIZATION ,/O a/O hedge/O fund/O ,/O bought/O shares/O");
        assertThat(apply("Velmont/PERSON Aero/PERSON ,/O a/O unit/O of/O Drossel/ORGANIZATION Group/ORGANIZATION"))
                .isEqualTo("Velmont/ORGANIZATION Aero/ORGANIZATION ,/O a/O unit/O of/O Drossel/ORGANIZATION "
                        + "Group/ORGANIZATION");
    }

    @Test
    void aPersonWithAnAppositionStaysAPerson() {
        // the business noun modifies the person's trade
        assertThat(apply("Quistal/PERSON Fennimore/PERSON ,/O a/O bank/O teller/O ,/O said/O"))
                .isEqualTo("Quistal/PERSON Fennimore/PERSON ,/O a/O bank/O teller/O ,/O said/O");
        // the business owns what she is
        assertThat(apply("Quistal/PERSON Fennimore/PERSON ,/O the/O firm/O 's/O founder/O ,/O said/O"))
                .isEqualTo("Quistal/PERSON Fennimore/PERSON ,/O the/O firm/O 's/O founder/O ,/O said/O");
        // the business is further on, after a preposition
        assertThat(apply("Quistal/PERSON Fennimore/PERSON ,/O a/O partner/O at/O a/O law/O firm/O ,/O said/O"))
                .isEqualTo("Quistal/PERSON Fennimore/PERSON ,/O a/O partner/O at/O a/O law/O firm/O ,/O said/O");
        // an address or a title before the name
        assertThat(apply("Ms./O Quistal/PERSON Fennimore/PERSON ,/O a/O retailer/O ,/O said/O"))
                .isEqualTo("Ms./O Quistal/PERSON Fennimore/PERSON ,/O a/O retailer/O ,/O said/O");
        // no comma, no determiner
        assertThat(apply("Quistal/PERSON Fennimore/PERSON ,/O who/O ran/O a/O firm/O ,/O said/O"))
                .isEqualTo("Quistal/PERSON Fennimore/PERSON ,/O who/O ran/O a/O firm/O ,/O said/O");
    }
}
