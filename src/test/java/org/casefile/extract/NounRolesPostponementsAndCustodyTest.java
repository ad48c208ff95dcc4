package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Court, police, politics and family-court news (invented names and places): the "of" of a step
 * against a person names the one who undergoes it; a name in the clause of another verb is no party
 * to a noun event; an election's office is no participant; a hearing delayed, deferred or adjourned
 * "until" a day is dated that day; custody is a detention only as the state one is held in.
 */
class NounRolesPostponementsAndCustodyTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 11); // a Friday

    /** Each event as {@code type/lemma/polarity/modality/date [name:role, …]} (participants sorted). */
    private static List<String> events(String text) {
        return Texts.eventReadings(text, PUBLISHED);
    }

    @Test
    void theOfOfAStepAgainstAPersonNamesWhoUndergoesIt() {
        assertThat(events("The arrest of Elwin Tarrow on Tuesday stunned the town of Penhallow."))
                .containsExactly("arrest/null/positive/asserted/2031-04-08 [Elwin Tarrow:patient]");
        assertThat(events("The conviction of Sabeline Okoro was overturned by the appeals court on Monday."))
                .containsExactly("conviction/null/positive/asserted/null [Sabeline Okoro:patient]",
                        "ruling/null/positive/asserted/2031-04-07 [Sabeline Okoro:other]");
        // an acquittal is a verdict; the family's anger is no event of Rusk's
        assertThat(events("The acquittal of Wendelin Rusk angered the victim's family."))
                .containsExactly("verdict/null/positive/asserted/null [Wendelin Rusk:patient]");
        // negative: a trial's "of" stays other (a defendant, or a body's trial of a drug)
        assertThat(events("The trial of Lorcan Pettigrew opened on Monday."))
                .allMatch(e -> !e.startsWith("trial") || e.endsWith("[Lorcan Pettigrew:other]"));
        // negative: a conviction held is no verdict
        assertThat(events("She spoke with conviction about the plan.")).isEmpty();
    }

    @Test
    void aNameInTheOfOfAnEventNounDidNotDoWhatTheNounDid() {
        // the departure is Haverford's; the investors' surprise is no act of his
        assertThat(events("The sudden departure of Ivo Haverford surprised investors at Nettlefold Freight."))
                .noneMatch(e -> e.startsWith("other/surprise"));
    }

    @Test
    void aNameInTheClauseOfAnotherVerbIsNoPartyToTheNounEvent() {
        assertThat(events("Bramwell Crask will go on trial on charges he killed his business partner, Odile Kesteven."))
                .contains("killing/null/positive/reported/null [Bramwell Crask:agent, Odile Kesteven:patient]")
                .noneMatch(e -> e.startsWith("trial") && e.contains("Odile Kesteven"));
        assertThat(events("The murder trial of Selwyn Delamere opened on Monday; he is accused of shooting Juniper Halberd."))
                .contains("trial/null/positive/asserted/null [Selwyn Delamere:other]")
                .noneMatch(e -> e.startsWith("trial") && e.contains("Juniper Halberd"));
        // negative: names of the trial's own phrase stay
        assertThat(events("The trial of Selwyn Delamere and Juniper Halberd opened on Monday."))
                .containsExactly("trial/null/positive/asserted/null [Juniper Halberd:other, Selwyn Delamere:other]");
    }

    @Test
    void anElectionsOfficeIsNoParticipant() {
        assertThat(events("Ottoline Ferrier won the Senate race in Brannagh County on Tuesday."))
                .containsExactly("election/null/positive/asserted/2031-04-08 [Ottoline Ferrier:agent]");
    }

    @Test
    void aHearingPutOffUntilADayIsDatedThatDay() {
        assertThat(events("The judge delayed the hearing until May 4."))
                .containsExactly("hearing/null/positive/planned/2031-05-04 []");
        assertThat(events("The court deferred the sentencing hearing until May 12."))
                .containsExactly("hearing/null/positive/planned/2031-05-12 []");
        assertThat(events("The hearing was delayed until May 4."))
                .containsExactly("hearing/null/positive/planned/2031-05-04 []");
        // the adjourning is no event of its own: the magistrate only puts the hearing off
        assertThat(events("Magistrate Corisande Vey adjourned the hearing until May 9."))
                .containsExactly("hearing/null/positive/planned/2031-05-09 [Corisande Vey:other]");
        // negative: the day of the delaying is not the hearing's
        assertThat(events("The judge on Tuesday delayed the hearing.")).noneMatch(e -> e.contains("2031-04-08"));
    }

    @Test
    void heldForQuestioningOnADayIsDetainedThatDay() {
        assertThat(events("Police detained Castellan Thornbury for questioning on Wednesday."))
                .containsExactly("detention/null/positive/asserted/2031-04-09 [Castellan Thornbury:patient]");
    }

    @Test
    void custodyIsADetentionOnlyAsTheStateOneIsHeldIn() {
        assertThat(events("Brisco Hallam was taken into custody on Sunday after a standoff."))
                .containsExactly("detention/null/positive/asserted/2031-04-06 [Brisco Hallam:patient]");
        assertThat(events("Quint Ardent remains in custody at the county jail."))
                .containsExactly("detention/null/positive/asserted/null [Quint Ardent:patient]");
        assertThat(events("Police took Odile Tarrow into custody on Sunday."))
                .containsExactly("detention/null/positive/asserted/2031-04-06 [Odile Tarrow:patient]");
        // negative: a child's custody, a custody battle, custody of documents are no one held
        assertThat(events("Orla Penhallow won primary custody of the children after a custody battle."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("The judge denied custody to the father, Ivo Nettlefold.")).noneMatch(e -> e.startsWith("detention"));
        assertThat(events("The children are in the joint custody of Orla Strand and her former husband."))
                .noneMatch(e -> e.startsWith("detention"));
        assertThat(events("The firm kept custody of the documents in a vault.")).noneMatch(e -> e.startsWith("detention"));
    }
}
