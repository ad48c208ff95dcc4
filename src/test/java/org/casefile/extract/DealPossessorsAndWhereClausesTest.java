package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Business and court news (invented names and places): the "its" or "their" of a company's deal is the
 * company that makes it, what an acquisition's "of" names is bought; what happened at the place or the
 * hearing of a dated clause ("…, where he pleaded not guilty") happened then and there.
 */
class DealPossessorsAndWhereClausesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 11); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void theCompanyOfItsDealMakesIt() {
        assertThat(events("Quillmore Systems called off its merger with Barsted Holdings on Monday."))
                .contains("acquisition/null/negative/asserted/2031-04-07 [Barsted Holdings:other, Quillmore Systems:agent]");
        assertThat(events("Venntrick Corp completed its acquisition of Dolmary Foods."))
                .anyMatch(e -> e.startsWith("acquisition") && e.endsWith("[Dolmary Foods:patient, Venntrick Corp:agent]"));
        assertThat(events("Orlanby Mining and Tessick Metals called off their merger on Friday."))
                .contains("acquisition/null/negative/asserted/2031-04-11 [Orlanby Mining:agent, Tessick Metals:agent]");
        assertThat(events("The takeover of Ridgemoor Brewing was approved by regulators."))
                .anyMatch(e -> e.startsWith("acquisition") && e.endsWith("[Ridgemoor Brewing:patient]"));
        // negative: with a "by" of its buyer, the "its" is the one bought
        assertThat(events("Pellworth Financial said shareholders approved its acquisition by Rostane Trust."))
                .anyMatch(e -> e.startsWith("acquisition") && e.contains("Pellworth Financial:patient"))
                .noneMatch(e -> e.startsWith("acquisition") && e.contains("Pellworth Financial:agent"));
        // negative: an "its" that may stand for an unnamed thing names no company
        assertThat(events("The village board voted to end its merger with Quillmore Systems."))
                .noneMatch(e -> e.startsWith("acquisition") && e.contains(":agent"));
        // negative: a merger's "of" names its sides, no one bought
        assertThat(events("Regulators blocked the merger of Orlanby Mining and Tessick Metals on Monday."))
                .noneMatch(e -> e.contains(":patient"));
        // negative: "their" after names not listed together stands for no side
        assertThat(events("Orlanby Mining said Tessick Metals backed their merger."))
                .noneMatch(e -> e.startsWith("acquisition") && e.contains(":agent"));
    }

    @Test
    void whatHappenedWhereADatedClauseTookPlaceHappenedThen() {
        assertThat(events("Dorrance Fairlow was arraigned Tuesday in Halbury County Court, where he pleaded not guilty to grand larceny."))
                // (a court named by its kind is an organisation: a party to what happens in it, as a judge is)
                .contains("plea/null/positive/asserted/2031-04-08 [Dorrance Fairlow:agent, Halbury County Court:other]");
        assertThat(events("Gretta Lindquorn appeared Thursday at a hearing at which she pleaded guilty to fraud."))
                .contains("plea/null/positive/asserted/2031-04-10 [Gretta Lindquorn:agent]");
        // negative: a relative clause with a time of its own keeps it
        assertThat(events("Mara Olvenko was taken to Corbin Hospital on Monday, where she died Friday."))
                .contains("death/null/positive/asserted/2031-04-11 [Mara Olvenko:agent]");
        // negative: a relative clause told as later or now is of another time
        assertThat(events("Tobyn Sayle appeared Monday in Coldwater District Court, where he later pleaded guilty to fraud."))
                .anyMatch(e -> e.startsWith("plea/null/positive/asserted/null "));
        assertThat(events("Tobyn Sayle was arrested Monday in Pellbrook, where he now lives."))
                .noneMatch(e -> e.contains("2031-04-07") && !e.startsWith("arrest"));
        // negative: a "who" relative about a person keeps its own time
        assertThat(events("Ansell Prewitt, who was arrested in 2019, pleaded guilty to theft on Wednesday."))
                .contains("arrest/null/positive/asserted/2019 [Ansell Prewitt:patient]",
                        "plea/null/positive/asserted/2031-04-09 [Ansell Prewitt:agent]");
    }

    @Test
    void aCourtThatOverturnsAJudgmentRules() {
        assertThat(events("The conviction of Hollister Brant for bribery in 2018 was overturned on Friday."))
                .contains("conviction/null/positive/asserted/2018 [Hollister Brant:patient]")
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2031-04-11 "));
        assertThat(events("An appeals court quashed the verdict against Perrin Caldway on Monday."))
                .anyMatch(e -> e.startsWith("ruling/null/positive/asserted/2031-04-07 "));
        // negative: a truck that overturns, voters who overturn a ban and police who quash a protest do not rule
        assertThat(events("A truck overturned on the Ashgrove bypass on Monday.")).noneMatch(e -> e.startsWith("ruling"));
        assertThat(events("Voters in Quensbury County overturned the smoking ban on Tuesday.")).noneMatch(e -> e.startsWith("ruling"));
        assertThat(events("Police quashed the protest on Tuesday.")).noneMatch(e -> e.startsWith("ruling"));
    }

    @Test
    void aTrialThatWentAheadTookPlace() {
        assertThat(events("The trial of Marlena Vantreece went ahead on Monday."))
                .containsExactly("trial/null/positive/asserted/2031-04-07 [Marlena Vantreece:other]");
        assertThat(events("The hearing for Tamsin Rookwood proceeded on Tuesday."))
                .containsExactly("hearing/null/positive/asserted/2031-04-08 [Tamsin Rookwood:other]");
        // negative: one that will go ahead is still to come, one that did not go ahead was not held
        assertThat(events("The trial of Marlena Vantreece will go ahead next week."))
                .containsExactly("trial/null/positive/planned/2031-W16 [Marlena Vantreece:other]");
        assertThat(events("The trial of Marlena Vantreece did not go ahead on Monday."))
                .allMatch(e -> e.startsWith("trial/null/negative/"));
        // negative: "going to" still plans
        assertThat(events("Marlena Vantreece is going to appeal the verdict."))
                .contains("appeal/null/positive/planned/null [Marlena Vantreece:agent]");
    }

    @Test
    void whereATrialIsMovedIsNoParty() {
        assertThat(events("Judge Farrant moved the trial of Colum Pendrick to Ashwell on Monday."))
                .noneMatch(e -> e.contains("Ashwell:"));
        // negative: the one tried is still a party
        assertThat(events("Judge Farrant moved the trial of Colum Pendrick to Ashwell on Monday."))
                .anyMatch(e -> e.startsWith("trial") && e.contains("Colum Pendrick:"));
    }
}
