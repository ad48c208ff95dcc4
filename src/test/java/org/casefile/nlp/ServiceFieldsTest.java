package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Secretary of the Air Ministry for Procurement": the field after "for" is the title's; hand-tagged "word/NER". */
class ServiceFieldsTest {

    private static String apply(String tagged) {
        List<CoreLabel> labels = HandLabels.of(tagged, CoreLabel::setNER);
        NameBounds.titleOfficeFor(labels);
        return HandLabels.show(labels, CoreLabel::ner);
    }

    @Test
    void aServiceNamedInFullThenForAFieldEndsBeforeFor() {
        assertThat(apply("Tiberia/PERSON Lusk/PERSON ,/O deputy/O secretary/O of/O the/O Air/ORGANIZATION "
                + "Ministry/ORGANIZATION for/ORGANIZATION Procurement/ORGANIZATION ,/O said/O"))
                .isEqualTo("Tiberia/PERSON Lusk/PERSON ,/O deputy/O secretary/O of/O the/O Air/ORGANIZATION "
                        + "Ministry/ORGANIZATION for/TITLE Procurement/TITLE ,/O said/O");
        assertThat(apply("assistant/O secretary/O of/O the/O Navy/ORGANIZATION for/ORGANIZATION "
                + "Installations/ORGANIZATION ./O"))
                .isEqualTo("assistant/O secretary/O of/O the/O Navy/ORGANIZATION for/TITLE Installations/TITLE ./O");
    }

    @Test
    void aBodyNamedWithForStaysWhole() {
        // "for" right after the body's first word
        assertThat(apply("director/O of/O the/O Centers/ORGANIZATION for/ORGANIZATION Disease/ORGANIZATION "
                + "Control/ORGANIZATION ,/O said/O"))
                .isEqualTo("director/O of/O the/O Centers/ORGANIZATION for/ORGANIZATION Disease/ORGANIZATION "
                        + "Control/ORGANIZATION ,/O said/O");
        // no service or ministry before "for"
        assertThat(apply("head/O of/O the/O National/ORGANIZATION Institute/ORGANIZATION for/ORGANIZATION "
                + "Tarnwell/ORGANIZATION Studies/ORGANIZATION ,/O said/O"))
                .isEqualTo("head/O of/O the/O National/ORGANIZATION Institute/ORGANIZATION for/ORGANIZATION "
                        + "Tarnwell/ORGANIZATION Studies/ORGANIZATION ,/O said/O");
        // no office before "of"
        assertThat(apply("planes/O of/O the/O Air/ORGANIZATION Ministry/ORGANIZATION for/ORGANIZATION "
                + "Procurement/ORGANIZATION ,/O said/O"))
                .isEqualTo("planes/O of/O the/O Air/ORGANIZATION Ministry/ORGANIZATION for/ORGANIZATION "
                        + "Procurement/ORGANIZATION ,/O said/O");
    }
}
