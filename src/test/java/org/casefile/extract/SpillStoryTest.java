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
 * An invented chemical-spill story read as a new user would (session 18): a court caption in
 * capitals made a person of the company's first word and a date of the case number's year; a
 * quotation's "within the hour" dated its speaker's saying; the speaker of "said the fine was no
 * finding in the lawsuit" became a party to the lawsuit; a hearing "scheduled for May 14 … has
 * been cancelled" stood as a planned hearing; "were told not to drink the water until Friday" put
 * Friday in the past; a dateline opened the text of a claim.
 * Names appear nowhere in the corpus.
 */
class SpillStoryTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 12);

    private static List<String> entities(String text) {
        return Texts.extract(text, WEDNESDAY).entities().stream().map(e -> e.type() + ":" + e.name()).toList();
    }

    /** Each event as {@code trigger/type/polarity/modality/date [participant names]}. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, WEDNESDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end()) + "/"
                + e.type().name().toLowerCase() + "/" + e.polarity().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase() + "/" + e.date().value() + " "
                + e.participants().stream().map(p -> names.get(p.entity())).toList()).toList();
    }

    /** Each claim as {@code speaker name: text}. */
    private static List<String> claims(String text) {
        return Texts.extract(text, WEDNESDAY).claims().stream().map(c -> c.speakerName() + ": " + c.text()).toList();
    }

    @Test
    void aCompanyInACaptionInCapitalsIsNoPerson() {
        String caption = "TOLLAND HALDEN, Plaintiff, v. MORVICK PAINT CO., Defendant.";
        assertThat(entities(caption)).contains("ORGANIZATION:MORVICK PAINT CO.")
                .noneMatch(e -> e.startsWith("PERSON:") && e.toLowerCase().contains("morvick"));
        assertThat(entities("Shares of Brannock Tolland Inc. fell on Tuesday."))
                .containsExactly("ORGANIZATION:Brannock Tolland Inc.");
        // negative: a word the story also writes in small letters opens no company's name
        assertThat(entities("DEFENDANT MORVICK PAINT CO. denies the claims. The defendant filed a reply."))
                .contains("ORGANIZATION:MORVICK PAINT CO.").noneMatch(e -> e.startsWith("PERSON"));
    }

    @Test
    void aCaseNumberHoldsNoDate() {
        assertThat(Texts.dates("Case No. 2031-CV-0388 was filed in Glenmoor County.", WEDNESDAY)).isEmpty();
        assertThat(Texts.dates("Docket 31-cr-00152 names him.", WEDNESDAY)).isEmpty();
        // negative: years joined by a hyphen, and a year before a word, stay dates
        assertThat(Texts.dates("The plant ran from 2019-2024 without a leak.", WEDNESDAY)).isNotEmpty();
        assertThat(Texts.dates("The 2019-era tanks were replaced.", WEDNESDAY)).containsExactly("2019=2019");
    }

    @Test
    void aQuotationDatesNothingOutsideIt() {
        // the saying is the story's: "within the hour" is what should have happened
        assertThat(events("\"We should have heard about this within the hour,\" Lisette Dasko said."))
                .containsExactly("said/statement/positive/asserted/2031-03-12 [Lisette Dasko]");
        // negative: a day said of the saying, outside the quotation, dates it
        assertThat(events("\"We will appeal,\" Lisette Dasko said Monday."))
                .containsExactly("said/statement/positive/asserted/2031-03-10 [Lisette Dasko]");
    }

    @Test
    void aSpeakerIsNoPartyToWhatSheSpeaksOf() {
        assertThat(events("Director Lisette Dasko said the fine was not a finding of fault in the lawsuit."))
                .containsExactly("said/statement/positive/asserted/2031-03-12 [Lisette Dasko]");
        // negative: a noun the speaker's own verb names is the speaker's ("announced the acquisition")
        assertThat(events("Pembry Veskin Corp. announced the acquisition of Marlowe Ltd. on Tuesday."))
                .anyMatch(e -> e.startsWith("acquisition/") && e.contains("Pembry Veskin Corp."));
    }

    @Test
    void aPlanCalledOffIsNegative() {
        assertThat(events("The hearing scheduled for May 14, 2031 has been cancelled."))
                .containsExactly("hearing/hearing/negative/planned/2031-05-14 []");
        assertThat(events("The hearing scheduled for May 14 was cancelled."))
                .containsExactly("hearing/hearing/negative/planned/2031-05-14 []");
        // negative: not called off, still to come; held, no plan called off
        assertThat(events("The trial set for June 9 has not been cancelled."))
                .containsExactly("trial/trial/positive/planned/2031-06-09 []");
    }

    @Test
    void whatOneIsToldToDoLiesAheadOfTheTelling() {
        assertThat(Texts.dates("Residents were told not to drink tap water until at least Friday.", WEDNESDAY))
                .containsExactly("Friday=2031-03-14");
        assertThat(Texts.dates("The mayor urges residents to stay home until Friday.", WEDNESDAY))
                .containsExactly("Friday=2031-03-14");
        // negative: what was done on a day of the past stays there
        assertThat(Texts.dates("Residents were told on Friday not to drink tap water.", WEDNESDAY))
                .containsExactly("Friday=2031-03-07");
    }

    @Test
    void aDatelineIsNoPartOfWhatWasSaid() {
        assertThat(claims("GLENMOOR \u2014 A storage tank leaked solvent into the river on Sunday, state officials said Tuesday."))
                .containsExactly("state officials: A storage tank leaked solvent into the river on Sunday");
    }

    @Test
    void whatIsAskedForIsTheRequestNotAHearer() {
        assertThat(claims("Orrin Kilcoyne asked for a recount of the ballots for every district."))
                .containsExactly("Orrin Kilcoyne: a recount of the ballots for every district");
    }
}
