package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EventType;
import org.casefile.domain.ParticipantRole;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Events that the tense of their clause places at the publication day ({@code derivation:
 * publication}): a present perfect or a headline's present in a story with a publication date,
 * never a present perfect of a span or an experience, a past perfect, a modal perfect, a simple
 * past or a body's present. Speech verbs of a named speaker are statements when their own clause
 * or their tense dates the saying. Invented names and places.
 */
class TenseDatedEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2027, 3, 9);

    /** Each event as "trigger type/lemma value/derivation". */
    private static List<String> events(DocumentExtraction x) {
        return x.events().stream().map(e -> e.trigger().text() + " " + e.type().json()
                + (e.lemma() == null ? "" : "/" + e.lemma()) + " " + e.date().value() + "/" + e.date().derivation().json())
                .toList();
    }

    @Test
    void aPresentPerfectIsDatedAtThePublicationDayWithoutText() {
        DocumentExtraction x = Texts.extract("Pellstone Group has opened a foundry in Grisholm. "
                + "Oriel Vantby has been arrested in Grisholm.", PUBLISHED);
        assertThat(events(x)).containsExactly("opened other/open 2027-03-09/publication",
                "arrested arrest 2027-03-09/publication");
        EventDate d = x.events().get(0).date();
        assertThat(d.text()).isNull();
        assertThat(d.precision()).isEqualTo(org.casefile.domain.Precision.DAY);
        assertThat(d.begin()).isEqualTo(PUBLISHED);
        assertThat(d.end()).isEqualTo(PUBLISHED);
        assertThat(x.events().get(0).isFact()).isTrue();
    }

    @Test
    void noPublicationDayForSpansExperiencesOtherTensesOrWithoutAPublicationDate() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Pellstone Group has operated a foundry in Grisholm since its founding.",
                "So far, Harwick Foundry has sold 300 boilers.",
                "Harwick Foundry has already opened two plants.",
                "Pellstone Group had opened a foundry in Grisholm.",
                "Pellstone Group would have opened a foundry in Grisholm.",
                "Harwick Foundry opened a plant in Grisholm.",
                "Harwick Foundry opens a plant in Grisholm every spring.",
                "Pellstone Group has expanded for five years.",
                "Oriel Vantby has never been arrested."), PUBLISHED);
        assertThat(x.events()).noneMatch(e -> e.date().derivation() == DateDerivation.PUBLICATION);
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.OTHER).isEmpty();
        // the same present perfect without a publication date stays undated (and is no event of type other)
        DocumentExtraction undated = Texts.extract("Oriel Vantby has been arrested in Grisholm. "
                + "Pellstone Group has opened a foundry in Grisholm.", null);
        assertThat(events(undated)).containsExactly("arrested arrest null/none");
    }

    @Test
    void aHeadlinesPresentIsThePublicationDayButABodysPresentIsNot() {
        DocumentExtraction x = Texts.extract("Pellstone Group buys Harwick Foundry\n\n"
                + "The deal values the Grisholm maker at $40 million. Maribeth Tolland leads Pellstone Group.", PUBLISHED);
        assertThat(events(x)).containsExactly("buys other/buy 2027-03-09/publication");
    }

    @Test
    void aNamedSpeakersDatedOrPresentPerfectSpeechIsAStatementNeverDatedByWhatWasSaid() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Pellstone Group has confirmed that its Grisholm foundry will close.",
                "On Monday, Maribeth Tolland said the plan was sound.",
                "Oriel Vantby said, \"Today is a sad day for Grisholm.\"",
                "Maribeth Tolland told reporters that Harwick Foundry would close.",
                "Harwick Foundry has denied the report.",
                "A spokesman has confirmed the closure."), PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.STATEMENT)
                .extracting(e -> e.trigger().text() + " " + e.date().value() + "/" + e.date().derivation().json() + " "
                        + e.participants().stream().filter(p -> p.role() == ParticipantRole.AGENT).map(p -> names.get(p.entity()))
                                .collect(Collectors.joining(",")))
                .containsExactly("confirmed 2027-03-09/publication Pellstone Group",
                        "said 2027-03-08/publication-date Maribeth Tolland",
                        // the reporting past of a named speaker is the story's day; "Today" inside the quote dates nothing
                        "said 2027-03-09/publication Oriel Vantby",
                        "told 2027-03-09/publication Maribeth Tolland");
    }

    @Test
    void aParticipleThatModifiesANameSplitsNoClause() {
        DocumentExtraction x = Texts.extract(
                "When Pellstone Group acquired Grisholm based Harwick Foundry on June 2, 2026, the boilers changed.",
                PUBLISHED);
        Map<String, Entity> byId = x.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        assertThat(x.events()).filteredOn(e -> e.trigger().text().equals("acquired"))
                .extracting(e -> e.date().value() + e.participants().stream()
                        .map(p -> " " + p.role().json() + ":" + byId.get(p.entity()).name()).collect(Collectors.joining()))
                .containsExactly("2026-06-02 agent:Pellstone Group patient:Harwick Foundry");
    }

    @Test
    void aTenseGivenDayMergesWithTheStatedDayOfAnotherSourceWithoutAConflict() {
        CaseFile c = Texts.caseOf(PUBLISHED, "Oriel Vantby has been arrested in Grisholm.",
                "Police arrested Oriel Vantby on March 7, 2027.",
                "Police arrested Maribeth Tolland on February 20, 2027. Maribeth Tolland has been arrested again.");
        List<Event> arrests = c.events().stream().filter(e -> e.type() == EventType.ARREST).toList();
        assertThat(arrests).extracting(e -> e.date().value() + "/" + e.date().derivation().json() + " " + e.sources()
                + " " + e.conflicts().size())
                // Vantby: one arrest, the stated day; Tolland: the arrest 17 days earlier is another one
                .containsExactly("2027-02-20/explicit 1 0", "2027-03-07/explicit 2 0", "2027-03-09/publication 1 0");
    }
    @Test
    void theLeadsSimplePastIsThePublicationDayButALaterOneIsNot() {
        DocumentExtraction x = Texts.extract("Quorlane Mills buys Brenvik Dyeworks\n\n"
                + "Quorlane Mills bought Brenvik Dyeworks for $40 million. "
                + "Maribeth Tolland signed the papers in Ostmere. "
                + "Oriel Vantby opened a plant in Ostmere.", PUBLISHED);
        // the headline's "buys" is the lead's "bought" told again: one event
        assertThat(events(x)).containsExactly("bought other/buy 2027-03-09/publication",
                "signed other/sign 2027-03-09/publication");
        assertThat(x.events()).allMatch(Event::isFact);
    }

    @Test
    void noPublicationDayForALeadsPastOfASpanANegationAPlanOrWithoutAPublicationDate() {
        List<String> leads = List.of(
                "Quorlane Mills bought boilers from Brenvik Dyeworks for years. Quorlane Mills had bought a plant in Ostmere.",
                "Quorlane Mills never bought Brenvik Dyeworks. Maribeth Tolland wanted to buy Brenvik Dyeworks.",
                "Quorlane Mills often visited Brenvik Dyeworks. Brenvik Dyeworks bought a dye vat since the fire.",
                "If Quorlane Mills bought Brenvik Dyeworks, Maribeth Tolland would leave. Maribeth Tolland opens a plant daily.",
                "The sale comes a month after Quorlane Mills bought Brenvik Dyeworks. When Maribeth Tolland left, the plant closed.");
        for (String lead : leads) {
            assertThat(Texts.extract(lead + " Oriel Vantby opened a plant in Ostmere.", PUBLISHED).events())
                    .as(lead).filteredOn(e -> e.date().derivation() == DateDerivation.PUBLICATION).isEmpty();
        }
        DocumentExtraction undated = Texts.extract("Quorlane Mills bought Brenvik Dyeworks for $40 million.", null);
        assertThat(undated.events()).isEmpty();
    }
}
