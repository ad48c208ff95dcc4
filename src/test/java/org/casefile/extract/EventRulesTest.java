package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EntityType;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.Precision;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** Events on sentences written for each rule. */
class EventRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 11);

    private static Map<String, String> roles(DocumentExtraction x, Event e) {
        Map<String, Entity> byId = x.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        return e.participants().stream().collect(Collectors.toMap(p -> byId.get(p.entity()).name(), p -> p.role().json()));
    }

    private static Event only(DocumentExtraction x, String type) {
        List<Event> found = x.events().stream().filter(e -> e.type().json().equals(type)).toList();
        assertThat(found).as("events of type %s in %s", type, x.events()).hasSize(1);
        return found.get(0);
    }

    @Test
    void whoReportsAnEventTakesNoPartInItUnlessItTellsOfItsOwnAct() {
        DocumentExtraction x = Texts.extract("Ondine Pratchley said police arrested Brisco Tallant on Monday.", PUBLISHED);
        assertThat(roles(x, only(x, "arrest"))).containsExactly(Map.entry("Brisco Tallant", "patient"));
        // with a date (parsed) and without one (word order)
        DocumentExtraction y = Texts.extract(
                "His lawyer, Ondine Pratchley, said Brisco Tallant would plead not guilty on Friday.", PUBLISHED);
        assertThat(roles(y, only(y, "plea"))).containsOnlyKeys("Brisco Tallant");
        DocumentExtraction w = Texts.extract("His lawyer, Ondine Pratchley, said Brisco Tallant would plead not guilty.\n\n"
                + "Brisco Tallant attacked a guard, Ondine Pratchley said.", PUBLISHED);
        assertThat(roles(w, only(w, "plea"))).containsOnlyKeys("Brisco Tallant");
        assertThat(roles(w, only(w, "attack"))).containsOnlyKeys("Brisco Tallant");
        // a possessive names no party; a noun the verb of saying names is the speaker's own act
        DocumentExtraction t = Texts.extract("Ondine Pratchley said police arrested Brisco Tallant at his home.", PUBLISHED);
        assertThat(roles(t, only(t, "arrest"))).containsOnlyKeys("Brisco Tallant");
        DocumentExtraction r = Texts.extract("Harrowmere Freight Inc. announced the acquisition of Dovecote Haulage Inc.",
                PUBLISHED);
        assertThat(roles(r, only(r, "acquisition"))).containsKey("Harrowmere Freight Inc.");
        // a participle of saying after the clause is no source placed after it
        DocumentExtraction q = Texts.extract("Prosecutors filed charges against Brisco Tallant, accusing him of bribery.",
                PUBLISHED);
        assertThat(roles(q, only(q, "filing"))).containsKey("Brisco Tallant");
        // a speaker in a clause of its own is the event's party
        DocumentExtraction v = Texts.extract("Ondine Pratchley, who said the audit was fair, was arrested.", PUBLISHED);
        assertThat(roles(v, only(v, "arrest"))).containsOnlyKeys("Ondine Pratchley");
        // "she": the speaker tells of her own act
        DocumentExtraction z = Texts.extract("Ondine Pratchley said on Monday that she would resign on Friday.", PUBLISHED);
        assertThat(roles(z, only(z, "resignation"))).containsOnlyKeys("Ondine Pratchley");
        DocumentExtraction u = Texts.extract("Harrowmere Freight said on Monday that it had acquired Dovecote Haulage.", PUBLISHED);
        assertThat(roles(u, only(u, "acquisition"))).containsKey("Harrowmere Freight");
    }

    @Test
    void anAccusationToldInThePresentTakesNoPastDateOfTheAllegedAct() {
        DocumentExtraction x = Texts.extract(
                "Brisco Tallant is accused of taking bribes from a paving firm between March 2019 and June 2020.", PUBLISHED);
        assertThat(only(x, "accusation").date().isDated()).isFalse();
        // in the past tense the date is the accusation's
        DocumentExtraction y = Texts.extract("Brisco Tallant was accused in March 2021 of taking bribes.", PUBLISHED);
        assertThat(only(y, "accusation").date().value()).isEqualTo("2021-03");
    }

    @Test
    void theAgencyADatelineCreditsTakesNoPartInTheEvent() {
        DocumentExtraction x = Texts.extract("OSKARBY, Minn. (Reuters) - Police arrested Brisco Tallant on Monday.", PUBLISHED);
        assertThat(roles(x, only(x, "arrest"))).containsExactly(Map.entry("Brisco Tallant", "patient"));
        // a name in parentheses before a dash later in the sentence still takes part
        DocumentExtraction y = Texts.extract("Police on Monday arrested a former aide to the mayor of Oskarby "
                + "(Brisco Tallant) - the third arrest this year.", PUBLISHED);
        assertThat(roles(y, only(y, "arrest"))).containsKey("Brisco Tallant");
    }

    @Test
    void anArraignmentIsAHearing() {
        DocumentExtraction x = Texts.extract("Brisco Tallant is due in court on June 3 for an arraignment.", PUBLISHED);
        assertThat(x.events()).extracting(e -> e.type().json(), e -> e.modality().json(), e -> e.date().value())
                .containsExactly(org.assertj.core.api.Assertions.tuple("hearing", "planned", "2021-06-03"));
        DocumentExtraction y = Texts.extract("Brisco Tallant was arraigned on Monday.", PUBLISHED);
        assertThat(y.events()).extracting(e -> e.type().json(), e -> e.date().value())
                .containsExactly(org.assertj.core.api.Assertions.tuple("hearing", "2021-05-10"));
        // the judge of an arraignment is no hearing of its own
        DocumentExtraction z = Texts.extract("The arraignment judge, Ondine Pratchley, retired in 2019.", PUBLISHED);
        assertThat(z.events()).extracting(e -> e.type().json()).doesNotContain("hearing");
    }

    @Test
    void aTriggerNounThatModifiesAnotherNounIsNoEventOfItsOwn() {
        // "custody hearing": a hearing, planned; no detention
        DocumentExtraction x = Texts.extract("A custody hearing for Perrin Osgold is set for June 2, 2021.", PUBLISHED);
        assertThat(x.events()).extracting(e -> e.type().json(), e -> e.modality().json())
                .containsExactly(org.assertj.core.api.Assertions.tuple("hearing", "planned"));
        // "arrest warrant": the warrant, not an arrest
        DocumentExtraction y = Texts.extract("A judge signed an arrest warrant for Perrin Osgold on May 4, 2021.", PUBLISHED);
        assertThat(y.events()).extracting(e -> e.type().json()).containsExactly("arrest warrant");
        // a noun of time after the trigger modifies nothing
        DocumentExtraction t = Texts.extract("The ruling yesterday freed Perrin Osgold.", PUBLISHED);
        assertThat(t.events()).extracting(e -> e.type().json()).contains("ruling");
        // the verb of the same lemma is untouched, even before a plural noun
        DocumentExtraction z = Texts.extract("Rebels attacked villages near Tarrowmere on May 4, 2021.", PUBLISHED);
        assertThat(z.events()).extracting(e -> e.type().json()).containsExactly("attack");
    }

    @Test
    void subjectIsAgentObjectIsPatientAndThePlaceIsTheLocation() {
        DocumentExtraction x = Texts.extract("FBI agents arrested Idris Tavrouni in Velmora on Sept. 9, 2017.", PUBLISHED);
        Event arrest = only(x, "arrest");
        // "agents" is a role word, no participant (since 1.1): the organisation they belong to acts
        assertThat(roles(x, arrest)).containsOnly(org.assertj.core.api.Assertions.entry("Idris Tavrouni", "patient"),
                org.assertj.core.api.Assertions.entry("Federal Bureau of Investigation", "agent"));
        assertThat(x.entities().stream().filter(en -> en.id().equals(arrest.location())).map(Entity::name))
                .containsExactly("Velmora");
        assertThat(arrest.date().value()).isEqualTo("2017-09-09");
        assertThat(arrest.date().derivation()).isEqualTo(DateDerivation.EXPLICIT);
        assertThat(arrest.trigger().text()).isEqualTo("arrested");
    }

    @Test
    void whoUndergoesTheEventIsTheSubjectOrItsAppositionNotTheBodyThatModifiesIt() {
        DocumentExtraction x = Texts.extract("The chief of the Arkwood Harbor Authority, Cornelius Pelliot, was arrested on "
                + "May 3, 2021.", PUBLISHED);
        assertThat(roles(x, only(x, "arrest"))).containsOnly(
                // the body the title names is no party to the person's arrest (CaseLeftoversTest)
                org.assertj.core.api.Assertions.entry("Cornelius Pelliot", "patient"));
        // a person's relative acts, not the person: "Pelliot's son attacked …" (the son is no name, and
        // Pelliot takes no part at all: UnseenCaseStoriesTest)
        DocumentExtraction y = Texts.extract("Cornelius Pelliot's son attacked Ivo Brannick on May 3, 2021.", PUBLISHED);
        assertThat(roles(y, only(y, "attack"))).containsOnly(
                org.assertj.core.api.Assertions.entry("Ivo Brannick", "patient"));
    }

    @Test
    void whereTheParseFindsNoClauseTheWordsAroundTheVerbDateIt() {
        // the parser reads this as one noun phrase ("jury" at its root); the verb's neighbour "on Thursday" dates it
        DocumentExtraction x = Texts.extract("TARNWICK, Vt. \u2014 A federal jury on Thursday convicted Odran Fessick, "
                + "the former owner of a chain of bakeries, of defrauding the state of $3 million.", PUBLISHED);
        assertThat(only(x, "conviction").date().value()).isEqualTo("2021-05-06");
    }

    @Test
    void withoutADateTheSentenceIsNotParsedAndWordOrderGivesTheRoles() {
        DocumentExtraction x = Texts.extract("The FBI arrested Idris Tavrouni.", PUBLISHED);
        assertThat(roles(x, only(x, "arrest"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("Federal Bureau of Investigation", "agent", "Idris Tavrouni", "patient"));
    }

    @Test
    void withoutAParseAPassiveSubjectIsThePatientAndByNamesTheAgent() {
        DocumentExtraction x = Texts.extract("Idris Tavrouni was arrested by the FBI.", PUBLISHED);
        assertThat(roles(x, only(x, "arrest"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("Idris Tavrouni", "patient", "Federal Bureau of Investigation", "agent"));
    }

    @Test
    void withoutAParseTheSpeakerOfAReportTakesNoPartInWhatIsReported() {
        DocumentExtraction x = Texts.extract("Tamsin Quintarro said agents arrested Idris Tavrouni.", PUBLISHED);
        assertThat(roles(x, only(x, "arrest"))).containsExactly(Map.entry("Idris Tavrouni", "patient"));
    }

    @Test
    void theDateOfTheClauseWinsOverAnotherDateInTheSentence() {
        DocumentExtraction x = Texts.extract(
                "Idris Tavrouni, who arrived in the United States in March 2013, was arrested on Sept. 9, 2017.", PUBLISHED);
        assertThat(only(x, "arrest").date().value()).isEqualTo("2017-09-09");
    }

    @Test
    void eachOfTwoJoinedVerbsTakesItsOwnDateAndAVerbWithoutOneTakesTheFirst() {
        DocumentExtraction x = Texts.extract("Idris Tavrouni was indicted in March 2020 and pleaded not guilty in April.",
                PUBLISHED);
        assertThat(only(x, "charge").date().value()).isEqualTo("2020-03");
        assertThat(only(x, "plea").date().value()).isEqualTo("2020-04");
        // a joined verb with no date of its own shares the first verb's
        DocumentExtraction y = Texts.extract("Idris Tavrouni was indicted in March 2020 and pleaded not guilty.", PUBLISHED);
        assertThat(only(y, "plea").date().value()).isEqualTo("2020-03");
        // the same for places: each verb its own
        DocumentExtraction z = Texts.extract("Idris Tavrouni was arrested in Velmora on May 3, 2021 and jailed in "
                + "Tarrowmere.", PUBLISHED);
        Map<String, String> names = z.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        assertThat(names.get(only(z, "arrest").location())).isEqualTo("Velmora");
        assertThat(names.get(only(z, "detention").location())).isEqualTo("Tarrowmere");
    }

    @Test
    void theDateOfAVerbOfSayingDoesNotDateWhatIsReported() {
        DocumentExtraction x = Texts.extract("Tamsin Quintarro said on Tuesday that Idris Tavrouni was arrested in 2017.", PUBLISHED);
        Event arrest = only(x, "arrest");
        assertThat(arrest.date().value()).isEqualTo("2017");
        assertThat(arrest.date().precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void anEventWithoutADateOfItsOwnStaysUndated() {
        DocumentExtraction x = Texts.extract("Police arrested Idris Tavrouni. The story was published on May 11, 2021.", PUBLISHED);
        Event arrest = only(x, "arrest");
        assertThat(arrest.date()).isEqualTo(EventDate.UNDATED);
    }

    @Test
    void aRelativeWeekdayIsResolvedAgainstThePublicationDate() {
        DocumentExtraction x = Texts.extract("Lawyers for Idris Tavrouni held a press conference on Tuesday.", PUBLISHED);
        Event e = only(x, "statement");
        assertThat(e.date().value()).isEqualTo("2021-05-11");
        assertThat(e.date().derivation()).isEqualTo(DateDerivation.PUBLICATION_DATE);
    }

    @Test
    void twoSourcesOfOneEventMergeIntoOneEventWithBothCitations() {
        var c = Texts.caseOf(PUBLISHED,
                "FBI agents arrested Idris Tavrouni on Sept. 9, 2017.",
                "Idris Tavrouni was arrested by the FBI in September 2017.");
        List<Event> arrests = c.events().stream().filter(e -> e.type().json().equals("arrest")).toList();
        assertThat(arrests).hasSize(1);
        assertThat(arrests.get(0).sources()).isEqualTo(2);
        assertThat(arrests.get(0).date().value()).isEqualTo("2017-09-09");
        assertThat(arrests.get(0).citations()).hasSize(2);
        assertThat(arrests.get(0).conflicts()).isEmpty();
    }

    @Test
    void sourcesThatDisagreeOnTheDayGiveOneEventWithAConflict() {
        var c = Texts.caseOf(PUBLISHED,
                "FBI agents arrested Idris Tavrouni on Sept. 9, 2017.",
                "FBI agents arrested Idris Tavrouni on Sept. 10, 2017.");
        List<Event> arrests = c.events().stream().filter(e -> e.type().json().equals("arrest")).toList();
        assertThat(arrests).hasSize(1);
        assertThat(arrests.get(0).date().value()).isEqualTo("2017-09-09");
        assertThat(arrests.get(0).conflicts()).hasSize(1);
        assertThat(arrests.get(0).conflicts().get(0).date().value()).isEqualTo("2017-09-10");
        assertThat(arrests.get(0).conflicts().get(0).citations()).extracting(cit -> cit.document()).containsExactly("d2");
    }

    @Test
    void eventsComeInTimelineOrderWithUndatedLast() {
        var c = Texts.caseOf(PUBLISHED,
                "Police arrested Idris Tavrouni. Judge Osric Hollowell ruled on April 19, 2021 that the evidence was weak. "
                        + "Idris Tavrouni arrived in the United States in March 2013.");
        assertThat(c.events()).extracting(e -> e.date().value()).containsExactly("2013-03", "2021-04-19", null);
    }

    @Test
    void aDateCountedFromAnotherEventIsComputed() {
        var c = Texts.caseOf(PUBLISHED,
                "Judge Osric Hollowell ruled on April 19, 2021 that Idris Tavrouni must be released.",
                "ICE detained Idris Tavrouni 20 days after Judge Osric Hollowell ruled in his favour.");
        Event detention = c.events().stream().filter(e -> e.type().json().equals("detention")).findFirst().orElseThrow();
        assertThat(detention.date().value()).isEqualTo("2021-05-09");
        assertThat(detention.date().derivation()).isEqualTo(DateDerivation.COMPUTED);
        assertThat(detention.date().text()).isEqualTo("20 days after");
    }

    @Test
    void anApproximateOrUnanchoredDistanceStaysUndated() {
        var c = Texts.caseOf(PUBLISHED,
                "ICE detained Idris Tavrouni about three weeks after Judge Osric Hollowell ruled in his favour.",
                "Police arrested Idris Tavrouni 20 days after the hearing of Tamsin Quintarro.");
        assertThat(c.events()).filteredOn(e -> e.type().json().equals("detention") || e.type().json().equals("arrest"))
                .allSatisfy(e -> assertThat(e.date()).isEqualTo(EventDate.UNDATED));
    }

    @Test
    void aChargeIsAnAttributeOfTheEventNotAnEntity() {
        DocumentExtraction x = Texts.extract("Prosecutors charged Corwin Haverkamp with bribery and wire fraud on March 3, 2024.",
                PUBLISHED);
        Event charge = only(x, "charge");
        assertThat(charge.charges()).containsExactly("bribery", "wire fraud");
        assertThat(x.entities()).extracting(Entity::type).doesNotContain(EntityType.CRIMINAL_CHARGE, EntityType.TITLE);
    }

    @Test
    void aHeadlineAndTheLeadThatRepeatsItAreOneEventWithBothPassages() {
        String text = "Former clerk Ysolde Marrant arrested in Quillhaven fraud case\n\n"
                + "Police arrested Ysolde Marrant on Tuesday at her home in Quillhaven, officials said. "
                + "Ysolde Marrant was charged in 2023.";
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Event arrest = only(x, "arrest");
        assertThat(arrest.citations()).extracting(c -> c.start()).containsExactly(text.indexOf("Police"), 0);
        assertThat(arrest.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(arrest.date().value()).isEqualTo("2021-05-11");
    }

    @Test
    void aHeadlineThatNamesNobodyStillFoldsIntoTheLead() {
        String text = "Clerk arrested in Quillhaven fraud case\n\n"
                + "Police arrested Ysolde Marrant on Tuesday in Quillhaven.";
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        assertThat(only(x, "arrest").citations()).extracting(c -> c.start()).containsExactly(text.indexOf("Police"), 0);
    }

    @Test
    void aHeadlineEventWithAnotherParticipantStaysApart() {
        String text = "Tavish Coombe arrested after Norwell protest\n\n"
                + "Police arrested Ione Barstow on Tuesday in Norwell.";
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.ARREST).hasSize(2);
    }

    @Test
    void thePlaceIsThePlaceTheClauseNamesNotTheDateline() {
        DocumentExtraction x = Texts.extract("BRELLINGFORD, Saskatchewan — Police say Corvin Haske killed a guard in his "
                + "hometown of Oskarby on June 2, 2020. Corvin Haske was arrested on June 9, 2020.", PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        assertThat(names.get(only(x, "killing").location())).isEqualTo("Oskarby");
        assertThat(names.get(only(x, "arrest").location())).isEqualTo("Brellingford");
    }
}
