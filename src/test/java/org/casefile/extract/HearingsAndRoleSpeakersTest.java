package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An invented bribery story read as a new user would (session 17): a hearing at which a plea of
 * not guilty was entered shown as a hearing that did not happen, a hearing a lawyer argued at read
 * as hearsay and left undated, a hearing only asked for shown as held, the Tuesday of "was found
 * not guilty of killing him on Tuesday" taken as the coming one, and a quote whose speaker follows
 * the role ("said the attorney, Ann Lee") left with the role. Names and places appear nowhere in
 * the corpus.
 */
class HearingsAndRoleSpeakersTest {
    private static final LocalDate SATURDAY = LocalDate.of(2031, 6, 14);

    /** Each event as {@code trigger/type/polarity/modality/date}. */
    private static List<String> events(String text) {
        return Texts.extract(text, SATURDAY).events().stream().map(e -> e.trigger().text() + "/"
                + e.type().name().toLowerCase() + "/" + e.polarity().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase() + "/" + e.date().value()).toList();
    }

    /** Each claim as {@code speaker name|speaker entity's name: text}. */
    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, SATURDAY);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> c.speakerName() + "|" + names.get(c.speaker()) + ": " + c.text()).toList();
    }

    @Test
    void aPleaOfNotGuiltyDeniesNoHearing() {
        assertThat(events("Brenna Causwell pleaded not guilty at a brief hearing."))
                .containsExactly("pleaded/plea/positive/asserted/null", "hearing/hearing/positive/asserted/null");
        // negative: a verdict of not guilty names a charge, no act (session 32: the killing is no event)
        assertThat(events("Brenna Causwell was found not guilty of killing Tobiah Renquist."))
                .containsExactly("found/verdict/positive/asserted/null");
    }

    @Test
    void aHearingSomeoneSpokeAtTookPlaceThen() {
        assertThat(events("Tobiah Renquist argued at a hearing last month that the search was illegal."))
                .containsExactly("hearing/hearing/positive/asserted/2031-05", "argued/statement/positive/asserted/2031-05");
        assertThat(events("Tobiah Renquist was arrested during a raid on Tuesday."))
                .containsExactly("arrested/arrest/positive/asserted/2031-06-10");
        // negative: what one speaks of is still hearsay, and a time after another event is not that event's
        assertThat(events("Tobiah Renquist resigned on Tuesday, two weeks after the hearing."))
                .containsExactly("resigned/resignation/positive/asserted/2031-06-10", "hearing/hearing/positive/asserted/2031-05-27");
    }

    @Test
    void aHearingAskedForIsNoHearingHeld() {
        assertThat(events("Judge Ismay Corwenna on Tuesday denied the request for a hearing.").stream()
                .filter(e -> e.startsWith("hearing")).toList())
                .containsExactly("hearing/hearing/positive/hypothetical/null");
        assertThat(events("Tobiah Renquist filed a petition for a hearing."))
                .containsExactly("filed/filing/positive/asserted/null", "hearing/hearing/positive/hypothetical/null");
    }

    @Test
    void aDayInThePhraseOfAPastVerbIsPast() {
        // Saturday's story: the Tuesday before it, not the one after
        assertThat(Texts.dates("Brenna Causwell was found not guilty of killing Tobiah Renquist on Tuesday.", SATURDAY))
                .containsExactly("Tuesday=2031-06-10");
        assertThat(Texts.dates("Brenna Causwell was arrested for robbing a bank on Tuesday.", SATURDAY))
                .containsExactly("Tuesday=2031-06-10");
        // negative: a present or future verb says nothing of the gerund's day (the nearest Tuesday)
        assertThat(Texts.dates("Brenna Causwell will be tried for robbing a bank on Tuesday.", SATURDAY))
                .containsExactly("Tuesday=2031-06-17");
    }

    @Test
    void aNameAfterTheRoleThatSpeaksIsTheSpeaker() {
        assertThat(claims("\"My client never took a bribe,\" said the attorney, Tobiah Renquist."))
                .containsExactly("Tobiah Renquist|Tobiah Renquist: My client never took a bribe,");
        assertThat(claims("\"We will appeal,\" said the attorney, Tobiah Renquist, who has represented her for years."))
                .containsExactly("Tobiah Renquist|Tobiah Renquist: We will appeal,");
        // negative: a name that only says whose the role is, or a body, does not speak; the role alone stays the role
        assertThat(claims("\"We will appeal,\" said the attorney, Tobiah Renquist's partner."))
                .containsExactly("the attorney|null: We will appeal,");
        assertThat(claims("\"We will appeal,\" said the attorney."))
                .containsExactly("the attorney|null: We will appeal,");
    }
}
