package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Business, jobs and match reports: a phrase set off after "X said Tuesday," that comments on the
 * figure before it ("in a sign that …", "suggesting …", "the latest sign that …") leaves that figure
 * what was said; "adding to evidence that …" is no saying; a participle after a set-off common noun
 * source ("…, the company said, citing …") is that source's; and a quote after "she said after the
 * game." goes on with the one before. The names and places are invented and appear nowhere in the
 * corpus or the shared development data.
 */
class CommentsAfterTheSourceTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 2);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aSignAfterTheVerbLeavesTheFigureBeforeItWhatWasSaid() {
        assertThat(claims("Employers in Quenmarsh added 94,000 jobs in March, the Labor Department said Tuesday, in a sign"
                + " that hiring slowed as interest rates stayed high."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Labor Department", "Employers in Quenmarsh added 94,000 jobs in March"));
        assertThat(claims("Sales at Dravolt rose 5 percent, the company said, the latest sign that the recovery is gaining pace."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the company", "Sales at Dravolt rose 5 percent"));
    }

    @Test
    void aParticipleThatCommentsLeavesTheFigureWhatWasSaid() {
        List<Claim> cs = claims("The jobless rate in Quenmarsh held at 4.1 percent, the agency said, suggesting the labor"
                + " market is cooling gradually.");
        assertThat(cs).extracting(Claim::text).contains("The jobless rate in Quenmarsh held at 4.1 percent")
                .doesNotContain("suggesting the labor market is cooling gradually");
        assertThat(claims("Prices in Quenmarsh rose 3 percent, the bureau said on Tuesday, signaling that inflation remains sticky."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the bureau", "Prices in Quenmarsh rose 3 percent"));
    }

    @Test
    void addingToEvidenceIsNoSaying() {
        assertThat(claims("Retail sales in Quenmarsh rose 0.4 percent last month, the Commerce Department said on Friday,"
                + " adding to evidence that shoppers remain resilient."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Commerce Department", "Retail sales in Quenmarsh rose 0.4 percent last month"));
        // "adding that" stays a saying of the same source
        assertThat(claims("The Dravolt plant will close in May, Ilse Marrowby said on Monday, adding that the workers"
                + " would be paid.")).extracting(Claim::speakerName, Claim::text).containsExactly(
                        tuple("Ilse Marrowby", "The Dravolt plant will close in May"),
                        tuple("Ilse Marrowby", "the workers would be paid"));
    }

    @Test
    void aParticipleAfterASetOffCommonNounSourceIsThatSourcesSaying() {
        List<Claim> cs = claims("Profit at Dravolt fell 30 percent, the company said on Tuesday, citing higher steel costs.");
        assertThat(cs).extracting(Claim::speakerName).containsOnly("the company");
        assertThat(cs).extracting(Claim::speakerName).doesNotContain("Profit", "Profit at Dravolt");
        assertThat(cs).extracting(Claim::text).first().isEqualTo("Profit at Dravolt fell 30 percent");
    }

    @Test
    void aQuoteAfterTheVerbsOwnAdjunctsGoesOn() {
        assertThat(claims("\"I am proud of the players,\" Liska Horvend said after the game. \"They gave everything.\""))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Liska Horvend", "I am proud of the players, They gave everything."));
        // a clause of its own after the verb is no adjunct: the short quote after it is not joined
        assertThat(claims("\"It was a fair result,\" Liska Horvend said on Sunday, adding that she was tired. \"We move on.\""))
                .extracting(Claim::text).doesNotContain("It was a fair result, We move on.");
    }
}
