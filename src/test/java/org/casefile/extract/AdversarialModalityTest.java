package org.casefile.extract;

import static org.casefile.extract.EventModalityTest.as;
import static org.casefile.extract.EventModalityTest.check;
import static org.casefile.extract.EventModalityTest.fact;
import static org.casefile.extract.EventModalityTest.neg;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * A wide adversarial set of news and court sentences (invented names and places, 146 sentences):
 * negation beyond "not" ("none of", "nearly died", "ruled out an arrest", "called off its
 * acquisition", "walked away from", "was spared", "no evidence that", "found not guilty of",
 * "instead of"), possibility and plans (conditions that open the sentence, inverted conditions,
 * "is set to … when he arrives"), attempts and cancellations ("the trial was cancelled", "the
 * hearing was postponed"), with the positive twins that must stay facts ("was charged and
 * convicted"). Each group is one document. Forms the extractor still reads imperfectly are checked
 * for the promise alone: no event of theirs is told as a fact that is none.
 */
class AdversarialModalityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    @Test
    void negationInManyForms() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("His wife, Orlaith Gemmery, was not charged.", List.of(neg("charge")));
        s.put("Zebulon Marrick never testified.", List.of(neg("testimony")));
        s.put("Neither Castell Brume nor Idra Vossel was injured.", List.of(neg("injury")));
        s.put("Prosecutors failed to convict Dace Morlind.", List.of(neg("conviction")));
        s.put("Saoirse Plimmett refused to testify against her brother.", List.of(neg("testimony")));
        // a crime the denier denies having done is the charge answered, no event (ev33)
        s.put("Hollis Tremayne denied that he had killed the inspector.", List.of());
        s.put("Meriel Thorsby was acquitted of murder.", List.of(fact("verdict"))); // an acquittal, as "found not guilty": the charge is no event
        // session 23: the acquittal itself is a verdict that happened
        s.put("Jessamy Orlov was found not guilty of killing Teodric Vame.",
                List.of(new Expect("verdict", Polarity.POSITIVE, Modality.ASSERTED))); // the charge is no event
        s.put("The jury did not convict Brannoc Thuley.", List.of(neg("conviction")));
        s.put("No arrests have been made in the attack on Garvin Tullivar.", List.of(neg("arrest"), fact("attack")));
        s.put("Gavriel Stokesay was never formally charged.", List.of(neg("charge")));
        s.put("Hollis Tremayne, who was not charged, testified on May 2, 2024.", List.of(neg("charge"), fact("testimony")));
        s.put("Instead of resigning, Mayor Crispin Valde apologized.", List.of(neg("resignation")));
        s.put("The court refused to release Nuala Brisk.", List.of(neg("release"), fact("ruling")));
        s.put("Tamsyn Orrick was not among those arrested.", List.of()); // she takes no part, and nobody else is named
        check(s);
    }

    @Test
    void possibleWishedPlannedAndReportedEvents() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Ilsabet Corran could be charged as early as next week.", List.of(as("charge", Modality.HYPOTHETICAL)));
        s.put("The ruling would allow Teodor Brack to be deported.", List.of(as("deportation", Modality.HYPOTHETICAL), fact("ruling")));
        s.put("Dunstan Ferrol must be released within 48 hours.", List.of(as("release", Modality.PLANNED)));
        s.put("If Ellery Vantroop is convicted, he will be deported to Corvath.", List.of(as("conviction", Modality.HYPOTHETICAL), as("deportation", Modality.HYPOTHETICAL)));
        s.put("Unless Varnel Holdings pays the debt, the bank will sue.", List.of(as("filing", Modality.HYPOTHETICAL)));
        s.put("Thaddeus Orrin plans to appeal.", List.of(as("appeal", Modality.PLANNED)));
        s.put("Corbin Astley intends to sue the city of Marrowfield.", List.of(as("filing", Modality.PLANNED)));
        s.put("Elowen Raske is expected to plead guilty on June 10, 2024.", List.of(as("plea", Modality.PLANNED)));
        s.put("Elowen Raske's trial is scheduled to begin on July 1, 2024.", List.of(as("trial", Modality.PLANNED)));
        s.put("Rowena Garske sought to acquire Thistlecombe Farms.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Police tried to arrest Ivor Danskin at his home.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Gunmen attempted to kill Senator Odile Framley.", List.of(as("killing", Modality.HYPOTHETICAL)));
        s.put("Lawmakers called for the arrest of Governor Tavish Molloy.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Merrin Vellacott reportedly fled to Castarra.", List.of(as("travel", Modality.REPORTED)));
        s.put("Ambrose Kettering is suspected of attacking a guard.", List.of(as("attack", Modality.REPORTED)));
        s.put("Will Perpetua Rudwick be charged?", List.of(as("charge", Modality.HYPOTHETICAL)));
        s.put("It is unclear whether Osgood Farrant will testify.", List.of(as("testimony", Modality.HYPOTHETICAL)));
        s.put("Officials are weighing whether to arrest Brisco Ismay.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Prosecutors have not ruled out charging Ferris Ombley.", List.of(as("charge", Modality.HYPOTHETICAL)));
        s.put("Rather than face trial, Ingmar Tosh fled to Belvarro.", List.of(as("trial", Modality.HYPOTHETICAL), fact("travel")));
        s.put("Ardley Keswin was set to testify on Friday.", List.of(as("testimony", Modality.PLANNED)));
        s.put("Ardley Keswin hopes to be released soon.", List.of(as("release", Modality.HYPOTHETICAL)));
        s.put("Prosecutors want Ardley Keswin extradited.", List.of(fact("extradition request")));
        s.put("Ardley Keswin could have been killed.", List.of(as("killing", Modality.HYPOTHETICAL)));
        check(s);
    }

    @Test
    void attemptsAndCancellations() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("The trial of Rainer Dolbrook was cancelled.", List.of(neg("trial")));
        s.put("The trial of Rainer Dolbrook was delayed until June 2, 2024.", List.of(as("trial", Modality.PLANNED)));
        check(s);
    }

    @Test
    void positiveTwinsStayFacts() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Orlaith Gemmery was charged with theft.", List.of(fact("charge")));
        s.put("Zebulon Marrick testified on May 2, 2024.", List.of(fact("testimony")));
        s.put("Castell Brume pleaded guilty to fraud.", List.of(fact("plea")));
        s.put("Police arrested Ivor Danskin at his home.", List.of(fact("arrest")));
        s.put("The jury convicted Brannoc Thuley.", List.of(fact("conviction")));
        s.put("Ilsabet Corran was charged last week.", List.of(fact("charge")));
        s.put("Maelis Orvane resigned before the vote.", List.of(fact("resignation")));
        s.put("Quintal Bank completed its acquisition of Harrowgate Trust.", List.of(fact("acquisition")));
        s.put("Ellery Vantroop was deported to Corvath.", List.of(fact("deportation")));
        s.put("Nuala Brisk was released on Monday.", List.of(fact("release")));
        s.put("Thaddeus Orrin appealed on May 2, 2024.", List.of(fact("appeal")));
        s.put("Dace Morlind was convicted of fraud.", List.of(fact("conviction")));
        s.put("Elowen Raske pleaded guilty on June 10, 2023.", List.of(fact("plea")));
        s.put("Gunmen killed Senator Odile Framley.", List.of(fact("killing")));
        s.put("Saoirse Plimmett testified against her brother.", List.of(fact("testimony")));
        s.put("Ardley Keswin was extradited to Castarra.", List.of(fact("extradition request")));
        s.put("Police arrested Tamsyn Orrick and charged her with theft.", List.of(fact("arrest"), fact("charge")));
        s.put("Pellmark Bank acquired Harthorne Mills without a vote of its shareholders.", List.of(fact("acquisition")));
        check(s);
    }

    @Test
    void negationByNearMissesPhrasalVerbsAndDeniedEvidence() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Odwin Vask was questioned but not arrested.", List.of(neg("arrest")));
        s.put("Isaura Brenning was detained but not charged.", List.of(fact("detention"), neg("charge")));
        s.put("Tovah Lindgard was charged, but not convicted.", List.of(fact("charge"), neg("conviction")));
        s.put("Odwin Vask nearly died.", List.of(neg("death")));
        s.put("Isaura Brenning was nearly killed in Marchbank.", List.of(neg("killing")));
        s.put("Tovah Lindgard almost resigned.", List.of(neg("resignation")));
        s.put("Odwin Vask did not plead guilty.", List.of(neg("plea")));
        s.put("Odwin Vask has not yet been sentenced.", List.of(neg("sentencing")));
        s.put("Kestrel Amsell was spared deportation.", List.of(neg("deportation")));
        s.put("Officials ruled out an arrest of Kestrel Amsell.", List.of(neg("arrest")));
        s.put("Calverly Bank called off its acquisition of Pennock Mills.", List.of(neg("acquisition")));
        s.put("Regulators blocked the acquisition of Pennock Mills by Calverly Bank.", List.of(neg("acquisition")));
        s.put("Calverly Bank walked away from the acquisition of Pennock Mills.", List.of(neg("acquisition")));
        s.put("The attack on Kestrel Amsell never happened.", List.of(neg("attack")));
        s.put("Kestrel Amsell's trial has not begun.", List.of(neg("trial")));
        s.put("Kestrel Amsell's trial has begun.", List.of(fact("trial")));
        check(s);
    }

    @Test
    void conditionsInversionsAndPlans() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Police believe Odwin Vask fled to Marchbank.", List.of(as("travel", Modality.REPORTED)));
        s.put("Odwin Vask appears to have fled to Marchbank.", List.of(as("travel", Modality.HYPOTHETICAL)));
        s.put("Kestrel Amsell is fighting extradition to Marchbank.", List.of(fact("extradition request")));
        s.put("Tovah Lindgard offered to resign.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Odwin Vask is to be sentenced on June 3, 2024.", List.of(as("sentencing", Modality.PLANNED)));
        s.put("Tovah Lindgard is going to resign.", List.of(as("resignation", Modality.PLANNED)));
        s.put("If Odwin Vask resigns, Isaura Brenning will replace him.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Should Odwin Vask resign, Isaura Brenning would replace him.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Odwin Vask would resign if asked.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Odwin Vask would not say whether he had resigned.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Had Odwin Vask resigned, the vote would have been held.", List.of(as("resignation", Modality.HYPOTHETICAL)));
        s.put("Odwin Vask, who could be deported, spoke on Friday.", List.of(as("deportation", Modality.HYPOTHETICAL)));
        s.put("Isaura Brenning may have been arrested in Marchbank.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Isaura Brenning, police said, was not arrested.", List.of(new Expect("arrest", Polarity.NEGATIVE, Modality.REPORTED)));
        s.put("Prosecutors hope to convict Kestrel Amsell.", List.of(as("conviction", Modality.HYPOTHETICAL)));
        s.put("Prosecutors are seeking the arrest of Kestrel Amsell.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Calverly Bank is in talks to acquire Pennock Mills.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Calverly Bank made an offer to acquire Pennock Mills.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Calverly Bank is reportedly close to acquiring Pennock Mills.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        check(s);
    }

    @Test
    void morePositiveTwinsStayFacts() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Odwin Vask was arrested in Marchbank.", List.of(fact("arrest")));
        s.put("Isaura Brenning was charged and convicted.", List.of(fact("charge"), fact("conviction")));
        s.put("Tovah Lindgard did resign.", List.of(fact("resignation")));
        s.put("Odwin Vask was killed in Marchbank.", List.of(fact("killing")));
        s.put("Calverly Bank acquired Pennock Mills.", List.of(fact("acquisition")));
        s.put("Kestrel Amsell was deported to Marchbank.", List.of(fact("deportation")));
        s.put("Tovah Lindgard has resigned.", List.of(fact("resignation")));
        s.put("Odwin Vask was found guilty of killing Isaura Brenning.", List.of(fact("conviction"), fact("killing")));
        check(s);
    }

    /** Forms whose reading is still short of the ideal (an event missed, a plan read as a possibility): never a false fact. */
    @Test
    void imperfectFormsAreNeverFacts() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("Police said his wife was not charged.", List.of());
        s.put("No one was injured in the fire at Quenbury.", List.of());
        s.put("Nobody was arrested after the protest in Varrowick.", List.of());
        s.put("None of the suspects were charged.", List.of());
        s.put("None of the three men has been convicted.", List.of());
        s.put("Ferris Ombley was released without charge.", List.of("release"));
        s.put("Ulla Brekstad no longer faces charges.", List.of());
        s.put("Prosecutors have not charged anyone in the killing of Ysolde Frayling.", List.of("killing"));
        s.put("Police have made no arrests.", List.of());
        s.put("There is no evidence that Delphine Ferrol killed her husband.", List.of());
        s.put("Investigators found no sign of an attack on the Brume house.", List.of());
        s.put("The Vessmark board did not approve the acquisition of Harthorne Mills.", List.of());
        s.put("A judge rejected a request to release Nuala Brisk.", List.of());
        // the dropping is a fact of its own (type other), the charges were brought: neither is negated
        s.put("Prosecutors dropped the charges against Oskar Penwarden.", List.of("charge", "other"));
        s.put("Maelis Orvane might resign before the vote.", List.of());
        s.put("The minister should resign, said Alwen Pettibone.", List.of("statement"));
        s.put("Bastian Querrell vowed to appeal.", List.of());
        s.put("Relatives urged prosecutors to charge the officer.", List.of());
        s.put("Protesters demanded the release of Nuala Brisk.", List.of());
        s.put("Lawyers for Caspian Hollet asked the court to dismiss the case.", List.of());
        s.put("Teodric Vame allegedly stabbed a neighbor in Pellacombe.", List.of());
        s.put("Cyprian Lowde is accused of killing two people.", List.of("accusation"));
        s.put("Police did not say whether anyone had been arrested.", List.of());
        s.put("The planned hearing for Emmeline Stroud was called off.", List.of());
        s.put("The proposed merger of Quintal Bank and Harrowgate Trust collapsed.", List.of());
        s.put("Calloway Mills abandoned its bid to acquire Fennimore Steel.", List.of());
        s.put("The deal to acquire Fennimore Steel fell through.", List.of());
        s.put("An attempt to arrest Isolde Brandvik failed.", List.of());
        s.put("Velmora Bank dropped its plan to acquire Barrowdene Trust.", List.of());
        s.put("Both men were charged.", List.of("charge"));
        s.put("Two people were injured in the fire at Quenbury.", List.of("injury"));
        s.put("Investigators found no evidence that Odwin Vask attacked anyone.", List.of());
        s.put("Odwin Vask faces no charges.", List.of());
        s.put("Isaura Brenning was released after prosecutors decided not to charge her.", List.of("release"));
        s.put("Tovah Lindgard chose not to testify.", List.of());
        s.put("A judge blocked the deportation of Kestrel Amsell.", List.of());
        s.put("Odwin Vask is believed to have fled to Marchbank.", List.of());
        s.put("Isaura Brenning is thought to have been killed.", List.of());
        s.put("Tovah Lindgard was said to have resigned.", List.of());
        s.put("Prosecutors are considering charges against Kestrel Amsell.", List.of());
        // the agreeing is done (an agreement); the resignation it agrees to is not
        s.put("Tovah Lindgard agreed to resign.", List.of("agreement"));
        s.put("Isaura Brenning is about to be arrested.", List.of());
        factsOnly(s);
    }

    @Test
    void newCuesKeepTheirLimits() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // "nearly" before a number or a verb of amount measures; it does not deny
        s.put("Police arrested nearly 40 protesters, including Odwin Vask, in Marchbank.", List.of(fact("arrest")));
        // a ruling on a motion is a ruling; only "ruled out" is another verb
        s.put("Judge Tovah Lindgard ruled on the motion of Kestrel Amsell on May 3, 2024.", List.of(fact("ruling")));
        // a clause of time that is no condition
        s.put("When Odwin Vask resigned, Isaura Brenning replaced him.", List.of(fact("resignation")));
        // evidence without "no" is a source's word, not a denial
        s.put("There is evidence that Odwin Vask attacked a guard.", List.of(as("attack", Modality.REPORTED)));
        // gerunds under an accusation stay what is alleged; a joined verb is a second act
        s.put("Kestrel Amsell was accused of attacking a guard on May 3, 2024.",
                List.of(fact("accusation"), as("attack", Modality.REPORTED)));
        // past the noun's own phrase, a negation bears only on a verb that says the event took place
        s.put("The attack on Kestrel Amsell was not prevented.", List.of(fact("attack")));
        // a planned arrival: the present of a clause of time after "is set to"
        s.put("Governor Isaura Brenning is set to meet donors on Monday when she arrives in Marchbank.",
                List.of(as("travel", Modality.PLANNED)));
        check(s);
    }

    @Test
    void anUndoneEventNeverMergesWithTheFact() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Officials ruled out the arrest of Tovah Lindgard on May 9, 2024. "
                        + "Kestrel Amsell nearly died in Marchbank on June 3, 2024.",
                "Police arrested Tovah Lindgard on May 9, 2024. Kestrel Amsell died in Marchbank on June 3, 2024.");
        for (String type : List.of("arrest", "death")) {
            List<Event> events = c.events().stream().filter(e -> e.type().json().equals(type)).toList();
            assertThat(events).as(type).extracting(Event::polarity)
                    .containsExactlyInAnyOrder(Polarity.NEGATIVE, Polarity.POSITIVE);
            assertThat(events).as(type).filteredOn(Event::isFact).singleElement()
                    .satisfies(e -> assertThat(e.citations()).extracting(x -> x.document()).containsExactly("d2"));
        }
    }

    /**
     * Runs the sentences as one document and checks that each sentence tells as facts (positive and
     * asserted) only the events of the listed types.
     */
    private static void factsOnly(Map<String, List<String>> sentences) {
        String text = String.join(" ", sentences.keySet());
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        List<String> failures = new ArrayList<>();
        int at = 0;
        for (Map.Entry<String, List<String>> entry : sentences.entrySet()) {
            int begin = text.indexOf(entry.getKey(), at);
            int end = begin + entry.getKey().length();
            at = end;
            List<String> facts = x.events().stream()
                    .filter(e -> e.citations().get(0).start() >= begin && e.citations().get(0).start() < end)
                    .filter(Event::isFact).map(e -> e.type().json()).toList();
            if (!entry.getValue().containsAll(facts)) {
                failures.add(entry.getKey() + " -> facts " + facts + ", allowed " + entry.getValue());
            }
        }
        assertThat(failures).isEmpty();
    }
}
