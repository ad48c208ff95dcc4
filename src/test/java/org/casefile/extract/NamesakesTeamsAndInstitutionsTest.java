package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who when one name stands for several things (session 36 blind check): a company and its
 * founder's surname ("Wendlow Farms", "Odile Wendlow", then "Wendlow" alone), an institution named
 * after a person or a saint ("Fennimore Quarrel University", "St. Orlaith's Hospital"), a team by its
 * nickname ("Ravens"). Each entity as {@code TYPE:name = mention|mention}; names appear nowhere in
 * the corpus; hand-tagged sentences as in {@link SurnameReadingsTest}.
 */
class NamesakesTeamsAndInstitutionsTest {
    private static final LocalDate FRIDAY = LocalDate.of(2031, 5, 2);
    private static final EntityGrouper GROUPER = new EntityGrouper(Rules.load(TestPipelines.RULES));

    private static List<String> entities(String text) {
        return Texts.extract(text, FRIDAY).entities().stream()
                .map(e -> e.type() + ":" + e.name() + " = " + String.join("|", e.mentions().stream()
                        .map(Mention::text).toList()))
                .toList();
    }

    @Test
    void aSurnameThatAlsoOpensACompanysNameIsReadAtEachMentionFromWhatTheTextSaysOfIt() {
        // "'s founder", "is privately held", "Wendlow workers": the company; an age and "she": the founder
        assertThat(entities("Carrodine Foods agreed on Monday to buy Wendlow Farms. Wendlow's founder, Odile Wendlow, "
                + "will join the board. Wendlow is privately held. The union representing Wendlow workers said it "
                + "welcomed the deal. Odile Wendlow, 61, said she was proud."))
                .contains("ORGANIZATION:Wendlow Farms = Wendlow Farms|Wendlow|Wendlow|Wendlow",
                        "PERSON:Odile Wendlow = Odile Wendlow|Odile Wendlow");
    }

    @Test
    void aSurnameOfTheFounderAndTheCompanyThatNothingDecidesJoinsNeither() {
        List<String> both = entities("Tressider Pharma won approval for a new drug on Friday. Tressider expects sales "
                + "to begin in April. Hannelore Tressider, the chief executive, said the approval was a milestone.");
        assertThat(both).contains("ORGANIZATION:Tressider Pharma = Tressider Pharma",
                "PERSON:Hannelore Tressider = Hannelore Tressider");
        assertThat(both).noneMatch(e -> e.endsWith("|Tressider"));
        // no company of that name: the surname is the person's, as before
        assertThat(entities("Hannelore Tressider opened a bakery on Friday. Tressider expects sales to begin in April."))
                .contains("PERSON:Hannelore Tressider = Hannelore Tressider|Tressider");
    }

    @Test
    void whichOrWhoAfterACommaSharesOfAndAChairmanTellTheCompanyFromTheFounder() {
        assertThat(entities("Harrowmere Textiles said on Monday it had hired a new chief executive. Harrowmere's chairman, "
                + "Bertil Harrowmere, said he would step down next year. Harrowmere, which was founded in 1921, employs 400 "
                + "people. Shares of Harrowmere rose 5 percent."))
                .containsExactly("ORGANIZATION:Harrowmere Textiles = Harrowmere Textiles|Harrowmere|Harrowmere|Harrowmere",
                        "PERSON:Bertil Harrowmere = Bertil Harrowmere");
        // "'s chief executive" and shares that rise are the company's
        assertThat(entities("Ambrevil Cosmetics was sold on Monday. Ambrevil's chief executive, Lotte Ambrevil, said she "
                + "would stay on. Ambrevil shares rose 12 percent."))
                .containsExactly("ORGANIZATION:Ambrevil Cosmetics = Ambrevil Cosmetics|Ambrevil|Ambrevil",
                        "PERSON:Lotte Ambrevil = Lotte Ambrevil");
        // "who": the founder; a sentence that says nothing of which one it is joins neither
        assertThat(entities("Designer Oona Velasquine founded Velasquine Studios in 2001. Velasquine, who is 52, said she had "
                + "no plans to sell. Velasquine reported record sales last year."))
                .contains("PERSON:Oona Velasquine = Oona Velasquine|Velasquine",
                        "ORGANIZATION:Velasquine Studios = Velasquine Studios");
    }

    @Test
    void aSurnameBeforeANounTheInstitutionNamedAfterSomeoneHasIsTheInstitution() {
        assertThat(entities("Students at Agatha Dunsworth Middle School raised $5,000 for the flood victims. Dunsworth "
                + "teachers helped them organise the sale."))
                .contains("ORGANIZATION:Agatha Dunsworth Middle School = Agatha Dunsworth Middle School|Dunsworth")
                .noneMatch(e -> e.startsWith("PERSON"));
    }

    @Test
    void aSaintsNameThatNamesAHospitalIsNoPerson() {
        assertThat(entities("Patients were moved from St. Orlaith's Hospital on Thursday after a fire. A spokeswoman for "
                + "St. Orlaith's said no one was hurt."))
                .containsExactly("LOCATION:St. Orlaith's Hospital = St. Orlaith's Hospital|St. Orlaith");
    }

    @Test
    void aPersonsNameThatOpensAUniversitysNameIsTheUniversityUnlessTheTextReadsItAsAPersons() {
        assertThat(entities("Fennimore Quarrel University said on Friday it would raise fees. A spokesman for "
                + "Fennimore Quarrel said the rise was needed."))
                .containsExactly("ORGANIZATION:Fennimore Quarrel University = Fennimore Quarrel University|Fennimore Quarrel");
        // "she": the founder the foundation is named after
        assertThat(entities("The Ilsa Brodowin Foundation gave $2 million to the library on Friday. Ilsa Brodowin said "
                + "she hoped the money would pay for new books."))
                .contains("ORGANIZATION:Ilsa Brodowin Foundation = Ilsa Brodowin Foundation",
                        "PERSON:Ilsa Brodowin = Ilsa Brodowin");
    }

    @Test
    void aTeamsNicknameAloneIsTheTeam() {
        assertThat(entities("The Kestrel Moor Ravens beat the Dunmere Otters 3-1 on Saturday. Ravens coach Ines Palomba "
                + "said the team had played its best game of the season."))
                .contains("ORGANIZATION:Kestrel Moor Ravens = Kestrel Moor Ravens|Ravens");
    }

    @Test
    void aPluralThatNamesTheMembersOfManyBodiesIsNoNickname() {
        DocumentEntities e = GROUPER.group(SurnameReadingsTest.tagged(
                "The/DT/O Young/NNP/ORGANIZATION Democrats/NNPS/ORGANIZATION of/IN/O Tarrowmere/NNP/LOCATION met/VBD/O/meet ./././O",
                "Democrats/NNPS/ORGANIZATION in/IN/O the/DT/O county/NN/O said/VBD/O/say they/PRP/O would/MD/O vote/VB/O ./././O",
                "The/DT/O Hallerby/NNP/ORGANIZATION Lynxes/NNPS/ORGANIZATION won/VBD/O/win ./././O",
                "Lynxes/NNPS/ORGANIZATION coach/NN/O Ines/NNP/PERSON Palomba/NNP/PERSON said/VBD/O/say so/RB/O ./././O"));
        assertThat(e.entities().stream().map(x -> x.name() + "=" + x.mentions().size()).toList())
                .contains("Young Democrats=1", "Democrats=1", "Hallerby Lynxes=2");
    }
}
