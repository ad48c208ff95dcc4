package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Stance;
import org.casefile.ingest.Citation;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what, on sentences written for each attribution form. The names and places are
 * invented and appear nowhere in the corpus or the shared development data.
 */
class ClaimRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    private static Claim only(String text) {
        List<Claim> claims = claims(text);
        assertThat(claims).as("claims of %s", text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aQuoteThenATitledNameSaid() {
        Claim c = only("\u201cThe commissioner sold the harbor contracts to his friends,\u201d U.S. Attorney Marisol Etxeberria said.");
        assertThat(c.kind()).isEqualTo(ClaimKind.QUOTE);
        assertThat(c.speakerName()).isEqualTo("Marisol Etxeberria");
        assertThat(c.speaker()).isNotNull();
        assertThat(c.text()).isEqualTo("The commissioner sold the harbor contracts to his friends,");
        assertThat(c.citations()).extracting(Citation::text).containsExactly(c.text());
    }

    @Test
    void aClauseBetweenCommasBeforeAnInvertedSaidIsWhatWasSaidNoApposition() {
        Claim c = only("The cannery, which employs 90 divers, will shut down if the permit lapses, said Harbor "
                + "Commissioner Oriel Vantreece.");
        assertThat(c.speakerName()).isEqualTo("Oriel Vantreece");
        assertThat(c.text()).isEqualTo("The cannery, which employs 90 divers, will shut down if the permit lapses");
        // an apposition without a verb of its own still names the speaker before it
        Claim d = only("Oriel Vantreece, the harbor commissioner, said the cannery would shut down.");
        assertThat(d.speakerName()).isEqualTo("Oriel Vantreece");
        assertThat(d.text()).isEqualTo("the cannery would shut down");
        // a name after "said" whose apposition goes on with a verb is what was said
        Claim e = only("Tove Hallick, who chairs the board, said Perrin Osgold, the treasurer, had quit.");
        assertThat(e.speakerName()).isEqualTo("Tove Hallick");
        assertThat(e.text()).isEqualTo("Perrin Osgold, the treasurer, had quit");
        // the inverted source may carry an apposition that ends the sentence
        Claim f = only("The cannery will shut down if the permit lapses, said Oriel Vantreece, the harbor commissioner.");
        assertThat(f.speakerName()).isEqualTo("Oriel Vantreece");
        assertThat(f.text()).isEqualTo("The cannery will shut down if the permit lapses");
    }

    @Test
    void aSurnameAloneSpeaksForTheFullNameIntroducedEarlier() {
        DocumentExtraction x = Texts.extract("Council President Tobias Quenby called the vote a disgrace.\n\n"
                + "\"We were never shown the harbor budget,\" Quenby said.", PUBLISHED);
        Claim c = x.claims().stream().filter(cl -> cl.kind() == ClaimKind.QUOTE).findFirst().orElseThrow();
        Entity quenby = x.entities().stream().filter(e -> e.name().equals("Tobias Quenby")).findFirst().orElseThrow();
        assertThat(c.speakerName()).isEqualTo("Quenby");
        assertThat(c.speaker()).isEqualTo(quenby.id());
    }

    @Test
    void theSubjectOfASayingClauseIsThePersonTheTitledPhraseEndsOn() {
        Claim c = only("Harbor Board Chairman Orrin Vastagh issued a statement saying the dredging contract was void.");
        assertThat(c.speakerName()).isEqualTo("Orrin Vastagh");
        assertThat(c.text()).isEqualTo("the dredging contract was void");
        // a fronted phrase holds no subject, even when it names someone
        Claim d = only("After the ruling on Orrin Vastagh\u2019s appeal, Mayor Dana Prewitt issued a statement saying the harbor would reopen.");
        assertThat(d.speakerName()).isEqualTo("Dana Prewitt");
        // the comma before "telling" may close a quote; the listeners never speak
        Claim e = only("Tobin Ferrald hailed the vote as \u201cfantastic,\u201d telling reporters on Friday that the harbor would reopen.");
        assertThat(e.speakerName()).isEqualTo("Tobin Ferrald");
        assertThat(e.text()).isEqualTo("the harbor would reopen");
    }

    @Test
    void aPossessiveChainSpeaksForItsLastPersonAndAPlaceOnlySaysWhichOne() {
        Claim c = only("\u201cThe harbor is closed,\u201d said Mayor Prewitt\u2019s top aide Tobin Ferrald.");
        assertThat(c.speakerName()).isEqualTo("Tobin Ferrald");
        Claim d = only("Council Chairman Tamsin Quarrington of Thessaly said she was outraged by the harbor vote.");
        assertThat(d.speakerName()).isEqualTo("Tamsin Quarrington");
        assertThat(d.text()).isEqualTo("she was outraged by the harbor vote");
    }

    @Test
    void aSentenceThatIsOnlyAnAttributionSaysTheQuoteNextToIt() {
        List<Claim> cs = claims("The council met on Monday.\n\n"
                + "\u201cWho pays for the dredging?\u201d Tobin Ferrald said. \u201cNobody has told us.\u201d\n\n"
                + "\u201cIs the channel safe?\u201d asked Tamsin Quarrington of Thessaly, who backs the bill.\n\n"
                + "Harbor pilot Ysolde Brevik said:\n\n\u201cThe channel is silting up again.\u201d");
        // the stance in the relative clause on the source is hers too ("who backs the bill")
        assertThat(cs).extracting(Claim::speakerName, Claim::text, Claim::kind).containsExactly(
                tuple("Tobin Ferrald", "Who pays for the dredging? Nobody has told us.", ClaimKind.QUOTE),
                tuple("Tamsin Quarrington", "Is the channel safe?", ClaimKind.QUOTE),
                tuple("Tamsin Quarrington", "backs the bill", ClaimKind.REPORTED),
                tuple("Ysolde Brevik", "The channel is silting up again.", ClaimKind.QUOTE));
    }

    @Test
    void aQuestionInAnEarlierParagraphIsNotTheNextSentencesQuote() {
        List<Claim> cs = claims("\u201cWho pays for the dredging?\u201d\n\nTobin Ferrald said.");
        assertThat(cs).extracting(Claim::speakerName).doesNotContain("Tobin Ferrald");
    }

    @Test
    void aPronounSpeaksForTheNearestEarlierPersonItsGenderAllows() {
        List<Claim> cs = claims("Harbor news\n\n\u201cThe channel is closed,\u201d said James Vastagh.\n\n"
                + "Margaret Quarrington, the harbor pilot, disagreed at the meeting.\n\n"
                + "She said the channel was safe.\n\nHe said the pilots were wrong.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("James Vastagh", "The channel is closed,"),
                tuple("Margaret Quarrington", "the channel was safe"),
                tuple("James Vastagh", "the pilots were wrong"));
    }

    @Test
    void aGivenNameOffCoreNlpsShortGenderListsStillTellsThePronounsGender() {
        // "Helena" and "Ingrid" are on CoreNLP's coreference name list, not on its short gender lists
        String text = "Mayor Desmond Oakridge of Quillfield was indicted on Tuesday.\n\n"
                + "\u201cThe mayor sold the city\u2019s contracts,\u201d U.S. Attorney Helena Brannagh said.\n\n"
                + "If convicted, Oakridge could face 20 years in prison. He told reporters outside the courthouse "
                + "that he would not resign.\n\nCouncil President Ingrid Salter spoke next. He said the council "
                + "had failed the city.";
        List<Claim> cs = claims(text);
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("Helena Brannagh", "The mayor sold the city\u2019s contracts,"),
                // "he" is the mayor, named last by his surname (read as a person though the tagger said organisation)
                tuple("Oakridge", "he would not resign"),
                // not Ingrid Salter: "he" skips her and goes back to the mayor
                tuple("Oakridge", "the council had failed the city"));
        String mayor = Texts.extract(text, PUBLISHED).entities().stream()
                .filter(e -> e.name().equals("Desmond Oakridge")).findFirst().orElseThrow().id();
        assertThat(cs.get(1).speaker()).isEqualTo(mayor);
        assertThat(cs.get(2).speaker()).isEqualTo(mayor);
    }

