package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefile.extract.OtherEventsTest.others;

import java.time.LocalDate;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Labour and business acts of unseen news (event-triggers.txt): a strike or a walkout by workers, jobs
 * cut or laid off, a chief who quits, a train that derails; and the senses of the same verbs that are
 * none ("a tree struck a hiker", "cut its forecast", "quit smoking", "derailed the talks"). Invented
 * names and places.
 */
class LabourAndLayoffEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 14);

    private static Event only(DocumentExtraction x, String lemma) {
        assertThat(x.events()).filteredOn(e -> lemma.equals(e.lemma())).hasSize(1);
        return x.events().stream().filter(e -> lemma.equals(e.lemma())).findFirst().orElseThrow();
    }

    @Test
    void workersWhoStrikeOrWalkOutStrikeAndAThreatOrAConditionKeepsItFromBeingAFact() {
        DocumentExtraction x = Texts.extract("Dockworkers in Tallowmere struck on May 3, 2021.", PUBLISHED);
        Event strike = only(x, "strike");
        assertThat(strike.date().value()).isEqualTo("2021-05-03");
        assertThat(strike.isFact()).isTrue();
        DocumentExtraction y = Texts.extract(
                "Nurses at Brevik Memorial Hospital will strike on Monday unless the hospital hires more staff.", PUBLISHED);
        assertThat(only(y, "strike").modality()).isEqualTo(Modality.HYPOTHETICAL);
        DocumentExtraction z = Texts.extract(
                "The union threatened to strike on Monday but the hospital said it would not budge.", PUBLISHED);
        assertThat(only(z, "strike").isFact()).isFalse();
        // the threat's claim ends before the writer's next clause, which the parse of a dated strike joins to it
        assertThat(z.claims()).extracting(c -> c.speakerName() + ": " + c.text())
                .containsExactly("The union: to strike on Monday", "the hospital: it would not budge");
    }

    @Test
    void whatStrikesSomeoneOrSomethingIsNoStrike() {
        DocumentExtraction x = Texts.extract(String.join(" ",
                "A falling tree struck a hiker near Tallowmere on May 3, 2021.",
                "The miners struck gold near Ashgrove on May 4, 2021.",
                "The Veldran Union struck back on May 5, 2021."), PUBLISHED);
        assertThat(x.events()).noneMatch(e -> "strike".equals(e.lemma()));
    }

    @Test
    void jobsCutOrStaffLaidOffAreALayoffAndAPlanToCutThemIsNoFact() {
        DocumentExtraction x = Texts.extract("Corvell Textiles laid off 120 workers on May 3, 2021.", PUBLISHED);
        assertThat(others(x)).containsExactly("lay off 2021-05-03 agent:Corvell Textiles");
        DocumentExtraction y = Texts.extract(
                "Corvell Textiles said on Monday it would cut 450 jobs at its Ashgrove mill.", PUBLISHED);
        Event cut = only(y, "cut");
        assertThat(cut.modality()).isEqualTo(Modality.PLANNED);
        assertThat(cut.isFact()).isFalse();
        assertThat(y.events()).filteredOn(e -> e.type() == EventType.STATEMENT).hasSize(1);
    }

    @Test
    void cuttingAnythingButJobsIsNoLayoff() {
        // negative: prices and a forecast cut undated tell of no one laid off, and no event at all
        DocumentExtraction x = Texts.extract(String.join(" ",
                "Corvell Textiles said it would cut prices at its Ashgrove mill.",
                "The retailer shed its loss-making stores.",
                "The airline cut staff salaries by 10 percent on May 3, 2021."), PUBLISHED);
        assertThat(x.events()).noneMatch(e -> "cut".equals(e.lemma()) || "shed".equals(e.lemma()));
    }

    @Test
    void quittingWithNoObjectIsAResignationButQuittingAHabitIsNot() {
        DocumentExtraction x = Texts.extract("Ansel Drummore quit as chairman of Pellcrest Bank on May 3, 2021.", PUBLISHED);
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.RESIGNATION).hasSize(1)
                .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2021-05-03"));
        DocumentExtraction y = Texts.extract("Ansel Drummore quit smoking in 2019.", PUBLISHED);
        assertThat(y.events()).noneMatch(e -> e.type() == EventType.RESIGNATION);
    }

    @Test
    void aTrainThatDerailsIsAnAccidentButDerailedTalksAreNot() {
        DocumentExtraction x = Texts.extract("A freight train derailed near Ashgrove on May 3, 2021.", PUBLISHED);
        Event derail = only(x, "derail");
        assertThat(derail.date().value()).isEqualTo("2021-05-03");
        assertThat(derail.isFact()).isTrue();
        DocumentExtraction y = Texts.extract("The dispute derailed the talks on May 3, 2021.", PUBLISHED);
        assertThat(y.events()).noneMatch(e -> "derail".equals(e.lemma()));
    }
}
