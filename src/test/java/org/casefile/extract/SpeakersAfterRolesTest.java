package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who "he" or "she" is when a story's speakers change (session 23, an invented bribery case read
 * as a new user would): the "she said" after "A spokeswoman for the county said" went to a judge
 * named two sentences before; the "he said" after "Her lawyer said" to the defendant; the "she told
 * reporters" after "X did not reply" to the council member quoted before; a lawyer introduced as
 * "Name, a lawyer for the mayor," was no person, so his "he said" went to the mayor. Names appear
 * nowhere in the corpus.
 */
class SpeakersAfterRolesTest {
    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 4);

    private static List<String> saidBy(String text) {
        return Texts.saidBy(text, TUESDAY);
    }

    @Test
    void aPronounAfterOnePersonKnownByARoleIsThatPerson() {
        assertThat(saidBy("Judge Nils Tamburlo postponed the hearing. A spokeswoman for Ostrand County said the delay "
                + "was routine. \"We expect a ruling in May,\" she said."))
                .containsExactly("A spokeswoman for Ostrand County: the delay was routine",
                        "A spokeswoman for Ostrand County: We expect a ruling in May,");
        assertThat(saidBy("Wilhelmina Vorrell was charged on Friday. Her lawyer said the charges were baseless. "
                + "\"She will be cleared,\" he said."))
                .containsExactly("Her lawyer: the charges were baseless", "Her lawyer: She will be cleared,");
    }

    @Test
    void aPersonWhoOpensTheSentenceBeforeTakesThePronounFromARole() {
        assertThat(saidBy("On April 21, a federal magistrate judge declined to certify the request.\n\nIdona Sefton, an "
                + "assistant federal defender, represented him for two years. She said her team spent that time "
                + "gathering records."))
                .contains("Idona Sefton: her team spent that time gathering records");
    }

    @Test
    void aRoleOwnedByThePronounsPersonOrAPossessorIsNoAntecedent() {
        // "she" is whoever "her" is, not her lawyer
        assertThat(saidBy("Idona Sefton pleaded not guilty. Her lawyer said the charges were political. Outside court, "
                + "she said she was innocent."))
                .containsExactly("Her lawyer: the charges were political", "Idona Sefton: she was innocent");
        // the possessor of the one who acts opens the sentence, but does not act
        assertThat(saidBy("Prosecutor Wilhelmina Quennby said the evidence was strong. Idona Sefton's lawyer filed a motion. "
                + "\"We are confident,\" she said."))
                .doesNotContain("Idona Sefton: We are confident,");
    }

    @Test
    void aRoleThatIsNoOneOrAnotherGenderIsNoAntecedent() {
        // a spokesman is no "she": the quote is not his
        assertThat(saidBy("Judge Wilhelmina Tamburlo postponed the hearing. A spokesman for Ostrand County said the delay "
                + "was routine. \"We expect a ruling in May,\" she said."))
                .doesNotContain("A spokesman for Ostrand County: We expect a ruling in May,");
        // "prosecutors" are many: the "she" after them is not theirs
        assertThat(saidBy("Wilhelmina Vorrell was fined on Monday. Prosecutors said the fine was fair. "
                + "\"I will pay it,\" she said."))
                .doesNotContain("Prosecutors: I will pay it,");
    }

    @Test
    void theSubjectOfTheSentenceBeforeSpeaksAfterAnotherSpeaker() {
        assertThat(saidBy("Council member Idrissa Cardew said the vote sent the wrong message. Mayor Wilhelmina Vorrell "
                + "did not reply. Later, she told reporters she would not resign."))
                .containsExactly("Idrissa Cardew: the vote sent the wrong message", "Wilhelmina Vorrell: she would not resign");
    }

    @Test
    void theSentenceBeforeDoesNotTakeThePronounFromTheLastSpeakerWhenItCannot() {
        // the person between is a woman: "he" stays with the last speaker
        assertThat(saidBy("Thaddeus Cardew said the plan would fail. Mayor Wilhelmina Vorrell left early. "
                + "Later, he told reporters the vote was a mistake."))
                .containsExactly("Thaddeus Cardew: the plan would fail", "Thaddeus Cardew: the vote was a mistake");
        // the person between is no subject ("The council thanked …"): the last speaker keeps the pronoun
        assertThat(saidBy("Thaddeus Cardew said the plan would fail. The council thanked Mayor Cornelius Vorrell. "
                + "Later, he told reporters the vote was a mistake."))
                .containsExactly("Thaddeus Cardew: the plan would fail", "Thaddeus Cardew: the vote was a mistake");
    }

    @Test
    void aNameSetOffBesideARoleIsAPersonWhoSpeaksAgain() {
        DocumentExtraction x = Texts.extract("Idrissa Cardew, a lawyer for the mayor, said his client had done nothing "
                + "wrong. \"She never took a dime,\" he said.", TUESDAY);
        assertThat(x.entities()).extracting(e -> e.type() + ":" + e.name()).containsExactly("PERSON:Idrissa Cardew");
        assertThat(x.claims()).extracting(c -> c.speakerName() + ": " + c.text())
                .containsExactly("Idrissa Cardew: his client had done nothing wrong", "Idrissa Cardew: She never took a dime,");
        assertThat(Texts.extract("Her lawyer, Idrissa Cardew, said she would appeal.", TUESDAY).entities())
                .extracting(e -> e.type() + ":" + e.name()).containsExactly("PERSON:Idrissa Cardew");
    }

    @Test
    void aNameBesideNoPersonsRoleStaysNoPerson() {
        assertThat(Texts.extract("The contract went to Brisk Hollow, a company owned by the mayor's cousin.", TUESDAY)
                .entities()).extracting(e -> e.type() + ":" + e.name()).doesNotContain("PERSON:Brisk Hollow");
        assertThat(Texts.extract("Prosecutors met in Ostrand Vale, where the mayor lives.", TUESDAY).entities())
                .extracting(e -> e.type() + ":" + e.name()).doesNotContain("PERSON:Ostrand Vale");
        // a role that owns or modifies another noun, or the role after "according to", says nothing of the name
        assertThat(Texts.extract("The contract went to Brisk Hollow, the mayor's family business.", TUESDAY).entities())
                .extracting(e -> e.type() + ":" + e.name()).doesNotContain("PERSON:Brisk Hollow");
        assertThat(Texts.extract("According to the mayor, Ostrand Vale will build a new dam.", TUESDAY).entities())
                .extracting(e -> e.type() + ":" + e.name()).doesNotContain("PERSON:Ostrand Vale");
        // one word alone could be a surname or a town
        assertThat(Texts.extract("They drove to Tamburlo, a mayor's home town.", TUESDAY).entities())
                .extracting(e -> e.type() + ":" + e.name()).doesNotContain("PERSON:Tamburlo");
    }
}
