package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who in whole invented articles (session 28 blind check): a surname the tagger read as a
 * place in a sentence it did not tag ("Kettering said"), after a relation ("an aide to X"), a full
 * name read as a place or a body whose surname the text writes alone as a person's, a titled
 * surname among namesakes, a boat after "the", a firm's second partner after "&" in a headline.
 * Hand-tagged sentences ("word/POS/NER", "word/POS/NER/lemma"; POS "_" leaves the token untagged, and
 * a sentence of untagged tokens is one the tagger did not read). Names appear nowhere in the corpus.
 */
class WhoIsWhoOnWholeArticlesTest {
    private static final EntityGrouper GROUPER = new EntityGrouper(Rules.load(TestPipelines.RULES));

    private static AnnotatedDocument tagged(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (int si = 0; si < lines.length; si++) {
            List<Token> tokens = new ArrayList<>();
            int sentenceBegin = text.length();
            boolean anyTag = false;
            for (String part : lines[si].split(" ")) {
                String[] f = part.split("/");
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[0]);
                String pos = f[1].equals("_") ? null : f[1];
                anyTag |= pos != null;
                tokens.add(new Token(tokens.size(), f[0], f.length > 3 ? f[3] : f[0].toLowerCase(), pos, f[2], b, text.length()));
            }
            sentences.add(new Sentence(si, sentenceBegin, text.length(), anyTag ? Sentence.Level.TAGGED : Sentence.Level.TOKENS,
                    tokens, List.of()));
            for (int i = 0; i < tokens.size();) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).ner().equals(tokens.get(i).ner())) {
                    j++;
                }
                EntityMention.ofTag(tokens.get(i).ner(), text.substring(tokens.get(i).begin(), tokens.get(j - 1).end()),
                        tokens.get(i).begin(), tokens.get(j - 1).end(), si, i, j).ifPresent(mentions::add);
                i = j;
            }
            text.append("\n\n");
        }
        var document = Texts.document("dwho", text.toString(), LocalDate.of(2031, 6, 3));
        return new AnnotatedDocument(document, sentences, mentions, List.of());
    }

    /** Each entity of the type as "name=mentions". */
    private static List<String> of(DocumentEntities entities, EntityType type) {
        return entities.entities().stream().filter(e -> e.type() == type)
                .map(e -> e.name() + "=" + e.mentions().size()).toList();
    }

    @Test
    void aSurnameReadAsAPlaceInAnUntaggedSentenceJoinsItsPersonBeforeAVerbOfSpeech() {
        DocumentEntities e = GROUPER.group(tagged(
                "The/DT/O minister/NN/TITLE ,/,/O Obed/NNP/PERSON Wendlebury/NNP/PERSON ,/,/O brokered/VBD/O the/DT/O talks/NNS/O ./././O",
                "Wendlebury/_/LOCATION said/_/O/say both/_/O sides/_/O had/_/O/have compromised/_/O ./_/O"));
        assertThat(of(e, EntityType.PERSON)).containsExactly("Obed Wendlebury=2");
        assertThat(of(e, EntityType.LOCATION)).isEmpty();
        // untagged, before a noun or after a word of place, it stays the place
        DocumentEntities f = GROUPER.group(tagged(
                "The/DT/O minister/NN/TITLE ,/,/O Obed/NNP/PERSON Wendlebury/NNP/PERSON ,/,/O brokered/VBD/O the/DT/O talks/NNS/O ./././O",
                "Wendlebury/_/LOCATION police/_/O said/_/O/say the/_/O road/_/O was/_/O/be shut/_/O ./_/O",
                "Crowds/_/O gathered/_/O in/_/O Wendlebury/_/LOCATION ./_/O"));
        assertThat(of(f, EntityType.PERSON)).containsExactly("Obed Wendlebury=1");
        assertThat(of(f, EntityType.LOCATION)).containsExactly("Wendlebury=2");
    }

    @Test
    void aSurnameAfterARelationOrARoleHeldForSomeoneIsThePerson() {
        DocumentEntities e = GROUPER.group(tagged(
                "Senator/NNP/TITLE Ulla/NNP/PERSON Brackwater/NNP/PERSON spoke/VBD/O ./././O",
                "An/DT/O aide/NN/O to/TO/O Brackwater/NNP/ORGANIZATION said/VBD/O/say she/PRP/O was/VBD/O/be angry/JJ/O ./././O",
                "A/_/O spokesman/_/O for/_/O Brackwater/_/ORGANIZATION ,/_/O Ivo/_/PERSON Sandvoll/_/PERSON ,/_/O said/_/O/say "
                        + "little/_/O ./_/O"));
        assertThat(of(e, EntityType.PERSON)).containsExactly("Ulla Brackwater=3", "Ivo Sandvoll=1");
        assertThat(of(e, EntityType.ORGANIZATION)).isEmpty();
        // the mayor of a place of that name is the place's
        DocumentEntities f = GROUPER.group(tagged(
                "Senator/NNP/TITLE Ulla/NNP/PERSON Brackwater/NNP/PERSON spoke/VBD/O ./././O",
                "The/DT/O mayor/NN/TITLE of/IN/O Brackwater/NNP/LOCATION objected/VBD/O ./././O"));
        assertThat(of(f, EntityType.LOCATION)).containsExactly("Brackwater=1");
    }

    @Test
    void aFullNameReadAsAPlaceThatActsIsThePersonItsSurnameNamesAlone() {
        DocumentEntities e = GROUPER.group(tagged(
                "Every/DT/O morning/NN/O ,/,/O Evrard/NNP/LOCATION Thimbleby/NNP/LOCATION unlocks/VBZ/O/unlock the/DT/O shop/NN/O ./././O",
                "Thimbleby/NNP/PERSON ,/,/O 78/CD/O ,/,/O is/VBZ/O/be the/DT/O last/JJ/O cobbler/NN/O ./././O"));
        assertThat(of(e, EntityType.PERSON)).containsExactly("Evrard Thimbleby=2");
        assertThat(of(e, EntityType.LOCATION)).isEmpty();
        // after a word of place, or with no lone surname, or not acting, the place stays
        DocumentEntities f = GROUPER.group(tagged(
                "Crowds/NNS/O met/VBD/O/meet in/IN/O Evrard/NNP/LOCATION Thimbleby/NNP/LOCATION ./././O",
                "Thimbleby/NNP/PERSON ,/,/O 78/CD/O ,/,/O is/VBZ/O/be the/DT/O last/JJ/O cobbler/NN/O ./././O"));
        assertThat(of(f, EntityType.LOCATION)).containsExactly("Evrard Thimbleby=1");
        DocumentEntities g = GROUPER.group(tagged(
                "Every/DT/O morning/NN/O ,/,/O Evrard/NNP/LOCATION Thimbleby/NNP/LOCATION floods/VBZ/O/flood ./././O"));
        assertThat(of(g, EntityType.LOCATION)).containsExactly("Evrard Thimbleby=1");
        assertThat(of(g, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aBodyApposedToARoleWhoseSurnameSpeaksAloneIsThePerson() {
        DocumentEntities e = GROUPER.group(tagged(
                "The/DT/O landlord/NN/O ,/,/O Piers/NNP/ORGANIZATION Trelowarth/NNP/ORGANIZATION ,/,/O plans/VBZ/O/plan to/TO/O "
                        + "sell/VB/O ./././O",
                "Trelowarth/NNP/PERSON said/VBD/O/say the/DT/O price/NN/O was/VBD/O/be agreed/VBN/O/agree ./././O"));
        assertThat(of(e, EntityType.PERSON)).containsExactly("Piers Trelowarth=2");
        // a plural before the comma may name firms; another full name with the surname takes it
        DocumentEntities f = GROUPER.group(tagged(
                "The/DT/O buyers/NNS/O ,/,/O Piers/NNP/ORGANIZATION Trelowarth/NNP/ORGANIZATION ,/,/O paid/VBD/O/pay ./././O",
                "Trelowarth/NNP/PERSON said/VBD/O/say the/DT/O price/NN/O was/VBD/O/be fair/JJ/O ./././O"));
        assertThat(of(f, EntityType.ORGANIZATION)).containsExactly("Piers Trelowarth=1");
        DocumentEntities g = GROUPER.group(tagged(
                "The/DT/O landlord/NN/O ,/,/O Piers/NNP/ORGANIZATION Trelowarth/NNP/ORGANIZATION ,/,/O paid/VBD/O/pay ./././O",
                "Orsola/NNP/PERSON Trelowarth/NNP/PERSON objected/VBD/O/object ./././O",
                "Trelowarth/NNP/PERSON said/VBD/O/say the/DT/O price/NN/O was/VBD/O/be fair/JJ/O ./././O"));
        assertThat(of(g, EntityType.ORGANIZATION)).containsExactly("Piers Trelowarth=1");
    }

    @Test
    void aTitledSurnameAmongNamesakesIsTheOneWithThatTitle() {
        DocumentEntities e = GROUPER.group(tagged(
                "Senator/NNP/TITLE Quenby/NNP/PERSON challenges/VBZ/O/challenge governor/NN/O",
                "Senator/NNP/TITLE Marit/NNP/PERSON Quenby/NNP/PERSON accused/VBD/O/accuse the/DT/O governor/NN/O ./././O",
                "Her/PRP$/O husband/NN/O ,/,/O Arvo/NNP/PERSON Quenby/NNP/PERSON ,/,/O is/VBZ/O/be a/DT/O farmer/NN/O ./././O"));
        assertThat(of(e, EntityType.PERSON)).containsExactly("Marit Quenby=2", "Arvo Quenby=1");
        // a title neither namesake bears leaves the surname apart
        DocumentEntities f = GROUPER.group(tagged(
                "Mayor/NNP/TITLE Quenby/NNP/PERSON challenges/VBZ/O/challenge governor/NN/O",
                "Senator/NNP/TITLE Marit/NNP/PERSON Quenby/NNP/PERSON accused/VBD/O/accuse the/DT/O governor/NN/O ./././O",
                "Her/PRP$/O husband/NN/O ,/,/O Arvo/NNP/PERSON Quenby/NNP/PERSON ,/,/O is/VBZ/O/be a/DT/O farmer/NN/O ./././O"));
        assertThat(of(f, EntityType.PERSON)).containsExactly("Quenby=1", "Marit Quenby=1", "Arvo Quenby=1");
    }

    @Test
    void aNameAfterTheAndBeforeACommaWithNoGivenNameIsNoPerson() {
        DocumentEntities e = GROUPER.group(tagged(
                "Families/NNS/O mourned/VBD/O/mourn the/DT/O crew/NN/O of/IN/O the/DT/O Sorrel/NNP/PERSON Dawnwick/NNP/PERSON ,/,/O "
                        + "lost/VBN/O/lose at/IN/O sea/NN/O ./././O"));
        assertThat(of(e, EntityType.PERSON)).isEmpty();
        assertThat(of(e, EntityType.MISC)).containsExactly("Sorrel Dawnwick=1");
        // without the article it is a person
        DocumentEntities f = GROUPER.group(tagged(
                "Sorrel/NNP/PERSON Dawnwick/NNP/PERSON ,/,/O a/DT/O skipper/NN/O ,/,/O was/VBD/O/be lost/VBN/O/lose ./././O"));
        assertThat(of(f, EntityType.PERSON)).containsExactly("Sorrel Dawnwick=1");
    }

    @Test
    void aPartnerAfterAnAmpersandInAHeadlineIsTheFirm() {
        DocumentEntities e = GROUPER.group(tagged(
                "Vossberg/NNP/ORGANIZATION &/CC/O Kittredge/NNP/PERSON agrees/VBZ/O/agree to/TO/O buy/VB/O rival/NN/O",
                "Vossberg/NNP/ORGANIZATION &/CC/ORGANIZATION Kittredge/NNP/ORGANIZATION said/VBD/O/say it/PRP/O would/MD/O "
                        + "pay/VB/O cash/NN/O ./././O"));
        assertThat(of(e, EntityType.PERSON)).isEmpty();
        assertThat(of(e, EntityType.ORGANIZATION)).contains("Vossberg & Kittredge=2");
        // the surname alone, after no ampersand, is a person's
        DocumentEntities f = GROUPER.group(tagged(
                "Vossberg/NNP/ORGANIZATION &/CC/ORGANIZATION Kittredge/NNP/ORGANIZATION said/VBD/O/say it/PRP/O would/MD/O "
                        + "pay/VB/O cash/NN/O ./././O",
                "Kittredge/NNP/PERSON said/VBD/O/say he/PRP/O was/VBD/O/be proud/JJ/O ./././O"));
        assertThat(of(f, EntityType.PERSON)).containsExactly("Kittredge=1");
    }

    @Test
    void aPlaceOrFirmAfterAPluralHeadOrARelationSpeaksForNoOne() {
        LocalDate day = LocalDate.of(2031, 6, 3);
        assertThat(Texts.saidBy("Passengers stranded at Gorsewick Airport said they were relieved. Analysts at Penhallow "
                + "Capital said the price was high.", day))
                .containsExactly("Passengers stranded at Gorsewick Airport: they were relieved",
                        "Analysts at Penhallow Capital: the price was high");
    }

    @Test
    void aSentenceEndsAfterATimesAmBeforeANameThatSpeaks() {
        LocalDate day = LocalDate.of(2031, 6, 3);
        assertThat(Texts.saidBy("The harbourmaster, Darrow Ebunoluwa, said the boat had radioed for help at 3 a.m. "
                + "Ebunoluwa said rescuers reached it two hours later.", day))
                .containsExactly("Darrow Ebunoluwa: the boat had radioed for help at 3 a.m.",
                        "Ebunoluwa: rescuers reached it two hours later");
        // a zone or a weekday after the time is the time's: no break
        assertThat(Texts.saidBy("Officials said the ferry left at 9 p.m. Eastern time. Officials said the hearing began "
                + "at 10 a.m. Monday.", day)).containsExactly("Officials: the ferry left at 9 p.m. Eastern time",
                        "Officials: the hearing began at 10 a.m. Monday");
    }

    @Test
    void mrAndMrsOfASurnameNoFullNameTakesStayTwo() {
        DocumentEntities e = GROUPER.group(tagged(
                "Quillon/NNP/PERSON Harrowby/NNP/PERSON and/CC/O Sefa/NNP/PERSON Harrowby/NNP/PERSON won/VBD/O/win ./././O",
                "Mr./NNP/O Harrowby/NNP/PERSON said/VBD/O/say they/PRP/O would/MD/O give/VB/O ./././O",
                "Mrs./NNP/O Harrowby/NNP/PERSON said/VBD/O/say she/PRP/O was/VBD/O/be glad/JJ/O ./././O"));
        assertThat(of(e, EntityType.PERSON)).containsExactly("Quillon Harrowby=1", "Sefa Harrowby=1", "Harrowby=1",
                "Harrowby=1");
        // with no one named in full, "Mr. Harrowby" and "Harrowby" are one
        DocumentEntities f = GROUPER.group(tagged(
                "Mr./NNP/O Harrowby/NNP/PERSON said/VBD/O/say they/PRP/O would/MD/O give/VB/O ./././O",
                "Harrowby/NNP/PERSON said/VBD/O/say he/PRP/O was/VBD/O/be glad/JJ/O ./././O"));
        assertThat(of(f, EntityType.PERSON)).containsExactly("Harrowby=2");
    }

    @Test
    void theWriterOfABylineIsNoPronounsSpeaker() {
        LocalDate day = LocalDate.of(2031, 6, 3);
        assertThat(Texts.saidBy("Widow testifies at murder trial\nBy Maelis Tregarthen\nThe widow of a shopkeeper told a "
                + "jury on Tuesday that she heard two shots. She said her husband had locked the till.", day))
                .noneMatch(c -> c.startsWith("Maelis Tregarthen"));
    }

    @Test
    void mrAndMrsKeptApartInTheirArticleStayApartInTheCase() {
        var c = Texts.caseOf(LocalDate.of(2031, 6, 3),
                "Quillon Harrowby and Sefa Harrowby won the lottery in Ostleby. Mr. Harrowby said they would give "
                        + "half away. Mrs. Harrowby said she was glad.");
        assertThat(c.entities().stream().filter(x -> x.type() == EntityType.PERSON).map(Entity::name).toList())
                .containsExactlyInAnyOrder("Quillon Harrowby", "Sefa Harrowby", "Harrowby", "Harrowby");
    }
}
