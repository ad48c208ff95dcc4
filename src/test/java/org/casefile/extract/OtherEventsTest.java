package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Events of type {@code other}: an eventive verb outside the trigger list whose subject or object
 * is a named person or organisation, dated by its own clause, told as a fact. Invented names and
 * places; one document for the sentences that must give nothing.
 */
class OtherEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 14);

    /** Each event of type other as "lemma date role:name..." (ProductEventsTest reads its events so too). */
    static List<String> others(DocumentExtraction x) {
        Map<String, Entity> byId = x.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        return x.events().stream().filter(e -> e.type() == EventType.OTHER)
                .map(e -> e.lemma() + " " + e.date().value() + e.participants().stream()
                        .map(p -> " " + p.role().json() + ":" + byId.get(p.entity()).name()).collect(Collectors.joining()))
                .toList();
    }

    @Test
    void aDatedVerbWithANamedSubjectIsAnEventOfTypeOtherWithItsLemmaAndThePlaceOfItsClause() {
        DocumentExtraction x = Texts.extract("In 2019, Tessaro Dynamics Inc. opened a plant in Velmont.", PUBLISHED);
        assertThat(others(x)).containsExactly("open 2019 agent:Tessaro Dynamics Inc.");
        Event e = x.events().get(0);
        assertThat(e.isFact()).isTrue();
        assertThat(e.trigger().text()).isEqualTo("opened");
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        assertThat(names.get(e.location())).isEqualTo("Velmont");
    }

    @Test
    void twoVerbsJoinedByAndShareTheDateAndEachKeepsItsOwnLemma() {
        DocumentExtraction x = Texts.extract(
                "On May 2, 2020, Quillmark Holdings bought a warehouse and hired Orvill Kelmorth.", PUBLISHED);
        // the second verb shares the first's subject ({@link EventExtractor#firstConjunct})
        assertThat(others(x)).containsExactly("buy 2020-05-02 agent:Quillmark Holdings",
                "hire 2020-05-02 agent:Quillmark Holdings patient:Orvill Kelmorth");
        // one sentence, two lemmas: two events of the case, never merged into one
        CaseFile c = Texts.caseOf(PUBLISHED, "On May 2, 2020, Quillmark Holdings bought a warehouse and hired Orvill Kelmorth.");
        assertThat(c.events()).extracting(Event::lemma).containsExactlyInAnyOrder("buy", "hire");
    }

    @Test
    void noEventOfTypeOtherFromNegatedHypotheticalReportedStativeUndatedOrNamelessClauses() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "In 2019, Brenvale Logistics did not open a plant in Velmont.",
                "Brenvale Logistics could close its Velmont depot in 2025.",
                "Daskin Foods Corp. wants to sell its Velmont depot in 2026.",
                "In 2019, Quillmark Holdings had 400 workers in Velmont.",
                "On Monday, Orvill Kelmorth said the plan was sound.",
                "In 2019, the company opened a second plant.",
                "Tessaro Dynamics Inc. opened a plant in Velmont.",
                "Prosecutors said Daskin Foods Corp. paid officials in 2018.",
                "In March 2020, Brenvale Logistics seemed ready to expand."), PUBLISHED);
        assertThat(others(x)).isEmpty();
    }

    @Test
    void aNameBeforeWhoseIsTheOwnerNotTheSubject() {
        // "whose …" tells what is the owner's: the plane flew, not Talvane Foods
        DocumentExtraction x = Texts.extract(
                "The plan differs from that of Talvane Foods, whose largest freighter first flew in April 2019.", PUBLISHED);
        assertThat(others(x)).isEmpty();
        // negative: without "whose" the name before the verb is its subject
        DocumentExtraction y = Texts.extract("Talvane Foods first flew the freighter in April 2019.", PUBLISHED);
        assertThat(others(y)).containsExactly("fly 2019-04 agent:Talvane Foods");
    }

    @Test
    void aDateOfAnotherClauseDoesNotDateTheVerb() {
        DocumentExtraction x = Texts.extract("After the regulator approved the merger on April 8, 2020, "
                + "Quillmark Holdings closed its Velmont depot.", PUBLISHED);
        assertThat(others(x)).noneMatch(s -> s.startsWith("close"));
    }
    @Test
    void aDatedEventNounWithANamedOwnerOrPhraseIsAnEventOfTypeOtherWithTheNounsLemma() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Corvanta Air's first delivery to Selvane on March 3, 2020 was late.",
                "The visit by Orvill Kelmorth to Velmont on May 4, 2020 was short.",
                "Talks with Quillmark Holdings in June 2020 went well."), PUBLISHED);
        assertThat(others(x)).containsExactly("delivery 2020-03-03 agent:Corvanta Air",
                "visit 2020-05-04 agent:Orvill Kelmorth", "talk 2020-06 patient:Quillmark Holdings");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.OTHER)
                .extracting(e -> e.trigger().text()).containsExactly("delivery", "visit", "Talks");
        assertThat(x.events()).allMatch(Event::isFact);
    }

    @Test
    void noNounEventWithTheDateOfAnotherClauseWithoutANamedPhraseAFactOrAsANamesPart() {
        // an undated one with a named phrase is an event ("Corvanta Air's delivery was slow":
        // BusinessEventNounsTest), the date of another clause does not date it
        DocumentExtraction x = Texts.extract(String.join(" ",
                "The delivery was slow.",
                "Orvill Kelmorth said on May 4, 2020 that a visit would be costly.",
                "On May 5, 2020, the visit of a trade delegation ended in Selvane, Orvill Kelmorth said.",
                "On May 6, 2020, Corvanta Air cancelled talks.",
                "There was no delivery to Quillmark Holdings on May 7, 2020.",
                "If the delivery to Quillmark Holdings is made in July 2020, Orvill Kelmorth will resign.",
                "Hollin Delivery Co. hired 20 drivers in Marrowgate.",
                "A delivery to Quillmark Holdings might follow in August 2020.",
                "Deliveries to Quillmark Holdings, its first customer, are not due until October 2020."), PUBLISHED);
        assertThat(x.events()).extracting(Event::lemma).doesNotContain("delivery", "visit", "talk");
    }
}
