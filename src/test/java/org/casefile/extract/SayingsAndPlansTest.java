package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A named source's saying in the reporting past or present is a statement of the publication day
 * ({@code derivation: publication}), and a positive planned event is kept (as planned, never as a
 * fact) when its own clause states its date. Invented names and places; one document for the
 * sentences that must give nothing.
 */
class SayingsAndPlansTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 22);

    /** Each statement as "trigger date/derivation agent,...". */
    private static List<String> statements(DocumentExtraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().filter(e -> e.type() == EventType.STATEMENT)
                .map(e -> e.trigger().text() + " " + e.date().value() + "/" + e.date().derivation().json() + " "
                        + e.participants().stream().map(p -> p.role().json() + ":" + names.get(p.entity()))
                                .collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void aNamedSourcesSayingInTheReportingPastOrPresentIsAStatementOfThePublicationDay() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Mirelle Quastor said the Sarnow plant would close in 2027.",
                "\u201cThe plant is sound,\u201d said Dorwin Korrington.",
                "Talvane Foods says that it will be paid by Pellinger Aviation for the delay.",
                "Dorwin Korrington, the Talvane Foods chief executive, told reporters that the order was final."), PUBLISHED);
        // the date inside what was said (2027) dates no saying; the names of what was said take no part in it
        assertThat(statements(x)).containsExactly(
                "said 2026-04-22/publication agent:Mirelle Quastor",
                "said 2026-04-22/publication agent:Dorwin Korrington",
                "says 2026-04-22/publication agent:Talvane Foods",
                "told 2026-04-22/publication agent:Dorwin Korrington");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.STATEMENT).allMatch(Event::isFact);
        // what was said stays a claim
        assertThat(x.claims()).hasSize(4);
    }

    @Test
    void noSayingOfThePublicationDayWhenNegatedNamelessPastPerfectHabitualOtherwiseTimedOrAView() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Dorwin Korrington did not say whether the Sarnow plant would close.",
                "Mirelle Quastor had said the plant was sound.",
                "Mirelle Quastor has often said the plant was sound.",
                "Dorwin Korrington later said the plant was sound.",
                "Mirelle Quastor argued during the hearing that the plant was sound.",
                "He said the plant was sound.",
                "The spokesman said the plant was sound.",
                "Talvane Foods believes the market will grow.",
                "Mirelle Quastor would say nothing about the plant."), PUBLISHED);
        assertThat(statements(x)).isEmpty();
        // without a publication date there is no day to give a saying
        DocumentExtraction undated = Texts.extract("Mirelle Quastor said the Sarnow plant was sound.", null);
        assertThat(statements(undated)).isEmpty();
    }

    @Test
    void aSayingDatedByItsOwnClauseKeepsThatDate() {
        DocumentExtraction x = Texts.extract("On Monday, Mirelle Quastor said the Sarnow plant was sound. "
                + "Dorwin Korrington said in 2019 that the plant was sound.", PUBLISHED);
        assertThat(statements(x)).containsExactly("said 2026-04-20/publication-date agent:Mirelle Quastor",
                "said 2019/explicit agent:Dorwin Korrington");
    }

    @Test
    void aPlannedEventWithItsOwnDateIsKeptAsPlannedNeverAsAFact() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Talvane Foods will open a plant in Sarnow in March 2028.",
                "Ambervale Systems Inc. will launch the Hollendt freighter in 2029."), PUBLISHED);
        assertThat(OtherEventsTest.others(x)).containsExactly("open 2028-03 agent:Talvane Foods",
                "launch 2029 agent:Ambervale Systems Inc.");
        assertThat(x.events()).allMatch(e -> e.modality() == Modality.PLANNED && !e.isFact());
        assertThat(x.events()).allMatch(e -> e.participants().stream().allMatch(p -> p.role() == ParticipantRole.AGENT));
    }

    @Test
    void noPlannedEventWithoutItsOwnDateNorAPossibleWishedNegatedOrConditionalOne() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Talvane Foods will open a plant in Sarnow.",
                "Talvane Foods could open a plant in Sarnow in 2028.",
                "Talvane Foods wants to open a plant in Sarnow in 2028.",
                "Talvane Foods will not open a plant in Sarnow in 2028.",
                "If Talvane Foods opens a plant in Sarnow in 2028, Carrowby will lose its depot.",
                "Pellinger Aviation decided to launch the Hollendt freighter in 2029."), PUBLISHED);
        assertThat(OtherEventsTest.others(x)).isEmpty();
    }
}
