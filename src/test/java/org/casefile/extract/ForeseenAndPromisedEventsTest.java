package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefile.extract.EventModalityTest.as;
import static org.casefile.extract.EventModalityTest.check;
import static org.casefile.extract.EventModalityTest.fact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.extract.EventModalityTest.Expect;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Events a sentence only foresees or promises, and the names and dates that belong to them (invented
 * names, from a blind check of news sentences): a noun event in a phrase of time still ahead of a
 * clause that looks forward ("will serve as acting mayor until a special election") is planned; a
 * promise in a "to" clause ("vowed to sue") is the promiser's own plan; a plan told in the past and
 * contradicted ("was scheduled to testify on Monday, but …") is no plan to put on a timeline; a
 * report called false does not lend its names to the clause after it; a charge's phrase does not
 * take its day from the verb; a speaker described after a comma takes no part in what is said; a
 * capitalised event noun that ends an office's title ("the Undersecretary for Acquisition") is no
 * event; "commented" is a named source's saying like "said".
 */
class ForeseenAndPromisedEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    @Test
    void aNounEventAheadOfAForwardLookingClauseIsPlanned() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // with no date and no party of its own, an election still ahead is no event at all (nothing asserted)
        s.put("Tamsin Averell will serve as acting mayor of Vellmoor until a special election.", List.of());
        s.put("Halvard Quist would stay in office until the election of a new council.", List.of());
        s.put("Halvard Quist would stay in office until the election on May 20.", List.of(as("election", Modality.PLANNED)));
        s.put("Ilsa Dorrow will remain in custody until her trial.",
                List.of(fact("detention"), as("trial", Modality.PLANNED)));
        s.put("Corran Brackwell was held in custody pending his extradition to Marrach.",
                List.of(fact("detention"), as("extradition request", Modality.PLANNED)));
        check(s);
    }

    @Test
    void aNounEventAheadOfAForwardLookingClauseHasOnlyItsOwnParties() {
        assertThat(Texts.datedParties("Tamsin Averell will serve as acting mayor of Vellmoor until a special election "
                + "in May 2025.", PUBLISHED)).containsExactly("election/election/2025-05 []");
        // negative: a possessive of the event's own phrase stands for the subject, and a past clause keeps its names
        assertThat(Texts.datedParties("Ilsa Dorrow will remain in custody until her trial.", PUBLISHED))
                .contains("trial/trial/null [Ilsa Dorrow:other]");
        assertThat(Texts.datedParties("Tamsin Averell served as acting mayor of Vellmoor until a special election in "
                + "2019.", PUBLISHED)).containsExactly("election/election/2019 [Tamsin Averell:other]");
    }

    @Test
    void aNounEventAheadOfAPastClauseStaysAsItWas() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // negative: the clause tells what was, so the election and the trial took place
        s.put("Tamsin Averell served as acting mayor of Vellmoor until a special election in 2019.",
                List.of(fact("election")));
        s.put("Ilsa Dorrow was held in custody until her trial in March 2023.",
                List.of(fact("detention"), fact("trial")));
        check(s);
    }

    @Test
    void aPromiseInAToClauseIsThePromisersOwnPlan() {
        assertThat(Texts.datedParties("Oribel Fennick vowed to sue Trasky Mining.", PUBLISHED))
                .containsExactly("sue/filing/null [Oribel Fennick:agent, Trasky Mining:patient]");
        assertThat(Texts.datedParties("Oribel Fennick pledged to resign from the Brenmouth council.", PUBLISHED))
                .containsExactly("resign/resignation/null [Oribel Fennick:agent, Brenmouth council:other]");
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Oribel Fennick vowed to sue Trasky Mining.", List.of(as("filing", Modality.PLANNED)));
        s.put("Halvard Quist promised to resign from the Vellmoor council.", List.of(as("resignation", Modality.PLANNED)));
        // negative: what a speaker says another did stays reported, and the speaker takes no part in it
        s.put("Oribel Fennick said Halvard Quist sued Trasky Mining.",
                List.of(as("filing", Modality.REPORTED), fact("statement")));
        check(s);
        assertThat(Texts.datedParties("Oribel Fennick said Halvard Quist sued Trasky Mining.", PUBLISHED))
                .noneMatch(e -> e.startsWith("sued/") && e.contains("Oribel Fennick"));
    }

    @Test
    void aPlanContradictedAfterItIsNoPlan() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Corran Brackwell was scheduled to testify on May 13, but the hearing was postponed.",
                List.of(as("testimony", Modality.HYPOTHETICAL), as("hearing", Modality.PLANNED))); // put off, still to come
        s.put("Halvard Quist was expected to resign on May 13, but he stayed in office.",
                List.of(as("resignation", Modality.HYPOTHETICAL)));
        // negative: a plan nothing contradicts stays a plan
        s.put("Ilsa Dorrow is expected to resign on May 20.", List.of(as("resignation", Modality.PLANNED)));
        s.put("Corran Brackwell was scheduled to testify on May 20.", List.of(as("testimony", Modality.PLANNED)));
        check(s);
    }

    @Test
    void aReportCalledFalseLendsNoNamesToTheNextClause() {
        String text = "Claims that Halvard Quist resigned were false, and Delvane Metals signed a contract with "
                + "Trasky Mining on Friday.";
        assertThat(Texts.datedParties(text, PUBLISHED)).containsExactly(
                "resigned/resignation/null [Halvard Quist:agent]",
                "signed/agreement/2024-05-10 [Delvane Metals:agent, Trasky Mining:other]");
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put(text, List.of(new Expect("resignation", Polarity.NEGATIVE, Modality.REPORTED), fact("agreement")));
        check(s);
    }

    @Test
    void aChargesPhraseLeavesTheDayToTheCharging() {
        assertThat(Texts.datedParties("Prosecutors charged Halvard Quist with embezzlement on Tuesday.", PUBLISHED))
                .containsExactly("charged/charge/2024-05-14 [Halvard Quist:patient]");
        // negative: an accused act told with a verb of its own keeps its time
        assertThat(Texts.datedParties("Prosecutors accused Halvard Quist of taking bribes in 2022.", PUBLISHED))
                .noneMatch(e -> e.contains("/2022"));
    }

    @Test
    void aDescribedSpeakerAfterACommaTakesNoPartInWhatIsSaid() {
        assertThat(Texts.datedParties("Ilsa Dorrow will appeal the verdict, her lawyer Vasko Sorrell said.", PUBLISHED))
                .noneMatch(e -> !e.startsWith("said/") && e.contains("Vasko Sorrell"));
        // negative: the same speaker set off by a comma of his own is still no party, and the saying is his
        assertThat(Texts.datedParties("Ilsa Dorrow will appeal the verdict, Vasko Sorrell said.", PUBLISHED))
                .noneMatch(e -> !e.startsWith("said/") && e.contains("Vasko Sorrell"));
    }

    @Test
    void anOfficesTitleHoldsNoEvent() {
        assertThat(Texts.datedParties("Oribel Fennick, the Undersecretary for Acquisition, visited Trasky Mining on Monday.",
                PUBLISHED)).containsExactly("visited/other/2024-05-13 [Oribel Fennick:agent, Trasky Mining:patient]");
        assertThat(Texts.datedParties("Halvard Quist, the Commissioner for Elections, resigned on Monday.", PUBLISHED))
                .containsExactly("resigned/resignation/2024-05-13 [Halvard Quist:agent]");
        // negative: the same nouns in lower case are events
        assertThat(Texts.datedParties("Trasky Mining completed the acquisition of Delvane Metals on Monday.", PUBLISHED))
                .anyMatch(e -> e.startsWith("acquisition/acquisition/"));
        assertThat(Texts.datedParties("Halvard Quist, who oversaw the elections, resigned on Monday.", PUBLISHED))
                .anyMatch(e -> e.startsWith("resigned/resignation/2024-05-13"));
    }

    @Test
    void aNamedSourceWhoCommentsMakesAStatement() {
        assertThat(Texts.datedParties("Trasky Mining chief executive Oribel Fennick commented \"This is a great day for us.\"",
                PUBLISHED)).containsExactly("commented/statement/2024-05-15 [Oribel Fennick:agent]");
        assertThat(Texts.datedParties("Oribel Fennick commented that the vote was close.", PUBLISHED))
                .containsExactly("commented/statement/2024-05-15 [Oribel Fennick:agent]");
        // negative: a refusal to comment is no statement
        assertThat(Texts.datedParties("Oribel Fennick declined to comment on the vote.", PUBLISHED))
                .noneMatch(e -> e.contains("/statement/"));
    }
}
