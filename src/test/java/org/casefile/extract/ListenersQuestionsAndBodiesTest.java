package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A verb that takes its listener as object ("assured workers") after the words said still reports
 * them; a bound "who" after a verb of asking opens a question, so its listener says nothing; and an
 * organisation's name after "said the company," speaks. The names and places are invented and
 * appear nowhere in the corpus or the shared development data.
 */
class ListenersQuestionsAndBodiesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aListenerAfterTheVerbKeepsTheWordsBefore() {
        assertThat(claims("The Dunmarrow plant will stay open, Tavish Quorrel assured workers.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Tavish Quorrel", "The Dunmarrow plant will stay open"));
        assertThat(claims("The Dunmarrow plant will stay open, Tavish Quorrel assured the workers on Monday."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tavish Quorrel", "The Dunmarrow plant will stay open"));
    }

    @Test
    void anObjectOfItsOwnOrAFrontedPhraseIsNoClaim() {
        assertThat(claims("Despite the doubts, Tavish Quorrel assured workers of a raise.")).isEmpty();
        assertThat(claims("In a letter sent on Monday, Tavish Quorrel assured workers.")).isEmpty();
        assertThat(claims("After the Dunmarrow plant closed, Tavish Quorrel assured workers.")).isEmpty();
    }

    @Test
    void theListenerOfAQuestionSaysNothing() {
        assertThat(claims("The mayor asked the crowd who believed the story was true.")).extracting(Claim::speakerName)
                .doesNotContain("the crowd");
        assertThat(claims("The mayor asked the crowd who believed the story.")).extracting(Claim::speakerName)
                .doesNotContain("the crowd");
        // a bound relative clause after another verb still speaks for its noun
        assertThat(claims("Tavish Quorrel thanked the workers who said the Dunmarrow plant would stay open."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the workers", "the Dunmarrow plant would stay open"));
    }

    @Test
    void anOrganisationNamedAfterItsKindSpeaks() {
        assertThat(claims("The Dunmarrow plant will close in May, said the company, Velcor Systems.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Velcor Systems", "The Dunmarrow plant will close in May"));
        assertThat(claims("The Dunmarrow plant will close in May, said the firm, Haskery Inc.")).extracting(
                Claim::speakerName).containsExactly("Haskery Inc");
        // a role with one owner is the name's ("the company's chief, Tavish Quorrel"); after "of" or "for"
        // the name may be another's, and the role speaks
        assertThat(claims("The Dunmarrow plant will close in May, said the company's chief, Tavish Quorrel."))
                .extracting(Claim::speakerName).containsExactly("Tavish Quorrel");
        assertThat(claims("The Dunmarrow plant will close in May, said a lawyer for the owner's son, Tavish Quorrel."))
                .extracting(Claim::speakerName).containsExactly("a lawyer for the owner's son");
    }
}
