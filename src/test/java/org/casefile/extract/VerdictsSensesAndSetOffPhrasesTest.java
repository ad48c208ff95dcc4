package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What happened, from a blind check on invented stories: a court or jury that finds someone guilty
 * convicts them ("found liable" is a civil ruling); "migraine attacks" and "a heart attack" are no
 * assault, "a clinical trial" no court's trial; a name after a preposition inside a phrase set off by
 * commas between a subject and its verb ("The study, published in the Journal of …, followed") is no
 * subject of that verb, and a participle's phrase there ("Acme, based in Oakby, said") does not hide
 * the subject. Negatives: "found … not guilty" convicts no one; "a study found that" is no ruling; an
 * assault and a court's trial stay events; a name right after the comma is still the subject.
 */
class VerdictsSensesAndSetOffPhrasesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 8);

    private static java.util.List<String> events(String text) {
        return Texts.datedParties(text, PUBLISHED);
    }

    @Test
    void findingSomeoneGuiltyIsAConviction() {
        assertThat(events("A jury in Dunleary on Monday found Fenwick Tallack guilty of fraud."))
                .containsExactly("found/conviction/2031-05-05 [Fenwick Tallack:patient]"); // session 23: the one found guilty
        assertThat(events("Fenwick Tallack was found guilty of fraud on Monday."))
                .containsExactly("found/conviction/2031-05-05 [Fenwick Tallack:patient]");
        assertThat(events("A judge in Dunleary found Pellmoor Analytics liable for the losses on Monday."))
                .containsExactly("found/ruling/2031-05-05 [Pellmoor Analytics:patient]"); // the one found liable
    }

    @Test
    void notGuiltyOrAStudysFindingIsNoConviction() {
        // session 23: a verdict of acquittal, never a conviction
        assertThat(events("A jury on Monday found Fenwick Tallack not guilty of fraud."))
                .containsExactly("found/verdict/2031-05-05 [Fenwick Tallack:patient]");
        assertThat(events("A study published on Monday by Grisedale Pharma found that the pill was safe.")).isEmpty();
    }

    @Test
    void anAilmentsAttackAndAClinicalTrialAreNoEvents() {
        assertThat(events("A study published on Monday found that the pill cut migraine attacks by half.")).isEmpty();
        assertThat(events("Fenwick Tallack died of a heart attack on Monday."))
                .containsExactly("died/death/2031-05-05 [Fenwick Tallack:agent]");
        assertThat(events("Grisedale Pharma said on Monday that a clinical trial of the pill would start in June."))
                .containsExactly("said/statement/2031-05-05 [Grisedale Pharma:agent]");
    }

    @Test
    void anAssaultAndACourtsTrialStayEvents() {
        assertThat(events("Gunmen attacked a bus in Dunleary on Monday, police said."))
                .containsExactly("attacked/attack/2031-05-05 []");
        assertThat(events("Fenwick Tallack's trial opened on Monday in Dunleary."))
                .containsExactly("trial/trial/null [Fenwick Tallack:patient]");
    }

    @Test
    void aNameInsideASetOffPhraseIsNoSubjectOfTheVerbAfterIt() {
        assertThat(events("The study, published on Monday in the Journal of Hill Medicine, followed 1,200 patients."))
                .isEmpty();
        assertThat(events("Lodewijk Tressider, the Dutch-born owner of Dunleary Rovers, said on Monday that he "
                + "would sell the club.")).containsExactly("said/statement/2031-05-05 [Lodewijk Tressider:agent]");
    }

    @Test
    void aParticiplesPhraseAfterTheSubjectDoesNotHideIt() {
        // (the jobs it would cut are a planned layoff of its own, undated: event-triggers.txt, cut object=workforce)
        assertThat(events("Pellmoor Analytics, based in Dunleary, said on Monday that it would cut 300 jobs."))
                .containsExactly("cut/other/null [Pellmoor Analytics:agent]", "said/statement/2031-05-05 [Pellmoor Analytics:agent]");
        assertThat(events("In Dunleary, Pellmoor Analytics said on Monday that it would cut 300 jobs."))
                .containsExactly("cut/other/null [Pellmoor Analytics:agent]", "said/statement/2031-05-05 [Pellmoor Analytics:agent]");
    }
}
