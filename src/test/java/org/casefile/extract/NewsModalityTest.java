package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefile.extract.EventModalityTest.as;
import static org.casefile.extract.EventModalityTest.check;
import static org.casefile.extract.EventModalityTest.fact;
import static org.casefile.extract.EventModalityTest.neg;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.extract.EventModalityTest.Expect;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Polarity and modality on forms of court, police, business and political news that the first
 * rules missed (invented names and places): negation beyond "not", possibility, hearsay, questions
 * and plans, each with a dated sentence (read with a parse) and an undated one (read from the
 * words around the trigger), and the facts that look like them ("did not hesitate to sign", "not
 * only resigned", "was not arrested until June"), which stay asserted.
 */
class NewsModalityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static Expect reported(String type) {
        return as(type, Modality.REPORTED);
    }

    private static Expect deniedBySource(String type) {
        return new Expect(type, Polarity.NEGATIVE, Modality.REPORTED);
    }

    @Test
    void negationBeyondNot() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Governor Ysolde Prantle never signed the agreement on May 3, 2024.", List.of(neg("agreement")));
        s.put("The ministry stopped short of charging Dorin Vasko.", List.of(neg("charge")));
        s.put("The ministry stopped short of charging Tamsin Calvessa on May 3, 2024.", List.of(neg("charge")));
        s.put("Prosecutors have yet to charge Ostrid Fenwell.", List.of(neg("charge")));
        s.put("Prosecutors have yet to charge Ostrid Fenwell, who was questioned on May 3, 2024.", List.of(neg("charge")));
        s.put("Police neither arrested nor charged Lorne Baskin.", List.of(neg("arrest"), neg("charge")));
        s.put("Neither Lorne Baskin nor his brother was arrested on May 3, 2024.", List.of(neg("arrest")));
        s.put("Tamsin Quarle avoided arrest by fleeing to Varnholt.", List.of(neg("arrest"), fact("travel")));
        s.put("Tamsin Quarle avoided being arrested on May 3, 2024.", List.of(neg("arrest")));
        s.put("Pohl Industries refrained from acquiring Denholm Mills.", List.of(neg("acquisition")));
        s.put("Pohl Industries failed to acquire Denholm Mills.", List.of(neg("acquisition")));
        s.put("Rosamund Keel was unable to leave Talbrook.", List.of(neg("travel")));
        s.put("Mayor Perrin Odell refused to resign on May 3, 2024.", List.of(neg("resignation")));
        s.put("Jory Aldous resigned without announcing a successor.", List.of(fact("resignation"), neg("announcement")));
        s.put("The police foiled an attack on Ansgar Dovley on May 3, 2024.", List.of(neg("attack")));
        check(s);
    }

    @Test
    void acquittedAndClearedDenyTheAct() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Kelda Morrow was acquitted of killing Jorvik Denholm.", List.of(fact("verdict"))); // the charge is no event
        // the clearing itself is a dated fact of its own (an event beyond the list)
        s.put("Kelda Morrow was cleared of killing Jorvik Denholm on May 3, 2024.", List.of(fact("other")));
        s.put("Ansgar Dovley was charged with attempted murder.",
                List.of(fact("charge"), new Expect("killing", Polarity.NEGATIVE, Modality.REPORTED)));
        // negative: a conviction establishes the act; "not convicted" denies the conviction only
        s.put("Mirela Hollin was convicted of fraud on May 3, 2024.", List.of(fact("conviction")));
        s.put("Selwyn Drach was not convicted.", List.of(neg("conviction")));
        check(s);
    }

    @Test
    void possibleWishedAndPlannedEventsAreNotFacts() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("If found guilty, Wendel Gerrit could be sentenced to life in prison.",
                List.of(as("sentencing", Modality.HYPOTHETICAL)));
        s.put("Ostrid Fenwell may be charged next week.", List.of(as("charge", Modality.HYPOTHETICAL)));
        s.put("Lorne Baskin faces trial in Varnholt.", List.of(as("trial", Modality.HYPOTHETICAL)));
        s.put("Pohl Industries sought to acquire Denholm Mills on May 3, 2024.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Officials discussed the possibility of the resignation of Osric Penhale.",
                List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Officials raised the prospect of an arrest of Emrys Trevane on May 3, 2024.",
                List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("There were fears that Emrys Trevane would be deported.", List.of(as("deportation", Modality.HYPOTHETICAL)));
        s.put("Osric Penhale is likely to resign.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Cadell Thorne is likely to resign on June 3, 2024.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Kasia Brenmoor is due to be sentenced on June 3, 2024.", List.of(as("sentencing", Modality.PLANNED)));
        s.put("Nilsa Brann is due to be sentenced.", List.of(as("sentencing", Modality.PLANNED)));
        s.put("Senator Tirzah Quennell is expected to resign on June 3, 2024.", List.of(as("resignation", Modality.PLANNED)));
        s.put("Pohl Industries announced the proposed acquisition of Denholm Mills on May 3, 2024.",
                List.of(fact("announcement"), as("acquisition", Modality.PLANNED)));
        s.put("Yara Belloc plans to acquire Lindqvast Foods.", List.of(as("acquisition", Modality.PLANNED)));
        check(s);
    }

    @Test
    void hearsayIsReportedAndADeniedReportIsNegative() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("The alleged attack on Ansgar Dovley took place in Harrowfield.", List.of(reported("attack")));
        s.put("The alleged attack on Feodor Ruskin took place on May 3, 2024.", List.of(reported("attack")));
        s.put("Wendel Gerrit is suspected of killing Sorcha Harrower.", List.of(reported("killing")));
        s.put("Police suspect Corrado Vessi fled to Calvessa.", List.of(reported("travel")));
        s.put("There were rumours that Mayor Osric Penhale had resigned.", List.of(reported("resignation")));
        s.put("Mayor Liesl Ormond denied reports that she had resigned.", List.of(deniedBySource("resignation")));
        s.put("Oswin Garrick denied leaving the country on May 3, 2024.", List.of(deniedBySource("travel")));
        s.put("Oswin Garrick denied that he had signed the agreement.", List.of(deniedBySource("agreement")));
        check(s);
    }

    @Test
    void aYesNoQuestionAsksAndAWhyQuestionDoesNot() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Did Mayor Osric Penhale resign on May 3, 2024?", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Will Pohl Industries acquire Denholm Mills?", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        // negative: "why" takes the resignation as given
        s.put("Why did Mayor Ondine Pellar resign on May 3, 2024?", List.of(fact("resignation")));
        check(s);
    }

    @Test
    void factsThatLookNegatedStayAsserted() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Governor Ysolde Prantle did not hesitate to sign the agreement.", List.of(fact("agreement")));
        s.put("Governor Ebba Gadsby did not hesitate to sign the agreement on May 3, 2024.", List.of(fact("agreement")));
        s.put("Mayor Perrin Odell not only resigned but also left Brenmoor.", List.of(fact("resignation"), fact("travel")));
        s.put("Lorne Baskin was not arrested until June 2, 2023.", List.of(fact("arrest")));
        s.put("Osric Penhale did not resign until 2021.", List.of(fact("resignation")));
        s.put("Police arrested Tovald Yoll without a warrant on May 3, 2024.", List.of(fact("arrest"), neg("arrest warrant")));
        s.put("Corvin Aldane was released without delay on May 3, 2024.", List.of(fact("release")));
        s.put("Brisa Kellan failed to win the election on May 5, 2024.", List.of(fact("election")));
        // negative: a verb that negates bears on its object, not on a circumstance after a preposition
        s.put("Wendel Gerrit escaped after the attack on Castor Velm on May 3, 2024.", List.of(fact("attack")));
        // negative: a hesitation that is not negated leaves the act open
        s.put("Governor Ysolde Prantle hesitated to sign the agreement.", List.of(as("agreement", Modality.HYPOTHETICAL)));
        check(s);
    }

    @Test
    void aDeniedOrPossibleEventNeverMergesWithTheFact() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Kelda Morrow denied killing Jorvik Denholm on May 3, 2024. "
                        + "Officials raised the prospect of an arrest of Idony Mibbet on May 9, 2024.",
                "Police said Kelda Morrow killed Jorvik Denholm on May 3, 2024. "
                        + "Police arrested Idony Mibbet on May 9, 2024.");
        List<Event> killings = c.events().stream().filter(e -> e.type().json().equals("killing")).toList();
        // (the killing the denier denies having done is no event: the denial is a claim)
        assertThat(killings).extracting(Event::polarity).containsExactly(Polarity.POSITIVE);
        List<Event> arrests = c.events().stream().filter(e -> e.type().json().equals("arrest")).toList();
        assertThat(arrests).extracting(Event::modality).containsExactlyInAnyOrder(Modality.HYPOTHETICAL, Modality.ASSERTED);
        assertThat(arrests).filteredOn(Event::isFact).singleElement()
                .satisfies(e -> assertThat(e.citations()).extracting(x -> x.document()).containsExactly("d2"));
    }
}
