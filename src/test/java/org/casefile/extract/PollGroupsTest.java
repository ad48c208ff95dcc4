package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who answers a poll, as poll stories write it: a group with the word that says it was asked
 * ("those surveyed", "voters polled", "voters overall"), a figure with "percent", and two groups'
 * answers in one sentence joined by a contrast (", while", ", whereas"), each its own claim.
 * Negatives: a contrast with no comma stays inside the first claim, and a figure is no speaker
 * of a clause with no verb of speech. The names and places are invented and appear nowhere in the
 * corpus or the shared development data.
 */
class PollGroupsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void theGroupThatAnsweredAPollSpeaks() {
        assertThat(claims("Again, those surveyed said the Velmark mayor was best able to handle the harbor.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("those surveyed",
                        "the Velmark mayor was best able to handle the harbor"));
        assertThat(claims("Some 56 percent of Velmark voters polled said they were less likely to vote for the mayor."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(tuple(
                        "Some 56 percent of Velmark voters polled", "they were less likely to vote for the mayor"));
    }

    @Test
    void twoGroupsAnswersJoinedByAContrastAreTwoClaims() {
        assertThat(claims("Among Dunmerrow voters, 74 percent said they are set on the mayor, and 22 percent said they"
                + " might change their mind.")).extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("74 percent", "they are set on the mayor"),
                        tuple("22 percent", "they might change their mind"));
        assertThat(claims("Tamsin Orrowby said the Velmark fee is too high, while harbor officials said it is fair."))
                .extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("Tamsin Orrowby", "the Velmark fee is too high"),
                        tuple("harbor officials", "it is fair"));
    }

    @Test
    void aContrastWithNoCommaOrAFigureWithNoVerbOfSpeechChangesNothing() {
        assertThat(claims("Tamsin Orrowby said the Velmark fee rose while officials said nothing about it."))
                .extracting(Claim::text).containsExactly("the Velmark fee rose while officials said nothing about it");
        assertThat(claims("Turnout in Velmark rose by 22 percent, while the harbor fee fell.")).isEmpty();
        assertThat(claims("Those surveyed in Velmark were mostly older voters.")).isEmpty();
    }
}
