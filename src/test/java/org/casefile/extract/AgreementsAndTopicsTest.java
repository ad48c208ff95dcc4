package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Events of the same invented spill story ({@link WireDatelinesAndAppositionsTest}): an agreement
 * to pay that was no event, the date and the place of what a lawsuit is about given to the
 * settling of it, the body a report comes from made a participant of what it reports, and a day
 * that a negated past clause reaches with "until" taken as a day ahead. Names and places appear
 * nowhere in the corpus.
 */
class AgreementsAndTopicsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2031, 3, 13);

    /** Each event as {@code trigger/type/modality/date/participants@place}. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, THURSDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> e.trigger().text() + "/" + e.type().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase() + "/" + e.date().value() + "/"
                + e.participants().stream().map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).toList()
                + "@" + (e.location() == null ? "-" : names.get(e.location()))).toList();
    }

    @Test
    void agreeingToDoSomethingIsAnAgreementMadeThen() {
        assertThat(events("Haldane Ottery agreed on Monday to plead guilty to fraud."))
                .containsExactly("agreed/agreement/asserted/2031-03-10/[Haldane Ottery:agent]@-",
                        // (the plea to come takes no day from the agreeing: it is not pleaded on Monday)
                        "plead/plea/planned/null/[Haldane Ottery:agent]@-");
        // negative: agreeing with a view is no agreement, nor agreeing to speak (a source's formula)
        assertThat(events("Haldane Ottery agrees that the fine is too small.")).isEmpty();
        assertThat(events("Haldane Ottery, who agreed to speak on condition of anonymity, said the plant would close."))
                .containsExactly("said/statement/asserted/2031-03-13/[Haldane Ottery:agent]@-");
        // negative: a phrase of place before an infinitive is no phrase of time ("moved from X to study" is travel)
        assertThat(events("Haldane Ottery moved from Tarrowby to study law."))
                .containsExactly("moved/travel/asserted/null/[Haldane Ottery:agent]@Tarrowby");
    }

    @Test
    void whatASuitIsAboutGivesTheSettlingNeitherItsDateNorItsPlace() {
        assertThat(events("Brambury Paints Co. agreed on Tuesday to pay $4 million to settle the lawsuit over "
                + "last year's leak into the Quillon River.")).contains(
                "agreed/agreement/asserted/2031-03-11/[Brambury Paints Co.:agent]@-",
                "settle/agreement/hypothetical/null/[Brambury Paints Co.:other]@-");
        // negative: a day's event the act is part of, or that does it, dates it ("in Monday's raid",
        // "Tuesday's explosion injured"); a place in what "of" joins is still the event's
        assertThat(events("Police arrested Haldane Ottery in Monday's raid on a warehouse."))
                .containsExactly("arrested/arrest/asserted/2031-03-10/[Haldane Ottery:patient]@-");
        assertThat(events("Tuesday's explosion injured Haldane Ottery at the Kelmscott plant."))
                .containsExactly("injured/injury/asserted/2031-03-11/[Haldane Ottery:patient]@Kelmscott",
                        "explosion/other/asserted/2031-03-11/[]@Kelmscott"); // session 23: a dated disaster with a place
        assertThat(events("The bombing of a market in Tarrowby killed 12 people on Monday."))
                .containsExactly("killed/killing/asserted/2031-03-10/[]@Tarrowby");
    }

    @Test
    void theBodyAReportComesFromTakesNoPartInWhatItReports() {
        assertThat(events("Haldane Ottery died in Tarrowby on Monday, according to the Kelmscott Coroner's Office."))
                .containsExactly("died/death/reported/2031-03-10/[Haldane Ottery:agent]@Tarrowby");
    }

    @Test
    void aDayANegatedPastClauseReachesWithUntilIsPast() {
        // a story of March 2031: the company did notify the state, on the July 23 before it
        assertThat(Texts.dates("The company knew of the leak on July 9 but did not notify the state until July 23.",
                THURSDAY)).containsExactly("July 9=2030-07-09", "July 23=2030-07-23");
        assertThat(Texts.dates("Haldane Ottery had not been charged until July 23.", THURSDAY))
                .containsExactly("July 23=2030-07-23");
        // negative: a limit a past clause sets may lie ahead ("extended the deadline until July 23"),
        // and a negation of another clause reaches no "until" ("did not explain why …")
        assertThat(Texts.dates("The board extended the deadline until July 23.", THURSDAY))
                .containsExactly("July 23=2031-07-23");
        assertThat(Texts.dates("Officials did not explain why the road was closed until July 23.", THURSDAY))
                .containsExactly("July 23=2031-07-23");
    }
}
