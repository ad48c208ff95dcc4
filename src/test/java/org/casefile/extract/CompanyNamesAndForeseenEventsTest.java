package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented takeover story read as a new user would (session 17): a company named in full once
 * and then by its first word, which the tagger left untagged at the head of a sentence (its report
 * had no speaker), a deal "expected to close in the first half of next year" left undated, and
 * "has not made an acquisition since 2019" dated 2019.
 * Names appear nowhere in the corpus.
 */
class CompanyNamesAndForeseenEventsTest {
    private static final LocalDate MONDAY = LocalDate.of(2030, 10, 14);

    /** Each organisation as {@code name: mentions as written}. */
    private static List<String> organisations(String text) {
        return Texts.extract(text, MONDAY).entities().stream().filter(e -> e.type() == org.casefile.domain.EntityType.ORGANIZATION)
                .map(e -> e.name() + ": " + e.mentions().stream().map(Mention::text).toList()).toList();
    }

    /** Each claim as {@code speaker's entity name: text}. */
    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, MONDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> names.get(c.speaker()) + ": " + c.text()).toList();
    }

    /** Each event as {@code trigger/type/modality/date}. */
    private static List<String> events(String text) {
        return Texts.extract(text, MONDAY).events().stream().map(e -> e.trigger().text() + "/"
                + e.type().name().toLowerCase() + "/" + e.modality().name().toLowerCase() + "/" + e.date().value()).toList();
    }

    @Test
    void aCompanysFirstWordNamesIt() {
        assertThat(claims("Haverstock Corp. makes sensors. Haverstock reported a loss of $42 million in the third quarter."))
                .containsExactly("Haverstock Corp.: a loss of $42 million in the third quarter");
        assertThat(organisations("Haverstock Corp. makes sensors. Haverstock reported a loss of $42 million in the third quarter."))
                .containsExactly("Haverstock Corp.: [Haverstock Corp., Haverstock]");
        // negative: a first word that is also a common word, a name beside another capitalised word,
        // and an organisation's name with no legal form stay as the tagger read them
        assertThat(organisations("Summit Ltd. makes sensors. Summit talks resumed after the summit on Monday."))
                .containsExactly("Summit Ltd.: [Summit Ltd.]");
        assertThat(organisations("Haverstock Corp. makes sensors. Haverstock Street was closed on Monday."))
                .containsExactly("Haverstock Corp.: [Haverstock Corp.]");
    }

    @Test
    void anEventExpectedToCloseIsDatedByTheClose() {
        assertThat(events("The acquisition of Haverstock Corp. is expected to close in the first half of next year."))
                .containsExactly("acquisition/acquisition/planned/2031-H1");
        assertThat(events("The trial of Ottoline Gadsworth is expected to begin in March."))
                .containsExactly("trial/trial/planned/2031-03");
        // negative: what one expects of an event, as its object, is no date of it; nor is a plan's own day
        assertThat(events("Ottoline Gadsworth expected the acquisition of Haverstock Corp. to close in March."))
                .doesNotContain("acquisition/acquisition/planned/2031-03");
    }

    @Test
    void whatDidNotHappenSinceADayIsNotOfThatDay() {
        assertThat(events("Quillmark Industries Inc. has not made an acquisition since 2019."))
                .containsExactly("acquisition/acquisition/asserted/null");
        assertThat(events("Ottoline Gadsworth has not been charged since her arrest in March."))
                .containsExactly("charged/charge/asserted/null", "arrest/arrest/asserted/2030-03");
        // negative: what has gone on since a day began then
        assertThat(events("Ottoline Gadsworth has been detained since March."))
                .containsExactly("detained/detention/asserted/2030-03");
    }
}
