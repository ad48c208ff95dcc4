package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Photo captions and lists of names in invented local news: a side in a caption's brackets is no
 * journey, and a name listed among people is a person however the tagger read it.
 */
class CaptionsAndNameListsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 14); // a Friday

    /** The document's entities as {@code name/TYPE}, in order. */
    private static List<String> entities(String text) {
        return Texts.extract(text, PUBLISHED).entities().stream().map(e -> e.name() + "/" + e.type()).toList();
    }

    @Test
    void aSideInACaptionsBracketsIsNoJourney() {
        assertThat(Texts.eventReadings("Photo: Council members Tobiah Ferncastle (left) and Ines Valkoren at Tuesday's meeting.",
                PUBLISHED)).isEmpty();
        assertThat(Texts.eventReadings("Ines Valkoren (second from left) speaks with residents on Tuesday.", PUBLISHED))
                .noneMatch(e -> e.startsWith("travel"));
        // negative: someone who left is a journey, brackets or not
        assertThat(Texts.eventReadings("Tobiah Ferncastle left Quorvik on Tuesday (in the rain).", PUBLISHED))
                .containsExactly("travel/null/positive/asserted/2031-03-11 [Tobiah Ferncastle:agent]");
    }

    @Test
    void aNameListedAmongPeopleIsAPerson() {
        assertThat(entities("The three, Osric Talbert, Mirela Quist and Davin Oyelaran, did not return calls."))
                .containsExactly("Osric Talbert/PERSON", "Mirela Quist/PERSON", "Davin Oyelaran/PERSON");
        // negatives: a company in a list of people stays a company, and so does one beside a single person
        assertThat(entities("Ugo Marasti, Halvard Freight Inc. and Wendeline Oskarsdottir signed the deal."))
                .contains("Halvard Freight Inc./ORGANIZATION");
        assertThat(entities("Ugo Marasti, Wendeline Oskarsdottir and the Tarnfield Gazette were named in the suit."))
                .contains("Tarnfield Gazette/ORGANIZATION");
        assertThat(entities("Ugo Marasti and Brenmoor Partners signed the deal on Tuesday."))
                .containsExactly("Ugo Marasti/PERSON", "Brenmoor Partners/ORGANIZATION");
    }

    @Test
    void twoPeopleSideBySideAreTwoNames() {
        assertThat(entities("On Thursday Ansel Marwick told Wilhelmina Tolliver Odell Finch would resign."))
                .containsExactly("Ansel Marwick/PERSON", "Wilhelmina Tolliver/PERSON", "Odell Finch/PERSON");
        // negatives: one person's long name with a second given name, and a surname that is no given name
        assertThat(entities("Wilhelmina Annabel Pashkova Tolbrin resigned on Thursday."))
                .containsExactly("Wilhelmina Annabel Pashkova Tolbrin/PERSON");
        assertThat(entities("Teodoro Anselmo Ferrandiz Ollero resigned on Thursday."))
                .containsExactly("Teodoro Anselmo Ferrandiz Ollero/PERSON");
    }
}
