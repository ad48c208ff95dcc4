package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who holds what view, the forms of the recall round on PolNeAR train that are no words said but
 * a view a named source holds, as political news attributes it: an aim in a "to" clause ("wants to",
 * "sought to"), a belief, hope or fear with its clause ("Democrats hope the vote will help"), and a
 * view of something "as" something ("voters see Lee as the stronger candidate"). Negatives: the
 * passive ("is expected to", "is seen as") is the writer's forecast or nobody's view, an object with
 * no clause of its own holds no proposition, a view with no "as" is a perception. The names and
 * places are invented and appear nowhere in the corpus or the shared development data.
 */
class HeldViewsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void anAimInAToClauseIsTheSubjectsView() {
        assertThat(claims("Orlanda Vesk wants to repeal the Brannoch harbor fee.")).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Orlanda Vesk", "to repeal the Brannoch harbor fee"));
        assertThat(claims("Corvin Tallis sought to reassure the investors in Brannoch.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Corvin Tallis", "to reassure the investors in Brannoch"));
        assertThat(claims("The Quillmere campaign is hoping to win the Brannoch primary.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("The Quillmere campaign", "to win the Brannoch primary"));
    }

    @Test
    void theWritersForecastInThePassiveIsNoClaim() {
        assertThat(claims("Orlanda Vesk is expected to win the Brannoch primary on Tuesday.")).isEmpty();
        assertThat(claims("The Brannoch council is widely expected to approve the budget.")).isEmpty();
        // and an object with no "to" clause states no aim
        assertThat(claims("Corvin Tallis wants a new harbor in Brannoch.")).isEmpty();
    }

    @Test
    void aBeliefHopeOrFearTakesItsClauseWithOrWithoutThat() {
        assertThat(claims("Orlanda Vesk fears the Brannoch vote will split the party.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Orlanda Vesk", "the Brannoch vote will split the party"));
        assertThat(claims("Corvin Tallis hopes that the Brannoch harbor reopens in May.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Corvin Tallis", "the Brannoch harbor reopens in May"));
        assertThat(claims("Many Brannoch fishermen suspect they would lose their licenses.")).extracting(Claim::text)
                .containsExactly("they would lose their licenses");
    }

    @Test
    void aFeelingOrAFearOfAnObjectWithNoClauseIsNoClaim() {
        assertThat(claims("Orlanda Vesk fears the storms that hit Brannoch every winter.")).isEmpty();
        assertThat(claims("The Brannoch fishermen feel squeezed by the new harbor fee.")).isEmpty();
        assertThat(claims("Corvin Tallis doubts him.")).isEmpty();
    }

    @Test
    void aViewOfSomethingAsSomethingIsTheSubjectsClaim() {
        assertThat(claims("Most Brannoch voters see Orlanda Vesk as the stronger candidate.")).extracting(Claim::speakerName,
                Claim::text).containsExactly(tuple("Most Brannoch voters", "Orlanda Vesk as the stronger candidate"));
        assertThat(claims("Corvin Tallis regards the harbor deal as a costly mistake, and the council agrees.")).extracting(
                Claim::speakerName, Claim::text).containsExactly(tuple("Corvin Tallis", "the harbor deal as a costly mistake"));
    }

    @Test
    void aViewWithNoAsOrInThePassiveIsNoClaim() {
        assertThat(claims("Orlanda Vesk saw the rally in Brannoch from her window.")).isEmpty();
        assertThat(claims("The Brannoch harbor deal is widely seen as a gamble.")).isEmpty();
        assertThat(claims("Corvin Tallis considered running for the Brannoch council.")).isEmpty();
    }
}
