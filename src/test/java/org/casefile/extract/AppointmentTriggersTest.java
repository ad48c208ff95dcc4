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
 * Appointments by "name" (only with the post its object is given: models/word-classes.txt, post)
 * and "appoint", with the appointee as patient; a headline's simple present dates its event to
 * the publication day. Invented names and places.
 */
class AppointmentTriggersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 22);

    /** Each event as "type trigger date role:name...". */
    private static List<String> events(DocumentExtraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().filter(e -> e.type() != EventType.STATEMENT)
                .map(e -> e.type().json() + " " + e.trigger().text() + " " + e.date().value()
                        + e.participants().stream().map(p -> " " + p.role().json() + ":" + names.get(p.entity()))
                                .collect(Collectors.joining()))
                .toList();
    }

    @Test
    void namedOrAppointedToAPostIsAnAppointmentWithTheAppointeeAsPatient() {
        assertThat(events(Texts.extract("Talvane Foods named Mirelle Quastor chief executive on Monday.", PUBLISHED)))
                .containsExactly("appointment named 2026-04-20 agent:Talvane Foods patient:Mirelle Quastor");
        assertThat(events(Texts.extract("On March 3, 2026, Talvane Foods appointed Dorwin Korrington to the board.",
                PUBLISHED))).containsExactly("appointment appointed 2026-03-03 agent:Talvane Foods patient:Dorwin Korrington");
        assertThat(events(Texts.extract("Mirelle Quastor was named as chairwoman of Talvane Foods on Monday.", PUBLISHED)))
                .containsExactly("appointment named 2026-04-20 patient:Mirelle Quastor other:Talvane Foods");
    }

    @Test
    void aNameGivenWithoutAPostIsNoAppointment() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "A man named Dorwin Korrington called the Sarnow depot on Monday.",
                "Talvane Foods named its new freighter Hollendt on Monday.",
                "Mirelle Quastor was named after her grandmother in 1961.",
                "Police named Dorwin Korrington as a suspect on Monday."), PUBLISHED);
        assertThat(x.events()).noneMatch(e -> e.type() == EventType.APPOINTMENT);
    }

    @Test
    void aHeadlinesSimplePresentIsThePublicationDayAndTheLeadsDateWins() {
        DocumentExtraction x = Texts.extract("Mayor Mirelle Quastor resigns\n\n"
                + "Mirelle Quastor resigned as mayor of Carrowby after a vote of the council.", PUBLISHED);
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.RESIGNATION)
                .extracting(e -> e.date().value() + "/" + e.date().derivation().json())
                .containsExactly("2026-04-22/publication");
        // negative: the same present in the body is no news of the day
        DocumentExtraction body = Texts.extract("Council agenda\n\n"
                + "The council meets in Carrowby. Mirelle Quastor resigns as chair each spring.", PUBLISHED);
        assertThat(body.events()).filteredOn(e -> e.type() == EventType.RESIGNATION).allMatch(e -> !e.date().isDated());
    }
}
