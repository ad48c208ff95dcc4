package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Faults found by reading invented stories nobody had run (session 23, helper en19): a jury that
 * "found Ann Lee not guilty" gave no event and one that found her guilty left her no patient; "the
 * trial of the vaccine" was a court's trial; "threatened to sue Acme on Tuesday" dated a suit nobody
 * filed. Names appear nowhere in the corpus.
 */
class UnseenNewsTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 12);

    private static List<String> entities(String text) {
        return Texts.extract(text, WEDNESDAY).entities().stream().map(e -> e.type() + ":" + e.name()).toList();
    }

    /** Each event as {@code trigger/type/polarity/modality/date [participant:role]}. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, WEDNESDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end()) + "/"
                + e.type().json() + "/" + e.polarity().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase() + "/" + e.date().value() + " "
                + e.participants().stream().map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).toList())
                .toList();
    }

    @Test
    void aJuryThatFindsSomeoneNotGuiltyGivesAVerdictOfAcquittal() {
        assertThat(events("The jury found Halvorsen not guilty on Tuesday."))
                .containsExactly("found/verdict/positive/asserted/2031-03-11 [Halvorsen:patient]");
        assertThat(events("Halvorsen was found not guilty on Tuesday."))
                .containsExactly("found/verdict/positive/asserted/2031-03-11 [Halvorsen:patient]");
        // "acquitted" is the same verdict
        assertThat(events("The jury acquitted Halvorsen on Tuesday."))
                .containsExactly("acquitted/verdict/positive/asserted/2031-03-11 [Halvorsen:patient]");
        // negative: found guilty is a conviction, never a verdict of acquittal
        assertThat(events("A jury found Halvorsen guilty of fraud on Tuesday."))
                .containsExactly("found/conviction/positive/asserted/2031-03-11 [Halvorsen:patient]");
        // negative: "not" and "guilty" that are no complement of "found" acquit nobody
        assertThat(events("Investigators found Halvorsen not far from the guilty man's home on Tuesday."))
                .noneMatch(e -> e.contains("verdict") || e.contains("conviction"));
    }

    @Test
    void theOneFoundGuiltyPastADescriptionIsThePatient() {
        assertThat(events("A jury found Desmond Achterberg, the former finance chief of Lindmoor Holdings, guilty of fraud on Tuesday."))
                // the body in the description is no party to the case against the person (CaseLeftoversTest)
                .containsExactly("found/conviction/positive/asserted/2031-03-11 [Desmond Achterberg:patient]");
        assertThat(events("The jury found his co-defendant, Yusuf Kaldirim, not guilty on Tuesday."))
                .singleElement().asString().startsWith("found/verdict/positive/asserted/2031-03-11");
        // negative: past the description, "guilty" that is no complement of "found" convicts nobody
        assertThat(events("Reporters found Kaldirim, the former mayor, at home on Tuesday with the guilty verdict framed on his wall."))
                .noneMatch(e -> e.contains("conviction"));
    }

    @Test
    void aTrialThatTestsADrugIsNoCourtsTrial() {
        assertThat(events("The trial of the vaccine began in May, Quellmark said."))
                .noneMatch(e -> e.contains("/trial/"));
        assertThat(events("Sorvald Pharma began a clinical trial of 1,200 patients in May. The trial, led by Dr. Annika "
                + "Fjeldstrom, ended in January.")).noneMatch(e -> e.contains("/trial/"));
        // negative: a court tries a person, and a court beside "the trial" keeps it a court's
        assertThat(events("The trial of Tomas Reddel began in May."))
                .containsExactly("trial/trial/positive/asserted/2030-05 [Tomas Reddel:other]");
        assertThat(events("The trial of the drug dealer Tomas Reddel began in May."))
                .anyMatch(e -> e.startsWith("trial/trial/"));
    }

    @Test
    void aPersonsTrialSurvivesAStoryOfAClinicalTrial() {
        String clinical = "Sorvald Pharma halted a clinical trial of its drug in January. ";
        assertThat(events(clinical + "Former Sorvald executive Ann Kelvar went on trial in Brennick on Monday over faked "
                + "clinical trial results.")).anyMatch(e -> e.startsWith("trial/trial/"));
        assertThat(events(clinical + "Her trial began on Monday."))
                .contains("trial/trial/positive/asserted/2031-03-10 []");
        assertThat(events("The trial of the drug's maker, Quellmark Pharma, opened on Monday."))
                .anyMatch(e -> e.startsWith("trial/trial/"));
        // one who went on trial is tried, no plan; one who goes on trial on a day to come is planned
        assertThat(events("Ann Kelvar went on trial in Brennick on Monday.")).singleElement().asString()
                .startsWith("trial/trial/positive/asserted/");
        assertThat(events("Ann Kelvar goes on trial in Brennick on Monday.")).singleElement().asString()
                .startsWith("trial/trial/positive/planned/");
        // negative: a bare "the trial" in that story is still the clinical one
        assertThat(events(clinical + "The trial ended on Monday.")).noneMatch(e -> e.contains("/trial/"));
    }

    @Test
    void aThreatHasTheDayNotTheActItThreatens() {
        assertThat(events("Gwendolyn Prewett threatened to sue Quellmark on Tuesday."))
                .containsExactly("sue/filing/positive/hypothetical/null [Gwendolyn Prewett:agent]");
        // negative: a suit filed, or one planned for a day to come, keeps its day
        assertThat(events("Gwendolyn Prewett sued Quellmark on Tuesday."))
                .containsExactly("sued/filing/positive/asserted/2031-03-11 [Gwendolyn Prewett:agent, Quellmark:patient]");
        assertThat(events("Gwendolyn Prewett will sue Quellmark on Tuesday, her lawyer said."))
                .anyMatch(e -> e.startsWith("sue/filing/positive/planned/2031-03-18"));
        // negative: an attempt is made on its day
        assertThat(events("Gwendolyn Prewett tried to kill his wife on Tuesday."))
                .containsExactly("kill/killing/positive/hypothetical/2031-03-11 [Gwendolyn Prewett:agent]");
    }

    @Test
    void aLoneNameWithACompanysOfficerOrADistanceIsNoPerson() {
        assertThat(entities("Calloway's chief executive, Gwendolyn Prewett, resigned on Monday."))
                .containsExactly("ORGANIZATION:Calloway", "PERSON:Gwendolyn Prewett");
        assertThat(entities("In 1998 Tomas Reddel moved to Hallam, about 80 miles north of the capital."))
                .containsExactly("PERSON:Tomas Reddel", "LOCATION:Hallam");
        assertThat(entities("An explosion tore through the Marrowfield Chemicals plant in Dunhaven on Tuesday."))
                .containsExactly("ORGANIZATION:Marrowfield Chemicals", "LOCATION:Dunhaven");
        assertThat(entities("Sorvald Pharma said on Monday that the drug worked. Shares of Sorvald rose 9 percent."))
                .containsExactly("ORGANIZATION:Sorvald Pharma");
        // negative: a person may have a lawyer or an assistant, and an age is no distance
        assertThat(entities("Calloway's lawyer said on Monday that he would appeal.")).containsExactly("PERSON:Calloway");
        assertThat(entities("Reddel, 45, said he was tired.")).containsExactly("PERSON:Reddel");
        assertThat(entities("Reddel's executive assistant quit.")).containsExactly("PERSON:Reddel");
        // negative: a person has a campaign's headquarters too, and a noun between is no company's part
        assertThat(entities("Protesters gathered outside Reddel's campaign headquarters on Monday. Reddel said the rally was peaceful."))
                .noneMatch(e -> e.startsWith("ORGANIZATION:"));
        // a title's own word may follow ("chief executive officer"), and the lone apostrophe is a possessive
        assertThat(entities("Calloway's chief executive officer resigned on Monday.")).containsExactly("ORGANIZATION:Calloway");
    }

    @Test
    void aDatedDisasterWithAPlaceOrASiteIsAnEvent() {
        // (the deaths it caused are an event of their own, of the earthquake's day)
        assertThat(events("An earthquake struck Tarnowice on Monday, killing 12 people."))
                .containsExactlyInAnyOrder("earthquake/other/positive/asserted/2031-03-10 []", "killing/death/positive/asserted/2031-03-10 []");
        assertThat(events("A flood hit Brennick on Sunday.")).containsExactly("flood/other/positive/asserted/2031-03-09 []");
        assertThat(events("An explosion at the Marrowfield Chemicals plant killed three workers on Tuesday."))
                .contains("explosion/other/positive/asserted/2031-03-11 [Marrowfield Chemicals:other]");
        assertThat(events("A blast tore through the Marrowfield Chemicals plant in Dunhaven on Tuesday, officials said."))
                .contains("blast/other/positive/reported/2031-03-11 [Marrowfield Chemicals:other]");
        // negative: no day, no place, a modifier, a possibility, and gunfire are no disaster
        assertThat(events("The risk of fire in Brennick is high.")).isEmpty();
        assertThat(events("A fire broke out on Monday.")).noneMatch(e -> e.startsWith("fire/"));
        assertThat(events("The fire chief of Brennick spoke on Monday.")).noneMatch(e -> e.startsWith("fire/"));
        assertThat(events("A storm could hit Pellmora on Friday.")).isEmpty();
        assertThat(events("Police opened fire on protesters in Brennick on Monday.")).noneMatch(e -> e.startsWith("fire/"));
        assertThat(events("Police came under heavy fire in Brennick on Monday.")).noneMatch(e -> e.startsWith("fire/"));
        assertThat(events("An exchange of fire between police and gunmen in Brennick on Monday left two dead."))
                .noneMatch(e -> e.startsWith("fire/"));
    }

    @Test
    void aFigurativeOrCommemoratedOrForecastDisasterIsNoEvent() {
        assertThat(events("A storm of protest erupted in Brennick on Monday.")).noneMatch(e -> e.startsWith("storm/"));
        assertThat(events("A flood of refugees reached Dunhaven on Sunday.")).noneMatch(e -> e.startsWith("flood/"));
        assertThat(events("An explosion of violence swept Brennick on Tuesday.")).noneMatch(e -> e.startsWith("explosion/"));
        assertThat(events("Mourners marked the anniversary of the earthquake in Dunhaven on Tuesday."))
                .noneMatch(e -> e.startsWith("earthquake/"));
        assertThat(events("The storm makes landfall in Brennick on Thursday, forecasters said."))
                .noneMatch(e -> e.startsWith("storm/"));
        // positive: a real one of a thing ("collapse of the bridge"), one dated "yesterday", one told in a copula
        assertThat(events("The collapse of the Harlow bridge in Brennick on Monday killed four."))
                .contains("collapse/other/positive/asserted/2031-03-10 []");
        assertThat(events("The fire yesterday at the Marrowfield Chemicals plant in Dunhaven killed two workers."))
                .contains("fire/other/positive/asserted/2031-03-11 [Marrowfield Chemicals:other]");
        assertThat(events("A fire at a Marrowfield Chemicals warehouse in Dunhaven on Sunday was the third this year."))
                .containsExactly("fire/other/positive/asserted/2031-03-09 [Marrowfield Chemicals:other]");
    }

    @Test
    void aHyphenatedReElectionIsAnElection() {
        assertThat(events("Council members Ambrose Renwick and Ines Marchetti were re-elected on Tuesday."))
                .containsExactly("re-elected/election/positive/asserted/2031-03-11 [Ambrose Renwick:patient, Ines Marchetti:patient]");
        // negative: one who did not run was not re-elected
        assertThat(events("Ambrose Renwick was not re-elected on Tuesday."))
                .containsExactly("re-elected/election/negative/asserted/2031-03-11 [Ambrose Renwick:patient]");
    }
}