    @Test
    void theContentStartsAfterTheTimeOfTheSayingAndAnObjectEndsBeforeTheSpeakersNextPredicate() {
        Claim said = only("Torvane Mills Inc. said on Monday it had agreed to acquire a grain processor.");
        assertThat(said.text()).isEqualTo("it had agreed to acquire a grain processor");
        // negative: a time inside a longer phrase is no place to start the content
        Claim hearing = only("Roslyn Achterberg said at Tuesday's hearing that the company would appeal.");
        assertThat(hearing.text()).isEqualTo("the company would appeal");
        Claim denied = only("Oswin Trabert denied any wrongdoing and has not been charged.");
        assertThat(denied.speakerName()).isEqualTo("Oswin Trabert");
        assertThat(denied.text()).isEqualTo("any wrongdoing");
        // negative: a second verb inside the content clause stays in it
        Claim both = only("Oswin Trabert said he was tired and would resign.");
        assertThat(both.text()).isEqualTo("he was tired and would resign");
    }

    @Test
    void theNameInAnAppositionSpeaksNotTheRoleBeforeIt() {
        Claim c = only("His lawyer, Daniel Okonkwo, said the charges were politically motivated.");
        assertThat(c.kind()).isEqualTo(ClaimKind.REPORTED);
        assertThat(c.speakerName()).isEqualTo("Daniel Okonkwo");
        assertThat(c.text()).isEqualTo("the charges were politically motivated");
    }

    @Test
    void theNameBeforeAnAppositionSpeaks() {
        Claim c = only("Idris Fenwick, a lawyer for the county, said the dredging contract was lawful.");
        assertThat(c.speakerName()).isEqualTo("Idris Fenwick");
        assertThat(c.text()).isEqualTo("the dredging contract was lawful");
    }

    @Test
    void aPossessiveChainSpeaksForTheNamedPerson() {
        Claim c = only("The commissioner's wife, Annika Quenby, said the family was stunned by the arrest.");
        assertThat(c.speakerName()).isEqualTo("Annika Quenby");
    }

    @Test
    void toldSomeoneThatStartsTheContentAfterTheListener() {
        Claim c = only("Tobias Quenby told reporters outside the courthouse that he would not resign his seat.");
        assertThat(c.speakerName()).isEqualTo("Tobias Quenby");
        assertThat(c.text()).isEqualTo("he would not resign his seat");
    }

    @Test
    void aSplitQuoteIsOneClaimWithTwoCitations() {
        Claim c = only("\"We will appeal the ruling,\" Marisol Etxeberria said, \"and we expect to win in Harrowgate.\"");
        assertThat(c.speakerName()).isEqualTo("Marisol Etxeberria");
        assertThat(c.citations()).extracting(Citation::text)
                .containsExactly("We will appeal the ruling,", "and we expect to win in Harrowgate.");
    }

