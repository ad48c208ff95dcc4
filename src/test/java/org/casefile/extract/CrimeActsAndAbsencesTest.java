package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Crime acts are events (invented names and places): alleged ones stay reported with the accused as
 * doer, stated ones asserted; a confession is its teller's word, as an admission is; and the
 * leftovers of a hearing's modality and parties: a party's absence from a hearing that was held,
 * a plea's pleader, a court where a plea was made, a hearing moved, a panel of lawmakers, charges
 * dropped in a relative clause, a request for extradition.
 */
class CrimeActsAndAbsencesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void anAllegedCrimeIsAReportedActOfTheAccused() {
        assertThat(events("Prosecutors say Tobin Quarrell bribed two inspectors at Yarrowgate in 2027."))
                .containsExactly("other/bribe/positive/reported/2027 [Tobin Quarrell:agent]");
        assertThat(events("Police say Tobin Quarrell kidnapped Edwina Solvey in 2028."))
                .containsExactly("other/kidnap/positive/reported/2028 [Edwina Solvey:patient, Tobin Quarrell:agent]");
        assertThat(events("Edwina Solvey is accused of blackmailing a councillor."))
                .contains("other/blackmail/positive/reported/null [Edwina Solvey:agent]");
        // an assault is an attack, what a jury hears is a party's account
        assertThat(events("Tobin Quarrell assaulted a guard at the Yarrowgate depot in 2029, the jury heard."))
                .containsExactly("attack/null/positive/reported/2029 [Tobin Quarrell:agent]");
    }

    @Test
    void whoASourceSaysDidTheActInARelativeClauseIsItsDoer() {
        assertThat(events("Police arrested Tobin Quarrell, who they say robbed a pharmacy in Yarrowgate in 2029."))
                .contains("other/rob/positive/reported/2029 [Tobin Quarrell:agent]");
        // negative: who a source says underwent the act
        assertThat(events("Police found Edwina Solvey, who they say was kidnapped in Yarrowgate in 2029."))
                .contains("other/kidnap/positive/reported/2029 [Edwina Solvey:patient]");
    }

    @Test
    void aStatedCrimeIsAsserted() {
        assertThat(events("Tobin Quarrell robbed a pharmacy in Yarrowgate in 2019."))
                .containsExactly("other/rob/positive/asserted/2019 [Tobin Quarrell:agent]");
        assertThat(events("Tobin Quarrell was convicted of robbing three banks."))
                .containsExactly("conviction/null/positive/asserted/null [Tobin Quarrell:patient]",
                        "other/rob/positive/asserted/null [Tobin Quarrell:agent]");
        assertThat(events("Edwina Solvey was stabbed on Monday.")).containsExactly("attack/null/positive/asserted/2031-06-09 [Edwina Solvey:patient]");
    }

    @Test
    void aConfessionReportsTheActAsAnAdmissionDoes() {
        assertThat(events("Tobin Quarrell admitted stealing a van from Orlick Haulage."))
                .contains("other/steal/positive/reported/null [Orlick Haulage:other, Tobin Quarrell:agent]");
        assertThat(events("Tobin Quarrell confessed to killing Edwina Solvey."))
                .contains("killing/null/positive/reported/null [Edwina Solvey:patient, Tobin Quarrell:agent]");
        // a plea of guilty made states the act; a denial of one's own act leaves only the charge answered
        assertThat(events("Tobin Quarrell pleaded guilty to robbing Edwina Solvey."))
                .contains("other/rob/positive/asserted/null [Edwina Solvey:patient, Tobin Quarrell:agent]");
        assertThat(events("Tobin Quarrell denied bribing Edwina Solvey.")).noneMatch(e -> e.startsWith("other/bribe"));
    }

    @Test
    void anotherSenseOfACrimeVerbIsNoCrime() {
        // a crime told by a source is reported; negatives: an alliance forged, relations poisoned (no listed
        // crime, so nothing a source tells of them stands as an event)
        assertThat(events("Police said Tobin Quarrell forged his employer's signature."))
                .containsExactly("other/forge/positive/reported/null [Tobin Quarrell:agent]");
        assertThat(events("Police said Orlick Haulage forged an alliance with Yarrow Freight.")).isEmpty();
        assertThat(events("Tobin Quarrell had poisoned relations with Yarrow Freight, police said.")).isEmpty();
        assertThat(events("Police said Tobin Quarrell poisoned Edwina Solvey."))
                .containsExactly("other/poison/positive/reported/null [Edwina Solvey:patient, Tobin Quarrell:agent]");
    }

    @Test
    void anAbsentPartyDidNotAppearAtAHearingThatWasHeld() {
        assertThat(events("Tobin Quarrell did not attend the hearing on Tuesday."))
                .containsExactly("hearing/null/positive/asserted/2031-06-10 []",
                        "hearing/null/negative/asserted/2031-06-10 [Tobin Quarrell:agent]");
        assertThat(events("Tobin Quarrell did not appear in court on Tuesday."))
                .containsExactly("hearing/null/negative/asserted/2031-06-10 [Tobin Quarrell:agent]");
        // a plea not entered at a hearing: the hearing was held; the pleader is the agent
        assertThat(events("Tobin Quarrell did not enter a plea at the brief hearing on Tuesday."))
                .containsExactly("plea/null/negative/asserted/2031-06-10 [Tobin Quarrell:agent]",
                        "hearing/null/positive/asserted/2031-06-10 [Tobin Quarrell:other]");
        // negative: who attended is no absentee
        assertThat(events("Tobin Quarrell attended the hearing on Tuesday."))
                .containsExactly("hearing/null/positive/asserted/2031-06-10 [Tobin Quarrell:other]");
    }

    @Test
    void aCourtIsNoPartyToTheActPleadedTo() {
        assertThat(events("Tobin Quarrell pleaded not guilty to murder at Yarrowgate Crown Court on Tuesday."))
                .filteredOn(e -> e.startsWith("killing/")).singleElement()
                .satisfies(e -> assertThat(e).startsWith("killing/null/positive/reported/").endsWith(" [Tobin Quarrell:other]"));
        assertThat(events("Tobin Quarrell was stabbed outside Yarrowgate Crown Court on Tuesday."))
                .containsExactly("attack/null/positive/asserted/2031-06-10 [Tobin Quarrell:patient]");
        // negative: a court still takes part in its own acts
        assertThat(events("Yarrowgate Crown Court sentenced Tobin Quarrell on Tuesday."))
                .containsExactly("sentencing/null/positive/asserted/2031-06-10 [Tobin Quarrell:patient, Yarrowgate Crown Court:agent]");
    }

    @Test
    void aMovedHearingAndAPanelOfLawmakersAreNoJourneyAndNoHearing() {
        assertThat(events("Tobin Quarrell said he would not attend the hearing if it was moved to Yarrowgate."))
                .noneMatch(e -> e.startsWith("travel/"));
        assertThat(events("The head of Orlick Haulage appeared before a panel of lawmakers on Tuesday."))
                .noneMatch(e -> e.startsWith("hearing/"));
        // a panel of judges is a court
        assertThat(events("Tobin Quarrell appeared before a panel of three judges on Tuesday."))
                .containsExactly("hearing/null/positive/asserted/2031-06-10 [Tobin Quarrell:agent]");
    }

    @Test
    void chargesDroppedInARelativeClauseAreDropped() {
        assertThat(events("The charges that prosecutors dropped on Tuesday concerned a land deal in Yarrowgate."))
                .containsExactly("other/drop/positive/asserted/2031-06-10 []");
        // negative: a plan dropped in a relative clause is no prosecution dropped
        assertThat(events("The plan that Orlick Haulage dropped on Tuesday concerned a depot in Yarrowgate."))
                .noneMatch(e -> e.contains("/drop/") && e.endsWith("[]"));
    }

    @Test
    void askingForAnExtraditionIsTheRequestNotAClaim() {
        DocumentExtraction x = Texts.extract("Orlick Haulage has asked for the extradition of Tobin Quarrell.", PUBLISHED);
        assertThat(x.claims()).isEmpty();
        assertThat(events("Orlick Haulage has asked for the extradition of Tobin Quarrell."))
                .singleElement().satisfies(e -> assertThat(e).startsWith("extradition request/null/positive/asserted/null [")
                        .contains("Tobin Quarrell:patient"));
        // negative: asking for something else is still a saying
        assertThat(Texts.extract("Orlick Haulage has asked for patience from its customers.", PUBLISHED).claims()).hasSize(1);
    }

    @Test
    void aPleaEnteredForAnotherIsNotTheJudgesOwn() {
        // negative: the judge who enters a plea on a defendant's behalf pleads nothing
        assertThat(events("Judge Farrah Linwood entered a plea of not guilty on behalf of Osric Vellacott on Monday in Quistbury."))
                .noneMatch(e -> e.contains("Farrah Linwood:agent"));
    }

    @Test
    void aMisfortuneRobsNoOne() {
        assertThat(events("A knee injury robbed Orla Vantreese of her place in the Quistbury final in 2029."))
                .noneMatch(e -> e.startsWith("other/rob"));
        // negative: people who rob are robbers
        assertThat(events("Two men robbed Orla Vantreese of her purse in Quistbury in 2029."))
                .contains("other/rob/positive/asserted/2029 [Orla Vantreese:patient]");
    }

    @Test
    void anArrestAWarrantIsIssuedForIsNoArrestYet() {
        assertThat(events("A judge issued a warrant for the arrest of Orla Vantreese on Monday."))
                .contains("arrest/null/positive/hypothetical/2031-06-09 [Orla Vantreese:patient]")
                .noneMatch(e -> e.startsWith("arrest/null/positive/asserted"));
        // negative: an arrest made on a warrant is one
        assertThat(events("Officers arrested Orla Vantreese on Monday on a warrant issued in May."))
                .contains("arrest/null/positive/asserted/2031-06-09 [Orla Vantreese:patient]");
    }
}
