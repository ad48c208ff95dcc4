package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Invented stories of a township treasurer's arraignment, a food company's purchase and a
 * wildfire, read as a new user would (session 21): a judge named after her title was missing; a
 * saying inside a prosecutor's allegation was a fact of the publication day; "resigned in February
 * but has not been charged" dated the charge in February with the treasurer as the one charging;
 * "agreed on Monday to buy" bought on Monday; "officials said in an update posted after …" claimed
 * the update's posting; "declared a state of emergency on Monday" was dated the publication day and
 * claimed the Monday. Names appear nowhere in the corpus.
 */
class TownshipStoryTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2033, 3, 9);

    private static List<String> events(String text) {
        return Texts.datedParties(text, WEDNESDAY);
    }

    private static List<String> claims(String text) {
        return Texts.saidBy(text, WEDNESDAY);
    }

    private static List<String> people(String text) {
        return Texts.extract(text, WEDNESDAY).entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::name).toList();
    }

    /** Each event as {@code trigger/polarity/date [name:role, …]}. */
    private static List<String> polarEvents(String text) {
        DocumentExtraction x = Texts.extract(text, WEDNESDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end()) + "/"
                + e.polarity().name().toLowerCase() + "/" + e.date().value() + " "
                + e.participants().stream().map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).toList())
                .toList();
    }

    @Test
    void aNameAfterATitleIsAPerson() {
        assertThat(people("Corin Halvey was arraigned before Judge Priya Oyelaran in the county court."))
                .containsExactly("Corin Halvey", "Priya Oyelaran");
        assertThat(people("Corin Halvey was arraigned before Judge Oyelaran in Westcombe County Superior Court."))
                .containsExactly("Corin Halvey", "Oyelaran");
        // negative: a headline in title case, an office's name and a title's own word are no person
        assertThat(people("Judge Orders Review Of Harbor Permits")).isEmpty();
        assertThat(people("A spokesman for the Justice Department declined to comment.")).isEmpty();
        assertThat(people("Professor Emeritus Gil Strand met President Elect Dana Fairweather."))
                .containsExactly("Gil Strand", "Dana Fairweather");
    }

    @Test
    void aSayingSomeoneElseReportsIsNoFact() {
        assertThat(events("Prosecutors allege that Teodor Venn told the clerk that the files were lost.")).isEmpty();
        assertThat(claims("Prosecutors allege that Teodor Venn told the clerk that the files were lost."))
                .containsExactly("Prosecutors: Teodor Venn told the clerk that the files were lost");
        // negative: the saying the writer reports is one
        assertThat(events("Teodor Venn told the clerk that the files were lost."))
                .containsExactly("told/statement/2033-03-09 [Teodor Venn:agent]");
    }

    @Test
    void aJoinedVerbWithItsOwnTenseKeepsItsOwnTimeAndVoice() {
        assertThat(polarEvents("Corin Halvey resigned in February but has not been charged with any other crime."))
                .containsExactly("resigned/positive/2033-02 [Corin Halvey:agent]",
                        "charged/negative/null [Corin Halvey:patient]");
        assertThat(polarEvents("Corin Halvey resigned in February but won't be charged."))
                .containsExactly("resigned/positive/2033-02 [Corin Halvey:agent]",
                        "charged/negative/null [Corin Halvey:patient]");
        assertThat(polarEvents("Corin Halvey resigned in February and was charged in March."))
                .containsExactly("resigned/positive/2033-02 [Corin Halvey:agent]",
                        "charged/positive/2033-03 [Corin Halvey:patient]");
        assertThat(polarEvents("Corin Halvey was arrested on Monday and will be arraigned on Friday."))
                .containsExactly("arrested/positive/2033-03-07 [Corin Halvey:patient]",
                        "arraigned/positive/2033-03-11 [Corin Halvey:patient]");
        // negative: a joined verb with no tense of its own shares the first one's time
        assertThat(polarEvents("Corin Halvey was arrested in February and charged with theft."))
                .containsExactly("arrested/positive/2033-02 [Corin Halvey:patient]",
                        "charged/positive/2033-02 [Corin Halvey:patient]");
    }

    @Test
    void whatIsAgreedOrOrderedThenHappensLater() {
        assertThat(events("Brightwater Foods agreed on Monday to buy rival snack maker Tallon & Reese for $1.2 billion."))
                .containsExactly("agreed/agreement/2033-03-07 [Brightwater Foods:agent, Tallon & Reese:other]");
        assertThat(events("Ivo Maren was sentenced on Friday to serve ten years in prison."))
                .containsExactly("sentenced/sentencing/2033-03-04 [Ivo Maren:patient]");
        // negative: a verb of beginning shares its infinitive's time
        assertThat(events("Prosecutors started on Monday to charge Corin Halvey with theft."))
                .containsExactly("charge/charge/2033-03-07 [Corin Halvey:patient]");
        // and a refusal: what is refused does not happen on the day of the refusal
        assertThat(polarEvents("Ivo Maren refused on Monday to testify."))
                .containsExactly("testify/negative/2033-03-07 [Ivo Maren:agent]");
    }

    @Test
    void aParticipleAfterTheSayingsAdjunctIsNoContent() {
        assertThat(claims("The evacuation order was lifted Thursday, officials said in an update posted after the story ran."))
                .containsExactly("officials: The evacuation order was lifted Thursday");
        // negative: a "that" clause after such a phrase is what was said
        assertThat(claims("Officials said in a statement issued Monday that the road would reopen."))
                .containsExactly("Officials: the road would reopen");
    }

    @Test
    void aTimeClosingAnObjectDatesTheSaying() {
        assertThat(claims("Governor Rafe Landquist declared a state of emergency on Monday."))
                .containsExactly("Rafe Landquist: a state of emergency");
        assertThat(events("Governor Rafe Landquist declared a state of emergency on Monday."))
                .containsExactly("declared/statement/2033-03-07 [Rafe Landquist:agent]");
        // negative: a time after a participle, or after "until", is part of what was said
        assertThat(claims("Brightwater Foods announced a recall of snacks made in 2031."))
                .containsExactly("Brightwater Foods: a recall of snacks made in 2031");
        assertThat(claims("Marco Venn denied the charges filed in 2031."))
                .containsExactly("Marco Venn: the charges filed in 2031");
        assertThat(claims("Naomi Feltham announced a hiring freeze until May."))
                .containsExactly("Naomi Feltham: a hiring freeze until May");
    }

    @Test
    void aTimeInADescriptionBeforeTheNameDatesNothing() {
        assertThat(events("His Democratic rival in 2030, Odile Carvallo, said she was weighing a run."))
                .containsExactly("said/statement/2033-03-09 [Odile Carvallo:agent]");
        assertThat(events("The port's director since 2029, Ann Velloway, resigned."))
                .containsExactly("resigned/resignation/null [Ann Velloway:agent]");
        // negative: a time that opens the sentence with a preposition is the verb's, and so is one
        // after a description that holds none
        assertThat(events("In 2030, Odile Carvallo said she was weighing a run."))
                .containsExactly("said/statement/2030 [Odile Carvallo:agent]");
        assertThat(events("The treasurer, Corin Halvey, pleaded guilty Monday."))
                .containsExactly("pleaded/plea/2033-03-07 [Corin Halvey:agent]");
    }

    @Test
    void aSayingInAStatementReleasedByOthersKeepsItsClause() {
        // (the claim still opens with the participle's phrase: "released by the campaign the report …")
        assertThat(claims("Mike Dorran said in a statement released by the campaign the report merits an inquiry."))
                .singleElement().asString().startsWith("Mike Dorran: ").endsWith("the report merits an inquiry");
        // a "that" past the described noun, however far, opens what was said
        assertThat(claims("Officials said in a statement posted on the company's website late Tuesday that the"
                + " plant would close.")).containsExactly("Officials: the plant would close");
    }

    @Test
    void aTimeOfTheFutureStaysInWhatWasSaid() {
        assertThat(claims("Ivo Maren predicted a deep recession next year."))
                .containsExactly("Ivo Maren: a deep recession next year");
        assertThat(events("Ivo Maren predicted a deep recession next year."))
                .containsExactly("predicted/statement/2033-03-09 [Ivo Maren:agent]");
    }
}
