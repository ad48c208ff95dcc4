package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who for a claim's speaker: a role that one person of the document holds, people who speak
 * together, a quote labelled by a name. The names and places are invented and appear nowhere in the
 * corpus or the shared development data.
 */
class SpeakerIdentityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);
    private static final Map<String, List<String>> ABBREVIATIONS =
            Rules.load(TestPipelines.RULES).titleAbbreviations();

    private static String idOf(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Claim claimOf(DocumentExtraction x, String textStart) {
        return x.claims().stream().filter(c -> c.text().startsWith(textStart)).findFirst().orElseThrow();
    }

    @Test
    void theHeadOfATitleIsTheRoleItGives() {
        assertThat(RoleHolders.heads("Former Secretary of State", ABBREVIATIONS)).containsExactly("secretary");
        assertThat(RoleHolders.heads("president and CEO of the Wendral Trust", ABBREVIATIONS)).containsExactly("president", "ceo");
        assertThat(RoleHolders.heads("Sen.", ABBREVIATIONS)).containsExactly("senator");
        assertThat(RoleHolders.heads("lawyer for the county", ABBREVIATIONS)).containsExactly("lawyer");
        assertThat(RoleHolders.heads("campaign manager", ABBREVIATIONS)).containsExactly("manager");
    }

    @Test
    void aRoleSpeaksAsTheOnePersonOfTheDocumentWhoHoldsIt() {
        DocumentExtraction x = Texts.extract("Judge Marisol Quenby opened the hearing in Pellworth on Monday.\n\n"
                + "The judge said the Tarrowby contract was void.", PUBLISHED);
        Claim c = claimOf(x, "the Tarrowby contract");
        assertThat(c.speakerName()).isEqualTo("The judge");
        assertThat(c.speaker()).isEqualTo(idOf(x, "Marisol Quenby"));
        // an abbreviated title holds the role written out
        DocumentExtraction sen = Texts.extract("Sen. Mirela Norcross voted against the Bexley bill on Tuesday.\n\n"
                + "The senator said the tax would hurt farmers in Pellworth.", PUBLISHED);
        Claim s = claimOf(sen, "the tax would hurt");
        assertThat(s.speakerName()).isEqualTo("The senator");
        assertThat(s.speaker()).isEqualTo(idOf(sen, "Mirela Norcross"));
    }

    @Test
    void aRoleThatTwoHoldOrNoneNamedBeforeStaysTheRole() {
        // two judges: either could have said it
        DocumentExtraction two = Texts.extract("Judge Marisol Quenby and Judge Orrin Feldway heard the Tarrowby case.\n\n"
                + "The judge said the contract was void.", PUBLISHED);
        Claim c = claimOf(two, "the contract was void");
        assertThat(c.speakerName()).isEqualTo("The judge");
        assertThat(c.speaker()).isNull();
        // the only judge is named after the saying
        DocumentExtraction later = Texts.extract("The judge said the Tarrowby contract was void.\n\n"
                + "Judge Marisol Quenby left Pellworth the next day.", PUBLISHED);
        assertThat(claimOf(later, "the Tarrowby contract").speaker()).isNull();
        // a role in the plural or with "a" is not that one person
        DocumentExtraction plural = Texts.extract("Judge Marisol Quenby opened the hearing in Pellworth on Monday.\n\n"
                + "A judge said the Tarrowby contract was void. The judges said the bond was too low.", PUBLISHED);
        assertThat(plural.claims()).extracting(Claim::speaker).containsOnlyNulls();
        // what only places a title ("a lawyer for the county") gives nobody the place's voice
        DocumentExtraction county = Texts.extract("Orrin Feldway, a lawyer for the county, filed the motion in Pellworth.\n\n"
                + "The county said the Tarrowby contract was void.", PUBLISHED);
        Claim k = claimOf(county, "the Tarrowby contract");
        assertThat(k.speakerName()).isEqualTo("The county");
        assertThat(k.speaker()).isNull();
    }

    @Test
    void aPronounAfterTheRoleIsThatPersonToo() {
        DocumentExtraction x = Texts.extract("Judge Marisol Quenby opened the hearing in Pellworth on Monday.\n\n"
                + "The judge said the Tarrowby contract was void. She said the bond was too low.", PUBLISHED);
        List<Claim> cs = x.claims();
        assertThat(cs).extracting(Claim::speaker).containsOnly(idOf(x, "Marisol Quenby"));
        assertThat(cs).hasSize(2);
    }

    private static Claim only(String text) {
        List<Claim> cs = Texts.extract(text, PUBLISHED).claims();
        assertThat(cs).hasSize(1);
        return cs.get(0);
    }

    @Test
    void peopleWhoSpeakTogetherAreOneGroupWhatEverQualifiesEach() {
        // each with a place after the name
        Claim places = only("Sens. Mirela Norcross of Pellworth County and Orrin Feldway of Bexley County also said they"
                + " would back the bill.");
        assertThat(places.speakerName()).isEqualTo("Mirela Norcross of Pellworth County and Orrin Feldway of Bexley County");
        // (the first one named stands for the pair, the phrase lists both: session 31, ww26)
        assertThat(places.speaker()).isNotNull();
        // each with an apposition in commas
        Claim appositions = only("Mirela Norcross, president of the Wendral Trust, and Orrin Feldway, co-founder of"
                + " Corvane Partners, said that the speech was bold.");
        assertThat(appositions.speakerName()).isEqualTo("Mirela Norcross, president of the Wendral Trust, and Orrin Feldway");
        // a body both belong to, after the last
        Claim body = only("In their new book, Mirela Norcross and Orrin Feldway of the University of Pellworth suggest that"
                + " the policy failed.");
        assertThat(body.speakerName()).isEqualTo("Mirela Norcross and Orrin Feldway of the University of Pellworth");
        // a list whose members each have an owner
        Claim owners = only("Instead, Halvern, Pellworth Radio's Mirela Norcross and Bexley News' Orrin Feldway argued that"
                + " the plan was naive.");
        assertThat(owners.speakerName()).isEqualTo("Halvern, Pellworth Radio's Mirela Norcross and Bexley News' Orrin Feldway");
    }

    @Test
    void aNameOnlyInsideAnotherPhraseJoinsNoGroup() {
        // the head of a body is not the body
        Claim head = only("The head of the Wendral Trust and Orrin Feldway said the plan was naive.");
        assertThat(head.speakerName()).isEqualTo("Orrin Feldway");
        // after "according to" and "with", a name is no conjunct
        Claim met = only("Mirela Norcross met with Orrin Feldway, the mayor, and Idrena Vask said the plan was naive.");
        assertThat(met.speakerName()).isEqualTo("Idrena Vask");
        // a lone speaker with an apposition stays that person
        Claim one = only("Mirela Norcross, president of the Wendral Trust, said that the speech was bold.");
        assertThat(one.speakerName()).isEqualTo("Mirela Norcross");
    }

    @Test
    void peopleWhoLabelAQuoteTogetherSayIt() {
        DocumentExtraction x = Texts.extract("The survey team wrote a note.\n\nPOLLS ENDED TOO EARLY - Mirela Norcross and"
                + " Orrin Feldway: \u201cThe polls ended too early and missed the late shift in Pellworth.\u201d [Gazette.]",
                PUBLISHED);
        assertThat(x.claims()).extracting(Claim::speakerName, Claim::text).containsExactly(org.assertj.core.api.Assertions
                .tuple("Mirela Norcross and Orrin Feldway", "The polls ended too early and missed the late shift in Pellworth."));
    }

    @Test
    void aPersonWithARoleOfABodySpeaksNotTheBody() {
        Claim c = only("Orrin Feldway, president and CEO of Wendral Partners stated, \u201cIt is not a political problem;"
                + " it is a math problem.\u201d");
        assertThat(c.speakerName()).isEqualTo("Orrin Feldway");
        // a relative clause is no role: the person in it is not drawn in
        assertThat(only("Orrin Feldway, who sued the president of Wendral Partners said the deal was void.").speakerName())
                .isNotEqualTo("Orrin Feldway");
    }

    @Test
    void asSomeonePutItSaysTheQuoteAfterIt() {
        assertThat(only("The trouble began early. As Professor Orrin Feldway put it: \u201cThe harbor does a better job"
                + " than the port.\u201d").speakerName()).isEqualTo("Orrin Feldway");
        assertThat(only("Back then, as county prosecutor Orrin Feldway put it, \u201cthere was not much to complain"
                + " about.\u201d")).extracting(Claim::speakerName, Claim::text)
                .containsExactly("Orrin Feldway", "there was not much to complain about.");
        // the words before "put it" are never what was put ("As Ann Lee, author of ''A Book,'' put it, …")
        assertThat(Texts.extract("As Orrin Feldway, professor of law at Pellworth and author of ''The Harbor Book,'' put"
                + " it, ''Senate leaders should remember that a deal today may be far better for them.''", PUBLISHED).claims())
                .extracting(Claim::text).containsExactly(
                        "Senate leaders should remember that a deal today may be far better for them.");
        // putting something somewhere says nothing
        assertThat(Texts.extract("Orrin Feldway put it on the table before the vote in Pellworth.", PUBLISHED).claims())
                .isEmpty();
    }

    @Test
    void aSecondAttributionJoinedByAndEndsTheFirstContent() {
        List<Claim> cs = Texts.extract("The Wendral council contends that the road is still safe, and Orrin Feldway, the"
                + " Pellworth road adviser, said his staff were preparing new plans.", PUBLISHED).claims();
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                org.assertj.core.api.Assertions.tuple("The Wendral council", "the road is still safe"),
                org.assertj.core.api.Assertions.tuple("Orrin Feldway", "his staff were preparing new plans"));
        // "and that …" goes on with the first speaker's words
        assertThat(only("Orrin Feldway said that the fund was empty, and that Mirela Norcross said nothing about it.").text())
                .isEqualTo("the fund was empty, and that Mirela Norcross said nothing about it");
    }

    @Test
    void theSameSubjectsSecondVerbOfSpeechEndsTheFirstContent() {
        assertThat(Texts.extract("Orrin Feldway called him divisive and accused him of hiding the harbor budget.", PUBLISHED)
                .claims()).extracting(Claim::speakerName, Claim::text).containsExactly(
                        org.assertj.core.api.Assertions.tuple("Orrin Feldway", "him divisive"),
                        org.assertj.core.api.Assertions.tuple("Orrin Feldway", "him of hiding the harbor budget"));
        // a verb after "and" inside what was said that is no saying of the subject stays in it
        assertThat(only("Orrin Feldway said the council voted on Monday and then announced the plan.").text())
                .isEqualTo("the council voted on Monday and then announced the plan");
    }
}