    @Test
    void aColonBeforeTheQuote() {
        Claim c = only("Idris Fenwick said: \"The county has nothing to hide from the auditors.\"");
        assertThat(c.speakerName()).isEqualTo("Idris Fenwick");
        assertThat(c.kind()).isEqualTo(ClaimKind.QUOTE);
        assertThat(c.text()).isEqualTo("The county has nothing to hide from the auditors.");
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneClaim() {
        Claim c = only("Idris Fenwick said: \"The audit found nothing unusual in the harbor accounts.\n\n"
                + "\"We will publish every page of it next week.\"");
        assertThat(c.speakerName()).isEqualTo("Idris Fenwick");
        assertThat(c.citations()).hasSize(2);
    }

    @Test
    void aPronounSpeakerIsThePersonTheTextLastNamed() {
        List<Claim> claims = claims("Marisol Etxeberria spoke for an hour at the hearing in Harrowgate.\n\n"
                + "\"The evidence against the commissioner is overwhelming,\" she said.");
        assertThat(claims).extracting(Claim::speakerName).containsExactly("Marisol Etxeberria");
    }

    @Test
    void accordingToAtTheFrontAndAtTheEnd() {
        assertThat(only("According to Tobias Quenby, the harbor fund was empty by March.").text())
                .isEqualTo("the harbor fund was empty by March");
        Claim end = only("The harbor fund was empty by March, according to Tobias Quenby.");
        assertThat(end.speakerName()).isEqualTo("Tobias Quenby");
        assertThat(end.text()).isEqualTo("The harbor fund was empty by March");
    }

    @Test
    void aRoleOrADocumentSpeaksAsItselfWithNoEntity() {
        Claim officials = only("Officials said the harbor road would reopen after the storm.");
        assertThat(officials.speakerName()).isEqualTo("Officials");
        assertThat(officials.speaker()).isNull();
        Claim indictment = only("The indictment says the commissioner accepted bribes from three dredging firms.");
        assertThat(indictment.speakerName()).isEqualTo("The indictment");
        assertThat(indictment.speaker()).isNull();
        assertThat(indictment.stance()).isEqualTo(Stance.ALLEGATION);
    }

    @Test
    void stanceFollowsWhoSpeaksAndHow() {
        assertThat(claims("Prosecutors said Tobias Quenby took bribes from the dredging firms.\n\n"
                + "The judge found that the harbor contract was void from the start.\n\n"
                + "Tobias Quenby denied that he had taken any money from the firms.\n\n"
                + "\"The auditors found nothing, and they looked everywhere,\" said Idris Fenwick, his lawyer.\n\n"
                + "Idris Fenwick said the mayor denied all wrongdoing in the matter."))
                .extracting(Claim::speakerName, Claim::stance)
                .containsExactly(
                        tuple("Prosecutors", Stance.ALLEGATION),
                        tuple("The judge", Stance.FINDING),
                        tuple("Tobias Quenby", Stance.DENIAL),
                        tuple("Idris Fenwick", Stance.STATEMENT),
                        tuple("Idris Fenwick", Stance.STATEMENT));
    }

    @Test
    void headlinesScareQuotesAndFindingThingsAreNoClaims() {
        assertThat(claims("Harbor chief says \"nothing to hide\" as audit widens\n\n"
                + "The plan, a \"bold step\" for the harbor, passed on Tuesday.\n\n"
                + "Police found the commissioner's car near the Harrowgate bridge on Monday.")).isEmpty();
    }

    @Test
    void aQuoteWithoutAnyAttributionHasNoSpeaker() {
        Claim c = only("The banner over the harbor gate read \"return the money to the people of Harrowgate\" in red letters.");
        assertThat(c.speaker()).isNull();
        assertThat(c.speakerName()).isNull();
    }

    @Test
    void intentionsAndThatClausesOfOtherVerbs() {
        assertThat(claims("Tobias Quenby vowed to repeal the harbor tax within a year.\n\n"
                + "Idris Fenwick worried that the auditors would miss the second ledger."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(
                        tuple("Tobias Quenby", "to repeal the harbor tax within a year"),
                        tuple("Idris Fenwick", "the auditors would miss the second ledger"));
    }

    @Test
    void aVerbOfIntentionOrReplySaysOnlyWhatItsOwnClauseSays() {
        // the refusal and the answer are acts, not statements; the words before them are nobody's
        assertThat(claims("On May 2, the board asked Brannoc Lasseter to step down. The next day, he refused.\n\n"
                + "Outside the depot, Brannoc Lasseter did not answer questions about the freight contract.\n\n"
                + "After the hearing, Wenna Tolliver declined."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the board", "to step down"));
        // with their own clause they still attribute
        assertThat(claims("Brannoc Lasseter refused to sign the freight contract.\n\n"
                + "Wenna Tolliver answered that the depot would stay open."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Brannoc Lasseter", "to sign the freight contract"),
                        tuple("Wenna Tolliver", "the depot would stay open"));
    }

    @Test
    void whatASourceSaysEndsWhereAnotherSourceIsNamed() {
        // an aside that a comma closes ends nothing
        assertThat(claims("Wenna Tolliver said the fund, according to auditors, was empty."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Wenna Tolliver", "the fund, according to auditors, was empty"));
        // at the end of the sentence the aside's source still speaks
        assertThat(claims("The depot's fund was empty by June, according to auditors."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("auditors", "The depot's fund was empty by June"));
        // the papers report the agreement; the bookkeeper's commitment does not run on into them
        assertThat(claims("Wenna Tolliver, the bookkeeper at the center of the case, has agreed to cooperate with "
                + "prosecutors, according to court papers filed last week."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("court papers filed last week", "Wenna Tolliver, the bookkeeper at the center "
                        + "of the case, has agreed to cooperate with prosecutors"));
    }

    @Test
    void aDatelineIsNoPartOfWhatTheSourceSays() {
        Claim c = only("HARROWGATE, Ore. (AP) \u2014 The harbor commissioner resigned on Monday after the audit, city officials said.");
        assertThat(c.speakerName()).isEqualTo("city officials");
        assertThat(c.text()).isEqualTo("The harbor commissioner resigned on Monday after the audit");
    }

    @Test
    void aVerbWhoseObjectIsTheStance() {
        Claim c = only("The council called the dredging plan a disgrace for the whole harbor.");
        assertThat(c.speakerName()).isEqualTo("The council");
        assertThat(c.text()).isEqualTo("the dredging plan a disgrace for the whole harbor");
    }
    @Test
    void aQuoteNoVerbAttributesIsSaidByTheSubjectOfItsSentence() {
        List<Claim> cs = claims("Harbor news\n\n\u201cThe channel is closed,\u201d said Ysolde Brevik.\n\n"
                + "Tobin Ferrald thanked the council for \u201cfinally dredging the channel after years of delay.\u201d\n\n"
                + "As Tamsin Quarrington put it, \u201cthe channel is silting up faster than anyone can dredge it.\u201d\n\n"
                + "More from Margaret Okonkwo: \u201cThe harbor budget was never shown to the council.\u201d\n\n"
                + "Dana Prewitt continued:\n\n\u201cNobody has told us who pays for the dredging this year.\u201d");
        assertThat(cs).extracting(Claim::speakerName, Claim::kind).containsExactly(
                tuple("Ysolde Brevik", ClaimKind.QUOTE),
                tuple("Tobin Ferrald", ClaimKind.QUOTE),
                tuple("Tamsin Quarrington", ClaimKind.QUOTE),
                tuple("Margaret Okonkwo", ClaimKind.QUOTE),
                tuple("Dana Prewitt", ClaimKind.QUOTE));
    }

    @Test
    void aNameThatIsNotTheSubjectDoesNotSpeakAnUnattributedQuote() {
        // the name only owns the subject, or sits inside it, or is the listener: the quote stays unattributed
        List<Claim> cs = claims("Harbor news\n\n"
                + "Tobin Ferrald\u2019s critics pointed at \u201ca giveaway to the developers who fund his campaign.\u201d\n\n"
                + "The critics of Ysolde Brevik pointed at \u201ca giveaway to the developers who fund the council.\u201d\n\n"
                + "The union delivered a blunt message to Dana Prewitt: \u201cThe harbor stays closed until the budget is shown.\u201d");
        assertThat(cs).hasSize(3);
        // (the one who delivers a message before a colon says it, never its listener: session 31)
        assertThat(cs).extracting(Claim::speakerName).containsExactly(null, null, "The union");
    }

    @Test
    void theSubjectOfAPassiveDoesNotSpeakTheQuoteAfterIt() {
        // charged with, fined for: the words are someone else's; the subject's own verb still gives the speaker
        List<Claim> cs = claims("Harbor news\n\n"
                + "Tobin Ferrald was charged with \u201creckless endangerment of the harbor crews and their boats.\u201d\n\n"
                + "Ysolde Brevik was later fined for \u201ca pilot error nobody on the council wants to cross.\u201d\n\n"
                + "Dana Prewitt thanked the crews for \u201ckeeping the channel open through the whole winter.\u201d");
        assertThat(cs).extracting(Claim::speakerName).containsExactly(null, null, "Dana Prewitt");
    }
    @Test
    void sourcesPastAdverbsAdjunctsPartyLabelsAndPassiveAgents() {
        List<Claim> cs = claims("Harbor news\n\n"
                + "Asked whether the channel was safe, Mr. Vastagh said the pilots knew it well.\n\n"
                + "Harbor pilot Ysolde Brevik has also broadly called for a full audit of the dredging contracts.\n\n"
                + "Tobin Ferrald in a blog post said he would put more pilots on the night shift.\n\n"
                + "Sen. Dana Prewitt, R-Ore., appearing on a radio show after the vote, said the council failed the harbor.\n\n"
                + "Margaret Okonkwo was asked by moderator Tamsin Quarrington whether the dredging would cost too much.");
        // what was asked has no source: the asker is unnamed, the one asked answers
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple(null, "whether the channel was safe"),
                tuple("Vastagh", "the pilots knew it well"),
                tuple("Ysolde Brevik", "a full audit of the dredging contracts"),
                tuple("Tobin Ferrald", "he would put more pilots on the night shift"),
                tuple("Dana Prewitt", "the council failed the harbor"),
                tuple("Tamsin Quarrington", "whether the dredging would cost too much"));
    }

    @Test
    void aNounInLyStaysTheSourceAndThePassivesListenerNeverSpeaks() {
        List<Claim> cs = claims("Harbor news\n\n"
                + "The family said the channel was safe for the pilots.\n\n"
                + "Margaret Okonkwo was told by her lawyer that the dredging would cost too much.");
        // the listener of a passive never speaks
        assertThat(cs).extracting(Claim::speakerName).containsExactly("The family", "her lawyer");
    }
    @Test
    void aFrontedClauseKeepsItsOwnContentAndTheQuoteAfterAColonIsTheMainSpeakers() {
        List<Claim> cs = claims("Harbor news\n\n"
                + "When Dana Prewitt suggested that the county would sue the harbor board, Tobin Ferrald fired back"
                + " forcefully: \"If they sue us in a court in Thessaly, they are going to lose,\" he said.\n\n"
                + "Asked if the channel was safe, Ysolde Brevik responded: \"I guess so.\"");
        assertThat(cs).extracting(Claim::speakerName, Claim::kind, Claim::text).containsExactly(
                tuple("Dana Prewitt", ClaimKind.REPORTED, "the county would sue the harbor board"),
                tuple("Tobin Ferrald", ClaimKind.QUOTE, "If they sue us in a court in Thessaly, they are going to lose,"),
                tuple(null, ClaimKind.REPORTED, "if the channel was safe"),
                tuple("Ysolde Brevik", ClaimKind.QUOTE, "I guess so."));
    }

    @Test
    void aQuoteWithItsOwnAttributionIsNeverTheSecondHalfOfTheQuoteBefore() {
        List<Claim> cs = claims("Harbor news\n\n\"The harbor will reopen soon,\" Tamsin Quarrington said."
                + " \"If it does, the pilots will celebrate,\" Ysolde Brevik said.\n\n\"Denver,\" Tobin Ferrald answered.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("Tamsin Quarrington", "The harbor will reopen soon,"),
                tuple("Ysolde Brevik", "If it does, the pilots will celebrate,"),
                tuple("Tobin Ferrald", "Denver,"));
    }
    @Test
    void aPersonOfAPlaceOrBodySpeaksEvenPastItsWordsAndCommas() {
        List<Claim> cs = claims("Harbor news\n\n"
                + "Ysolde Brevik of Thessaly, Delaware says the channel is silting up again.\n\n"
                + "Tobin Ferrald of the conservative Harbor Review said the dredging contract was void.\n\n"
                + "A spokesman for the Harbor Review said the board would meet on Friday.");
        // a spokesman for a body speaks for the body, never for a person named before
        assertThat(cs).extracting(Claim::speakerName).containsExactly("Ysolde Brevik", "Tobin Ferrald", "Harbor Review");
    }

    @Test
    void coordinatedSourcesSpeakTogetherAndNoOneOfThemAlone() {
        Claim c = only("The council met on Monday.\n\nTamsin Quarrington and Orrin Vastagh said the harbor would close next spring.");
        assertThat(c.speakerName()).isEqualTo("Tamsin Quarrington and Orrin Vastagh");
        // (the first one named stands for the pair, the phrase lists both: session 31, ww26)
        assertThat(c.speaker()).isNotNull();
        Claim d = only("The council met on Monday.\n\n\u201cThe harbor is closed,\u201d said Tamsin Quarrington and Orrin Vastagh.");
        assertThat(d.speakerName()).isEqualTo("Tamsin Quarrington and Orrin Vastagh");
        assertThat(d.speaker()).isEqualTo(c.speaker());
        Claim e = only("The council met on Monday.\n\nQuarrington, Vastagh and Brevik argued that the ferry plan was flawed.");
        assertThat(e.speakerName()).isEqualTo("Quarrington, Vastagh and Brevik");
        assertThat(e.speaker()).isNotNull();
        // no name where none speaks: two common nouns stay the role that ends the phrase
        Claim f = only("The council met on Monday.\n\nThe harbor pilots and the council said the channel was unsafe.");
        assertThat(f.speakerName()).isEqualTo("the council");
        assertThat(f.speaker()).isNull();
        // a comma before "and" joins clauses, not speakers
        List<Claim> g = claims("Ysolde Brevik met Tobin Ferrald on Monday, and Ferrald said the ferry would stop in May.");
        assertThat(g).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ferrald", "the ferry would stop in May"));
    }

    @Test
    void aPassiveSpeechVerbWithNoAgentNeverMakesTheListenerSpeak() {
        Claim c = only("Tobin Ferrald was told that the ferry would stop in the spring.");
        assertThat(c.text()).isEqualTo("the ferry would stop in the spring");
        assertThat(c.speaker()).isNull();
        assertThat(c.speakerName()).isNull();
        Claim d = only("Tobin Ferrald was asked whether the ferry would stop in the spring.");
        assertThat(d.speakerName()).isNull();
        Claim e = only("The council met on Monday.\n\n\u201cWho pays for the ferry?\u201d Tobin Ferrald was asked.");
        assertThat(e.text()).isEqualTo("Who pays for the ferry?");
        assertThat(e.speakerName()).isNull();
        // a passive with no mark of what was said says nothing ("was declared the winner")
        List<Claim> f = claims("Shortly after Quarrington was declared the winner in Thessaly, Ferrald told a cheering "
                + "crowd at the pier that he expects to win the next vote.");
        assertThat(f).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ferrald", "he expects to win the next vote"));
        // with an agent, the agent speaks, past the body that only says which one it is
        assertThat(only("Margaret Okonkwo was asked by Harbor Gazette columnist Tamsin Quarrington whether the ferry "
                + "would stop in May.").speakerName()).isEqualTo("Tamsin Quarrington");
        // the active form still speaks
        assertThat(only("Tobin Ferrald said that the ferry would stop in the spring.").speakerName()).isEqualTo("Tobin Ferrald");
    }

    @Test
    void aTranscriptLabelSpeaksForTheFirstPersonOfItsParagraph() {
        DocumentExtraction x = Texts.extract("Mayor Dana Prewitt spoke on Monday.\n\n"
                + "PREWITT: I think the ferry is closing. It is a loss for the town.\n\n"
                + "HOST: Do you think the council will act before the vote?\n\n"
                + "PREWITT: I believe they will. We have told them that the channel is too shallow.", PUBLISHED);
        Entity prewitt = x.entities().stream().filter(e -> e.name().equals("Dana Prewitt")).findFirst().orElseThrow();
        assertThat(x.claims()).extracting(Claim::speakerName, Claim::speaker, Claim::text).containsExactly(
                tuple("PREWITT", prewitt.id(), "the ferry is closing"),
                tuple(null, null, "the council will act before the vote?"),
                tuple("PREWITT", prewitt.id(), "the channel is too shallow"));
        // outside a transcript, "I" is the writer: never the person named last
        List<Claim> y = claims("Tobin Ferrald spoke to the council on Monday.\n\n"
                + "I think the ferry will stop in the spring, and the council knows it.");
        assertThat(y).extracting(Claim::speakerName, Claim::speaker).containsExactly(tuple(null, null));
        // a label that names no person of the story is no speaker
        List<Claim> z = claims("Tobin Ferrald spoke to the council on Monday.\n\nUPDATE: I think the ferry will stop in May.");
        assertThat(z).extracting(Claim::speakerName).containsOnlyNulls();
    }

    @Test
    void aQuoteThatEndsWithAFullStopBelongsToTheAttributionAfterIt() {
        List<Claim> cs = claims("Tobin Ferrald spoke to the council on Monday.\n\n"
                + "\u201cThe ferry is finished and nobody will bring it back.\u201d Ferrald said.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ferrald", "The ferry is finished and nobody will bring it back."));
        // a quote inside another's sentence is not what the next speaker says
        List<Claim> ds = claims("Ysolde Brevik called the vote \u201ca disgrace.\u201d Tobin Ferrald said it was fair.");
        assertThat(ds).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("Ysolde Brevik", "the vote \u201ca disgrace.\u201d"), tuple("Tobin Ferrald", "it was fair"));
    }

    @Test
    void aPhraseAfterAPrepositionOnlyModifiesTheSourceBeforeIt() {
        Claim c = only("Several harbor pilots on the night shift said the channel was unsafe for the ferry.");
        assertThat(c.speakerName()).isEqualTo("Several harbor pilots on the night shift");
        assertThat(c.speaker()).isNull();
        Claim d = only("\u201cThe ferry will stop in May,\u201d a pilot in Thessaly said.");
        assertThat(d.speakerName()).isEqualTo("a pilot in Thessaly");
        assertThat(d.speaker()).isNull();
    }

    @Test
    void aFrontedParticipleIsNoAttributionAndTheMainVerbsSubjectSpeaks() {
        assertThat(claims("When asked why, Tobin Ferrald said the ferry would stop in May."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("Tobin Ferrald", "the ferry would stop in May"));
        assertThat(claims("Asked a question about the ferry, Ysolde Brevik said it would stop in May."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple("Ysolde Brevik", "it would stop in May"));
    }

    @Test
    void aQuoteSignedOnTheNextLineByADashBelongsToTheSigner() {
        List<Claim> cs = claims("The council voted on Monday.\n\n"
                + "\u201cThe ferry is finished and nobody will bring it back to the island.\u201d\n\n"
                + "- Tobin Ferrald.\n\nThe pilots left.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tobin Ferrald", "The ferry is finished and nobody will bring it back to the island."));
        // a line that goes on after the name is a sentence of its own, not a signature
        List<Claim> ds = claims("The council voted on Monday.\n\n"
                + "\u201cThe ferry is finished and nobody will bring it back to the island.\u201d\n\n"
                + "- Tobin Ferrald walked out of the hall before the vote was read.");
        assertThat(ds).extracting(Claim::speakerName).containsOnlyNulls();
    }

    @Test
    void aQuoteEndingInAQuestionMarkAndACommaBelongsToTheSpeakerAfterIt() {
        List<Claim> cs = claims("The council voted on Monday.\n\n"
                + "\u201cI thought they would give us a ferry. Would that have been great?,\u201d Tobin Ferrald said.\n\n"
                + "\u201cIf they were serious about the ferry, they would have asked us first,\u201d Ysolde Brevik fumed on Tuesday.");
        assertThat(cs).extracting(Claim::speakerName).containsExactly("Tobin Ferrald", "Ysolde Brevik");
        // a verb of manner needs a quote or a clause: pressing a button says nothing
        assertThat(claims("Tobin Ferrald pressed the button on the ferry ramp.")).isEmpty();
    }

    @Test
    void anAgeAndARoleInCommasStillLeadToThePersonBeforeThem() {
        Claim c = only("\u201cThe ferry was the only way to the island,\u201d Ysolde Brevik, 67, a retired harbor pilot "
                + "in Thessaly, said on Monday.");
        assertThat(c.speakerName()).isEqualTo("Ysolde Brevik");
        assertThat(c.speaker()).isNotNull();
    }

    @Test
    void aPersonOfABodyAfterTheVerbSpeaksNotTheBody() {
        Claim c = only("\u201cThe ferry terminal will close by winter,\u201d said Tomas Okonjo of the Brindlewood Institute.");
        assertThat(c.speakerName()).isEqualTo("Tomas Okonjo");
        Claim d = only("\u201cThe ferry terminal will close by winter,\u201d said Sen. Tomas Okonjo of Brindlewood.");
        assertThat(d.speakerName()).isEqualTo("Tomas Okonjo");
        // with no person before "of", the body speaks as itself
        Claim e = only("\u201cThe ferry terminal will close by winter,\u201d said the Brindlewood Institute.");
        assertThat(e.speakerName()).isEqualTo("Brindlewood Institute");
    }

    @Test
    void aPhraseAlongWithTheSubjectOnlyJoinsSomeoneToIt() {
        List<Claim> cs = claims("Orsolya Zdravik and Ines Brasc were standing on the pier.\n\n"
                + "Zdravik, along with harbor pilot Ines Brasc, said the captain pushed her off the pier.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Zdravik", "the captain pushed her off the pier"));
        // an apposition that names the person still speaks for it, and the joined person never does
        Claim d = only("The harbor board, as well as pilot Ines Brasc, said the captain pushed her off the pier.");
        assertThat(d.speakerName()).isNotEqualTo("Ines Brasc");
    }

    @Test
    void aQuoteThatTheCommaAfterTheVerbOpensIsWhatIsSaidNotTheFrontedClause() {
        List<Claim> cs = claims("Harbor Commissioner Ottavio Brasc spoke with radio host Fenna Zdravik.\n\n"
                + "After Zdravik asked the commissioner who he thought would buy the pier, Brasc replied, "
                + "\u201cIf I had to bet now, I would bet on the railway.\u201d");
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("Zdravik", "who he thought would buy the pier"),
                tuple("Brasc", "If I had to bet now, I would bet on the railway."));
        // a cue in a fronted clause ends at the clause's comma, however short, when the main clause attributes
        List<Claim> ds = claims("Harbor Commissioner Ottavio Brasc spoke with radio host Fenna Zdravik.\n\n"
                + "When Zdravik asked whether the pier would close, Brasc said it would stay open.");
        assertThat(ds).extracting(Claim::speakerName).containsExactly("Zdravik", "Brasc");
        assertThat(ds.get(1).text()).isEqualTo("it would stay open");
        assertThat(ds.get(0).text()).doesNotContain("Brasc");
    }

    @Test
    void aVerbOfSpeechAfterByIsTheSubjectsSaying() {
        String before = "Harbor Commissioner Ottavio Brasc spoke for an hour with Fenna Zdravik.\n\n";
        assertThat(claims(before + "Moderator Fenna Zdravik started the exchange by asking Brasc why he decided to sell the pier."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Fenna Zdravik", "why he decided to sell the pier"));
        // the one asked whether he believes something is no speaker
        assertThat(claims(before + "Zdravik followed up by asking if the commissioner believes the pier can be saved."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Zdravik", "if the commissioner believes the pier can be saved"));
        assertThat(claims(before + "Brasc angered the ferry crews by calling the union a gang of thieves."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Brasc", "the union a gang of thieves"));
        // a name that is not the subject does not speak ("angered Brasc by calling him …": the union did)
        assertThat(claims(before + "The ferry union angered Brasc by calling him a thief."))
                .extracting(Claim::speakerName).doesNotContain("Brasc", "Ottavio Brasc");
    }

    @Test
    void aQuestionThenTheAskerAndTheOneAskedIsTheAskers() {
        List<Claim> cs = claims("Radio host Fenna Zdravik interviewed Harbor Commissioner Ottavio Brasc on Monday.\n\n"
                + "\u201cDid you know the deed was a forgery?\u201d Zdravik asked the harbor commissioner.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Zdravik", "Did you know the deed was a forgery?"));
    }

    @Test
    void aPhrasalVerbOfReplyNeedsItsParticleAndAQuote() {
        List<Claim> cs = claims("Ottavio Brasc looked over at Fenna Zdravik.\n\n"
                + "\u201cThey are all here because he promised them free ferry rides,\u201d Zdravik shot back with a laugh.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Zdravik", "They are all here because he promised them free ferry rides,"));
        // without the particle, or without a quote, a colon or "that", nobody said anything
        assertThat(claims("Fenna Zdravik shot the lock off the ferry gate.")).isEmpty();
        assertThat(claims("Fenna Zdravik fired back at the harbor police.")).isEmpty();
        // a fronted phrase before the source is none of its words
        assertThat(claims("The board voted on Monday. Later that day, Zdravik fired back a letter to the harbor police."))
                .extracting(Claim::text).doesNotContain("Later that day");
    }

    @Test
    void aJudgeRefusingARequestMakesNoClaimButADenialOfWhatWasSaidDoes() {
        assertThat(claims("Judge Theodora Pilkvist denied a defense motion for a mistrial on Tuesday.")).isEmpty();
        assertThat(claims("Judge Theodora Pilkvist denied bail for Osric Durrow.")).isEmpty();
        Claim denial = only("Osric Durrow denied that he had asked for bail.");
        assertThat(denial.text()).isEqualTo("he had asked for bail");
        assertThat(only("Osric Durrow denied the allegations.").text()).isEqualTo("the allegations");
        // the request word in a prepositional phrase is not what is denied
        assertThat(only("Osric Durrow denied the allegations in the petition.").text())
                .isEqualTo("the allegations in the petition");
    }

    @Test
    void aQuoteThatClosesASingleQuoteInsideItIsTheNextNamesWords() {
        // the tokenizer reads the two closing marks as one token; the attribution is still the name's
        List<Claim> cs = claims("The mayor spoke on Monday.\n\n"
                + "\u201cWhat can we do? What kind of help do you need?\u2019\u201d Ysolde Brevik said.\n\n"
                + "\u201cWe must not be \u2018taken in by the dredgers,\u2019\u201d Tobin Ferrald wrote.");
        assertThat(cs).extracting(Claim::speakerName, Claim::kind).containsExactly(
                tuple("Ysolde Brevik", ClaimKind.QUOTE), tuple("Tobin Ferrald", ClaimKind.QUOTE));
        assertThat(cs.get(1).text()).isEqualTo("We must not be \u2018taken in by the dredgers,\u2019");
        // the one asked says nothing
        Claim asked = only("The mayor spoke on Monday.\n\n"
                + "\u201cWhat kind of help do you need?\u2019\u201d Ysolde Brevik was asked.");
        assertThat(asked.speakerName()).isNull();
    }

    @Test
    void aClauseOfTimeAfterTheVerbIsNotWhatWasSaid() {
        Claim c = only("The mayor spoke on Monday.\n\n\u201cThe harbor is proud to cast its votes for Dana Prewitt!\u201d"
                + " Councilman Tobin Ferrald said as he opened the session.");
        assertThat(c.speakerName()).isEqualTo("Tobin Ferrald");
        assertThat(c.text()).isEqualTo("The harbor is proud to cast its votes for Dana Prewitt!");
        Claim d = only("\u201cIs the channel safe?\u201d Ysolde Brevik said Sunday.");
        assertThat(d.speakerName()).isEqualTo("Ysolde Brevik");
        // a clause of time in the next sentence is nobody's claim
        Claim e = only("The mayor spoke on Monday.\n\n\u201cThe levy will pass!\u201d Tobin Ferrald said."
                + " Ysolde Brevik smiled as he spoke.");
        assertThat(e.speakerName()).isEqualTo("Tobin Ferrald");
    }

    @Test
    void whenAskedTheQuestionHasNoSourceAndTheWordWhenNeverSpeaks() {
        List<Claim> cs = claims("Tobin Ferrald had previously said, \u201cWe\u2019ll see,\u201d when asked whether he would run.");
        assertThat(cs).extracting(Claim::speakerName, Claim::text).containsExactly(
                tuple("Tobin Ferrald", "We\u2019ll see,"), tuple(null, "whether he would run"));
        // with the one who asks named, that one asks
        List<Claim> ds = claims("\u201cWe\u2019ll see,\u201d Tobin Ferrald said when Ysolde Brevik asked whether he would run.");
        assertThat(ds).extracting(Claim::speakerName).containsExactly("Tobin Ferrald", "Ysolde Brevik");
    }

    @Test
    void aFrontedParticipleOfSpeechIsNoInvertedAttribution() {
        Claim c = only("Emphasizing the urgency of the matter, Tobin Ferrald said, "
                + "\u201cIf we do not dredge now, we lose the harbor.\u201d");
        assertThat(c.speakerName()).isEqualTo("Tobin Ferrald");
        assertThat(c.text()).isEqualTo("If we do not dredge now, we lose the harbor.");
        // the inverted form still names the one after the verb
        Claim d = only("Said Ysolde Brevik, a harbor pilot: \u201cThe channel is silting up again.\u201d");
        assertThat(d.speakerName()).isEqualTo("Ysolde Brevik");
    }

    @Test
    void aVerbOfMannerAfterAQuestionTakesTheQuoteButNotAnObject() {
        Claim c = only("The mayor spoke on Monday.\n\n\u201cWould the levy pass without the harbor vote?\u201d"
                + " Ysolde Brevik pressed. \u201cNobody on the council can say.\u201d");
        assertThat(c.speakerName()).isEqualTo("Ysolde Brevik");
        assertThat(c.text()).isEqualTo("Would the levy pass without the harbor vote? Nobody on the council can say.");
        assertThat(claims("The mayor spoke on Monday.\n\nYsolde Brevik pressed the button on the harbor crane.")).isEmpty();
    }

    @Test
    void aParticipleOfSpeechSpeaksForTheSubjectNeverTheObject() {
        assertThat(claims("Many harbor pilots have also warned the Vastagh Board not to act this year, "
                + "noting that the channel is silting up.")).extracting(Claim::speakerName)
                .containsOnly("Many harbor pilots");
        assertThat(only("The mayor praised Tobin Ferrald, saying the harbor would reopen.").speakerName())
                .isEqualTo("The mayor");
        assertThat(only("Pilots, who currently hold a majority on the Vastagh Board, have blocked the levy, "
                + "saying it would ruin the port.").speakerName()).isEqualTo("Pilots");
        // a name that opens the subject still speaks
        assertThat(only("Harbor Board Chairman Orrin Vastagh issued a statement saying the dredging contract was void.")
                .speakerName()).isEqualTo("Orrin Vastagh");
    }

    @Test
    void theLastOfTwoJoinedClausesAndNoFrontedPhraseOrAsideGivesTheSubject() {
        // the pilots' charge ends where the second clause opens
        assertThat(claims("Pilots charged the mayor with fraud and Ysolde Brevik fired the harbor master, "
                + "acknowledging that the port had lost trust.")).extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("Pilots", "the mayor with fraud"), tuple("Ysolde Brevik", "the port had lost trust"));
        // past an aside between dashes, as past one between commas, the subject holds both stances
        assertThat(claims("Mayor Ysolde Brevik -- whose husband signed the levy into law -- has publicly derided "
                + "the harbor plan, suggesting that it is misguided.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ysolde Brevik", "the harbor plan"), tuple("Ysolde Brevik", "it is misguided"));
        assertThat(only("Rallying hundreds of harbor pilots who are struggling to get by, Ysolde Brevik tried here "
                + "last week to calm them and promised to deliver change.").speakerName()).isEqualTo("Ysolde Brevik");
    }

    @Test
    void aQuestionAskedAboutSomethingIsNoClaim() {
        assertThat(claims("The mayor spoke on Monday.\n\n\u201cNo council is ever going to get the harbor right,\u201d"
                + " Tobin Ferrald said when asked about the levy, which the board wrote. \u201cThe job is to keep trying.\u201d"))
                .extracting(Claim::speakerName).containsOnly("Tobin Ferrald");
    }

    @Test
    void aParticipleAfterAnAttributionSpeaksForItsSource() {
        List<Claim> cs = claims("The mayor spoke on Monday.\n\n\u201cYou are not going to win the harbor by proposing small"
                + " changes,\u201d Mr. Ferrald said, adding that he hoped the board would not shy away from big ideas.");
        assertThat(cs).extracting(Claim::speakerName).containsExactly("Ferrald", "Ferrald");
        Claim c = only("The mayor spoke on Monday.\n\n\u201cWho is the real harbor thief here?\u201d said Ferrald,"
                + " using the board\u2019s own words.");
        assertThat(c.speakerName()).isEqualTo("Ferrald");
        // "quoting the letter" after the verb is no claim; the quote before it is
        Claim d = only("The mayor spoke on Monday.\n\n\u201cThe dredging contract is a fraud and a disgrace. Not fit!\u201d"
                + " Tobin Ferrald tweeted, quoting the pilots\u2019 letter.");
        assertThat(d.speakerName()).isEqualTo("Tobin Ferrald");
        assertThat(d.text()).isEqualTo("The dredging contract is a fraud and a disgrace. Not fit!");
        // the object of a verb that is no inverted attribution does not speak
        assertThat(only("The mayor praised Tobin Ferrald, saying the harbor would reopen.").speakerName())
                .isEqualTo("The mayor");
    }

    @Test
    void aSignerLineNamesTheQuotesSpeaker() {
        Claim c = only("The mayor spoke on Monday.\n\n\"I worry that we may see the harbor closed for a decade as the board"
                + " tries to save money.\"\n\nOrrin Vastagh, Center for Harbor Policy Research.\"\n\nThe board met again.");
        assertThat(c.speakerName()).isEqualTo("Orrin Vastagh");
        Claim d = only("The mayor spoke on Monday.\n\n\"Great speech. She's tested. She's ready for the harbor.\"\n\n"
                + "-Mayor Ysolde Brevik, tweeting after the speech.");
        assertThat(d.speakerName()).isEqualTo("Ysolde Brevik");
        // a sentence about the named one is no signature
        Claim e = only("The mayor spoke on Monday.\n\n\"The harbor will reopen next spring, and the pilots will be paid"
                + " in full.\"\n\nOrrin Vastagh, the board chairman, disagreed with the plan.");
        assertThat(e.speakerName()).isNull();
    }

    @Test
    void aHyphenatedModifierOrTitleBelongsToTheSource() {
        Claim c = only("The mayor spoke on Monday.\n\n\"We had to acknowledge that we had a big issue with the harbor,\""
                + " said Harbor Pilots Union Secretary-Treasurer Tobin Ferrald.");
        assertThat(c.speakerName()).isEqualTo("Tobin Ferrald");
        // a slash between two parts of a body's name does not cut the phrase either
        Claim s = only("The office welcomed the decision.\n\n\"Tobin Ferrald has now been cleared twice, first by a harbor"
                + " court and now by a judge,\" said HPU-SV/CC Executive Director Ysolde Brevik. \"Each time the evidence was"
                + " examined, it fell apart.\"");
        assertThat(s.speakerName()).isEqualTo("Ysolde Brevik");
        assertThat(s.citations()).hasSize(2);
        List<Claim> cs = claims("The mayor spoke on Monday.\n\n\"Ferrald is cratering,\" Thessaly-based Ysolde Brevik wrote."
                + " \"Support was soft to begin with.\"");
        assertThat(cs).extracting(Claim::speakerName).containsOnly("Ysolde Brevik");
    }

    @Test
    void assuringSomeoneAttributesAQuoteButNoObject() {
        Claim c = only("The mayor spoke on Monday.\n\n\u201cYsolde Brevik is not a harbor thief, guys,\u201d"
                + " Tobin Ferrald assured the crowd.");
        assertThat(c.speakerName()).isEqualTo("Tobin Ferrald");
        assertThat(claims("The harbor company posted a loss of $3 million in the quarter.")).isEmpty();
    }

    @Test
    void whatIsCalledForStartsAfterForAndATimesPhraseIsNoContent() {
        // PolNeAR, like a reader, takes what is called for as the content, without "for"
        Claim c = only("Ysolde Brevik called for the pilots to strike.");
        assertThat(c.speakerName()).isEqualTo("Ysolde Brevik");
        assertThat(c.text()).isEqualTo("the pilots to strike");
        assertThat(only("The pilots have long called for her ouster.").text()).isEqualTo("her ouster");
        // "said at Tuesday's hearing the company would appeal" (no "that"): the phrase is no content
        assertThat(only("Tobin Ferrald said at Tuesday's hearing the company would appeal the ruling.").text())
                .isEqualTo("the company would appeal the ruling");
        assertThat(only("Tobin Ferrald said on Monday it had agreed to sell the harbor.").text())
                .isEqualTo("it had agreed to sell the harbor");
    }
}
