package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Polarity and modality on sentences written for the rules (invented names and places), one
 * document per group so the language layer runs a few times only: no negated, hypothetical,
 * planned or merely reported event is asserted, and none merges into an event that happened.
 */
class EventModalityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    /** An expected event: its type, and how the sentence tells it. */
    record Expect(String type, Polarity polarity, Modality modality) {
    }

    static Expect neg(String type) {
        return new Expect(type, Polarity.NEGATIVE, Modality.ASSERTED);
    }

    static Expect as(String type, Modality m) {
        return new Expect(type, Polarity.POSITIVE, m);
    }

    static Expect fact(String type) {
        return new Expect(type, Polarity.POSITIVE, Modality.ASSERTED);
    }

    /**
     * Runs the sentences as one document and checks each sentence's events of the expected types
     * (and, with {@code exact}, that the sentence has no other event).
     */
    static void check(Map<String, List<Expect>> sentences) {
        String text = String.join(" ", sentences.keySet());
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        List<String> failures = new ArrayList<>();
        int at = 0;
        for (Map.Entry<String, List<Expect>> entry : sentences.entrySet()) {
            int begin = text.indexOf(entry.getKey(), at);
            int end = begin + entry.getKey().length();
            at = end;
            List<Expect> found = x.events().stream()
                    .filter(e -> e.citations().get(0).start() >= begin && e.citations().get(0).start() < end)
                    .map(e -> new Expect(e.type().json(), e.polarity(), e.modality())).toList();
            if (!found.containsAll(entry.getValue()) || found.size() != entry.getValue().size()) {
                failures.add(entry.getKey() + " -> " + found + ", expected " + entry.getValue());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void negatedEventsAreNegative() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Marta Velund was not charged in the case.", List.of(neg("charge")));
        s.put("Police never arrested Tomas Frelby.", List.of(neg("arrest")));
        s.put("No charges were filed against Idris Kavonen.", List.of(neg("filing")));
        s.put("Prosecutors declined to charge Lena Ostrova.", List.of(neg("charge")));
        s.put("Bram Heskett was released without being charged.", List.of(fact("release"), neg("charge")));
        s.put("Officers did not detain Oskar Malvik.", List.of(neg("detention")));
        s.put("No one was arrested at the rally in Dunmere on March 3, 2022.", List.of(neg("arrest")));
        s.put("Senna Marwick has never been convicted of a crime.", List.of(neg("conviction")));
        s.put("There was no hearing for Daro Quillan.", List.of(neg("hearing")));
        // a crime the denier denies having done is the charge answered, no event (ev33)
        s.put("Vera Stolbin denied killing Orwen Quorrow.", List.of());
        s.put("Judge Hollis Brandt did not grant the request on April 2, 2023.", List.of(neg("ruling")));
        check(s);
    }

    @Test
    void possibleEventsAreHypothetical() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("If convicted, Rufus Tandry faces up to ten years in prison.", List.of(as("conviction", Modality.HYPOTHETICAL)));
        s.put("Ilse Darrow could face deportation to Corvania.", List.of(as("deportation", Modality.HYPOTHETICAL)));
        s.put("Kasimir Oyelade might appeal.", List.of(as("appeal", Modality.HYPOTHETICAL)));
        s.put("Velma Orrin threatened to sue the Brackwater council.", List.of(as("filing", Modality.HYPOTHETICAL)));
        s.put("The court could release Hamid Torvell next week.", List.of(as("release", Modality.HYPOTHETICAL)));
        s.put("Agents would have arrested Lio Pemberton.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Jonas Ekwueme may be extradited to Velsland.", List.of(as("extradition request", Modality.HYPOTHETICAL)));
        s.put("Lawyers for Hamid Torvell asked the court to release him.", List.of(as("release", Modality.HYPOTHETICAL)));
        check(s);
    }

    @Test
    void demandedEventsAreWantedNotDone() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Council President Ingrid Salter called for the resignation of Mayor Desmond Oakridge on Friday.",
                List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Protesters in Quillfield demanded the arrest of Halvard Pellam on May 6, 2024.",
                List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Prosecutors recommended the sentencing of Ines Ostergren on June 3, 2024.",
                List.of(as("sentencing", Modality.HYPOTHETICAL)));
        // a request asserted: the request itself is the event
        s.put("The Brevik government sought the extradition of Lorcan Dunmore on Friday.",
                List.of(fact("extradition request")));
        // negatives: a demand governs only its own object, or a noun after its own preposition
        // (the "his" stands for Lorcan Dunmore of the sentence before, so the resignation demanded of him is
        // kept, as wanted: hypothetical, never a fact)
        s.put("Protesters who demanded his resignation were arrested in Quillfield on May 8, 2024.",
                List.of(fact("arrest"), as("resignation", Modality.HYPOTHETICAL)));
        s.put("Police arrested a man wanted in the killing of Ines Ostergren on May 7, 2024.",
                List.of(fact("arrest"), fact("killing")));
        s.put("Desmond Oakridge resigned as mayor of Quillfield on May 9, 2024.", List.of(fact("resignation")));
        check(s);
    }

    @Test
    void notTakingPartInAnEventLeavesTheEventAsItWas() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // the hearing was held; his absence is the hearing denied of him
        s.put("Gunnar Ostrowicz did not attend the hearing in Brandley on June 4, 2024.", List.of(fact("hearing"), neg("hearing")));
        s.put("The court did not hold a hearing for Gunnar Ostrowicz.", List.of(neg("hearing")));
        check(s);
    }

    @Test
    void aDenialGovernsOnlyItsOwnComplement() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // the plea is the lawyer's report of a plan, not something the mayor denies; the lawyer's saying is a fact
        s.put("His lawyer, Lorcan Dunmore, said Desmond Oakridge denied all wrongdoing and would plead not guilty.",
                List.of(as("plea", Modality.PLANNED), fact("statement")));
        // (a crime the denier denies having done is the charge answered, no event: ev33)
        s.put("Halvard Pellam denied he had attacked the inspector.", List.of());
        s.put("Ines Ostergren denied attacking Torvik Salter.", List.of());
        // after "that", the subject of the denied clause may be any short noun phrase
        s.put("The warden denied that the night guards had attacked Torvik Salter.",
                List.of(new Expect("attack", Polarity.NEGATIVE, Modality.REPORTED)));
        // negative: the arrest of a subordinate clause is no part of what is denied
        s.put("Halvard Pellam denied the charges when he was arrested.", List.of(fact("arrest")));
        check(s);
    }

    @Test
    void anEventInAQuoteIsWhatTheSpeakerSaysAndTakesOnlyTheQuotesNames() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Sheriff Alda Renwick spoke on Friday.", List.of());
        s.put("\u201cMy deputies arrested Ivo Tremaine in Pellworth on May 3, 2024.\u201d", List.of(as("arrest", Modality.REPORTED)));
        // negative: the text's own voice stays asserted
        s.put("Deputies arrested Ivo Tremaine in Pellworth on May 3, 2024.", List.of(fact("arrest")));
        check(s);
        DocumentExtraction x = Texts.extract("\u201cWe were elected to cut taxes,\u201d said council member Ruben Halloway.",
                PUBLISHED);
        // the speaker is not who was elected: with no name and no time of its own, the quote's election is no
        // event; the saying is (a named speaker in the reporting past), with the speaker alone as its participant
        assertThat(x.events()).extracting(e -> e.type().json() + " " + e.trigger().text() + " " + e.participants().size())
                .containsExactly("statement said 1");
    }

    @Test
    void futureEventsArePlanned() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Corinne Abadi intends to sue the Harrowgate hospital.", List.of(as("filing", Modality.PLANNED)));
        s.put("Dmitri Valko plans to appeal.", List.of(as("appeal", Modality.PLANNED)));
        s.put("Maren Solberg is scheduled to be sentenced on June 4, 2024.", List.of(as("sentencing", Modality.PLANNED)));
        s.put("Eamon Ruddle will testify next month.", List.of(as("testimony", Modality.PLANNED)));
        s.put("A hearing for Pia Castellane is set for October 3, 2024.", List.of(as("hearing", Modality.PLANNED)));
        s.put("Tobiah Wren is set to resign as mayor of Oldcastle.", List.of(as("resignation", Modality.PLANNED)));
        check(s);
    }

    @Test
    void aPresentInAClauseOfTimeOfAFutureSentenceIsPlanned() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // English puts the future of a clause of time in the present
        s.put("The crew will paint the hull when Ilse Tollerby arrives in Brisvane on June 4, 2024.",
                List.of(as("travel", Modality.PLANNED)));
        // negative: a past clause of time is a fact
        s.put("When Ilse Tollerby arrived in Brisvane on May 2, 2024, the crew painted the hull.",
                List.of(fact("travel")));
        check(s);
    }

    @Test
    void whatASourceSaysIsReported() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Prosecutors said Gideon Farrow attacked a guard.", List.of(as("attack", Modality.REPORTED)));
        s.put("Ottilie Vramsk allegedly killed Samir Holt.", List.of(as("killing", Modality.REPORTED)));
        s.put("Kelvin Ashdown was accused of murdering Rina Voss.",
                List.of(fact("accusation"), as("killing", Modality.REPORTED)));
        s.put("Fabian Crell fled to Norland, according to police.", List.of(as("travel", Modality.REPORTED)));
        s.put("Hugo Ternell was arrested on Monday, the sheriff's office said.", List.of(as("arrest", Modality.REPORTED)));
        check(s);
    }

    @Test
    void anEventNamedAsTheCircumstanceOfASayingIsNotWhatWasSaid() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Lionel Ashcombe argued during the trial that his client was innocent.", List.of(fact("trial")));
        // negative: the event that is said stays reported
        s.put("Prosecutors said the trial of Maren Solvik would resume.", List.of(as("trial", Modality.REPORTED)));
        check(s);
    }

    @Test
    void factsStayAssertedAndTriggersNeedTheirSense() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Police arrested Marta Velund on May 2, 2022.", List.of(fact("arrest")));
        s.put("Tomas Frelby was charged with fraud.", List.of(fact("charge")));
        s.put("Judge Hollis Brandt granted the request on April 2, 2023.", List.of(fact("ruling")));
        s.put("Lena Ostrova pleaded not guilty on Monday.", List.of(fact("plea")));
        s.put("Ansel Marquardt resigned as chairman of Vellcorp on Friday.", List.of(fact("resignation")));
        s.put("Beatrix Olenna died on March 12, 2021.", List.of(fact("death")));
        s.put("The court sentenced Jorund Aske to five years in prison.", List.of(fact("sentencing")));
        s.put("Lawyers for Idris Kavonen moved to dismiss the case on March 3, 2024.", List.of(fact("filing")));
        s.put("Hannelore Pike moved to Tallbridge in 2019.", List.of(fact("travel")));
        s.put("Sales of the Orvex tablet declined in 2023.", List.of());
        s.put("Rolf Demary denied the allegations on Tuesday.", List.of());
        s.put("Judge Hollis Brandt declined the request of Rolf Demary on April 9, 2023.", List.of(fact("ruling")));
        // agreeing to buy is an agreement made then; the purchase it plans is the acquisition that closed
        s.put("Vellcorp agreed to buy Pellwick Mills for $40 million, and the acquisition closed in May 2023.",
                List.of(fact("agreement"), fact("acquisition")));
        s.put("Ansel Marquardt was elected mayor of Tallbridge in 2020.", List.of(fact("election")));
        s.put("Quentin Ashby faces the death penalty.", List.of());
        // an extradition request is what a verb of asking or wanting reports
        s.put("Velsland wants Jonas Ekwueme extradited.", List.of(fact("extradition request")));
        check(s);
    }

    /** Present perfects and statements, which their tense may date at the publication day. */
    @Test
    void presentPerfectsAndStatementsKeepTheirPolarityAndModality() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Marta Velund has not been charged.", List.of(neg("charge")));
        s.put("Oskar Malvik has been arrested in Dunmere.", List.of(fact("arrest")));
        s.put("Prosecutors said Gideon Farrow has fled to Norland.", List.of(as("travel", Modality.REPORTED)));
        s.put("Agents could have arrested Lio Pemberton.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Vellcorp has confirmed that Ansel Marquardt will resign.",
                List.of(fact("statement"), as("resignation", Modality.PLANNED)));
        s.put("Rolf Demary has denied the allegations.", List.of());
        s.put("Tobiah Wren has threatened to sue Vellcorp.", List.of(as("filing", Modality.HYPOTHETICAL)));
        s.put("Vellcorp has never acquired Pellwick Mills.", List.of(neg("acquisition")));
        check(s);
        DocumentExtraction x = Texts.extract(String.join(" ", s.keySet()), PUBLISHED);
        // only the told facts take the publication day from their tense; the negated one stays undated
        assertThat(x.events()).filteredOn(e -> e.date().derivation() == DateDerivation.PUBLICATION)
                .extracting(e -> e.type().json()).containsExactlyInAnyOrder("arrest", "travel", "statement");
    }

    @Test
    void negatedAndPossibleEventsNeverMergeWithTheRealOnes() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Marta Velund was not charged on May 9, 2022. Ilse Darrow could be deported on June 1, 2023. "
                        + "Hugo Ternell will be arrested on March 2, 2024.",
                "Prosecutors charged Marta Velund on May 9, 2022. Ilse Darrow was deported on June 1, 2023. "
                        + "Police arrested Hugo Ternell on March 2, 2024.");
        for (String type : List.of("charge", "deportation", "arrest")) {
            List<Event> events = c.events().stream().filter(e -> e.type().json().equals(type)).toList();
            assertThat(events).as(type).hasSize(2);
            assertThat(events).as(type).filteredOn(Event::isFact).hasSize(1)
                    .allSatisfy(e -> assertThat(e.citations()).extracting(x -> x.document()).containsExactly("d2"));
            assertThat(events).as(type).filteredOn(e -> !e.isFact())
                    .allSatisfy(e -> assertThat(e.citations()).extracting(x -> x.document()).containsExactly("d1"));
        }
    }

    @Test
    void whatASourceReportsMergesWithTheSameFactAndStaysAsserted() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Police said Hugo Ternell was arrested on March 2, 2024.",
                "Hugo Ternell was arrested by officers on March 2, 2024.");
        List<Event> arrests = c.events().stream().filter(e -> e.type() == EventType.ARREST).toList();
        assertThat(arrests).hasSize(1);
        assertThat(arrests.get(0).modality()).isEqualTo(Modality.ASSERTED);
        assertThat(arrests.get(0).sources()).isEqualTo(2);
    }
}
