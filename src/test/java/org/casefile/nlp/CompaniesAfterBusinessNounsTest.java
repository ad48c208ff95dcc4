package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name the tagger read as a person right after "the" and a noun of business is that company; hand-tagged "word/NER". */
class CompaniesAfterBusinessNounsTest {

    private static String apply(String tagged) {
        List<CoreLabel> labels = HandLabels.of(tagged, CoreLabel::setNER);
        NameBounds.companiesAfterBusinessNouns(labels);
        return HandLabels.show(labels, CoreLabel::ner);
    }

    @Test
    void aNameClosingThePhraseOfABusinessNounIsTheCompany() {
        assertThat(apply("joined/O from/O the/O consulting/O firm/O Quarrow/PERSON Lisle/PERSON ./O"))
                .isEqualTo("joined/O from/O the/O consulting/O firm/O Quarrow/ORGANIZATION Lisle/ORGANIZATION ./O");
        assertThat(apply("bought/O the/O snack/O maker/O Pembry/PERSON Foods/PERSON and/O closed/O it/O"))
                .isEqualTo("bought/O the/O snack/O maker/O Pembry/ORGANIZATION Foods/ORGANIZATION and/O closed/O it/O");
    }

    @Test
    void aPersonAfterABusinessNounStaysAPerson() {
        // a word of the sentence after the name: she founded it
        assertThat(apply("sold/O the/O company/O Ysolde/PERSON Marrick/PERSON founded/O"))
                .isEqualTo("sold/O the/O company/O Ysolde/PERSON Marrick/PERSON founded/O");
        // a title between the noun and the name
        assertThat(apply("the/O firm/O chairman/TITLE Ysolde/PERSON Marrick/PERSON ,/O"))
                .isEqualTo("the/O firm/O chairman/TITLE Ysolde/PERSON Marrick/PERSON ,/O");
        // a noun of a trade people follow, not only a business
        assertThat(apply("The/O veteran/O lawmaker/O Ysolde/PERSON Marrick/PERSON said/O"))
                .isEqualTo("The/O veteran/O lawmaker/O Ysolde/PERSON Marrick/PERSON said/O");
        assertThat(apply("the/O record/O producer/O Ysolde/PERSON Marrick/PERSON ,/O"))
                .isEqualTo("the/O record/O producer/O Ysolde/PERSON Marrick/PERSON ,/O");
        // no determiner opens the phrase
        assertThat(apply("Firm/O founder/O Ysolde/PERSON Marrick/PERSON said/O"))
                .isEqualTo("Firm/O founder/O Ysolde/PERSON Marrick/PERSON said/O");
    }
}
