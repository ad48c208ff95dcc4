package org.casefile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EntityType;
import org.casefile.domain.EventType;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The whole case across articles: a surname alone in a later article is the case's one person of
 * that surname, and nobody when two share it (a married couple, a father and son); a reported
 * event that names someone an asserted one does not is kept apart from it, so that what a source
 * says of who did it is never stated as fact.
 */
class SurnamesAndReportsAcrossArticlesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2030, 6, 12);

    private static List<String> people(CaseFile c) {
        return c.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(e -> e.name() + e.aliases()).toList();
    }

    @Test
    void aSurnameAloneIsTheCasesOnePersonOfThatName() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Prosecutors charged Bastian Orlick with fraud on Monday in Wrenhaven.",
                "Orlick pleaded not guilty in Wrenhaven on Tuesday.");
        assertThat(people(c)).containsExactly("Bastian Orlick[Orlick]");
        // negative: two people of the surname, a husband and wife
        CaseFile two = Texts.caseOf(PUBLISHED,
                "Prosecutors charged Bastian Orlick and Hadria Orlick with fraud on Monday in Wrenhaven.",
                "Orlick pleaded not guilty in Wrenhaven on Tuesday.");
        assertThat(people(two)).containsExactlyInAnyOrder("Bastian Orlick[]", "Hadria Orlick[]", "Orlick[]");
    }

    @Test
    void aSurnameAloneInAnArticleThatSharesNothingWithThePersonsIsNobodys() {
        // the two articles share no person, organisation or town: another story, perhaps another Orlick
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Prosecutors charged Bastian Orlick with fraud on Monday in Wrenhaven.",
                "Orlick scored twice as the Tessford Kestrels beat the Harrowgate Comets on Sunday.");
        assertThat(people(c)).containsExactlyInAnyOrder("Bastian Orlick[]", "Orlick[]");
        // a country both articles name is no tie; the town they both name is
        CaseFile country = Texts.caseOf(PUBLISHED,
                "Prosecutors in France charged Bastian Orlick with fraud on Monday.",
                "Orlick, who moved to France last year, won the race on Sunday.");
        assertThat(people(country)).containsExactlyInAnyOrder("Bastian Orlick[]", "Orlick[]");
        // decided article by article: a second article that ties does not carry a third that does not
        CaseFile three = Texts.caseOf(PUBLISHED,
                "Prosecutors charged Bastian Orlick with fraud on Monday in Wrenhaven.",
                "Orlick pleaded not guilty in Wrenhaven on Tuesday.",
                "Orlick scored twice as the Tessford Kestrels beat the Harrowgate Comets on Sunday.");
        assertThat(people(three)).containsExactlyInAnyOrder("Bastian Orlick[Orlick]", "Orlick[]");
    }

    @Test
    void aFatherAndHisSonKeepTheSurnameFromEither() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Bastian Orlick Sr. and his son, Bastian Orlick Jr., were arrested in Wrenhaven on Monday.",
                "Orlick was released in Wrenhaven on Tuesday.");
        assertThat(people(c)).contains("Orlick[]");
        // negative: a word that is the given name of one person of the case is no one's surname
        CaseFile given = Texts.caseOf(PUBLISHED,
                "Prosecutors charged Fennimore Quade with fraud in Wrenhaven on Monday. Quade Tolliver, his partner, was not charged.",
                "Quade pleaded not guilty in Wrenhaven on Tuesday.");
        assertThat(people(given)).contains("Quade[]");
    }

    @Test
    void aReportedEventThatNamesTheDoerStaysApartFromTheStatedOne() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Police said Ebbe Wenslow killed Perpetua Dunstane on Sunday.",
                "Perpetua Dunstane was killed on Sunday.");
        Map<String, String> names = c.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        List<String> killings = c.events().stream().filter(v -> v.type() == EventType.KILLING)
                .map(v -> v.modality().name().toLowerCase() + " " + v.participants().stream()
                        .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).sorted().toList())
                .toList();
        assertThat(killings).containsExactlyInAnyOrder("reported [Ebbe Wenslow:agent, Perpetua Dunstane:patient]",
                "asserted [Perpetua Dunstane:patient]");
        // negative: a report that names no one the statement does not is the same event, asserted
        CaseFile same = Texts.caseOf(PUBLISHED,
                "Police said Perpetua Dunstane was arrested on Sunday.",
                "Perpetua Dunstane was arrested on Sunday.");
        List<Event> arrests = same.events().stream().filter(v -> v.type() == EventType.ARREST).toList();
        assertThat(arrests).hasSize(1);
        assertThat(arrests.get(0).modality().name()).isEqualTo("ASSERTED");
        assertThat(arrests.get(0).citations()).hasSize(2);
    }
}
