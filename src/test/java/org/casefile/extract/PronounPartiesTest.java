package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * "He" and "she" as the party of an event: "Brenna Causwell was arrested on Friday. She pleaded not
 * guilty" had a plea with nobody pleading. The pronoun stands for the one person of the sentence
 * before (or earlier in its own) whose given name does not say otherwise, and for nobody when two
 * fit. Names appear nowhere in the corpus.
 */
class PronounPartiesTest {
    private static final LocalDate SATURDAY = LocalDate.of(2031, 6, 14);

    /** Each event as {@code trigger:[name:role, …]}. */
    private static List<String> parties(String text) {
        DocumentExtraction x = Texts.extract(text, SATURDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> e.trigger().text() + ":" + e.participants().stream()
                .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).toList()).toList();
    }

    @Test
    void aPronounSubjectOrObjectIsThePersonBefore() {
        assertThat(parties("Brenna Causwell was arrested on Friday. She pleaded not guilty on Monday."))
                .containsExactly("arrested:[Brenna Causwell:patient]", "pleaded:[Brenna Causwell:agent]");
        assertThat(parties("Tobiah Renquist was questioned for hours. Police arrested him on Friday."))
                .containsExactly("arrested:[Tobiah Renquist:patient]");
        // the other person of the sentence before is a man: "she" can only be Brenna Causwell
        assertThat(parties("Brenna Causwell and Marek Renquist met in 2029. She was arrested on Friday."))
                .contains("arrested:[Brenna Causwell:patient]");
    }

    @Test
    void aPronounTwoPeopleFitStandsForNobody() {
        assertThat(parties("Brenna Causwell and Ismay Corwenna met in 2029. She was arrested on Friday."))
                .contains("arrested:[]");
        // negative: a possessive is no party, nor the speaker who reports the event
        assertThat(parties("Tobiah Renquist was questioned for hours. Police arrested a guard at his home on Friday."))
                .containsExactly("arrested:[]");
        assertThat(parties("Tobiah Renquist was questioned for hours. He said police arrested Ismay Corwenna on Friday."))
                .containsExactly("arrested:[Ismay Corwenna:patient]");
        // negative: nobody named before the pronoun
        assertThat(parties("She was arrested on Friday, police said.")).containsExactly("arrested:[]");
    }
}
