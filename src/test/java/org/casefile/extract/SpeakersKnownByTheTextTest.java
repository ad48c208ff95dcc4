package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who speaks when the text, not a list, tells who is who (session 25, a blind check of invented
 * news in genres not tried before: a profile, a recall notice, a live blog, a study): a person's
 * gender told by a word of kinship or by "said she"; "the company" after one company; "the
 * 54-year-old" after one person; "That's according to X" after the sentence X said; a live blog's
 * time stamp, "It seems that" and a participle aside after "According to the study," are no part of
 * any claim. The given names here are in no list of given names, so only the text can tell.
 */
class SpeakersKnownByTheTextTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 12);

    /** Each claim as "entity the speaker resolves to (or -) | speaker as written: content". */
    private static List<String> speakers(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> (c.speaker() == null ? "-" : names.getOrDefault(c.speaker(), "?"))
                + " | " + c.speakerName() + ": " + c.text()).toList();
    }

    @Test
    void aWordOfKinshipTellsAPersonsGender() {
        assertThat(speakers("Corisande Wexcombe grew up on a farm near Oakhurst. Her father, Evander Quillon, was a "
                + "blacksmith. She said he worked seven days a week."))
                .containsExactly("Corisande Wexcombe | Corisande Wexcombe: he worked seven days a week");
        // a man by kinship keeps his "he"
        assertThat(speakers("Corisande Wexcombe grew up on a farm near Oakhurst. Her father, Evander Quillon, was a "
                + "blacksmith. He said the forge never closed."))
                .containsExactly("Evander Quillon | Evander Quillon: the forge never closed");
    }

    @Test
    void aSpeakersOwnPronounTellsTheirGender() {
        // "said she still trusted him": the owner is a woman, so the "he" after her is the coach
        assertThat(speakers("Ormond Tenby, the coach, said his side had played poorly. Hepzibah Blythe, the club's "
                + "owner, said she still trusted him. He said he would not resign."))
                .containsExactly("Ormond Tenby | Ormond Tenby: his side had played poorly",
                        "Hepzibah Blythe | Hepzibah Blythe: she still trusted him",
                        "Ormond Tenby | Ormond Tenby: he would not resign");
    }

    @Test
    void theCompanyIsTheOneCompanyNamedJustBefore() {
        assertThat(speakers("Marchbank Toys recalled 40,000 rattles on Tuesday. The company said the rattles could "
                + "break into small pieces."))
                .containsExactly("Marchbank Toys | The company: the rattles could break into small pieces");
        assertThat(speakers("Tolliver Foods is recalling 12,000 jars of jam because they may contain glass, the "
                + "company said on Friday."))
                .containsExactly("Tolliver Foods | the company: Tolliver Foods is recalling 12,000 jars of jam because "
                        + "they may contain glass");
    }

    @Test
    void theCompanyIsNobodyWithTwoBodiesOrNoCompany() {
        // two organisations before it: either could be meant
        assertThat(speakers("Marchbank Toys sued Tolliver Foods on Monday. The company said the contract was void."))
                .containsExactly("- | The company: the contract was void");
        // an authority is no company by its name
        assertThat(speakers("The Haverleigh Transit Authority cut six routes on Monday. The company said fares would "
                + "rise in May."))
                .containsExactly("- | The company: fares would rise in May");
        // a union is no company
        assertThat(speakers("Marchbank Toys closed its Oakhurst plant on Monday. The union said the closure was "
                + "illegal."))
                .containsExactly("- | The union: the closure was illegal");
    }

    @Test
    void theAgeIsTheOnePersonNamedBeforeOrAgedSo() {
        assertThat(speakers("Fennimore Thistlewood grew up on a farm near Oakhurst. The 61-year-old said farming "
                + "taught him patience."))
                .containsExactly("Fennimore Thistlewood | The 61-year-old: farming taught him patience");
        assertThat(speakers("Fennimore Thistlewood, 61, and Hepzibah Blythe, 47, ran the farm for decades. The "
                + "61-year-old farmer said the land was sold in May."))
                .containsExactly("Fennimore Thistlewood | The 61-year-old farmer: the land was sold in May");
    }

    @Test
    void theAgeIsNobodyWithTwoPeopleOrANewPerson() {
        assertThat(speakers("Fennimore Thistlewood and Hepzibah Blythe ran the farm for decades. The 61-year-old said "
                + "the land was sold in May."))
                .containsExactly("- | The 61-year-old: the land was sold in May");
        // "a 61-year-old" is someone new: no claim of Thistlewood's
        assertThat(speakers("Fennimore Thistlewood ran the farm for decades. A 61-year-old said the land was sold in "
                + "May."))
                .noneMatch(c -> c.startsWith("Fennimore Thistlewood"));
    }

    @Test
    void anAgeEndingTheSentenceIsThatPersonsAge() {
        // "said Ann Lee, 27." sets off her age as "Ann Lee, 27," does: not the person named just before
        assertThat(speakers("\"The turf was soft after the rain,\" said jockey Pellory Strand, 27.\n\n"
                + "Trainer Osric Benwarth said the horse would race again in June.\n\n"
                + "The 27-year-old said he was pleased with the ride."))
                .containsExactly("Pellory Strand | Pellory Strand: The turf was soft after the rain,",
                        "Osric Benwarth | Osric Benwarth: the horse would race again in June",
                        "Pellory Strand | The 27-year-old: he was pleased with the ride");
    }

    @Test
    void theAgeOfAnUnnamedPersonIsNobodyNamedBefore() {
        // "a 19-year-old man was arrested": the 19-year-old is that man, never the sergeant quoted after
        assertThat(speakers("Police said a 19-year-old man was arrested in Wexmoor on Sunday.\n\n"
                + "\"He was driving far too fast,\" said Sergeant Aldous Fennery.\n\n"
                + "The 19-year-old told the court he was sorry."))
                .containsExactly("- | Police: a 19-year-old man was arrested in Wexmoor on Sunday",
                        "Aldous Fennery | Aldous Fennery: He was driving far too fast,",
                        "- | The 19-year-old: he was sorry");
        // a description beside a name is that person, even with another person quoted in between
        assertThat(speakers("The 24-year-old striker Jorvan Kettley scored twice on Saturday.\n\n"
                + "\"He never stopped running,\" said coach Ambrel Hatchmore.\n\n"
                + "The 24-year-old said the goals were for his mother."))
                .containsExactly("Ambrel Hatchmore | Ambrel Hatchmore: He never stopped running,",
                        "Jorvan Kettley | The 24-year-old: the goals were for his mother");
    }

    @Test
    void thatsAccordingToGivesTheSentenceBefore() {
        assertThat(speakers("11:15 a.m. \u2014 No one was hurt in the blaze. That's according to Wenna Trevaskis, the "
                + "fire chief."))
                .containsExactly("Wenna Trevaskis | Wenna Trevaskis: No one was hurt in the blaze");
        // a plan is nobody who speaks
        assertThat(speakers("The ferry left Quenford on time. That is according to plan.")).isEmpty();
    }

    @Test
    void aLiveBlogsTimeStampIsNoPartOfTheClaim() {
        assertThat(speakers("10:42 a.m. \u2014 Crews have contained the fire on Quenford Road, Chief Wenna Trevaskis "
                + "said."))
                .containsExactly("Wenna Trevaskis | Wenna Trevaskis: Crews have contained the fire on Quenford Road");
        // a time inside what was said stays in it
        assertThat(speakers("Wenna Trevaskis said the ferry leaves Quenford at 10:42 a.m. and arrives at noon."))
                .containsExactly("Wenna Trevaskis | Wenna Trevaskis: the ferry leaves Quenford at 10:42 a.m. and "
                        + "arrives at noon");
    }

    @Test
    void itSeemsThatHasNoSource() {
        assertThat(speakers("It seems that the Quenford ferry service will close.")).isEmpty();
        assertThat(speakers("It would appear that the Quenford ferry service will close.")).isEmpty();
        // an "it" that is a company still speaks
        assertThat(speakers("Marchbank Toys recalled 400 rattles on Tuesday. It said that the rattles could break."))
                .containsExactly("Marchbank Toys | It: the rattles could break");
        // a thing named between may be what "it" stands for: nobody
        assertThat(speakers("Marchbank Toys sold the plant after a flood. It said that the rattles could break."))
                .containsExactly("- | null: the rattles could break");
    }

    @Test
    void aParticipleAsideAfterTheSourceIsNoPartOfTheClaim() {
        assertThat(speakers("According to the study, published in the Quenford Medical Journal, coffee drinkers lived "
                + "two years longer."))
                .containsExactly("- | the study: coffee drinkers lived two years longer");
        // a participle that opens what was said stays in it
        assertThat(speakers("According to the audit, published figures on the Quenford ferry were wrong."))
                .containsExactly("- | the audit: published figures on the Quenford ferry were wrong");
    }

    @Test
    void aNumberedPartOfATextAndOneOfTwoSpeak() {
        assertThat(speakers("Rule 7 says that appeals must be filed within 30 days."))
                .containsExactly("- | Rule 7: appeals must be filed within 30 days");
        assertThat(speakers("One believes the Quenford toll is fair; the other believes that it is not."))
                .containsExactly("- | One: the Quenford toll is fair", "- | the other: it is not");
        assertThat(speakers("One says the Quenford toll is fair, while another says it is too high."))
                .containsExactly("- | One: the Quenford toll is fair", "- | another: it is too high");
        assertThat(speakers("One of them said the Quenford toll was too high."))
                .containsExactly("- | One of them: the Quenford toll was too high");
    }

    @Test
    void aNumberedPartThatIsSpokenOfOrAnotherNounIsNoSource() {
        assertThat(speakers("Rule 7 was broken on Monday, the referee said."))
                .containsExactly("- | the referee: Rule 7 was broken on Monday");
        assertThat(speakers("The other candidate said the Quenford toll was too high."))
                .containsExactly("- | The other candidate: the Quenford toll was too high");
        // "the other" with no "one" before it, or before "was", is no one of two who speaks
        assertThat(speakers("The other believes that the Quenford toll is fair.")).isEmpty();
        assertThat(speakers("One aim was to cut the Quenford toll; the other was ensuring that fares stayed low."))
                .isEmpty();
    }
}
