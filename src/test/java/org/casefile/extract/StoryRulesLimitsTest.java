package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.domain.Polarity;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The limits a read-only review put on the eighteenth stop's rules: each sentence here went wrong
 * under a first version of a rule. Names appear nowhere in the corpus.
 */
class StoryRulesLimitsTest {
    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2030, 9, 14);

    private static List<String> claims(String text) {
        return Texts.extract(text, SATURDAY).claims().stream().map(c -> c.speakerName() + ": " + c.text()).toList();
    }

    @Test
    void aNameIsTheSourceOnlyWhenANewClauseFollowsIt() {
        assertThat(claims("According to police, Tolland Halden, 45, of Glenmoor, was arrested Tuesday."))
                .containsExactly("police: Tolland Halden, 45, of Glenmoor, was arrested Tuesday");
        assertThat(claims("According to Pembry Veskin Corp., Tolland Halden, 45, was fired on Monday."))
                .containsExactly("Pembry Veskin Corp.: Tolland Halden, 45, was fired on Monday");
        // after "the", only a role word right before the comma, and a subject after it, make an aside
        assertThat(claims("According to Ondine Rusk, the mayor's budget, unveiled Monday, cuts police funding."))
                .containsExactly("Ondine Rusk: the mayor's budget, unveiled Monday, cuts police funding");
    }

    @Test
    void anAcronymBeforeADashFurtherOnIsNoDateline() {
        String story = "Ministers met in Glenmoor on Monday. They spoke for six hours. Nothing was agreed. "
                + "NATO \u2014 long the bedrock of security \u2014 is fraying, Ondine Rusk said.";
        assertThat(claims(story)).containsExactly("Ondine Rusk: NATO \u2014 long the bedrock of security \u2014 is fraying");
    }

    @Test
    void whatOneIsBannedFromDoingIsNoFact() {
        assertThat(Texts.extract("Tolland Halden was banned from killing deer on his land.", SATURDAY)
                .events().stream().filter(e -> e.type() == org.casefile.domain.EventType.KILLING))
                .allMatch(e -> e.polarity() == Polarity.NEGATIVE);
    }

    @Test
    void whatOneWasForcedToDoWasDone() {
        assertThat(Texts.dates("The storm forced Pembry Veskin Corp. to shut its refinery on Tuesday.", SATURDAY))
                .containsExactly("Tuesday=2030-09-10");
    }

    @Test
    void namesInATitleCaseHeadlineStayApart() {
        assertThat(Texts.extract("Sen. Lisette Dasko Targets Morvick Paint Co. In Probe", SATURDAY).entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).map(Entity::name)).containsExactly("Lisette Dasko");
    }

    @Test
    void aTownFishermenComeFromIsNoCompany() {
        assertThat(Texts.extract("Fishermen from Glenmoor protested on Monday. Glenmoor Shipping Ltd. said its boats "
                + "would stay in port.", SATURDAY).entities().stream().map(e -> e.type() + ":" + e.name()))
                .contains("LOCATION:Glenmoor", "ORGANIZATION:Glenmoor Shipping Ltd.");
    }

    @Test
    void aSeasonOfTwoYearsIsNoCaseNumber() {
        assertThat(Texts.dates("The 2019-to-2020 season was the wettest on record.", SATURDAY))
                .containsExactly("2019=2019", "2020=2020");
    }
}
