package org.casefile.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.DateDerivation;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Event;
import org.casefile.extract.EventDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** "the next day", "two days later", "that evening" count from the day the story just named. */
class NarrativeDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 20);

    private static List<String> dates(String text) {
        return Texts.dates(text, PUBLISHED);
    }

    @Test
    void aDayCountedFromTheDayJustNamed() {
        assertThat(dates("On March 3, 2031, the Varnholt board voted. The next day, its chair resigned. "
                + "Two days later, she left Quenby."))
                .containsExactly("March 3, 2031=2031-03-03", "The next day=2031-03-04", "Two days later=2031-03-06");
        assertThat(dates("On March 3, 2031, the Varnholt board voted. That evening, its chair resigned. "
                + "The same day, she left Quenby."))
                .containsExactly("March 3, 2031=2031-03-03", "That evening=2031-03-03TEV", "The same day=2031-03-03");
        assertThat(dates("The Varnholt board voted on March 3, 2031; the day before, its chair had resigned."))
                .containsExactly("March 3, 2031=2031-03-03", "the day before=2031-03-02");
    }

    @Test
    void withoutADayJustNamedOrWithTwoItStaysUnresolved() {
        // none before it
        assertThat(dates("The next day, the Varnholt chair resigned.")).containsExactly("The next day=XXXX?");
        // two days compete in the sentence before
        assertThat(dates("The board met on March 3, 2031 and on March 9, 2031. The next day, its chair resigned."))
                .containsExactly("March 3, 2031=2031-03-03", "March 9, 2031=2031-03-09", "The next day=XXXX?");
        // a paragraph between ends the narrative (the sentence right before, in the paragraph
        // before, still anchors: news paragraphs are often one sentence, see StoryAnchorDatesTest)
        assertThat(dates("On March 3, 2031, the Varnholt board voted.\n\nIts chair was absent.\n\nThe next day, she resigned."))
                .containsExactly("March 3, 2031=2031-03-03", "The next day=XXXX?");
        // two sentences back is too far
        assertThat(dates("On March 3, 2031, the Varnholt board voted. Its chair was absent. The next day, she resigned."))
                .containsExactly("March 3, 2031=2031-03-03", "The next day=XXXX?");
    }

    @Test
    void anEventOnANarrativeDaySaysSo() {
        DocumentExtraction x = Texts.extract("Police arrested Edda Marrowfield on March 3, 2031. "
                + "The next day, a judge in Quenby released Edda Marrowfield.", PUBLISHED);
        List<Event> dated = x.events().stream().filter(e -> "2031-03-04".equals(e.date().value())).toList();
        assertThat(dated).isNotEmpty();
        assertThat(dated).allSatisfy(e -> assertThat(e.date().derivation()).isEqualTo(DateDerivation.NARRATIVE));
    }
}
