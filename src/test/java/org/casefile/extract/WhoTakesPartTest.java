package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who takes part in an event: a body that only says whose a person is ("the head of the port
 * authority") takes no part, and a statement is its named speaker's, not the names of what was
 * said. Invented names and places.
 */
class WhoTakesPartTest {
    private static final LocalDate THURSDAY = LocalDate.of(2031, 3, 13);

    /** Each event as "type/polarity: role:name,…". */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, THURSDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> e.type().json() + "/" + e.polarity().json() + ": " + e.participants().stream()
                        .map(p -> p.role().json() + ":" + names.get(p.entity())).collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void aBodyNamedOnlyAsWhoseAPersonIsTakesNoPart() {
        assertThat(events("The head of the Marrowby Port Authority was charged on Thursday with fraud."))
                .containsExactly("charge/positive: ");
        assertThat(events("A spokesman for Keltrane Foods was arrested on Wednesday."))
                .containsExactly("arrest/positive: ");
        assertThat(events("The suspended chief executive of Keltrane Foods pleaded not guilty on Tuesday."))
                .containsExactly("plea/positive: ");
    }

    @Test
    void theBodyItselfOrTheEventsOwnNounKeepTheirNames() {
        assertThat(events("Keltrane Foods was charged on Thursday with fraud."))
                .containsExactly("charge/positive: patient:Keltrane Foods");
        assertThat(events("Police announced the arrest of Ottilie Granse on Wednesday."))
                .anySatisfy(e -> assertThat(e).startsWith("arrest/positive: ").contains("Ottilie Granse"));
        // a person named beside the title is who takes part; the body is no party to the case against her
        assertThat(events("Ottilie Granse, the head of the Marrowby Port Authority, was charged on Thursday with fraud."))
                .containsExactly("charge/positive: patient:Ottilie Granse");
        // a body acting through its people is the agent, through one of them as well
        assertThat(events("Agents of the Quellby Revenue Service arrested Ottilie Granse on Wednesday."))
                .containsExactly("arrest/positive: agent:Quellby Revenue Service,patient:Ottilie Granse");
        assertThat(events("An agent of the Quellby Revenue Service arrested him on Wednesday."))
                .containsExactly("arrest/positive: agent:Quellby Revenue Service");
    }

    @Test
    void aStatementIsItsSpeakersNotTheNamesOfWhatWasSaid() {
        assertThat(events("He will surrender to the Quellby County sheriff next week, his lawyer, Ottilie Granse, "
                + "said in a statement."))
                .containsExactly("statement/positive: agent:Ottilie Granse");
    }

    @Test
    void anotherBodysStatementBesideASayingStaysItsOwn() {
        // the ministry's statement is what Granse speaks about, not the medium of her saying
        assertThat(events("Ottilie Granse said the Quellby Transport Ministry's statement on Monday was false."))
                .anySatisfy(e -> assertThat(e).startsWith("statement/positive: ").contains("Quellby Transport Ministry"));
    }

    /** Each event as "type/polarity/modality: role:name,…". */
    private static List<String> told(String text) {
        DocumentExtraction x = Texts.extract(text, THURSDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> e.type().json() + "/" + e.polarity().json() + "/" + e.modality().json() + ": "
                        + e.participants().stream().map(p -> p.role().json() + ":" + names.get(p.entity()))
                        .collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void eachClauseOfASentenceKeepsItsOwnNamesAndItsOwnVoice() {
        // the second clause is no content of "charged with": asserted, and neither name crosses the comma
        assertThat(told("Odile Tarrowby was not charged with bribery, and her husband, Florian Tarrowby, was not arrested."))
                .containsExactly("charge/negative/asserted: patient:Odile Tarrowby", "arrest/negative/asserted: patient:Florian Tarrowby");
        assertThat(told("Police arrested Odile Tarrowby, and Florian Tarrowby was released."))
                .containsExactly("arrest/positive/asserted: patient:Odile Tarrowby", "release/positive/asserted: patient:Florian Tarrowby");
        // negatives: names joined by "and" share the event, and a verb of speech reports both its clauses
        assertThat(told("Police arrested Odile Tarrowby and Florian Tarrowby on Thursday.")).singleElement()
                .satisfies(e -> assertThat(e).startsWith("arrest/positive/asserted: patient:Odile Tarrowby,")
                        .contains(":Florian Tarrowby"));
        assertThat(told("Prosecutors said Odile Tarrowby was charged with theft and that Florian Tarrowby was arrested."))
                .allSatisfy(e -> assertThat(e).contains("/reported:"));
    }
}
