package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Where the seventeenth stop's story rules stop (a reviewer's readings of their diff): a pronoun
 * near an unnamed person or a named speaker, a plea of not guilty, a
 * role with a phrase of its own before a name, a subject whose last noun sits after "for". Names
 * appear nowhere in the corpus.
 */
class StoryRulesBoundsTest {
    private static final LocalDate APRIL = LocalDate.of(2031, 4, 16);

    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, APRIL);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> e.trigger().text() + "/" + e.type().name().toLowerCase() + "/"
                + e.polarity().name().toLowerCase() + ":" + e.participants().stream().map(p -> names.get(p.entity())).toList())
                .toList();
    }

    @Test
    void aPronounNearAnUnnamedPersonOrBesideOnlyASpeakerStandsForNobody() {
        assertThat(events("A 32-year-old man was arrested on Friday after a chase, Sheriff Marek Renquist said. "
                + "He was charged with fleeing police."))
                .doesNotContain("charged/charge/positive:[Marek Renquist]");
        assertThat(events("The case was closed, Marek Renquist said. He was arrested on Friday.").stream()
                .filter(e -> e.startsWith("arrested")).toList())
                .containsExactly("arrested/arrest/positive:[]");
    }

    @Test
    void aPleaOfNotGuiltyDeniesNoHarm() {
        assertThat(events("Brenna Causwell pleaded not guilty in the shooting death of her husband.").stream()
                .filter(e -> e.contains("/negative")).toList()).isEmpty();
    }

    @Test
    void aRoleWithAPhraseOfItsOwnDoesNotHandItsWordsToTheNameAfterIt() {
        DocumentExtraction x = Texts.extract("\"We will appeal,\" said an attorney for the teenager's mother, Ysolde Pellingham.", APRIL);
        assertThat(x.claims()).hasSize(1);
        assertThat(x.claims().get(0).speaker()).isNull();
    }

    @Test
    void aSubjectWhoseLastNounFollowsForIsNoCourt() {
        assertThat(events("A lawyer for the judge, Ysolde Pellingham, denied the allegations.").stream()
                .filter(e -> e.contains("/ruling")).toList()).isEmpty();
    }
}
