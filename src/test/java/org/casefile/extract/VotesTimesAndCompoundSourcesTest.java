package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Blind checks on invented business, election and disaster copy: a measure voted down is no denial,
 * a time after an intransitive verb of speech is nothing said, and a hyphenated word belongs to the
 * speaking noun phrase.
 */
class VotesTimesAndCompoundSourcesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 11, 5); // a Wednesday

    private static List<String> saidBy(String text) {
        return Texts.saidBy(text, PUBLISHED);
    }

    @Test
    void aProposalOrMeasureVotedDownIsNoDenial() {
        assertThat(saidBy("Voters in Pellmoor County rejected a ballot measure that would have raised the sales tax.")).isEmpty();
        assertThat(saidBy("The Ardwick council rejected the zoning proposal 5-2 on Tuesday.")).isEmpty();
        assertThat(saidBy("The board of Venmark Tools rejected the offer from Castellan Partners.")).isEmpty();
        // negatives: an accusation rejected is a denial, and an offer rejected "as" something judges it
        assertThat(saidBy("Councilman Edric Polvane rejected the accusation that he had misused campaign funds."))
                .containsExactly("Edric Polvane: he had misused campaign funds");
        // a denial of something's being, and a noun owned by a proposal, stay denials
        assertThat(saidBy("The mayor of Pellmoor denied any budget shortfall."))
                .containsExactly("The mayor of Pellmoor: any budget shortfall");
        assertThat(saidBy("Edric Polvane disputed the bill's cost."))
                .containsExactly("Edric Polvane: the bill's cost");
        assertThat(saidBy("The board of Venmark Tools rejected the offer as far too low."))
                .containsExactly("Venmark Tools: the offer as far too low");
    }

    @Test
    void aTimeAfterAVerbOfSpeechIsNothingSaid() {
        assertThat(saidBy("Rosamund Quaile conceded shortly before midnight.")).isEmpty();
        assertThat(saidBy("Rosamund Quaile responded late on Tuesday.")).isEmpty();
        // negative: what she conceded, with its time, is a claim
        assertThat(saidBy("Rosamund Quaile conceded on Tuesday that the race was lost."))
                .containsExactly("Rosamund Quaile: the race was lost");
    }

    @Test
    void aHyphenatedWordBelongsToTheSpeakingPhrase() {
        assertThat(saidBy("Tarrow Mills Inc. agreed to buy Felgate Bakeries Co. for $90 million, the frozen-food maker said."))
                .containsExactly("the frozen-food maker: Tarrow Mills Inc. agreed to buy Felgate Bakeries Co. for $90 million");
    }

    @Test
    void aPromiseEndsBeforeTheSourceThatClosesTheSentence() {
        assertThat(saidBy("Rosamund Quaile campaigned on lower fares and did not promise to cut the toll, "
                + "her spokesman Idwal Brenner said."))
                .containsExactly("Idwal Brenner: Rosamund Quaile campaigned on lower fares", "Rosamund Quaile: to cut the toll");
        // negative: a relative clause with a saying of its own stays in the promise
        assertThat(saidBy("Rosamund Quaile promised to repair the ferry ramp, which residents said was unsafe."))
                .containsExactly("Rosamund Quaile: to repair the ferry ramp, which residents said was unsafe");
    }
}
