package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What a new, invented story (a county commissioner's bribery case in three files) showed, each as
 * an invented sentence: a source's phrase read as what another source said, a paper named as a
 * source read as an event, a person after a title read as a place or a body, a lone word of a
 * county's name read as a person, and a verb given the date or the place of its conjunct's object.
 * Names and places appear nowhere in the corpus.
 */
class SourcesTitlesAndConjunctsTest {
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 14);

    private static List<String> claims(String text) {
        return Texts.extract(text, FRIDAY).claims().stream().map(c -> c.speakerName() + " | " + c.text()).toList();
    }

    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, FRIDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> e.trigger().text() + "/" + e.date().value() + "/"
                + (e.location() == null ? "-" : names.get(e.location()))).toList();
    }

    private static Map<String, EntityType> types(String text) {
        return Texts.extract(text, FRIDAY).entities().stream()
                .collect(Collectors.toMap(Entity::name, Entity::type, (a, b) -> a));
    }

    @Test
    void anAccordingToPhraseIsNoContentOfALaterSubject() {
        assertThat(claims("According to the audit, the transfers began in May 2029 and continued until last October."))
                .containsExactly("the audit | the transfers began in May 2029 and continued until last October");
        // negative: a clause before its source is what the source said, a participle before it is not
        assertThat(claims("The reserve is empty, Ottoline Harwick said."))
                .containsExactly("Ottoline Harwick | The reserve is empty");
        assertThat(claims("Addressing the board, Ottoline Harwick said the reserve was empty."))
                .containsExactly("Ottoline Harwick | the reserve was empty");
    }

    @Test
    void aPaperNamedAsSourceIsNoEvent() {
        assertThat(events("According to the indictment, Orsolya Pelloway took the payments in March 2029."))
                .noneMatch(e -> e.startsWith("indictment/"));
        // negative: an indictment that the sentence tells of is one
        assertThat(events("The indictment of Orsolya Pelloway on Tuesday surprised the county."))
                .anyMatch(e -> e.startsWith("indictment/2031-03-11/"));
    }

    @Test
    void aNameRightAfterAPersonsTitleIsAPerson() {
        assertThat(types("U.S. District Judge Quenby Fenwarden set a trial date of Sept. 8.\n\n"
                + "Board chair Ottoline Harwick said the board would meet next week."))
                .containsEntry("Quenby Fenwarden", EntityType.PERSON)
                .containsEntry("Ottoline Harwick", EntityType.PERSON);
        // negative: a title and a place apart stay apart
        assertThat(types("The commissioner met Ottoline Harwick in Dunmere County on Monday."))
                .containsEntry("Dunmere County", EntityType.LOCATION)
                .containsEntry("Ottoline Harwick", EntityType.PERSON);
    }

    @Test
    void aLoneWordOfACountysNameIsThatCounty() {
        Map<String, Entity> byName = Texts.extract("Tollington commissioner pleads not guilty to bribery\n\n"
                + "Tollington County Commissioner Orsolya Pelloway pleaded not guilty on Friday to bribery charges.", FRIDAY)
                .entities().stream().collect(Collectors.toMap(Entity::name, Function.identity()));
        assertThat(byName).doesNotContainKey("Tollington");
        assertThat(byName.get("Tollington County").aliases()).containsExactly("Tollington");
        // negative: where a person has that word in her full name, the lone word is hers
        Map<String, EntityType> withPerson = types("Ysolde Dunmere, the county clerk, resigned on Monday.\n\n"
                + "Dunmere said she had left Dunmere County for good.");
        assertThat(withPerson).containsEntry("Ysolde Dunmere", EntityType.PERSON).doesNotContainKey("Dunmere");
    }

    @Test
    void aConjunctTakesNoDateOrPlaceFromItsNeighboursObjectOrTitle() {
        assertThat(events("U.S. District Judge Quenby Fenwarden set a trial date of Sept. 8 and ordered Orsolya Pelloway "
                + "to surrender her passport."))
                .contains("ordered/null/-")
                .contains("date/2031-09-08/-");
        assertThat(events("Judge Quenby Fenwarden set a hearing for May 6 and ordered Orsolya Pelloway to pay a fine."))
                .contains("ordered/null/-");
        // negative: a date or a place of the conjunct verb itself is shared
        assertThat(events("Orsolya Pelloway was arrested in Ashgrove on Monday and charged with fraud."))
                .contains("arrested/2031-03-10/Ashgrove", "charged/2031-03-10/Ashgrove");
    }

    @Test
    void aConjunctWithNoSubjectOfItsOwnSharesTheFirstVerbsSubjectInItsOwnVoice() {
        DocumentExtraction x = Texts.extract("Orsolya Pelloway was arrested on Monday and charged with fraud.", FRIDAY);
        assertThat(x.events()).extracting(e -> e.trigger().text() + "/" + e.participants().get(0).role().json())
                .containsExactly("arrested/patient", "charged/patient");
        DocumentExtraction active = Texts.extract("Orsolya Pelloway resigned on Monday and left Ashgrove.", FRIDAY);
        assertThat(active.events()).extracting(e -> e.trigger().text() + "/" + e.participants().get(0).role().json())
                .containsExactly("resigned/agent", "left/agent");
        // negative: a conjunct with its own subject keeps it
        DocumentExtraction two = Texts.extract(
                "Orsolya Pelloway was arrested on Monday and Ysolde Vantreece was charged on Tuesday.", FRIDAY);
        Map<String, String> names = two.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        assertThat(two.events()).filteredOn(e -> e.trigger().text().equals("charged"))
                .flatExtracting(e -> e.participants().stream().map(p -> names.get(p.entity()) + "/" + p.role().json()).toList())
                .contains("Ysolde Vantreece/patient").doesNotContain("Orsolya Pelloway/patient");
    }

    @Test
    void whatWasSaidStartsAtItsOwnClauseNotAtALaterThat() {
        assertThat(claims("Ottoline Harwick said construction would begin next spring and that the arena would open in 2034."))
                .containsExactly("Ottoline Harwick | construction would begin next spring and that the arena would open in 2034");
        assertThat(claims("Critics say that figure is inflated."))
                .containsExactly("Critics | that figure is inflated");
        // negative: "that" after a recipient or a time still marks where the content starts
        assertThat(claims("Ottoline Harwick told reporters on Monday that the deal was fair."))
                .containsExactly("Ottoline Harwick | the deal was fair");
    }

    @Test
    void reviewedEdgesOfTheseRules() {
        // a determiner "that" with no verb after it opens no clause
        assertThat(claims("Ottoline Harwick recalled that night in Ashgrove with her sister.")).isEmpty();
        // a headline's clause with a participle or an infinitive is what its source says
        assertThat(claims("Hundreds killed in quake, officials say.")).containsExactly("officials | Hundreds killed in quake");
        // a relative clause after the listener does not hide the "that"
        assertThat(claims("Ottoline Harwick told reporters who were waiting that the deal was fair."))
                .containsExactly("Ottoline Harwick | the deal was fair");
        // the object of the first of two verbs is not the second's subject
        DocumentExtraction x = Texts.extract("Police have arrested Orsolya Pelloway and charged her with fraud.", FRIDAY);
        assertThat(x.events()).filteredOn(e -> e.trigger().text().equals("charged"))
                .flatExtracting(e -> e.participants().stream().map(p -> p.role().json()).toList())
                .doesNotContain("agent");
        // a past form after a passive is active: the one arrested pleaded
        DocumentExtraction y = Texts.extract("Orsolya Pelloway was arrested on Monday and pleaded not guilty on Tuesday.", FRIDAY);
        assertThat(y.events()).extracting(e -> e.trigger().text() + "/" + e.participants().get(0).role().json())
                .containsExactly("arrested/patient", "pleaded/agent");
        // a light verb before a participle that modifies its noun still carries it
        assertThat(events("Brisco Farms made repeated visits to Caskey Foods on Monday."))
                .anyMatch(e -> e.startsWith("visits/2031-03-10/"));
        // an undated noun after "in" frames the clause
        assertThat(events("Ottoline Harwick said in an interview with Brisco Farms that the deal was fair."))
                .noneMatch(e -> e.startsWith("interview/"));
    }
}
