package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefile.extract.OtherEventsTest.others;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Event nouns of business and political news ("order", "closure", "vote", "layoff" …: the
 * {@code event-noun} class of word-classes.txt) with a named participant in their own phrase, and
 * the light verbs that carry them. Invented names and places.
 */
class BusinessEventNounsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 14);

    @Test
    void aDatedBusinessOrPoliticalNounWithANamedPhraseIsAnEventOfTypeOther() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Corvanta Air's order for 12 freighters on March 3, 2020 lifted its shares.",
                "The closure of Tessaro Dynamics Inc. in May 2020 cost 300 jobs.",
                "A vote by Quillmark Holdings on June 2, 2020 backed the plan."), PUBLISHED);
        assertThat(others(x)).containsExactly("order 2020-03-03 agent:Corvanta Air",
                "closure 2020-05 patient:Tessaro Dynamics Inc.", "vote 2020-06-02 agent:Quillmark Holdings");
    }

    @Test
    void aNounThatModifiesANounOrStandsInAFixedPhraseIsNoEvent() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Corvanta Air's order book grew in March 2020.",
                "In order to save cash, Quillmark Holdings sold its Velmont depot on May 2, 2020.",
                "The vote count of Tessaro Dynamics Inc. in June 2020 was slow."), PUBLISHED);
        assertThat(others(x)).noneMatch(e -> e.startsWith("order") || e.startsWith("vote"));
        assertThat(others(x)).contains("sell 2020-05-02 agent:Quillmark Holdings");
    }

    @Test
    void aLightVerbCarriesTheNounButAnAuxiliaryBeforeItsParticipleDoesNot() {
        // "has won an order": "has" is the auxiliary of "won", which is the event, not the order
        DocumentExtraction x = Texts.extract("Corvanta Air has won an order from Quillmark Holdings.", PUBLISHED);
        // the order (undated) takes only the name of its own phrase, not the subject of "has"; "from"
        // names who orders ("an order from"), or what is left ("a withdrawal from"): neither agent nor patient
        assertThat(others(x)).containsExactly("win 2021-06-14 agent:Corvanta Air", "order null other:Quillmark Holdings");
        // negative of the negative: a light verb with its own noun keeps it ("made its first delivery")
        DocumentExtraction y = Texts.extract("On May 4, 2020, Corvanta Air held a vote on the merger.", PUBLISHED);
        assertThat(others(y)).containsExactly("vote 2020-05-04 agent:Corvanta Air");
    }

    @Test
    void anUndatedEventNounWithANamedPhraseIsAnUndatedFact() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Orvill Kelmorth resigned after the closure of Brenvale Logistics.",
                "Quillmark Holdings rejected an offer from Daskin Foods Corp. as too low.",
                "Corvanta Air's delivery was slow, and Orvill Kelmorth resigned."), PUBLISHED);
        assertThat(others(x)).containsExactly("closure null patient:Brenvale Logistics",
                "offer null other:Daskin Foods Corp.", "delivery null agent:Corvanta Air");
        assertThat(x.events()).filteredOn(e -> "closure".equals(e.lemma())).allMatch(Event::isFact)
                .noneMatch(e -> e.date().isDated());
    }

    @Test
    void noUndatedNounEventAsAPlanAConditionOrWithoutANameInItsPhrase() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Tessaro Dynamics Inc. announced it will make an offer for Brenvale Logistics.",
                "Quillmark Holdings agreed to make an offer for Daskin Foods Corp.",
                "If Quillmark Holdings agrees, a deal with Corvanta Air could be announced.",
                "Corvanta Air announced the closure of its plant in Velmont.",
                "Orvill Kelmorth announced that the closure of Brenvale Logistics might follow.",
                "A delivery to Quillmark Holdings could follow, Orvill Kelmorth said."), PUBLISHED);
        assertThat(others(x)).isEmpty();
    }

    @Test
    void aWarrantBeforeANounIsARankOrASecurityNoArrestWarrant() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Corvanta Air's warrant holders sold their stakes on May 4, 2020.",
                "Warrant officer Orvill Kelmorth left Velmont on May 5, 2020."), PUBLISHED);
        assertThat(x.events()).noneMatch(e -> e.type() == org.casefile.domain.EventType.ARREST_WARRANT);
        // negative: a warrant for a person, or after "arrest", is one
        DocumentExtraction y = Texts.extract("A judge issued a warrant for Orvill Kelmorth on May 6, 2020.", PUBLISHED);
        assertThat(y.events()).extracting(e -> e.type().json()).contains("arrest warrant");
    }
}
