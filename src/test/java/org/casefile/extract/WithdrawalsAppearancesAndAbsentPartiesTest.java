package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.Polarity;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented blind check (four cases, two articles each): a charge withdrawn or a case
 * dropped is an act of its own (type other, with its lemma); appearing in court or before a judge is
 * a hearing; who did not attend a hearing takes no part in it; a name after the noun that describes
 * it ("his neighbour Ysolde Trevannick") has that noun's part; a name in an adverbial clause is the
 * clause's; a speaker who says "she would not resign" is who would resign; "hours later" is the day
 * just told; a court that denies a fact ("denied that …") makes no ruling. Names appear nowhere in the corpus.
 */
class WithdrawalsAppearancesAndAbsentPartiesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 14);

    private static List<String> events(String text) {
        return Texts.datedParties(text, FRIDAY);
    }

    @Test
    void aWithdrawnChargeOrADroppedCaseIsAnActOfItsOwn() {
        DocumentExtraction x = Texts.extract("Prosecutors withdrew the charges against Ysolde Trevannick on Thursday.", FRIDAY);
        assertThat(x.events()).extracting(e -> e.type().name() + "/" + e.lemma() + "/" + e.polarity() + "/" + e.modality())
                .containsExactly("OTHER/withdraw/positive/asserted");
        assertThat(events("Prosecutors withdrew the charges against Ysolde Trevannick on Thursday."))
                .containsExactly("withdrew/other/2031-03-13 [Ysolde Trevannick:other]");
        assertThat(Texts.extract("The case against Ysolde Trevannick was dropped on Thursday.", FRIDAY).events())
                .extracting(Event::lemma).containsExactly("drop");
        // negative: what is dropped is no charge nor suit: no listed withdrawal (a plan dropped stays the verb's own event)
        assertThat(events("Hessary Mills dropped its plan to close the Quillon depot on Thursday.")).singleElement()
                .satisfies(e -> assertThat(e).startsWith("dropped/other/").endsWith(" [Hessary Mills:agent]"));
        assertThat(events("Ysolde Trevannick withdrew from the race on Thursday.")).noneMatch(e -> e.contains("charge"));
    }

    @Test
    void appearingInCourtOrBeforeAJudgeIsAHearing() {
        DocumentExtraction x = Texts.extract("Ysolde Trevannick is due to appear before Judge Osric Pruett on April 2.", FRIDAY);
        assertThat(x.events()).extracting(e -> e.type().name() + "/" + e.modality() + "/" + e.date().value())
                .containsExactly("HEARING/planned/2031-04-02");
        assertThat(events("Ysolde Trevannick is due to appear before Judge Osric Pruett on April 2."))
                .containsExactly("appear/hearing/2031-04-02 [Ysolde Trevannick:agent, Osric Pruett:other]");
        assertThat(events("Ysolde Trevannick appeared briefly in Quillon Crown Court on Monday."))
                // (the court, an organisation since session 35, is a party to its hearing as the judge is)
                .containsExactly("appeared/hearing/2031-03-10 [Ysolde Trevannick:agent, Quillon Crown Court:other]");
        assertThat(events("Osric Pruett is due to appear in court next week."))
                .containsExactly("appear/hearing/2031-W12 [Osric Pruett:agent]");
        // a second verb with a copula of its own does not share the first one's "not"
        assertThat(Texts.extract("Osric Pruett did not enter a plea and is due to appear in court next week.", FRIDAY)
                .events()).extracting(e -> e.type().json() + "/" + e.polarity() + "/" + e.modality())
                .containsExactly("plea/negative/asserted", "hearing/positive/planned");
        // negative: a court that only modifies the phrase's head, and an appearance elsewhere
        assertThat(events("Ysolde Trevannick appeared in court records unsealed on Monday.")).isEmpty();
        assertThat(events("Ysolde Trevannick appeared at a gallery in Brannock on Monday.")).noneMatch(e -> e.contains("/hearing/"));
        assertThat(events("Ysolde Trevannick appeared in a court drama on Monday.")).noneMatch(e -> e.contains("/hearing/"));
    }

    @Test
    void whoDidNotAttendTakesNoPart() {
        // the hearing was held, without her; her absence is the hearing denied of her (as "did not appear in court")
        assertThat(events("Ysolde Trevannick did not attend the hearing on Monday."))
                .containsExactly("hearing/hearing/2031-03-10 []", "hearing/hearing/2031-03-10 [Ysolde Trevannick:agent]");
        assertThat(Texts.extract("Ysolde Trevannick did not attend the hearing on Monday.", FRIDAY).events())
                .extracting(Event::polarity).containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE);
        // negative: who attended, and who says another did not
        assertThat(events("Ysolde Trevannick attended the hearing on Monday."))
                .containsExactly("hearing/hearing/2031-03-10 [Ysolde Trevannick:other]");
    }

    @Test
    void whoDemandsAnothersActTakesNoPartInIt() {
        // "her" of a man's demand: another's act (with a name of no known gender it may be the asker's own)
        assertThat(Texts.parties("Bertram Pruett had demanded her resignation on Monday.", FRIDAY))
                .containsExactly("resignation:[]");
        assertThat(Texts.parties("Osric Pruett called for the resignation of Ysolde Trevannick on Monday.", FRIDAY))
                .containsExactly("resignation:[Ysolde Trevannick:agent]");
        // negative: a wanted act with no other owner may be the asker's own; a request is the asker's
        assertThat(Texts.parties("Osric Pruett demanded a new trial on Monday.", FRIDAY))
                .containsExactly("trial:[Osric Pruett:other]");
    }

    @Test
    void aDescribedNameHasItsNounsPartAndAnAdverbialClauseItsOwnNames() {
        assertThat(Texts.parties("Police arrested Osric Pruett on Sunday after he killed his neighbour Ysolde Trevannick"
                + " with a hammer.", FRIDAY)).containsExactly("arrested:[Osric Pruett:patient]",
                        "killed:[Osric Pruett:agent, Ysolde Trevannick:patient]");
    }

    @Test
    void theSpeakerOfHerOwnActTakesPartInIt() {
        assertThat(Texts.parties("Ysolde Trevannick said on Tuesday she would not resign.", FRIDAY))
                .contains("resign:[Ysolde Trevannick:agent]");
        DocumentExtraction x = Texts.extract("Ysolde Trevannick said on Tuesday she would not resign.", FRIDAY);
        assertThat(x.events()).filteredOn(e -> e.type() == org.casefile.domain.EventType.RESIGNATION)
                .extracting(e -> e.polarity() + "/" + e.modality()).containsExactly("negative/planned");
        // negative: a pronoun that may stand for another person of the story is left alone
        assertThat(Texts.parties("Osric Pruett was arrested in May. His lawyer, Tamsyn Hessary, said on Tuesday he would"
                + " appeal.", FRIDAY)).noneMatch(e -> e.contains("Tamsyn Hessary:agent") && e.startsWith("appeal"));
    }

    @Test
    void hoursLaterIsTheDayJustTold() {
        assertThat(events("Osric Pruett was detained on Monday and released hours later."))
                .containsExactly("detained/detention/2031-03-10 [Osric Pruett:patient]",
                        "released/release/2031-03-10 [Osric Pruett:patient]");
        assertThat(Texts.dates("Osric Pruett was arrested in January and released on bail hours later.", FRIDAY))
                .containsExactly("January=2031-01", "hours later=2031-01");
        // negative: with no time told before, it stays unresolved
        assertThat(Texts.dates("Osric Pruett was released on bail hours later.", FRIDAY))
                .noneMatch(d -> d.contains("2031"));
    }

    @Test
    void aCourtThatDeniesAFactMakesNoRuling() {
        assertThat(events("The tribunal denied that Osric Pruett had been pressured on Monday."))
                .noneMatch(e -> e.contains("/ruling/"));
        assertThat(events("The appeals panel, which denied that it had been pressured by Osric Pruett, said on Monday it"
                + " would review the case.")).noneMatch(e -> e.contains("/ruling/"));
        // negative: a request denied is a ruling, "that" before a noun too
        assertThat(events("The tribunal denied the request of Osric Pruett on Monday."))
                .containsExactly("denied/ruling/2031-03-10 [Osric Pruett:other]");
        assertThat(events("Judge Tamsyn Hessary denied bail to Osric Pruett on Monday."))
                .containsExactly("denied/ruling/2031-03-10 [Tamsyn Hessary:agent, Osric Pruett:other]");
    }
    @Test
    void anAskerKeepsTheirOwnRequestedActAndACourtsNameOwningANounIsNoHearing() {
        // negatives of the demand and the "appear" rules: "his release" is the asker's own; the asker's
        // owner is no asker; a quote that appeared in a court's judgment is no hearing
        assertThat(Texts.extract("Tomas Quellin, held since March, asked for his release on bail on Monday.", FRIDAY)
                .events().stream().filter(e -> e.type() == org.casefile.domain.EventType.RELEASE)
                .map(e -> e.participants().size()).toList()).containsExactly(1);
        assertThat(Texts.extract("The quote appeared in the Court of Varrow's judgment on Monday.", FRIDAY).events()
                .stream().filter(e -> e.type() == org.casefile.domain.EventType.HEARING).toList()).isEmpty();
    }
}
