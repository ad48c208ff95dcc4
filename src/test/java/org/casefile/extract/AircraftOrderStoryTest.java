package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented aircraft order read as a new user would (session 18): "Deliveries are due in the
 * second half of 2034, chief executive X told a news conference" dated the telling to 2034 and made
 * a second event of the news conference; "The airline last ordered aircraft in 2027" (tagged and
 * parsed as "ordered aircraft") was a court's ruling; a company's first word, read alone as a place
 * or named before a line of business the lists lacked ("Aircraft"), stood apart from the company;
 * "…, the airline said on Wednesday, a deal worth $4.8 billion that …" took the aside for what was
 * said. Names appear nowhere in the corpus.
 */
class AircraftOrderStoryTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2032, 2, 4);

    /** Each event as {@code trigger/type/date [participant names]}. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, WEDNESDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end()) + "/"
                + e.type().name().toLowerCase() + "/" + e.date().value() + " "
                + e.participants().stream().map(p -> names.get(p.entity())).toList()).toList();
    }

    /** Each entity as {@code TYPE:name [other forms]}. */
    private static List<String> entities(String text) {
        return Texts.extract(text, WEDNESDAY).entities().stream().map(e -> e.type() + ":" + e.name() + " " + e.aliases()).toList();
    }

    private static List<String> claims(String text) {
        return Texts.extract(text, WEDNESDAY).claims().stream().map(c -> c.speakerName() + ": " + c.text()).toList();
    }

    @Test
    void aTellingTakesNoDateFromWhatWasTold() {
        assertThat(events("The first deliveries are due in the second half of 2034, chief executive Teodora Marchetti "
                + "told a news conference in Brixham."))
                .containsExactly("told/statement/2032-02-04 [Teodora Marchetti]");
        // negative: a day said of the telling dates it
        assertThat(events("Teodora Marchetti told a news conference on Monday that deliveries are due in 2034."))
                .containsExactly("told/statement/2032-02-02 [Teodora Marchetti]");
    }

    @Test
    void anAirlineOrderingPlanesIsNoRuling() {
        assertThat(events("The airline last ordered aircraft in 2027, when it bought 12 planes.")).isEmpty();
        // negative: a judge who orders rules, and so does one whose relative clause grants
        assertThat(events("Judge Linnea Fjelstad ordered the release of the files on Monday."))
                .anyMatch(e -> e.startsWith("ordered/ruling/2032-02-02"));
        assertThat(events("The group welcomed the decision of an immigration judge who, on Monday, February 2, 2032, "
                + "granted Teodora Marchetti withholding of removal."))
                .anyMatch(e -> e.contains("/ruling/2032-02-02"));
    }

    @Test
    void aCompanysFirstWordIsTheCompany() {
        assertThat(entities("Avenor Aircraft delivered 311 planes. Avenor shares rose 3 percent."))
                .containsExactly("ORGANIZATION:Avenor Aircraft [Avenor]");
        assertThat(entities("Halberd Aerospace lost the order. Halberd, which had hoped to win it, said it remained in talks."))
                .containsExactly("ORGANIZATION:Halberd Aerospace [Halberd]");
        // negative: a place the text puts something in stays a place
        assertThat(entities("Glenmoor Aerospace lost the order. The plant in Glenmoor will close."))
                .contains("LOCATION:Glenmoor []");
    }

    @Test
    void anAsideAfterTheSourceIsNoPartOfWhatWasSaid() {
        assertThat(claims("Skyvance Airlines has ordered 40 jets from Avenor Aircraft, the airline said on Wednesday, "
                + "a deal worth about $4.8 billion that ends months of talks."))
                .containsExactly("the airline: Skyvance Airlines has ordered 40 jets from Avenor Aircraft");
        // negative: a fronted phrase before the source, and a clause after the verb, keep what follows
        assertThat(claims("After the vote, the airline said on Wednesday, the board will meet again in May."))
                .containsExactly("the airline: the board will meet again in May");
    }
}
