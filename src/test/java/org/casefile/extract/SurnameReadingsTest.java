package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefile.domain.EntityType;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A surname the tagger read as an organisation, on hand-tagged sentences ("word/POS/NER", or
 * "word/POS/NER/lemma" where the lemma is not the word in small letters; one sentence per line): the
 * grouping decides, without the tagger's whims.
 */
class SurnameReadingsTest {
    private static final EntityGrouper GROUPER = new EntityGrouper(Rules.load(TestPipelines.RULES));

    /** Builds the document; a run of tokens with one entity tag is one mention. */
    static AnnotatedDocument tagged(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (int si = 0; si < lines.length; si++) {
            List<Token> tokens = new ArrayList<>();
            int sentenceBegin = text.length();
            for (String part : lines[si].split(" ")) {
                String[] f = part.split("/");
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[0]);
                tokens.add(new Token(tokens.size(), f[0], f.length > 3 ? f[3] : f[0].toLowerCase(), f[1], f[2], b, text.length()));
            }
            sentences.add(new Sentence(si, sentenceBegin, text.length(), Sentence.Level.TAGGED, tokens, List.of()));
            for (int i = 0; i < tokens.size();) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).ner().equals(tokens.get(i).ner())) {
                    j++;
                }
                int fi = i;
                int fj = j;
                EntityMention.ofTag(tokens.get(i).ner(), text.substring(tokens.get(i).begin(), tokens.get(j - 1).end()),
                        tokens.get(i).begin(), tokens.get(j - 1).end(), si, fi, fj).ifPresent(mentions::add);
                i = j;
            }
            text.append("\n\n");
        }
        var document = Texts.document("dhand", text.toString(), LocalDate.of(2024, 5, 2));
        return new AnnotatedDocument(document, sentences, mentions, List.of());
    }

    private static List<String> people(DocumentEntities entities) {
        return entities.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(e -> e.name() + "=" + e.mentions().size()).toList();
    }

    private static List<String> names(DocumentEntities entities, EntityType type) {
        return entities.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aFullNameReadAsAnOrganisationInABylineOrAfterAPersonsTitleIsThatPerson() {
        DocumentEntities e = GROUPER.group(tagged(
                "By/IN/O Greta/NNP/ORGANIZATION Vollmark/NNP/ORGANIZATION",
                "Tessendorf/NNP/ORGANIZATION Gazette/NNP/ORGANIZATION",
                "Its/PRP$/O chief/JJ/TITLE executive/NN/TITLE ,/,/O Cyprian/NNP/ORGANIZATION Quarnby/NNP/ORGANIZATION ,/,/O "
                        + "resigned/VBD/O ./././O"));
        assertThat(people(e)).containsExactly("Greta Vollmark=1", "Cyprian Quarnby=1");
        assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Tessendorf Gazette");
        // two writers on one byline
        DocumentEntities two = GROUPER.group(tagged(
                "By/IN/O Greta/NNP/ORGANIZATION Vollmark/NNP/ORGANIZATION and/CC/O Hester/NNP/ORGANIZATION Quarnby/NNP/ORGANIZATION",
                "The/DT/O vote/NN/O failed/VBD/O ./././O"));
        assertThat(people(two)).containsExactly("Greta Vollmark=1", "Hester Quarnby=1");
        // a byline line that goes on with words in small letters is no list of writers
        DocumentEntities sentence = GROUPER.group(tagged(
                "By/IN/O Greta/NNP/ORGANIZATION Vollmark/NNP/ORGANIZATION standards/NNS/O ,/,/O the/DT/O vote/NN/O failed/VBD/O"));
        assertThat(people(sentence)).isEmpty();
    }

    @Test
    void aBodyNamedAfterAPersonStaysABody() {
        // a legal form, a publication's head word, or no title and no byline
        DocumentEntities e = GROUPER.group(tagged(
                "By/IN/O Greta/NNP/ORGANIZATION Vollmark/NNP/ORGANIZATION Gazette/NNP/ORGANIZATION",
                "Its/PRP$/O lawyer/NN/TITLE ,/,/O Hester/NNP/ORGANIZATION Pyrrhane/NNP/ORGANIZATION LLP/NNP/ORGANIZATION ,/,/O "
                        + "objected/VBD/O ./././O",
                "Greta/NNP/ORGANIZATION Tessendorf/NNP/ORGANIZATION reported/VBD/O a/DT/O loss/NN/O ./././O"));
        assertThat(people(e)).isEmpty();
        assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Greta Vollmark Gazette", "Hester Pyrrhane LLP",
                "Greta Tessendorf");
        // a plural title may name a firm; a person sharing the last word makes no person of a firm
        DocumentEntities f = GROUPER.group(tagged(
                "The/DT/O bank/NN/O 's/POS/O lawyers/NNS/TITLE ,/,/O Hester/NNP/ORGANIZATION Quarnby/NNP/ORGANIZATION ,/,/O "
                        + "declined/VBD/O ./././O",
                "Greta/NNP/ORGANIZATION Tessendorf/NNP/ORGANIZATION raised/VBD/O fees/NNS/O ./././O",
                "Cyprian/NNP/PERSON Tessendorf/NNP/PERSON resigned/VBD/O ./././O"));
        assertThat(people(f)).containsExactly("Cyprian Tessendorf=1");
        assertThat(names(f, EntityType.ORGANIZATION)).containsExactly("Hester Quarnby", "Greta Tessendorf");
    }

    @Test
    void aLoneWordReadAsAnUnknownPlaceThatStartsTheOneCompanyWithALegalFormIsThatCompany() {
        DocumentEntities e = GROUPER.group(tagged(
                "Quarnby/NNP/ORGANIZATION Robotics/NNP/ORGANIZATION Inc./NNP/ORGANIZATION cut/VBD/O jobs/NNS/O ./././O",
                "Quarnby/NNP/LOCATION shares/NNS/O fell/VBD/O ./././O"));
        assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Quarnby Robotics Inc.");
        assertThat(names(e, EntityType.LOCATION)).isEmpty();
        // without a legal form the longer name may be a body of the place
        DocumentEntities f = GROUPER.group(tagged(
                "Quarnby/NNP/ORGANIZATION Harbor/NNP/ORGANIZATION Board/NNP/ORGANIZATION met/VBD/O ./././O",
                "Quarnby/NNP/LOCATION voters/NNS/O agreed/VBD/O ./././O"));
        assertThat(names(f, EntityType.LOCATION)).containsExactly("Quarnby");
        // a town the text writes as a place keeps its place beside the company named after it
        DocumentEntities g = GROUPER.group(tagged(
                "Quarnby/NNP/ORGANIZATION Robotics/NNP/ORGANIZATION Inc./NNP/ORGANIZATION will/MD/O expand/VB/O its/PRP$/O "
                        + "plant/NN/O in/IN/O Quarnby/NNP/LOCATION ./././O"));
        assertThat(names(g, EntityType.LOCATION)).containsExactly("Quarnby");
    }

    @Test
    void aCompanysShortNameReadAsAPlaceSpeaksForTheCompany() {
        AnnotatedDocument doc = tagged(
                "Quarnby/NNP/ORGANIZATION Robotics/NNP/ORGANIZATION Inc./NNP/ORGANIZATION cut/VBD/O jobs/NNS/O ./././O",
                "Quarnby/NNP/LOCATION said/VBD/O/say the/DT/O cuts/NNS/O were/VBD/O/be final/JJ/O ./././O");
        DocumentEntities e = GROUPER.group(doc);
        List<Claim> claims = new ClaimExtractor(Rules.load(TestPipelines.RULES)).extract(doc, e,
                QuoteSpans.find(doc.document().text()));
        String company = e.entities().stream().filter(x -> x.name().equals("Quarnby Robotics Inc.")).findFirst().orElseThrow().id();
        assertThat(claims).extracting(Claim::speaker, Claim::speakerName, Claim::text)
                .containsExactly(org.assertj.core.api.Assertions.tuple(company, "Quarnby", "the cuts were final"));
        // a place that stays a place says nothing
        AnnotatedDocument place = tagged("Quarnby/NNP/LOCATION said/VBD/O/say the/DT/O cuts/NNS/O were/VBD/O/be final/JJ/O ./././O");
        assertThat(new ClaimExtractor(Rules.load(TestPipelines.RULES)).extract(place, GROUPER.group(place),
                QuoteSpans.find(place.document().text()))).extracting(Claim::speaker).containsOnlyNulls();
    }

    @Test
    void aHeadlineReadAsOneNameIsNoEntityButANameInAHeadlineIs() {
        DocumentEntities e = GROUPER.group(tagged(
                "Appeals/NNP/ORGANIZATION Court/NNP/ORGANIZATION Revives/NNP/ORGANIZATION Suit/NNP/ORGANIZATION "
                        + "Against/NNP/ORGANIZATION Quarnby/NNP/ORGANIZATION Board/NNP/ORGANIZATION",
                "The/DT/O Quarnby/NNP/ORGANIZATION Board/NNP/ORGANIZATION appealed/VBD/O ./././O"));
        assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Quarnby Board");
        // a name that is only part of the headline, or a short headline that is a name, stays
        DocumentEntities f = GROUPER.group(tagged(
                "Quarnby/NNP/ORGANIZATION Harbor/NNP/ORGANIZATION Water/NNP/ORGANIZATION Supply/NNP/ORGANIZATION "
                        + "Board/NNP/ORGANIZATION Sued/VBN/O",
                "It/PRP/O appealed/VBD/O ./././O"));
        assertThat(names(f, EntityType.ORGANIZATION)).containsExactly("Quarnby Harbor Water Supply Board");
        DocumentEntities g = GROUPER.group(tagged("Quarnby/NNP/ORGANIZATION Harbor/NNP/ORGANIZATION Board/NNP/ORGANIZATION",
                "It/PRP/O appealed/VBD/O ./././O"));
        assertThat(names(g, EntityType.ORGANIZATION)).containsExactly("Quarnby Harbor Board");
    }

    @Test
    void aPersonTheTaggerReadAsAPlaceIsNoEventsPlaceButItsParticipant() {
        AnnotatedDocument doc = tagged("Director/NNP/TITLE Greta/NNP/LOCATION Quarnby/NNP/LOCATION 's/POS/O arrest/NN/O "
                + "in/IN/O Tessendorf/NNP/LOCATION shocked/VBD/O/shock the/DT/O port/NN/O ./././O");
        DocumentEntities e = GROUPER.group(doc);
        List<Event> events = new EventExtractor(Rules.load(TestPipelines.RULES)).extract(doc, e,
                QuoteSpans.find(doc.document().text())).events();
        Map<String, String> names = e.entities().stream().collect(java.util.stream.Collectors.toMap(Entity::id, Entity::name));
        assertThat(events).hasSize(1);
        assertThat(names.get(events.get(0).location())).isEqualTo("Tessendorf");
        assertThat(events.get(0).participants()).extracting(p -> names.get(p.entity())).containsExactly("Greta Quarnby");
    }

    @Test
    void aSurnameReadAsAnOrganisationWhereAPersonStandsIsThatPerson() {
        DocumentEntities e = GROUPER.group(tagged(
                "Commissioner/NNP/TITLE Dorian/NNP/PERSON Halvex/NNP/PERSON was/VBD/O indicted/VBN/O ./././O",
                "If/IN/O convicted/VBN/O ,/,/O Halvex/NNP/ORGANIZATION could/MD/O face/VB/O prison/NN/O ./././O"));
        assertThat(people(e)).containsExactly("Dorian Halvex=2");
        assertThat(names(e, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void aSurnameReadAsAnOrganisationStaysOneWhereItIsAThing() {
        DocumentEntities e = GROUPER.group(tagged(
                "Investor/NN/O Harold/NNP/PERSON Brackmoor/NNP/PERSON spoke/VBD/O ./././O",
                // "it" after it: the founder's company
                "Brackmoor/NNP/ORGANIZATION said/VBD/O it/PRP/O would/MD/O close/VB/O stores/NNS/O ./././O",
                // a modifier of a noun, after an article
                "The/DT/O Brackmoor/NNP/ORGANIZATION board/NN/O met/VBD/O ./././O"));
        assertThat(people(e)).containsExactly("Harold Brackmoor=1");
        assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Brackmoor");
    }

    @Test
    void aFullNameReadAsAPlaceIsAPersonWhenTheDocumentNamesItsSurnameAsOne() {
        DocumentEntities e = GROUPER.group(tagged(
                "The/DT/O director/NN/O ,/,/O Cornelius/NNP/LOCATION Maltravers/NNP/LOCATION ,/,/O was/VBD/O arrested/VBN/O ./././O",
                "Maltravers/NNP/PERSON appeared/VBD/O in/IN/O court/NN/O ./././O",
                // a place that starts with a given name, whose last word names nobody: a place
                "Police/NNS/O searched/VBD/O Lydia/NNP/LOCATION Crossing/NNP/LOCATION ./././O"));
        assertThat(people(e)).containsExactly("Cornelius Maltravers=2");
        assertThat(names(e, EntityType.LOCATION))
                .containsExactly("Lydia Crossing");
    }

    @Test
    void aFullNameReadAsAPlaceIsAPersonWhereATitleIntroducesIt() {
        DocumentEntities e = GROUPER.group(tagged(
                "The/DT/O chief/NN/TITLE of/IN/O the/DT/O harbor/NN/O ,/,/O Cornelius/NNP/LOCATION Pelliot/NNP/LOCATION ,/,/O resigned/VBD/O ./././O",
                // a title before the comma, but another comma between: a list, not an apposition
                "The/DT/O mayor/NN/TITLE ,/,/O the/DT/O council/NN/O ,/,/O Lydia/NNP/LOCATION Crossing/NNP/LOCATION and/CC/O others/NNS/O ./././O",
                // a title, then a verb before the comma: a list of places, not an apposition
                "Governor/NNP/TITLE Ines/NNP/PERSON Vardolin/NNP/PERSON toured/VBD/O Marrowfield/NNP/LOCATION ,/,/O Lydia/NNP/LOCATION Crossing/NNP/LOCATION ,/,/O and/CC/O Brisk/NNP/LOCATION ./././O"));
        assertThat(people(e)).containsExactly("Cornelius Pelliot=1", "Ines Vardolin=1");
        assertThat(names(e, EntityType.LOCATION))
                .containsExactlyInAnyOrder("Lydia Crossing", "Marrowfield", "Brisk");
    }
    @Test
    void aPersonCalledByItsFirstWordThatSpeaksOfItselfAsItIsACompany() {
        DocumentEntities e = GROUPER.group(tagged(
                "Pellastrine/NNP/PERSON Corrow/NNP/PERSON said/VBD/O/say profit/NN/O fell/VBD/O/fall ./././O",
                "Pellastrine/NNP/PERSON also/RB/O said/VBD/O/say it/PRP/O would/MD/O sell/VB/O a/DT/O unit/NN/O ./././O"));
        assertThat(people(e)).isEmpty();
        assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Pellastrine Corrow");
    }

    @Test
    void aPersonCalledByItsFirstWordStaysAPersonWithoutIt() {
        // no "it": a given name used alone, or a surname written first
        DocumentEntities plain = GROUPER.group(tagged(
                "Pellastrine/NNP/PERSON Corrow/NNP/PERSON said/VBD/O/say profit/NN/O fell/VBD/O/fall ./././O",
                "Pellastrine/NNP/PERSON also/RB/O said/VBD/O/say sales/NNS/O rose/VBD/O/rise ./././O"));
        assertThat(people(plain)).containsExactly("Pellastrine Corrow=2");
        // "he" goes on from a mention
        DocumentEntities he = GROUPER.group(tagged(
                "Pellastrine/NNP/PERSON Corrow/NNP/PERSON said/VBD/O/say he/PRP/O would/MD/O stay/VB/O ./././O",
                "Pellastrine/NNP/PERSON said/VBD/O/say it/PRP/O would/MD/O sell/VB/O a/DT/O unit/NN/O ./././O"));
        assertThat(people(he)).containsExactly("Pellastrine Corrow=2");
        // a known given name first
        DocumentEntities given = GROUPER.group(tagged(
                "Margaret/NNP/PERSON Corrow/NNP/PERSON spoke/VBD/O/speak ./././O",
                "Margaret/NNP/PERSON said/VBD/O/say it/PRP/O would/MD/O rain/VB/O ./././O"));
        assertThat(people(given)).containsExactly("Margaret Corrow=2");
        // a short first word: a surname written first
        DocumentEntities first = GROUPER.group(tagged(
                "Quon/NNP/PERSON Yaolin/NNP/PERSON spoke/VBD/O/speak ./././O",
                "Quon/NNP/PERSON said/VBD/O/say it/PRP/O would/MD/O take/VB/O years/NNS/O ./././O"));
        assertThat(people(first)).containsExactly("Quon Yaolin=2");
        // called by the surname too
        DocumentEntities surname = GROUPER.group(tagged(
                "Pellastrine/NNP/PERSON Corrow/NNP/PERSON spoke/VBD/O/speak ./././O",
                "Corrow/NNP/PERSON left/VBD/O/leave ./././O",
                "Pellastrine/NNP/PERSON said/VBD/O/say it/PRP/O would/MD/O sell/VB/O a/DT/O unit/NN/O ./././O"));
        assertThat(people(surname)).containsExactly("Pellastrine Corrow=3");
    }
    @Test
    void aSurnameWithAnAgeBesideTheCompanyItNamesIsThePerson() {
        DocumentEntities e = GROUPER.group(tagged(
                "Osric/NNP/PERSON Dunwarden/NNP/PERSON founded/VBD/O/found Dunwarden/NNP/ORGANIZATION Cheese/NNP/ORGANIZATION ./././O",
                "Dunwarden/NNP/ORGANIZATION ,/,/O 81/CD/NUMBER ,/,/O will/MD/O retire/VB/O ./././O"));
        assertThat(people(e)).containsExactly("Osric Dunwarden=2");
        assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Dunwarden Cheese");
        // a number that is no age in apposition: the company's
        DocumentEntities f = GROUPER.group(tagged(
                "Osric/NNP/PERSON Dunwarden/NNP/PERSON founded/VBD/O/found Dunwarden/NNP/ORGANIZATION Cheese/NNP/ORGANIZATION ./././O",
                "Dunwarden/NNP/ORGANIZATION ,/,/O 81/CD/NUMBER percent/NN/O owned/VBN/O/own ,/,/O rose/VBD/O/rise ./././O"));
        assertThat(people(f)).containsExactly("Osric Dunwarden=1");
    }

    @Test
    void aSurnameThatIsACommonWordJoinsThePersonNamedInFull() {
        DocumentEntities e = GROUPER.group(tagged(
                "Ysolde/NNP/PERSON Court/NNP/PERSON ,/,/O a/DT/O lawyer/NN/TITLE ,/,/O spoke/VBD/O ./././O",
                "Court/NNP/PERSON said/VBD/O/say the/DT/O evidence/NN/O was/VBD/O/be weak/JJ/O ./././O"));
        assertThat(people(e)).containsExactly("Ysolde Court=2");
        // after "the" it is a court, and alone it names nothing: dropped as before
        DocumentEntities court = GROUPER.group(tagged(
                "Ysolde/NNP/PERSON Court/NNP/PERSON ,/,/O a/DT/O lawyer/NN/TITLE ,/,/O spoke/VBD/O ./././O",
                "the/DT/O Court/NNP/PERSON ruled/VBD/O/rule ./././O"));
        assertThat(people(court)).containsExactly("Ysolde Court=1");
        DocumentEntities alone = GROUPER.group(tagged(
                "Street/NNP/PERSON said/VBD/O/say the/DT/O road/NN/O was/VBD/O/be shut/VBN/O ./././O"));
        assertThat(people(alone)).isEmpty();
    }

    @Test
    void theFirstOfTwoSurnamesAloneIsTheFullName() {
        DocumentEntities e = GROUPER.group(tagged(
                "Lucinda/NNP/PERSON Ferravol/NNP/PERSON Ortaza/NNP/PERSON won/VBD/O/win ./././O",
                "Ferravol/NNP/PERSON said/VBD/O/say she/PRP/O was/VBD/O/be glad/JJ/O ./././O"));
        assertThat(people(e)).containsExactly("Lucinda Ferravol Ortaza=2");
        // a listed given name in the middle is a middle name: alone it is someone else
        DocumentEntities middle = GROUPER.group(tagged(
                "Alphonse/NNP/PERSON Ambrose/NNP/PERSON Tarranby/NNP/PERSON won/VBD/O/win ./././O",
                "Ambrose/NNP/PERSON said/VBD/O/say he/PRP/O was/VBD/O/be glad/JJ/O ./././O"));
        assertThat(people(middle)).containsExactly("Alphonse Ambrose Tarranby=1", "Ambrose=1");
    }

    @Test
    void aGivenNameOfBothSexesOpensAPersonReadAsAPlace() {
        DocumentEntities e = GROUPER.group(tagged(
                "Hollis/NNP/LOCATION Quembridge/NNP/LOCATION ,/,/O a/DT/O designer/NN/O ,/,/O opened/VBD/O/open a/DT/O shop/NN/O ./././O",
                "Quembridge/NNP/PERSON said/VBD/O/say sales/NNS/O/sale rose/VBD/O/rise ./././O"));
        assertThat(people(e)).containsExactly("Hollis Quembridge=2");
        // no person of the document bears its last word: a place
        DocumentEntities place = GROUPER.group(tagged(
                "They/PRP/O met/VBD/O/meet at/IN/O Hollis/NNP/LOCATION Quembridge/NNP/LOCATION ./././O"));
        assertThat(people(place)).isEmpty();
        assertThat(names(place, EntityType.LOCATION)).containsExactly("Hollis Quembridge");
    }
}
