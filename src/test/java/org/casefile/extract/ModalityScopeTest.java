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
import java.util.stream.Collectors;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Polarity;
import org.casefile.extract.EventModalityTest.Expect;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * How far a cue of polarity or modality reaches (invented names and places): a thing put off or kept
 * from being called off has not happened yet, while the putting off is an act of its own; a
 * condition holds over the clause it opens or closes, not over a clause after ";" or an attribution
 * that ends the sentence; a negation or a denial stays in its own clause and conjunct ("did not sign
 * … and resigned", "…; Bo testified"); the participle of an accusation after a comma is not done by
 * the object before it. Then a wider adversarial set of negation, modality, reported speech and
 * positive controls that must stay facts. Each group is one document.
 */
class ModalityScopeTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static Expect negReported(String type) {
        return new Expect(type, Polarity.NEGATIVE, Modality.REPORTED);
    }

    @Test
    void aThingPutOffOrNotCalledOffIsStillToCome() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // the postponing is no hearing; the hearing put off did not happen then
        s.put("The hearing for Ardric Venholt was postponed until June 3, 2024.", List.of(as("hearing", Modality.PLANNED)));
        s.put("Judge Brisa Talmont postponed the trial of Ardric Venholt on May 3, 2024.", List.of(as("trial", Modality.PLANNED)));
        // a negated cancelling leaves the event standing, still to come
        s.put("The hearing for Ardric Venholt was not called off.", List.of(as("hearing", Modality.PLANNED)));
        s.put("The trial of Ardric Venholt was not cancelled on May 3, 2024.", List.of(as("trial", Modality.PLANNED)));
        s.put("Judge Brisa Talmont did not call off the trial of Ardric Venholt.", List.of(as("trial", Modality.PLANNED)));
        // negatives: what was cancelled did not happen; what caused a delay did
        s.put("Judge Brisa Talmont cancelled the trial of Ardric Venholt.", List.of(neg("trial")));
        s.put("The arrest of Ardric Venholt delayed the vote on May 3, 2024.", List.of(fact("arrest")));
        check(s);
    }

    @Test
    void theDelayItselfIsAFactButWhatItDelaysIsNot() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Korvath Mills delayed the acquisition of Pellory Steel on May 3, 2024.",
                List.of(as("acquisition", Modality.PLANNED), fact("other")));
        s.put("Roswin Kettleby testified after the trial was delayed.", List.of(fact("testimony"), as("trial", Modality.PLANNED)));
        s.put("Ardric Venholt was released after the hearing was postponed.", List.of(fact("release"), as("hearing", Modality.PLANNED)));
        check(s);
    }

    @Test
    void aConditionHoldsOverItsOwnClauses() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // a condition after the main clause
        s.put("Korvath Mills will acquire Pellory Steel if the board agrees.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Ardric Venholt will resign unless the board backs him.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        // a condition that opens a reported clause
        s.put("Brisa Talmont said that if the board agrees, Korvath Mills will acquire Pellory Steel.",
                List.of(as("acquisition", Modality.HYPOTHETICAL), fact("statement")));
        // a clause after ";" is outside the condition
        s.put("If Idrisa Falkstone resigns, Orlund Tesmer will replace her; Korvath Mills acquired Pellory Steel.",
                List.of(as("resignation", Modality.HYPOTHETICAL), fact("acquisition")));
        // "even if", "if anything" are no conditions of what is told
        s.put("Halbeck Foods acquired Mervaine Bank, even if the board objected.", List.of(fact("acquisition")));
        s.put("If anything, Halbeck Foods acquired Mervaine Bank too late.", List.of(fact("acquisition")));
        s.put("Even if Korvath Mills objects, Halbeck Foods will acquire Mervaine Bank.", List.of(as("acquisition", Modality.PLANNED)));
        check(s);
    }

    @Test
    void aDenialOrANegationStaysInItsClause() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // the parser hangs the arrest under the denial; what is denied is being in Quenmoor
        s.put("Idrisa Falkstone denied being in Quenmoor on the day police arrested Orlund Tesmer.",
                List.of(as("arrest", Modality.REPORTED)));
        s.put("Officials never said police found evidence that Orlund Tesmer was attacked.", List.of(as("attack", Modality.REPORTED)));
        // a past form shares no "did not"; "but" joins what was done instead
        s.put("Ardric Venholt did not sign the deal on May 3, 2024, and resigned.", List.of(neg("agreement"), fact("resignation")));
        s.put("Ardric Venholt did not sign the deal on May 3, 2024, but resigned.", List.of(neg("agreement"), fact("resignation")));
        s.put("Orlund Tesmer was not charged on May 3, 2024 but released.", List.of(neg("charge"), fact("release")));
        // "or" shares the negation, whatever stands between
        s.put("Ardric Venholt was not arrested on May 3, 2024 or charged.", List.of(neg("arrest"), neg("charge")));
        s.put("Ardric Venholt was not arrested in Quenmoor or charged.", List.of(neg("arrest"), neg("charge")));
        // a clause after ";" and one after ", but" are their own
        s.put("Roswin Kettleby did not testify; Audrin Selwick testified on May 6, 2024.", List.of(neg("testimony"), fact("testimony")));
        // (the brother's charge, told in the past with nobody named, stands: UnseenNewsEventsTest)
        s.put("Ysmay Ombrecht was not arrested, but her brother was charged.", List.of(neg("arrest"), fact("charge")));
        check(s);
    }

    /** The roles each named entity plays in the sentence's event of a type. */
    private static Map<String, ParticipantRole> roles(DocumentExtraction x, String sentence, String text, String type) {
        int begin = text.indexOf(sentence);
        int end = begin + sentence.length();
        Event e = x.events().stream().filter(v -> v.type().json().equals(type))
                .filter(v -> v.citations().get(0).start() >= begin && v.citations().get(0).start() < end).findFirst().orElseThrow();
        return e.participants().stream().collect(Collectors.toMap(
                p -> x.entities().stream().filter(n -> n.id().equals(p.entity())).findFirst().orElseThrow().name(),
                Participant::role));
    }

    @Test
    void theObjectBeforeAnAccusingParticipleIsNotItsAgent() {
        String a = "Korvath Mills sued Ardric Venholt, accusing him of fraud.";
        String b = "Police questioned Ardric Venholt, accusing Brisa Talmont of fraud.";
        String c = "If the board agrees, Korvath Mills will acquire Pellory Steel, Brisa Talmont said on May 3, 2024.";
        String text = a + " " + b + " " + c;
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        assertThat(roles(x, a, text, "accusation")).doesNotContainEntry("Ardric Venholt", ParticipantRole.AGENT);
        assertThat(roles(x, b, text, "accusation")).containsEntry("Brisa Talmont", ParticipantRole.PATIENT)
                .doesNotContainEntry("Ardric Venholt", ParticipantRole.AGENT);
        // the source of a closing attribution reports the event and takes no part in it
        assertThat(roles(x, c, text, "acquisition")).containsOnlyKeys("Korvath Mills", "Pellory Steel");
        // negative: the accused after the participle is its patient, the suer the filing's agent
        assertThat(roles(x, a, text, "filing")).containsEntry("Korvath Mills", ParticipantRole.AGENT)
                .containsEntry("Ardric Venholt", ParticipantRole.PATIENT);
    }

    @Test
    void adversarialNegationScope() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Tamsin Gastrell never resigned.", List.of(neg("resignation")));
        s.put("Halbeck Foods did not acquire Mervaine Bank.", List.of(neg("acquisition")));
        s.put("Prosecutors declined to charge Nelka Prenwick.", List.of(neg("charge")));
        s.put("Ysmay Ombrecht refused to resign.", List.of(neg("resignation")));
        s.put("Halbeck Foods did not acquire Mervaine Bank, and Korvath Mills acquired Pellory Steel.",
                List.of(neg("acquisition"), fact("acquisition")));
        s.put("Korvath Mills could not acquire Pellory Steel but acquired Halbeck Foods.",
                List.of(new Expect("acquisition", Polarity.NEGATIVE, Modality.HYPOTHETICAL), fact("acquisition")));
        s.put("Audrin Selwick, who was never charged, testified on June 3, 2024.", List.of(neg("charge"), fact("testimony")));
        // negatives: "not only", "not … until", "did not hesitate to" and a negation in another clause tell it happened
        s.put("Not only did Roswin Kettleby resign, he left Dravenport.", List.of(fact("resignation"), fact("travel")));
        s.put("Audrin Selwick was not released until June 2, 2024.", List.of(fact("release")));
        s.put("Orlund Tesmer did not hesitate to resign.", List.of(fact("resignation")));
        s.put("Police, who never gave up, arrested Ardric Venholt in Quenmoor.", List.of(fact("arrest")));
        check(s);
    }

    @Test
    void adversarialModality() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Tamsin Gastrell could be arrested in Fenwold.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Halbeck Foods would acquire Mervaine Bank under the plan.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Roswin Kettleby may appeal the ruling.", List.of(as("appeal", Modality.HYPOTHETICAL), fact("ruling")));
        s.put("Audrin Selwick plans to resign in June.", List.of(as("resignation", Modality.PLANNED)));
        s.put("Halbeck Foods expects to acquire Mervaine Bank next year.", List.of(as("acquisition", Modality.PLANNED)));
        s.put("Idrisa Falkstone threatened to resign.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Korvath Mills has threatened to sue Halbeck Foods unless it pays.", List.of(as("filing", Modality.HYPOTHETICAL)));
        s.put("Unless Mervaine Bank pays, Halbeck Foods will sue.", List.of(as("filing", Modality.HYPOTHETICAL)));
        s.put("If Nelka Prenwick is convicted, she will be deported.",
                List.of(as("conviction", Modality.HYPOTHETICAL), as("deportation", Modality.HYPOTHETICAL)));
        s.put("Orlund Tesmer might be extradited to Carrowmere.", List.of(as("extradition request", Modality.HYPOTHETICAL)));
        s.put("Roswin Kettleby is expected to testify on June 4, 2024.", List.of(as("testimony", Modality.PLANNED)));
        s.put("Ysmay Ombrecht would have resigned had the board asked.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Halbeck Foods is considering whether to acquire Mervaine Bank.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("It is unclear whether Tamsin Gastrell resigned.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Brisa Talmont asked if Korvath Mills had acquired Pellory Steel.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        check(s);
    }

    @Test
    void adversarialReportedSpeech() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Prosecutors said Ysmay Ombrecht killed a guard in Harrowdale.", List.of(as("killing", Modality.REPORTED)));
        s.put("Tamsin Gastrell allegedly attacked a neighbor in Fenwold.", List.of(as("attack", Modality.REPORTED)));
        s.put("Police suspect Orlund Tesmer fled to Carrowmere.", List.of(as("travel", Modality.REPORTED)));
        s.put("Idrisa Falkstone denied attacking Roswin Kettleby.", List.of()); // the charge answered, no event (ev33)
        s.put("Roswin Kettleby was arrested, police said.", List.of(as("arrest", Modality.REPORTED)));
        s.put("Prosecutors say Nelka Prenwick may have fled to Carrowmere.", List.of(as("travel", Modality.HYPOTHETICAL)));
        s.put("Brisa Talmont resigned, Korvath Mills said on May 3, 2024.", List.of(as("resignation", Modality.REPORTED), fact("statement")));
        // a relative clause of saying reports its own verb, never the main clause's
        s.put("Ardric Venholt, who prosecutors say killed Brisa Talmont, was arrested on May 3, 2024.",
                List.of(as("killing", Modality.REPORTED), fact("arrest")));
        s.put("Police arrested Orlund Tesmer, who they say killed Idrisa Falkstone.", List.of(fact("arrest"), as("killing", Modality.REPORTED)));
        // a denial denied is none: the event stays a source's word; a date after the denial keeps it one
        s.put("Audrin Selwick did not deny that he resigned.", List.of(as("resignation", Modality.REPORTED)));
        s.put("Nelka Prenwick has never denied attacking Roswin Kettleby.", List.of(as("attack", Modality.REPORTED)));
        s.put("Tamsin Gastrell denied on May 3, 2024 that she resigned.", List.of(negReported("resignation")));
        check(s);
    }

    @Test
    void doubtsGivingUpAndAcquittalsPastADate() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // what a source doubts is its uncertain word, no fact
        s.put("Brisa Talmont doubts that Ardric Venholt resigned.", List.of(as("resignation", Modality.REPORTED)));
        // an event given up did not happen; not given up, it is still to come
        s.put("Korvath Mills abandoned its acquisition of Pellory Steel.", List.of(neg("acquisition")));
        s.put("Korvath Mills did not abandon its acquisition of Pellory Steel.", List.of(as("acquisition", Modality.PLANNED)));
        // "acquitted of" across a date between the verb and its preposition
        s.put("Ardric Venholt was acquitted on May 3, 2024 of killing Brisa Talmont.", List.of(fact("verdict"), neg("killing")));
        s.put("Orlund Tesmer was acquitted last week of murder.", List.of(fact("verdict"), neg("killing")));
        // negative: a conviction past a date leaves the act as charged
        s.put("Audrin Selwick was convicted on May 3, 2024 of murder.", List.of(fact("conviction"), fact("killing")));
        check(s);
    }

    @Test
    void adversarialPositiveControlsStayFacts() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Halbeck Foods acquired Mervaine Bank on May 1, 2024.", List.of(fact("acquisition")));
        s.put("Tamsin Gastrell resigned on Friday.", List.of(fact("resignation")));
        s.put("Nelka Prenwick was charged with fraud and released.", List.of(fact("charge"), fact("release")));
        s.put("Audrin Selwick was convicted of killing Orlund Tesmer.", List.of(fact("conviction"), fact("killing")));
        s.put("When Brisa Talmont resigned, Ardric Venholt replaced her.", List.of(fact("resignation")));
        s.put("Ysmay Ombrecht was arrested in Harrowdale and later released.", List.of(fact("arrest"), fact("release")));
        check(s);
    }
}
