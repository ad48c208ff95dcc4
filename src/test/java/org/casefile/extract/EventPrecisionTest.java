package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Events the text does not support (invented names and places): a release of what is published is
 * no release from custody, and the names of what a source says take no part in its saying.
 */
class EventPrecisionTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    /** The events of one type as "trigger name,name" (participants' names in order). */
    private static List<String> events(DocumentExtraction x, EventType type) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().filter(e -> e.type() == type)
                .map(e -> e.trigger().text() + " " + e.participants().stream().map(p -> names.get(p.entity()))
                        .collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void aReleaseOfWhatIsPublishedIsNoReleaseFromCustody() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Pohl Industries released a statement on May 3, 2024.",
                "The figures were released by Pohl Industries on May 4, 2024.",
                "Pohl Industries will release its new Korvane jet on June 9, 2025.",
                "Pohl Industries released the emails of Vantor Kessing on May 5, 2024.",
                // negatives: a person set free is a release, active or passive, however the sentence goes on
                "Police released Tovald Yoll on May 6, 2024.",
                "Vantor Kessing was released from Harrowfield jail on May 7, 2024.",
                // a participle after its noun acts on that noun: the report is published, the men set free
                "Pohl Industries cited a report released by Denholm Aviation on May 8, 2024.",
                "Three miners released on May 9, 2024 spoke to reporters at the camp."), PUBLISHED);
        assertThat(events(x, EventType.RELEASE)).containsExactly("released Tovald Yoll", "released Vantor Kessing",
                "released ");
    }

    @Test
    void theNamesOfWhatASourceSaysTakeNoPartInTheSaying() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Pohl Industries announced on May 3, 2024 that it would buy ten jets from Denholm Aviation.",
                "Brisvale Air announced today that it is exercising its options with Quellmont Aero.",
                // negatives: an announcement with no clause keeps the names of what it announces, and a
                // relative "that" opens no saying's content
                "Pohl Industries announced the acquisition of Denholm Mills on May 4, 2024.",
                "The deal was announced during a forum that Tovald Yoll had set up."), PUBLISHED);
        assertThat(events(x, EventType.ANNOUNCEMENT)).containsExactly(
                "announced Pohl Industries", "announced Brisvale Air", "announced Pohl Industries,Denholm Mills",
                "announced Tovald Yoll");
    }

    /** The events of one type as "trigger role:name,role:name". */
    private static List<String> roles(DocumentExtraction x, EventType type) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().filter(e -> e.type() == type)
                .map(e -> e.trigger().text() + " " + e.participants().stream().map(p -> p.role().json() + ":"
                        + names.get(p.entity())).collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void theSubjectOfAVerbThatTakesTheTriggersInfinitiveActsEvenInApposition() {
        // dated (read with a parse) and undated (read from word order)
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Pohl Industries' chairman, Tovald Yoll, is preparing to resign on June 3, 2024.",
                "Denholm Mills' founder, Vantor Kessing, plans to resign."), PUBLISHED);
        assertThat(roles(x, EventType.RESIGNATION)).containsExactly("resign other:Pohl Industries,agent:Tovald Yoll",
                "resign other:Denholm Mills,agent:Vantor Kessing");
        // negative: who asks someone to do a thing does not do it
        DocumentExtraction asked = Texts.extract("Pohl Industries asked Tovald Yoll to resign on June 3, 2024.", PUBLISHED);
        assertThat(roles(asked, EventType.RESIGNATION)).singleElement().asString().doesNotContain("agent:Pohl Industries");
    }
}
