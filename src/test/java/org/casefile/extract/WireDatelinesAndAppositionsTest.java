package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * What a new, invented story (a chemical company's river spill, a state's lawsuit and its
 * settlement, in an HTML article and a wire text) showed, each as an invented sentence: a person
 * apposed to a title whose name the tagger read as a place, that person's words and her pronoun
 * given to someone else, and a wire dateline with the agency in parentheses read as part of what a
 * source said. Names and places appear nowhere in the corpus.
 */
class WireDatelinesAndAppositionsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2031, 3, 13);

    private static List<String> claims(String text) {
        return Texts.extract(text, THURSDAY).claims().stream().map(c -> c.speakerName() + " | " + c.text()).toList();
    }

    private static Map<String, EntityType> types(String text) {
        return Texts.extract(text, THURSDAY).entities().stream()
                .collect(Collectors.toMap(Entity::name, Entity::type, (a, b) -> a));
    }

    @Test
    void aNameApposedToATitleIsAPersonWhoSpeaks() {
        String text = "Residents were told not to drink tap water for nine days.\n\n"
                + "The town's mayor, Ysmay Corvander, said many families still buy bottled water. "
                + "\"People don't trust it anymore,\" she said.";
        assertThat(types(text)).containsEntry("Ysmay Corvander", EntityType.PERSON);
        assertThat(claims(text)).containsExactly(
                "Ysmay Corvander | many families still buy bottled water",
                "Ysmay Corvander | People don't trust it anymore,");
    }

    @Test
    void aPlaceApposedToAPhraseThatOnlyHoldsATitleStaysAPlace() {
        // the title does not end the phrase before the comma: "home county" is apposed, not "governor"
        assertThat(types("The governor's home county, Pellingham County, voted against the plan on Monday."))
                .containsEntry("Pellingham County", EntityType.LOCATION);
    }

    @Test
    void aWireDatelineWithItsAgencyIsNotWhatTheSourceSaid() {
        String text = "Brambury Paints agrees to settle spill suit\n\n"
                + "WICKERSBY (Ferncastle Wire) - Brambury Paints Co. agreed on Tuesday to pay $4 million to settle "
                + "the state's lawsuit, Attorney General Lirabel Penwarden said.";
        assertThat(claims(text)).containsExactly(
                "Lirabel Penwarden | Brambury Paints Co. agreed on Tuesday to pay $4 million to settle the state's lawsuit");
        // the agency is a body and the dateline's word a place, though the tagger read neither so
        assertThat(types(text)).containsEntry("Ferncastle Wire", EntityType.ORGANIZATION)
                .containsEntry("Wickersby", EntityType.LOCATION);
        // negative: a party's letter in parentheses is no agency
        assertThat(claims("Rep. Lirabel Penwarden (R) said the plan would fail.")).containsExactly(
                "Lirabel Penwarden | the plan would fail");
        // negative: a hyphen inside a sentence ends nothing that a source said
        assertThat(claims("The vote (held in Wickersby) - a close one - went to the council, Lirabel Penwarden said."))
                .containsExactly("Lirabel Penwarden | The vote (held in Wickersby) - a close one - went to the council");
    }
    @Test
    void aSourceWithAnAsideBetweenDashesSpeaks() {
        assertThat(claims("Ysmay Corvander \u2014 a longtime critic of the plan \u2014 said the dam would fail."))
                .containsExactly("Ysmay Corvander | the dam would fail");
        assertThat(claims("Ysmay Corvander -- a longtime critic -- said the dam would fail."))
                .containsExactly("Ysmay Corvander | the dam would fail");
        assertThat(claims("The town's engineer \u2014 who has warned of it for years \u2014 said the dam would fail."))
                .containsExactly("The town's engineer | the dam would fail");
        // negative: the words before an aside that ends at an inverted verb are what was said, not who said it
        assertThat(claims("The dam held for years \u2014 until Monday \u2014 said Ysmay Corvander."))
                .noneMatch(c -> c.startsWith("years") || c.startsWith("The dam |"));
    }

    @Test
    void aDatelineBelowAPagesHeadlineBylineAndDateLinesIsNoPartOfTheClaim() {
        String text = "Ferry to stop\n\nBy Ysmay Corvander\n\nHarbor Wire\n\nMarch 13, 2031\n\n"
                + "QUILLANE (Harbor Wire) — The ferry will stop in May, officials said.";
        assertThat(claims(text)).containsExactly("officials | The ferry will stop in May");
        // a dateline on a line of its own, a sentence of its own, is read whole
        assertThat(claims("QUILLANE, March 12 (Harbor Wire) \u2014\n\nThe ferry will stop in May, officials said."))
                .containsExactly("officials | The ferry will stop in May");
        // the aside in capitals inside a quote is not cut: the claim is the whole quote
        assertThat(claims("\u201cWe won. NATO \u2014 ask any diplomat \u2014 is stronger,\u201d Ysmay Corvander said."))
                .containsExactly("Ysmay Corvander | We won. NATO \u2014 ask any diplomat \u2014 is stronger,");
    }
}
