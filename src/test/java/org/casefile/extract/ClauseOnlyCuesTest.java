package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A verb that reports speech only with a clause, a colon or a quote ({@code speech-that} in
 * claim-cues.txt: "recall", "press", "voice") is an ordinary verb where it has none: "recalled
 * 40,000 jars" is a product recall, no saying. Names and places appear nowhere in the corpus.
 */
class ClauseOnlyCuesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 14);

    private static List<String> claims(String text) {
        return Texts.extract(text, FRIDAY).claims().stream()
                .map(c -> c.speakerName() + " | " + c.text() + (c.polarity() == null ? "" : " | " + c.polarity().json()))
                .toList();
    }

    private static List<String> events(String text) {
        return Texts.extract(text, FRIDAY).events().stream()
                .map(e -> e.type().json() + "/" + e.trigger().text() + "/" + e.date().value()).toList();
    }

    @Test
    void aRecallOfGoodsIsNoSaying() {
        assertThat(claims("Brisco Farms Inc. on Monday recalled about 40,000 jars of pureed carrots.")).isEmpty();
        assertThat(claims("Brisco Farms did not recall its other products.")).isEmpty();
        assertThat(events("Brisco Farms Inc. on Monday recalled about 40,000 jars of pureed carrots."))
                .containsExactly("other/recalled/2031-03-10");
    }

    @Test
    void aRecallWithAClauseOrAQuoteIsASaying() {
        assertThat(claims("Ondine Stanwick recalled that the plant had passed every inspection."))
                .containsExactly("Ondine Stanwick | the plant had passed every inspection");
        assertThat(claims("\"We had no warning,\" Ondine Stanwick recalled."))
                .containsExactly("Ondine Stanwick | We had no warning,");
        // negative: a memory with no clause says nothing
        assertThat(claims("Ondine Stanwick recalled the night the plant burned.")).isEmpty();
        assertThat(events("Ondine Stanwick recalled that the plant had passed every inspection."))
                .noneMatch(e -> e.startsWith("other/recalled"));
    }
}
