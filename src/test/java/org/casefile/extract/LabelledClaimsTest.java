package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A source that labels what follows it with a colon, as headlines and transcripts write it ("Ann
 * Lee: The fee will be repealed."): a person's or an organisation's name, with titles before it, or
 * a phrase headed by a poll or a study. Negatives: labels that are no source, a name inside a
 * longer phrase, a heading with no clause after it, and words after the colon that name their own
 * source. The names and places are invented and appear nowhere in the corpus or the shared
 * development data.
 */
class LabelledClaimsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aNameBeforeAColonSaysTheRestOfTheSentence() {
        assertThat(claims("Senator Tamsin Orrowby: the Velmark harbor fee will be repealed next year."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tamsin Orrowby", "the Velmark harbor fee will be repealed next year"));
    }

    @Test
    void aPollBeforeAColonReportsWhatItFound() {
        assertThat(claims("Velmark Courier poll: Tamsin Orrowby leads the mayor by nine points in Dunmerrow."))
                .extracting(Claim::text)
                .containsExactly("Tamsin Orrowby leads the mayor by nine points in Dunmerrow");
    }

    @Test
    void aLabelThatIsNoSourceOrAHeadingWithNoClauseIsNoClaim() {
        assertThat(claims("Correction: an earlier version of this story misspelled the name of the Velmark harbor."))
                .isEmpty();
        assertThat(claims("Tamsin Orrowby: Now or never.")).isEmpty();
        assertThat(claims("Tamsin Orrowby visits Dunmerrow: the harbor fee and the Velmark vote.")).isEmpty();
    }

    @Test
    void wordsAfterTheColonWithASourceOfTheirOwnAreThatSourcesClaim() {
        assertThat(claims("Tamsin Orrowby: a new Velmark Courier survey found that the harbor fee is unpopular."))
                .extracting(Claim::speakerName, Claim::text)
                .doesNotContain(tuple("Tamsin Orrowby", "a new Velmark Courier survey found that the harbor fee is unpopular"))
                .extracting(t -> t.toList().get(1))
                .containsExactly("the harbor fee is unpopular");
    }
}
