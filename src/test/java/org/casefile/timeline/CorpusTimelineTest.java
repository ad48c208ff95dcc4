package org.casefile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casefile.domain.ClaimKind;
import org.casefile.extract.Claim;
import org.casefile.extract.Event;
import org.casefile.support.TestPipelines;
import org.junit.jupiter.api.Test;

/** The sample corpus's timeline against the public facts of the case (../shared/case-facts.md). */
class CorpusTimelineTest {
    private final CaseFile c = TestPipelines.corpusCase();

    private Optional<Event> event(String type, String value) {
        return c.events().stream().filter(e -> e.type().json().equals(type) && value.equals(e.date().value())).findFirst();
    }

    @Test
    void theKeyEventsOfTheCaseAreThereWithTheirDays() {
        assertThat(event("killing", "2014-06-22")).isPresent();
        assertThat(event("travel", "2014-11")).isPresent();
        assertThat(event("arrest", "2018-08-15")).isPresent();
        assertThat(event("ruling", "2021-04-21")).isPresent();
        assertThat(event("statement", "2021-05-11")).isPresent();
        assertThat(event("hearing", "2021-05-13")).isPresent();
        assertThat(event("hearing", "2021-07-27")).isPresent();
        assertThat(event("filing", "2022-01")).isPresent();
        assertThat(event("ruling", "2022-03-28")).isPresent();
    }

    @Test
    void anEventSeveralDocumentsReportIsOneEventWithItsSources() {
        Event arrest = event("arrest", "2018-08-15").orElseThrow();
        assertThat(arrest.sources()).isGreaterThanOrEqualTo(4);
        assertThat(arrest.citations().stream().map(cit -> cit.document()).distinct().count()).isEqualTo(arrest.sources());
        assertThat(c.events().stream().filter(e -> e.type().json().equals("arrest") && "2018-08-15".equals(e.date().value())))
                .hasSize(1);
        assertThat(event("killing", "2014-06-22").orElseThrow().sources()).isGreaterThanOrEqualTo(2);
        // the ruling of 2021-04-21 that names Ameen: two reports ("took Ameen into custody Wednesday after the
        // ruling" dates the custody, not the ruling, which it only places before). (A report that names nobody, "A federal
        // judge on Wednesday turned down ...", stays apart: one day and one type are no evidence of one event;
        // "declined to certify" also gives a negated certification, which is kept apart.)
        String ameen = c.entities().stream().filter(e -> e.name().equals("Omar Abdulsattar Ameen")).findFirst()
                .orElseThrow().id();
        assertThat(c.events().stream().filter(e -> e.isFact() && e.type().json().equals("ruling")
                && "2021-04-21".equals(e.date().value())
                && e.participants().stream().anyMatch(p -> p.entity().equals(ameen))))
                .singleElement().satisfies(e -> assertThat(e.sources()).isEqualTo(2));
    }

    @Test
    void eventsAreInDateOrderUndatedLastAndAllCited() {
        List<Event> events = c.events();
        LocalDate previous = LocalDate.MIN;
        boolean undatedSeen = false;
        for (Event e : events) {
            assertThat(e.citations()).isNotEmpty();
            if (e.date().begin() == null) {
                undatedSeen = true;
                continue;
            }
            assertThat(undatedSeen).as("a dated event after an undated one: %s", e.id()).isFalse();
            assertThat(e.date().begin()).isAfterOrEqualTo(previous);
            previous = e.date().begin();
        }
        assertThat(events).extracting(Event::id).first().isEqualTo("v1");
    }

    @Test
    void everyDirectQuoteHasItsSpeaker() {
        List<Claim> quotes = c.claims().stream().filter(cl -> cl.kind() == ClaimKind.QUOTE).toList();
        // 12 quoted passages; a quote continued after its attribution ("…," she said. "…") is one claim
        // (the press release's "…," said CAIR-SV/CC Executive Director Basim Elkarra. "…" is one claim
        // now that the slash in the body's name no longer cuts the source phrase)
        assertThat(quotes).hasSize(8);
        assertThat(quotes.stream().mapToInt(q -> q.citations().size()).sum()).isEqualTo(12);
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.speaker()).as("speaker of %s", q.text()).isNotNull();
            assertThat(q.citations()).isNotEmpty();
        });
        // the speaker as written may be a surname ("…," Elkarra said); its entity carries the full name
        java.util.Map<String, String> names = new java.util.HashMap<>();
        c.entities().forEach(e -> names.put(e.id(), e.name()));
        assertThat(quotes).extracting(q -> names.get(q.speaker())).contains("Rachelle Barbour", "Basim Elkarra");
    }

    @Test
    void noDateIsAnchoredToTheDayTheToolRuns() {
        LocalDate today = LocalDate.now();
        assertThat(c.events()).allSatisfy(e -> assertThat(e.date().begin()).isNotEqualTo(today));
        assertThat(c.dates()).allSatisfy(d -> assertThat(d.value()).doesNotStartWith(today.toString()));
    }
}
