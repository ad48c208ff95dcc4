package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Products as participants ("the Tessaro V210"), a light verb's event noun ("made its maiden
 * flight") and a headline's participle ("First Tessaro V210 delivered"). Invented names and places.
 */
class ProductEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 14);

    private static List<String> others(DocumentExtraction x) {
        return OtherEventsTest.others(x);
    }

    private static List<String> products(DocumentExtraction x) {
        return x.entities().stream().filter(e -> e.type() == EntityType.PRODUCT)
                .map(e -> e.name() + " " + e.aliases()).toList();
    }

    @Test
    void aMakersModelIsOneProductThatTakesPartInEventsAndTheModelAloneNamesIt() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "Tessaro Dynamics Inc. said its new jet was ready.",
                "The Tessaro V210 was delivered to a buyer in Lakeport on May 3, 2021.",
                "On June 1, 2021, the V210 made its maiden flight."), PUBLISHED);
        assertThat(products(x)).containsExactly("Tessaro V210 [V210]");
        assertThat(others(x)).containsExactly("deliver 2021-05-03 patient:Tessaro V210",
                "flight 2021-06-01 agent:Tessaro V210");
        Event flight = x.events().stream().filter(e -> "flight".equals(e.lemma())).findFirst().orElseThrow();
        assertThat(flight.trigger().text()).isEqualTo("flight"); // the noun is the event, not "made"
    }

    @Test
    void aProductIsNamedInTheSingularByItsLongestForm() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "Tessaro Dynamics Inc. builds jets in Lakeport.",
                "Brenvale Logistics bought two Tessaro V210 Skyrunners.",
                "The first Tessaro V210 Skyrunner was delivered on May 3, 2021."), PUBLISHED);
        assertThat(products(x)).containsExactly("Tessaro V210 Skyrunner [Tessaro V210 Skyrunners]");
    }

    @Test
    void aProductRevealedIsAnEventOfTheProductAndAPlanRevealedIsNone() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "Tessaro Dynamics Inc. builds jets in Lakeport.",
                "The Tessaro V210 was revealed in May 2021.",
                "The plan was revealed in April 2021.",
                "Tessaro Dynamics Inc. said in March 2021 that the V210 was late."), PUBLISHED);
        assertThat(others(x)).containsExactly("reveal 2021-05 patient:Tessaro V210");
    }

    @Test
    void aLightVerbWithAnEventNounIsThatEventAndTheTenseOfTheVerbDatesIt() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "Tessaro Dynamics Inc. has made its first test flight over Lakeport.",
                "Brenvale Logistics held a meeting with Tessaro Dynamics Inc. on June 2, 2021."), PUBLISHED);
        assertThat(others(x)).containsExactly("flight 2021-06-14 agent:Tessaro Dynamics Inc.",
                "meeting 2021-06-02 agent:Brenvale Logistics");
    }

    @Test
    void anEventNounWhoseDateAPastCopulaGivesIsThatEventOfTheNamesOfItsPhrase() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "Tessaro Dynamics Inc. builds jets in Lakeport.",
                "The first flight of the Tessaro V210 was in 1994.",
                "Tessaro Dynamics Inc.'s debut was on May 3, 2021."), PUBLISHED);
        assertThat(others(x)).containsExactly("flight 1994 patient:Tessaro V210", "debut 2021-05-03 agent:Tessaro Dynamics Inc.");
    }

    @Test
    void noCopularEventInTheFutureNegatedNamelessOrWithAnotherPredicate() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "The flight of Brenvale Logistics will be on June 30, 2021.",
                "The flight of Brenvale Logistics was not in May 2021.",
                "The visit was in April 2021.",
                "The flight of Brenvale Logistics was late in May 2021.",
                "The profit of Brenvale Logistics was in 2020 the highest."), PUBLISHED);
        assertThat(others(x)).isEmpty();
    }

    @Test
    void aLightVerbWithoutAnEventNounIsNoEvent() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "Tessaro Dynamics Inc. made a profit in 2019.",
                "Brenvale Logistics has held a stake in Tessaro Dynamics Inc. since 2015.",
                "In 2020, Brenvale Logistics made Orvill Kelmorth its chairman.",
                "Tessaro Dynamics Inc. will make its first flight on July 3, 2021.",
                "Tessaro Dynamics Inc. made no flight in 2020."), PUBLISHED);
        // the one event is the future flight, a plan with its own date, never a fact
        assertThat(others(x)).containsExactly("flight 2021-07-03 agent:Tessaro Dynamics Inc.");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.OTHER)
                .allMatch(e -> e.modality() == Modality.PLANNED && !e.isFact());
    }

    @Test
    void aHeadlinesParticipleReportsTheNewsOfTheDayAndItsSubjectIsThePatient() {
        DocumentExtraction x = Texts.extract(String.join("\n\n",
                "Brenvale Logistics fined over Lakeport spill",
                "A regulator fined Brenvale Logistics for a fuel spill near Lakeport, officials said."), PUBLISHED);
        assertThat(others(x)).containsExactly("fine 2021-06-14 patient:Brenvale Logistics");
        // a participle that only modifies a noun, or follows another verb, is no headline verb
        DocumentExtraction y = Texts.extract(String.join("\n\n",
                "Brenvale Logistics sells used trucks",
                "Brenvale Logistics sold its fleet to a buyer in Lakeport."), PUBLISHED);
        assertThat(others(y)).containsExactly("sell 2021-06-14 agent:Brenvale Logistics");
        // a headline's past with its object is active: its subject stays the agent, and it is not dated
        DocumentExtraction z = Texts.extract(String.join("\n\n",
                "Brenvale Logistics bought Lakeport depot",
                "The company paid cash for the site."), PUBLISHED);
        assertThat(others(z)).isEmpty();
    }
}
