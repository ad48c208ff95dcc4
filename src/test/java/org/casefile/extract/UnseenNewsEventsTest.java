package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Events of invented news sentences of the kinds a blind check broke (invented names and places):
 * crime and disaster acts of people the story does not name, the doer of an act a court punishes,
 * who takes part in a clause of another's, the name an event noun's "of" describes, a closing
 * attribution the parser took for the main clause, a charge one is cleared of, the crimes of one of a
 * body's people, and the figures of speech that are no crime.
 */
class UnseenNewsEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 13); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void aCrimeOrDisasterToldInThePastStandsWithNobodyNamed() {
        assertThat(events("Police arrested a man suspected of robbing two pharmacies in Quarrendon."))
                .containsExactly("arrest/null/positive/asserted/null []");
        assertThat(events("The tunnel collapse killed nine miners."))
                .containsExactly("killing/null/positive/asserted/null []");
        assertThat(events("Four people were killed when a ferry capsized off Pellham Point."))
                .containsExactly("killing/null/positive/asserted/null []");
        // negatives: generic prose in the present, an act only possible, a business act of nobody named
        assertThat(events("An extradition hearing is not a trial.")).isEmpty();
        assertThat(events("Police could have arrested a man.")).isEmpty();
        assertThat(events("The company announced a merger.")).isEmpty();
        // an act of type other that is no crime stands with nobody named only when dated, as before
        assertThat(events("Prosecutors withdrew the charges.")).isEmpty();
    }

    @Test
    void aBodyKeepsItsActWhenItIsNoCrimeAndAParticipleOpeningTheSentenceIsNoAttribution() {
        assertThat(events("A lawyer for Velcor Corp. withdrew the charges against Osric Vantree on Monday."))
                .containsExactly("other/withdraw/positive/asserted/2031-06-09 [Osric Vantree:other, Velcor Corp.:agent]");
        assertThat(events("Arrested on Tuesday, Osric Vantree told detectives on Wednesday that he had acted alone."))
                .anyMatch(e -> e.startsWith("arrest/null/positive/asserted/"));
    }

    @Test
    void whoACourtPunishesForAnActDidIt() {
        assertThat(events("Ansgar Wilke was sentenced to 15 years in prison for killing his partner, Teodor Brunn."))
                .containsExactly("sentencing/null/positive/asserted/null [Ansgar Wilke:patient, Teodor Brunn:other]",
                        "killing/null/positive/asserted/null [Ansgar Wilke:agent, Teodor Brunn:patient]");
        assertThat(events("A judge sentenced Ansgar Wilke to nine years for robbing a jeweller."))
                .containsExactly("sentencing/null/positive/asserted/null [Ansgar Wilke:patient]",
                        "other/rob/positive/asserted/null [Ansgar Wilke:agent]");
        // with a date the parse reads it: the adverbial clause's gerund is still the subject's act, and the
        // year before "for" is the jailing's, not the theft's (EventExtractor.accusedActAfter)
        assertThat(events("Ansgar Wilke was jailed in 2029 for stealing a tractor."))
                .containsExactly("detention/null/positive/asserted/2029 [Ansgar Wilke:patient]",
                        "other/steal/positive/asserted/null [Ansgar Wilke:agent]");
    }

    @Test
    void aNameTakesNoPartInAnotherClausesEvent() {
        // the suspect fled, not the officer; the gunman fled, not the one he shot
        assertThat(events("Officer Brisa Tallow was shot by a man who fled on foot."))
                .containsExactly("attack/null/positive/asserted/null [Brisa Tallow:patient]");
        assertThat(events("The gunman allegedly shot Brisa Tallow before fleeing in a van."))
                .containsExactly("attack/null/positive/reported/null [Brisa Tallow:patient]");
    }

    @Test
    void theNameAnEventNounsOfDescribesIsItsPatient() {
        assertThat(events("Senators called for the resignation of Finance Minister Ansgar Wilke."))
                .containsExactly("resignation/null/positive/hypothetical/null [Ansgar Wilke:patient]");
        // parsed (dated): the victim set off after the noun the "of" names; the year before the noun is its date
        assertThat(events("A Quarrendon County jury on Monday convicted Ansgar Wilke of second-degree murder in "
                + "the 2029 stabbing of his neighbor, Brisa Tallow."))
                .contains("attack/null/positive/asserted/2029 [Ansgar Wilke:other, Brisa Tallow:patient]");
    }

    @Test
    void theSubjectUndergoesTheParticipleOfAClauseBeforeIt() {
        assertThat(events("If convicted, Ansgar Wilke could face up to 20 years in prison."))
                .containsExactly("conviction/null/positive/hypothetical/null [Ansgar Wilke:patient]");
    }

    @Test
    void aModalWithHaveTellsWhatDidNotHappen() {
        assertThat(events("Ansgar Wilke would have been charged with manslaughter had he survived, the district "
                + "attorney said."))
                .containsExactly("charge/null/positive/hypothetical/null [Ansgar Wilke:patient]");
        // negatives: the future of a reported past stays planned
        assertThat(events("Police said Ansgar Wilke would be charged."))
                .containsExactly("charge/null/positive/planned/null [Ansgar Wilke:patient]");
        assertThat(events("Ansgar Wilke said he would appeal the ruling."))
                .contains("appeal/null/positive/planned/null [Ansgar Wilke:agent]");
    }

    @Test
    void aClosingAttributionReportsTheNewsHoweverItIsParsed() {
        assertThat(events("The courier was arrested on Tuesday, police said."))
                .containsExactly("arrest/null/positive/reported/2031-06-10 []");
    }

    @Test
    void beingClearedOfAChargeIsAVerdictAndTheChargedActNoFact() {
        assertThat(events("The former treasurer of Quarrendon was cleared of fraud charges on Thursday."))
                .containsExactly("verdict/null/positive/asserted/2031-06-12 []");
        assertThat(events("A jury cleared Ansgar Wilke of murder on Thursday."))
                .containsExactly("verdict/null/positive/asserted/2031-06-12 [Ansgar Wilke:patient]");
        assertThat(events("A jury acquitted Ansgar Wilke of murder on Thursday."))
                .noneMatch(e -> e.startsWith("killing")); // the charge is no event
        // negatives: a road cleared of snow, a way cleared
        assertThat(events("Crews cleared the road of snow on Monday.")).isEmpty();
        assertThat(events("The ruling cleared the way for a new trial.")).isEmpty();
    }

    @Test
    void aCrimeOfOneOfABodysPeopleIsNotTheBodys() {
        assertThat(events("A clerk at Ostrava Freight stole $60,000 from the firm, prosecutors said."))
                .containsExactly("other/steal/positive/reported/null []");
        // negative: a body acts through its agents in what is its own to do
        assertThat(events("Agents of the Pellham Customs Bureau arrested Ansgar Wilke on Wednesday."))
                .containsExactly("arrest/null/positive/asserted/2031-06-11 [Ansgar Wilke:patient, Pellham Customs Bureau:agent]");
    }

    @Test
    void aFigureOfSpeechIsFixedInItsWords() {
        assertThat(events("Ansgar Wilke stole 3,000 shares from his employer, prosecutors said."))
                .containsExactly("other/steal/positive/reported/null [Ansgar Wilke:agent]");
        assertThat(events("Ansgar Wilke stole trade secrets from Ostrava Freight, prosecutors said."))
                .containsExactly("other/steal/positive/reported/null [Ansgar Wilke:agent]");
        assertThat(events("Ansgar Wilke laundered $4 million for a gang, prosecutors said."))
                .containsExactly("other/launder/positive/reported/null [Ansgar Wilke:agent]");
        // negatives: the figures
        assertThat(events("Ostrava Freight stole market share from its rivals in 2029.")).isEmpty();
        assertThat(events("The mayor stole the headlines on Monday.")).isEmpty();
        assertThat(events("Prosecutors say Ansgar Wilke laundered his image through charity galas.")).isEmpty();
    }
}
